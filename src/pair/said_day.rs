//! The day a source spoke, on each report's own day: two reports of two
//! days that each tell the day their source spoke as their own ("the
//! directorate said on Tuesday" in Tuesday's report, "said on Thursday" in
//! Thursday's) tell two statements, not one day told two ways. Their two
//! days are no disagreement, for the documents' consistency as for the
//! checks. Two reports of one day that give two days for it still
//! disagree.
//!
//! Measured on 2026-12-05 (twenty-third session): probes unchanged (321
//! of 793) with 25 → 22 other conflicts (three such pairs of days: a
//! directorate's, a health board's, a museum's), drafts unchanged (695 of
//! 1556) with 87 → 81 other; ECB+ both lists, WikiNews and the seeds
//! unchanged. ECB+'s changes in place: 124 → 123 of the 319 another
//! report states. The one lost is a day changed onto its report's own
//! day ("said Thursday" made "said Friday" in Friday's report), against
//! another report's own day: the same words as two statements.

use crate::document::Document;

use super::{At, Link, World};

impl World<'_> {
    /// True when a disagreeing link joins two reports of two days, each
    /// giving its own day as the day its source spoke.
    pub(super) fn two_statements(&self, link: &Link) -> bool {
        !link.agree && link.a.0 != link.b.0 && self.quoted_on_its_day(link.a) && self.quoted_on_its_day(link.b)
    }

    /// True for the day a report's source spoke ("said on Tuesday",
    /// "announced on Tuesday": a reporting verb) when it is the report's
    /// own day.
    fn quoted_on_its_day(&self, at: At) -> bool {
        let Some(side) = self.side(at) else { return false };
        let said = side.frame.predicate.is_some_and(|verb| super::score::is_reporting(&verb));
        let day = side.claim.value.single_day();
        said && day.is_some() && day == self.docs.get(at.0).and_then(Document::published_date)
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// Two reports of two days that each tell their own day as the day
    /// their source spoke tell two statements; two reports of one day that
    /// tell two days for it disagree.
    #[test]
    fn the_day_a_source_spoke_on_each_reports_own_day_is_two_statements() {
        let first = |dated: &str, day: &str| {
            let body = format!(
                "The Animal Health Directorate said on {day} that all 38,000 hens at Holloway Top Farm near \
                 Drennock would be culled. A 3km zone was set around the 212-acre site."
            );
            Document::new("a.txt", format!("{dated}\n\n{body}\n"), None)
        };
        let second = |dated: &str, day: &str| {
            let body = format!(
                "Culling teams at Holloway Top Farm in Drennock will destroy 38,000 hens, the Animal Health \
                 Directorate said on {day}. Its 212-acre site sits inside a 3km zone."
            );
            Document::new("b.txt", format!("{dated}\n\n{body}\n"), None)
        };
        let two_days = [first("March 11, 2025", "Tuesday"), second("March 13, 2025", "Thursday")];
        assert_eq!(super::super::disagreements_across(&two_days), 0);
        let one_day = [first("March 11, 2025", "Tuesday"), second("March 11, 2025", "Monday")];
        assert_eq!(super::super::disagreements_across(&one_day), 1);
    }
}
