//! Reports: the finding model and one renderer per output format.

pub mod human;
pub mod json;
pub mod model;
pub mod value;

pub use model::{ClaimRef, Conflict, Report, Summary};
