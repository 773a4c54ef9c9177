//! The bad-input catalogue: each case run through the binary as a user runs
//! it. The outcome is exit 2 with a message naming the file (or the
//! documented other outcome), never a panic, and stdout either empty or one
//! whole JSON document.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint")).args(args).current_dir(dir).output().unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Stdout is empty or a whole JSON document; nothing panicked.
fn whole(out: &Output) {
    assert!(!stderr(out).contains("panicked"), "{}", stderr(out));
    if !out.stdout.is_empty() {
        serde_json::from_slice::<serde_json::Value>(&out.stdout).expect("stdout is one whole JSON document");
    }
}

fn check_json(dir: &Path, path: &str) -> Output {
    let out = run(dir, &["check", "--format", "json", path]);
    whole(&out);
    out
}

#[test]
fn empty_file_is_a_document_without_claims() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    let out = check_json(dir.path(), "empty.txt");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["documents"], 1);
    assert_eq!(v["summary"]["claims"], 0);
}

#[test]
fn binary_and_invalid_utf8_files_are_named_and_the_rest_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("image.txt"), [0x89, b'P', b'N', b'G', 0, 0, 1, 2]).unwrap();
    std::fs::write(dir.path().join("latin1.txt"), b"caf\xe9 killed 12").unwrap();
    std::fs::write(dir.path().join("good.txt"), "Over 13,000 people have been killed.").unwrap();
    let out = check_json(dir.path(), ".");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("image.txt") && err.contains("binary"), "{err}");
    assert!(err.contains("latin1.txt") && err.contains("invalid UTF-8"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["documents"], 1);
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let big = std::fs::File::create(dir.path().join("huge.txt")).unwrap();
    big.set_len(200 * 1024 * 1024).unwrap();
    let out = check_json(dir.path(), "huge.txt");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("huge.txt") && stderr(&out).contains("64 MiB"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_ten_megabyte_line_is_checked_in_bounded_time() {
    let dir = tempfile::tempdir().unwrap();
    let line = "The quake killed 12 people in Port Alden, officials said and ".repeat(10 * 1024 * 1024 / 62);
    std::fs::write(dir.path().join("line.txt"), line).unwrap();
    let started = Instant::now();
    let out = check_json(dir.path(), "line.txt");
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", stderr(&out));
    // Generous: a guard against quadratic behaviour, not a benchmark.
    assert!(started.elapsed() < Duration::from_secs(120));
}

#[test]
fn deeply_nested_html_is_read_linearly() {
    let dir = tempfile::tempdir().unwrap();
    let html = format!("{}<p>At least 42 people were killed.</p>{}", "<div>".repeat(200_000), "</div>".repeat(200_000));
    std::fs::write(dir.path().join("deep.html"), html).unwrap();
    let out = run(dir.path(), &["extract", "--format", "json", "deep.html"]);
    whole(&out);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["claims"][0]["text"], "At least 42");
}

#[test]
fn absurd_numbers_and_dates_are_claims_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "March 10, 2025\nA figure of {} was quoted. The value 1e999999 appeared. The deadline is February 30, 2025. In the year 0 and in 99999 nothing happened.\n",
        "9".repeat(100_000)
    );
    std::fs::write(dir.path().join("odd.txt"), text).unwrap();
    let out = check_json(dir.path(), "odd.txt");
    // February 30 does not exist: that is a conflict (exit 1), not a failure.
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["conflicts"][0]["rule"], "impossible-date");
}

#[test]
fn a_missing_path_is_exit_2_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = check_json(dir.path(), "no-such-dir/story.md");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no-such-dir/story.md") && stderr(&out).contains("no such file"));
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_is_walked_once() {
    let dir = tempfile::tempdir().unwrap();
    let stories = dir.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    std::fs::write(stories.join("a.txt"), "At least 42 people were killed.").unwrap();
    std::os::unix::fs::symlink(&stories, stories.join("loop")).unwrap();
    let out = check_json(dir.path(), "stories");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["documents"], 1);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_named() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("secret.txt");
    std::fs::write(&path, "At least 42 people were killed.").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading; nothing to test.
        return;
    }
    let out = check_json(dir.path(), "secret.txt");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("secret.txt") && stderr(&out).contains("permission denied"));
}

#[test]
fn rule_file_errors_point_into_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(dir.path().join("a.txt"), "At least 42 people were killed.").unwrap();
    std::fs::write(rules.join("broken.toml"), "id = \"x\nseverity = \n").unwrap();
    let out = run(dir.path(), &["check", "--rules", "rules", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("broken.toml"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());

    std::fs::remove_file(rules.join("broken.toml")).unwrap();
    let rule = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/measure.toml"))
        .unwrap()
        .replace("id = \"measure\"", "id = \"house-measure\"");
    std::fs::write(rules.join("one.toml"), &rule).unwrap();
    std::fs::write(rules.join("two.toml"), &rule).unwrap();
    let out = run(dir.path(), &["check", "--rules", "rules", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("two.toml") && err.contains("duplicate rule id"), "{err}");
}

#[test]
fn an_unknown_rule_id_in_the_configuration_points_at_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "At least 42 people were killed.").unwrap();
    std::fs::write(dir.path().join("factlint.toml"), "[severity]\ncasualty-counts = \"warning\"\n").unwrap();
    let out = run(dir.path(), &["check", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("factlint.toml") && err.contains("casualty-counts"), "{err}");
}

#[test]
fn pathological_markdown_and_references_are_read_linearly() {
    let dir = tempfile::tempdir().unwrap();
    let files = [
        ("brackets.md", format!("{}At least 42 people were killed.{}", "[".repeat(100_000), "]".repeat(100_000))),
        ("quotes.md", format!("{}At least 42 people were killed.\n", "> ".repeat(5_000))),
        ("lists.md", (0..3_000).map(|i| format!("{}- At least 42 people\n", "  ".repeat(i))).collect()),
        ("refs.md", format!("{} At least 42 people were killed.", "&amp;".repeat(500_000))),
        (
            "refs.html",
            format!("<p>{} At least 42 people were killed.{}</p>", "&nbsp;".repeat(500_000), "&xyzxyz".repeat(100_000)),
        ),
    ];
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    for (name, _) in &files {
        let started = Instant::now();
        let out = run(dir.path(), &["extract", "--format", "json", name]);
        whole(&out);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        // Generous: a guard against quadratic behaviour, not a benchmark.
        assert!(started.elapsed() < Duration::from_secs(30), "{name}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let claims = v["documents"][0]["claims"].as_array().unwrap();
        assert!(claims.iter().any(|c| c["text"].as_str().is_some_and(|t| t.contains("42"))), "{name}: {claims:?}");
    }
}
