//! Baselines: today's conflicts recorded by fingerprint, so that a
//! repository with old contradictions can gate on new ones only.

use serde::{Deserialize, Serialize};

use crate::report::fingerprint::fingerprint;
use crate::report::Report;

/// One recorded conflict.
#[derive(Clone, Debug, Deserialize, Serialize, PartialEq, Eq)]
pub struct Entry {
    /// The conflict's fingerprint.
    pub fingerprint: String,
    /// The rule that reported it.
    pub rule: String,
    /// Its message when recorded, for people reading the file.
    pub message: String,
}

/// A baseline file.
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// Format version.
    pub version: u32,
    /// The recorded conflicts, sorted by fingerprint.
    pub conflicts: Vec<Entry>,
}

impl Baseline {
    /// The baseline of a report's conflicts.
    pub fn of(report: &Report) -> Self {
        let mut conflicts: Vec<Entry> = report
            .conflicts
            .iter()
            .map(|c| Entry { fingerprint: fingerprint(report, c), rule: c.rule.clone(), message: c.message.clone() })
            .collect();
        conflicts.sort_by(|a, b| a.fingerprint.cmp(&b.fingerprint));
        conflicts.dedup_by(|a, b| a.fingerprint == b.fingerprint);
        Baseline { version: 1, conflicts }
    }

    /// The file text.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).map(|s| s + "\n").unwrap_or_default()
    }

    /// Remove the conflicts the baseline records; return the entries that
    /// matched nothing (stale: fixed, or changed).
    pub fn apply(&self, report: &mut Report) -> Vec<Entry> {
        let prints: Vec<String> = report.conflicts.iter().map(|c| fingerprint(report, c)).collect();
        let mut keep = prints.iter().map(|p| !self.conflicts.iter().any(|e| &e.fingerprint == p));
        report.conflicts.retain(|_| keep.next().unwrap_or(true));
        let stale = self.conflicts.iter().filter(|e| !prints.contains(&e.fingerprint)).cloned().collect();
        report.recount();
        stale
    }
}
