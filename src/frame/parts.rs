//! Parts of a listed whole: "three adults and two children", "two men,
//! three women and a boy", "40%, 35% and 30%". Each listed figure gets the
//! role [`Role::Part`]; their sum becomes a derived claim (spanning the
//! list) with the frame of the list, which the checker compares like any
//! total ("five dead" in another report), and, when the sentence states the
//! whole before the list ("six victims: two men and three women"), the
//! derived claim names it, so that a sum that is not the whole is reported.
//!
//! A list is two or more figures of one kind and unit in one clause, joined
//! by commas and "and" only, each figure followed by its own noun phrase
//! (except percentages, which may stand bare: "at 40%, 35% and 30%"), the
//! nouns not all the same. "Or" joins alternatives, never parts.

use crate::claim::{Amount, Claim, ClaimKind, Value};
use crate::span::Span;

use super::tokens::Kind;
use super::{Frame, Reader, Role};

/// One listed item: its claim (none for "a man": one, told by an
/// article), where its figure ends and where its words end.
#[derive(Clone, Copy)]
struct Item {
    claim: Option<usize>,
    figure: Span,
    end: Span,
}

/// The derived sums of the sentence's lists, numbered from `base`; the
/// frames of their parts are marked.
pub(super) fn derive(r: &Reader<'_>, frames: &mut [Frame], base: usize) -> Vec<(Claim, Frame)> {
    let mut out = Vec::new();
    for clause in r.clauses {
        let mut t = clause.start;
        while t < clause.end {
            let items = list_at(r, t, clause.end);
            if items.len() < 2 {
                t += 1;
                continue;
            }
            let whole = stated_whole(r, t, clause.start);
            if let Some(derived) = sum(r, &items, frames, whole) {
                let index = base + out.len();
                for item in &items {
                    if let Some(f) = item.claim.and_then(|c| frames.get_mut(c)) {
                        f.role = Role::Part;
                        f.part_of = Some(index);
                    }
                }
                out.push(derived);
            }
            t = r
                .tokens
                .iter()
                .position(|tok| tok.span.start >= items.last().map_or(0, |i| i.end.end))
                .unwrap_or(clause.end)
                .max(t + 1);
        }
    }
    out
}

/// The items of a list starting at token `t`, if a list starts there.
fn list_at(r: &Reader<'_>, mut t: usize, end: usize) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut kind: Option<(ClaimKind, Option<&'static str>)> = None;
    while t < end {
        let Some(tok) = r.token(t) else { break };
        // "a man and two women": an article counts one of a list of people.
        let article = tok.figure().is_none() && ["a", "an"].iter().any(|a| a.eq_ignore_ascii_case(r.word(t)));
        let (claim_index, this, figure) = match tok.figure() {
            Some(c) => {
                let Some(claim) = r.claims.get(c) else { break };
                let Value::Amount(amount) = claim.value else { break };
                (Some(c), (claim.kind, amount.unit), claim.span)
            }
            None if article => (None, (ClaimKind::Count, None), tok.span),
            None => break,
        };
        if !matches!(this.0, ClaimKind::Count | ClaimKind::Percent | ClaimKind::Money)
            || kind.is_some_and(|k| k != this)
        {
            break;
        }
        kind = Some(this);
        // The item's own words: open words up to a separator or the verb
        // of the clause ("two children died").
        let mut j = t + 1;
        let item_word = |j: usize| {
            let word = r.read(j);
            let verb = word.is_finite_verb() && !word.can_be_noun();
            r.token(j).is_some_and(|tok| tok.is_open()) && !is_joiner(word.text) && !verb
        };
        while item_word(j) && j < end && j < t + 4 {
            j += 1;
        }
        let nouns = j > t + 1;
        if !nouns && this.0 != ClaimKind::Percent {
            break;
        }
        let last = r.token(j - 1).map_or(figure, |tok| tok.span);
        items.push(Item { claim: claim_index, figure, end: last });
        // The separator: ",", "and", ", and".
        let mut k = j;
        let mut joined = false;
        while k < end && k < j + 2 {
            match r.token(k).map(|tok| tok.kind) {
                Some(Kind::Mark(',')) => joined = true,
                Some(Kind::Word(_)) if r.word(k).eq_ignore_ascii_case("and") => joined = true,
                _ => break,
            }
            k += 1;
        }
        if !joined {
            break;
        }
        t = k;
    }
    let distinct_nouns = items.windows(2).any(|w| match w {
        [a, b] => noun_text(r, a) != noun_text(r, b),
        _ => false,
    });
    // Parts of one whole: kinds of people ("three adults and two
    // children", "two police officers and a civilian"), or bare shares.
    let people = items.iter().all(|i| last_word(noun_text(r, i)).is_some_and(super::lemma::is_person));
    let percents = kind.is_some_and(|(k, _)| k == ClaimKind::Percent);
    let figures = items.iter().filter(|i| i.claim.is_some()).count();
    if items.len() >= 2 && figures >= 1 && ((distinct_nouns && people) || (percents && items.len() >= 3)) {
        items
    } else {
        Vec::new()
    }
}

/// The last word of an item's words ("police officers" → officers).
fn last_word(words: &str) -> Option<&str> {
    words.rsplit(' ').next().filter(|w| !w.is_empty())
}

/// True for words that join or close items rather than name them.
fn is_joiner(word: &str) -> bool {
    ["and", "or", "but", "nor"].iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The words after an item's figure, for telling items apart.
fn noun_text<'t>(r: &Reader<'t>, item: &Item) -> &'t str {
    r.text.get(item.figure.end..item.end.end).unwrap_or_default().trim()
}

/// A figure stated as the whole just before the list: the last figure of
/// the sentence before token `t`, when a colon or a dash stands between
/// ("six victims: two men and three women").
fn stated_whole(r: &Reader<'_>, t: usize, clause_start: usize) -> Option<usize> {
    if clause_start == 0 || t > clause_start + 1 {
        return None;
    }
    let mark = r.token(clause_start.checked_sub(1)?)?;
    if !(mark.is_mark(':') || mark.is_mark('—')) {
        return None;
    }
    (0..clause_start).rev().find_map(|i| r.token(i).and_then(|tok| tok.figure()))
}

/// The derived claim and frame of a list: the sum of its figures.
fn sum(r: &Reader<'_>, items: &[Item], frames: &[Frame], whole: Option<usize>) -> Option<(Claim, Frame)> {
    let first_figure = items.iter().find_map(|i| i.claim)?;
    let first = r.claims.get(first_figure)?;
    let last = items.last()?;
    let (mut low, mut high, mut precision) = (0.0, 0.0, 0.0f64);
    let mut unit = None;
    for item in items {
        let Some(c) = item.claim else {
            // "a man": one.
            low += 1.0;
            high += 1.0;
            continue;
        };
        let Value::Amount(a) = r.claims.get(c)?.value else { return None };
        low += a.low?;
        high += a.high?;
        precision = precision.max(a.precision);
        unit = a.unit;
    }
    let amount = Amount { low: Some(low), high: Some(high), unit, precision, vague: false };
    let span = Span::new(items.first()?.figure.start, last.end.end);
    let claim = Claim {
        kind: first.kind,
        span,
        value: Value::Amount(amount),
        subject: None,
        sentence: first.sentence,
        in_headline: first.in_headline,
        relative: false,
        derived: true,
    };
    let model = frames.get(first_figure).cloned().unwrap_or_default();
    let counted = whole.and_then(|w| frames.get(w)).and_then(|f| f.counted);
    let frame = Frame { counted, role: Role::Total, part_of: None, whole, ..model };
    Some((claim, frame))
}

#[cfg(test)]
mod tests {

    /// The derived sums of a text: (text, value).
    fn sums(text: &str) -> Vec<(String, f64)> {
        super::super::derived_in(text)
            .into_iter()
            .filter_map(|(t, v)| match v {
                crate::claim::Value::Amount(a) => Some((t, a.low?)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn listed_people_add_up_and_the_list_ends_at_its_verb() {
        let text = "May 4, 2025\nThree adults and two children died in the fire.";
        assert_eq!(sums(text), vec![("Three adults and two children".to_string(), 5.0)]);
    }

    #[test]
    fn an_article_counts_one_of_a_list() {
        let text = "May 4, 2025\nThree people died in the fire, a man and two women, officials said.";
        assert_eq!(sums(text), vec![("a man and two women".to_string(), 3.0)]);
    }

    #[test]
    fn things_that_are_not_people_make_no_list() {
        assert!(sums("May 4, 2025\nA magnitude 6.4 quake and two aftershocks hit the town.").is_empty());
        assert!(sums("May 4, 2025\nThe fire destroyed a house and two cars.").is_empty());
    }
}
