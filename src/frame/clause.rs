//! Clauses: a sentence's tokens cut where one clause ends and another
//! begins, so that what a figure is about is read from its own clause, not
//! from every word of the sentence ("Unemployment fell to 4.1 percent, down
//! from 5 percent in 2019": the year belongs to the second clause only).
//!
//! A clause ends at a semicolon, a colon, a dash, a bracket or a quotation
//! mark; at a comma before a word that opens a clause (a conjunction with
//! a verb or "that" after it, a relative pronoun, a subordinator, "down"/"up" or "a rise from" of a
//! comparison, a reporting verb: ", police said"; a participle: ", killing
//! seven"); at a subordinator ("when", "because", "after", "since") when a
//! verb follows it before the next mark ("died while in prison custody"
//! stays one clause); and, in headlines, at a comma before a figure ("One
//! dead, four hurt").

use super::tokens::{Kind, Token};
use super::words::{Class, CHANGE_NOUNS, REPORTING, VERB_GROUP_ADVERBS};

/// How a clause relates to the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// The sentence's first clause, or one after a hard mark.
    Main,
    /// A relative clause ("which struck at dawn"): the clause before it
    /// goes on after it.
    Relative,
    /// A subordinate clause ("when the roof fell").
    Subordinate,
    /// A coordinated clause (", and 40 were hurt").
    Coordinate,
    /// A comparison that leans on the clause before (", down from 5%").
    Comparison,
    /// An attribution (", police said").
    Attribution,
    /// A participle clause that leans on the clause before (", killing
    /// seven"): its own figures, with the time of the clause before.
    Participle,
}

/// One clause: a range of token indices and how it is linked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    /// First token (index into the sentence's tokens).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// How it relates to the clause before.
    pub link: Link,
}

/// Cut `tokens` into clauses, into `out` (cleared first). `text` is the
/// document's text; `headline` is true for a headline.
pub fn cut(tokens: &[Token], text: &str, headline: bool, out: &mut Vec<Clause>) {
    out.clear();
    let mut start = 0;
    let mut link = Link::Main;
    let mut i = 0;
    while i < tokens.len() {
        let Some(token) = tokens.get(i) else { break };
        let next = tokens.get(i + 1);
        let boundary = match token.kind {
            Kind::Mark(',') => match next.and_then(|n| opens_after_comma(tokens, i + 1, n, text, headline)) {
                Some(l) => Some((i, i + 1, l)),
                // A comma closes a clause that leaned on the one before
                // ("which struck at dawn, killed 23").
                None if link != Link::Main && link != Link::Coordinate && i > start + 1 => Some((i, i + 1, Link::Main)),
                None => None,
            },
            Kind::Mark(c) if hard_mark(c) => Some((i, i + 1, Link::Main)),
            Kind::Word(Class::Subordinator) if i > start && opens_clause(tokens, i, text) => {
                Some((i, i, Link::Subordinate))
            }
            Kind::Word(Class::Relative)
                if i > start && relative_opens(tokens, i, text) && !counts_the_antecedent(tokens, start, i, text) =>
            {
                Some((i, i, Link::Relative))
            }
            _ => None,
        };
        if let Some((end, next_start, next_link)) = boundary {
            if end > start {
                out.push(Clause { start, end, link });
            }
            start = next_start;
            link = next_link;
        }
        i += 1;
    }
    if tokens.len() > start {
        out.push(Clause { start, end: tokens.len(), link });
    }
}

/// Marks that always end a clause.
fn hard_mark(c: char) -> bool {
    matches!(c, ';' | ':' | '(' | ')' | '—' | '–' | '"' | '“' | '”' | '[' | ']')
}

/// Words after a comma that make a comparison with what came before.
const COMPARISON_OPENERS: &[&str] = &["compared", "down", "up", "versus"];

/// The link of the clause a comma opens, when the word after it opens one.
fn opens_after_comma(tokens: &[Token], at: usize, next: &Token, text: &str, headline: bool) -> Option<Link> {
    let word = next.text(text);
    match next.kind {
        // ", and" joins clauses only when a verb follows ("…, and 40 were
        // hurt"); in a list it joins names ("the UK, France, and Italy").
        Kind::Word(Class::Conjunction)
            if verb_follows(tokens, at + 1, text) || opens_a_second_that(tokens, at + 1, text) =>
        {
            Some(Link::Coordinate)
        }
        Kind::Word(Class::Relative) if !word.eq_ignore_ascii_case("that") => Some(Link::Relative),
        Kind::Word(Class::Subordinator) => Some(Link::Subordinate),
        Kind::Word(_)
            if COMPARISON_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(word)) && !a_place(tokens, at, text) =>
        {
            Some(Link::Comparison)
        }
        Kind::Word(Class::Determiner) if change_from_follows(tokens, at + 1, text) => Some(Link::Comparison),
        Kind::Word(_) if next.is_in(REPORTING) || attribution_follows(tokens, at) => Some(Link::Attribution),
        Kind::Word(Class::Open) if is_participle(next.read(text)) => Some(Link::Participle),
        Kind::Word(Class::Open) if past_participle_phrase(tokens, at, text) => Some(Link::Relative),
        Kind::Figure(_) if of_whom_follows(tokens, at + 1, text) => Some(Link::Relative),
        Kind::Figure(_) if headline => Some(Link::Coordinate),
        _ => None,
    }
}

/// True when "of whom" or "of which" follows token `at` ("17 were hurt,
/// nine of whom were taken to hospital"): the figure opens a relative
/// clause, whose verb is its own.
pub(super) fn of_whom_follows(tokens: &[Token], at: usize, text: &str) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    word(at).eq_ignore_ascii_case("of") && ["whom", "which"].iter().any(|w| word(at + 1).eq_ignore_ascii_case(w))
}

/// True for the relative pronoun at `i` of a clause that a figure and
/// "of" open ("nine of whom were taken"): the clause is already the
/// relative one, and the figure its subject.
fn counts_the_antecedent(tokens: &[Token], start: usize, i: usize, text: &str) -> bool {
    i == start + 2
        && tokens.get(start).is_some_and(|t| matches!(t.kind, Kind::Figure(_)))
        && of_whom_follows(tokens, start + 1, text)
}

/// True for ", and that …" after a clause: a second thing said ("said the
/// ship would undergo a clean lasting 36 hours, and that its departure,
/// originally scheduled for Tuesday, would leave on Thursday"), though its
/// verb stands past another comma.
fn opens_a_second_that(tokens: &[Token], at: usize, text: &str) -> bool {
    tokens.get(at).is_some_and(|t| t.text(text).eq_ignore_ascii_case("that"))
}

/// True when "up" or "down" at `at` leads a place, not a change: a
/// determiner follows it (", up the slipway", ", down their street"),
/// where a change has its figure, "from" or "by" (", up 5%", ", down from
/// 40"). Measured on 2026-12-05 (twenty-fourth session): probes,
/// drafts, ECB+ (both lists), WikiNews and the seeds unchanged; blind
/// round 51's swim of "26 hours and 14 minutes" is a total again (still
/// missed: its reports are only related).
fn a_place(tokens: &[Token], at: usize, text: &str) -> bool {
    let up_or_down =
        tokens.get(at).is_some_and(|t| ["up", "down"].iter().any(|w| w.eq_ignore_ascii_case(t.text(text))));
    up_or_down && tokens.get(at + 1).is_some_and(|t| t.is(Class::Determiner))
}

/// True when a noun of change and "from" follow within a few words (", a
/// marked rise from 54.8% in 2022"): a comparison with an earlier level.
fn change_from_follows(tokens: &[Token], at: usize, text: &str) -> bool {
    let rest = tokens.get(at..).unwrap_or_default();
    rest.windows(2)
        .take(3)
        .any(|w| matches!(w, [noun, from] if noun.is_in(CHANGE_NOUNS) && from.text(text).eq_ignore_ascii_case("from")))
}

/// True for a present participle that opens a clause after a comma
/// ("…, killing seven", "…, leaving 40 homeless"): a lower-case word in
/// "-ing" that WordNet has as a verb.
fn is_participle(word: super::lemma::Read<'_>) -> bool {
    verb_form(word, "ing")
}

/// True for a lower-case word of more than four letters ending in
/// `ending` that WordNet has as a verb ("killing", "founded").
fn verb_form(word: super::lemma::Read<'_>, ending: &str) -> bool {
    let w = word.text;
    w.len() > 4 && w.ends_with(ending) && w.starts_with(char::is_lowercase) && word.can_be_verb()
}

/// How many tokens a past participle's phrase may run before the comma
/// that closes it.
const PARTICIPLE_PHRASE: usize = 8;

/// True for a past participle and its preposition after a comma, in a
/// phrase another comma closes before the sentence's own verb ("Holdsworth,
/// founded in Pellingham in 1842, runs 286 pubs"): a phrase that tells of
/// the noun before it, with its own time, as a relative clause does. A
/// verb in "-ed" with no such comma and verb after it is the sentence's
/// own ("Manokwari, a city of 160,000 people, collapsed in the quake").
/// Measured on 2026-12-05 (twenty-fourth session): probes 360 → 364 of
/// 841 (a brewer's 286 pubs against 268, the year it was founded no
/// longer their time…), drafts 761 → 768, other conflicts unchanged (27,
/// 83); ECB+ both lists unchanged, in place 124 → 123 of 319; WikiNews,
/// the seeds, the frames gold and the peer suites unchanged. Without the
/// closing comma and verb, ECB+ across events 1 → 2 (a city of 160,000
/// people taken for a toll).
fn past_participle_phrase(tokens: &[Token], at: usize, text: &str) -> bool {
    let (Some(word), Some(next)) = (tokens.get(at), tokens.get(at + 1)) else { return false };
    if !(verb_form(word.read(text), "ed") && next.is(Class::Preposition)) {
        return false;
    }
    let rest = tokens.get(at + 2..).unwrap_or_default();
    let close = rest.iter().take(PARTICIPLE_PHRASE).position(|t| t.kind == Kind::Mark(','));
    close.and_then(|c| rest.get(c + 1)).is_some_and(|verb| verb.read(text).is_finite_verb())
}

/// True for ", police said" and ", the ministry said": a reporting verb
/// within three words after the comma, then the end of the sentence.
fn attribution_follows(tokens: &[Token], at: usize) -> bool {
    let rest = tokens.get(at..).unwrap_or_default();
    rest.len() <= 4 && rest.iter().take(4).any(|t| t.is_in(REPORTING))
}

/// True when the subordinator at `i` opens a clause: when a verb follows
/// before the next mark ("after the quake struck", not "after the quake";
/// "when the roof fell", not "while in prison custody").
fn opens_clause(tokens: &[Token], i: usize, text: &str) -> bool {
    // Right after an auxiliary, "since" is an adverb of its verb group
    // ("has since risen"), not a subordinator ("it was after the quake
    // struck that…" still opens a clause).
    let in_verb_group = tokens.get(i).is_some_and(|t| t.is_in(VERB_GROUP_ADVERBS))
        && i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.is(Class::Auxiliary));
    // A subordinator opens a clause only when a verb follows it: "after
    // the quake struck", not "after 2 p.m."; "when the roof fell", not
    // "died while in prison custody on December 19".
    !in_verb_group && verb_follows_in_phrase(tokens, i + 1, text)
}

/// Subordinators that are prepositions too ("after the quake").
const ALSO_PREPOSITIONS: [&str; 6] = ["after", "before", "since", "until", "as", "once"];

/// True for a subordinator that is a preposition too.
fn is_also_preposition(token: &Token, text: &str) -> bool {
    let word = token.text(text);
    ALSO_PREPOSITIONS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when a verb follows `from` before the next mark, conjunction or
/// such subordinator: the verb of "after the quake struck", not the second
/// verb of "broke out after 2 p.m. on Saturday and raced through the
/// scrub", nor that of "called shortly before 9pm on Friday after an
/// operator noticed smoke".
fn verb_follows_in_phrase(tokens: &[Token], from: usize, text: &str) -> bool {
    let phrase = tokens.get(from..).unwrap_or_default();
    let end =
        phrase.iter().position(|t| t.is(Class::Conjunction) || is_also_preposition(t, text)).unwrap_or(phrase.len());
    verb_follows(phrase.get(..end).unwrap_or_default(), 0, text)
}

/// True when "which", "who", "where", "when" at `i` opens a relative clause
/// ("the quake, which struck"): after a noun, with a verb after it. "That"
/// opens one only after a comma (handled there); bare, it is too often a
/// complementizer or a determiner to cut at.
fn relative_opens(tokens: &[Token], i: usize, text: &str) -> bool {
    let word = tokens.get(i).map_or("", |t| t.text(text));
    !word.eq_ignore_ascii_case("that") && verb_follows(tokens, i + 1, text)
}

/// True when an auxiliary, a modal or a finite-looking verb comes after
/// `from` before the next mark.
fn verb_follows(tokens: &[Token], from: usize, text: &str) -> bool {
    for t in tokens.iter().skip(from) {
        match t.kind {
            Kind::Mark(_) => return false,
            Kind::Word(Class::Auxiliary | Class::Modal) => return true,
            Kind::Word(Class::Open) if t.read(text).is_finite_verb() => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::span::Span;

    fn clauses(text: &str, headline: bool) -> Vec<String> {
        let doc = Document::passage("t.txt", text, chrono::NaiveDate::from_ymd_opt(2025, 3, 10));
        let claims = crate::extract::extract(&doc);
        let mut tokens = Vec::new();
        super::super::tokens::read(text, Span::new(0, text.len()), &claims, 0, &mut tokens);
        let mut out = Vec::new();
        cut(&tokens, text, headline, &mut out);
        out.iter()
            .map(|c| {
                let (Some(first), Some(last)) = (tokens.get(c.start), tokens.get(c.end - 1)) else {
                    return String::new();
                };
                text.get(first.span.start..last.span.end).unwrap_or_default().to_string()
            })
            .collect()
    }

    /// "nine of whom were taken to hospital" is one relative clause, with
    /// the figure as its subject and its own verb.
    #[test]
    fn a_figure_of_whom_opens_a_relative_clause() {
        assert_eq!(
            clauses("Seventeen people were hurt, nine of whom were taken to hospital.", false),
            ["Seventeen people were hurt", "nine of whom were taken to hospital"]
        );
        assert_eq!(
            clauses("The fire destroyed 40 homes, 12 of which were empty.", false),
            ["The fire destroyed 40 homes", "12 of which were empty"]
        );
    }

    #[test]
    fn comparisons_relatives_and_headlines_are_clauses_of_their_own() {
        assert_eq!(
            clauses("Unemployment fell to 4.1 percent, down from 5 percent in 2019.", false),
            ["Unemployment fell to 4.1 percent", "down from 5 percent in 2019"]
        );
        assert_eq!(
            clauses("The quake, which struck at dawn, killed 23 people.", false),
            ["The quake", "which struck at dawn", "killed 23 people"]
        );
        assert_eq!(clauses("One dead, four hurt in shooting", true), ["One dead", "four hurt in shooting"]);
        assert_eq!(
            clauses("Three adults, two children and a dog died", false),
            ["Three adults, two children and a dog died"]
        );
        assert_eq!(
            clauses("Since 1987, when 61 died, no quake has killed more than 20 people.", false),
            ["Since 1987", "when 61 died", "no quake has killed more than 20 people"]
        );
        assert_eq!(
            clauses("A gunman shot three people on Monday, killing one.", false),
            ["A gunman shot three people on Monday", "killing one"]
        );
        assert_eq!(
            clauses("23 people were killed after the quake in Aceh on Monday, police said.", false),
            ["23 people were killed after the quake in Aceh on Monday", "police said"]
        );
        assert_eq!(
            clauses("The fire broke out after 2 p.m. on Saturday and raced through scrub.", false),
            ["The fire broke out after 2 p.m. on Saturday and raced through scrub"],
            "the verb after the conjunction is the sentence's, not the preposition's"
        );
        assert_eq!(
            clauses("Police came after the gunman fled and hid.", false),
            ["Police came", "after the gunman fled and hid"]
        );
        assert_eq!(
            clauses("Crews were called shortly before 9pm on Friday after an operator noticed smoke.", false),
            ["Crews were called shortly before 9pm on Friday", "after an operator noticed smoke"],
            "the verb after the second subordinator is the second's"
        );
    }

    #[test]
    fn a_subordinator_with_no_verb_opens_no_clause() {
        assert_eq!(
            clauses("Gigante died while in prison custody on December 19, 2005.", false),
            ["Gigante died while in prison custody on December 19, 2005"]
        );
        assert_eq!(
            clauses("Gigante died while he was in prison custody.", false),
            ["Gigante died", "while he was in prison custody"]
        );
    }

    #[test]
    fn since_in_a_verb_group_opens_no_clause() {
        assert_eq!(clauses("The toll has since risen to 14.", false), ["The toll has since risen to 14"]);
        assert_eq!(
            clauses("That was before the club spent $240 million on two pitchers.", false),
            ["That was", "before the club spent $240 million on two pitchers"],
            "after an auxiliary, another subordinator still opens a clause"
        );
    }
}
