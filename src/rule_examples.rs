//! Rules that test themselves: every rule file carries `[[example]]`
//! clusters (documents, and how many conflicts the rule reports on them),
//! run by `factlint test-rules` and by the test suite through
//! [`run_examples`], which goes through [`crate::rules::Rule`]'s examples and the
//! library's check ([`crate::pipeline::run_check`]) only.

use crate::document::Document;
use crate::pipeline::{run_check, Options, Read};
use crate::report::Conflict;
use crate::rules::Rule;

/// The outcome of one example cluster of one rule.
#[derive(Clone, Debug)]
pub struct ExampleResult<'a> {
    /// The rule tested.
    pub rule: &'a Rule,
    /// The example's index in the rule file (0-based).
    pub index: usize,
    /// The conflicts of the rule its file expects.
    pub expected: usize,
    /// The conflicts of the rule the check found.
    pub found: Vec<Conflict>,
}

impl ExampleResult<'_> {
    /// True when the rule reported as many conflicts as its file says.
    pub fn passed(&self) -> bool {
        self.found.len() == self.expected
    }
}

/// Run the examples of `tested` with `in_force` as the rules of the check
/// (a rule is tested among the others, as it runs). Each example's
/// documents are named `example-1.txt`, `example-2.txt`, ….
pub fn run_examples<'a>(tested: &[&'a Rule], in_force: &[Rule]) -> Vec<ExampleResult<'a>> {
    let known: Vec<String> = in_force.iter().map(|r| r.id.clone()).collect();
    let options = Options::new(in_force, &known);
    let mut out = Vec::new();
    for rule in tested {
        for (index, example) in rule.examples.iter().enumerate() {
            let docs: Vec<Document> = example
                .documents
                .iter()
                .enumerate()
                .map(|(i, text)| Document::new(format!("example-{}.txt", i + 1), text.clone(), None))
                .collect();
            let report = run_check(docs, Read::Nothing, &options).report;
            let found = report.conflicts.into_iter().filter(|c| c.rule == rule.id).collect();
            out.push(ExampleResult { rule, index, expected: example.conflicts, found });
        }
    }
    out
}
