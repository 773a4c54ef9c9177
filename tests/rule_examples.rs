//! Every built-in rule's `[[example]]` clusters run as tests: the rule
//! reports exactly the number of conflicts its file says.

use factlint::checks::check;
use factlint::rules::LoadedRules;
use factlint::Document;

#[test]
fn every_rule_example_holds() {
    let rules = LoadedRules::builtin().unwrap();
    let mut ran = 0;
    for rule in &rules.rules {
        assert!(!rule.examples.is_empty(), "{} has no example", rule.id);
        for (e, example) in rule.examples.iter().enumerate() {
            let docs: Vec<Document> = example
                .documents
                .iter()
                .enumerate()
                .map(|(i, t)| Document::new(format!("doc{i}.txt"), t.clone(), None))
                .collect();
            let report = check(docs, &rules.rules);
            let found = report.conflicts.iter().filter(|c| c.rule == rule.id).count();
            assert_eq!(found, example.conflicts, "{} example {e}: {:#?}", rule.id, report.conflicts);
            ran += 1;
        }
    }
    assert!(ran >= 10);
}

#[test]
fn explain_prints_the_three_parts() {
    let rules = LoadedRules::builtin().unwrap();
    for rule in &rules.rules {
        let text = rule.explain();
        for part in ["## What it does", "## Why it matters", "## Example"] {
            assert!(text.contains(part), "{}: {part}", rule.id);
        }
    }
}
