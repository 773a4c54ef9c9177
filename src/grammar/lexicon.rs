//! The English words the extractor knows: number words, scales, months,
//! weekdays, units and currencies. Data only.

use chrono::Weekday;

/// Number words below twenty.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Multiples of ten.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words that multiply what comes before them.
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
    ("cr", 1e7),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("mln", 1e6),
    ("bln", 1e9),
    ("tln", 1e12),
];

/// Scale suffixes written straight after digits ("$1.3bn", "€18m", "5k").
pub const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("mm", 1e6),
    ("mil", 1e6),
    ("bn", 1e9),
    ("bln", 1e9),
    ("b", 1e9),
    ("tn", 1e12),
    ("trn", 1e12),
];

/// Scale suffixes that cannot be read as a unit, so plain counts may carry
/// them too ("1.2bn people"); "m" could be metres and "k" a 10K race.
pub const COUNT_SCALE_SUFFIXES: &[(&str, f64)] =
    &[("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("trn", 1e12)];

/// Denominators of spoken fractions.
pub const DENOMINATORS: &[(&str, f64)] = &[
    ("halves", 2.0),
    ("half", 2.0),
    ("thirds", 3.0),
    ("third", 3.0),
    ("quarters", 4.0),
    ("quarter", 4.0),
    ("fourths", 4.0),
    ("fourth", 4.0),
    ("fifths", 5.0),
    ("fifth", 5.0),
    ("sixths", 6.0),
    ("sixth", 6.0),
    ("sevenths", 7.0),
    ("seventh", 7.0),
    ("eighths", 8.0),
    ("eighth", 8.0),
    ("ninths", 9.0),
    ("ninth", 9.0),
    ("tenths", 10.0),
    ("tenth", 10.0),
];

/// Ordinal words.
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
    ("fortieth", 40),
    ("fiftieth", 50),
    ("sixtieth", 60),
    ("seventieth", 70),
    ("eightieth", 80),
    ("ninetieth", 90),
    ("hundredth", 100),
    ("thousandth", 1000),
];

/// Month names and abbreviations.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Weekday names and abbreviations.
pub const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("mon", Weekday::Mon),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("wed", Weekday::Wed),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("fri", Weekday::Fri),
    ("sat", Weekday::Sat),
    ("sun", Weekday::Sun),
];

/// Units of time, in seconds (a month is 30 days and a year 365, as the
/// peer suites count them).
pub const TIME_UNITS: &[(&str, f64)] = &[
    ("second", 1.0),
    ("seconds", 1.0),
    ("sec", 1.0),
    ("secs", 1.0),
    ("minute", 60.0),
    ("minutes", 60.0),
    ("min", 60.0),
    ("mins", 60.0),
    ("hour", 3600.0),
    ("hours", 3600.0),
    ("hr", 3600.0),
    ("hrs", 3600.0),
    ("h", 3600.0),
    ("day", 86400.0),
    ("days", 86400.0),
    ("night", 86400.0),
    ("nights", 86400.0),
    ("week", 604800.0),
    ("weeks", 604800.0),
    ("wk", 604800.0),
    ("wks", 604800.0),
    ("fortnight", 1_209_600.0),
    ("fortnights", 1_209_600.0),
    ("month", 2_592_000.0),
    ("months", 2_592_000.0),
    ("quarter", 7_776_000.0),
    ("quarters", 7_776_000.0),
    ("year", 31_536_000.0),
    ("years", 31_536_000.0),
    ("yr", 31_536_000.0),
    ("yrs", 31_536_000.0),
    ("decade", 315_360_000.0),
    ("decades", 315_360_000.0),
    ("century", 3_153_600_000.0),
    ("centuries", 3_153_600_000.0),
];

/// Units of measure: the word as written, the unit symbol, and the factor to
/// that symbol's base (kilometres → km ×1, miles → km ×1.609344).
pub const MEASURE_UNITS: &[(&str, &str, f64)] = &[
    ("km", "km", 1.0),
    ("kms", "km", 1.0),
    ("kilometre", "km", 1.0),
    ("kilometres", "km", 1.0),
    ("kilometer", "km", 1.0),
    ("kilometers", "km", 1.0),
    ("mile", "km", 1.609344),
    ("miles", "km", 1.609344),
    ("metre", "m", 1.0),
    ("metres", "m", 1.0),
    ("meter", "m", 1.0),
    ("meters", "m", 1.0),
    ("ft", "m", 0.3048),
    ("foot", "m", 0.3048),
    ("feet", "m", 0.3048),
    ("yard", "m", 0.9144),
    ("yards", "m", 0.9144),
    ("yd", "m", 0.9144),
    ("yds", "m", 0.9144),
    ("cm", "cm", 1.0),
    ("centimetre", "cm", 1.0),
    ("centimeter", "cm", 1.0),
    ("centimetres", "cm", 1.0),
    ("centimeters", "cm", 1.0),
    ("mm", "mm", 1.0),
    ("millimetre", "mm", 1.0),
    ("millimeter", "mm", 1.0),
    ("millimetres", "mm", 1.0),
    ("millimeters", "mm", 1.0),
    ("inch", "cm", 2.54),
    ("inches", "cm", 2.54),
    ("kg", "kg", 1.0),
    ("kgs", "kg", 1.0),
    ("kilogram", "kg", 1.0),
    ("kilograms", "kg", 1.0),
    ("kilo", "kg", 1.0),
    ("kilos", "kg", 1.0),
    ("grams", "g", 1.0),
    ("gram", "g", 1.0),
    ("grammes", "g", 1.0),
    ("gramme", "g", 1.0),
    ("mg", "g", 0.001),
    ("milligrams", "g", 0.001),
    ("milligram", "g", 0.001),
    ("oz", "g", 28.349_523_125),
    ("ounce", "g", 28.349_523_125),
    ("ounces", "g", 28.349_523_125),
    ("lb", "kg", 0.453_592_37),
    ("lbs", "kg", 0.453_592_37),
    ("pound", "kg", 0.453_592_37),
    // "pounds" after a scale word is money ("a million pounds"): see
    // amount::shaped; otherwise a weight.
    ("pounds", "kg", 0.453_592_37),
    ("tonne", "t", 1.0),
    ("tonnes", "t", 1.0),
    ("ton", "t", 0.907_184_74),
    ("tons", "t", 0.907_184_74),
    ("litre", "l", 1.0),
    ("litres", "l", 1.0),
    ("liter", "l", 1.0),
    ("liters", "l", 1.0),
    ("ml", "l", 0.001),
    ("millilitre", "l", 0.001),
    ("millilitres", "l", 0.001),
    ("milliliter", "l", 0.001),
    ("milliliters", "l", 0.001),
    ("gallon", "l", 3.785_411_784),
    ("gallons", "l", 3.785_411_784),
    ("barrel", "bbl", 1.0),
    ("barrels", "bbl", 1.0),
    ("bbl", "bbl", 1.0),
    ("hectare", "ha", 1.0),
    ("hectares", "ha", 1.0),
    ("ha", "ha", 1.0),
    ("acre", "ha", 0.404_685_642),
    ("acres", "ha", 0.404_685_642),
    ("mph", "km/h", 1.609344),
    ("km/h", "km/h", 1.0),
    ("kph", "km/h", 1.0),
    ("knots", "km/h", 1.852),
    // Power, energy and data rates (the checker compares multiples in one
    // base: kW and GW in MW, kWh to TWh in MWh, kbps and Gbps in Mbps).
    ("kw", "kW", 1.0),
    ("kilowatt", "kW", 1.0),
    ("kilowatts", "kW", 1.0),
    ("mw", "MW", 1.0),
    ("megawatt", "MW", 1.0),
    ("megawatts", "MW", 1.0),
    ("gw", "GW", 1.0),
    ("gigawatt", "GW", 1.0),
    ("gigawatts", "GW", 1.0),
    ("kwh", "kWh", 1.0),
    ("mwh", "MWh", 1.0),
    ("gwh", "GWh", 1.0),
    ("twh", "TWh", 1.0),
    ("kbps", "kbps", 1.0),
    ("mbps", "Mbps", 1.0),
    ("gbps", "Gbps", 1.0),
    // Data sizes; "mb" is left out (millibars in weather reports).
    ("megabytes", "MB", 1.0),
    ("megabyte", "MB", 1.0),
    ("gigabytes", "GB", 1.0),
    ("gigabyte", "GB", 1.0),
    ("gb", "GB", 1.0),
    ("terabytes", "TB", 1.0),
    ("terabyte", "TB", 1.0),
    ("tb", "TB", 1.0),
    ("ghz", "GHz", 1.0),
    ("gigahertz", "GHz", 1.0),
    ("mhz", "MHz", 1.0),
    ("megahertz", "MHz", 1.0),
];

/// Multi-word units, tried before single words.
pub const MEASURE_PHRASES: &[(&str, &str, f64)] = &[
    // Speeds written out: "87 kilometres per hour", "70 miles an hour".
    ("kilometres per hour", "km/h", 1.0),
    ("kilometers per hour", "km/h", 1.0),
    ("kilometres an hour", "km/h", 1.0),
    ("kilometers an hour", "km/h", 1.0),
    ("km per hour", "km/h", 1.0),
    ("km an hour", "km/h", 1.0),
    ("miles per hour", "km/h", 1.609_344),
    ("miles an hour", "km/h", 1.609_344),
    ("square kilometres", "km2", 1.0),
    ("square kilometers", "km2", 1.0),
    ("square miles", "km2", 2.589_988),
    ("sq km", "km2", 1.0),
    ("km2", "km2", 1.0),
    ("square metres", "m2", 1.0),
    ("square meters", "m2", 1.0),
    ("square feet", "m2", 0.092_903_04),
    // Singular, as before a noun: "a 500,000 square foot data center".
    ("square foot", "m2", 0.092_903_04),
    ("sq ft", "m2", 0.092_903_04),
    ("square metre", "m2", 1.0),
    ("square meter", "m2", 1.0),
    ("square kilometre", "km2", 1.0),
    ("square kilometer", "km2", 1.0),
    ("square mile", "km2", 2.589_988),
    ("sq mi", "km2", 2.589_988),
    ("nautical miles", "km", 1.852),
    ("metric tons", "t", 1.0),
    ("metric tonnes", "t", 1.0),
    ("metric ton", "t", 1.0),
    ("cubic metres", "m3", 1.0),
    ("cubic meters", "m3", 1.0),
    ("degrees celsius", "°C", 1.0),
    ("kilowatt hours", "kWh", 1.0),
    ("kilowatt hour", "kWh", 1.0),
    ("megawatt hours", "MWh", 1.0),
    ("megawatt hour", "MWh", 1.0),
    ("gigawatt hours", "GWh", 1.0),
    ("terawatt hours", "TWh", 1.0),
    ("megabits per second", "Mbps", 1.0),
    ("gigabits per second", "Gbps", 1.0),
    ("kilobits per second", "kbps", 1.0),
    ("degrees fahrenheit", "°F", 1.0),
];

/// Unit symbols that may be glued to digits ("3km", "500g", "250ml",
/// "a 58ft narrowboat", with its inches: "6ft 2in"). "m" (metres or
/// million), "t", "l" and "G" are left out: glued, they are ambiguous.
/// Feet since the forty-second session (2026-12-07; read from blind round
/// 124 after it was scored, whose boat was "68ft" in one report and "58ft"
/// in another): that round's slip found; probes 1116 → 1115 of 1977 (a
/// yacht's "36ft" now read fills its report's slot of lengths twice, so
/// its passage of 38 nautical miles is no longer compared there), drafts
/// 2192 → 2190, other conflicts unchanged; ECB+ 7 claims more, its
/// conflicts unchanged; a peer suite's case found more; WikiNews, the
/// seeds and the golds unchanged.
pub const GLUED_UNITS: &[&str] = &[
    "km", "cm", "mm", "ft", "kg", "mg", "g", "lb", "lbs", "oz", "ml", "kph", "mph", "ha", "GB", "TB", "GHz", "MHz",
    "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "kbps", "Mbps", "Gbps",
];

/// Currency signs written before the amount.
pub const CURRENCY_SIGNS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("NT$", "TWD"),
    ("Mex$", "MXN"),
    ("RM", "MYR"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("Rs.", "INR"),
    ("Rs", "INR"),
];

/// The ISO code a currency code written in capitals names ("CAD", "LBP"),
/// except codes that are also English words in capitals ("ALL 5
/// solutions", "TRY 3 TIMES"): those are a currency only after the figure
/// ("500 ALL").
pub fn currency_code(word: &str) -> Option<&'static str> {
    (!WORD_LIKE_CODES.contains(&word)).then(|| super::currency::iso_code(word)).flatten()
}

/// Codes that are also English words in capitals.
const WORD_LIKE_CODES: &[&str] = &["ALL", "TRY", "GEL", "PEN"];

/// Words after a length that say which extent of a thing it is, each with
/// its extent: across (0), up (1), down (2), along (3) ("22 metres
/// across", "31 metres above the ground", "11 metres deep", "6 ft 2 in
/// tall").
pub const EXTENTS: &[(&str, u8)] = &[
    ("across", 0),
    ("wide", 0),
    ("broad", 0),
    ("high", 1),
    ("tall", 1),
    ("above", 1),
    ("deep", 2),
    ("below", 2),
    ("underground", 2),
    ("long", 3),
];

/// Time zone abbreviations, with their offset from UTC in minutes.
pub const ZONES: &[(&str, i32)] = &[
    ("UTC", 0),
    ("GMT", 0),
    ("Z", 0),
    ("BST", 60),
    ("CET", 60),
    ("CEST", 120),
    ("EET", 120),
    ("EEST", 180),
    ("MSK", 180),
    ("IST", 330),
    ("PKT", 300),
    ("CST", -360),
    ("CDT", -300),
    ("EST", -300),
    ("EDT", -240),
    ("ET", -300),
    ("PST", -480),
    ("PDT", -420),
    ("PT", -480),
    ("AKST", -540),
    ("AKDT", -480),
    ("MST", -420),
    ("MDT", -360),
    ("JST", 540),
    ("KST", 540),
    ("AEST", 600),
    ("AEDT", 660),
    ("HKT", 480),
    ("SGT", 480),
    ("WIB", 420),
];
