//! Dollars in one sense per document: a bare "$" takes the country the
//! document gives the same figure with.

use crate::claim::{Claim, ClaimKind, Value};

/// Dollars in one sense per document: a figure with a bare "$" that the
/// document also gives with a country's dollar sign ("$52.5 million" in the
/// headline, "AU$52.5 million" in the body) is in that country's dollars.
/// A bare "$" is read as US dollars everywhere else.
pub(super) fn dollars_in_one_sense(text: &str, claims: &mut [Claim]) {
    let marked: Vec<(Option<f64>, Option<f64>, &'static str)> = claims
        .iter()
        .filter_map(|c| match (&c.value, c.kind) {
            (Value::Amount(a), ClaimKind::Money) if a.unit != Some("USD") && c.span.slice(text).contains('$') => {
                a.unit.map(|u| (a.low, a.high, u))
            }
            _ => None,
        })
        .collect();
    if marked.is_empty() {
        return;
    }
    for claim in claims.iter_mut().filter(|c| c.kind == ClaimKind::Money && bare_dollar(c.span.slice(text))) {
        let Value::Amount(a) = &mut claim.value else { continue };
        if a.unit != Some("USD") {
            continue;
        }
        if let Some(&(_, _, code)) = marked.iter().find(|(low, high, _)| *low == a.low && *high == a.high) {
            a.unit = Some(code);
        }
    }
}

/// True when the claim's dollar sign has no letters before it ("$5", "about
/// $5"; not "US$5" or "AU$5").
fn bare_dollar(written: &str) -> bool {
    written
        .find('$')
        .is_some_and(|i| !written.get(..i).unwrap_or_default().ends_with(|c: char| c.is_ascii_alphabetic()))
}
