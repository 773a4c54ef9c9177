//! Claims: the numeric and temporal statements extracted from a document.

pub use crate::grammar::value::{Amount, ClaimKind, DateValue, PartialDate, TimeValue, Value};
use crate::span::Span;

/// One numeric or temporal statement in a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// What sort of figure it is.
    pub kind: ClaimKind,
    /// Where it is, in bytes.
    pub span: Span,
    /// The normalized value.
    pub value: Value,
    /// What the figure is about, in words, when it can be told.
    pub subject: Option<String>,
    /// The sentence the claim stands in.
    pub sentence: Span,
    /// True when the claim is in the document's headline.
    pub in_headline: bool,
    /// True for a period relative to the publication date ("this month").
    pub relative: bool,
    /// True for a claim the text implies rather than states: the sum of
    /// listed parts ("three adults and two children" make five).
    pub derived: bool,
}

impl Claim {
    /// True for a person's age ("57-year-old", "Feld, 58").
    pub fn is_age(&self) -> bool {
        matches!(self.value, Value::Amount(a) if crate::grammar::age::is_age(&a))
    }
}
