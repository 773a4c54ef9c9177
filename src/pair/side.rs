//! One side of a candidate pair: a claim with its frame, its profile and
//! what its document tells around it, as scoring and the checks that pair
//! by story read it.

use crate::claim::Claim;
use crate::frame::Frame;

use super::idf::Weighed;
use super::profile::Profile;

/// One side of a candidate pair.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its frame.
    pub frame: &'a Frame,
    /// Its profile.
    pub profile: &'a Profile,
    /// The claims of its document (for the clause time).
    pub doc_claims: &'a [Claim],
    /// The profiles of its document's claims (for the ages it gives by
    /// name).
    pub doc_profiles: &'a [Profile],
    /// The names its document tells (what its story is about), weighed by
    /// their rarity.
    pub lead: Weighed<'a>,
    /// Its document's publication date, when known.
    pub published: Option<chrono::NaiveDate>,
}
