//! Why two claims are paired or not, in words.

use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::rules::Rule;

use super::{copies, excluded_by_copies, keys, score, At, Prepared};

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
    let prepared = Prepared::new(docs, claims, frames, rules);
    let world = prepared.world(docs, claims, frames, rules, &[]);
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
        None => match score::score(sx, sy, world.idf) {
            Some(s) => out += &format!("; score {s:.2}, threshold {:.2}", world.threshold(x).max(world.threshold(y))),
            None => out += "; no score (heads, predicates, event or times differ, or ambiguous)",
        },
    }
    out
}
