//! Scoring the frame reader against frames annotated by hand in real news
//! (the `.gold` files beside this one, notation in README.md): shared by
//! `examples/frames_eval.rs`, which prints the table, and
//! `tests/frames_gold.rs`, which holds the floors.

use std::collections::BTreeMap;
use std::path::Path;

use factlint::claim::Claim;
use factlint::frame::{self, Frame};
use factlint::span::Span;
use factlint::Document;

/// Counts for one field of the frame.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    /// Annotations scored.
    pub scored: usize,
    /// Of those, right.
    pub right: usize,
}

impl Tally {
    /// Right as a share of scored.
    pub fn share(&self) -> f64 {
        if self.scored == 0 {
            1.0
        } else {
            self.right as f64 / self.scored as f64
        }
    }

    fn add(&mut self, right: bool) {
        self.scored += 1;
        self.right += usize::from(right);
    }

    fn absorb(&mut self, other: Tally) {
        self.scored += other.scored;
        self.right += other.right;
    }
}

/// The score of one gold file.
#[derive(Debug, Default)]
pub struct Score {
    /// Annotated claims that a claim overlaps.
    pub found: Tally,
    /// Figures annotated as no claim (ages, channels) that no claim overlaps.
    pub not_claims: Tally,
    /// Per field, over the annotated claims found.
    pub fields: BTreeMap<&'static str, Tally>,
    /// Claims whose four fields are all right.
    pub whole: Tally,
    /// One line per miss.
    pub notes: Vec<String>,
}

impl Score {
    /// Add another score's counts and notes to this one.
    pub fn absorb(&mut self, other: Score) {
        self.found.absorb(other.found);
        self.not_claims.absorb(other.not_claims);
        self.whole.absorb(other.whole);
        for (name, t) in other.fields {
            self.fields.entry(name).or_default().absorb(t);
        }
        self.notes.extend(other.notes);
    }
}

/// One annotated frame.
struct Gold {
    path: String,
    text: String,
    nth: usize,
    counted: Vec<String>,
    predicate: Vec<String>,
    role: String,
    mode: String,
}

/// Score the gold file at `gold_path`, its articles under `root` (the
/// folder holding `ecbplus/` and `wikinews/`).
pub fn score(gold_path: &Path, root: &Path) -> Result<Score, String> {
    score_where(gold_path, root, |_| true)
}

/// [`score`], over the articles whose paths `keep` accepts (the WikiNews
/// part, whose articles the repository vendors).
pub fn score_where(gold_path: &Path, root: &Path, keep: impl Fn(&str) -> bool) -> Result<Score, String> {
    let text = std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut by_article: BTreeMap<String, Vec<Gold>> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let gold = parse(line).ok_or_else(|| format!("{}:{}: cannot read {line:?}", gold_path.display(), n + 1))?;
        by_article.entry(gold.path.clone()).or_default().push(gold);
    }
    let mut score = Score::default();
    for (article, golds) in by_article.iter().filter(|(a, _)| keep(a)) {
        let path = root.join(article);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let doc = Document::new(article.as_str(), text, None);
        let (claims, frames) = frame::extract_with_frames(&doc);
        for gold in golds {
            score_one(&doc, &claims, &frames, gold, &mut score)?;
        }
    }
    Ok(score)
}

/// Score one annotation.
fn score_one(doc: &Document, claims: &[Claim], frames: &[Frame], gold: &Gold, score: &mut Score) -> Result<(), String> {
    let span = locate(&doc.text, &gold.text, gold.nth)
        .ok_or_else(|| format!("{}: {:?} #{} not in the text", gold.path, gold.text, gold.nth))?;
    let hit = claims.iter().enumerate().find(|(_, c)| !c.derived && c.span.start < span.end && span.start < c.span.end);
    if gold.role == "not-a-claim" {
        score.not_claims.add(hit.is_none());
        if let Some((_, c)) = hit {
            score.notes.push(format!("CLAIMED {} {:?}: {:?}", gold.path, gold.text, c.span.slice(&doc.text)));
        }
        return Ok(());
    }
    score.found.add(hit.is_some());
    let Some((i, _)) = hit else {
        score.notes.push(format!("MISSED {} {:?}", gold.path, gold.text));
        return Ok(());
    };
    let Some(f) = frames.get(i) else { return Ok(()) };
    let head = |h: &Option<frame::Head>| h.map_or("-".to_string(), |h| h.text(&doc.text));
    let (counted, predicate) = (head(&f.counted), head(&f.predicate));
    let checks = [
        ("counted", gold.counted.contains(&counted), counted),
        ("predicate", gold.predicate.contains(&predicate) || gold.predicate.contains(&verb_of(&predicate)), predicate),
        ("role", gold.role == f.role.name(), f.role.name().to_string()),
        ("mode", gold.mode == f.mode.name(), f.mode.name().to_string()),
    ];
    let mut all = true;
    for (field, right, got) in &checks {
        score.fields.entry(field).or_default().add(*right);
        if !right {
            all = false;
            let want = match *field {
                "counted" => gold.counted.join("/"),
                "predicate" => gold.predicate.join("/"),
                "role" => gold.role.clone(),
                _ => gold.mode.clone(),
            };
            score.notes.push(format!("{field} {} {:?}: want {want}, got {got}", gold.path, gold.text));
        }
    }
    score.whole.add(all);
    Ok(())
}

/// The verb of a phrasal verb's lemma ("take_place": "take"), as the
/// gold names a predicate by its head word; any other head as it is.
fn verb_of(head: &str) -> String {
    head.split('_').next().unwrap_or(head).to_string()
}

/// `path | text[#n] | counted | predicate | role | mode`.
fn parse(line: &str) -> Option<Gold> {
    let parts: Vec<&str> = line.split('|').map(str::trim).collect();
    let [path, text, counted, predicate, role, mode] = parts.as_slice() else { return None };
    let (text, nth) = match text.rsplit_once('#') {
        Some((t, n)) if n.bytes().all(|b| b.is_ascii_digit()) && !n.is_empty() => (t, n.parse().ok()?),
        _ => (*text, 1),
    };
    let alternatives = |field: &str| field.split('/').map(|s| s.trim().to_string()).collect::<Vec<_>>();
    Some(Gold {
        path: path.to_string(),
        text: text.to_string(),
        nth,
        counted: alternatives(counted),
        predicate: alternatives(predicate),
        role: role.to_string(),
        mode: mode.to_string(),
    })
}

/// The byte span of the `nth` occurrence of `needle`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<Span> {
    let start = text.match_indices(needle).nth(nth.checked_sub(1)?)?.0;
    Some(Span::new(start, start + needle.len()))
}
