//! Prints the events pairing found in a set of documents: for every link,
//! the two claims, their frames, the score and whether the values agree.
//! For looking into why two claims were (or were not) paired.
//!
//! ```sh
//! cargo run --release --example pairs -- ../shared/seeds/
//! ```
//!
//! `PAIRS_ALL=1` prints agreeing links too (by default only events with a
//! disagreement are printed). `PAIRS_WHY='€85m|€58 million'` says, for
//! every two claims of those texts (or opening or ending with them) in
//! different places, why they were or were not paired.

use factlint::checks::extract_all;
use factlint::document::load::load_all;
use factlint::rules::LoadedRules;
use factlint::Document;

/// True when a claim's text is `asked`, or opens or ends with it as whole
/// words ("6:52 a.m." of "6:52 a.m. on Saturday", "$2.3 billion" of "some
/// $2.3 billion").
fn names(claim_text: &str, asked: &str) -> bool {
    claim_text.strip_prefix(asked).is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        || claim_text.strip_suffix(asked).is_some_and(|rest| rest.ends_with(' '))
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let (sources, errors) = load_all(&paths);
    for e in &errors {
        eprintln!("{e:?}");
    }
    let docs: Vec<Document> = sources.into_iter().map(|s| Document::new(s.path, s.text, None)).collect();
    let rules = match LoadedRules::builtin() {
        Ok(r) => r.rules,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(2);
        }
    };
    let (claims, frames) = extract_all(&docs);
    let pairing = factlint::pair::pair(&docs, &claims, &frames, &rules);
    let all = std::env::var_os("PAIRS_ALL").is_some();
    let describe = |(d, c): (usize, usize)| {
        let (Some(doc), Some(claim), Some(frame)) =
            (docs.get(d), claims.get(d).and_then(|x| x.get(c)), frames.get(d).and_then(|x| x.get(c)))
        else {
            return String::from("?");
        };
        format!(
            "{}:{:?} [{}]",
            doc.path.rsplit('/').next().unwrap_or(&doc.path),
            claim.span.slice(&doc.text),
            frame.describe(&doc.text, claims.get(d).map_or(&[][..], |x| x.as_slice()))
        )
    };
    if let Ok(why) = std::env::var("PAIRS_WHY") {
        let texts: Vec<&str> = why.split('|').collect();
        let found: Vec<(usize, usize)> = claims
            .iter()
            .enumerate()
            .flat_map(|(d, cs)| cs.iter().enumerate().map(move |(c, claim)| (d, c, claim)))
            .filter(|(d, _, claim)| {
                docs.get(*d).is_some_and(|doc| texts.iter().any(|t| names(claim.span.slice(&doc.text), t)))
            })
            .map(|(d, c, _)| (d, c))
            .collect();
        for (i, &x) in found.iter().enumerate() {
            for &y in found.get(i + 1..).unwrap_or_default() {
                let why = factlint::pair::explain(&docs, &claims, &frames, &rules, x, y);
                println!("WHY {} <> {}\n    {why}", describe(x), describe(y));
            }
        }
    }
    for a in pairing.copies.aligned.iter().filter(|a| a.how == factlint::pair::Alignment::Changed) {
        println!("ALIGNED-CHANGED {} <> {}", describe(a.copy), describe(a.original));
    }
    for event in &pairing.events {
        if !all && event.links.iter().all(|l| l.agree) {
            continue;
        }
        let rule = rules.get(event.rule).map_or("?", |r| r.id.as_str());
        println!("EVENT {rule} subject {:?}", event.subject);
        for l in &event.links {
            println!(
                "  {:?} {:.2} {} {} <> {}",
                l.kind,
                l.score,
                if l.agree { "agree" } else { "DISAGREE" },
                describe(l.a),
                describe(l.b)
            );
        }
    }
}
