//! The conventions linters share, through the binary: the walk (ignore
//! files, hidden files, `--no-ignore`, `exclude` globs), rules on and off
//! (`--select`, `--ignore`, `select`/`ignore`/`disable`, `factlint rules`),
//! sources from the configuration, suppression comments naming unknown
//! rules, the jsonl and gitlab formats, colours, completions, the manual
//! page and `test-rules`.

use std::path::Path;
use std::process::{Command, Output};

fn run(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .env_remove("FORCE_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn paths(v: &serde_json::Value) -> Vec<String> {
    v["documents"].as_array().unwrap().iter().map(|d| d["path"].as_str().unwrap().replace('\\', "/")).collect()
}

const A: &str = "March 10, 2025\nThe quake killed 42 people in Port Alden on Monday.\n";
const B: &str = "March 10, 2025\nThe quake killed 24 people in Port Alden on Monday.\n";

fn write(dir: &Path, path: &str, text: &str) {
    let p = dir.join(path);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn the_walk_respects_ignore_files_and_hidden_files_unless_told_not_to() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, ".gitignore", "build/\n");
    write(d, "stories/.ignore", "draft-*.md\n");
    write(d, "stories/a.md", A);
    write(d, "stories/draft-1.md", B);
    write(d, "build/b.md", B);
    write(d, "buildings/c.md", A);
    write(d, ".hidden/d.md", B);
    let out = run(d, &["extract", "--format", "json", "."]);
    assert_eq!(paths(&json(&out)), vec!["./buildings/c.md", "./stories/a.md"]);
    let out = run(d, &["extract", "--format", "json", "--no-ignore", "."]);
    assert_eq!(
        paths(&json(&out)),
        vec!["./.hidden/d.md", "./build/b.md", "./buildings/c.md", "./stories/a.md", "./stories/draft-1.md"]
    );
    // A file named on the command line is read whatever the ignore files say.
    let out = run(d, &["extract", "--format", "json", "build/b.md"]);
    assert_eq!(paths(&json(&out)), vec!["build/b.md"]);
}

#[test]
fn exclude_globs_match_path_components() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "factlint.toml", "exclude = [\"build\", \"**/node_modules/**\", \"stories/archive/\"]\n");
    write(d, "build/a.md", A);
    write(d, "buildings/b.md", A);
    write(d, "web/node_modules/pkg/c.md", B);
    write(d, "stories/archive/2019/d.md", B);
    write(d, "stories/e.md", A);
    let out = run(d, &["check", "--format", "json", "--no-ignore", "."]);
    assert_eq!(paths(&json(&out)), vec!["./buildings/b.md", "./stories/e.md"]);
    // From a subfolder, the globs stay relative to factlint.toml.
    let out = run(&d.join("stories"), &["check", "--format", "json", "."]);
    assert_eq!(paths(&json(&out)), vec!["./e.md"]);
    write(d, "factlint.toml", "exclude = [\"[unclosed\"]\n");
    let out = run(d, &["check", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("[unclosed"));
}

#[test]
fn rules_are_selected_and_ignored_on_the_command_line_and_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.txt", &format!("{A}Turnout was 62 per cent in Port Alden.\n"));
    write(d, "b.txt", &format!("{B}Turnout was 26 per cent in Port Alden.\n"));
    let rules_of = |out: &Output| -> Vec<String> {
        json(out)["conflicts"].as_array().unwrap().iter().map(|c| c["rule"].as_str().unwrap().to_string()).collect()
    };
    let all = rules_of(&run(d, &["check", "--format", "json", "."]));
    assert!(all.contains(&"casualty-count".into()) && all.contains(&"percentage".into()), "{all:?}");
    let only = rules_of(&run(d, &["check", "--format", "json", "--select", "percentage", "."]));
    assert_eq!(only, vec!["percentage"]);
    let without = rules_of(&run(d, &["check", "--format", "json", "--ignore", "percentage,event-date", "."]));
    assert!(!without.contains(&"percentage".into()) && without.contains(&"casualty-count".into()));
    let out = run(d, &["check", "--select", "no-such-rule", "."]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-rule"));

    write(d, "factlint.toml", "select = [\"casualty-count\", \"percentage\"]\ndisable = [\"percentage\"]\n");
    assert_eq!(rules_of(&run(d, &["check", "--format", "json", "."])), vec!["casualty-count"]);
    let listing = String::from_utf8_lossy(&run(d, &["rules"]).stdout).into_owned();
    let line = |id: &str| listing.lines().find(|l| l.starts_with(id)).unwrap().to_string();
    assert!(line("casualty-count").contains(" on "), "{listing}");
    assert!(line("percentage").contains("off (ignored in factlint.toml)"), "{listing}");
    assert!(line("measure").contains("off (not selected)"), "{listing}");
    assert!(listing.contains("configuration: "), "{listing}");
    let listing = String::from_utf8_lossy(&run(d, &["rules", "--ignore", "casualty-count"]).stdout).into_owned();
    assert!(listing.lines().any(|l| l.starts_with("casualty-count") && l.contains("off (--ignore)")), "{listing}");
}

#[test]
fn sources_of_the_configuration_serve_check() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "factlint.toml", "sources = [\"sources\"]\n");
    write(d, "sources/one.txt", &format!("{A}Turnout was 62 per cent in Port Alden.\n"));
    write(d, "sources/two.txt", &format!("{A}Turnout was 26 per cent in Port Alden.\n"));
    write(d, "draft.md", B);
    let v = json(&run(d, &["check", "--format", "json", "draft.md"]));
    let conflicts = v["conflicts"].as_array().unwrap();
    let casualty = conflicts.iter().find(|c| c["rule"] == "casualty-count").unwrap();
    assert_eq!(casualty["severity"], "error");
    // The sources' 62% and 26% (one source copies the other and changes the
    // figure) are context.
    let context = conflicts.iter().find(|c| c["claims"].as_array().unwrap().iter().any(|x| x["text"] == "26 per cent"));
    assert_eq!(context.unwrap()["severity"], "info", "the sources' own disagreement is context: {v:#}");
    assert_eq!(v["summary"]["documents"], 3);
}

#[test]
fn a_suppression_naming_an_unknown_rule_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "a.md", &A.replace("The quake", "<!-- factlint-disable-next-line casualty-cuont -->\nThe quake"));
    write(d, "b.md", B);
    let out = run(d, &["check", "--format", "json", "."]);
    let v = json(&out);
    let notes = v["notes"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{v:#}");
    assert_eq!(notes[0]["code"], "unknown-rule-in-suppression");
    assert_eq!(notes[0]["severity"], "warning");
    assert_eq!(notes[0]["at"]["path"], "./a.md");
    assert_eq!(notes[0]["at"]["span"]["line"], 2);
    assert_eq!(v["conflicts"].as_array().unwrap().len(), 1, "the conflict is not suppressed");
    let human = String::from_utf8_lossy(&run(d, &["check", "."]).stdout).into_owned();
    assert!(human.contains("./a.md:2:1: warning[unknown-rule-in-suppression]"), "{human}");
}

#[test]
fn jsonl_and_gitlab_formats() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(root, &["check", "--format", "jsonl", "fixtures/quake-report/"]);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let full = json(&run(root, &["check", "--format", "json", "fixtures/quake-report/"]));
    let conflicts = full["conflicts"].as_array().unwrap();
    assert_eq!(lines.len(), conflicts.len() + 1);
    for (line, conflict) in lines.iter().zip(conflicts) {
        assert_eq!(line["type"], "conflict");
        assert_eq!(line["claims"], conflict["claims"]);
        assert_eq!(line["rule"], conflict["rule"]);
    }
    let last = lines.last().unwrap();
    assert_eq!(last["type"], "summary");
    assert_eq!(last["summary"], full["summary"]);
    assert_eq!(last["version"], 1);

    let out = run(root, &["check", "--format", "gitlab", "fixtures/quake-report/"]);
    let issues = json(&out);
    let issues = issues.as_array().unwrap();
    let claims: usize = conflicts.iter().map(|c| c["claims"].as_array().unwrap().len()).sum();
    assert_eq!(issues.len(), claims);
    let mut prints: Vec<&str> = issues.iter().map(|i| i["fingerprint"].as_str().unwrap()).collect();
    prints.sort_unstable();
    prints.dedup();
    assert_eq!(prints.len(), issues.len(), "fingerprints are unique");
    let first = issues.iter().find(|i| i["check_name"] == "casualty-count").unwrap();
    assert_eq!(first["severity"], "major");
    assert_eq!(first["location"]["path"], "fixtures/quake-report/a-wire.txt");
    assert!(first["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    assert!(issues.iter().any(|i| i["severity"] == "info"));
}

#[test]
fn colours_follow_the_flag_and_the_environment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = ["check", "fixtures/quake-report/"];
    let colored = |out: &Output| out.stdout.contains(&0x1b);
    assert!(!colored(&run(root, &args)), "not a terminal: no colour");
    assert!(colored(&run(root, &["check", "--color", "always", "fixtures/quake-report/"])));
    let with = |k: &str, v: &str, extra: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(extra);
        Command::new(env!("CARGO_BIN_EXE_factlint")).args(all).current_dir(root).env(k, v).output().unwrap()
    };
    assert!(colored(&with("FORCE_COLOR", "1", &[])));
    assert!(colored(&with("CLICOLOR_FORCE", "1", &[])));
    assert!(!colored(&with("CLICOLOR_FORCE", "0", &[])));
    assert!(!colored(&with("FORCE_COLOR", "1", &["--color", "never"])));
    let no_color = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(root)
        .env("NO_COLOR", "1")
        .env("FORCE_COLOR", "1")
        .output()
        .unwrap();
    assert!(!colored(&no_color), "NO_COLOR wins over FORCE_COLOR");
}

#[test]
fn completions_manual_page_and_help() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(root, &["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("test-rules"), "{shell}");
    }
    let man = run(root, &["man"]);
    let man = String::from_utf8_lossy(&man.stdout);
    assert!(man.starts_with(".ie") || man.contains(".TH factlint"), "{man}");
    assert!(man.contains("check") && man.contains("completions"));
    let help = String::from_utf8_lossy(&run(root, &["check", "--help"]).stdout).into_owned();
    for flag in ["--select", "--ignore", "--no-ignore", "--stdin-filename", "--color", "gitlab", "jsonl", "[default: "]
    {
        assert!(help.contains(flag), "{flag} in {help}");
    }
}

#[test]
fn test_rules_runs_examples_and_fails_on_a_broken_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run(root, &["test-rules"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("ok      casualty-count example 1") && text.contains(" 0 failed"), "{text}");

    let dir = tempfile::tempdir().unwrap();
    let rule = std::fs::read_to_string(root.join("rules/measure.toml"))
        .unwrap()
        .replace("id = \"measure\"", "id = \"house-measure\"");
    let broken = rule.replacen("conflicts = 1", "conflicts = 3", 1);
    assert_ne!(rule, broken);
    std::fs::write(dir.path().join("house.toml"), broken).unwrap();
    let out = run(root, &["test-rules", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("FAILED  house-measure example 1: expected 3 conflicts, found "), "{text}");
    assert!(!text.contains("casualty-count"), "only the folder's rules are tested: {text}");

    std::fs::write(dir.path().join("house.toml"), "id = \"x\"\n").unwrap();
    assert_eq!(run(root, &["test-rules", dir.path().to_str().unwrap()]).status.code(), Some(2));
}

#[test]
fn the_human_report_names_the_places_json_names() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for cluster in ["quake-report", "port-strike", "election", "city-blackout"] {
        let dir = format!("fixtures/{cluster}/");
        let human = String::from_utf8(run(root, &["check", &dir]).stdout).unwrap();
        let mut from_human: Vec<String> =
            human.lines().filter_map(|l| l.trim_start().strip_prefix("--> ")).map(str::to_string).collect();
        let v = json(&run(root, &["check", "--format", "json", &dir]));
        let mut from_json: Vec<String> = v["conflicts"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["claims"].as_array().unwrap().iter())
            .map(|c| format!("{}:{}:{}", c["path"].as_str().unwrap(), c["span"]["line"], c["span"]["column"]))
            .collect();
        from_human.sort();
        from_json.sort();
        assert_eq!(from_human, from_json, "{cluster}");
        assert!(!from_json.is_empty(), "{cluster}");
    }
}
