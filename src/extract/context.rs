//! What the words around a claim say: the tense of its sentence and what the
//! figure is about (its subject).

use crate::grammar::resolve::Tense;
use crate::grammar::tokens::{is_stopword, words};
use crate::span::Span;

/// Markers of a sentence about the future.
const FUTURE_MARKERS: &[&str] = &[
    "will",
    "shall",
    "scheduled",
    "upcoming",
    "planned",
    "plans",
    "plan",
    "wants",
    "intends",
    "hopes",
    "seeks",
    "going",
    "due",
    "expected",
    "expects",
    "ahead",
    "next",
    "would",
    "forthcoming",
    "set",
    "slated",
    "'ll",
];

/// Verbs that give a thing a new date: right before "to", "for" or
/// "until" the date is a plan, whatever the verb's tense ("set for
/// Friday", "was postponed until March 3"); elsewhere they mark no tense
/// ("has rescheduled the exam for Tuesday, June 23" is no past).
const SETTING_A_DATE: &[&str] = &[
    "set",
    "reschedule",
    "rescheduled",
    "reschedules",
    "postpone",
    "postponed",
    "postpones",
    "adjourn",
    "adjourned",
    "adjourns",
    "defer",
    "deferred",
    "defers",
];

/// Words before "schedule" that make it a noun, not a plan.
const NOT_A_PLAN_BEFORE_SCHEDULE: &[&str] =
    &["behind", "ahead", "on", "of", "the", "a", "its", "their", "his", "her", "our", "new", "original", "tight"];

/// Markers of a sentence about the past.
const PAST_MARKERS: &[&str] = &[
    "was",
    "were",
    "had",
    "held",
    "met",
    "said",
    "spoke",
    "took",
    "ended",
    "began",
    "lasted",
    "killed",
    "died",
    "happened",
    "occurred",
    "struck",
    "announced",
    "ago",
    "last",
    "earlier",
    "yesterday",
];

/// Irregular past tenses common in news (the regular ones are found by
/// their "-ed"): "the plane made its maiden flight on 11 December" is past.
/// Read only in lower case ("Rose", "Led" may be names).
const IRREGULAR_PASTS: &[&str] = &[
    "became", "blew", "bought", "broke", "brought", "came", "caught", "chose", "drew", "drove", "fell", "flew",
    "fought", "found", "froze", "gave", "got", "grew", "kept", "knew", "led", "left", "lost", "made", "paid", "ran",
    "rang", "rose", "sank", "saw", "sent", "shook", "shot", "sold", "sought", "spent", "stole", "stood", "swept",
    "taught", "thought", "threw", "told", "tore", "went", "won", "wrote",
];

/// Participles that tell what happened to the counted things.
const OUTCOME_WORDS: &[&str] = &[
    "killed",
    "dead",
    "died",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "evacuated",
    "arrested",
    "detained",
    "displaced",
    "rescued",
    "affected",
    "stranded",
    "hospitalised",
    "hospitalized",
    "fled",
    "homeless",
    "infected",
    "deployed",
    "massed",
    "stationed",
    "laid",
    "cut",
    "sacked",
    "fired",
    "hired",
    "employed",
    "protesting",
    "marched",
    "voted",
    "registered",
    "sold",
    "recalled",
    "ordered",
    "delivered",
    "built",
];

/// The tense a sentence points to (its markers read from the start).
pub fn tense(sentence: &str) -> Tense {
    tense_near(sentence, 0)
}

/// Modals and "to" that make "be" + participle a plan ("to be held", "may
/// be signed", "will be held").
const PLANNING: &[&str] = &["to", "will", "shall", "may", "might", "would", "could", "should", "must"];

/// The tense of the marker nearest byte `at` of `text`: "Apple announced
/// another event to be held on October 12" is about the future, "a record
/// which was set on October 18" about the past ("set" plans only before
/// "to" or "for").
pub fn tense_near(text: &str, at: usize) -> Tense {
    // The nearest marker before the claim, else the nearest after it: "is
    // expected to appear in court on Wednesday charged with theft" plans.
    let mut best: Option<(bool, usize, Tense)> = None;
    let mut previous = [Marks::default(); 3];
    let mut words_iter = words(text).peekable();
    let mut marks = words_iter.peek().map(|&(_, w)| Marks::of(w)).unwrap_or_default();
    while let Some((i, w)) = words_iter.next() {
        let next = words_iter.peek().map(|&(_, n)| Marks::of(n)).unwrap_or_default();
        let marked = marker(w, marks, next, previous);
        previous = [previous[1], previous[2], marks];
        marks = next;
        let Some(tense) = marked else { continue };
        if leads_the_claim(text, at, i) {
            continue;
        }
        let (after, distance) = (i > at, i.abs_diff(at));
        if best.is_none_or(|(a, d, _)| (after, distance) < (a, d)) {
            best = Some((after, distance, tense));
        }
    }
    best.map_or(Tense::Unmarked, |(_, _, tense)| tense)
}

/// True when the word at byte `i` opens the claim at byte `at` ("last" in
/// "the last Monday of March", "next" in "next Friday"): the claim's own
/// direction, not the sentence's tense.
fn leads_the_claim(text: &str, at: usize, i: usize) -> bool {
    text.get(at..i).is_some_and(|before| before.is_empty() || before.eq_ignore_ascii_case("the "))
}

/// The tense word `w` (with its [`Marks`]) marks, given the marks of the
/// word after it and of the three before (the nearest last).
fn marker(w: &str, marks: Marks, next: Marks, previous: [Marks; 3]) -> Option<Tense> {
    let [three_back, two_back, one_back] = previous;
    if marks.has(Marks::SET) {
        return next.has(Marks::TO_OR_FOR).then_some(Tense::Future);
    }
    // "schedule a meeting" plans; "behind schedule", "the schedule" do not.
    if marks.has(Marks::SCHEDULE) {
        return (!one_back.has(Marks::NOT_A_PLAN)).then_some(Tense::Future);
    }
    // "the shopping centre next door", "next to the station": a place.
    // With "tore" among the irregular pasts, read from blind round 135
    // after it was scored (2026-12-08): its fire "tore through the car
    // park on Saturday evening, ... the shopping centre next door" was
    // dated to the coming Saturday; probes other conflicts 124 → 123 (that
    // one), drafts 341 → 339; the rest unchanged.
    let a_place = w.eq_ignore_ascii_case("next") && next.has(Marks::PLACE_AFTER_NEXT);
    if (marks.has(Marks::FUTURE) && !a_place) || w.ends_with("'ll") {
        return Some(Tense::Future);
    }
    // "after winning 31 seats in Sunday's vote": done before the clause's
    // own verb, whatever its tense.
    if one_back.has(Marks::AFTER) && w.len() >= 5 && w.ends_with("ing") {
        return Some(Tense::Past);
    }
    // "the burned cable", "a planned tour": a participle after a determiner
    // is an adjective, not a tense.
    let participle = looks_past(w, marks) || marks.has(Marks::IRREGULAR_PAST);
    // "the last Latin paper": "last" after a determiner is the final one,
    // not a time gone by ("last week"). Read from blind round 134 after it
    // was scored: its one other conflict gone ("the last Latin paper is on
    // Monday, June 5", read as past, put June 5 in the year gone, whose
    // June 5 is a Saturday); probes, drafts, ECB+, WikiNews, the seeds,
    // the golds and the peer suites unchanged (2026-12-08).
    let final_one = w.eq_ignore_ascii_case("last") && one_back.has(Marks::DETERMINER);
    let past = (marks.has(Marks::PAST) && !final_one) || (participle && !one_back.has(Marks::DETERMINER));
    // "to be held", "may be signed": a participle after a planning "be".
    if past && one_back.has(Marks::BE) && two_back.has(Marks::PLANNING) {
        return Some(Tense::Future);
    }
    // "has been banned": done, as the present perfect tells (not "will
    // have been sold").
    if past && one_back.has(Marks::BEEN) && two_back.has(Marks::HAVE) && !three_back.has(Marks::PLANNING) {
        return Some(Tense::Past);
    }
    // "will be sold", "had been sold": the auxiliary tells the tense.
    if past && one_back.has(Marks::BEEN) {
        return None;
    }
    past.then_some(Tense::Past)
}

/// The lists of tense markers a word is in, found with one look-up (the
/// lists are matched in any ASCII case; irregular pasts only as written,
/// in lower case).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Marks(u16);

impl Marks {
    const SET: u16 = 1;
    const SCHEDULE: u16 = 1 << 1;
    const TO_OR_FOR: u16 = 1 << 2;
    const NOT_A_PLAN: u16 = 1 << 3;
    const FUTURE: u16 = 1 << 4;
    const PAST: u16 = 1 << 5;
    const DETERMINER: u16 = 1 << 6;
    const BE: u16 = 1 << 7;
    const PLANNING: u16 = 1 << 8;
    const BEEN: u16 = 1 << 9;
    const NOT_PAST: u16 = 1 << 10;
    const IRREGULAR_PAST: u16 = 1 << 11;
    const AFTER: u16 = 1 << 12;
    const HAVE: u16 = 1 << 13;
    const PLACE_AFTER_NEXT: u16 = 1 << 14;

    /// The lists, each with its bit.
    const LISTS: [(&'static [&'static str], u16); 14] = [
        (SETTING_A_DATE, Marks::SET),
        (&["schedule"], Marks::SCHEDULE),
        (&["to", "for", "until"], Marks::TO_OR_FOR),
        (NOT_A_PLAN_BEFORE_SCHEDULE, Marks::NOT_A_PLAN),
        (FUTURE_MARKERS, Marks::FUTURE),
        (PAST_MARKERS, Marks::PAST),
        (DETERMINERS, Marks::DETERMINER),
        (&["be"], Marks::BE),
        (PLANNING, Marks::PLANNING),
        (&["been", "being"], Marks::BEEN),
        (NOT_PAST, Marks::NOT_PAST),
        (&["after"], Marks::AFTER),
        (&["has", "have"], Marks::HAVE),
        (&["door", "to"], Marks::PLACE_AFTER_NEXT),
    ];

    /// The marks of `word`.
    fn of(word: &str) -> Marks {
        static MARKS: std::sync::OnceLock<crate::hash::FastMap<&'static [u8], u16>> = std::sync::OnceLock::new();
        let marks = MARKS.get_or_init(|| {
            let mut map = crate::hash::FastMap::default();
            for (list, bit) in Marks::LISTS {
                for w in list {
                    *map.entry(w.as_bytes()).or_insert(0) |= bit;
                }
            }
            for w in IRREGULAR_PASTS {
                *map.entry(w.as_bytes()).or_insert(0) |= Marks::IRREGULAR_PAST;
            }
            map
        });
        let mut buf = [0u8; 24];
        let Some(n) = crate::grammar::words::lowered(word, &mut buf) else { return Marks::default() };
        let lower = buf.get(..n).unwrap_or_default();
        let bits = marks.get(lower).copied().unwrap_or(0);
        // Irregular pasts count only as written in lower case.
        Marks(if lower == word.as_bytes() { bits } else { bits & !Marks::IRREGULAR_PAST })
    }

    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

/// Adjectives of size or novelty between a figure and what it counts.
const MODIFIERS: &[&str] = &["new", "other", "additional", "extra", "major", "large", "big", "small"];

/// Words before a noun phrase, after which an "-ed" word is an adjective.
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"];

/// Words in "-ed" that are no past tense: names ("United"), "need",
/// "indeed", "hundred".
const NOT_PAST: &[&str] = &["hundred", "red", "bed", "shed", "wed", "sacred", "naked", "wicked", "kindred"];

/// True for a lower-case word that reads as a past tense or participle by
/// its "-ed" ("released", "agreed"), not "need", "indeed" or "United".
fn looks_past(w: &str, marks: Marks) -> bool {
    w.ends_with("ed")
        && w.len() > 3
        && !w.ends_with("eed")
        && w.starts_with(|c: char| c.is_lowercase())
        && !marks.has(Marks::NOT_PAST)
}

/// The tense of the clause around byte `at` (between commas, colons and
/// dashes), by the marker nearest to it; when the clause has none, of the
/// nearest clause before it that is not a relative clause ("Ferreira will
/// face Reyes, who won 38%, in a runoff on May 18": will face), else of the
/// whole sentence.
pub fn clause_tense(text: &str, sentence: Span, at: usize) -> Tense {
    let whole = sentence.slice(text);
    let offset = at.saturating_sub(sentence.start).min(whole.len());
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '—' | '–' | '(' | ')');
    let start = whole.get(..offset).unwrap_or_default().rfind(is_break).map_or(0, |i| i + 1);
    let end = whole.get(offset..).unwrap_or_default().find(is_break).map_or(whole.len(), |i| offset + i);
    if let marked @ (Tense::Past | Tense::Future) = tense_near(whole.get(start..end).unwrap_or(""), offset - start) {
        return marked;
    }
    let mut right = start.saturating_sub(1);
    while right > 0 {
        let left = whole.get(..right).unwrap_or_default().rfind(is_break).map_or(0, |i| i + 1);
        let clause = whole.get(left..right).unwrap_or_default();
        let relative = clause.split_whitespace().next().is_some_and(|w| RELATIVE_PRONOUNS.contains(&w));
        if !relative {
            match tense_near(clause, clause.len()) {
                Tense::Unmarked => {}
                marked => return marked,
            }
        }
        right = left.saturating_sub(1);
    }
    tense_near(whole, offset)
}

/// Words that open a relative clause, whose verb is not the tense of the
/// clause it interrupts.
const RELATIVE_PRONOUNS: [&str; 4] = ["who", "whom", "whose", "which"];

/// True when the text between two points holds clause punctuation.
fn breaks_clause(between: &str) -> bool {
    between.contains([';', ':', '(', ')', '"', '“', '”', '—', '|', '.', '?', '!'])
}

/// What a figure is about, in a few words: the noun phrase after it
/// ("13,000 people have been killed" → "people killed", "50-minute phone
/// call" → "phone call"), or for dates and times the noun before it ("a
/// session on January 12" → "session").
pub fn subject(text: &str, sentence: Span, claim: Span, noun_first: bool) -> Option<String> {
    let after = after_phrase(text, sentence, claim);
    if noun_first && !after.is_empty() {
        return Some(after);
    }
    before_noun(text, sentence, claim).or((!after.is_empty()).then_some(after))
}

/// Words that belong to figures, never to what a figure is about: number and
/// scale words and currency names ("from US$55 billion to US$110 billion" is
/// not about "billion").
fn is_figure_word(word: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::hash::FastMap<&'static [u8], ()>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        use crate::grammar::lexicon::{SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS};
        let mut all: Vec<&'static str> = SCALES.iter().chain(SCALE_SUFFIXES).map(|(w, _)| *w).collect();
        all.extend(SMALL_NUMBERS.iter().chain(TENS).map(|(w, _)| *w));
        all.extend(crate::grammar::currency::phrases().iter().map(|(w, _)| *w));
        all.extend(["percent", "cent", "per", "dozen", "dozens"]);
        all.into_iter().map(|w| (w.as_bytes(), ())).collect()
    });
    let mut buf = [0u8; 24];
    let Some(n) = crate::grammar::words::lowered(word, &mut buf) else { return false };
    buf.get(..n).is_some_and(|lower| words.contains_key(lower))
}

/// Auxiliaries allowed between a noun phrase and its outcome ("people have
/// been killed").
const AUXILIARIES: &[&str] = &[
    "have",
    "has",
    "had",
    "been",
    "were",
    "was",
    "are",
    "is",
    "be",
    "being",
    "reportedly",
    "now",
    "also",
    "all",
    "already",
    "believed",
    "feared",
    "confirmed",
];

/// The noun phrase after a claim, with an outcome participle that follows it.
fn after_phrase(text: &str, sentence: Span, claim: Span) -> String {
    let tail = text.get(claim.end..sentence.end).unwrap_or("");
    let mut phrase: Vec<&str> = Vec::new();
    let mut open = true;
    let mut outcome = None;
    let mut after_model = false;
    let mut prev_end = 0;
    for (count, (offset, w)) in words(tail).enumerate() {
        let gap = tail.get(prev_end..offset).unwrap_or("");
        if count > 7 || breaks_clause(gap) || (!phrase.is_empty() && gap.contains(',')) {
            break;
        }
        prev_end = offset + w.len();
        if OUTCOME_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)) {
            outcome = Some(w);
            break;
        }
        let plain = !is_stopword(w) && !w.starts_with(char::is_numeric) && !is_figure_word(w);
        if phrase.is_empty() {
            if count < 2 && (w.eq_ignore_ascii_case("of") || w.eq_ignore_ascii_case("long")) {
                continue;
            }
            // "22 new aircraft", "two large orders": the noun, not its size.
            if count < 2 && MODIFIERS.iter().any(|m| m.eq_ignore_ascii_case(w)) {
                continue;
            }
            if !plain {
                break;
            }
            phrase.push(w);
        } else if maker_alone(&phrase) && is_model_number(w) {
            // "22 new Boeing 787 Dreamliners": the thing, not its maker.
            after_model = true;
        } else if after_model && plain {
            phrase.clear();
            phrase.push(w);
            after_model = false;
        } else if open && plain && phrase.len() < 3 && !w.starts_with(char::is_uppercase) {
            phrase.push(w);
        } else if AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(w)) {
            open = false;
        } else {
            break;
        }
    }
    let mut out: Vec<String> = phrase.iter().map(|w| w.to_lowercase()).collect();
    out.extend(outcome.map(str::to_lowercase));
    out.join(" ")
}

/// True when the phrase so far is one capitalized word, maybe a maker.
fn maker_alone(phrase: &[&str]) -> bool {
    matches!(phrase, [maker] if maker.starts_with(char::is_uppercase))
}

/// True for a model number after a maker: "787", "A320", "737-800".
fn is_model_number(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_uppercase()) && w.bytes().any(|b| b.is_ascii_digit())
}

/// The lower-case noun just before a claim, skipping prepositions.
fn before_noun(text: &str, sentence: Span, claim: Span) -> Option<String> {
    let head = text.get(sentence.start..claim.start)?;
    let found = last_words(head, 6);
    let mut noun: Vec<&str> = Vec::new();
    let mut last_start = head.len();
    for &(offset, w) in found.iter().rev() {
        if breaks_clause(head.get(offset + w.len()..last_start).unwrap_or("")) {
            break;
        }
        last_start = offset;
        if is_stopword(w) || w.starts_with(char::is_numeric) || is_figure_word(w) {
            if noun.is_empty() {
                continue;
            }
            break;
        }
        if w.starts_with(char::is_uppercase) {
            if noun.is_empty() {
                continue;
            }
            break;
        }
        noun.push(w);
        if noun.len() == 2 {
            break;
        }
    }
    noun.reverse();
    (!noun.is_empty()).then(|| noun.join(" ").to_lowercase())
}

/// The last `n` words of `text` (all of them when it has fewer), with
/// their offsets, as [`words`] reads them from its start: read from a
/// white space not far from the end (no word spans a white space), further
/// back until there are `n`.
fn last_words(text: &str, n: usize) -> Vec<(usize, &str)> {
    let mut reach = 64;
    loop {
        let from = start_after_space(text, text.len().saturating_sub(reach));
        let found: Vec<(usize, &str)> =
            words(text.get(from..).unwrap_or_default()).map(|(o, w)| (from + o, w)).collect();
        if found.len() >= n || from == 0 {
            return found.get(found.len().saturating_sub(n)..).unwrap_or_default().to_vec();
        }
        reach *= 4;
    }
}

/// The first offset at or after `cut` that follows an ASCII white space
/// (0 when `cut` is 0 or there is none).
fn start_after_space(text: &str, cut: usize) -> usize {
    if cut == 0 {
        return 0;
    }
    let bytes = text.as_bytes();
    (cut..bytes.len()).find(|&i| bytes.get(i - 1).is_some_and(u8::is_ascii_whitespace)).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_words_as_read_from_the_start() {
        let text = "A co-op's 50-minute call — ‘done’, then x-y z ".repeat(9);
        for cut in 0..text.len() {
            let Some(head) = text.get(..cut) else { continue };
            for n in [1, 6] {
                let all: Vec<(usize, &str)> = words(head).collect();
                let expected = all.get(all.len().saturating_sub(n)..).unwrap_or_default();
                assert_eq!(last_words(head, n), expected, "{head:?}");
            }
        }
    }

    fn subject_of(sentence: &str, claim: &str, noun_first: bool) -> Option<String> {
        let start = sentence.find(claim).unwrap();
        subject(sentence, Span::new(0, sentence.len()), Span::new(start, start + claim.len()), noun_first)
    }

    #[test]
    fn subjects_from_the_words_around() {
        assert_eq!(
            subject_of("Over 13,000 people have been killed in recent years.", "Over 13,000", true).as_deref(),
            Some("people killed")
        );
        assert_eq!(
            subject_of("In 50 minutes phone call between them", "50 minutes", true).as_deref(),
            Some("phone call")
        );
        assert_eq!(
            subject_of("massing of tens of thousands of troops near", "tens of thousands", true).as_deref(),
            Some("troops")
        );
        assert_eq!(
            subject_of("followed by a NATO – Russia session on January 12.", "January 12", false).as_deref(),
            Some("session")
        );
        assert_eq!(subject_of("Boeing won two large orders and 35 new jets.", "two", true).as_deref(), Some("orders"));
        assert_eq!(subject_of("orders for 2,200 more, keeping it", "2,200", true).as_deref(), Some("orders"));
        let model = "Aeroflot bought 22 new Boeing 787 Dreamliners.";
        assert_eq!(subject_of(model, "22", true).as_deref(), Some("dreamliners"));
        assert_eq!(
            subject_of("It ordered 20 Airbus A320 passenger jets.", "20", true).as_deref(),
            Some("passenger jets")
        );
    }

    #[test]
    fn tense_markers() {
        assert_eq!(tense("A meeting will be held on Monday."), Tense::Future);
        assert_eq!(tense("The call was held on Tuesday."), Tense::Past);
        assert_eq!(tense("Talks on Monday."), Tense::Unmarked);
        let s = "He spoke during Tuesday's call: sanctions will follow.";
        assert_eq!(clause_tense(s, Span::new(0, s.len()), s.find("Tuesday").unwrap()), Tense::Past);
        let near = |s: &str, claim: &str| clause_tense(s, Span::new(0, s.len()), s.find(claim).unwrap());
        assert_eq!(near("Apple announced another event to be held on October 12.", "October"), Tense::Future);
        assert_eq!(near("He added that the deal may be signed on September 12.", "September"), Tense::Future);
        assert_eq!(near("The record, which was set on October 18, stood.", "October"), Tense::Past);
        assert_eq!(near("Talks are set for March 3.", "March"), Tense::Future);
        assert_eq!(near("The vote was postponed until March 3.", "March"), Tense::Future);
        let moved = "The board has rescheduled the exam for Tuesday, June 23.";
        assert_eq!(near(moved, "Tuesday"), Tense::Unmarked, "a new date is no past");
        assert_eq!(near("It will be sold on June 24 in the United States.", "June"), Tense::Future);
        assert_eq!(near("It was agreed on June 24.", "June"), Tense::Past);
        assert_eq!(near("Engineers will replace the burned cable by Monday.", "Monday"), Tense::Future);
        assert_eq!(near("In a July 16 press conference, Jobs said buyers would be eligible.", "July"), Tense::Past);
        assert_eq!(near("The vote is on the last Monday of March.", "the last"), Tense::Unmarked);
        let after = "The party is set to lead the region after winning 31 seats in Sunday's vote.";
        assert_eq!(near(after, "Sunday"), Tense::Past, "what was done before the clause's verb");
        assert_eq!(near("It fell last week, officials said.", "last"), Tense::Past);
        let fire = "A fire tore through the car park on Saturday evening, forcing the shop next door to shut.";
        assert_eq!(near(fire, "Saturday"), Tense::Past, "an irregular past");
        let queue = "Fans queue on Saturday outside the shop next door.";
        assert_eq!(near(queue, "Saturday"), Tense::Unmarked, "a place next door");
        let paper = "The exams begin in mid-May, and the last Latin paper is on Monday, June 5.";
        assert_eq!(near(paper, "Monday"), Tense::Unmarked, "the final one, not a time gone by");
        let relative = "Ferreira will face Reyes, who won 38% of the vote, in a runoff on May 18.";
        assert_eq!(near(relative, "May"), Tense::Future, "the clause a relative clause interrupts");
        // Irregular pasts mark the past; "schedule" as a noun marks nothing.
        let flight = "The plane made its maiden flight on 11 December, four years behind schedule.";
        assert_eq!(near(flight, "11"), Tense::Past);
        assert_eq!(near("Schedule a meeting in 10 days.", "10"), Tense::Future);
        let intent = "The firm has said that it wants to cut 789 dealers by early June.";
        assert_eq!(near(intent, "early"), Tense::Future);
        assert_eq!(near("Shares of the lost city fund rise on May 4.", "May"), Tense::Unmarked);
        // After "been" the auxiliary tells the tense.
        assert_eq!(near("Eight million will have been sold by the quarter ending June 26.", "June"), Tense::Future);
        // The present perfect tells what is done.
        let banned = "Swimming has been banned after a bloom spread over the weekend.";
        assert_eq!(near(banned, "the weekend"), Tense::Past);
        assert_eq!(near("Beaches have been closed since Monday.", "Monday"), Tense::Past);
        // A marker before the claim wins over a nearer one after it: the
        // participle after the day tells what he is charged with, not when.
        let court = "The suspect is expected to appear in court on Wednesday charged with theft.";
        assert_eq!(near(court, "Wednesday"), Tense::Future);
        assert_eq!(near("He appeared in court on Wednesday charged with theft.", "Wednesday"), Tense::Past);
        assert_eq!(near("The meeting on Wednesday was cancelled.", "Wednesday"), Tense::Past);
    }
}
