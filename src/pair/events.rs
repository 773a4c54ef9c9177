//! Events: links joined into the claims about one thing (a union-find
//! over claims, grown link by link).

use crate::hash::FastMap;

use super::world::World;
use super::{At, Event, Link};

/// Links joined into events (a union-find over claims, grown link by link).
pub(super) fn events(world: &World<'_>, links: Vec<Link>) -> Vec<Event> {
    let mut ids: FastMap<At, usize> = FastMap::default();
    let mut parent: Vec<usize> = Vec::new();
    let mut id = |at: At, parent: &mut Vec<usize>| {
        *ids.entry(at).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        })
    };
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while let Some(&p) = parent.get(x) {
            if p == x {
                break;
            }
            let grand = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(x) {
                *slot = grand;
            }
            x = p;
        }
        x
    }
    let pairs: Vec<(usize, usize)> = links.iter().map(|l| (id(l.a, &mut parent), id(l.b, &mut parent))).collect();
    for &(a, b) in &pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            if let Some(slot) = parent.get_mut(hi) {
                *slot = lo;
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Event> = std::collections::BTreeMap::new();
    for (link, &(a, _)) in links.into_iter().zip(&pairs) {
        let r = root(&mut parent, a);
        let governed = [link.a, link.b].into_iter().find_map(|at| world.profiles.get(at.0)?.get(at.1)?.governed);
        let event = by_root.entry(r).or_insert_with(|| Event {
            rule: world.catch_all.unwrap_or(0),
            subject: None,
            claims: Vec::new(),
            links: Vec::new(),
        });
        // An event some rule names is under that rule, whichever of its
        // links came first ("€85m" named by `money-amount`, met by "an
        // estimated €85 million" that no rule names): the first governed
        // link decides, as long as the event is under the catch-all.
        if let Some((rule, subject)) = governed.filter(|_| world.catch_all == Some(event.rule)) {
            event.rule = rule;
            event.subject = subject;
        }
        event.claims.extend([link.a, link.b]);
        event.links.push(link);
    }
    by_root
        .into_values()
        .map(|mut e| {
            e.claims.sort_unstable();
            e.claims.dedup();
            e
        })
        .collect()
}
