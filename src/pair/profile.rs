//! What pairing needs to know of each claim, computed once: its dimension
//! (what its value can be compared with), the rule and subject that govern
//! its frame, the content words of its sentence (for context shared with
//! the other report), the names around it, and the other figures of its
//! sentence (anchors: "23 dead and 40 hurt" beside "killed 23, injured 40").

use crate::claim::{Claim, ClaimKind, Value};
use crate::document::Document;
use crate::frame::{Frame, Head};
use crate::grammar::tokens::{is_stopword, words};
use crate::hash::{fnv_bytes, stable_hash, FNV_OFFSET};

use super::govern::Governor;

/// The most content words kept of a sentence.
const CONTEXT_WORDS: usize = 32;

/// One claim as pairing sees it.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// What the value can be compared with: kind group and unit.
    pub dimension: u64,
    /// The rule and subject group governing the frame, if any.
    pub governed: Option<(usize, Option<usize>)>,
    /// The event class (an `[[events]]` group of the governing rule).
    pub event_class: Option<usize>,
    /// Stem keys of the sentence's content words, sorted and unique.
    pub context: Vec<u64>,
    /// Name keys of the clause's names, sorted and unique.
    pub names: Vec<u64>,
    /// The other figures of the sentence, as (dimension, value key).
    pub anchors: Vec<(u64, u64)>,
}

/// The words of a document's lead (its headline and first sentences, up to
/// [`LEAD_WORDS`] content words) as stem keys, sorted and unique: what the
/// story is about ("Tara Reid", "rehab", "Malibu"), for telling two stories
/// of one kind apart.
pub fn lead_words(doc: &Document) -> Vec<u64> {
    let mut keys: Vec<u64> = Vec::new();
    for region in doc.headline.into_iter().chain(doc.sentences.iter().copied()) {
        for (_, w) in words(region.slice(&doc.text)) {
            if w.len() > 2 && !is_stopword(w) && !w.starts_with(|c: char| c.is_ascii_digit()) {
                keys.push(crate::lexical::stem_key(w));
            }
        }
        if keys.len() >= LEAD_WORDS {
            break;
        }
    }
    keys.truncate(LEAD_WORDS);
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// How many content words of a document's lead say what its story is.
const LEAD_WORDS: usize = 60;

/// The profiles of a document's claims.
pub fn profiles(doc: &Document, claims: &[Claim], frames: &[Frame], governor: &Governor) -> Vec<Profile> {
    let mut out = Vec::with_capacity(claims.len());
    let mut sentence_context: (crate::span::Span, Vec<u64>) = (crate::span::Span::new(0, 0), Vec::new());
    for (i, claim) in claims.iter().enumerate() {
        let frame = frames.get(i);
        if sentence_context.0 != claim.sentence || i == 0 {
            sentence_context = (claim.sentence, context_of(doc, claim));
        }
        let names = frame.map_or_else(Vec::new, |f| name_keys(&doc.text, f));
        let governed = frame.and_then(|f| governor.govern(claim.kind, f));
        let event_class = governed.zip(frame).and_then(|((rule, _), f)| governor.event_class(rule, f));
        out.push(Profile {
            dimension: dimension(claim),
            governed,
            event_class,
            context: sentence_context.1.clone(),
            names,
            anchors: anchors(claims, i),
        });
    }
    out
}

/// The dimension of a claim: its kind group (every kind of date and time is
/// one group) and its unit in its measure's base.
pub fn dimension(claim: &Claim) -> u64 {
    let group = match claim.kind {
        ClaimKind::Date | ClaimKind::DateTime | ClaimKind::Year | ClaimKind::Time => "when",
        other => other.name(),
    };
    let unit = match claim.value {
        Value::Amount(a) => crate::values::base_unit(a.unit.unwrap_or("")),
        _ => "",
    };
    fnv_bytes(stable_hash(group), unit.bytes())
}

/// The content words of the claim's sentence, as stem keys.
fn context_of(doc: &Document, claim: &Claim) -> Vec<u64> {
    let mut keys: Vec<u64> = words(claim.sentence.slice(&doc.text))
        .map(|(_, w)| w)
        .filter(|w| w.len() > 2 && !is_stopword(w) && !w.starts_with(|c: char| c.is_ascii_digit()))
        .take(CONTEXT_WORDS * 2)
        .map(crate::lexical::stem_key)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys.truncate(CONTEXT_WORDS);
    keys
}

/// The clause's names as keys: each word reduced to its first five letters,
/// so that "Russia" and "Russian", "Ukraine" and "Ukrainian" are one name.
fn name_keys(text: &str, frame: &Frame) -> Vec<u64> {
    let mut keys: Vec<u64> = frame.entities.iter().map(|e| name_key(e.slice(text))).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A name's key: its first five letters, lower case, possessive dropped.
pub fn name_key(word: &str) -> u64 {
    let name = word.trim_end_matches("'s").trim_end_matches("’s");
    let mut utf8 = [0u8; 4];
    name.chars()
        .flat_map(char::to_lowercase)
        .take(5)
        .fold(FNV_OFFSET, |h, c| fnv_bytes(h, c.encode_utf8(&mut utf8).bytes()))
}

/// The other figures of claim `i`'s sentence, as (dimension, value key).
fn anchors(claims: &[Claim], i: usize) -> Vec<(u64, u64)> {
    let Some(claim) = claims.get(i) else { return Vec::new() };
    let from = claims.partition_point(|c| c.span.start < claim.sentence.start);
    claims
        .iter()
        .skip(from)
        .take_while(|c| c.span.start < claim.sentence.end)
        .enumerate()
        .filter(|(k, c)| from + k != i && !c.derived && !c.relative)
        .map(|(_, c)| (dimension(c), value_key(&c.value)))
        .collect()
}

/// A key of a value, equal for equal values.
pub fn value_key(value: &Value) -> u64 {
    let bits = |v: Option<f64>| v.map_or(u64::MAX, f64::to_bits);
    let words: [u64; 2] = match value {
        Value::Amount(a) => [bits(a.low), bits(a.high)],
        Value::Date { date, .. } => [stable_hash(&format!("{date:?}")), 0],
        Value::Time(t) => [stable_hash(&format!("{t:?}")), 1],
        Value::DateTime(d, t) => [stable_hash(&format!("{d}{t:?}")), 2],
        Value::Year(y) => [*y as u64, 3],
    };
    fnv_bytes(FNV_OFFSET, words.iter().flat_map(|w| w.to_le_bytes()))
}

/// The key of a frame's head, for indexing: the lemma or the stem.
pub fn head_key(head: &Head) -> u64 {
    head.key
}
