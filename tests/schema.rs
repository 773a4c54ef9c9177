//! The JSON Schema of `factlint.toml` (`factlint.schema.json`, generated
//! from the configuration types with schemars) is committed and kept equal
//! to what the types generate; the README's example configuration is valid
//! against it, and the schema refuses what `factlint check` refuses.
//!
//! After changing `Config`, regenerate it with
//! `FACTLINT_UPDATE_SCHEMA=1 cargo test --test schema`.

use std::path::Path;

fn committed_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("factlint.schema.json")
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let generated = factlint::config::schema_json();
    if std::env::var_os("FACTLINT_UPDATE_SCHEMA").is_some() {
        std::fs::write(committed_path(), &generated).unwrap();
    }
    let committed = std::fs::read_to_string(committed_path()).unwrap_or_default();
    assert!(
        committed == generated,
        "factlint.schema.json is out of date: run `FACTLINT_UPDATE_SCHEMA=1 cargo test --test schema`"
    );
}

/// The first ```toml block after the README's "## Configuration" heading.
fn readme_example() -> String {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme.split("\n## Configuration").nth(1).expect("a Configuration section");
    let block = section.split("```toml\n").nth(1).expect("a toml block");
    block.split("\n```").next().unwrap().to_string()
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&factlint::config::schema_json()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn as_json(toml_text: &str) -> serde_json::Value {
    let value: toml::Value = toml::from_str(toml_text).unwrap();
    serde_json::to_value(value).unwrap()
}

#[test]
fn the_readme_example_is_valid_and_mistakes_are_not() {
    let example = readme_example();
    assert!(example.contains("select") && example.contains("exclude"), "{example}");
    factlint::config::parse("README.md", &example).unwrap();
    let validator = validator();
    let errors: Vec<String> = validator.iter_errors(&as_json(&example)).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{example}");
    for bad in [
        "colour = \"red\"\n",
        "fail-on = \"sometimes\"\n",
        "exclude = \"build\"\n",
        "[severity]\nmeasure = \"fatal\"\n",
    ] {
        assert!(!validator.is_valid(&as_json(bad)), "{bad}");
        assert!(factlint::config::parse("f.toml", bad).is_err(), "{bad}");
    }
}
