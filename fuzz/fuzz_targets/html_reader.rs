//! The extractor and the html reader on arbitrary bytes: no panic, exact spans.
#![no_main]

#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| common::read_and_extract(data, "f.html"));
