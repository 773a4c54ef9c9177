//! Events: which claims are about the same thing.
//!
//! Each claim a rule covers becomes a [`Mention`]: the rule, the subject
//! (which group of the rule's lexicon stands nearest the figure), the event
//! class (phone call or video call; first round or runoff), an ordinal ("their
//! second call"), the era (a figure from another year), the source it is
//! attributed to, and the proper names around it. Mentions with the same key
//! form a group; only claims in one group are ever compared. Grouping is one
//! hash-map pass over the claims: never all pairs.

use std::collections::{BTreeSet, HashMap};

use chrono::Datelike;

use crate::claim::{Claim, ClaimKind, DateValue, Value};
use crate::document::Document;
use crate::grammar::tokens::{is_stopword, words};
use crate::hash::{fnv_bytes, stable_hash, FastMap, FNV_OFFSET};
use crate::rules::{CheckKind, Rule};

/// How many words on each side of a figure are its context.
const WINDOW: usize = 10;

/// Words that trigger an attribution ("police said").
const ATTRIBUTION: &[&str] =
    &["said", "says", "estimated", "estimates", "claimed", "claims", "reported", "according", "put"];

/// Verbs whose subject is who a figure belongs to ("Ferreira won 41%").
const AGENT_VERBS: &[&str] = &[
    "won", "wins", "took", "takes", "secured", "received", "got", "captured", "polled", "garnered", "gained", "earned",
    "scored",
];

/// Words that bring another event into a sentence.
const RELATIONS: &[&str] = &["ahead", "before", "after", "following", "prior", "until", "since", "preceding", "later"];

/// Capitalized words that name nobody in particular.
const COMMON_CAPITALS: &[&str] = &[
    "the",
    "a",
    "an",
    "president",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "officials",
    "police",
    "in",
    "on",
    "at",
    "but",
    "and",
    "it",
    "he",
    "she",
    "they",
    "this",
    "that",
    "his",
    "her",
    "their",
    "we",
    "i",
    "us",
    "u.s",
    "according",
    "after",
    "before",
    "state",
    "government",
];

/// A claim that a rule covers, with what tells its event apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Index of the document.
    pub doc: usize,
    /// Index of the claim in its document.
    pub claim: usize,
    /// Index of the rule.
    pub rule: usize,
    /// The key that decides which mentions are compared.
    pub key: EventKey,
    /// Hash of the source the figure is attributed to ("police").
    pub source: Option<u64>,
    /// Hash of who obtained the figure ("Ferreira won 41%" → ferreira).
    pub agent: Option<u64>,
    /// Hashes of the proper names near the figure.
    pub names: Vec<u64>,
    /// The names the whole document is about (its story).
    pub story: Vec<u64>,
    /// The names of the figure's own sentence (no fallback to the sentence
    /// before or the document).
    pub local: Vec<u64>,
    /// Of those, the ones that are not background to the whole document
    /// (the names that tell this figure's thing apart: "Ferreira won 41%").
    pub foreground: Vec<u64>,
}

/// What makes two mentions about the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EventKey {
    /// Index of the rule.
    pub rule: usize,
    /// Index of the subject group in the rule.
    pub subject: usize,
    /// Index of the event class in the rule, when told.
    pub event: Option<usize>,
    /// An ordinal that names the event ("second call").
    pub ordinal: Option<u32>,
    /// Another year the sentence is about ("since 1987, when 61 died").
    pub era: Option<i32>,
}

/// One entry of the lexicon index: a word or phrase of a rule's lexicon.
#[derive(Clone, Debug)]
struct Entry {
    rule: usize,
    group: usize,
    is_event: bool,
    document_wide: bool,
    rest: Vec<String>,
}

/// The words of every rule's lexicons, by first word, for one lookup per
/// context word.
#[derive(Clone, Debug, Default)]
pub struct LexiconIndex {
    by_first_word: FastMap<Box<[u8]>, Vec<Entry>>,
}

impl LexiconIndex {
    /// Index the lexicons of `rules`.
    pub fn new(rules: &[Rule]) -> Self {
        let mut by_first_word: FastMap<Box<[u8]>, Vec<Entry>> = FastMap::default();
        for (r, rule) in rules.iter().enumerate() {
            let lexicons = rule.subjects.iter().map(|l| (l, false)).chain(rule.events.iter().map(|l| (l, true)));
            let (mut subject_groups, mut event_groups) = (0usize, 0usize);
            for (lexicon, is_event) in lexicons {
                let counter = if is_event { &mut event_groups } else { &mut subject_groups };
                let group = *counter;
                *counter += 1;
                for phrase in &lexicon.words {
                    let mut parts = phrase.split([' ', '-']).filter(|p| !p.is_empty()).map(str::to_string);
                    let Some(first) = parts.next() else { continue };
                    by_first_word.entry(first.into_bytes().into_boxed_slice()).or_default().push(Entry {
                        rule: r,
                        group,
                        is_event,
                        document_wide: lexicon.document_wide,
                        rest: parts.collect(),
                    });
                }
            }
        }
        LexiconIndex { by_first_word }
    }

    /// The entries whose phrase starts at word `i` of `ws`.
    fn matches<'a>(&'a self, ws: &'a [(usize, &str)], i: usize) -> impl Iterator<Item = &'a Entry> + 'a {
        let mut buf = [0u8; 24];
        let found = ws
            .get(i)
            .and_then(|&(_, word)| crate::grammar::words::lowered(word, &mut buf))
            .and_then(|n| self.by_first_word.get(buf.get(..n)?));
        found.into_iter().flatten().filter(move |e| {
            e.rest.iter().enumerate().all(|(k, w)| ws.get(i + 1 + k).is_some_and(|(_, x)| x.eq_ignore_ascii_case(w)))
        })
    }
}

/// Every mention in the documents: at most one per claim (the rule whose
/// subject word stands nearest).
pub fn mentions(docs: &[Document], claims: &[Vec<Claim>], rules: &[Rule], index: &LexiconIndex) -> Vec<Mention> {
    use rayon::prelude::*;
    let per_doc: Vec<Vec<Mention>> = docs
        .par_iter()
        .zip(claims.par_iter())
        .enumerate()
        .map(|(d, (doc, doc_claims))| document_mentions(d, doc, doc_claims, rules, index))
        .collect();
    let mut out: Vec<Mention> = per_doc.into_iter().flatten().collect();
    resolve_generic_events(&mut out, rules);
    out
}

/// The words of every sentence of a document, with their offsets in the
/// document, and for each word its name hash when it is a proper name.
struct SentenceWords<'t> {
    /// Every word of every sentence, with its offset in the document.
    words: Vec<(usize, &'t str)>,
    /// Aligned with `words`: the hash of each word that is a name.
    names: Vec<Option<u64>>,
    /// Where each sentence's words end in `words`.
    ends: Vec<usize>,
}

/// The words of one sentence and, aligned with them, their name hashes.
type Words<'a, 't> = (&'a [(usize, &'t str)], &'a [Option<u64>]);

impl<'t> SentenceWords<'t> {
    /// Tokenize every sentence of `doc` once, into one buffer, and tell its
    /// names once.
    fn new(doc: &'t Document) -> Self {
        let mut words_out = Vec::with_capacity(doc.text.len() / 6);
        let mut ends = Vec::with_capacity(doc.sentences.len());
        for s in &doc.sentences {
            words_out.extend(words(s.slice(&doc.text)).map(|(o, w)| (o + s.start, w)));
            ends.push(words_out.len());
        }
        let mut names = Vec::with_capacity(words_out.len());
        let mut start = 0;
        for &end in &ends {
            names.extend(name_hashes(words_out.get(start..end).unwrap_or_default()));
            start = end;
        }
        SentenceWords { words: words_out, names, ends }
    }

    /// The words of sentence `i`, with their name hashes.
    fn get(&self, i: usize) -> Option<Words<'_, 't>> {
        let start = i.checked_sub(1).map_or(Some(0), |p| self.ends.get(p).copied())?;
        let end = *self.ends.get(i)?;
        Some((self.words.get(start..end)?, self.names.get(start..end)?))
    }

    /// Each sentence in order.
    fn iter(&self) -> impl Iterator<Item = Words<'_, 't>> + '_ {
        (0..self.ends.len()).filter_map(|i| self.get(i))
    }
}

/// The mentions of one document, each sentence tokenized once.
fn document_mentions(
    d: usize,
    doc: &Document,
    doc_claims: &[Claim],
    rules: &[Rule],
    index: &LexiconIndex,
) -> Vec<Mention> {
    let sentence_words = SentenceWords::new(doc);
    let doc_events = document_events(&sentence_words, index);
    let background = background_names(doc, &sentence_words);
    let mut out = Vec::new();
    for (c, claim) in doc_claims.iter().enumerate() {
        let i = doc.sentences.partition_point(|s| s.start < claim.sentence.start);
        let (own_words, own_names): (Vec<(usize, &str)>, Vec<Option<u64>>);
        let (ws, ws_names) = match (doc.sentences.get(i), sentence_words.get(i)) {
            (Some(s), Some(found)) if *s == claim.sentence => found,
            _ => {
                own_words =
                    words(claim.sentence.slice(&doc.text)).map(|(o, w)| (o + claim.sentence.start, w)).collect();
                own_names = name_hashes(&own_words).collect();
                (&own_words[..], &own_names[..])
            }
        };
        let previous = i.checked_sub(1).and_then(|p| sentence_words.get(p)).map_or(&[][..], |(_, n)| n);
        let context = Surroundings { doc, doc_claims, doc_events: &doc_events, ws, ws_names, previous };
        if let Some(mut m) = mention(d, c, claim, rules, index, &context) {
            if m.names.is_empty() {
                m.names.clone_from(&background);
            }
            m.foreground = m.names.iter().copied().filter(|n| background.binary_search(n).is_err()).collect();
            m.story.clone_from(&background);
            out.push(m);
        }
    }
    out
}

/// What a claim's mention is read from: its document, its sentence's words
/// and the sentence before.
struct Surroundings<'a, 't> {
    doc: &'a Document,
    doc_claims: &'a [Claim],
    doc_events: &'a HashMap<usize, BTreeSet<usize>>,
    ws: &'a [(usize, &'t str)],
    /// Aligned with `ws`: the name hashes of its words.
    ws_names: &'a [Option<u64>],
    /// The name hashes of the sentence before.
    previous: &'a [Option<u64>],
}

/// The names a whole document is about: those of its headline, and those in
/// more than a third of its sentences (at least two).
fn background_names(doc: &Document, sentence_words: &SentenceWords<'_>) -> Vec<u64> {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    for (_, sentence_names) in sentence_words.iter() {
        for n in distinct(sentence_names) {
            *counts.entry(n).or_default() += 1;
        }
    }
    let threshold = (doc.sentences.len() / 3).max(2);
    let mut out: Vec<u64> = counts.into_iter().filter(|&(_, c)| c >= threshold).map(|(n, _)| n).collect();
    if let Some(h) = doc.headline {
        let ws: Vec<(usize, &str)> = words(h.slice(&doc.text)).map(|(o, w)| (o + h.start, w)).collect();
        out.extend(name_hashes(&ws).flatten());
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The event classes each rule finds anywhere in a document.
fn document_events(sentence_words: &SentenceWords<'_>, index: &LexiconIndex) -> HashMap<usize, BTreeSet<usize>> {
    let mut found: HashMap<usize, BTreeSet<usize>> = HashMap::new();
    for (ws, _) in sentence_words.iter() {
        for i in 0..ws.len() {
            for e in index.matches(ws, i).filter(|e| e.is_event && e.document_wide) {
                found.entry(e.rule).or_default().insert(e.group);
            }
        }
    }
    found
}

/// The mention of one claim, if a rule covers it.
fn mention(
    d: usize,
    c: usize,
    claim: &Claim,
    rules: &[Rule],
    index: &LexiconIndex,
    around: &Surroundings<'_, '_>,
) -> Option<Mention> {
    if claim.relative {
        return None;
    }
    let (doc, doc_claims, doc_events, ws) = (around.doc, around.doc_claims, around.doc_events, around.ws);
    let before = ws.iter().filter(|(o, _)| *o < claim.span.start).count();
    let after = ws.iter().position(|(o, _)| *o >= claim.span.end).unwrap_or(ws.len());
    // The window stops at words that bring in another event ("on Monday,
    // ahead of the call"; "after the quake in 1987").
    let is_relation = |w: &str| RELATIONS.iter().any(|r| r.eq_ignore_ascii_case(w));
    // A semicolon ends a clause: "police said 45,000; organisers said 95,000".
    let text = &doc.text;
    let clause_break = |from: usize, to: usize| text.get(from..to).is_some_and(|between| between.contains(';'));
    let word = |i: usize| ws.get(i).copied().unwrap_or((claim.span.start, ""));
    let lo = (before.saturating_sub(WINDOW)..before)
        .rev()
        .find(|&i| is_relation(word(i).1) || clause_break(word(i).0, claim.span.start))
        .map_or(before.saturating_sub(WINDOW), |i| i + 1);
    let hi = (after..(after + WINDOW).min(ws.len()))
        .find(|&i| is_relation(word(i).1) || clause_break(claim.span.end, word(i).0))
        .unwrap_or((after + WINDOW).min(ws.len()));
    // Distance in content words: "talks between the union and the operators
    // lasted nine hours" puts "talks" five content words from the figure.
    let mut content = Vec::with_capacity(ws.len() + 1);
    content.push(0usize);
    for (_, w) in ws {
        content.push(content.last().copied().unwrap_or(0) + usize::from(!is_stopword(w)));
    }
    let count = |i: usize| content.get(i).copied().unwrap_or(0);
    let distance = |i: usize| {
        if i < before {
            count(before).saturating_sub(count(i))
        } else {
            count(i + 1).saturating_sub(count(after))
        }
    };
    let mut best: Option<(usize, usize, usize)> = None;
    let mut events: HashMap<usize, (usize, usize)> = HashMap::new();
    for i in lo..hi {
        if i >= before && i < after {
            continue;
        }
        for e in index.matches(ws, i) {
            let Some(rule) = rules.get(e.rule) else { continue };
            if !rule.covers(claim.kind) || !matches!(rule.check, CheckKind::Figures | CheckKind::EventDates) {
                continue;
            }
            let dist = distance(i) + usize::from(i < before);
            if e.is_event {
                let slot = events.entry(e.rule).or_insert((e.group, dist));
                if dist < slot.1 {
                    *slot = (e.group, dist);
                }
            } else if dist <= rule.compare.subject_distance && best.is_none_or(|(_, _, bd)| dist < bd) {
                best = Some((e.rule, e.group, dist));
            }
        }
    }
    let (rule, subject, _) = best?;
    let event = events.get(&rule).map(|&(g, _)| g).or_else(|| {
        let classes = doc_events.get(&rule)?;
        (classes.len() == 1).then(|| classes.iter().next().copied()).flatten()
    });
    let key =
        EventKey { rule, subject, event, ordinal: ordinal_near(doc_claims, claim), era: era(doc, doc_claims, claim) };
    if is_rate(ws.get(after..).unwrap_or_default()) {
        return None;
    }
    let window = ws.get(lo..hi).unwrap_or_default();
    let mut found = distinct(around.ws_names.get(lo..hi).unwrap_or_default());
    if found.is_empty() {
        found = distinct(around.ws_names);
    }
    let local = found.clone();
    if found.is_empty() {
        found = distinct(around.previous);
    }
    let agent = agent(ws.get(lo..before).unwrap_or_default());
    Some(Mention {
        doc: d,
        claim: c,
        rule,
        key,
        source: source(window, claim.span.start),
        agent,
        names: found,
        local,
        story: Vec::new(),
        foreground: Vec::new(),
    })
}

/// The claims of one sentence: a contiguous run, since claims are in
/// document order (found by binary search, not by scanning every claim).
fn sentence_claims(claims: &[Claim], sentence: crate::span::Span) -> &[Claim] {
    let from = claims.partition_point(|c| c.span.start < sentence.start);
    let to = claims.partition_point(|c| c.span.start < sentence.end);
    claims.get(from..to.max(from)).unwrap_or(&[])
}

/// An ordinal in the same sentence that names the event ("second call").
fn ordinal_near(claims: &[Claim], claim: &Claim) -> Option<u32> {
    if claim.kind == ClaimKind::Ordinal {
        return None;
    }
    sentence_claims(claims, claim.sentence)
        .iter()
        .filter(|o| o.kind == ClaimKind::Ordinal && o.sentence == claim.sentence)
        .find_map(|o| match o.value {
            Value::Amount(a) => a.low.map(|v| v as u32),
            _ => None,
        })
}

/// The year of another time the sentence speaks of, for figures (not dates).
fn era(doc: &Document, claims: &[Claim], claim: &Claim) -> Option<i32> {
    if matches!(claim.kind, ClaimKind::Date | ClaimKind::DateTime | ClaimKind::Time | ClaimKind::Year) {
        return None;
    }
    let published = doc.published_date()?.year();
    sentence_claims(claims, claim.sentence)
        .iter()
        .filter(|o| o.sentence == claim.sentence && o.span != claim.span)
        .filter_map(|o| match o.value {
            Value::Year(y) => Some(y),
            Value::Date { date: DateValue::Day(d) | DateValue::Range(d, _), .. } => Some(d.year()),
            _ => None,
        })
        .find(|&y| y != published)
}

/// Hash of the source a figure is attributed to ("police said" → police):
/// the attribution nearest the figure at `claim_start`.
fn source(window: &[(usize, &str)], claim_start: usize) -> Option<u64> {
    let at = window
        .iter()
        .enumerate()
        .filter(|(_, (_, w))| ATTRIBUTION.iter().any(|a| a.eq_ignore_ascii_case(w)))
        .min_by_key(|(_, (o, _))| o.abs_diff(claim_start))
        .map(|(i, _)| i)?;
    let trigger = window.get(at)?.1.to_lowercase();
    // The head of the source's noun phrase: its last word ("according to the
    // electoral commission of X" and "the electoral commission said" are both
    // "commission").
    let phrase: Vec<&str> = if trigger == "according" {
        let after =
            window.iter().skip(at + 1).map(|(_, w)| *w).skip_while(|w| is_stopword(w) && !w.eq_ignore_ascii_case("of"));
        after.take_while(|w| !is_stopword(w) || w.eq_ignore_ascii_case("of")).collect()
    } else {
        let mut back: Vec<&str> = window
            .iter()
            .take(at)
            .rev()
            .map(|(_, w)| *w)
            .take_while(|w| !is_stopword(w) || w.eq_ignore_ascii_case("of"))
            .collect();
        back.reverse();
        back
    };
    head_noun(&phrase).map(|w| stable_hash(&w.to_lowercase()))
}

/// The head of a noun phrase: the word before "of" when there is one ("the
/// electoral commission of Valmora" → commission), else the last word.
fn head_noun<'a>(phrase: &[&'a str]) -> Option<&'a str> {
    match phrase.iter().position(|w| w.eq_ignore_ascii_case("of")) {
        Some(0) => phrase.get(1).copied(),
        Some(i) => phrase.get(i - 1).copied(),
        None => phrase.last().copied(),
    }
}

/// Hash of who obtained the figure: the word before a verb of obtaining that
/// stands just before the figure ("Her rival won 27%" → rival).
fn agent(before: &[(usize, &str)]) -> Option<u64> {
    let (at, _) = before
        .iter()
        .enumerate()
        .rev()
        .take(3)
        .find(|(_, (_, w))| AGENT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)))?;
    before.iter().take(at).rev().find(|(_, w)| !is_stopword(w)).map(|(_, w)| stable_hash(&w.to_lowercase()))
}

/// For each word of a sentence, its name hash when it is a proper name:
/// capitalized, not the sentence's first word (capitalized by position),
/// not a common capitalized word, month or weekday.
fn name_hashes<'a>(sentence: &'a [(usize, &str)]) -> impl Iterator<Item = Option<u64>> + 'a {
    sentence.iter().enumerate().map(|(k, &(_, w))| {
        let is_name = k > 0
            && w.starts_with(char::is_uppercase)
            && w.chars().nth(1).is_some()
            && !COMMON_CAPITALS.iter().any(|c| c.eq_ignore_ascii_case(w))
            && crate::grammar::words::lookup(crate::grammar::lexicon::MONTHS, w).is_none()
            && crate::grammar::words::lookup(crate::grammar::lexicon::WEEKDAYS, w).is_none();
        is_name.then(|| name_hash(w))
    })
}

/// The distinct name hashes among `names`, sorted.
fn distinct(names: &[Option<u64>]) -> Vec<u64> {
    let mut out: Vec<u64> = names.iter().flatten().copied().collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// True when the figure is a rate ("26 cents per share", "$80 a barrel"):
/// not the total the rule compares.
fn is_rate(after: &[(usize, &str)]) -> bool {
    after.first().is_some_and(|(_, w)| ["per", "a", "an", "each", "apiece"].iter().any(|r| r.eq_ignore_ascii_case(w)))
        && after.get(1).is_some_and(|(_, w)| !is_stopword(w))
}

/// A name reduced to its first five letters, so that "Russia" and
/// "Russian", "Ukraine" and "Ukrainian" are one name.
fn name_hash(word: &str) -> u64 {
    let name = word.trim_end_matches("'s").trim_end_matches("’s");
    let mut utf8 = [0u8; 4];
    name.chars()
        .flat_map(char::to_lowercase)
        .take(5)
        .fold(FNV_OFFSET, |h, c| fnv_bytes(h, c.encode_utf8(&mut utf8).bytes()))
}

/// When every told event of a group is one document-wide class (all the
/// reports are about a video call), mentions that did not tell theirs belong
/// to it too. A local class (an aftershock) is never assumed.
fn resolve_generic_events(mentions: &mut [Mention], rules: &[Rule]) {
    type Partial = (usize, usize, Option<u32>, Option<i32>);
    let mut classes: HashMap<Partial, BTreeSet<usize>> = HashMap::new();
    for m in mentions.iter() {
        let wide = |e: usize| rules.get(m.key.rule).and_then(|r| r.events.get(e)).is_some_and(|l| l.document_wide);
        if let Some(e) = m.key.event.filter(|&e| wide(e)) {
            classes.entry((m.key.rule, m.key.subject, m.key.ordinal, m.key.era)).or_default().insert(e);
        }
    }
    for m in mentions.iter_mut().filter(|m| m.key.event.is_none()) {
        if let Some(set) = classes.get(&(m.key.rule, m.key.subject, m.key.ordinal, m.key.era)) {
            if set.len() == 1 {
                m.key.event = set.iter().next().copied();
            }
        }
    }
}

/// True when two mentions may be about the same event: their sources and
/// names do not tell them apart.
/// With `need_shared_name`, both sentences must name something in common
/// (dates are everywhere in news, and "the meeting" alone does not say which).
pub fn may_be_same(a: &Mention, b: &Mention, need_shared_name: bool) -> bool {
    let sources_differ = matches!((a.source, b.source), (Some(x), Some(y)) if x != y)
        || matches!((a.agent, b.agent), (Some(x), Some(y)) if x != y);
    let shared = a.names.iter().any(|n| b.names.binary_search(n).is_ok());
    let names_disjoint = !a.names.is_empty() && !b.names.is_empty() && !shared;
    let shared_locally = a.local.iter().any(|n| b.local.binary_search(n).is_ok());
    let other_story =
        !a.story.is_empty() && !b.story.is_empty() && !a.story.iter().any(|n| b.story.binary_search(n).is_ok());
    if other_story {
        return false;
    }
    // A name that singles out one figure ("Ferreira won 41%") must stand
    // around the other figure too.
    let singled_out = |x: &Mention, y: &Mention| x.foreground.iter().all(|n| y.names.binary_search(n).is_ok());
    !sources_differ
        && !names_disjoint
        && (shared_locally || !need_shared_name)
        && singled_out(a, b)
        && singled_out(b, a)
}

/// Mentions grouped by key, groups and members in a stable order.
pub fn group(mentions: &[Mention]) -> Vec<Vec<usize>> {
    let mut groups: FastMap<&EventKey, Vec<usize>> = FastMap::default();
    for (i, m) in mentions.iter().enumerate() {
        groups.entry(&m.key).or_default().push(i);
    }
    let mut out: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
    // Groups are disjoint and their members ascending, so the first member
    // orders them as a whole comparison would.
    out.sort_unstable_by_key(|g| g.first().copied());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_hash_by_their_first_five_letters_in_any_case() {
        assert_eq!(name_hash("Ukraine's"), stable_hash("ukrai"));
        assert_eq!(name_hash("UKRAINIAN"), name_hash("Ukraine"));
        assert_eq!(name_hash("Zürich"), stable_hash("züric"));
        assert_ne!(name_hash("Russia"), name_hash("Ukraine"));
    }
}
