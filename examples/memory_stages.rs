//! Resident memory after each stage of a check (documents read, claims
//! extracted, copies found, frames read beyond the copies, claims paired),
//! with the sizes of what each stage keeps, to see where `check`'s memory
//! goes. Linux only: it reads `/proc/self/status`.
//!
//! ```sh
//! cargo run --release --example memory_stages -- DIR...
//! ```

use std::mem::size_of;

use factlint::checks::{extract_claims, frames_beyond_copies};
use factlint::claim::Claim;
use factlint::document::load::load_all;
use factlint::frame::Frame;
use factlint::rules::LoadedRules;
use factlint::Document;

/// Print the resident memory now and at its peak, after `stage`.
fn status(stage: &str) {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let elapsed = START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64();
    let s = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let get = |key: &str| s.lines().find_map(|l| l.strip_prefix(key)).map_or("?", str::trim).to_string();
    eprintln!("{stage:<10} {elapsed:>6.2} s  resident {:>10}   peak {:>10}", get("VmRSS:"), get("VmHWM:"));
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let rules = match LoadedRules::builtin() {
        Ok(r) => r.rules,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(2);
        }
    };
    status("start");
    let docs: Vec<Document> = load_all(&args).0.into_iter().map(|s| Document::new(s.path, s.text, None)).collect();
    let text: usize = docs.iter().map(|d| d.text.capacity()).sum();
    let spans: usize =
        docs.iter().map(|d| (d.sentences.capacity() + d.prose.capacity()) * size_of::<factlint::span::Span>()).sum();
    eprintln!("{} documents: text {} kB, sentence and prose spans {} kB", docs.len(), text / 1024, spans / 1024);
    status("read");
    let mut claims = extract_claims(&docs);
    status("claims");
    let copies = factlint::pair::copies::find(&docs, &claims);
    status("copies");
    let frames = frames_beyond_copies(&docs, &mut claims, &copies);
    let framed = frames.iter().filter(|f| !f.is_empty()).count();
    eprintln!("{framed} documents framed");
    let n: usize = claims.iter().map(Vec::len).sum();
    let claim_bytes: usize = claims.iter().map(|c| c.capacity() * size_of::<Claim>()).sum();
    let frame_bytes: usize = frames.iter().map(|f| f.capacity() * size_of::<Frame>()).sum();
    let inner: usize = frames
        .iter()
        .flatten()
        .map(|f| {
            f.actions.capacity() * size_of::<factlint::frame::Head>()
                + f.entities.capacity() * size_of::<factlint::span::Span>()
        })
        .sum();
    eprintln!(
        "{n} claims: claims {} kB ({} B each), frames {} kB ({} B each) and their lists {} kB",
        claim_bytes / 1024,
        size_of::<Claim>(),
        frame_bytes / 1024,
        size_of::<Frame>(),
        inner / 1024
    );
    status("framed");
    let pairing = factlint::pair::pair_with_copies(&docs, &claims, &frames, &rules, &[], copies);
    eprintln!("{} events", pairing.events.len());
    status("paired");
}
