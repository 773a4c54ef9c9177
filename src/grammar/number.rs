//! Numbers written in digits or in words, with scale words and fractions.
//!
//! Grammar (case-insensitive, words separated by spaces or hyphens):
//! ```text
//! digits   = d{1,3} (sep d{3})+ ("." d+)? | d{1,2} ("," d{2})+ "," d{3} | d+ ("." d+)? | "." d+
//!            sep: "," or one kind of space ("40 000", "40\u{202f}000")
//! words    = group (scale ("and")? group?)*         "one hundred and five", "three lakh crore"
//! group    = below100 ("hundred" ("and")? below100?)? | "a" "hundred"
//! below100 = tens ("-" small)? | small
//! fraction = d "/" (2|3|4|8) | "½" | "¼" | "¾" | "⅓" | "⅔"   (after a whole number also d " / " (2|3|4|8))
//! number   = fraction-word ("of")? "a"? scale                "half a million", "a quarter of a million"
//!          | (digits (" "? fraction)? | words ("point" digit-words)?)
//!            ("and" fraction-word)? (suffix | "dozen" | scale ("and" fraction-word)?)?
//!                                              "2 1/4", "two point five", "3 million and a half", "1.3bn"
//! ```

use super::lexicon::{COUNT_SCALE_SUFFIXES, DENOMINATORS, ORDINAL_WORDS, SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS};
use super::words::{any_phrase, at_boundary, fail, lexeme, phrase, space, word, PResult};

/// The longest run of digits accepted as a figure; longer runs are identifiers.
const MAX_DIGITS: usize = 18;

/// A parsed number with the precision it was stated to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The value.
    pub value: f64,
    /// The size of the last stated digit (1 for "13,000", 0.1 for "2.4").
    pub precision: f64,
    /// True when written in digits.
    pub digits: bool,
    /// True when written with thousands separators ("13,000").
    pub grouped: bool,
    /// True when written with a decimal point.
    pub decimal: bool,
}

/// A number in digits: "13,000", "2.4", "1980".
pub fn digits(input: &str) -> PResult<'_, Number> {
    let bytes = input.as_bytes();
    if let [b'.', b'0'..=b'9', ..] = bytes {
        return leading_point(input);
    }
    let lead = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if lead == 0 || lead > MAX_DIGITS {
        return fail(input);
    }
    let mut end = lead;
    let mut grouped = false;
    if lead <= 3 {
        if let Some(after) = thousands_groups(bytes, end) {
            end = after;
            grouped = true;
        }
    }
    if lead <= 2 && !grouped {
        if let Some(after) = indian_groups(bytes, end) {
            end = after;
            grouped = true;
        }
    }
    let int_end = end;
    let mut decimal = false;
    if bytes.get(end) == Some(&b'.') {
        let frac = bytes.iter().skip(end + 1).take_while(|b| b.is_ascii_digit()).count();
        if frac > 0 && frac <= MAX_DIGITS {
            end += 1 + frac;
            decimal = true;
        }
    }
    if !grouped && !decimal {
        if let Some(after) = decimal_comma_percent(bytes, end) {
            end = after;
            decimal = true;
        }
    }
    if bytes.get(end).is_some_and(|b| b.is_ascii_digit()) {
        return fail(input);
    }
    let (value, precision) =
        digit_value(input.get(..int_end).unwrap_or_default(), input.get(int_end + 1..end).unwrap_or(""));
    Ok((input.get(end..).unwrap_or_default(), Number { value, precision, digits: true, grouped, decimal }))
}

/// The end of a decimal comma in a percentage, as much of Europe writes it
/// ("8,26%"): a comma, one or two digits and a percent sign. Elsewhere a
/// comma and digits may be a list ("1,2,3"), so it is read only there.
fn decimal_comma_percent(bytes: &[u8], end: usize) -> Option<usize> {
    if bytes.get(end) != Some(&b',') {
        return None;
    }
    let frac = bytes.iter().skip(end + 1).take_while(|b| b.is_ascii_digit()).count();
    let after = end + 1 + frac;
    ((1..=2).contains(&frac) && bytes.get(after) == Some(&b'%')).then_some(after)
}

/// A decimal written without its leading zero: ".08", ".75".
fn leading_point(input: &str) -> PResult<'_, Number> {
    let frac = input.bytes().skip(1).take_while(u8::is_ascii_digit).count();
    let end = 1 + frac;
    if frac > MAX_DIGITS || input.as_bytes().get(end).is_some_and(|b| *b == b'.' || b.is_ascii_digit()) {
        return fail(input);
    }
    let (value, precision) = digit_value("", input.get(1..end).unwrap_or_default());
    Ok((input.get(end..).unwrap_or_default(), Number { value, precision, digits: true, grouped: false, decimal: true }))
}

/// Characters that separate groups of three digits: a comma, or a space of
/// some kind ("40 000", "40\u{202f}000" as in SI and French style).
const GROUP_SEPARATORS: &[&str] = &[",", "\u{a0}", "\u{202f}", "\u{2009}", " "];

/// The end of the thousands groups after the leading digits at `at`:
/// ",ddd" repeated, or the same with one kind of space. A plain space joins
/// groups only when it cannot be two figures side by side: two groups or more
/// ("1 414 021 100") or a round "000" ("40 000"), so "May 5 200 people" stays
/// two figures.
fn thousands_groups(bytes: &[u8], at: usize) -> Option<usize> {
    // A comma, a space, or the lead byte of a non-breaking or thin space.
    if !matches!(bytes.get(at), Some(b',' | b' ' | 0xC2 | 0xE2)) {
        return None;
    }
    GROUP_SEPARATORS.iter().find_map(|sep| {
        let sep = sep.as_bytes();
        let mut end = at;
        let mut groups = 0;
        while let Some(next) = group(bytes, end, sep, 3) {
            end = next;
            groups += 1;
        }
        let round = bytes.get(at + sep.len()..end) == Some(b"000".as_slice());
        let plain_space = sep == b" ";
        (groups > 0 && (!plain_space || groups > 1 || round)).then_some(end)
    })
}

/// Indian grouping after one or two leading digits: ",dd" groups and a final
/// ",ddd" ("12,34,567", "1,00,000").
fn indian_groups(bytes: &[u8], at: usize) -> Option<usize> {
    let mut end = at;
    let mut pairs = 0;
    while let Some(next) = group(bytes, end, b",", 2) {
        end = next;
        pairs += 1;
    }
    let last = group(bytes, end, b",", 3)?;
    (pairs > 0).then_some(last)
}

/// The end of `sep` and `width` digits at `at`, when no digit follows them.
fn group(bytes: &[u8], at: usize, sep: &[u8], width: usize) -> Option<usize> {
    let digits_at = at + sep.len();
    let end = digits_at + width;
    let fits = bytes.get(at..digits_at) == Some(sep)
        && bytes.get(digits_at..end).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !bytes.get(end).is_some_and(u8::is_ascii_digit);
    fits.then_some(end)
}

/// The value of an integer part (with separators) and a fraction part.
fn digit_value(int: &str, frac: &str) -> (f64, f64) {
    let mut value = 0.0f64;
    for b in int.bytes().filter(u8::is_ascii_digit) {
        value = value * 10.0 + f64::from(b - b'0');
    }
    // The fraction as a whole number over a power of ten: one rounding, so
    // "567.89" is 567.89 and not 567.8900000001.
    let mut numerator = 0.0f64;
    let mut scale = 1.0f64;
    for b in frac.bytes() {
        numerator = numerator * 10.0 + f64::from(b - b'0');
        scale /= 10.0;
    }
    if numerator > 0.0 {
        value += numerator / 10f64.powi(frac.len() as i32);
    }
    (value, scale)
}

/// Digits less than 100 in words: "seven", "twenty-three", "forty".
fn below_hundred(input: &str) -> PResult<'_, u32> {
    if let Ok((rest, tens)) = lexeme(TENS)(input) {
        let unit = rest
            .strip_prefix('-')
            .or_else(|| space(rest).ok().map(|(r, _)| r))
            .and_then(|r| lexeme(SMALL_NUMBERS)(r).ok())
            .filter(|&(_, u)| (1..10).contains(&u));
        return Ok(match unit {
            Some((r, u)) => (r, tens + u),
            None => (rest, tens),
        });
    }
    lexeme(SMALL_NUMBERS)(input)
}

/// A group below one thousand: "one hundred and five", "a hundred", "twelve".
fn below_thousand(input: &str) -> PResult<'_, u32> {
    let (rest, lead) = match below_hundred(input) {
        Ok(ok) => ok,
        Err(_) => {
            let (after_a, _) = phrase("a")(input)?;
            let (r, _) = space(after_a)?;
            let (_, w) = word(r)?;
            if !w.eq_ignore_ascii_case("hundred") {
                return fail(input);
            }
            (after_a, 1)
        }
    };
    let Ok((after, _)) = space(rest).and_then(|(r, _)| phrase("hundred")(r)) else {
        return Ok((rest, lead));
    };
    if lead == 0 || lead > 9 {
        return Ok((rest, lead));
    }
    let tail = and_then_group(after, below_hundred);
    Ok(match tail {
        Some((r, n)) => (r, lead * 100 + n),
        None => (after, lead * 100),
    })
}

/// `(" and")? " " group`, as in "hundred and five". A fraction after "and"
/// is not a group: "one hundred and three quarters" is 100.75.
fn and_then_group<'a>(input: &'a str, group: fn(&'a str) -> PResult<'a, u32>) -> Option<(&'a str, u32)> {
    let (r, _) = space(input).ok()?;
    let r = match phrase("and")(r).and_then(|(r, _)| space(r)) {
        Ok((r, _)) if fraction_word(r).is_ok_and(|(after, _)| at_boundary(after)) => return None,
        Ok((r, _)) => r,
        Err(_) => r,
    };
    group(r).ok()
}

/// A whole number in words: "two thousand three hundred", "one million".
pub fn words(input: &str) -> PResult<'_, Number> {
    words_and_scale(input).map(|(rest, (n, _))| (rest, n))
}

/// A whole number in words, and the scale it ended on ("one million" → 1e6,
/// "two thousand three" → 1), which a following "and a half" multiplies.
fn words_and_scale(input: &str) -> PResult<'_, (Number, f64)> {
    let (mut rest, current) = below_thousand(input)?;
    let mut total = 0.0f64;
    let mut current = f64::from(current);
    let mut last_scale = 1.0;
    while let Ok((r, scale)) = space(rest).and_then(|(r, _)| lexeme(SCALES)(r)) {
        if scale < 1e3 {
            break;
        }
        if current == 0.0 && last_scale >= 1e3 {
            // "three lakh crore": a larger scale multiplies the one before.
            if scale <= last_scale {
                break;
            }
            total *= scale;
        } else {
            total += current * scale;
        }
        current = 0.0;
        last_scale = scale;
        rest = r;
        match and_then_group(rest, below_thousand) {
            Some((r, n)) if n > 0 => {
                current = f64::from(n);
                last_scale = 1.0;
                rest = r;
            }
            _ => {}
        }
    }
    let value = total + current;
    // Stated to the scale it ends on, as in digits: "two million" as "2
    // million" (to the million), "two million three hundred" to the unit.
    Ok((rest, (Number { value, precision: last_scale, digits: false, grouped: false, decimal: false }, last_scale)))
}

/// An ordinal in words: "third", "twentieth", "twenty-first", "forty second".
pub fn ordinal_words(input: &str) -> PResult<'_, u32> {
    if let Ok((rest, tens)) = lexeme(TENS)(input) {
        let r = rest.strip_prefix('-').or_else(|| space(rest).ok().map(|(r, _)| r));
        if let Some(Ok((r, unit))) = r.map(lexeme(ORDINAL_WORDS)) {
            if unit < 10 {
                return Ok((r, tens + unit));
            }
        }
    }
    lexeme(ORDINAL_WORDS)(input)
}

/// How a spoken fraction starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FractionLead {
    /// "half", "quarter" on their own.
    Bare,
    /// "a third", "an eighth".
    Article,
    /// "one fifth".
    One,
    /// "two thirds", "three-quarters".
    Count,
}

/// A fraction said in words, with how it was said.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SpokenFraction {
    /// Its value ("three quarters" → 0.75).
    pub value: f64,
    /// How it starts.
    pub lead: FractionLead,
    /// True when written with a hyphen ("two-thirds").
    pub hyphen: bool,
    /// True when the denominator is plural ("thirds").
    pub plural: bool,
}

/// A fraction in words: "half", "a third", "one fifth", "three quarters",
/// "two-thirds": a numerator below ten and a denominator from the lexicon.
pub fn spoken_fraction(input: &str) -> PResult<'_, SpokenFraction> {
    if let Ok((rest, value)) = any_phrase(&[("half", 0.5), ("quarter", 0.25)])(input) {
        return Ok((rest, SpokenFraction { value, lead: FractionLead::Bare, hyphen: false, plural: false }));
    }
    let (rest, (numerator, lead)) = any_phrase(&[
        ("a", (1, FractionLead::Article)),
        ("an", (1, FractionLead::Article)),
        ("one", (1, FractionLead::One)),
    ])(input)
    .or_else(|_| lexeme(SMALL_NUMBERS)(input).map(|(r, n)| (r, (n, FractionLead::Count))))?;
    let hyphen = rest.starts_with('-');
    let rest = match rest.strip_prefix('-') {
        Some(r) => r,
        None => space(rest)?.0,
    };
    let (after, denominator) = lexeme(DENOMINATORS)(rest)?;
    let written = rest.get(..rest.len() - after.len()).unwrap_or_default();
    let plural = written.ends_with(['s', 'S']);
    if numerator == 0 || f64::from(numerator) >= denominator {
        return fail(input);
    }
    let value = f64::from(numerator) / denominator;
    Ok((after, SpokenFraction { value, lead, hyphen, plural }))
}

/// The value of a fraction in words ("a half", "three quarters").
fn fraction_word(input: &str) -> PResult<'_, f64> {
    spoken_fraction(input).map(|(rest, f)| (rest, f.value))
}

/// " and a half", " and three quarters" after a number or a unit.
pub fn and_fraction(input: &str) -> Option<(&str, f64)> {
    let (r, _) = space(input).ok()?;
    let (r, _) = phrase("and")(r).ok()?;
    let (r, _) = space(r).ok()?;
    let (r, f) = fraction_word(r).ok()?;
    at_boundary(r).then_some((r, f))
}

/// A fraction of a scale word: "half a million", "a quarter of a million",
/// "three quarters of a billion", "half million".
fn fraction_of_scale(input: &str) -> PResult<'_, Number> {
    let (rest, share) = fraction_word(input)?;
    let (rest, _) = space(rest)?;
    let rest = match phrase("of a")(rest).or_else(|_| phrase("a")(rest)) {
        Ok((r, _)) => space(r)?.0,
        Err(_) => rest,
    };
    let (rest, scale) = lexeme(SCALES)(rest).or_else(|_| lexeme(&[("dozen", 12.0)])(rest))?;
    if scale < 12.0 || scale == 100.0 {
        return fail(input);
    }
    let number =
        Number { value: share * scale, precision: share * scale, digits: false, grouped: false, decimal: false };
    Ok((rest, number))
}

/// Digits spoken after "point": "point five", "point nought four", "point
/// seventy-one".
fn point_decimals(input: &str) -> Option<(&str, f64, f64)> {
    const DIGITS: &[(&str, u32)] = &[("zero", 0), ("oh", 0), ("nought", 0), ("naught", 0)];
    let (r, _) = space(input).ok()?;
    let (mut rest, _) = phrase("point")(r).ok()?;
    let mut fraction = 0.0;
    let mut scale = 1.0;
    while let Ok((r, _)) = space(rest) {
        let Ok((r, d)) = lexeme(DIGITS)(r).or_else(|_| below_hundred(r)) else { break };
        let width = if d >= 10 { 2 } else { 1 };
        scale /= f64::from(10u32.pow(width));
        fraction += f64::from(d) * scale;
        rest = r;
        if width == 2 {
            break;
        }
    }
    (scale < 1.0 && at_boundary(rest)).then_some((rest, fraction, scale))
}

/// A fraction in digits after a whole number or on its own: "1/2", "2 1/4",
/// "2½". Only the common denominators, so "9/11" and "24/7" are not fractions.
fn digit_fraction(input: &str) -> Option<(&str, f64, f64)> {
    let first = input.chars().next()?;
    if !first.is_ascii_digit() && !is_vulgar_fraction(first) {
        return None;
    }
    if let Some(&(c, numerator, denominator)) = VULGAR_FRACTIONS.iter().find(|(c, ..)| *c == first) {
        let value = f64::from(numerator) / f64::from(denominator);
        return Some((input.get(c.len_utf8()..)?, value, 1.0 / f64::from(denominator)));
    }
    match input.as_bytes() {
        [n @ b'1'..=b'7', b'/', d @ (b'2' | b'3' | b'4' | b'8'), ..] => slashed(*n, *d, input.get(3..)?),
        _ => None,
    }
}

/// The fraction of the digits `n` over `d` (ASCII), with what follows it
/// (`rest`): a proper fraction, not followed by more digits or a slash
/// ("9/11", "1/2/2020").
fn slashed(n: u8, d: u8, rest: &str) -> Option<(&str, f64, f64)> {
    let (numerator, denominator) = (n - b'0', d - b'0');
    let ok = numerator < denominator && !rest.starts_with(|c: char| c.is_ascii_digit() || c == '/');
    ok.then(|| (rest, f64::from(numerator) / f64::from(denominator), 1.0 / f64::from(denominator)))
}

/// The vulgar fraction characters, with numerator and denominator.
const VULGAR_FRACTIONS: &[(char, u8, u8)] = &[
    ('½', 1, 2),
    ('¼', 1, 4),
    ('¾', 3, 4),
    ('⅓', 1, 3),
    ('⅔', 2, 3),
    ('⅕', 1, 5),
    ('⅖', 2, 5),
    ('⅗', 3, 5),
    ('⅘', 4, 5),
    ('⅙', 1, 6),
    ('⅚', 5, 6),
    ('⅐', 1, 7),
    ('⅛', 1, 8),
    ('⅜', 3, 8),
    ('⅝', 5, 8),
    ('⅞', 7, 8),
    ('⅑', 1, 9),
    ('⅒', 1, 10),
];

/// True for a character that is a vulgar fraction ("½", "⅔"), which can
/// start a figure.
pub fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '¼'..='¾' | '\u{2150}'..='\u{215E}')
}

/// A whole number followed by a digit fraction: "2 1/4", "2½", and "4 1 /
/// 2" as some wire feeds space it.
fn mixed_fraction(rest: &str) -> Option<(&str, f64, f64)> {
    digit_fraction(rest).or_else(|| {
        let (r, _) = space(rest).ok()?;
        digit_fraction(r).or_else(|| spaced_fraction(r))
    })
}

/// A digit fraction with spaces around its slash ("1 / 2"), read only after
/// a whole number: alone, "1 / 2" may be a ratio or a score.
fn spaced_fraction(input: &str) -> Option<(&str, f64, f64)> {
    match input.as_bytes() {
        [n @ b'1'..=b'7', b' ', b'/', b' ', d @ (b'2' | b'3' | b'4' | b'8'), ..] => slashed(*n, *d, input.get(5..)?),
        _ => None,
    }
}

/// A number in digits or words, with "and a half" and a scale word:
/// "2.4 million", "two and a half", "85 billion", "half a million", "3
/// million and a half", "two point five", "2 1/4". With `suffixes`, digits
/// may carry an attached scale ("1.3bn", "18m"), as money does.
pub fn number(input: &str, suffixes: bool) -> PResult<'_, Number> {
    if let Ok(ok) = fraction_of_scale(input) {
        return Ok(ok);
    }
    if let Some((rest, value, precision)) = digit_fraction(input) {
        let n = Number { value, precision, digits: true, grouped: false, decimal: true };
        return Ok((rest, n));
    }
    let (mut rest, (mut n, mut last_scale)) = match digits(input) {
        Ok((rest, n)) => (rest, (n, 1.0)),
        Err(_) => words_and_scale(input)?,
    };
    if n.digits && !n.decimal && !n.grouped {
        if let Some((r, fraction, precision)) = mixed_fraction(rest) {
            n.value += fraction;
            n.precision = precision;
            n.decimal = true;
            rest = r;
        }
    } else if !n.digits {
        if let Some((r, fraction, precision)) = point_decimals(rest) {
            n.value += fraction;
            n.precision = precision;
            n.decimal = true;
            rest = r;
        }
    }
    // The fraction after a scale ("one billion and a half"), which a
    // further scale word re-scales ("one billion and a half million").
    let mut scaled_fraction = None;
    if let Some((r, f)) = and_fraction(rest) {
        if last_scale > 1.0 {
            scaled_fraction = Some((n.value, f));
        }
        n.value += f * last_scale;
        n.precision = n.precision.min(0.25 * last_scale);
        rest = r;
        last_scale = 1.0;
    }
    if n.digits {
        let table = if suffixes { SCALE_SUFFIXES } else { COUNT_SCALE_SUFFIXES };
        if let Ok((r, scale)) = lexeme(table)(rest) {
            return Ok((r, scaled(n, scale)));
        }
        if let Some((r, scale)) = thousands_or_millions(rest, n) {
            return Ok((r, scaled(n, scale)));
        }
    }
    // "$1.5-billion deal", "SGD1.75-billion terminal": a scale joined by a
    // hyphen, as some papers write it.
    if n.digits && last_scale == 1.0 {
        if let Some(Ok((r, scale))) = rest.strip_prefix('-').map(lexeme(SCALES)) {
            if scale >= 1e6 {
                return Ok((r, scaled(n, scale)));
            }
        }
    }
    // The word after the figure, read once: a spaced suffix ("7.2 bn"), a
    // dozen, or a scale word.
    let Ok((after_space, _)) = space(rest) else { return ended(input, rest, n) };
    let Ok((r, next)) = word(after_space) else { return ended(input, rest, n) };
    if n.digits {
        if let Some(scale) = super::words::lookup(COUNT_SCALE_SUFFIXES, next) {
            return Ok((r, scaled(n, scale)));
        }
    }
    if next.eq_ignore_ascii_case("dozen") || next.eq_ignore_ascii_case("dozens") {
        return Ok((r, Number { value: n.value * 12.0, precision: n.precision * 12.0, ..n }));
    }
    if let Some(scale) = super::words::lookup(SCALES, next) {
        if let Some((whole, f)) = scaled_fraction {
            // "one billion and a half million": the half is of a million.
            return Ok((r, Number { value: whole + f * scale, precision: 0.25 * scale, ..n }));
        }
        if last_scale == 1.0 && (n.digits || scale >= 1e3 || n.value < 10.0) {
            let mut n = scaled(n, scale);
            let mut r = r;
            // "three lakh crore", "two thousand million": a larger scale
            // after the first multiplies it.
            if let Ok((after, larger)) = space(r).and_then(|(r2, _)| lexeme(SCALES)(r2)) {
                if larger > scale && scale >= 1e3 {
                    n = scaled(n, larger);
                    r = after;
                }
            }
            // "3 million and a half"
            if let Some((after, f)) = and_fraction(r) {
                n.value += f * scale;
                n.precision = n.precision.min(0.25 * scale);
                r = after;
            }
            return Ok((r, n));
        }
    }
    ended(input, rest, n)
}

/// "100K", "1.2M", "1200k" on a count: K for thousands, a capital M for
/// millions (a small "m" may be metres). Not on a single digit, so "3M"
/// stays a company's name.
fn thousands_or_millions(rest: &str, n: Number) -> Option<(&str, f64)> {
    if !matches!(rest.as_bytes().first(), Some(b'K' | b'k' | b'M')) {
        return None;
    }
    let (r, w) = word(rest).ok()?;
    let scale = match w {
        "K" | "k" => 1e3,
        "M" => 1e6,
        _ => return None,
    };
    (n.decimal || n.value >= 10.0).then_some((r, scale))
}

/// `n` as the whole number, when nothing glued follows it.
fn ended<'a>(input: &'a str, rest: &'a str, n: Number) -> PResult<'a, Number> {
    if at_boundary(rest) {
        Ok((rest, n))
    } else {
        fail(input)
    }
}

/// `n` multiplied by a scale word.
pub(super) fn scaled(n: Number, scale: f64) -> Number {
    let precision = if n.decimal { n.precision * scale } else { scale.min(n.precision * scale) };
    Number { value: n.value * scale, precision, ..n }
}

/// The two letters after an ordinal figure ("1st", "22nd", "3rd", "4th"),
/// when `text` starts with one of them (any case).
#[inline]
pub fn starts_with_ordinal_suffix(text: &str) -> bool {
    text.get(..2).is_some_and(|s| ["st", "nd", "rd", "th"].iter().any(|x| x.eq_ignore_ascii_case(s)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> f64 {
        number(text, true).map(|(_, n)| n.value).unwrap_or(f64::NAN)
    }

    #[test]
    fn digits_with_separators_and_decimals() {
        assert_eq!(value("13,000 people"), 13000.0);
        assert_eq!(value("2.4 million"), 2_400_000.0);
        assert_eq!(value("1,234,567.5"), 1_234_567.5);
        assert_eq!(digits("1,2345").map(|(r, n)| (r, n.value)), Ok((",2345", 1.0)));
        // A decimal comma only before a percent sign: "8,26%", not "1,2,3".
        assert_eq!(value("8,26% up"), 8.26);
        assert_eq!(value("14,6%"), 14.6);
        assert_eq!(value("1,2,3"), 1.0);
    }

    #[test]
    fn spaces_and_indian_grouping() {
        assert_eq!(value("40 000 people"), 40_000.0);
        assert_eq!(value("1 414 021 100"), 1_414_021_100.0);
        assert_eq!(value("1\u{202f}234\u{202f}567.89"), 1_234_567.89);
        assert_eq!(value("40\u{a0}500"), 40_500.0);
        assert_eq!(value("12,34,567.89"), 1_234_567.89);
        assert_eq!(value("1,00,000"), 100_000.0);
        // Two figures side by side stay apart.
        assert_eq!(value("5 200 people"), 5.0);
        assert_eq!(value("2019 100 people"), 2019.0);
    }

    #[test]
    fn number_words() {
        assert_eq!(value("eighteen"), 18.0);
        assert_eq!(value("twenty-three"), 23.0);
        assert_eq!(value("one hundred and five"), 105.0);
        assert_eq!(value("two thousand three hundred"), 2300.0);
        assert_eq!(value("a hundred"), 100.0);
        assert_eq!(value("two and a half"), 2.5);
    }

    #[test]
    fn scales_and_suffixes() {
        assert_eq!(value("1.3bn"), 1.3e9);
        assert_eq!(value("18m"), 18e6);
        assert_eq!(value("85 billion"), 85e9);
        assert!(number("18m", false).is_err());
        assert_eq!(number("1.2bn people", false).map(|(_, n)| n.value), Ok(1.2e9));
        assert_eq!(value("10 bln"), 1e10);
        assert_eq!(value("7.2 bn"), 7.2e9);
        assert_eq!(value("1.5-billion"), 1.5e9);
        assert_eq!(number("5-hundred", false).map(|(r, n)| (r, n.value)), Ok(("-hundred", 5.0)));
        assert_eq!(number("100K followers", false).map(|(_, n)| n.value), Ok(1e5));
        assert_eq!(number("1.2M users", false).map(|(_, n)| n.value), Ok(1.2e6));
        assert!(number("3M shares", false).is_err(), "a name");
        assert_eq!(value(".08 percent"), 0.08);
    }

    #[test]
    fn fractions() {
        assert_eq!(value("half a million"), 500_000.0);
        assert_eq!(value("a quarter of a million"), 250_000.0);
        assert_eq!(value("three quarters of a billion"), 7.5e8);
        assert_eq!(value("half million"), 500_000.0);
        assert_eq!(value("half a dozen"), 6.0);
        assert_eq!(value("three and two fifths"), 3.4);
        assert_eq!(value("two fifths of a million"), 400_000.0);
        assert_eq!(value("three lakh crore"), 3e12);
        assert_eq!(value("2 thousand million"), 2e9);
        assert_eq!(value("3 million and a half"), 3_500_000.0);
        assert_eq!(value("one million and a half"), 1_500_000.0);
        assert_eq!(value("five and a quarter"), 5.25);
        assert_eq!(value("one and a half million"), 1_500_000.0);
        assert_eq!(value("one hundred and three quarters"), 100.75);
        assert_eq!(value("five billion and three quarters"), 5_750_000_000.0);
        assert_eq!(value("one billion and a half million"), 1_000_500_000.0);
        assert_eq!(value("one hundred and three"), 103.0);
        assert_eq!(value("2 1/4 miles"), 2.25);
        assert_eq!(value("4 1 / 2 hours"), 4.5, "a spaced slash after a whole number");
        assert_eq!(value("1 / 2"), 1.0, "alone, a spaced slash is no fraction");
        assert_eq!(value("1/2 hour"), 0.5);
        assert_eq!(value("2½ hours"), 2.5);
        assert_eq!(value("⅞"), 0.875);
        assert_eq!(value("3⅛ miles"), 3.125);
        assert_eq!(value("9/11"), 9.0);
        assert_eq!(value("24/7"), 24.0);
    }

    #[test]
    fn spoken_decimals() {
        assert_eq!(value("two point five"), 2.5);
        assert_eq!(value("nine point nought four"), 9.04);
        assert_eq!(value("two hundred point seventy-one"), 200.71);
    }

    #[test]
    fn precision_follows_the_last_digit() {
        let (_, n) = number("2.4 million", false).unwrap();
        assert!((n.precision - 100_000.0).abs() < 1e-6);
        let (_, n) = number("13,000", false).unwrap();
        assert_eq!(n.precision, 1.0);
    }

    /// A number in words is stated to the scale it ends on, as the same
    /// number in digits: "two million" as "2 million".
    #[test]
    fn words_end_on_their_precision_as_digits_do() {
        let precision = |text: &str| number(text, false).map(|(_, n)| n.precision).ok();
        assert_eq!(precision("two million"), precision("2 million"));
        assert_eq!(precision("two million"), Some(1_000_000.0));
        assert_eq!(precision("two thousand"), Some(1_000.0));
        assert_eq!(precision("two million three hundred"), Some(1.0));
        assert_eq!(precision("three hundred"), Some(1.0));
    }
}
