//! Quantities with units: "40 km", "10 miles" (converted to km), "6.1-
//! magnitude", "3km", "5 feet 2 inches". Units are converted to one symbol
//! per kind of measure so reports in miles and kilometres compare.
//!
//! ```text
//! quantity = number ("-" | space)? unit (","? "and"? number smaller-unit)?
//!          | number "on the Richter scale"
//!          | "magnitude" ("-" | space) ("of" space)? number
//! ```

use std::sync::OnceLock;

use super::lexicon::{MEASURE_PHRASES, MEASURE_UNITS};
use super::number::{number, Number};
use super::words::{at_boundary, fail, phrase, space, space0, word, PResult, PhraseIndex};

/// A unit of measure after a figure, with its symbol and factor.
fn measure_unit(input: &str) -> PResult<'_, (&'static str, f64)> {
    let rest = input.strip_prefix('-').unwrap_or(input);
    let (rest, _) = space0(rest)?;
    if let Some(found) = degrees_sign(rest) {
        return Ok(found);
    }
    for &(p, sym, factor) in MEASURE_PHRASES {
        if let Ok((r, _)) = phrase(p)(rest) {
            return Ok((r, (sym, factor)));
        }
    }
    static UNITS: OnceLock<PhraseIndex<(&'static str, f64)>> = OnceLock::new();
    let units = UNITS.get_or_init(|| PhraseIndex::new(MEASURE_UNITS.iter().map(|&(w, sym, f)| (w, (sym, f)))));
    if rest.starts_with("km/h") {
        return Ok((rest.get(4..).unwrap_or_default(), ("km/h", 1.0)));
    }
    units.find(rest)
}

/// A degree sign with its scale ("°C", "° F"), as a unit of temperature.
fn degrees_sign(input: &str) -> Option<(&str, (&'static str, f64))> {
    let rest = input.strip_prefix('°').or_else(|| input.strip_prefix('º'))?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let (unit, rest) = match rest.chars().next()? {
        'C' => ("°C", rest.get(1..)?),
        'F' => ("°F", rest.get(1..)?),
        _ => return None,
    };
    at_boundary(rest).then_some((rest, (unit, 1.0)))
}

/// A quantity with a unit: "40 km", "6.1-magnitude", "magnitude 6.4".
pub fn quantity(input: &str) -> PResult<'_, (Number, &'static str)> {
    if let Ok(found) = quantity_after_magnitude(input) {
        return Ok(found);
    }
    let (rest, n) = number(input, false)?;
    unit_of_measure(rest, n)
}

/// A fraction of a unit: "half a mile", "three quarters of a mile", "a
/// quarter-mile", "half a litre".
pub(super) fn fraction_of_unit(input: &str) -> PResult<'_, (Number, &'static str)> {
    if !input.starts_with(char::is_alphabetic) {
        return fail(input);
    }
    let (rest, f) = super::number::spoken_fraction(input)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let rest = space0(rest)?.0;
    let rest = phrase("of")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    let rest =
        super::words::any_phrase(&[("a", ()), ("an", ())])(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    let (rest, (unit, factor)) = measure_unit(rest)?;
    let value = f.value * factor;
    Ok((rest, (Number { value, precision: value / 2.0, digits: false, grouped: false, decimal: true }, unit)))
}

/// Digits with a unit symbol glued to them: "3km", "1.5kg", "250ml".
pub(super) fn glued_measure(input: &str) -> PResult<'_, (Number, &'static str)> {
    let (rest, n) = super::number::digits(input)?;
    let (after, w) = word(rest)?;
    if !at_boundary(after) {
        return fail(input);
    }
    // "44.7C", "104F": a temperature of the weather. "5F" and "12F" are as
    // often a seat, a room or a floor, and "777F" or "SCP-173C" a model.
    let weather = |low: f64, high: f64| (low..=high).contains(&n.value);
    match w {
        "C" if weather(-90.0, 60.0) => return Ok((after, (n, "°C"))),
        "F" if weather(-130.0, 140.0) && (n.value.abs() >= 20.0 || n.decimal) => return Ok((after, (n, "°F"))),
        _ => {}
    }
    if !super::lexicon::GLUED_UNITS.contains(&w) {
        return fail(input);
    }
    if w == "g" {
        // Grams only glued: a spaced "4 g" may be a g-force.
        return Ok((after, (n, "g")));
    }
    unit_of_measure(rest, n)
}

/// "magnitude 6.4", "a magnitude of 5.9", "put its magnitude at 6.8": the
/// figure after the word.
pub(super) fn quantity_after_magnitude(input: &str) -> PResult<'_, (Number, &'static str)> {
    let (rest, _) = phrase("magnitude")(input)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (rest, _) = space0(rest)?;
    let rest = phrase("of")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    // "at 6.8", but not "at least 6" (a bound the number reads itself).
    let after_at = phrase("at")(rest).and_then(|(r, _)| space(r)).ok().and_then(|(r, _)| number(r, false).ok());
    let (rest, n) = match after_at {
        Some(found) => found,
        None => number(rest, false)?,
    };
    Ok((rest, (n, "magnitude")))
}

/// The unit of measure after the figure `n` ("-magnitude", " km"), with
/// the figure in that unit's base.
pub(super) fn unit_of_measure(after: &str, n: Number) -> PResult<'_, (Number, &'static str)> {
    if let Ok((r, _)) = magnitude_after(after) {
        return Ok((r, (n, "magnitude")));
    }
    let (rest, (unit, factor)) = measure_unit(after)?;
    let mut n = Number { value: n.value * factor, precision: n.precision * factor, ..n };
    // "5 feet 2 inches", "6 ft, 1 in": a smaller part in the same base.
    let (rest, extra) = smaller_part(rest, unit, factor).unwrap_or((rest, 0.0));
    n.value += extra;
    Ok((rest, (n, unit)))
}

/// A further part of a measure in a smaller unit with the same base
/// ("2 inches" after "5 feet"), in that base.
fn smaller_part<'a>(input: &'a str, unit: &str, factor: f64) -> Option<(&'a str, f64)> {
    let r = input.strip_prefix(',').unwrap_or(input);
    let (r, _) = space(r).ok()?;
    let r = phrase("and")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    // "6ft 2in": the inches glued to their figure, which no number ends.
    let glued_inches = || super::number::digits(r).ok().filter(|(rest, _)| rest.starts_with("in"));
    let (r, n) = number(r, false).ok().or_else(glued_inches)?;
    let (r, (part_unit, part_factor)) = measure_unit(r).ok().or_else(|| inches_abbreviated(r, factor))?;
    let same_base = part_unit == unit || (unit, part_unit) == ("m", "cm");
    let to_base = if part_unit == unit { part_factor } else { part_factor / 100.0 };
    // "3 square miles and 40 square kilometres" are two areas: parts come
    // from one system of units.
    let one_system = is_metric(factor) == is_metric(part_factor);
    (same_base && one_system && to_base < factor).then_some((r, n.value * to_base))
}

/// True for a metric factor: a power of ten (kilometres, grams), not an
/// imperial one (miles, inches).
fn is_metric(factor: f64) -> bool {
    let exponent = factor.log10();
    (exponent - exponent.round()).abs() < 1e-9
}

/// Metres per inch and per foot.
const INCH: f64 = 0.0254;
const FOOT: f64 = 0.3048;

/// "in" for inches after feet ("5 ft 2 in", "6 feet 1 in tall", "6ft
/// 2in"), where it ends the measure or a word of its extent follows (see
/// [`super::lexicon::EXTENTS`]); "in" is otherwise a preposition.
fn inches_abbreviated(input: &str, feet: f64) -> Option<(&str, (&'static str, f64))> {
    // Glued to its figure, "in" is no preposition.
    let glued = !input.starts_with(char::is_whitespace);
    let r = space(input).map_or(input, |(r, _)| r);
    let (r, _) = phrase("in")(r).ok()?;
    let next = space0(r).map_or(r, |(n, _)| n);
    let ends = glued
        || !next.starts_with(char::is_alphanumeric)
        || super::words::lookup(super::lexicon::EXTENTS, super::words::leading_word(next)).is_some();
    ((feet - FOOT).abs() < 1e-9 && ends).then_some((r, ("m", INCH)))
}

/// "-magnitude" or " magnitude" after a figure, or " on the Richter
/// scale" ("measuring 5.6 on the Richter scale").
fn magnitude_after(input: &str) -> PResult<'_, &str> {
    let i = input.strip_prefix('-').unwrap_or(input);
    let (i, _) = space0(i)?;
    phrase("magnitude")(i).or_else(|_| phrase("on the Richter scale")(i))
}
