//! Qualifiers that turn a figure into an interval, written before it
//! ("over", "nearly", "about", "within") or after it ("or more", "or so",
//! "290+").

use std::sync::OnceLock;

use super::Number;
use crate::grammar::value::{Amount, ClaimKind};
use crate::grammar::words::{any_phrase, at_boundary, fail, space, PResult, PhraseIndex};

/// How a qualifier bounds the figure after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Qualifier {
    /// "over", "more than", "at least": the figure is a lower bound.
    AtLeast,
    /// "up to", "fewer than", "under": the figure is an upper bound.
    AtMost,
    /// "nearly", "almost": just below the figure.
    Nearly,
    /// "about", "around", "roughly": within 10% of the figure.
    About,
}

/// Qualifier phrases, longest first.
const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::AtLeast),
    ("well over", Qualifier::AtLeast),
    ("just over", Qualifier::AtLeast),
    ("in excess of", Qualifier::AtLeast),
    ("upwards of", Qualifier::AtLeast),
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("over", Qualifier::AtLeast),
    ("above", Qualifier::AtLeast),
    ("exceeding", Qualifier::AtLeast),
    ("as many as", Qualifier::AtMost),
    ("within", Qualifier::AtMost),
    ("as much as", Qualifier::AtMost),
    ("as high as", Qualifier::AtMost),
    ("no more than", Qualifier::AtMost),
    ("up to", Qualifier::AtMost),
    ("at most", Qualifier::AtMost),
    ("fewer than", Qualifier::AtMost),
    ("less than", Qualifier::AtMost),
    ("under", Qualifier::AtMost),
    ("below", Qualifier::AtMost),
    ("just under", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("an estimated", Qualifier::About),
    ("approximately", Qualifier::About),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("approx", Qualifier::About),
    ("circa", Qualifier::About),
    ("estimated", Qualifier::About),
];

/// Qualifiers written after a figure ("5,000 or more", "a year or longer",
/// "an hour or so").
const POSTFIX_QUALIFIERS: &[(&str, Qualifier)] = &[
    ("or more", Qualifier::AtLeast),
    ("or longer", Qualifier::AtLeast),
    ("or greater", Qualifier::AtLeast),
    ("or higher", Qualifier::AtLeast),
    ("or above", Qualifier::AtLeast),
    ("or over", Qualifier::AtLeast),
    ("or less", Qualifier::AtMost),
    ("or fewer", Qualifier::AtMost),
    ("or shorter", Qualifier::AtMost),
    ("or under", Qualifier::AtMost),
    ("or below", Qualifier::AtMost),
    ("or so", Qualifier::About),
];

/// A qualifier after a figure, with the space before it.
pub fn postfix_qualifier(input: &str) -> PResult<'_, Qualifier> {
    let (rest, _) = space(input)?;
    let (rest, q) = any_phrase(POSTFIX_QUALIFIERS)(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    Ok((rest, q))
}

/// A plus sign after a figure ("290+ seats", "100 + people"): at least
/// that many. Not a sum ("2 + 2").
pub(super) fn plus_after(input: &str) -> PResult<'_, Qualifier> {
    let rest = input.strip_prefix(" +").or_else(|| input.strip_prefix('+'));
    match rest {
        Some(r) if !r.trim_start().starts_with(|c: char| c.is_ascii_digit()) => Ok((r, Qualifier::AtLeast)),
        _ => fail(input),
    }
}

/// The qualifier `input` starts with, if any, and the text after it.
#[inline]
pub fn optional_qualifier(input: &str) -> (&str, Option<Qualifier>) {
    match qualifier(input) {
        Ok((r, q)) => (r, Some(q)),
        Err(_) => (input, None),
    }
}

/// `q`, or else the qualifier written after the figure ("a year or more").
#[inline]
pub fn or_postfix(rest: &str, q: Option<Qualifier>) -> (&str, Option<Qualifier>) {
    match q {
        None => postfix_qualifier(rest).map_or((rest, None), |(r, q)| (r, Some(q))),
        q => (rest, q),
    }
}

/// A qualifier followed by a space.
pub fn qualifier(input: &str) -> PResult<'_, Qualifier> {
    static INDEX: OnceLock<PhraseIndex<Qualifier>> = OnceLock::new();
    let (rest, q) = PhraseIndex::of(&INDEX, QUALIFIERS).find(input)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (rest, _) = space(rest)?;
    Ok((rest, q))
}

/// Turn an exact figure into the interval its qualifier states.
pub fn bound(q: Option<Qualifier>, value: f64, precision: f64, unit: Option<&'static str>) -> Amount {
    let mut amount = Amount::exact(value, precision, unit);
    let tenth = value.abs() * 0.1;
    match q {
        None => {}
        Some(Qualifier::AtLeast) => amount.high = None,
        Some(Qualifier::AtMost) => amount.low = None,
        Some(Qualifier::Nearly) => amount.low = Some(value - tenth),
        Some(Qualifier::About) => {
            amount.low = Some(value - tenth);
            amount.high = Some(value + tenth);
        }
    }
    amount
}

/// A range after a qualifier: "roughly 3,400-5,000" is the range, "more than
/// 30-40" at least its low end, "as many as 30-40" at most its high end.
pub(super) fn qualified_range(
    q: Qualifier,
    (rest, (kind, mut amount, first)): (&str, (ClaimKind, Amount, Number)),
) -> (&str, (ClaimKind, Amount, Number)) {
    match q {
        Qualifier::AtLeast => amount.high = None,
        Qualifier::AtMost => amount.low = None,
        Qualifier::Nearly | Qualifier::About => {}
    }
    (rest, (kind, amount, first))
}

/// A vague interval with its qualifier applied: "more than thousands" is at
/// least 1,000, "more than a few days" has no upper end.
pub fn widen_vague(mut a: Amount, q: Option<Qualifier>) -> Amount {
    match q {
        Some(Qualifier::AtLeast) => a.high = None,
        Some(Qualifier::AtMost) => a.low = None,
        _ => {}
    }
    a
}
