//! When a document was published: front matter, HTML meta tags, "Published …"
//! lines and datelines at the top of the story, and a page's stamp (read in
//! `stamp.rs`, which also holds [`Published`] and the reader of a full date).

use chrono::{NaiveDate, NaiveTime};

use crate::grammar::lexicon::MONTHS;
use crate::grammar::words::lookup;
use crate::span::Span;

use super::stamp::date_and_time;
pub use super::stamp::Published;

/// Words that introduce a publication line (longest first).
const PUBLISHED_PREFIXES: &[&str] = &[
    "first published on",
    "first published",
    "last updated on",
    "last updated",
    "published on",
    "updated on",
    "posted on",
    "published",
    "updated",
    "posted",
    "date",
];

/// Words that may follow a date at the end of a dateline ("21 July 2013
/// Last updated at 11:11 GMT"): the page's own furniture, not prose.
const DATELINE_TAILS: &[&str] = &["last updated", "updated", "posted", "gmt", "utc", "edt", "est", "ist", "bst", "cet"];

/// How many visible lines from the top may hold a dateline.
const DATELINE_LINES: usize = 6;

/// A publication date found in the text, with the ranges to mask as
/// furniture: every dateline or "Published" line near the top (a page may
/// give both a dateline and a "Published" line). The date is the first
/// dateline's: it is the day the story speaks from, where a "Published" or
/// "Updated" line may give the day a page was made or changed. Without a
/// dateline, the first "Published" line gives it.
/// `text` is the document the lines come from: a masked range is mapped
/// back to it only where the line's visible text is contiguous in the file
/// (no markup inside); otherwise the whole line is masked when the dateline
/// is all of it, and nothing when it is not.
pub fn from_lines(text: &str, lines: &[(Span, &str)]) -> Option<(Published, Vec<Span>)> {
    let found: Vec<(Published, bool, Span, &str)> = lines
        .iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(DATELINE_LINES)
        .filter_map(|&(span, line)| {
            let (published, len, prefixed) =
                dateline(line).or_else(|| url_date(line).map(|p| (p, line.len(), true)))?;
            Some((published, prefixed, line_mask(text, span, line, len)?, line))
        })
        .collect();
    let (published, _, _, line) = found.iter().find(|(_, prefixed, ..)| !prefixed).or(found.first())?;
    let page_month =
        || lines.iter().filter(|(_, l)| !l.trim().is_empty()).take(DATELINE_LINES).find_map(|(_, l)| url_month(l));
    let published = Some(*published)
        .filter(|_| opens_a_numeric_date(line))
        .and_then(|p| day_first(p, page_month()?))
        .unwrap_or(*published);
    Some((published, found.iter().map(|&(_, _, mask, _)| mask).collect()))
}

/// `published` read day first, when that reading falls in the year and
/// month a page's address gives and the month first reading does not: a
/// numeric date line ("11 / 09 / 2010") reads month first unless the
/// page's address ("…/2010/09/…") says otherwise. Only a date whose day
/// could be a month is read again. Measured on 2026-12-06 (thirty-second
/// session): one page of ECB+ (a Dutch blog's "11 / 09 / 2010" under
/// "…/2010/09/…", read as November 9 and so kept out of its event's
/// window).
fn day_first(published: Published, (year, month): (i32, u32)) -> Option<Published> {
    use chrono::Datelike;
    let date = published.date;
    let swapped = NaiveDate::from_ymd_opt(date.year(), date.day(), date.month())?;
    let fits = |d: NaiveDate| d.year() == year && d.month() == month;
    (!fits(date) && fits(swapped)).then_some(Published { date: swapped, ..published })
}

/// True when `line` opens on a date written in figures alone ("11 / 09 /
/// 2010", "04.04.2012"), whose day and month may be read either way.
fn opens_a_numeric_date(line: &str) -> bool {
    let mut fields = line.trim_start().split(['/', '.', '-']).map(str::trim);
    let small =
        |f: Option<&str>| f.is_some_and(|f| (1..=2).contains(&f.len()) && f.bytes().all(|b| b.is_ascii_digit()));
    small(fields.next()) && small(fields.next())
}

/// The year and month in a page's address, when the line is one
/// ("http://…/2010/09/…", "…/2013/may/…").
fn url_month(line: &str) -> Option<(i32, u32)> {
    let parts: Vec<&str> = address(line)?.split('/').collect();
    parts.windows(2).find_map(|w| {
        let [y, m] = w else { return None };
        Some((address_year(y)?, address_month(m)?))
    })
}

/// `line` trimmed, when it is a page's address and nothing else.
fn address(line: &str) -> Option<&str> {
    let url = line.trim();
    ((url.starts_with("http://") || url.starts_with("https://")) && !url.contains(' ')).then_some(url)
}

/// A year as a part of a page's address writes it ("2010").
fn address_year(part: &str) -> Option<i32> {
    part.parse::<i32>().ok().filter(|y| y.to_string().len() == 4 && (1990..=2100).contains(y))
}

/// A month as a part of a page's address writes it ("09", "may").
fn address_month(part: &str) -> Option<u32> {
    part.parse::<u32>().ok().filter(|n| (1..=12).contains(n)).or_else(|| lookup(MONTHS, part))
}

/// The wire datelines near the top of a story that give no year
/// ("CALVERLEY, Nov 2 (Newswire) - The blood service…", "Mumbai, Nov 11 -
/// …"): the place and day a report was filed from, page furniture
/// to mask, not a day the story tells. A dateline with its year is read by
/// [`from_lines`], which also takes the publication date from it.
/// Measured on 2026-12-06 (thirty-first session): probes 608 → 613 of
/// 1241 (a sentencing's weekday, once the lead's day is no longer the
/// dateline's; sums, durations and depths whose leads now share more
/// words), other conflicts 61 → 65 (three vessels searching in the
/// morning against five at the height of the search, a performance's
/// length against its music's, two counts of one outbreak, a year BC read
/// as a count); drafts 1248 → 1261 of 2424, other 179 → 185; ECB+ (both
/// lists, its mutation), WikiNews, the seeds, the golds and the peer
/// suites unchanged.
pub fn wire_datelines(text: &str, lines: &[(Span, &str)]) -> Vec<Span> {
    lines
        .iter()
        .filter(|(_, l)| !l.trim().is_empty())
        .take(DATELINE_LINES)
        .filter_map(|&(span, line)| line_mask(text, span, line, wire_dateline(line)?))
        .filter(|mask| mask.start < mask.end)
        .collect()
}

/// The range of `text` to mask for the first `len` bytes of the visible
/// `line` found in its unit `span`: where they stand in the file when
/// they are contiguous there (no markup inside); otherwise the whole unit
/// when they are all of the line, and nothing when they are not.
fn line_mask(text: &str, span: Span, line: &str, len: usize) -> Option<Span> {
    let covered = line.get(..len)?;
    let mask = match span.slice(text).find(covered) {
        Some(offset) => Span::new(span.start + offset, span.start + offset + len),
        None if line.trim().len() <= len => span,
        None => Span::new(span.start, span.start),
    };
    let exact = text.is_char_boundary(mask.start) && text.is_char_boundary(mask.end);
    Some(if exact { mask } else { Span::new(span.start, span.start) })
}

/// The most bytes a dateline's place and its comma take ("PORT
/// CALVERA,"): four words at most.
const PLACE_BYTES: usize = 64;

/// The length of a yearless wire dateline opening `line`, through its
/// dash: a place (see [`after_a_place`]), a month and a day, an optional
/// agency in brackets, and a dash.
fn wire_dateline(line: &str) -> Option<usize> {
    let body = line.trim_start();
    let lead = line.len() - body.len();
    let (month, rest) = after_a_place(body)?.split_once(' ')?;
    lookup(MONTHS, month.trim_end_matches('.'))?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let day: u32 = rest.get(..digits)?.parse().ok()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    let mut tail = rest.get(digits..)?.trim_start();
    if let Some(agency) = tail.strip_prefix('(') {
        tail = agency.get(agency.find(')')? + 1..)?.trim_start();
    }
    let dash = tail.chars().next().filter(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))?;
    Some(line.len() - tail.len() + dash.len_utf8()).filter(|_| lead < line.len())
}

/// The date in a page's address, when the first line is one
/// ("http://…/2013/may/03/…", "…/2005/12/19/…", "…?ymd=20081216…",
/// "…-2013-3"): the day the page was published, as weak as a
/// "Published" line (a dateline outranks it).
fn url_date(line: &str) -> Option<Published> {
    let url = address(line)?;
    let parts: Vec<&str> = url.split(['/', '?', '&', '=', '_', '.']).collect();
    for w in parts.windows(3) {
        if let [y, m, d] = w {
            let day = d.get(..2).and_then(|x| x.parse::<u32>().ok());
            if let (Some(y), Some(m), Some(d)) = (address_year(y), address_month(m), day) {
                if let Some(date) = NaiveDate::from_ymd_opt(y, m, d) {
                    return Some(Published::day(date));
                }
            }
        }
    }
    // "20081216" or "2009-02-03" inside a part.
    url.split(|c: char| !(c.is_ascii_digit() || c == '-')).find_map(|run| {
        let digits: String = run.chars().filter(char::is_ascii_digit).collect();
        let (y, m, d) = (digits.get(..4)?, digits.get(4..6)?, digits.get(6..8)?);
        (digits.len() == 8 && (run.len() == 8 || run.len() == 10))
            .then(|| NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?))
            .flatten()
            .map(Published::day)
    })
}

/// A dateline or "Published" line: the date, how many bytes it covers, and
/// whether a word such as "Published" leads it. A line that is neither
/// may be a page's stamp, all of it furniture (see [`super::stamp`]).
fn dateline(line: &str) -> Option<(Published, usize, bool)> {
    told_dateline(line).or_else(|| super::stamp::stamp(line).map(|(published, page)| (published, line.len(), page)))
}

/// [`dateline`], for a line that opens on its date, on a place and its
/// date, or on a word such as "Published" and its date.
fn told_dateline(line: &str) -> Option<(Published, usize, bool)> {
    let trimmed_start = line.len() - line.trim_start().len();
    let body = line.get(trimmed_start..).unwrap_or_default();
    let after_prefix = PUBLISHED_PREFIXES
        .iter()
        .find_map(|p| body.split_at_checked(p.len()).filter(|(head, _)| head.eq_ignore_ascii_case(p)))
        .map(|(_, rest)| rest.trim_start_matches([':', ' ', '\t', '-']));
    let candidates: Vec<&str> = match after_prefix {
        Some(rest) => vec![rest],
        None => place_then_date(body),
    };
    candidates.into_iter().find_map(|c| {
        let (published, rest) = date_and_time(c)?;
        let consumed = line.len() - rest.len();
        let tail = rest.trim_start();
        let furniture_tail =
            DATELINE_TAILS.iter().any(|t| tail.get(..t.len()).is_some_and(|h| h.eq_ignore_ascii_case(t)));
        let ends_line = tail.is_empty()
            || tail.starts_with(['—', '–', '-', '|', '(', '/', ':'])
            || after_prefix.is_some()
            || furniture_tail;
        let covered = if tail.starts_with(['—', '–', '-']) {
            consumed + (rest.len() - tail.len()) + tail.chars().next().map_or(0, char::len_utf8)
        } else {
            consumed
        };
        ends_line.then_some((
            published,
            if tail.starts_with('|') || tail.is_empty() || after_prefix.is_some() || furniture_tail {
                line.len()
            } else {
                covered
            },
            after_prefix.is_some(),
        ))
    })
}

/// The line itself, and what follows a leading place name ("PORT ALDEN, …"),
/// or a place and its region ("WASHINGTON, DC, …", "SUNNYVALE, Calif., …").
fn place_then_date(body: &str) -> Vec<&str> {
    let place = after_a_place(body);
    let region = place.and_then(after_a_place);
    [Some(body), place, region].into_iter().flatten().collect()
}

/// What follows a place name and its comma at the start of `body`
/// ("PORT ALDEN, March 10": "March 10"): a capitalised name of four words
/// at most, whose comma is looked for among [`PLACE_BYTES`] bytes only.
fn after_a_place(body: &str) -> Option<&str> {
    let comma = body.bytes().take(PLACE_BYTES).position(|b| b == b',')?;
    let place = body.get(..comma)?;
    let named = place.split_whitespace().count() <= 4 && place.starts_with(char::is_uppercase);
    named.then(|| body.get(comma + 1..).unwrap_or_default().trim_start())
}

/// A date in front matter (`date: 2025-03-10`) or an HTML meta tag.
pub fn from_header(header: &str) -> Option<Published> {
    for key in ["date:", "published:", "article:published_time\" content=\"", "datetime=\"", "name=\"date\" content=\""]
    {
        if let Some(at) = header.find(key) {
            let value = header.get(at + key.len()..).unwrap_or_default().trim_start().trim_start_matches(['"', '\'']);
            if let Some(p) = iso_datetime(value) {
                return Some(p);
            }
        }
    }
    None
}

/// "2021-12-09", "2021-12-09T08:13:00+05:30", "2021-12-09 08:13".
fn iso_datetime(value: &str) -> Option<Published> {
    let date = NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()?;
    let rest = value.get(10..).unwrap_or("");
    let Some(time_text) = rest.strip_prefix(['T', ' ']) else { return Some(Published::day(date)) };
    let time = time_text.get(..5).and_then(|t| NaiveTime::parse_from_str(t, "%H:%M").ok());
    let seconds = time_text
        .get(5..8)
        .filter(|s| s.starts_with(':'))
        .and_then(|s| s.get(1..).unwrap_or_default().parse::<u32>().ok())
        .unwrap_or(0);
    let time =
        time.and_then(|t| NaiveTime::from_hms_opt(chrono::Timelike::hour(&t), chrono::Timelike::minute(&t), seconds));
    let zone_text =
        time_text.get(5..).unwrap_or("").trim_start_matches(|c: char| c == ':' || c.is_ascii_digit() || c == '.');
    let offset = if zone_text.starts_with('Z') {
        Some(0)
    } else {
        let sign = match zone_text.chars().next() {
            Some('+') => 1,
            Some('-') => -1,
            _ => 0,
        };
        let hh = zone_text.get(1..3).and_then(|h| h.parse::<i32>().ok());
        let mm = zone_text.get(4..6).and_then(|m| m.parse::<i32>().ok()).unwrap_or(0);
        hh.filter(|_| sign != 0).map(|h| sign * (h * 60 + mm))
    };
    Some(Published { date, time, offset_minutes: offset })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn published(line: &str) -> Option<String> {
        dateline(line).map(|(p, ..)| p.to_rfc3339())
    }

    #[test]
    fn datelines_in_news_formats() {
        assert_eq!(
            published("09 December,2021 08:13 AM IST | Washington | Agencies").as_deref(),
            Some("2021-12-09T08:13:00+05:30")
        );
        assert_eq!(published("PORT ALDEN, March 10, 2025 — The council met").as_deref(), Some("2025-03-10"));
        assert_eq!(published("WASHINGTON, DC, April 28, 2009").as_deref(), Some("2009-04-28"));
        assert_eq!(published("SUNNYVALE, Calif., Feb. 29, 2012 — AMD said").as_deref(), Some("2012-02-29"));
        assert_eq!(published("Published 2005-05-07").as_deref(), Some("2005-05-07"));
        assert_eq!(published("May 7, 2005").as_deref(), Some("2005-05-07"));
        assert_eq!(published("The council met on March 10, 2025 to vote."), None);
    }

    #[test]
    fn a_wire_dateline_without_a_year_is_furniture() {
        fn masked(line: &str) -> Option<&str> {
            wire_dateline(line).and_then(|n| line.get(..n))
        }
        assert_eq!(
            masked("CALVERLEY, Nov 2 (Newswire) - The blood service said"),
            Some("CALVERLEY, Nov 2 (Newswire) -")
        );
        assert_eq!(masked("Mumbai, Nov 11 - Police said"), Some("Mumbai, Nov 11 -"));
        assert_eq!(masked("PORT CALVERA, March 10 \u{2014} Crews"), Some("PORT CALVERA, March 10 \u{2014}"));
        assert_eq!(masked("Officials said on Nov 2 - at last - that"), None, "no place first");
        assert_eq!(masked("CALVERLEY, Nov 2 the service said"), None, "no dash");
        assert_eq!(masked("Tuesday, March 40 - x"), None, "no day");
    }

    #[test]
    fn dateline_mask_stops_at_the_dash() {
        let line = "PORT ALDEN, March 10, 2025 — The council met";
        let (_, len, _) = dateline(line).unwrap();
        assert_eq!(&line[..len], "PORT ALDEN, March 10, 2025 —");
    }

    /// A page's lines as `from_lines` takes them.
    fn lines_of(text: &str) -> Vec<(Span, &str)> {
        text.split_inclusive('\n')
            .scan(0, |at, l| {
                let start = *at;
                *at += l.len();
                Some((Span::new(start, start + l.trim_end().len()), l.trim_end()))
            })
            .collect()
    }

    /// "11 / 09 / 2010" under an address of September 2010 is September
    /// 11; under no address, or an address of November, November 9; a date
    /// written in words is never read again.
    #[test]
    fn a_numeric_date_line_reads_in_the_order_the_address_gives() {
        let page = |address: &str, line: &str| format!("{address}\n\nPlant shooting\n{line}\n\nTwo were killed.\n");
        let read = |text: &str| from_lines(text, &lines_of(text)).map(|(p, _)| p.to_rfc3339());
        let september = "http://news.example.nl/2010/09/plant-shooting.html";
        assert_eq!(read(&page(september, "11 / 09 / 2010")).as_deref(), Some("2010-09-11"));
        assert_eq!(
            read(&page("http://news.example.nl/2010/11/x.html", "11 / 09 / 2010")).as_deref(),
            Some("2010-11-09")
        );
        assert_eq!(read(&page("Breaking news", "11 / 09 / 2010")).as_deref(), Some("2010-11-09"));
        assert_eq!(
            read(&page("http://news.example.com/2010/11/x.html", "September 11, 2010")).as_deref(),
            Some("2010-09-11")
        );
    }

    #[test]
    fn a_dateline_outranks_a_published_line() {
        let text = "Markets fall\n\nPublished 2009-03-09\n\nMarch 05, 2009\n\nStocks fell today.\n";
        let (published, masks) = from_lines(text, &lines_of(text)).unwrap();
        assert_eq!(published.to_rfc3339(), "2009-03-05");
        assert_eq!(masks.len(), 2, "both lines are furniture");
        let only_published = "Markets fall\n\nPublished 2009-03-09\n\nStocks fell today.\n";
        let lines: Vec<(Span, &str)> = vec![(Span::new(14, 34), "Published 2009-03-09")];
        assert_eq!(from_lines(only_published, &lines).unwrap().0.to_rfc3339(), "2009-03-09");
    }

    #[test]
    fn header_dates() {
        assert_eq!(from_header("title: x\ndate: 2025-03-10\n").map(|p| p.to_rfc3339()).as_deref(), Some("2025-03-10"));
        let meta = r#"<meta property="article:published_time" content="2021-12-09T08:13:00+05:30">"#;
        assert_eq!(from_header(meta).map(|p| p.to_rfc3339()).as_deref(), Some("2021-12-09T08:13:00+05:30"));
    }
}
