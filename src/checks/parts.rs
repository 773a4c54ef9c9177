//! Listed parts that cannot make their whole: a sum of parts that is not
//! the whole the sentence states ("six victims: two men and three women"),
//! and shares of one whole that add up to more than all of it ("three
//! shareholders at 40%, 35% and 30%").

use crate::claim::{Amount, Value};
use crate::report::value::value_text;
use crate::report::{ClaimRef, Conflict};
use crate::rules::CheckKind;
use crate::values::compatible;

use super::Context;

/// The conflicts of derived sums.
pub fn conflicts(cx: &Context<'_>) -> Vec<Conflict> {
    let Some(rule) = cx.rule_of_kind(CheckKind::PartsSum) else { return Vec::new() };
    let mut out = Vec::new();
    for (d, doc_claims) in cx.claims.iter().enumerate() {
        for (c, sum) in doc_claims.iter().enumerate().filter(|(_, cl)| cl.derived) {
            let Some(frame) = cx.frame((d, c)) else { continue };
            let parts: Vec<ClaimRef> = cx
                .frames
                .get(d)
                .into_iter()
                .flatten()
                .enumerate()
                .filter(|(_, f)| f.part_of == Some(c))
                .map(|(claim, _)| ClaimRef { doc: d, claim })
                .collect();
            let problem = match (frame.whole.and_then(|w| doc_claims.get(w)), sum.value) {
                (Some(whole), _) if !compatible(&sum.value, &whole.value, &rule.compare) => Some(format!(
                    "the parts add up to {}, not the {} stated",
                    value_text(&sum.value),
                    value_text(&whole.value)
                )),
                (None, Value::Amount(Amount { low: Some(low), unit: Some("%"), .. })) if low > 100.0 + 1e-9 => {
                    Some(format!("shares of one whole add up to {}", value_text(&sum.value)))
                }
                _ => None,
            };
            let Some(message) = problem else { continue };
            let mut claims = parts;
            if let Some(w) = frame.whole {
                claims.push(ClaimRef { doc: d, claim: w });
            }
            claims.sort();
            out.push(Conflict {
                rule: rule.id.clone(),
                severity: rule.effective_severity(),
                message,
                subject: None,
                claims,
                omitted: 0,
                help: format!("check each part against the source; `factlint explain {}`", rule.id),
            });
        }
    }
    out
}
