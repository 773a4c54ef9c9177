//! Numbers that are names, not claims: "Group of 20", "Boeing 737",
//! "Article 5", "COVID-19", "G7", phone numbers, versions, URLs.

/// Words that may stand before a figure without making it a name.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "all",
    "almost",
    "along",
    "among",
    "an",
    "and",
    "another",
    "around",
    "as",
    "at",
    "before",
    "below",
    "between",
    "but",
    "by",
    "circa",
    "close",
    "during",
    "each",
    "estimated",
    "every",
    "exceeding",
    "fewer",
    "for",
    "from",
    "her",
    "his",
    "if",
    "in",
    "including",
    "into",
    "its",
    "just",
    "last",
    "least",
    "less",
    "like",
    "more",
    "most",
    "my",
    "near",
    "nearly",
    "next",
    "nor",
    "of",
    "on",
    "only",
    "or",
    "our",
    "over",
    "past",
    "per",
    "roughly",
    "since",
    "so",
    "some",
    "than",
    "that",
    "the",
    "their",
    "these",
    "this",
    "those",
    "through",
    "to",
    "under",
    "until",
    "up",
    "upwards",
    "was",
    "were",
    "what",
    "when",
    "while",
    "with",
    "within",
    "approximately",
    "first",
    "top",
    "both",
    "other",
    "yet",
    "also",
    "now",
    "then",
    "there",
    "here",
    "why",
    "how",
    "who",
    "where",
    "which",
    "whose",
    "we",
    "they",
    "he",
    "she",
    "it",
    "you",
    "i",
    "are",
    "is",
    "be",
    "had",
    "has",
    "have",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "did",
    "do",
    "does",
    "said",
    "says",
    "killed",
    "left",
    "kills",
    "killing",
    "sees",
    "see",
];

/// Words after which a number is a label ("No. 1", "version 10", "Article 5").
const LABEL_WORDS: &[&str] = &[
    "no",
    "no.",
    "nos",
    "number",
    "version",
    "v",
    "vol",
    "article",
    "route",
    "flight",
    "chapter",
    "section",
    "clause",
    "paragraph",
    "room",
    "gate",
    "platform",
    "page",
    "pp",
    "track",
    "episode",
    "season",
    "level",
    "grade",
    "class",
    "category",
    "phase",
    "stage",
    "item",
    "resolution",
    "rule",
    "highway",
    "interstate",
    "exit",
    "bus",
    "line",
    "unit",
    "model",
];

/// The word ending just before byte `at` (skipping spaces), if any.
fn previous_word(text: &str, at: usize) -> Option<(usize, &str)> {
    let before = text.get(..at)?;
    let trimmed = before.trim_end_matches([' ', '\t', '\u{a0}']);
    if trimmed.len() == before.len() && !before.is_empty() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.' || c == '&')
        .last()
        .map(|(i, _)| i)?;
    Some((start, trimmed.get(start..).unwrap_or_default()))
}

/// True when `word` is a name: capitalized ("Boeing") or with a capital
/// inside ("iOS", "iPhone", "eBay"), and not a function word, month or
/// weekday.
fn is_proper(word: &str) -> bool {
    let mut chars = word.chars();
    let first = chars.next();
    let capital_inside = first.is_some_and(char::is_lowercase) && chars.any(char::is_uppercase);
    (first.is_some_and(char::is_uppercase) || capital_inside)
        && !FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word.trim_end_matches('.')))
        && crate::grammar::words::lookup(crate::grammar::lexicon::MONTHS, word.trim_end_matches('.')).is_none()
        && crate::grammar::words::lookup(crate::grammar::lexicon::WEEKDAYS, word.trim_end_matches('.')).is_none()
}

/// True when the bare number spanning `start..end` of `text` names something
/// rather than counts it. `title_case` relaxes the capitalized-word test for
/// headlines, where every word is capitalized.
pub fn is_name(text: &str, start: usize, end: usize, title_case: bool) -> bool {
    let after = text.get(end..).unwrap_or("");
    if is_joined(text, start) || continues_as_identifier(after) {
        return true;
    }
    if after_index_owner(text, start)
        || is_enumeration_mark(text, start, end)
        || is_zero_padded(text, start, end)
        || in_spaced_digit_groups(text, start, end)
    {
        return true;
    }
    let Some((word_start, word)) = previous_word(text, start) else { return false };
    let word_clean = word.trim_end_matches('.');
    if LABEL_WORDS.iter().any(|l| l.eq_ignore_ascii_case(word))
        || LABEL_WORDS.iter().any(|l| l.eq_ignore_ascii_case(word_clean))
    {
        return true;
    }
    if word.eq_ignore_ascii_case("of") {
        // "the Group of 20" names; "the Act of 1934", "the Class of 2008"
        // have a year.
        let year_like = end - start == 4 && text.get(start..end).is_some_and(|f| f.starts_with(['1', '2']));
        return !year_like
            && previous_word(text, word_start).is_some_and(|(at, w)| {
                is_proper(w) && !title_case && w.len() > 1 && !common_plural_opening(text, at, w)
            });
    }
    if counted_already(text, word_start, word) {
        return true;
    }
    !title_case && is_proper(word) && !adverb_opening(text, word_start, word)
}

/// True when `word` (at `start`) opens its sentence and is most often an
/// adverb: capitalized only because it comes first ("Altogether 33
/// fragments", "Roughly 40 homes"), unlike "Boeing 787" or "Windows 10".
fn adverb_opening(text: &str, start: usize, word: &str) -> bool {
    let adverb = crate::lexical::lemma_any(word).first().is_some_and(|l| l.pos() == crate::lexical::Pos::Adverb);
    opens_sentence(text, start) && adverb
}

/// True when `word` (at `start`) opens its sentence and is the plural of a
/// common noun: capitalized only because it comes first ("Residents of 46
/// homes", "Families of 12 victims"), unlike "the Group of 20".
fn common_plural_opening(text: &str, start: usize, word: &str) -> bool {
    opens_sentence(text, start) && crate::lexical::is_plural_noun(word)
}

/// True when the word at `start` opens its sentence or its line.
fn opens_sentence(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    opens_after(before) || before.trim_end_matches([' ', '\t', '\u{a0}']).ends_with('\n')
}

/// True when the word after `before` opens a sentence, a quotation or an
/// aside, where prose capitalizes any word: nothing before it, or a full
/// stop, a colon, an opening quote, bracket or dash (a line break inside
/// a sentence is only wrapping).
fn opens_after(before: &str) -> bool {
    let before = before.trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '"', '“', '(', '—', '–', '-', '\'', '‘'])
}

/// True for a whole number written with leading zeros ("serial number
/// 001", "Flight 0042"): a code, not a count.
fn is_zero_padded(text: &str, start: usize, end: usize) -> bool {
    let figure = text.get(start..end).unwrap_or_default();
    let decimals = text.get(..start).is_some_and(|b| b.ends_with(['.', ',']));
    !decimals && figure.len() > 1 && figure.starts_with('0') && figure.bytes().all(|b| b.is_ascii_digit())
}

/// True for a group of a number written in groups of digits apart by
/// spaces, as telephone numbers are ("0800 555 111", "0845 125 2222"): a
/// run of three groups or more, or one whose first group has a leading
/// zero. Prose never sets two bare numbers side by side.
fn in_spaced_digit_groups(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let is_digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let group_before = |at: usize| {
        // The start of the digit group that ends one space before `at`.
        let space = at.checked_sub(1).filter(|&i| bytes.get(i) == Some(&b' '))?;
        let mut s = space;
        while s > 0 && is_digit(s - 1) {
            s -= 1;
        }
        (s < space && (s == 0 || !bytes.get(s - 1).is_some_and(u8::is_ascii_alphanumeric))).then_some(s)
    };
    let group_after = |at: usize| {
        // The end of the digit group that starts one space after `at`.
        (bytes.get(at) == Some(&b' ') && is_digit(at + 1))
            .then(|| {
                let mut e = at + 1;
                while is_digit(e) {
                    e += 1;
                }
                e
            })
            .filter(|&e| !bytes.get(e).is_some_and(u8::is_ascii_alphanumeric))
    };
    if !text.get(start..end).is_some_and(|f| f.bytes().all(|b| b.is_ascii_digit())) {
        return false;
    }
    let (mut first, mut groups) = (start, 1);
    while let Some(s) = group_before(first) {
        first = s;
        groups += 1;
    }
    let mut last = end;
    while let Some(e) = group_after(last) {
        last = e;
        groups += 1;
    }
    groups >= 3 || (groups == 2 && bytes.get(first) == Some(&b'0'))
}

/// True for a digit alone in parentheses, which numbers items, notes or
/// copies ("(1)", "(2)"), not things ("Airbus (30) and Boeing (25)").
fn is_enumeration_mark(text: &str, start: usize, end: usize) -> bool {
    end.checked_sub(start) == Some(1)
        && text.get(..start).is_some_and(|b| b.ends_with('('))
        && text.get(end..).is_some_and(|a| a.starts_with(')'))
}

/// True when a capitalized number word mid-sentence is part of a name:
/// "the Big Three automakers", "the Group of Seven", "turn the Five Hundred
/// into". Prose writes numbers in lower case, so a capital that does not
/// open the sentence (or a quotation, or follow a full stop) names.
/// Headlines capitalize every word, so nothing there counts as such.
pub fn is_word_name(text: &str, sentence_start: usize, start: usize, title_case: bool) -> bool {
    if title_case || !text.get(start..).is_some_and(|t| t.starts_with(char::is_uppercase)) {
        return false;
    }
    let before = text.get(sentence_start.min(start)..start).unwrap_or_default();
    !opens_after(before) && before.contains(char::is_alphanumeric)
}

/// True when a count in words stands just before the figure, with at most
/// one word between: "five new 737 aircraft", "two 747 jets". The figure is
/// then what is counted (a model), not a second count.
fn counted_already(text: &str, word_start: usize, word: &str) -> bool {
    // Number words are three to nine letters long: most words are turned
    // away before the lexicon is read.
    let is_count_word = |w: &str| {
        (3..=9).contains(&w.len())
            && (crate::grammar::words::lookup(crate::grammar::lexicon::SMALL_NUMBERS, w).is_some_and(|n| n > 1)
                || crate::grammar::words::lookup(crate::grammar::lexicon::TENS, w).is_some())
    };
    is_count_word(word)
        || (word.starts_with(char::is_lowercase)
            && previous_word(text, word_start).is_some_and(|(_, w)| is_count_word(w))
            && !FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(word)))
}

/// Capitalized words that make a weekday the name of an event: "Black
/// Monday" (1987), "Bloody Sunday", "Super Tuesday". Such a day is not the
/// Monday next to the publication date.
const DAY_NAMERS: &[&str] = &["Black", "Bloody", "Super", "Blue"];

/// True when the word right before `start` names the weekday there as an
/// event ("Black Monday").
pub fn names_the_weekday(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let Some(word) = before.strip_suffix(' ') else { return false };
    DAY_NAMERS.iter().any(|n| word.strip_suffix(n).is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
}

/// True for two figures joined by a dash that name a model, not a range:
/// "737-800", "747-400". A range states both ends alike ("300-400",
/// "120-150"); a model's second part is a round hundred after a first that
/// is not round.
pub fn is_model_designation(written: &str) -> bool {
    let Some((low, high)) = written.split_once('-') else { return false };
    let figure = |s: &str| (3..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    match (
        figure(low).then(|| low.parse::<u32>().ok()).flatten(),
        figure(high).then(|| high.parse::<u32>().ok()).flatten(),
    ) {
        (Some(low), Some(high)) => {
            let years = (1800..=2100).contains(&low) && (1800..=2100).contains(&high);
            low % 10 != 0 && high % 100 == 0 && !years
        }
        _ => false,
    }
}

/// Possessive names whose number names an index ("Standard & Poor's 500"),
/// where a possessive is otherwise an owner of a count ("Britain's 60
/// million people").
const INDEX_OWNERS: &[&str] = &["Poor's", "Poor’s"];

/// True right after a possessive in [`INDEX_OWNERS`].
fn after_index_owner(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end();
    INDEX_OWNERS.iter().any(|owner| before.strip_suffix(owner).is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
}

/// True when the number is glued to letters before it ("COVID-19", "F-16",
/// "G7") or to an apostrophe ("iLife '11").
fn is_joined(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or("").chars().rev();
    match before.next() {
        Some(c) if c.is_alphanumeric() => true,
        // "iLife '11", "the class of '98": a year cut short, or a version.
        Some('\'' | '’') => true,
        // "members-62,000": a figure grouped in thousands is no code, even
        // glued to a word by a lost dash.
        Some('-') if starts_grouped(text.get(start..).unwrap_or_default()) => false,
        Some('-' | '/' | '.' | '_' | '#') => before.next().is_some_and(char::is_alphanumeric),
        _ => false,
    }
}

/// True when `text` opens with a figure grouped in thousands ("62,000").
fn starts_grouped(text: &str) -> bool {
    let lead = text.bytes().take_while(u8::is_ascii_digit).count();
    let group = text.as_bytes().get(lead..lead + 4);
    (1..=3).contains(&lead)
        && group.is_some_and(|g| g.first() == Some(&b',') && g.iter().skip(1).all(u8::is_ascii_digit))
        && !text.as_bytes().get(lead + 4).is_some_and(u8::is_ascii_digit)
}

/// True when the text after a number continues an identifier or a phone
/// number: "737-800", "555-0123", "24/7", "192.168".
fn continues_as_identifier(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        Some('-' | '/' | '.' | '_' | ':') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some(c) => c.is_alphanumeric(),
        None => false,
    }
}

/// True when a whitespace-delimited chunk is a URL, an e-mail address, a
/// path or a handle, none of which holds claims.
pub fn is_link_like(chunk: &str) -> bool {
    if !chunk.bytes().any(|b| matches!(b, b':' | b'@' | b'.' | b'/' | b'_')) {
        return false;
    }
    chunk.contains("://")
        || chunk.starts_with("www.")
        || chunk.contains('@')
        || chunk.contains(".com")
        || chunk.contains(".org")
        || chunk.contains(".html")
        || (chunk.contains('/')
            && chunk.chars().any(|c| c.is_ascii_alphabetic())
            && chunk.chars().any(|c| c.is_ascii_digit())
            && !chunk.contains("km/h")
            && !is_slashed_date(chunk))
        || chunk.contains('_')
}

/// True for a date written with slashes and a month name ("31/Oct/1974",
/// "2019/aug/01"): every part is digits or a month.
fn is_slashed_date(chunk: &str) -> bool {
    let body = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
    let (mut parts, mut months) = (0, 0);
    for part in body.split('/') {
        parts += 1;
        if crate::grammar::words::lookup(crate::grammar::lexicon::MONTHS, part).is_some() {
            months += 1;
        } else if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    parts == 3 && months == 1
}

/// Figures a document uses as names somewhere ("Boeing 787", "787-9",
/// "737s"), found on first need in one pass over its prose: the same figure
/// bare elsewhere in that document ("shrink the 787 and …") names the same
/// thing, one sense per document.
#[derive(Default)]
pub struct NamedFigures<'a> {
    figures: std::cell::OnceCell<Vec<&'a str>>,
}

impl<'a> NamedFigures<'a> {
    /// True when `figure` (three or four digits) stands as a name anywhere
    /// in the prose regions of `text`.
    pub fn contains(&self, text: &'a str, prose: &[crate::span::Span], figure: &str) -> bool {
        let figures = self.figures.get_or_init(|| named_figures(text, prose));
        figures.binary_search(&figure).is_ok()
    }
}

/// True when the figure at `start..end` is plainly a name: after a
/// capitalized word ("Boeing 787"), with a plural glued on ("737s"), or
/// as a model's first part ("737-800"). Ranges ("200-250") are none.
fn stands_as_name(text: &str, start: usize, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let glued_plural = after.strip_prefix('s').is_some_and(|r| !r.starts_with(char::is_alphanumeric));
    let model = after.strip_prefix('-').is_some_and(|r| {
        let second = r.bytes().take_while(u8::is_ascii_digit).count();
        is_model_designation(text.get(start..end + 1 + second).unwrap_or_default())
    });
    glued_plural || model || previous_word(text, start).is_some_and(|(_, w)| is_proper(w))
}

/// Every figure of three or four digits standing as a name in the prose.
#[cold]
#[inline(never)]
fn named_figures<'a>(text: &'a str, prose: &[crate::span::Span]) -> Vec<&'a str> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for region in prose {
        let mut at = region.start;
        while at < region.end.min(bytes.len()) {
            if !bytes.get(at).is_some_and(u8::is_ascii_digit) {
                at += 1;
                continue;
            }
            let len = bytes.get(at..region.end).unwrap_or_default().iter().take_while(|b| b.is_ascii_digit()).count();
            let run_alone =
                at == 0 || !bytes.get(at - 1).is_some_and(|b| b.is_ascii_digit() || *b == b',' || *b == b'.');
            if run_alone && (3..=4).contains(&len) && stands_as_name(text, at, at + len) {
                found.extend(text.get(at..at + len));
            }
            at += len;
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str, number: &str) -> bool {
        let start = text.find(number).unwrap();
        is_name(text, start, start + number.len(), false)
    }

    #[test]
    fn names_are_not_claims() {
        assert!(named("the Group of 20 summit", "20"));
        assert!(!named("Residents of 46 homes were told to leave.", "46"), "capitalized as the sentence opens");
        assert!(!named("It hailed. Families of 12 victims sued.", "12") && named("Group of 20 leaders met.", "20"));
        assert!(!named("It ended. Altogether 33 fragments were found.", "33"), "an adverb opening its sentence");
        assert!(named("It ended. Windows 10 was released.", "10") && named("Boeing 787 jets", "787"));
        assert!(named("Apple unveiled the iPhone 4 and iOS 5.", "4") && named("and iOS 5.", "5"));
        assert!(!named("sold 4 phones", "4"));
        assert!(named("Biden and Putin (1)", "1") && !named("Airbus (30) and", "30"));
        assert!(named("its serial number is 001", "001") && !named("a rate of .08 here", "08"));
        assert!(named("Apple's iLife '11 suite", "11"));
        let word_name = |t: &str, w: &str| is_word_name(t, 0, t.find(w).unwrap(), false);
        assert!(word_name("the \"Big Three\" automakers", "Three") && word_name("the Group of Seven met", "Seven"));
        assert!(word_name("to turn the Five Hundred into a hit", "Five"));
        assert!(!word_name("They met in the U.S. Three people died.", "Three"));
        assert!(!word_name("He said: \"Three people died.\"", "Three") && !word_name("Three died.", "Three"));
        assert!(!word_name("the big three", "three"));
        assert!(named("a Boeing 737 jet", "737"));
        assert!(named("under Article 5 of", "5"));
        assert!(named("fears over COVID-19 grew", "19"));
        assert!(named("call 555-0123 now", "555"));
        assert!(named("world no. 1 player", "1"));
        assert!(named("the Standard and Poor's 500 index", "500"));
        assert!(!named("Britain's 60 million people", "60"));
        assert!(is_model_designation("737-800"));
        let phone = "call 0800 555 111 or 0845 125 2222, or 0800 555111.";
        for group in ["555", "111", "125", "2222", "555111"] {
            let at = phone.find(group).unwrap_or_default();
            assert!(in_spaced_digit_groups(phone, at, at + group.len()), "{group}");
        }
        let prose = "In 2013 15 people died; 12 of 40 were hurt.";
        for figure in ["15", "12", "40"] {
            let at = prose.find(figure).unwrap_or_default();
            assert!(!in_spaced_digit_groups(prose, at, at + figure.len()), "{figure}");
        }
        let text = "on ` Black Monday ' in 1987, and on Blackmonday";
        assert!(names_the_weekday(text, text.find("Monday").unwrap()));
        assert!(!names_the_weekday("Obama said Monday", 11));
        assert!(!is_model_designation("300-400"));
        assert!(!is_model_designation("120-150"));
        assert!(!is_model_designation("2008-2009"));
        assert!(!is_model_designation("1995-2000"), "years");
        assert!(!named("Over 13,000 people", "13,000"));
        assert!(!named("In 2014 the", "2014"));
        assert!(!named("said 45 people", "45"));
        assert!(named("to buy five new 737 aircraft", "737"));
        assert!(!named("in 2008 3,000 people died", "3,000"));
        assert!(!named("another two in 2012.", "2012"), "a function word between");
    }

    #[test]
    fn links_are_skipped() {
        assert!(is_link_like("https://example.com/2021/12/09"));
        assert!(is_link_like("user@example.org"));
        assert!(!is_link_like("13,000"));
        assert!(!is_link_like("120km/h"));
        assert!(!is_link_like("31/Oct/1974,"));
        assert!(is_link_like("news/Oct/1974"));
    }
}
