//! Money: a figure with its currency, written as a sign ("$5", "€18m"),
//! an ISO code before or after ("USD 5", "42 LBP", "115USD"), or a word
//! after ("85 billion euros", "43 cents"), normalized to ISO 4217 codes and
//! the main unit ("43 cents" is 0.43 USD).
//!
//! ```text
//! money = sign number | code space? number | number space? (sign | currency word | code)
//! ```

use std::sync::OnceLock;

use super::currency::MAJOR_CODES;
use super::lexicon::CURRENCY_SIGNS;
use super::number::{number, Number};
use super::words::{at_boundary, fail, phrase, space, space0, word, PResult, PhraseIndex};

/// A currency sign or code written before the figure.
pub(super) fn currency_sign(input: &str) -> PResult<'_, &'static str> {
    // The signs' first bytes, so most words are turned away with one look.
    static FIRST_BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    let first_bytes = FIRST_BYTES.get_or_init(|| {
        let mut bytes: Vec<u8> =
            CURRENCY_SIGNS.iter().filter_map(|(sign, _)| sign.as_bytes().first().copied()).collect();
        bytes.sort_unstable();
        bytes.dedup();
        bytes
    });
    let starts_a_sign = input.as_bytes().first().is_some_and(|b| first_bytes.contains(b));
    for &(sign, code) in CURRENCY_SIGNS.iter().filter(|_| starts_a_sign) {
        let Some(rest) = input.strip_prefix(sign) else { continue };
        // A sign of letters ends where the word does: "RM42", not "RMB".
        let spelled = sign.ends_with(|c: char| c.is_ascii_alphabetic());
        if !spelled || rest.starts_with(|c: char| c.is_ascii_digit() || c.is_whitespace()) {
            return Ok((space0(rest)?.0, code));
        }
    }
    let (rest, w) = word(input)?;
    match super::lexicon::currency_code(w) {
        // "USD 115", and "USD115" glued as in price lists.
        Some(code) if rest.starts_with(|c: char| c.is_ascii_digit()) => Ok((rest, code)),
        Some(code) => Ok((space(rest)?.0, code)),
        None => fail(input),
    }
}

/// A figure with a currency code glued after it: "115USD", "20Rs".
fn glued_code_after(input: &str) -> PResult<'_, (Number, &'static str)> {
    let (rest, n) = super::number::digits(input)?;
    let (rest, w) = word(rest)?;
    if w == "p" {
        return glued_pence(input, rest, n);
    }
    let code = match w {
        "Rs" => "INR",
        _ => match super::lexicon::currency_code(w) {
            Some(code) => code,
            None => return fail(input),
        },
    };
    Ok((rest, (n, code)))
}

/// Lines of a video picture, written with a "p" like pence ("1080p").
const VIDEO_LINES: [f64; 9] = [240.0, 360.0, 480.0, 576.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0];

/// Pence glued to the figure, as British news writes a share price or a
/// small sum ("421p a share", "a 50p rise"), in pounds; not a video
/// picture's lines ("1080p") nor a time ("5p.m.").
fn glued_pence<'a>(input: &'a str, rest: &'a str, n: Number) -> PResult<'a, (Number, &'static str)> {
    let time = rest.starts_with(".m") || rest.starts_with(".M");
    if time || n.decimal || VIDEO_LINES.contains(&n.value) {
        return fail(input);
    }
    Ok((rest, in_main_unit(n, "GBP¢")))
}

/// A currency sign written after the figure, as much of Europe does ("20€",
/// "20 €").
pub(super) fn currency_sign_after(input: &str) -> PResult<'_, &'static str> {
    let (rest, _) = space0(input)?;
    for (sign, code) in [("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("₹", "INR"), ("¥", "JPY"), ("¢", "USD¢")] {
        if let Some(r) = rest.strip_prefix(sign) {
            if at_boundary(r) {
                return Ok((r, code));
            }
        }
    }
    fail(input)
}

/// A currency word or code written after the figure. A code is written in
/// capitals ("42 LBP"): "12 all" is not Albanian lek.
pub(super) fn currency_word(input: &str) -> PResult<'_, &'static str> {
    static INDEX: OnceLock<PhraseIndex<&'static str>> = OnceLock::new();
    let (start, _) = space0(input)?;
    let (rest, code) =
        INDEX.get_or_init(|| PhraseIndex::new(super::currency::phrases().iter().copied())).find(start)?;
    let written = start.get(..start.len() - rest.len()).unwrap_or_default();
    let capitals = written.bytes().all(|b| b.is_ascii_uppercase());
    if written.eq_ignore_ascii_case(code) && !capitals && !MAJOR_CODES.contains(&code) {
        return fail(input);
    }
    Ok((rest, code))
}

/// "30 MUSD", "120 MEUR": millions of a currency, as business reports
/// write them.
pub(super) fn millions_code(input: &str) -> PResult<'_, &'static str> {
    let (rest, _) = space0(input)?;
    let (rest, w) = word(rest)?;
    match w.strip_prefix('M').and_then(super::lexicon::currency_code) {
        Some(code) if w.len() == 4 => Ok((rest, code)),
        _ => fail(input),
    }
}

/// Money: "$1.3bn", "US$85 billion", "€18m", "85 billion euros", "USD 5 million".
pub fn money(input: &str) -> PResult<'_, (Number, &'static str)> {
    if let Ok(found) = signed_money(input) {
        return Ok(found);
    }
    let Ok((rest, n)) = number(input, true) else { return glued_code_after(input) };
    let (rest, code) = currency_sign_after(rest).or_else(|_| currency_word(rest))?;
    Ok((rest, in_main_unit(n, code)))
}

/// Money led by its sign or code, with its cents: "$1.3bn", "USD 5",
/// "$20 and 43c".
pub(super) fn signed_money(input: &str) -> PResult<'_, (Number, &'static str)> {
    let (rest, code) = currency_sign(input)?;
    let (rest, n) = number(rest, true)?;
    let (rest, n) = with_cents(rest, n);
    Ok((rest, (n, code)))
}

/// A figure in a currency's main unit: "43 cents" is 0.43 dollars.
pub(super) fn in_main_unit(n: Number, code: &'static str) -> (Number, &'static str) {
    match code.strip_suffix('¢') {
        Some(base) => (Number { value: n.value / 100.0, precision: n.precision / 100.0, ..n }, base_currency(base)),
        None => (n, code),
    }
}

/// The static code of a currency whose subunit was written ("pence" → GBP).
fn base_currency(code: &str) -> &'static str {
    if code == "GBP" {
        "GBP"
    } else {
        "USD"
    }
}

/// " pounds" after a figure with a scale word ("a million pounds", "£"
/// spelled out): money, not weight. The rest after "pounds" when so.
pub(super) fn pounds_of_money(after: &str, n: Number) -> Option<&str> {
    let (r, _) = space(after).ok()?;
    let (r, _) = phrase("pounds")(r).ok()?;
    (pounds_of_money_by_scale(n) && space(r).and_then(|(r2, _)| phrase("of")(r2)).is_err()).then_some(r)
}

/// A currency joined to the figure `n` by a hyphen, as a modifier ("a
/// 75,000-euro prize", "a 500-million-dollar fund"), and the rest after
/// it. A pound so joined weighs ("a 500-pound bomb") unless the figure is
/// in hundreds of thousands or more ("a 2-billion-pound contract").
pub(super) fn hyphened_currency(after: &str, n: Number) -> Option<(&str, &'static str)> {
    let joined = after.strip_prefix('-')?;
    if let Ok((rest, _)) = phrase("pound")(joined) {
        return pounds_of_money_by_scale(n).then_some((rest, "GBP"));
    }
    currency_word(joined).ok()
}

/// True when pounds of the figure `n` are money, not weight: a figure in
/// hundreds of thousands or more ("a million pounds", "a 2-billion-pound
/// contract"; "a 500-pound bomb" weighs).
fn pounds_of_money_by_scale(n: Number) -> bool {
    n.precision >= 1e5
}

/// Dollars said by coin or slang after a figure: "two nickels" (5 cents
/// each), "ten dimes", "10 grand" ($1,000 each). Alone, "nickel" is a
/// metal and "a quarter" a share, so a figure must come first; "grand"
/// must end its phrase ("10 grand prizes" is no money).
const DOLLARS_BY_NAME: &[(&str, f64)] = &[("nickels", 0.05), ("dimes", 0.1), ("grand", 1000.0)];

/// The figure `n` in dollars when a coin or slang word follows it, and the
/// rest after that word.
pub(super) fn dollars_by_name(after: &str, n: Number) -> Option<(&str, Number)> {
    let (r, _) = space(after).ok()?;
    let (r, each) = super::words::any_phrase(DOLLARS_BY_NAME)(r).ok()?;
    let next = space0(r).map_or(r, |(n, _)| n);
    let ends = !next.starts_with(char::is_alphanumeric) || super::words::first_word_in(next, AFTER_MONEY);
    let lower = after.trim_start().starts_with(|c: char| c.is_ascii_lowercase());
    (ends && lower).then_some((r, Number { value: n.value * each, precision: n.precision * each, ..n }))
}

/// Words after which a money phrase has ended ("10 grand in cash").
const AFTER_MONEY: &[&str] = &["in", "a", "for", "to", "and", "on", "per", "each", "from", "at", "or"];

/// Words for the hundredth part of a currency.
const CENTS: &[(&str, ())] =
    &[("cents", ()), ("cent", ()), ("pence", ()), ("c", ()), ("p", ()), ("sens", ()), ("sen", ()), ("kopiykas", ())];

/// A whole amount with its cents after it: "$20 and 43c", "3 GBP 1 pence",
/// "US$3 and fourteen" (the clause ends there). Only a whole figure below
/// a million takes cents, and only 1 to 99 of them.
pub(super) fn with_cents(rest: &str, n: Number) -> (&str, Number) {
    cents_after(rest, n).unwrap_or((rest, n))
}

/// The cents after the whole amount `n`, if any, and the rest after them.
fn cents_after(rest: &str, n: Number) -> Option<(&str, Number)> {
    if n.decimal || n.value.fract() != 0.0 || n.value >= 1e6 {
        return None;
    }
    let r = rest.strip_prefix(',').unwrap_or(rest);
    let (r, _) = space(r).ok()?;
    let r = phrase("and")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    // "43c": the digits may be glued to their word.
    let (r, cents) = number(r, false).or_else(|_| super::number::digits(r)).ok()?;
    if cents.decimal || cents.value.fract() != 0.0 || !(1.0..100.0).contains(&cents.value) {
        return None;
    }
    let named = space0(r).and_then(|(r2, _)| super::words::any_phrase(CENTS)(r2));
    let r = match named {
        Ok((r2, ())) if at_boundary(r2) => r2,
        // "US$3 and fourteen.", "15 dollars 50.": the clause ends with the cents.
        _ if super::words::clause_ends(r) => r,
        _ => return None,
    };
    let value = n.value + cents.value / 100.0;
    Some((r, Number { value, precision: 0.01, decimal: true, ..n }))
}
