//! factlint: a fact-consistency checker for prose.
//!
//! The pipeline is documents → claims → frames → events → conflicts →
//! reports: [`document`] reads files, [`extract`] finds claims with the
//! pure parsers of [`grammar`], [`frame`] reads what each claim is about
//! from its clause, [`pair`] aligns copies and pairs the claims that are
//! about the same thing into events, [`checks`] finds conflicts, and
//! [`report`] renders them. The library never prints. [`lexical`] knows which
//! words mean the same thing (lemmas and related senses from WordNet 3.0, a
//! stemmer for the rest).

#![deny(clippy::print_stdout, clippy::print_stderr)]
// Input never makes the library panic: no unwrap, expect, panic, indexing or
// string slicing outside tests (`get` and slice patterns instead). The one
// exception is checks/figures.rs, whose indices are ids the checker made.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::indexing_slicing,
        clippy::string_slice,
        unsafe_code
    )
)]
#![warn(missing_docs)]

pub mod baseline;
pub mod checks;
pub mod claim;
pub mod config;
pub mod document;
pub mod extract;
pub mod frame;
pub mod grammar;
pub mod hash;
pub mod lexical;
pub mod lsp;
pub mod pair;
pub mod pipeline;
pub mod report;
pub mod rule_examples;
pub mod rules;
pub mod span;
pub mod suppress;
pub mod values;

pub use claim::{Claim, ClaimKind, Value};
pub use document::Document;
pub use pipeline::run_check;
