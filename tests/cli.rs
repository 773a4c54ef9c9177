//! The binary, run as a user runs it: exit statuses, JSON contract, exact
//! spans, errors that name the file.

use std::process::{Command, Output};

fn factlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[test]
fn check_exits_1_on_conflicts_and_reports_json_per_the_contract() {
    let out = factlint(&["check", "--format", "json", "fixtures/quake-report/"]);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["documents"], 3);
    assert!(v["summary"]["compared"].as_u64().unwrap() > 0);
    let conflicts = v["conflicts"].as_array().unwrap();
    assert!(conflicts.iter().any(|c| c["rule"] == "casualty-count" && c["severity"] == "error"), "{v:#}");
    for claim in conflicts.iter().flat_map(|c| c["claims"].as_array().unwrap()) {
        assert!(claim["frame"]["role"].is_string(), "every claim carries its frame: {claim:#}");
        let text = std::fs::read_to_string(claim["path"].as_str().unwrap()).unwrap();
        let (s, e) =
            (claim["span"]["start"].as_u64().unwrap() as usize, claim["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], claim["text"].as_str().unwrap());
    }
}

#[test]
fn fail_on_never_and_min_severity() {
    assert_eq!(factlint(&["check", "--fail-on", "never", "fixtures/quake-report/"]).status.code(), Some(0));
    let out = factlint(&["check", "--format", "json", "--min-severity", "error", "fixtures/quake-report/"]);
    assert!(json(&out)["conflicts"].as_array().unwrap().iter().all(|c| c["severity"] == "error"));
}

#[test]
fn clean_cluster_exits_0_with_a_coverage_line() {
    let out = factlint(&["check", "fixtures/ukraine-calls/"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("4 documents") && text.contains("0 conflicts"), "{text}");
}

#[test]
fn extract_json_spans_are_exact_and_stdin_works() {
    let out = factlint(&["extract", "--format", "json", "fixtures/quake-report/a-wire.txt"]);
    assert_eq!(out.status.code(), Some(0));
    let v = json(&out);
    let doc = &v["documents"][0];
    assert_eq!(doc["published"], "2025-03-10");
    let text = std::fs::read_to_string("fixtures/quake-report/a-wire.txt").unwrap();
    for claim in doc["claims"].as_array().unwrap() {
        let (s, e) =
            (claim["span"]["start"].as_u64().unwrap() as usize, claim["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], claim["text"].as_str().unwrap());
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["extract", "--format", "jsonl", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"The call lasted 90 minutes.").unwrap();
    let out = child.wait_with_output().unwrap();
    let line: serde_json::Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["path"], "<stdin>");
    assert_eq!(line["value"]["low"], 5400);
}

#[test]
fn missing_path_is_exit_2_naming_the_file() {
    let out = factlint(&["check", "no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
    assert!(out.stdout.is_empty());
}

#[test]
fn malformed_rule_file_is_exit_2_pointing_into_the_toml() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.toml"), "id = \"x\"\ntitle = 5\n").unwrap();
    let out = factlint(&["check", "--rules", dir.path().to_str().unwrap(), "fixtures/ukraine-calls/"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.toml") && err.contains("title = 5"), "{err}");
}

#[test]
fn user_rule_replaces_the_builtin_with_its_id() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = std::fs::read_to_string("rules/casualty-count.toml").unwrap();
    std::fs::write(dir.path().join("c.toml"), builtin.replace("severity = \"error\"", "severity = \"warning\""))
        .unwrap();
    let out = factlint(&["rules", "--rules", dir.path().to_str().unwrap()]);
    let listing = String::from_utf8_lossy(&out.stdout);
    let line = listing.lines().find(|l| l.starts_with("casualty-count")).unwrap();
    assert!(line.contains("warning"), "{line}");
}

#[test]
fn explain_prints_a_rule_and_unknown_is_exit_2() {
    let out = factlint(&["explain", "event-duration"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("## Why it matters"));
    assert_eq!(factlint(&["explain", "no-such-rule"]).status.code(), Some(2));
}

#[test]
fn invalid_utf8_is_reported_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.txt"), b"killed \xff\xfe 12").unwrap();
    std::fs::write(dir.path().join("good.txt"), "Over 13,000 people have been killed.").unwrap();
    let out = factlint(&["extract", "--format", "json", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt"));
    assert_eq!(json(&out)["documents"].as_array().unwrap().len(), 1);
}
