//! The rule-file parser on arbitrary text: an error or a rule, never a panic;
//! an error's span lies inside the file.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Err(e) = factlint::rules::load::parse("fuzz.toml", &text) {
        if let Some(span) = e.span {
            assert!(span.start <= span.end && span.end <= text.len());
        }
    }
});
