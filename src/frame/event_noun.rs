//! Event nouns: the noun a figure or a date is of, when a noun tells what
//! happened ("the 50-minute phone call", "the toll from the quake", "the
//! attack on Tuesday"), read for [`super::predicate`].

use crate::lexical::Pos;

use super::clause::Clause;
use super::lemma::{Head, Read};
use super::tokens::Kind;
use super::words::PARTS_OF_A_DAY;
use super::words::{Class, REPORTING};
use super::Reader;

/// An event noun right after the figure, the figure modifying it ("the
/// 50-minute phone call"): the noun and the noun before it.
pub(super) fn event_noun_after(r: &Reader<'_>, t: usize, clause: Clause) -> Option<(Head, Option<Head>)> {
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
pub(super) fn event_head_of(span: crate::span::Span, word: Read<'_>) -> Head {
    let verb = word.text.ends_with("ing") && word.lemma(Pos::Verb).is_some();
    Head::of(span, word, if verb { Pos::Verb } else { Pos::Noun })
}

/// A modifier of the counted noun that names an event ("the death toll" →
/// death, "injury count" → injury).
pub(super) fn event_modifier(r: &Reader<'_>, counted: &Head) -> Option<Head> {
    let at = r.index_of(counted.span)?;
    let before = r.token(at.checked_sub(1)?)?;
    let word = before.read(r.text);
    (before.is_open() && word.is_event_noun()).then(|| event_head_of(before.span, word))
}

/// The event noun of the clause nearest the figure ("the toll from the
/// quake" → quake), with its distance in tokens; none when that is the
/// figure's own counted noun.
pub(super) fn event_noun_in(r: &Reader<'_>, t: usize, clause: Clause, counted: Option<&Head>) -> Option<(Head, usize)> {
    let nearest = (clause.start..clause.end)
        .filter(|&i| i != t)
        .filter(|&i| {
            r.token(i).is_some_and(|tok| {
                let open = tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase);
                open && tok.read(r.text).is_event_noun() && noun_context(r, i) && !is_no_event(r, i)
            })
        })
        // "The cooperative's 870 staff will transfer": an owner, not what
        // the figure is of.
        .filter(|&i| !r.is_possessive(i))
        // "The district administration said 37 homes were destroyed": a
        // noun across a reporting verb is the source's, not the figure's.
        .filter(|&i| !(i.min(t) + 1..i.max(t)).any(|k| r.token(k).is_some_and(|tok| tok.is_in(REPORTING))))
        .min_by_key(|&i| i.abs_diff(t))?;
    // "made 31 saves", "32 posts would go": what is counted is not what
    // happened to it, and an event noun farther away is another's.
    if r.token(nearest).is_some_and(|tok| counted.is_some_and(|c| c.span == tok.span)) {
        return None;
    }
    let head = head_of_of_phrase(r, nearest, clause).unwrap_or(nearest);
    let tok = r.token(head)?;
    Some((event_head_of(tok.span, tok.read(r.text)), nearest.abs_diff(t)))
}

/// True when the word at token `i` is no event of the clause, whatever its
/// event sense: an adjective before the noun or figure it modifies ("a
/// dominant seventh-round knockout", "the final quarter", "a special
/// event"), a part of the day ("Saturday morning"), or a word of the
/// phrase that names a speaker ("the regional fire service said").
fn is_no_event(r: &Reader<'_>, i: usize) -> bool {
    let Some(tok) = r.token(i) else { return false };
    let nounish = |k: usize| {
        r.token(k).is_some_and(|n| n.is_open() && !n.text(r.text).starts_with(char::is_uppercase))
            && r.read(k).can_be_noun()
    };
    let adjective =
        tok.read(r.text).mostly_adjective() && (nounish(i + 1) || r.token(i + 1).is_some_and(|n| n.figure().is_some()));
    let speaker = (i + 1..i + 4).find(|&k| !nounish(k)).is_some_and(|k| r.token(k).is_some_and(|n| n.is_in(REPORTING)));
    tok.is_in(PARTS_OF_A_DAY) || adjective || speaker
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
pub(super) fn phase_of(r: &Reader<'_>, noun: Head, clause: Clause) -> Option<Head> {
    let at = r.index_of(noun.span)?;
    for j in (clause.start..at).rev().take(4) {
        let tok = r.token(j)?;
        let word = tok.read(r.text);
        if tok.is(Class::Determiner) {
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
pub(super) fn event_noun_before(r: &Reader<'_>, t: usize, clause: Clause) -> Option<Head> {
    let mut j = t.checked_sub(1).filter(|&j| j >= clause.start)?;
    if r.word(j).eq_ignore_ascii_case("on") {
        j = j.checked_sub(1).filter(|&j| j >= clause.start)?;
    }
    let tok = r.token(j).filter(|tok| tok.is_open() && !tok.text(r.text).starts_with(char::is_uppercase))?;
    let word = tok.read(r.text);
    (word.is_event_noun() && noun_context(r, j) && !is_no_event(r, j)).then(|| event_head_of(tok.span, word))
}

/// True when the word at token `i` stands where a noun stands: after a
/// determiner, a preposition, an adjective or another noun, or first in
/// its clause; not after an auxiliary, a modal, a negation, a pronoun or
/// "to" ("did not figure to be", "to fire").
pub(super) fn noun_context(r: &Reader<'_>, i: usize) -> bool {
    let Some(before) = i.checked_sub(1).and_then(|b| r.token(b)) else { return true };
    match before.kind {
        Kind::Word(Class::Auxiliary | Class::Modal | Class::Negation | Class::Pronoun) => false,
        Kind::Word(Class::Preposition) => !before.text(r.text).eq_ignore_ascii_case("to"),
        _ => true,
    }
}
