//! The map step and the pairing stage apart: `extract --format jsonl`
//! writes the claims, `check --claims FILE` reads them back and gives the
//! report `check` gives on the same documents.

use std::process::{Command, Output};

fn factlint(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint")).args(args).current_dir(env!("CARGO_MANIFEST_DIR")).output().unwrap()
}

/// `check --format json` of `paths`, and the same from the claims that
/// `extract --format jsonl` wrote for them.
fn both(paths: &[&str], with_paths: bool) -> (Output, Output) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("claims.jsonl");
    let extract = factlint(&[&["extract", "--format", "jsonl"], paths].concat());
    assert_eq!(extract.status.code(), Some(0), "{}", String::from_utf8_lossy(&extract.stderr));
    std::fs::write(&file, &extract.stdout).unwrap();
    let direct = factlint(&[&["check", "--format", "json"], paths].concat());
    let claims = file.to_str().unwrap();
    let mut args = vec!["check", "--format", "json", "--claims", claims];
    if with_paths {
        args.extend(paths);
    }
    (direct, factlint(&args))
}

#[test]
fn check_from_claims_gives_the_report_of_check() {
    for (paths, with_paths) in [
        (&["fixtures/quake-report/"][..], true),
        (&["fixtures/quake-report/"][..], false),
        (&["fixtures/ukraine-calls-mutated/"][..], true),
        (&["tests/data/wikinews/stock-markets/"][..], true),
    ] {
        let (direct, from_claims) = both(paths, with_paths);
        assert_eq!(from_claims.status.code(), direct.status.code(), "{}", String::from_utf8_lossy(&from_claims.stderr));
        assert!(direct.stdout.len() > 500);
        assert_eq!(
            String::from_utf8_lossy(&from_claims.stdout),
            String::from_utf8_lossy(&direct.stdout),
            "{paths:?} (PATHs given: {with_paths})"
        );
    }
}

#[test]
fn claims_of_a_file_changed_since_extract_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("a.txt");
    std::fs::write(&doc, "March 10, 2025\n\nThe quake killed 24 people in Port Alden on Monday.\n").unwrap();
    let doc = doc.to_str().unwrap();
    let extract = factlint(&["extract", "--format", "jsonl", doc]);
    let file = dir.path().join("claims.jsonl");
    std::fs::write(&file, &extract.stdout).unwrap();
    std::fs::write(doc, "March 10, 2025\n\nThe quake hurt 24 people in Port Alden on Monday.\n").unwrap();
    let out = factlint(&["check", "--claims", file.to_str().unwrap(), doc]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("run it again"), "{}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8_lossy(&extract.stdout).lines().next().unwrap().to_string();
    let v: serde_json::Value = serde_json::from_str(&line).unwrap();
    assert!(v["exact"]["sentence"].is_array(), "{line}");
}
