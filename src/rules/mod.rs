//! Rules as data: each rule is a TOML file with its documentation, the claims
//! it covers (kinds and a lexicon of subject words), the words that tell one
//! event from another, and how values compare. The checking itself is a
//! small closed set of check kinds in [`crate::checks`].

pub mod load;

use serde::Deserialize;

use crate::claim::ClaimKind;

pub use load::{LoadedRules, RuleError};

/// How serious a conflict is.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Context worth knowing (a figure that was updated).
    Info,
    /// Probably a contradiction.
    Warning,
    /// A contradiction.
    Error,
}

impl Severity {
    /// The lower-case name.
    pub const fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The closed set of comparisons a rule can ask for.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum CheckKind {
    /// Figures (intervals) about the same subject and event must overlap.
    Figures,
    /// Dates and times of the same event must agree.
    EventDates,
    /// A weekday written next to a date must be that date's weekday.
    WeekdayDate,
    /// A date must exist.
    ImpossibleDate,
    /// A copy must give the figures of its original at the same places.
    CopyAltered,
    /// Listed parts must not add up to more (or other) than their stated
    /// whole.
    PartsSum,
    /// An ordinal must agree with the count of earlier events another
    /// report gives ("the second strike" against "after three earlier
    /// strikes"): pairing compares them, and their disagreements are
    /// reported under this rule rather than the rule that paired them.
    CountOrdinal,
}

/// Whether a rule is settled or still being tried out.
#[derive(Clone, Copy, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// In force.
    #[default]
    Stable,
    /// Reported, but never above `warning`.
    Preview,
}

/// A named group of words: a subject ("people killed") or an event class
/// ("phone call").
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Lexicon {
    /// The name shown in reports.
    pub name: String,
    /// The words and phrases (lower case) that signal it.
    pub words: Vec<String>,
    /// For an event class: when a document names only this class, its
    /// figures that name none belong to it (a report about a video call).
    #[serde(default)]
    pub document_wide: bool,
    /// For an event class: its events are never the event of a frame that
    /// tells another one (an aftershock is not the main quake, though
    /// WordNet files aftershocks under earthquakes).
    #[serde(default)]
    pub distinct: bool,
}

/// How values are compared.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Compare {
    /// Relative tolerance on both sides of a figure (0.05 = 5%).
    pub tolerance: f64,
    /// Absolute tolerance, in the claim's unit: how far apart two figures
    /// may be and still agree (half of it on each side of each).
    pub absolute_tolerance: f64,
    /// Factor by which the upper end of a vague amount is stretched
    /// ("thousands" may mean tens of thousands).
    pub vague_stretch: f64,
    /// True for figures that grow as news comes in (death tolls): reports of
    /// different days are updates, not contradictions.
    pub changes_over_time: bool,
    /// Reports further apart than this many days are about different events.
    pub window_days: i64,
    /// True for values that move with time whatever the news (a person's
    /// age): a dated report is compared with dated ones only, since how far
    /// an undated one is from it cannot be told.
    pub both_dated_or_neither: bool,
    /// Kept so that older rule files still load; no longer used (frames
    /// are read from the clause, not from a window of words).
    pub subject_distance: usize,
    /// The pairing score two claims must reach to be about the same thing
    /// (see `pair::score` for what adds up to it).
    pub threshold: f32,
}

impl Default for Compare {
    fn default() -> Self {
        Compare {
            tolerance: 0.0,
            absolute_tolerance: 0.0,
            vague_stretch: 10.0,
            changes_over_time: false,
            window_days: 7,
            both_dated_or_neither: false,
            subject_distance: 6,
            threshold: 3.0,
        }
    }
}

/// The documentation of a rule, printed by `factlint explain`.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct RuleDoc {
    /// What it does.
    pub what: String,
    /// Why it matters.
    pub why: String,
    /// An example of a conflict it reports.
    pub example: String,
}

/// An example cluster that the test suite runs: documents, and how many
/// conflicts the rule reports on them.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// Document texts (each may start with a dateline).
    pub documents: Vec<String>,
    /// How many conflicts of this rule are expected.
    pub conflicts: usize,
}

/// One rule, as written in its TOML file.
#[derive(Clone, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Stable identifier, kebab-case.
    pub id: String,
    /// One line saying what is checked.
    pub title: String,
    /// How serious its conflicts are.
    pub severity: Severity,
    /// Stable or preview.
    #[serde(default)]
    pub status: Status,
    /// Which comparison it performs.
    pub check: CheckKind,
    /// The claim kinds it covers (names as in JSON).
    #[serde(default)]
    pub kinds: Vec<String>,
    /// Subjects: each a group of words read as lemmas; a frame is governed
    /// when its counted head, predicate or event class is related to one.
    #[serde(default)]
    pub subjects: Vec<Lexicon>,
    /// Event classes: words that tell one event from another.
    #[serde(default)]
    pub events: Vec<Lexicon>,
    /// True for the rule that governs the frames no other rule names (so
    /// that nothing escapes comparison for lack of a lexicon word).
    #[serde(default)]
    pub catch_all: bool,
    /// True for a rule about people: it governs a frame only when what is
    /// counted is people (a noun of a person in WordNet: "victims",
    /// "officers", "residents") or untold ("three were hurt"), so that "two
    /// cars" in a sentence about the injured is not a toll.
    #[serde(default)]
    pub counts_people: bool,
    /// Units it governs whatever the words (the age rule: "a", years of
    /// age): a claim in one of them is governed by this rule alone, and the
    /// rule governs nothing else.
    #[serde(default)]
    pub units: Vec<String>,
    /// How values compare.
    #[serde(default)]
    pub compare: Compare,
    /// Documentation.
    pub doc: RuleDoc,
    /// Example clusters, run by the tests.
    #[serde(default, rename = "example")]
    pub examples: Vec<Example>,
}

impl Rule {
    /// True when the rule covers claims of `kind`.
    pub fn covers(&self, kind: ClaimKind) -> bool {
        self.kinds.iter().any(|k| k == kind.name())
    }

    /// The severity after the rule's status is applied.
    pub fn effective_severity(&self) -> Severity {
        match self.status {
            Status::Preview => self.severity.min(Severity::Warning),
            Status::Stable => self.severity,
        }
    }

    /// The text `factlint explain` prints.
    pub fn explain(&self) -> String {
        format!(
            "{id}: {title}\nseverity: {sev}{preview}\n\n## What it does\n{what}\n\n## Why it matters\n{why}\n\n## Example\n{example}\n",
            id = self.id,
            title = self.title,
            sev = self.severity.name(),
            preview = if self.status == Status::Preview { " (preview)" } else { "" },
            what = self.doc.what.trim(),
            why = self.doc.why.trim(),
            example = self.doc.example.trim(),
        )
    }
}
