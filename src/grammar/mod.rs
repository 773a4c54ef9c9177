//! The grammar: pure nom parsers and word tables that never see a
//! [`Document`](crate::document::Document). Each parser takes text and
//! returns a value and the input left over: numbers, amounts, money,
//! measures, durations, dates, times and holidays, with the tokenizer and
//! the tables they share. The scanner in [`crate::extract`] decides where to
//! try them and turns their results into claims.

pub mod age;
pub mod amount;
pub mod currency;
pub mod date;
pub mod duration;
pub mod holiday;
pub mod lexicon;
pub mod measure;
pub mod money;
pub mod number;
pub mod resolve;
pub mod score;
pub mod time;
pub mod tokens;
pub mod value;
pub mod words;
