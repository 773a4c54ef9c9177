//! Currency words and codes, from the complete ISO 4217 table of the
//! `iso_currency` crate: every code ("SEK", "42 LBP"), every name with its
//! country ("Swedish krona", "Hungarian forint"), their plurals ("Swedish
//! kronor", "forints"), and each unit word that only one current currency
//! uses ("forint", "zloty", "hryvnia").
//!
//! Three short tables stand beside it, for what ISO 4217 does not say:
//! - [`NEWS_READINGS`]: unit words that many currencies share, read the way
//!   English-language news reads them when no country is named ("dollars"
//!   are US dollars, "rupees" Indian rupees, "crowns" Swedish kronor), and
//!   English names ISO does not use ("sterling", "crowns");
//! - [`HISTORIC`]: currencies the euro replaced, still met in archives, and
//!   bitcoin, which has no ISO code;
//! - [`IRREGULAR_PLURALS`]: plural endings that are not an added "s".

use std::sync::OnceLock;

use iso_currency::{Currency, IntoEnumIterator};

/// Unit words shared by several currencies, or English names ISO does not
/// use, with the reading news gives them when no country is named.
pub const NEWS_READINGS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("us dollars", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("cent", "USD¢"),
    ("cents", "USD¢"),
    ("pence", "GBP¢"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pounds sterling", "GBP"),
    ("sterling", "GBP"),
    ("british pounds", "GBP"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("chinese yuan", "CNY"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("crowns", "SEK"),
    ("swedish crowns", "SEK"),
    ("danish crowns", "DKK"),
    ("norwegian crowns", "NOK"),
    ("czech crowns", "CZK"),
    ("icelandic crowns", "ISK"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("roubles", "RUB"),
    ("rouble", "RUB"),
    ("russian roubles", "RUB"),
    ("malaysia ringgit", "MYR"),
    ("tugriks", "MNT"),
    ("tugrik", "MNT"),
];

/// Currencies without a current ISO code that news still names.
pub const HISTORIC: &[(&str, &str)] = &[
    ("deutsche marks", "DEM"),
    ("deutschmarks", "DEM"),
    ("french francs", "FRF"),
    ("belgian francs", "BEF"),
    ("pesetas", "ESP"),
    ("spanish pesetas", "ESP"),
    ("dutch guilders", "NLG"),
    ("guilders", "NLG"),
    ("finnish markka", "FIM"),
    ("markka", "FIM"),
    ("italian lire", "ITL"),
    ("lire", "ITL"),
    ("escudos", "PTE"),
    ("drachmas", "GRD"),
    ("bitcoins", "BTC"),
    ("bitcoin", "BTC"),
    ("btc", "BTC"),
];

/// Plural endings that are not an added "s": the singular's ending and the
/// plural's ("krone" → "kroner", "real" → "reais").
pub const IRREGULAR_PLURALS: &[(&str, &str)] = &[
    ("krona", "kronor"),
    ("krone", "kroner"),
    ("koruna", "koruny"),
    ("real", "reais"),
    ("lev", "leva"),
    ("leu", "lei"),
];

/// Unit words that take no plural "s" in English ("10 yen", "5 baht").
const INVARIANT: &[&str] = &["yen", "yuan", "won", "baht", "rupiah", "kip", "riel", "renminbi", "dong"];

/// Unit words that are English words too ("5 real problems", "the 5 mark",
/// "a dram"): a currency only with its country ("Brazilian real").
const ENGLISH_WORDS: &[&str] =
    &["real", "mark", "sol", "dram", "won", "som", "kip", "lek", "dong", "tala", "colon", "gold"];

/// Codes that mean nothing else, so may be written in lower case after a
/// figure ("500 usd"); others are words too ("12 all", "a pen").
pub const MAJOR_CODES: &[&str] = &["USD", "EUR", "GBP", "JPY", "CNY", "INR", "CHF", "AUD", "NZD", "HKD", "SGD", "KRW"];

/// The ISO code of `code` written in capitals ("CAD", "LBP"), when it is one.
pub fn iso_code(code: &str) -> Option<&'static str> {
    let capitals = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    if !capitals {
        return None;
    }
    Currency::from_code(code)
        .filter(|c| !c.is_fund() && !c.is_special())
        .map(|c| c.code())
        .or_else(|| OTHER_CODES.iter().find(|(other, _)| *other == code).map(|(_, iso)| *iso))
}

/// Codes in common use that are not ISO's ("RMB 100" is yuan, "NIS 40"
/// new shekels).
const OTHER_CODES: &[(&str, &str)] = &[("RMB", "CNY"), ("NIS", "ILS"), ("BTC", "BTC")];

/// Every currency phrase with its code: names, plurals, unique unit words,
/// codes, then the news readings and historic currencies. Longer phrases
/// come first among those that share a first word, so that "south african
/// rand" is tried before "south" could be. Built once.
pub fn phrases() -> &'static [(&'static str, &'static str)] {
    static PHRASES: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    PHRASES.get_or_init(build)
}

/// Build the phrase table (strings are leaked once: they live as long as
/// the process, like the table itself).
fn build() -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    // Current currencies first, then those replaced lately (the Bulgarian
    // lev, the Croatian kuna): archives still name them.
    let mut current: Vec<Currency> = Currency::iter().filter(|c| !c.is_fund() && !c.is_special()).collect();
    current.sort_by_key(|c| c.is_superseded().is_some());
    for c in &current {
        for name in name_variants(c.name()) {
            push_with_plurals(&mut out, &name, c.code());
        }
        out.push((c.code().to_ascii_lowercase(), c.code()));
    }
    for (unit, code) in unique_units(&current) {
        push_with_plurals(&mut out, &unit, code);
    }
    out.extend(NEWS_READINGS.iter().chain(HISTORIC).map(|&(p, c)| (p.to_string(), c)));
    out.extend(OTHER_CODES.iter().map(|&(p, c)| (p.to_ascii_lowercase(), c)));
    let mut seen = std::collections::HashSet::new();
    out.retain(|(p, _)| seen.insert(p.clone()));
    // News readings and historic names are kept where ISO gives the same
    // word another currency: the first entry of a phrase wins, and the ISO
    // names come first, so only words ISO leaves unnamed take a reading.
    out.sort_by(|(a, _), (b, _)| first_word(a).cmp(first_word(b)).then_with(|| b.len().cmp(&a.len())));
    out.into_iter().map(|(p, c)| (&*Box::leak(p.into_boxed_str()), c)).collect()
}

/// The first word of a phrase.
fn first_word(phrase: &str) -> &str {
    phrase.split(' ').next().unwrap_or_default()
}

/// The names ISO gives a currency, lower-cased, with letters folded to
/// ASCII and variants split: "Swedish krona/kronor" gives "swedish krona"
/// and "swedish kronor"; "Renminbi (Chinese) yuan" gives "chinese yuan" and
/// "renminbi yuan"; "Polish złoty" gives "polish zloty".
fn name_variants(name: &str) -> Vec<String> {
    let folded: String = name.chars().map(fold).collect::<String>().to_lowercase();
    let mut out = Vec::new();
    if let (Some(open), Some(close)) = (folded.find('('), folded.find(')')) {
        let inside = folded.get(open + 1..close).unwrap_or_default();
        let before = folded.get(..open).unwrap_or_default().trim();
        let after = folded.get(close + 1..).unwrap_or_default().trim();
        out.push(format!("{inside} {after}").trim().to_string());
        out.push(format!("{before} {after}").trim().to_string());
    } else if let Some((one, other)) = folded.split_once('/') {
        let stem = one.rsplit_once(' ').map_or("", |(s, _)| s);
        out.push(one.to_string());
        out.push(format!("{stem} {other}").trim().to_string());
    } else {
        out.push(folded);
    }
    out.retain(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'.'));
    out
}

/// Latin letters with marks as their plain ASCII letter ("ł" → "l").
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ł' => 'l',
        'đ' => 'd',
        'ñ' => 'n',
        'ç' => 'c',
        'ʻ' => '\'',
        other => other,
    }
}

/// A phrase and its plurals: an added "s", an irregular ending, or none.
fn push_with_plurals(out: &mut Vec<(String, &'static str)>, phrase: &str, code: &'static str) {
    out.push((phrase.to_string(), code));
    let last = phrase.rsplit(' ').next().unwrap_or(phrase);
    if INVARIANT.contains(&last) {
        return;
    }
    let stem = phrase.get(..phrase.len() - last.len()).unwrap_or_default();
    match IRREGULAR_PLURALS.iter().find(|(singular, _)| *singular == last) {
        Some((_, plural)) => out.push((format!("{stem}{plural}"), code)),
        None if !last.ends_with('s') => out.push((format!("{phrase}s"), code)),
        None => {}
    }
}

/// The last word of each name that no other current currency ends with
/// ("forint", "zloty"), with its code.
fn unique_units(current: &[Currency]) -> Vec<(String, &'static str)> {
    let mut by_unit: std::collections::BTreeMap<String, Vec<&'static str>> = Default::default();
    for c in current {
        for name in name_variants(c.name()) {
            let unit = name.rsplit(' ').next().unwrap_or_default().to_string();
            let codes = by_unit.entry(unit).or_default();
            if !codes.contains(&c.code()) {
                codes.push(c.code());
            }
        }
    }
    by_unit
        .into_iter()
        .filter(|(unit, _)| !ENGLISH_WORDS.contains(&unit.as_str()))
        .filter_map(|(unit, codes)| match codes.as_slice() {
            [code] => Some((unit, *code)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code_of(phrase: &str) -> Option<&'static str> {
        phrases().iter().find(|(p, _)| *p == phrase).map(|(_, c)| *c)
    }

    #[test]
    fn names_plurals_and_unique_units_come_from_iso() {
        assert_eq!(code_of("swedish krona"), Some("SEK"));
        assert_eq!(code_of("swedish kronor"), Some("SEK"));
        assert_eq!(code_of("danish kroner"), Some("DKK"));
        assert_eq!(code_of("hungarian forint"), Some("HUF"));
        assert_eq!(code_of("forints"), Some("HUF"));
        assert_eq!(code_of("zloty"), Some("PLN"));
        assert_eq!(code_of("polish zlotys"), Some("PLN"));
        assert_eq!(code_of("hryvnia"), Some("UAH"));
        assert_eq!(code_of("chinese yuan"), Some("CNY"));
        assert_eq!(code_of("brazilian reais"), Some("BRL"));
        assert_eq!(code_of("sek"), Some("SEK"));
        assert_eq!(code_of("japanese yen"), Some("JPY"));
        assert_eq!(code_of("japanese yens"), None);
    }

    #[test]
    fn shared_units_take_the_news_reading() {
        assert_eq!(code_of("dollars"), Some("USD"));
        assert_eq!(code_of("rupees"), Some("INR"));
        assert_eq!(code_of("crowns"), Some("SEK"));
        assert_eq!(code_of("pesetas"), Some("ESP"));
    }

    #[test]
    fn codes_in_capitals() {
        assert_eq!(iso_code("LBP"), Some("LBP"));
        assert_eq!(iso_code("lbp"), None);
        assert_eq!(iso_code("ABC"), None);
    }
}
