//! Numbers written in digits or in words, with scale words.
//!
//! Grammar (case-insensitive, words separated by spaces or hyphens):
//! ```text
//! digits   = d{1,3} ("," d{3})+ ("." d+)? | d+ ("." d+)?
//! words    = group (scale ("and")? group?)*         "one hundred and five", "two thousand"
//! group    = below100 ("hundred" ("and")? below100?)? | "a" "hundred"
//! below100 = tens ("-" small)? | small
//! number   = (digits | words) ("and a half")? (scale)?   "2.4 million", "two and a half"
//! ```

use super::lexicon::{SCALES, SCALE_SUFFIXES, SMALL_NUMBERS, TENS};
use super::words::{at_boundary, fail, lexeme, phrase, space, word, PResult};

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
    let lead = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if lead == 0 || lead > MAX_DIGITS {
        return fail(input);
    }
    let mut end = lead;
    let mut grouped = false;
    if lead <= 3 {
        while is_group(bytes, end) {
            end += 4;
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
    if bytes.get(end).is_some_and(|b| b.is_ascii_digit()) {
        return fail(input);
    }
    let (value, precision) =
        digit_value(input.get(..int_end).unwrap_or_default(), input.get(int_end + 1..end).unwrap_or(""));
    Ok((input.get(end..).unwrap_or_default(), Number { value, precision, digits: true, grouped, decimal }))
}

/// True when a ",ddd" thousands group starts at `at` and ends before a digit.
fn is_group(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&b',')
        && bytes.get(at + 1..at + 4).is_some_and(|g| g.iter().all(u8::is_ascii_digit))
        && !bytes.get(at + 4).is_some_and(u8::is_ascii_digit)
}

/// The value of an integer part (with separators) and a fraction part.
fn digit_value(int: &str, frac: &str) -> (f64, f64) {
    let mut value = 0.0f64;
    for b in int.bytes().filter(u8::is_ascii_digit) {
        value = value * 10.0 + f64::from(b - b'0');
    }
    let mut scale = 1.0f64;
    for b in frac.bytes() {
        scale /= 10.0;
        value += f64::from(b - b'0') * scale;
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

/// `(" and")? " " group`, as in "hundred and five".
fn and_then_group<'a>(input: &'a str, group: fn(&'a str) -> PResult<'a, u32>) -> Option<(&'a str, u32)> {
    let (r, _) = space(input).ok()?;
    let r = match phrase("and")(r).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => r,
        Err(_) => r,
    };
    group(r).ok()
}

/// A whole number in words: "two thousand three hundred", "one million".
pub fn words(input: &str) -> PResult<'_, Number> {
    let (mut rest, current) = below_thousand(input)?;
    let mut total = 0.0f64;
    let mut current = f64::from(current);
    while let Ok((r, scale)) = space(rest).and_then(|(r, _)| lexeme(SCALES)(r)) {
        if scale < 1e3 {
            break;
        }
        total += current * scale;
        current = 0.0;
        rest = r;
        match and_then_group(rest, below_thousand) {
            Some((r, n)) if n > 0 => {
                current = f64::from(n);
                rest = r;
            }
            _ => break,
        }
    }
    let value = total + current;
    Ok((rest, Number { value, precision: 1.0, digits: false, grouped: false, decimal: false }))
}

/// "and a half" after a number.
fn and_a_half(input: &str) -> Option<&str> {
    let (r, _) = space(input).ok()?;
    phrase("and a half")(r).ok().map(|(r, _)| r)
}

/// A number in digits or words, with "and a half" and a scale word:
/// "2.4 million", "two and a half", "85 billion". With `suffixes`, digits may
/// carry an attached scale ("1.3bn", "18m"), as money does.
pub fn number(input: &str, suffixes: bool) -> PResult<'_, Number> {
    let (mut rest, mut n) = match digits(input) {
        Ok(ok) => ok,
        Err(_) => words(input)?,
    };
    if let Some(r) = and_a_half(rest) {
        n.value += 0.5;
        n.precision = n.precision.min(0.5);
        rest = r;
    }
    if n.digits && suffixes {
        if let Ok((r, scale)) = lexeme(SCALE_SUFFIXES)(rest) {
            return Ok((r, scaled(n, scale)));
        }
    }
    if let Ok((r, _)) = space(rest).and_then(|(r, _)| super::words::any_phrase(&[("dozens", ()), ("dozen", ())])(r)) {
        return Ok((r, Number { value: n.value * 12.0, precision: n.precision * 12.0, ..n }));
    }
    if let Ok((r, scale)) = space(rest).and_then(|(r, _)| lexeme(SCALES)(r)) {
        if n.digits || scale >= 1e3 || n.value < 10.0 {
            return Ok((r, scaled(n, scale)));
        }
    }
    if !at_boundary(rest) {
        return fail(input);
    }
    Ok((rest, n))
}

/// `n` multiplied by a scale word.
fn scaled(n: Number, scale: f64) -> Number {
    let precision = if n.decimal { n.precision * scale } else { scale.min(n.precision * scale) };
    Number { value: n.value * scale, precision, ..n }
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
    }

    #[test]
    fn precision_follows_the_last_digit() {
        let (_, n) = number("2.4 million", false).unwrap();
        assert!((n.precision - 100_000.0).abs() < 1e-6);
        let (_, n) = number("13,000", false).unwrap();
        assert_eq!(n.precision, 1.0);
    }
}
