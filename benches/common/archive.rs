//! A deterministic generator of real-shaped news archives, built from real
//! article text: syndicated near-copies (the same story under other page
//! furniture, sometimes with one figure changed), undated pages (most of
//! them), same-day bursts (dozens of reports dated one day), and stories
//! told again with their figures varied. Shared by `examples/gen_archive.rs`,
//! the benches and the tests through `#[path]`.
//!
//! The sources are articles read from disk (the WikiNews articles vendored in
//! `tests/data/wikinews/`, and ECB+ when it is present beside the
//! repository): nothing of them is copied into this file.
#![allow(dead_code)]

use std::path::Path;

#[path = "rng.rs"]
mod rng;
pub use rng::Rng;

/// A real article, as read: its headline, its paragraphs (datelines, dates
/// and addresses left out) and its publication day when it states one.
#[derive(Clone, Debug)]
pub struct Source {
    /// Where it was read from (`wikinews/apple/10718.txt`, `ecbplus/1/...`).
    pub name: String,
    /// The first line of the article.
    pub headline: String,
    /// The body, one paragraph per entry.
    pub paragraphs: Vec<String>,
    /// Its publication day, as (year, month, day).
    pub day: Option<Day>,
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub y: i32,
    pub m: u32,
    pub d: u32,
}

impl Day {
    fn plus(self, days: u32) -> Day {
        use chrono::Datelike;
        let later = chrono::NaiveDate::from_ymd_opt(self.y, self.m, self.d)
            .and_then(|d| d.checked_add_days(chrono::Days::new(u64::from(days))));
        later.map_or(self, |d| Day { y: d.year(), m: d.month(), d: d.day() })
    }

    fn random(rng: &mut Rng) -> Day {
        Day { y: 2004 + rng.below(10) as i32, m: 1 + rng.below(12) as u32, d: 1 + rng.below(28) as u32 }
    }

    fn month(self) -> &'static str {
        MONTHS[(self.m - 1) as usize]
    }
}

/// True for a line that only dates the page: short, with a year, and a
/// month, a slash date or an "updated"/"posted"/"published" ("INDONESIA,
/// July 2, 2013", "Published: Tuesday, Dec. 20 2005 12:00 a. m. MST",
/// "2 / 3 / 2009 5:59:13 PM", "3 July 2013 Last updated at 13:38 GMT").
fn is_date_line(line: &str) -> bool {
    let l = line.trim();
    let lower = l.to_lowercase();
    let year = l
        .split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1990..=2030).contains(&y)));
    let month = MONTHS.iter().any(|m| l.contains(&m[..3]));
    let marker = ["updated", "posted", "published", " / "].iter().any(|m| lower.contains(m));
    l.len() <= 60 && year && (month || marker)
}

/// The day of a date line, when it reads "Published 2008-01-09" or
/// "January 09, 2008".
fn day_of(line: &str) -> Option<Day> {
    let l = line.trim();
    if let Some(rest) = l.strip_prefix("Published ") {
        let parts: Vec<u32> = rest.trim().split('-').filter_map(|p| p.parse().ok()).collect();
        return match parts.as_slice() {
            [y, m, d] => Some(Day { y: *y as i32, m: *m, d: *d }),
            _ => None,
        };
    }
    let words: Vec<&str> = l.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if let [month, day, year] = words.as_slice() {
        let m = MONTHS.iter().position(|n| n == month)?;
        let (d, y) = (day.parse::<u32>().ok()?, year.parse::<i32>().ok()?);
        return (1..=28).contains(&d).then_some(Day { y, m: m as u32 + 1, d });
    }
    None
}

/// Read one article: the first line that is not an address is the
/// headline; addresses and date lines are dropped from the body.
pub fn read_source(name: String, text: &str) -> Option<Source> {
    let mut headline = None;
    let mut paragraphs = Vec::new();
    let mut day = None;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("http://") || line.starts_with("https://") {
            continue;
        }
        if is_date_line(line) {
            day = day.or(day_of(line));
            continue;
        }
        match headline {
            None => headline = Some(line.to_string()),
            Some(_) => paragraphs.push(line.to_string()),
        }
    }
    let headline = headline?;
    (paragraphs.len() >= 2).then_some(Source { name, headline, paragraphs, day })
}

/// Every `.txt` file under `root` (sorted), read as sources named
/// `label/<relative path>`.
pub fn read_sources(root: &Path, label: &str) -> Vec<Source> {
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let rel = p.strip_prefix(root).unwrap_or(&p).display().to_string();
            read_source(format!("{label}/{rel}"), &text)
        })
        .collect()
}

/// The vendored WikiNews articles, and ECB+ when `../shared/ecbplus`
/// exists beside the repository.
pub fn default_sources(repo: &Path) -> Vec<Source> {
    let mut out = read_sources(&repo.join("tests/data/wikinews"), "wikinews");
    let ecb = repo.join("../shared/ecbplus");
    if ecb.is_dir() {
        out.extend(read_sources(&ecb, "ecbplus"));
    }
    out
}

/// One generated page.
pub struct Page {
    /// Relative path: `<outlet>/<story>-<copy>.<ext>`.
    pub path: String,
    /// Its text.
    pub text: String,
    /// True when it is a copy of its story's first page.
    pub copy: bool,
    /// True when it states no publication date.
    pub undated: bool,
}

/// How an archive is shaped.
#[derive(Clone, Copy, Debug)]
pub struct Shape {
    /// Pages to write.
    pub pages: usize,
    /// Share of pages with no date line.
    pub undated: f64,
    /// Share of stories told on a burst day.
    pub burst: f64,
    /// Pages of the one widely syndicated story (its copies).
    pub viral: usize,
}

impl Shape {
    /// The archive at `scale` times the 1× size (12,000 pages).
    pub fn scaled(scale: usize) -> Shape {
        Shape { pages: 12_000 * scale, undated: 0.7, burst: 0.35, viral: 125 * scale }
    }
}

const OUTLETS: &[&str] = &[
    "wire-east",
    "wire-west",
    "daily-courier",
    "morning-post",
    "evening-herald",
    "city-times",
    "the-observer-online",
    "metro-news",
    "valley-gazette",
    "harbour-tribune",
    "national-ledger",
    "coast-star",
    "river-sentinel",
    "capital-journal",
    "northern-echo-web",
    "southern-record",
];

/// The page furniture an outlet puts around a story.
fn furniture(rng: &mut Rng, outlet: &str, sources: &[Source]) -> Vec<String> {
    let mut out = Vec::new();
    let name: String = outlet.split('-').map(|w| w[..1].to_uppercase() + &w[1..]).collect::<Vec<_>>().join(" ");
    if rng.chance(0.6) {
        out.push("Related stories".to_string());
        for _ in 0..rng.range(2, 4) as usize {
            out.push(rng.pick(sources).headline.clone());
        }
        out.push(String::new());
    }
    if rng.chance(0.5) {
        out.push(format!("{} … Read more", rng.pick(sources).headline));
    }
    out.push(format!("Copyright {} {name}. All rights reserved.", 2005 + rng.below(15)));
    if rng.chance(0.5) {
        out.push(format!("Sign up for our newsletter and follow us on Twitter @{}", outlet.replace('-', "")));
    }
    out
}

/// Digit runs of `text` ("1,300", "5.6", "2008") with their byte ranges.
fn figures(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_digit()
                    || ((b[i] == b',' || b[i] == b'.') && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
            {
                i += 1;
            }
            out.push((start, i));
        } else {
            i += 1;
        }
    }
    out
}

/// True for a figure left as it is: a year, or a day of a month.
fn keep(text: &str, (s, e): (usize, usize)) -> bool {
    let fig = &text[s..e];
    let year = fig.len() == 4 && fig.parse::<u32>().is_ok_and(|y| (1900..=2030).contains(&y));
    let before = text[..s].trim_end();
    let day = fig.len() <= 2 && MONTHS.iter().any(|m| before.ends_with(m));
    year || day
}

/// `text` with its last digit of the figure at `(s, e)` changed.
fn change_digit(text: &mut String, (_, e): (usize, usize), by: u8) {
    let last = text.as_bytes()[e - 1] - b'0';
    let new = (last + by) % 10;
    text.replace_range(e - 1..e, &((b'0' + new) as char).to_string());
}

/// Vary the figures of a story: each figure (not a year, not a day of a
/// month) changed with probability `rate`.
fn vary(rng: &mut Rng, paragraphs: &mut [String], rate: f64) {
    for p in paragraphs.iter_mut() {
        for f in figures(p) {
            if !keep(p, f) && rng.chance(rate) {
                let by = 1 + rng.below(8) as u8;
                change_digit(p, f, by);
            }
        }
    }
}

/// Change one figure of a copy, if it has one.
fn alter_one(rng: &mut Rng, paragraphs: &mut [String]) -> bool {
    let candidates: Vec<(usize, (usize, usize))> = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| figures(p).into_iter().filter(|&f| !keep(p, f)).map(move |f| (i, f)))
        .collect();
    if candidates.is_empty() {
        return false;
    }
    let (i, f) = *rng.pick(&candidates);
    let by = 1 + rng.below(8) as u8;
    change_digit(&mut paragraphs[i], f, by);
    true
}

/// A page: its headline, an optional dateline, the body and the furniture.
fn render(ext: &str, headline: &str, day: Option<Day>, body: &[String], furniture: &[String], style: usize) -> String {
    let dateline = day.map(|d| match style % 3 {
        0 => format!("Published {}-{:02}-{:02}", d.y, d.m, d.d),
        1 => format!("{} {:02}, {}", d.month(), d.d, d.y),
        _ => format!("Last updated {} {} {}", d.d, d.month(), d.y),
    });
    match ext {
        "md" => {
            let front = day.map(|d| format!("---\ndate: {}-{:02}-{:02}\n---\n", d.y, d.m, d.d)).unwrap_or_default();
            format!("{front}# {headline}\n\n{}\n\n{}\n", body.join("\n\n"), furniture.join("\n\n"))
        }
        "html" => {
            let meta = day
                .map(|d| format!("<meta name=\"date\" content=\"{}-{:02}-{:02}\">", d.y, d.m, d.d))
                .unwrap_or_default();
            let paras: String = body.iter().map(|p| format!("<p>{}</p>\n", escape(p))).collect();
            let furn: String =
                furniture.iter().filter(|f| !f.is_empty()).map(|f| format!("<li>{}</li>\n", escape(f))).collect();
            format!(
                "<html><head>{meta}<title>{h}</title></head><body>\n<h1>{h}</h1>\n{paras}<footer><ul>\n{furn}</ul></footer>\n</body></html>\n",
                h = escape(headline)
            )
        }
        _ => {
            let line = dateline.map(|l| format!("{l}\n\n")).unwrap_or_default();
            format!("{headline}\n\n{line}{}\n\n{}\n", body.join("\n\n"), furniture.join("\n"))
        }
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// How many copies a story gets besides its first page: most none, some a
/// few, a few wire stories many.
fn copies(rng: &mut Rng) -> usize {
    let r = rng.below(1000);
    match r {
        0..=549 => 0,
        550..=849 => rng.range(1, 3) as usize,
        850..=979 => rng.range(4, 15) as usize,
        _ => rng.range(30, 120) as usize,
    }
}

/// The pages of an archive shaped by `shape`, from `sources`, deterministic
/// from `seed`, in the order they are made (the first story is the one told
/// by `shape.viral` outlets).
pub fn archive(sources: &[Source], shape: Shape, seed: u64) -> Vec<Page> {
    assert!(!sources.is_empty(), "no source articles");
    let mut rng = Rng::new(seed);
    let bursts: Vec<Day> = (0..(shape.pages / 150).max(1)).map(|_| Day::random(&mut rng)).collect();
    let mut pages = Vec::with_capacity(shape.pages);
    let mut story = 0usize;
    while pages.len() < shape.pages {
        let source = rng.pick(sources);
        // An excerpt: the lead, or a run of paragraphs from further down.
        let len = (rng.range(3, 8) as usize).min(source.paragraphs.len());
        let from = if rng.chance(0.6) { 0 } else { rng.below(source.paragraphs.len() - len + 1) };
        let mut body: Vec<String> = source.paragraphs[from..from + len].to_vec();
        // The same kind of story told again with other figures.
        if rng.chance(0.6) {
            vary(&mut rng, &mut body, 0.5);
        }
        let day = if rng.chance(shape.burst) {
            *rng.pick(&bursts)
        } else if let (Some(d), true) = (source.day, rng.chance(0.5)) {
            d
        } else {
            Day::random(&mut rng)
        };
        let n = if story == 0 { shape.viral } else { 1 + copies(&mut rng) };
        for k in 0..n.min(shape.pages - pages.len()) {
            let outlet = *rng.pick(OUTLETS);
            let mut text_body = body.clone();
            let copy = k > 0;
            if copy && rng.chance(0.15) {
                alter_one(&mut rng, &mut text_body);
            }
            let undated = rng.chance(shape.undated);
            let page_day = (!undated).then(|| day.plus(rng.below(2) as u32));
            let ext = match rng.below(20) {
                0..=13 => "txt",
                14..=16 => "md",
                _ => "html",
            };
            let furn = furniture(&mut rng, outlet, sources);
            let style = rng.below(3);
            let text = render(ext, &source.headline, page_day, &text_body, &furn, style);
            pages.push(Page { path: format!("{outlet}/{story:06}-{k:03}.{ext}"), text, copy, undated });
        }
        story += 1;
    }
    pages
}
