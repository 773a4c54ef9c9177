//! factlint where CI runs it: SARIF that validates against the 2.1.0 schema,
//! GitHub annotations and step summary, baselines, drafts against sources,
//! configuration and suppressions, all through the binary.

use std::path::Path;
use std::process::{Command, Output};

fn factlint_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap()
}

fn factlint(args: &[&str]) -> Output {
    factlint_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn sarif_validates_against_the_schema_with_fingerprints_and_related_locations() {
    let out = factlint(&["check", "--format", "sarif", "fixtures/quake-report/"]);
    assert_eq!(out.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schemas/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(
        !validator.is_valid(&serde_json::json!({"version": "2.1.0", "runs": [{"results": []}]})),
        "the schema check can fail"
    );
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let run = &sarif["runs"][0];
    assert!(run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "casualty-count" && r["help"]["text"].as_str().unwrap().contains("Why it matters")));
    let results = run["results"].as_array().unwrap();
    let (k, toll) = results.iter().enumerate().find(|(_, r)| r["ruleId"] == "casualty-count").unwrap();
    assert!(!toll["relatedLocations"].as_array().unwrap().is_empty());
    let print = toll["partialFingerprints"]["factlintConflict/v1"].as_str().unwrap().to_string();
    let again: serde_json::Value =
        serde_json::from_slice(&factlint(&["check", "--format", "sarif", "fixtures/quake-report/"]).stdout).unwrap();
    assert_eq!(again["runs"][0]["results"][k]["partialFingerprints"]["factlintConflict/v1"], print.as_str());
}

#[test]
fn github_annotations_one_per_claim_and_a_step_summary() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["check", "--format", "github", "fixtures/quake-report/"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("GITHUB_STEP_SUMMARY", &summary)
        .output()
        .unwrap();
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(first.starts_with("::error file=fixtures/quake-report/a-wire.txt,line="), "{first}");
    assert!(first.contains(",col=") && first.contains(",endLine=") && first.contains(",endColumn="), "{first}");
    assert!(text.lines().any(|l| l.starts_with("::error ") && l.contains(",title=casualty-count::")), "{text}");
    assert!(text.lines().any(|l| l.starts_with("::notice ")), "info is a notice: {text}");
    let md = std::fs::read_to_string(summary).unwrap();
    assert!(md.contains("| error | `casualty-count` |") && md.contains("3 documents"), "{md}");
}

#[test]
fn baseline_hides_old_conflicts_survives_moved_lines_and_reports_stale_entries() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["a-wire.txt", "b-daily.md", "c-evening.html"] {
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/quake-report").join(f), dir.path().join(f))
            .unwrap();
    }
    let out = factlint_in(dir.path(), &["check", "--write-baseline", "baseline.json", "."]);
    assert_eq!(out.status.code(), Some(1));
    assert!(std::fs::read_to_string(dir.path().join("baseline.json")).unwrap().contains("casualty-count"));
    // Lines move: the conflicts keep their identity.
    let b = dir.path().join("b-daily.md");
    let moved = std::fs::read_to_string(&b).unwrap().replace("# Quake toll rises", "\n\n# Quake toll rises");
    std::fs::write(&b, moved).unwrap();
    let out = factlint_in(dir.path(), &["check", "--format", "json", "--baseline", "baseline.json", "."]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    // A conflict fixed: its entry is stale; a new one is reported.
    let fixed = std::fs::read_to_string(&b).unwrap().replace("killed 24 people", "killed 45 people");
    std::fs::write(&b, fixed).unwrap();
    let a = dir.path().join("a-wire.txt");
    let changed = std::fs::read_to_string(&a).unwrap().replace("$1.3bn", "$3.1bn");
    std::fs::write(&a, changed).unwrap();
    let out = factlint_in(dir.path(), &["check", "--format", "json", "--baseline", "baseline.json", "."]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(v["conflicts"].as_array().unwrap().iter().any(|c| c["rule"] == "money-amount"));
    assert!(v["notes"].as_array().unwrap().iter().any(|n| n["code"] == "stale-baseline"), "{v:#}");
}

#[test]
fn draft_against_sources_reports_only_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("sources");
    std::fs::create_dir(&src).unwrap();
    std::fs::write(
        src.join("one.txt"),
        "March 10, 2025\nThe quake killed 42 people in Port Alden on Monday.\nTurnout was 62 per cent in Port Alden.\n",
    )
    .unwrap();
    std::fs::write(
        src.join("two.txt"),
        "March 10, 2025\nThe quake killed 42 people in Port Alden on Monday.\nTurnout was 26 per cent in Port Alden.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("draft.md"),
        "March 10, 2025\n\nThe quake killed 24 people in Port Alden on Monday.\n",
    )
    .unwrap();
    let out = factlint_in(dir.path(), &["check", "--format", "json", "draft.md", "--against", "sources"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let conflicts = v["conflicts"].as_array().unwrap();
    let casualty = conflicts.iter().find(|c| c["rule"] == "casualty-count").unwrap();
    assert_eq!(casualty["severity"], "error");
    assert!(casualty["claims"].as_array().unwrap().iter().any(|c| c["path"] == "draft.md"));
    // The sources' 62% and 26% (one source copies the other and changes
    // the figure) are context.
    let context = conflicts.iter().find(|c| c["claims"].as_array().unwrap().iter().any(|x| x["text"] == "26 per cent"));
    assert_eq!(context.unwrap()["severity"], "info", "{v:#}");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn configuration_is_found_walking_up_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let nested = dir.path().join("a/b");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::write(
        dir.path().join("factlint.toml"),
        "paths = [\"stories\"]\nfail-on = \"never\"\n[severity]\ncasualty-count = \"warning\"\n",
    )
    .unwrap();
    let stories = dir.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    std::fs::write(stories.join("a.txt"), "March 10, 2025\nAt least 42 people were killed in Port Alden on Monday.\n")
        .unwrap();
    std::fs::write(stories.join("b.txt"), "March 10, 2025\nThe quake killed 24 people in Port Alden on Monday.\n")
        .unwrap();
    let out = factlint_in(&nested, &["check", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["conflicts"][0]["severity"], "warning");

    std::fs::write(dir.path().join("factlint.toml"), "disable = [\"no-such-rule\"]\n").unwrap();
    let out = factlint_in(&nested, &["check", "../../stories"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("factlint.toml") && err.contains("no-such-rule"), "{err}");

    std::fs::write(dir.path().join("factlint.toml"), "colour = \"red\"\n").unwrap();
    let out = factlint_in(&nested, &["check", "../../stories"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("colour"));
}

#[test]
fn suppressions_silence_a_conflict_and_unused_ones_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), "March 10, 2025\n\n<!-- factlint-disable-next-line casualty-count -->\nThe quake killed 24 people in Port Alden on Monday.\n\n<!-- factlint-disable measure -->\nNothing measured here.\n<!-- factlint-enable -->\n").unwrap();
    std::fs::write(dir.path().join("b.md"), "March 10, 2025\n\nThe quake killed 42 people in Port Alden on Monday.\n")
        .unwrap();
    let out = factlint_in(dir.path(), &["check", "--format", "json", "--report-unused-suppressions", "."]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["conflicts"].as_array().unwrap().is_empty(), "{v:#}");
    let notes = v["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["code"], "unused-suppression");
    assert_eq!(notes[0]["at"]["span"]["line"], 6);
}
