//! The factlint.toml parser on arbitrary text: an error or a configuration,
//! never a panic; rules applied from it never panic either.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    match factlint::config::parse("factlint.toml", &text) {
        Ok(config) => {
            let loaded = factlint::config::Loaded { config, path: None, text, ..Default::default() };
            if let Ok(mut rules) = factlint::rules::LoadedRules::builtin().map(|r| r.rules) {
                let _ = loaded.apply(&mut rules);
            }
        }
        Err(e) => {
            if let Some(span) = e.span {
                assert!(span.end <= text.len());
            }
        }
    }
});
