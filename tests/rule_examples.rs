//! Every built-in rule's `[[example]]` clusters run as tests (through the
//! same library function as `factlint test-rules`): the rule reports exactly
//! the number of conflicts its file says.

use factlint::rule_examples::run_examples;
use factlint::rules::LoadedRules;

#[test]
fn every_rule_example_holds() {
    let rules = LoadedRules::builtin().unwrap();
    for rule in &rules.rules {
        assert!(!rule.examples.is_empty(), "{} has no example", rule.id);
    }
    let tested: Vec<_> = rules.rules.iter().collect();
    let results = run_examples(&tested, &rules.rules);
    for r in &results {
        assert!(r.passed(), "{} example {}: expected {}, found {:#?}", r.rule.id, r.index + 1, r.expected, r.found);
    }
    assert!(results.len() >= 10);
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
