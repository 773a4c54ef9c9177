//! Which words can start a claim, and which parsers are worth trying there.
//!
//! The scanner asks at every word start, and most words start nothing, so
//! the table is bucketed by first letter and length: a plain word costs one
//! bucket lookup. Lead words ("the", "at", "a", "last") start a claim only
//! when a figure or a claim word follows within a few words ("at least 500",
//! "the 24th", "a dozen", "last week"); elsewhere the parsers are not run.

use std::sync::OnceLock;

use crate::grammar::{holiday, lexicon};

/// Which parsers a candidate word can start: dates and times, amounts
/// (counts, money, percentages, quantities, durations, ordinals), or both.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parsers(u8);

impl Parsers {
    /// Dates and times.
    pub const TEMPORAL: Parsers = Parsers(1);
    /// Amounts of every kind.
    pub const AMOUNT: Parsers = Parsers(2);
    /// Both.
    pub const ALL: Parsers = Parsers(3);
    /// A lead word: worth trying only before a figure or a claim word.
    const LEAD: u8 = 4;
    /// Not a trigger, but a claim word after a lead ("week" in "last week").
    const TARGET: u8 = 8;

    /// True when date and time parsers are worth trying.
    pub fn temporal(self) -> bool {
        self.0 & 1 != 0
    }

    /// True when amount parsers are worth trying.
    pub fn amount(self) -> bool {
        self.0 & 2 != 0
    }

    fn starts_claims(self) -> bool {
        self.0 & 3 != 0
    }

    fn is_lead(self) -> bool {
        self.0 & Self::LEAD != 0
    }

    fn counts_after_a_lead(self) -> bool {
        (self.starts_claims() && !self.is_lead()) || self.0 & Self::TARGET != 0
    }

    fn parsers_only(self) -> Parsers {
        Parsers(self.0 & 3)
    }
}

/// A lead word: it never makes a claim alone, only before a figure or a
/// claim word ("at least 500", "the 24th", "last week").
const LEAD: bool = true;
/// A word that can be a claim by itself or start one with any words after.
const ALONE: bool = false;

/// Words that start amounts: qualifiers, vague amounts, currency words.
const AMOUNT_TRIGGERS: &[(&str, bool)] = &[
    ("a", LEAD),
    ("about", LEAD),
    ("above", LEAD),
    ("almost", LEAD),
    ("an", LEAD),
    ("another", LEAD),
    ("approx", LEAD),
    ("approximately", LEAD),
    ("around", LEAD),
    ("as", LEAD),
    ("at", LEAD),
    ("below", LEAD),
    ("between", LEAD),
    ("billions", ALONE),
    ("circa", LEAD),
    ("close", LEAD),
    ("couple", LEAD),
    ("dozen", ALONE),
    ("dozens", ALONE),
    ("entire", LEAD),
    ("estimated", LEAD),
    ("eur", LEAD),
    ("exceeding", LEAD),
    ("few", LEAD),
    ("fewer", LEAD),
    ("full", LEAD),
    ("gbp", LEAD),
    ("hour", ALONE),
    ("hundreds", ALONE),
    ("in", LEAD),
    ("just", LEAD),
    ("less", LEAD),
    ("magnitude", LEAD),
    ("millions", ALONE),
    ("minus", LEAD),
    ("more", LEAD),
    ("nearly", LEAD),
    ("negative", LEAD),
    ("no", LEAD),
    ("over", LEAD),
    ("roughly", LEAD),
    ("rm", LEAD),
    ("rs", LEAD),
    ("scores", ALONE),
    ("several", LEAD),
    ("some", LEAD),
    ("tens", LEAD),
    ("thousands", ALONE),
    ("thrice", ALONE),
    ("twice", ALONE),
    ("under", LEAD),
    ("up", LEAD),
    ("upwards", LEAD),
    ("us", LEAD),
    ("usd", LEAD),
    ("well", LEAD),
    ("whole", LEAD),
    ("within", LEAD),
];

/// Words that start only dates and times.
const TEMPORAL_TRIGGERS: &[(&str, bool)] = &[
    ("a", LEAD),
    ("afternoon", LEAD),
    ("an", LEAD),
    ("autumn", LEAD),
    ("between", LEAD),
    ("coming", LEAD),
    ("day", LEAD),
    ("early", LEAD),
    ("evening", LEAD),
    ("fall", LEAD),
    ("following", LEAD),
    ("in", LEAD),
    ("last", LEAD),
    ("late", LEAD),
    ("mid", LEAD),
    ("midday", ALONE),
    ("midnight", ALONE),
    ("morning", LEAD),
    ("next", LEAD),
    ("noon", ALONE),
    ("on", LEAD),
    ("past", LEAD),
    ("previous", LEAD),
    ("spring", LEAD),
    ("summer", LEAD),
    ("the", LEAD),
    ("this", LEAD),
    ("today", ALONE),
    ("tomorrow", ALONE),
    ("tonight", ALONE),
    ("yesterday", ALONE),
];

/// Words that make a claim only after a lead word ("this weekend", "last
/// summer", "a score of"), besides units and scales.
const TARGETS: &[&str] = &["weekend", "spring", "summer", "fall", "autumn", "score", "morning", "afternoon", "evening"];

/// Words that start both an amount and a time ("half of the vote", "half
/// past eight").
const SHARED_TRIGGERS: &[&str] = &["half", "quarter"];

/// How many words after a lead word may hold its figure ("no fewer than 30").
const LEAD_REACH: usize = 4;

/// The longest word in the table.
const MAX_LEN: usize = 24;

/// The trigger table, bucketed by first letter and length.
struct Table {
    buckets: Vec<Vec<(&'static str, Parsers)>>,
}

impl Table {
    /// The bucket of a word by its first letter (any case) and length.
    fn slot(word: &str) -> Option<usize> {
        let first = word.as_bytes().first()?.to_ascii_lowercase();
        (first.is_ascii_lowercase() && word.len() <= MAX_LEN)
            .then(|| usize::from(first - b'a') * (MAX_LEN + 1) + word.len())
    }

    fn build() -> Table {
        let mut table = Table { buckets: vec![Vec::new(); 26 * (MAX_LEN + 1)] };
        let lead = |is_lead: bool| if is_lead { Parsers::LEAD } else { 0 };
        let amount = AMOUNT_TRIGGERS.iter().map(|&(w, l)| (w, Parsers::AMOUNT.0 | lead(l)));
        let temporal = TEMPORAL_TRIGGERS.iter().map(|&(w, l)| (w, Parsers::TEMPORAL.0 | lead(l)));
        let named_days = holiday::first_words();
        let calendar = lexicon::MONTHS.iter().map(|(w, _)| *w).chain(lexicon::WEEKDAYS.iter().map(|(w, _)| *w));
        let shared = SHARED_TRIGGERS.iter().map(|w| (*w, Parsers::ALL.0));
        let numbers = lexicon::SMALL_NUMBERS
            .iter()
            .chain(lexicon::TENS)
            .chain(lexicon::ORDINAL_WORDS)
            .map(|(w, _)| (*w, Parsers::ALL.0));
        let targets = lexicon::TIME_UNITS
            .iter()
            .map(|(w, _)| *w)
            .chain(lexicon::SCALES.iter().map(|(w, _)| *w))
            .chain(TARGETS.iter().copied());
        let all = amount
            .chain(temporal)
            .chain(named_days.chain(calendar).map(|w| (w, Parsers::TEMPORAL.0)))
            .chain(shared)
            .chain(numbers)
            .chain(targets.map(|w| (w, Parsers::TARGET)));
        for (word, bits) in all {
            let Some(slot) = Table::slot(word) else { continue };
            let Some(bucket) = table.buckets.get_mut(slot) else { continue };
            match bucket.iter_mut().find(|(w, _)| *w == word) {
                Some((_, p)) => p.0 |= bits,
                None => bucket.push((word, Parsers(bits))),
            }
        }
        table
    }

    /// The entry of `word`, ignoring ASCII case.
    fn get(&self, word: &str) -> Option<Parsers> {
        let bucket = self.buckets.get(Table::slot(word)?)?;
        bucket.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, p)| p)
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::build)
}

/// The run of letters at the start of `rest`, and what follows it.
fn first_word(rest: &str) -> Option<(&str, &str)> {
    let len = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    rest.split_at_checked(len)
}

/// The parsers the word at the start of `rest` can start, if it is a trigger.
pub fn trigger(rest: &str) -> Option<Parsers> {
    let (word, after) = first_word(rest)?;
    trigger_word(word, after)
}

/// The parsers `word` (followed by `after`) can start, if it is a trigger.
pub fn trigger_word(word: &str, after: &str) -> Option<Parsers> {
    match table().get(word) {
        Some(p) if p.is_lead() && !leads_to_a_claim(after) => None,
        Some(p) if p.starts_claims() => Some(p.parsers_only()),
        _ if after.starts_with('$') || lexicon::currency_code(word).is_some() => Some(Parsers::AMOUNT),
        _ => None,
    }
}

/// True when a figure or a claim word follows within a few words, before
/// the sentence ends.
fn leads_to_a_claim(after: &str) -> bool {
    // The dot of an abbreviated lead ("Rs. 20", "approx. 40") ends nothing.
    let after = after.strip_prefix('.').unwrap_or(after);
    for word in after.split_whitespace().take(LEAD_REACH) {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_ascii_digit() || matches!(first, '$' | '€' | '£' | '¥' | '₹' | '-' | '−') {
            return true;
        }
        let entry = first_word(word).and_then(|(w, _)| table().get(w));
        if entry.is_some_and(Parsers::counts_after_a_lead) {
            return true;
        }
        if word.ends_with(['.', ';', '!', '?', ':']) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_start_nothing() {
        assert_eq!(trigger("house prices"), None);
        assert_eq!(trigger("twelve"), Some(Parsers::ALL));
        assert_eq!(trigger("March 3"), Some(Parsers::TEMPORAL));
    }

    #[test]
    fn lead_words_need_a_figure_or_claim_word_after_them() {
        assert_eq!(trigger("the house"), None);
        assert_eq!(trigger("the 24th"), Some(Parsers::TEMPORAL));
        assert_eq!(trigger("at least 500 people"), Some(Parsers::AMOUNT));
        assert_eq!(trigger("no fewer than 30"), Some(Parsers::AMOUNT));
        assert_eq!(trigger("last week"), Some(Parsers::TEMPORAL));
        assert_eq!(trigger("a dozen"), Some(Parsers::ALL));
        assert_eq!(trigger("a week ago"), Some(Parsers::ALL));
        assert_eq!(trigger("an hour later"), Some(Parsers::ALL));
        assert_eq!(trigger("the day after tomorrow"), Some(Parsers::TEMPORAL));
        assert_eq!(trigger("at the end. 5 more"), None);
        assert_eq!(trigger("US$85"), Some(Parsers::AMOUNT));
        assert_eq!(trigger("Rs. 20"), Some(Parsers::AMOUNT));
    }
}
