//! Snapshots of every output format of `check` on every fixture cluster
//! (`tests/snapshots/`), the human report included, run through the binary
//! from the repository's folder (relative paths, no colour, no terminal).
//!
//! The conflicts found will change as the checker does. To accept new
//! output, review it and update the snapshots with
//! `INSTA_UPDATE=always cargo test --test snapshots` (or `cargo insta
//! review` with cargo-insta installed), then read the diff before
//! committing.

use std::path::Path;
use std::process::Command;

const FORMATS: &[&str] = &["human", "json", "jsonl", "sarif", "github", "gitlab"];

fn clusters() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("expect.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// The output of `check --format FORMAT fixtures/NAME/`, with the one
/// machine-dependent value (SARIF's `%SRCROOT%`, the working folder)
/// replaced.
fn output(name: &str, format: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(["check", "--format", format, "--color", "never", &format!("fixtures/{name}/")])
        .current_dir(root)
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let srcroot = url::Url::from_directory_path(root).unwrap().to_string();
    text.replace(&srcroot, "file:///SRCROOT/").replace(env!("CARGO_PKG_VERSION"), "VERSION")
}

#[test]
fn every_format_on_every_cluster() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for name in clusters() {
            for format in FORMATS {
                insta::assert_snapshot!(format!("{name}__{format}"), output(&name, format));
            }
        }
    });
}
