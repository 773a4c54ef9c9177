//! A copy that changed a figure of its original: claims at aligned places
//! of a copy (or of a passage taken over) and its original whose values
//! disagree. Whatever their frame, and whether or not any rule names their
//! subject: in a copy, the same place is the same claim. A changed time
//! stamp ("As of 14:48 UTC" in a later revision, "As of 18:00 UTC") is the
//! copy being brought up to date, reported as `info`.

use crate::claim::Claim;
use crate::grammar::date::names_a_day_from_its_date;
use crate::pair::{Aligned, Alignment};
use crate::report::value::value_text;
use crate::report::{ClaimRef, Conflict};
use crate::rules::{CheckKind, Compare};
use crate::values::compatible;

use super::Context;

/// The conflicts of aligned claims that disagree.
pub fn conflicts(cx: &Context<'_>) -> Vec<Conflict> {
    let Some(rule) = cx.rule_of_kind(CheckKind::CopyAltered) else { return Vec::new() };
    let strict = Compare { vague_stretch: 1.0, ..rule.compare.clone() };
    let mut out = Vec::new();
    for aligned in cx.pairing.copies.aligned.iter().filter(|a| a.how == Alignment::Changed) {
        let (Some(copy), Some(original)) = (cx.claim(aligned.copy), cx.claim(aligned.original)) else { continue };
        if copy.kind != original.kind && !(copy.kind.is_temporal() && original.kind.is_temporal()) {
            continue;
        }
        if compatible(&copy.value, &original.value, &strict) {
            continue;
        }
        let path = |d: usize| cx.docs.get(d).map_or("?", |doc| doc.path.as_str());
        let (from, to) = (value_text(&original.value), value_text(&copy.value));
        let mut claims = vec![
            ClaimRef { doc: aligned.original.0, claim: aligned.original.1 },
            ClaimRef { doc: aligned.copy.0, claim: aligned.copy.1 },
        ];
        claims.sort();
        let stamp = copy.kind.is_temporal()
            && cx.docs.get(aligned.copy.0).is_some_and(|doc| is_time_stamp(&doc.text, copy.span.start));
        let retold = day_retold_from_its_date_line(cx, aligned, copy, original);
        let (severity, message) = if retold {
            let message = format!(
                "{} repeats {} and tells the day from its own date line: {from} → {to}",
                path(aligned.copy.0),
                path(aligned.original.0)
            );
            (crate::rules::Severity::Info, message)
        } else if stamp {
            let message = format!(
                "{} repeats {} with its time stamp brought up to date: {from} → {to}",
                path(aligned.copy.0),
                path(aligned.original.0)
            );
            (crate::rules::Severity::Info, message)
        } else {
            let message =
                format!("{} repeats {} but changes {from} to {to}", path(aligned.copy.0), path(aligned.original.0));
            (rule.effective_severity(), message)
        };
        out.push(Conflict {
            rule: rule.id.clone(),
            severity,
            message,
            subject: copy.subject.clone(),
            claims,
            omitted: 0,
            help: if retold {
                format!("each copy tells the day from its own publication date; `factlint explain {}`", rule.id)
            } else {
                format!("one of the two copies changed a figure; `factlint explain {}`", rule.id)
            },
        });
    }
    out
}

/// True when two aligned days one day apart are told, on one side at
/// least, from the writer's own date ("10am today" against "10 a.m.
/// Monday"), in documents published on different days: a rewrite for
/// another date line (an agency's Monday in Michigan is Tuesday's "today"
/// in Melbourne), not a changed day.
fn day_retold_from_its_date_line(cx: &Context<'_>, aligned: &Aligned, copy: &Claim, original: &Claim) -> bool {
    let text = |c: &Claim, d: usize| cx.docs.get(d).map_or("", |doc| c.span.slice(&doc.text));
    let published = |d: usize| cx.docs.get(d).and_then(|doc| doc.published_date());
    let one_day_apart = match (copy.value.single_day(), original.value.single_day()) {
        (Some(x), Some(y)) => (x - y).num_days().abs() == 1,
        _ => false,
    };
    let dated_apart =
        matches!((published(aligned.copy.0), published(aligned.original.0)), (Some(x), Some(y)) if x != y);
    one_day_apart
        && dated_apart
        && (names_a_day_from_its_date(text(copy, aligned.copy.0))
            || names_a_day_from_its_date(text(original, aligned.original.0)))
}

/// True when the claim starting at `start` is a time stamp: "as of" right
/// before it.
fn is_time_stamp(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end();
    let tail = before.len().checked_sub(5).and_then(|i| before.get(i..)).unwrap_or_default();
    tail.eq_ignore_ascii_case("as of")
}

#[cfg(test)]
mod tests {
    use super::is_time_stamp;
    use crate::document::Document;
    use crate::rules::{LoadedRules, Severity};
    use chrono::NaiveDate;

    /// An agency report of Monday, April 5, 2027, telling when a gunman
    /// walked in as `when`.
    fn report(when: &str) -> String {
        format!(
            "A gunman walked into the second-floor offices of Harlow Freight in Troyden at {when}, \
             police said. Witnesses told officers that he seemed to be hiding something under his coat. \
             One man was killed and two women were wounded before the suspect drove away in a grey van. \
             He was arrested three hours later at a motel 40 miles to the north, Chief Dana Morrow said, \
             and a handgun was found in the van.\n"
        )
    }

    /// The severities of the copy-altered conflicts between the agency's
    /// report and a rewrite published on `published` that tells the time
    /// as `when`.
    fn altered(when: &str, published: u32) -> Vec<Severity> {
        let day = |d| NaiveDate::from_ymd_opt(2027, 4, d);
        let docs = vec![
            Document::new("agency.txt", report("about 10 a.m. Monday"), day(5)),
            Document::new("rewrite.txt", report(when), day(published)),
        ];
        let report = crate::checks::check(docs, &LoadedRules::builtin().unwrap().rules);
        report.conflicts.iter().filter(|c| c.rule == "copy-altered").map(|c| c.severity).collect()
    }

    /// A rewrite published the next day (another time zone's date line)
    /// that tells the day as "today" has not changed it: `info`. The same
    /// rewrite that names another weekday has.
    #[test]
    fn a_day_retold_from_another_date_line_is_info() {
        assert_eq!(altered("about 10am today", 6), [Severity::Info]);
        assert_eq!(altered("about 10 a.m. Tuesday", 6), [Severity::Error]);
        assert_eq!(altered("about 10am today", 5), Vec::<Severity>::new());
    }

    #[test]
    fn relative_day_words() {
        use crate::grammar::date::names_a_day_from_its_date;
        assert!(names_a_day_from_its_date("10am today"));
        assert!(names_a_day_from_its_date("early this morning"));
        assert!(!names_a_day_from_its_date("10 a. m. Monday"));
        assert!(!names_a_day_from_its_date("the morning of May 3"));
    }

    #[test]
    fn as_of_makes_a_time_stamp() {
        let text = "As of 14:48 UTC, the index fell. The index fell at 14:48 UTC.";
        assert!(is_time_stamp(text, text.find("14:48").unwrap_or(0)));
        assert!(!is_time_stamp(text, text.rfind("14:48").unwrap_or(0)));
    }
}
