//! Conflict fingerprints: the identity of a conflict across runs. Built from
//! the rule, the subject, and each claim's kind, normalized value and subject,
//! never from positions, so a conflict keeps its identity when lines move.
//! The hash is FNV-1a, the same on every platform and Rust version.

use super::model::{Conflict, Report};
use super::value::value_text;
use crate::hash::stable_hash;

/// The fingerprint of a conflict, as 16 hex digits.
pub fn fingerprint(report: &Report, conflict: &Conflict) -> String {
    let mut parts: Vec<String> = conflict
        .claims
        .iter()
        .filter_map(|r| report.claim(*r))
        .map(|c| format!("{}={}@{}", c.kind.name(), value_text(&c.value), c.subject.as_deref().unwrap_or("")))
        .collect();
    parts.sort();
    parts.dedup();
    let key = format!("{}|{}|{}", conflict.rule, conflict.subject.as_deref().unwrap_or(""), parts.join(";"));
    format!("{:016x}", stable_hash(&key))
}
