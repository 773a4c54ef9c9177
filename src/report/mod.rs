//! Reports: the finding model and one renderer per output format.

pub mod claim_lines;
pub mod exact;
pub mod fingerprint;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod located;
pub mod model;
pub mod sarif;
pub mod value;
pub mod wire;

pub use located::{Lines, Located};
pub use model::{ClaimRef, Conflict, Note, Report, Summary};
