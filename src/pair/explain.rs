//! Why two claims are paired or not, in words.

use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::rules::Rule;

use super::idf::Idf;
use super::profile::{self, Profile};
use super::{copies, document_words, excluded_by_copies, keys, score, At, Governor, World};

/// Why two claims are paired or not, in words (for `examples/pairs`, when
/// looking into a pair that was or was not made): whether each takes part,
/// whether they meet in the index, the veto or the score against the
/// threshold.
pub fn explain(
    docs: &[Document],
    claims: &[Vec<Claim>],
    frames: &[Vec<Frame>],
    rules: &[Rule],
    x: At,
    y: At,
) -> String {
    let mut governor = Governor::new(rules);
    for f in frames.iter().flatten() {
        governor.learn(f);
    }
    let profiles: Vec<Vec<Profile>> = docs
        .iter()
        .zip(claims.iter().zip(frames))
        .map(|(doc, (c, f))| profile::profiles(doc, c, f, &governor))
        .collect();
    let leads: Vec<Vec<u64>> = docs.iter().map(profile::document_names).collect();
    let idf = Idf::new(document_words(&profiles, &leads).iter().map(Vec::as_slice));
    let catch_all = rules.iter().position(|r| r.catch_all);
    let world =
        World { docs, claims, frames, profiles: &profiles, leads: &leads, rules, idf: &idf, catch_all, drafts: &[] };
    let excluded = excluded_by_copies(&copies::find(docs, claims), claims);
    let (Some(sx), Some(sy)) = (world.side(x), world.side(y)) else { return "no such claims".into() };
    let rule = |at: At| world.rule_of(at).and_then(|r| rules.get(r)).map_or("none", |r| r.id.as_str());
    let mut out = format!("rules {} / {}", rule(x), rule(y));
    out += &format!("; pairable {} / {}", world.pairable(x, &excluded), world.pairable(y, &excluded));
    let (kx, ky) = (keys(sx), keys(sy));
    out += &format!("; meet in the index: {}", kx.iter().any(|k| ky.contains(k)));
    out += &format!("; within the window: {}", world.within_window(x, y));
    match score::veto(sx, sy) {
        Some(why) => out += &format!("; vetoed: {why}"),
        None => match score::score(sx, sy, &idf) {
            Some(s) => out += &format!("; score {s:.2}, threshold {:.2}", world.threshold(x).max(world.threshold(y))),
            None => out += "; no score (heads, predicates, event or times differ, or ambiguous)",
        },
    }
    out
}
