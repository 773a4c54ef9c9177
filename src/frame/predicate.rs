//! `predicate`: the verb or event noun a figure belongs to, and its mode.
//!
//! In order:
//! 1. an event noun the figure modifies ("the 50-minute call", "a 90-day
//!    stay", "the 2019 election", "their second call"), with the noun before
//!    it as the event class ("phone call", "video call");
//! 2. the verb after the figure's noun phrase ("23 people were killed", "23
//!    injured", "One dead" in a headline) or before the figure ("killed 23
//!    people", "was arrested on Tuesday"), whichever stands nearer, past
//!    auxiliaries, and never a reporting verb ("police said") or a light
//!    verb of duration ("lasted", "took": then the subject, "the call");
//!    a verb that is the aim of an attempt gives the attempt ("an attempt
//!    to reach them on Saturday": the attempt's day);
//! 3. an event noun of the counted phrase ("the death toll" → death) or of
//!    the clause ("the toll from the quake" → quake).

use crate::claim::{Claim, ClaimKind};
use crate::lexical::Pos;

use super::clause::Clause;
use super::lemma::{is_event_noun, Head, Read};
use super::tokens::Kind;
use super::words::{
    Class, WordSet, ADVICE_WORDS, ARTICLES, CAPACITY_WORDS, DENIAL_WORDS, PLAN_WORDS, POSSIBLE_WORDS, REPORTING,
};
use super::{Mode, Reader};

/// Verbs a duration is told with ("lasted 50 minutes", "took two hours"):
/// the event is their subject.
pub(super) const LIGHT_VERBS: WordSet =
    WordSet::new(&["last", "lasted", "lasting", "lasts", "spent", "take", "takes", "taking", "took"], 10);

/// Words after a date that are part of its day ("Saturday morning").
pub(super) const PARTS_OF_A_DAY: WordSet = WordSet::new(&["afternoon", "evening", "morning", "night"], 11);

/// Adjectives that tell what happened to counted people ("One dead, four
/// hurt", "12 missing").
pub(super) const OUTCOME_ADJECTIVES: WordSet =
    WordSet::new(&["dead", "hurt", "injured", "missing", "safe", "wounded"], 12);

/// The predicate and event class of the figure at token `t`.
pub(super) fn predicate(
    r: &Reader<'_>,
    t: usize,
    clause: Clause,
    claim: &Claim,
    counted: Option<&Head>,
) -> (Option<Head>, Option<Head>) {
    let modifies_an_event = !matches!(claim.kind, ClaimKind::Count | ClaimKind::Money | ClaimKind::Percent);
    if let Some((noun, class)) = modifies_an_event.then(|| event_noun_after(r, t, clause)).flatten() {
        return (Some(noun), class);
    }
    if let Some(verb) = (claim.kind == ClaimKind::Duration).then(|| purpose_verb(r, t, clause)).flatten() {
        // "took rescuers five hours to reach them", "needed seven hours to
        // free": the length of the reaching, the freeing.
        return (Some(verb), None);
    }
    let temporal = matches!(claim.kind, ClaimKind::Date | ClaimKind::Time | ClaimKind::DateTime | ClaimKind::Year);
    if let Some(verb) = temporal.then(|| statement_verb(r, t)).flatten() {
        return (Some(verb), None);
    }
    if let Some(noun) = temporal.then(|| event_noun_before(r, t, clause)).flatten() {
        // "parliamentary elections Sunday", "the attack on Tuesday": the day
        // of that event, whatever the verb of the clause; "started the
        // recount on April 21": the day it started.
        return (Some(phase_of(r, noun, clause).unwrap_or(noun)), None);
    }
    if let Some(outcome) = counted.and_then(|c| outcome_after_noun(r, c, t)) {
        // "the number of people missing has risen to 14": what happened
        // to them, not the verb of change.
        return (Some(outcome), None);
    }
    let after = verb_after(r, t, clause, counted);
    let before = verb_before(r, t, clause);
    // A figure that opens a coordinated clause ("a woman died and three
    // others were hurt"), or follows an opening phrase's comma ("In the
    // end, 78 percent of members approved it"), is the subject of the verb
    // after it.
    let opens = t == clause.start
        || t.checked_sub(1)
            .and_then(|p| r.token(p))
            .is_some_and(|tok| tok.is(Class::Conjunction) || tok.kind == Kind::Mark(','));
    let verb = match (after, before) {
        (Some((a, _)), Some(_)) if opens && !temporal => Some((a, 0)),
        (Some((a, da)), Some((b, db))) => Some(if (temporal && db <= da + 2) || db < da { (b, db) } else { (a, da) }),
        (Some(a), None) => Some(a),
        (None, Some(b)) => Some(b),
        (None, None) => None,
    };
    // An event noun nearer the figure than the verb is what the figure is
    // of ("injured in a collision between two cars": the collision).
    let noun = event_noun_in(r, t, clause).filter(|(_, d)| verb.as_ref().is_none_or(|(_, dv)| d < dv) && !opens);
    if let Some((n, _)) = noun.filter(|_| !temporal && claim.kind != ClaimKind::Duration) {
        return (Some(n), None);
    }
    if let Some((v, _)) = verb {
        return (Some(v), None);
    }
    let from_counted = counted.and_then(|c| event_modifier(r, c));
    (from_counted.or_else(|| event_noun_in(r, t, clause).map(|(n, _)| n)), None)
}

/// The verb of "to" right after a duration ("five hours to free them"):
/// what took that long.
fn purpose_verb(r: &Reader<'_>, t: usize, clause: Clause) -> Option<Head> {
    let to = t + 1;
    if to + 1 >= clause.end || !r.word(to).eq_ignore_ascii_case("to") {
        return None;
    }
    let tok = r.token(to + 1).filter(|tok| tok.is_open())?;
    let word = tok.read(r.text);
    word.can_be_verb().then(|| Head::of(tok.span, word, Pos::Verb))
}

/// An outcome right after the counted noun, before the figure ("people
/// missing", "soldiers wounded"), read as a verb.
fn outcome_after_noun(r: &Reader<'_>, counted: &Head, t: usize) -> Option<Head> {
    let at = r.index_of(counted.span).filter(|&at| at + 1 < t)?;
    let next = r.token(at + 1).filter(|tok| tok.is_in(OUTCOME_ADJECTIVES))?;
    Some(Head::of(next.span, next.read(r.text), Pos::Verb))
}

/// An event noun right after the figure, the figure modifying it ("the
/// 50-minute phone call"): the noun and the noun before it.
fn event_noun_after(r: &Reader<'_>, t: usize, clause: Clause) -> Option<(Head, Option<Head>)> {
    let mut j = t + 1;
    let mut class: Option<Head> = None;
    let mut found: Option<(Head, Option<Head>)> = None;
    while j < clause.end && j < t + 5 {
        let Some(tok) = r.token(j).filter(|tok| tok.is_open()) else { break };
        let word = tok.read(r.text);
        if tok.is_in(PARTS_OF_A_DAY) || (j == t + 1 && matches!(word.text, "s" | "S")) {
            // "Saturday morning"; the "s" of a possessive ("Tuesday's").
            j += 1;
            continue;
        }
        let noun = word.can_be_noun();
        if word.is_event_noun() && !word.text.starts_with(char::is_uppercase) {
            // The last event noun of a compound is its head ("video call":
            // call, with video as its class).
            found = Some((event_head_of(tok.span, word), class));
        } else if found.is_some() || !(noun || word.mostly_adjective()) {
            break;
        }
        class = noun.then(|| Head::of(tok.span, word, Pos::Noun));
        j += 1;
    }
    found
}

/// An event noun as a predicate: an "-ing" noun as its verb ("shooting" →
/// shoot, "meeting" → meet), other nouns as themselves.
pub(super) fn event_head(r: &Reader<'_>, span: crate::span::Span) -> Head {
    event_head_of(span, Read::of(span.slice(r.text)))
}

/// [`event_head`] of a word already looked up.
fn event_head_of(span: crate::span::Span, word: Read<'_>) -> Head {
    let verb = word.text.ends_with("ing") && word.lemma(Pos::Verb).is_some();
    Head::of(span, word, if verb { Pos::Verb } else { Pos::Noun })
}

/// The verb after the figure and its noun phrase, with its distance in
/// tokens: past the phrase, auxiliaries, modals, negations and adverbs.
fn verb_after(r: &Reader<'_>, t: usize, clause: Clause, counted: Option<&Head>) -> Option<(Head, usize)> {
    let mut j = t + 1;
    if let Some(c) = counted {
        while r.token(j).is_some_and(|tok| tok.span.end <= c.span.end) && j < clause.end {
            j += 1;
        }
        // "27 crew members were airlifted": the crew is counted.
        if super::counted::is_member_word(r.word(j)) {
            j += 1;
        }
        j = past_a_joined_figure(r, j, clause);
    }
    // A prepositional phrase may follow the counted noun before its verb
    // ("5,400 residents of the Arden valley were evacuated").
    let mut in_phrase = false;
    while j < clause.end && j < t + 10 {
        let tok = r.token(j)?;
        let word = tok.read(r.text);
        match tok.kind {
            Kind::Word(Class::Auxiliary | Class::Modal | Class::Negation) => in_phrase = false,
            Kind::Word(Class::Preposition) if counted.is_some() && !in_phrase => in_phrase = true,
            Kind::Word(Class::Determiner) if in_phrase => {}
            Kind::Word(Class::Open) if in_phrase && !r.is_verb(j) => {}
            Kind::Word(Class::Open) if tok.is_in(OUTCOME_ADJECTIVES) => {
                return Some((Head::of(tok.span, word, Pos::Verb), j - t));
            }
            // "on Monday evening, ending the siege": the part of the day
            // is the date's, no verb.
            Kind::Word(Class::Open) if j == t + 1 && tok.is_in(PARTS_OF_A_DAY) => {}
            // An adverb between the auxiliary and the verb ("are still
            // missing", "have now risen").
            Kind::Word(Class::Open)
                if !in_phrase
                    && j > t + 1
                    && word.mostly_adjective()
                    && r.token(j + 1).is_some_and(|n| n.is_open()) => {}
            Kind::Word(Class::Open) if r.is_verb(j) && !tok.is_in(REPORTING) && !attributive(r, j) => {
                return Some((Head::of(tok.span, word, Pos::Verb), j - t));
            }
            Kind::Word(Class::Open) if word.text.ends_with("ly") => {}
            Kind::Word(Class::Open) if counted.is_none() && j == t + 1 => {}
            Kind::Word(Class::Relative) if counted.is_some() => break,
            _ => return None,
        }
        j += 1;
    }
    // "78 percent of members who took part in the ballot backed the
    // agreement": the verb after the relative clause.
    let relative = counted.is_some() && r.token(j).is_some_and(|tok| tok.is(Class::Relative));
    relative.then(|| verb_past_relative(r, j)).flatten().map(|(h, k)| (h, k - t))
}

/// The main verb after a relative clause that opens at token `rel` ("who
/// took part in the ballot backed the agreement": backed), with its
/// token: the second finite verb of the sentence after the relative word,
/// past the clause's own verb and its auxiliaries, with no other
/// relative word, figure or clause mark between; none when the sentence
/// has no such second verb ("five victims who died in hospital").
fn verb_past_relative(r: &Reader<'_>, rel: usize) -> Option<(Head, usize)> {
    let mut seen_own_verb = false;
    for k in rel + 1..(rel + 15).min(r.tokens.len()) {
        let tok = r.token(k)?;
        match tok.kind {
            Kind::Word(Class::Relative) | Kind::Mark(_) | Kind::Figure(_) => return None,
            Kind::Word(Class::Open) if r.is_verb(k) && !tok.is_in(REPORTING) && !after_determiner(r, k) => {
                let word = tok.read(r.text);
                if seen_own_verb {
                    return Some((Head::of(tok.span, word, Pos::Verb), k));
                }
                seen_own_verb = true;
            }
            // The auxiliary of the main verb after the clause's own.
            Kind::Word(Class::Auxiliary | Class::Modal) if seen_own_verb => {}
            _ => {}
        }
    }
    None
}

/// True when the word before token `k` is a determiner ("the crash": a
/// noun).
fn after_determiner(r: &Reader<'_>, k: usize) -> bool {
    k.checked_sub(1).and_then(|p| r.token(p)).is_some_and(|p| p.is(Class::Determiner) || p.is_in(ARTICLES))
}

/// Token `j`, or, when a second figure's noun phrase is joined there ("Five
/// employees and two customers were held"), the token after that phrase:
/// the two share their verb.
fn past_a_joined_figure(r: &Reader<'_>, j: usize, clause: Clause) -> usize {
    let joined = ["and", "or"].iter().any(|w| r.word(j).eq_ignore_ascii_case(w))
        && r.token(j + 1).is_some_and(|tok| tok.figure().is_some());
    if !joined {
        return j;
    }
    let mut k = j + 2;
    while k < clause.end
        && k < j + 6
        && r.token(k).is_some_and(|tok| tok.is_open() && !tok.read(r.text).is_finite_verb())
    {
        k += 1;
    }
    k
}

/// The reporting verb a date tells the day of ("officials said on Tuesday
/// that…", "police announced Monday"): the date is when it was said, not
/// when the event happened.
pub(super) fn statement_verb(r: &Reader<'_>, t: usize) -> Option<Head> {
    let mut i = t.checked_sub(1)?;
    let on = r.token(i).is_some_and(|tok| tok.text(r.text).eq_ignore_ascii_case("on"));
    if on {
        i = i.checked_sub(1)?;
    }
    let tok = r.token(i)?;
    let word = tok.text(r.text);
    (tok.is_open() && word.starts_with(char::is_lowercase) && tok.is_in(REPORTING))
        .then(|| Head::of(tok.span, tok.read(r.text), Pos::Verb))
}

/// The nearest verb before the figure in its clause, with its distance in
/// tokens; reporting verbs are passed over, and a light verb of duration
/// gives its subject when that is an event noun ("the call lasted").
fn verb_before(r: &Reader<'_>, t: usize, clause: Clause) -> Option<(Head, usize)> {
    let mut i = t;
    while i > clause.start {
        i -= 1;
        let tok = r.token(i)?;
        let word = tok.text(r.text);
        if !tok.is_open() || word.starts_with(char::is_uppercase) {
            continue;
        }
        if tok.is_in(LIGHT_VERBS) {
            if let Some(subject) = subject_of_light_verb(r, i, clause) {
                // What lasted is the event, however far back it stands.
                return Some((subject, 0));
            }
            continue;
        }
        let word = tok.read(r.text);
        if r.is_verb(i) && !tok.is_in(REPORTING) && !attributive(r, i) {
            let head = support_object(r, i, t)
                .or_else(|| state_reached(r, i, t))
                .or_else(|| attempt_of(r, i))
                .unwrap_or_else(|| Head::of(tok.span, word, Pos::Verb));
            return Some((head, t - i));
        }
    }
    None
}

/// Verbs that lend their clause to the event noun they take as object
/// ("made a brief appearance", "held talks", "staged a walkout").
const SUPPORT_VERBS: [&str; 5] = ["conduct", "hold", "make", "stage", "carry"];

/// The event a support verb at token `verb` lends its clause to: an event
/// noun among the next few words before the figure at `until`, past
/// determiners and adjectives ("made a brief appearance in court Monday"
/// tells an appearance, not a making).
fn support_object(r: &Reader<'_>, verb: usize, until: usize) -> Option<Head> {
    let lemma = r.read(verb).lemma(Pos::Verb)?;
    if !SUPPORT_VERBS.contains(&lemma.text()) {
        return None;
    }
    for j in verb + 1..(verb + 5).min(until) {
        let tok = r.token(j)?;
        let word = tok.read(r.text);
        if tok.is(Class::Determiner) || tok.is_in(ARTICLES) {
            continue;
        }
        if !tok.is_open() || word.text.starts_with(char::is_uppercase) {
            return None;
        }
        let adjective = word.readings.parts_of_speech().contains(Pos::Adjective);
        let noun_follows = j + 1 < until && r.token(j + 1).is_some_and(|n| n.is_open());
        if adjective && noun_follows {
            continue;
        }
        return (word.is_event_noun() && word.can_be_noun()).then(|| event_head(r, tok.span));
    }
    None
}

/// Verbs that tell a state reached through "to" and a noun ("came to a
/// standstill", "ground to a halt", "brought to an end").
const REACHING_VERBS: [&str; 3] = ["bring", "come", "grind"];

/// The noun a verb of [`REACHING_VERBS`] at token `verb` reaches, before
/// the figure at `until` ("came to a standstill at 4:40 p.m.": the
/// standstill, not a coming).
fn state_reached(r: &Reader<'_>, verb: usize, until: usize) -> Option<Head> {
    let lemma = r.read(verb).lemma(Pos::Verb)?;
    if !REACHING_VERBS.contains(&lemma.text()) || !r.word(verb + 1).eq_ignore_ascii_case("to") {
        return None;
    }
    let noun = (verb + 2..until.min(verb + 5)).find(|&j| r.token(j).is_some_and(|tok| !tok.is(Class::Determiner)))?;
    let tok = r.token(noun).filter(|tok| tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase))?;
    let word = tok.read(r.text);
    word.can_be_noun().then(|| Head::of(tok.span, word, Pos::Noun))
}

/// Words that tell an attempt at what their "to" verb says ("a first
/// attempt to reach them", "tried to land", "efforts to free").
const ATTEMPTS: [&str; 5] = ["attempt", "bid", "effort", "seek", "try"];

/// The attempt a verb at token `verb` is the aim of ("an attempt to reach
/// the climbers on Saturday had to be abandoned"): the day is the
/// attempt's, and what was attempted may never have happened.
fn attempt_of(r: &Reader<'_>, verb: usize) -> Option<Head> {
    let to = verb.checked_sub(1).filter(|&to| r.word(to).eq_ignore_ascii_case("to"))?;
    let tok = r.token(to.checked_sub(1)?).filter(|tok| tok.is_open())?;
    let word = tok.read(r.text);
    [Pos::Verb, Pos::Noun]
        .into_iter()
        .find(|&pos| word.lemma(pos).is_some_and(|l| ATTEMPTS.contains(&l.text())))
        .map(|pos| Head::of(tok.span, word, pos))
}

/// True for a word that stands inside a noun phrase, not as the clause's
/// verb: a participle between a determiner and its noun ("the enlarged
/// group", "the combined company"), or a noun right after an article
/// ("devastated the church Friday night"), or after an article and a name
/// ("called to the High Street premises shortly before 9pm").
fn attributive(r: &Reader<'_>, i: usize) -> bool {
    let after_determiner = i.checked_sub(1).and_then(|p| r.token(p)).is_some_and(|p| p.is(Class::Determiner));
    let noun_follows = r.token(i + 1).is_some_and(|n| n.is_open()) && r.read(i + 1).can_be_noun();
    (after_determiner && noun_follows) || ends_noun_phrase(r, i, noun_follows) || modified_ing_noun(r, i)
}

/// True for an "-ing" noun that closes a phrase a determiner opens, past
/// up to three modifiers that are no verbs: lower-case words or figures
/// ("tore through a five-storey apartment building": a building, no
/// building work).
fn modified_ing_noun(r: &Reader<'_>, i: usize) -> bool {
    if !r.word(i).ends_with("ing") || !r.read(i).can_be_noun() {
        return false;
    }
    let modifier = |p: usize| {
        r.token(p).is_some_and(|tok| {
            matches!(tok.kind, Kind::Figure(_))
                || (tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase) && !r.read(p).is_finite_verb())
        })
    };
    matches!(opener_before(i, modifier), Some((opener, modifiers)) if modifiers > 0 && r.token(opener).is_some_and(|t| t.is(Class::Determiner)))
}

/// Most words [`opener_before`] walks past.
const PHRASE_WORDS: usize = 3;

/// The token that opens the phrase ending at token `i`, walking back past
/// at most [`PHRASE_WORDS`] tokens for which `inside` holds, with how many
/// it passed.
fn opener_before(i: usize, inside: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
    let mut passed = 0;
    let mut j = i.checked_sub(1)?;
    while inside(j) {
        if passed == PHRASE_WORDS {
            return None;
        }
        passed += 1;
        j = j.checked_sub(1)?;
    }
    Some((j, passed))
}

/// True when the word at token `i` can be a noun and closes a phrase an
/// article opens, right after it or past up to three capitalized words;
/// after names, only when no object follows ("the Fed cuts rates").
fn ends_noun_phrase(r: &Reader<'_>, i: usize, noun_follows: bool) -> bool {
    if !r.read(i).can_be_noun() {
        return false;
    }
    let name =
        |p: usize| r.token(p).is_some_and(|tok| tok.is_open() && tok.text(r.text).starts_with(char::is_uppercase));
    let Some((opener, names)) = opener_before(i, name) else { return false };
    if !r.token(opener).is_some_and(|tok| tok.is_in(ARTICLES)) {
        return false;
    }
    let object_follows = noun_follows || r.token(i + 1).is_some_and(starts_an_object);
    names == 0 || !object_follows
}

/// True for a token that may open a verb's object: a figure, a determiner
/// or a pronoun.
fn starts_an_object(tok: &super::tokens::Token) -> bool {
    matches!(tok.kind, Kind::Figure(_)) || tok.is(Class::Determiner) || tok.is(Class::Pronoun)
}

/// The event a light verb tells the length of: the nearest noun before it,
/// past a relative pronoun, a date and its preposition ("a blackout that
/// lasted", "their phone call on Thursday lasted"); an event noun first.
fn subject_of_light_verb(r: &Reader<'_>, verb: usize, clause: Clause) -> Option<Head> {
    // The clause's first noun, when it names an event ("Talks between the
    // union and the operators lasted nine hours").
    let first = (clause.start..verb).find(|&i| r.token(i).is_some_and(|t| t.is_open()));
    // Not across another verb ("Witnesses described a light that lasted
    // six seconds": the witnesses did not last).
    let first = first.filter(|&f| !(f + 1..verb).any(|i| r.token(i).is_some_and(|t| t.is_open()) && r.is_verb(i)));
    if let Some(tok) = first.and_then(|i| r.token(i)) {
        let word = tok.text(r.text);
        let lower = word.to_lowercase();
        if is_event_noun(&lower) && (word.starts_with(char::is_lowercase) || first == Some(0)) {
            return Some(event_head(r, tok.span));
        }
    }
    // A relative or participle clause's subject stands before it ("the
    // fireball, which lasted", "described the fireball as lasting").
    let participle = r.word(verb).ends_with("ing");
    let borrows = clause.link == super::clause::Link::Relative || participle;
    let start = clause.start.saturating_sub(usize::from(borrows) * 3);
    let mut fallback = None;
    for i in (start..verb).rev().take(8) {
        let tok = r.token(i)?;
        let word = tok.read(r.text);
        match tok.kind {
            Kind::Word(Class::Open) if word.text.starts_with(char::is_lowercase) && word.can_be_noun() => {
                if word.is_event_noun() {
                    return Some(event_head_of(tok.span, word));
                }
                fallback = fallback.or_else(|| Some(Head::of(tok.span, word, Pos::Noun)));
            }
            Kind::Mark(_) => break,
            _ => {}
        }
    }
    fallback
}

/// A modifier of the counted noun that names an event ("the death toll" →
/// death, "injury count" → injury).
fn event_modifier(r: &Reader<'_>, counted: &Head) -> Option<Head> {
    let at = r.index_of(counted.span)?;
    let before = r.token(at.checked_sub(1)?)?;
    let word = before.read(r.text);
    (before.is_open() && word.is_event_noun()).then(|| event_head_of(before.span, word))
}

/// The event noun of the clause nearest the figure ("the toll from the
/// quake" → quake), with its distance in tokens.
fn event_noun_in(r: &Reader<'_>, t: usize, clause: Clause) -> Option<(Head, usize)> {
    let nearest = (clause.start..clause.end)
        .filter(|&i| i != t)
        .filter(|&i| {
            r.token(i).is_some_and(|tok| {
                let open = tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase);
                open && tok.read(r.text).is_event_noun() && noun_context(r, i)
            })
        })
        // "The cooperative's 870 staff will transfer": an owner, not what
        // the figure is of.
        .filter(|&i| !r.is_possessive(i))
        // "The district administration said 37 homes were destroyed": a
        // noun across a reporting verb is the source's, not the figure's.
        .filter(|&i| !(i.min(t) + 1..i.max(t)).any(|k| r.token(k).is_some_and(|tok| tok.is_in(REPORTING))))
        .min_by_key(|&i| i.abs_diff(t))?;
    let head = head_of_of_phrase(r, nearest, clause).unwrap_or(nearest);
    let tok = r.token(head)?;
    Some((event_head_of(tok.span, tok.read(r.text)), nearest.abs_diff(t)))
}

/// The event noun an "of" phrase at token `i` completes ("the sale of their
/// business": the sale), when there is one.
fn head_of_of_phrase(r: &Reader<'_>, i: usize, clause: Clause) -> Option<usize> {
    let mut j = i.checked_sub(1)?;
    while j > clause.start && (r.token(j)?.is(Class::Determiner) || r.is_possessive(j)) {
        j -= 1;
    }
    let head = j.checked_sub(1).filter(|&h| h >= clause.start && r.word(j).eq_ignore_ascii_case("of"))?;
    let tok = r.token(head).filter(|tok| tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase))?;
    tok.read(r.text).is_event_noun().then_some(head)
}

/// Verbs that tell a phase of the event they take as object ("started the
/// recount", "resumed talks", "completed the count").
const PHASE_VERBS: [&str; 9] = ["begin", "close", "complete", "end", "finish", "open", "resume", "start", "suspend"];

/// The phase verb whose object is the event noun `noun`, a few words
/// before it past determiners and modifiers ("started the hand recount on
/// April 21": start).
fn phase_of(r: &Reader<'_>, noun: Head, clause: Clause) -> Option<Head> {
    let at = r.index_of(noun.span)?;
    for j in (clause.start..at).rev().take(4) {
        let tok = r.token(j)?;
        let word = tok.read(r.text);
        if tok.is(Class::Determiner) || tok.is_in(ARTICLES) {
            continue;
        }
        if !tok.is_open() {
            return None;
        }
        let phase = word.lemma(Pos::Verb).is_some_and(|l| PHASE_VERBS.contains(&l.text()));
        if phase && r.is_verb(j) {
            return Some(Head::of(tok.span, word, Pos::Verb));
        }
        if !(word.can_be_noun() || word.mostly_adjective()) {
            return None;
        }
    }
    None
}

/// The event noun right before a date, or before the "on" that leads it
/// ("elections Sunday", "the attack on Tuesday").
fn event_noun_before(r: &Reader<'_>, t: usize, clause: Clause) -> Option<Head> {
    let mut j = t.checked_sub(1).filter(|&j| j >= clause.start)?;
    if r.word(j).eq_ignore_ascii_case("on") {
        j = j.checked_sub(1).filter(|&j| j >= clause.start)?;
    }
    let tok = r.token(j).filter(|tok| tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase))?;
    let word = tok.read(r.text);
    (word.is_event_noun() && noun_context(r, j)).then(|| event_head_of(tok.span, word))
}

/// True when the word at token `i` stands where a noun stands: after a
/// determiner, a preposition, an adjective or another noun, or first in
/// its clause; not after an auxiliary, a modal, a negation, a pronoun or
/// "to" ("did not figure to be", "to fire").
fn noun_context(r: &Reader<'_>, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|b| r.token(b)) else { return true };
    match before.kind {
        Kind::Word(Class::Auxiliary | Class::Modal | Class::Negation | Class::Pronoun) => false,
        Kind::Word(Class::Preposition) => !before.text(r.text).eq_ignore_ascii_case("to"),
        _ => true,
    }
}

/// The word at token `i` as an action of its clause: a finite verb or a
/// participle that is not a reporting or light verb, or an event noun where
/// a noun stands.
pub(super) fn action_at(r: &Reader<'_>, i: usize) -> Option<Head> {
    r.token(i)?.action(|| read_action(r, i))
}

/// [`action_at`], read (the token keeps it).
fn read_action(r: &Reader<'_>, i: usize) -> Option<Head> {
    let tok = r.token(i)?;
    let text = tok.text(r.text);
    if !tok.is_open() || text.starts_with(char::is_uppercase) || tok.is_in(REPORTING) || tok.is_in(LIGHT_VERBS) {
        return None;
    }
    let word = tok.read(r.text);
    if word.is_finite_verb() {
        return Some(Head::of(tok.span, word, Pos::Verb));
    }
    (word.is_event_noun() && noun_context(r, i)).then(|| event_head_of(tok.span, word))
}

/// True for "nothing but" ("wore nothing but a Santa hat"): only, not a
/// negation.
fn nothing_but(r: &Reader<'_>, i: usize) -> bool {
    r.word(i).eq_ignore_ascii_case("nothing") && r.word(i + 1).eq_ignore_ascii_case("but")
}

/// True for the "would" of reported speech, a reporting verb before it in
/// its sentence ("Castell said the group would save $150 million"): the
/// future as it was told, not a possibility.
fn reported_future(r: &Reader<'_>, i: usize) -> bool {
    r.word(i).eq_ignore_ascii_case("would")
        && r.tokens.get(..i).is_some_and(|before| before.iter().any(|tok| tok.is_in(super::words::REPORTING)))
}

/// The mode of the figure's clause: a denial or negation, a possibility, a
/// plan, or a fact.
pub(super) fn mode(r: &Reader<'_>, t: usize, clause: Clause, predicate: Option<&Head>) -> Mode {
    let mut mode = Mode::Fact;
    let sentence_denies = r.tokens.iter().take(t).any(|tok| tok.is_in(DENIAL_WORDS));
    // A negation speaks of the figure when it stands before it, or between
    // it and its predicate ("40 were not killed"), not elsewhere in the
    // clause ("were 2-14 and did not figure to be better").
    let reach = predicate.map_or(t, |p| r.index_of(p.span).unwrap_or(t).max(t));
    // A modal past a conjunction after the figure and its verb is another
    // verb's ("owes $2.3 billion and can no longer meet its payments").
    let end =
        (reach..clause.end).find(|&i| r.token(i).is_some_and(|tok| tok.is(Class::Conjunction))).unwrap_or(clause.end);
    for i in clause.start..end {
        let Some(tok) = r.token(i) else { continue };
        let word = tok.text(r.text);
        match tok.kind {
            Kind::Word(Class::Negation)
                if i < reach && (!word.eq_ignore_ascii_case("no") || i + 1 == t) && !nothing_but(r, i) =>
            {
                return Mode::Negated
            }
            _ if tok.is_in(POSSIBLE_WORDS) && reported_future(r, i) => {
                mode = if mode == Mode::Fact { Mode::Planned } else { mode };
            }
            // A modal past both the figure and its verb is another verb's
            // ("sliding 6.3 per cent in one of the worst sessions traders
            // could remember").
            _ if tok.is_in(POSSIBLE_WORDS) && i > reach => {}
            _ if tok.is_in(POSSIBLE_WORDS) => mode = Mode::Possible,
            _ if tok.is_in(CAPACITY_WORDS) && i < reach && r.word(i + 1).eq_ignore_ascii_case("to") => {
                mode = Mode::Possible
            }
            _ if tok.is_in(PLAN_WORDS) && mode == Mode::Fact => mode = Mode::Planned,
            _ => {}
        }
    }
    if sentence_denies {
        Mode::Negated
    } else if mode == Mode::Fact && asked_to(r, t, clause) {
        Mode::Possible
    } else {
        mode
    }
}

/// True when the figure at token `t` stands after a "to" of its clause
/// that a verb of advice or request earlier in the sentence leads ("urged
/// residents to stay home for 48 hours", "advised anyone who fell ill to
/// stay home for 48 hours"): asked of someone, not done. A figure before
/// the "to" is whom they asked ("asked 300 residents to leave").
fn asked_to(r: &Reader<'_>, t: usize, clause: Clause) -> bool {
    let Some(to) = (clause.start..t).rev().find(|&i| r.word(i).eq_ignore_ascii_case("to")) else {
        return false;
    };
    // "to stay", not "raised the toll to 40".
    let infinitive = r.token(to + 1).is_some_and(|tok| tok.is_open()) && r.read(to + 1).can_be_verb();
    infinitive && (0..to).any(|i| r.token(i).is_some_and(|tok| tok.is_in(ADVICE_WORDS)))
}
