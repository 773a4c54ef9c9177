//! Write a real-shaped news archive, deterministic from a seed, built from
//! real article text: the WikiNews articles vendored in `tests/data/wikinews/`
//! and, when `../shared/ecbplus` exists beside the repository, the ECB+
//! articles read from there (never copied into the repository).
//!
//! ```sh
//! cargo run --release --example gen_archive -- OUT_DIR [--scale K] [--seed S]
//! ```
//!
//! At `--scale 1` the archive has 12,000 pages (about 14 MB with ECB+); each
//! scale multiplies the pages, the same-day bursts and the copies of the most
//! syndicated story (125 per scale: 1,000 at 8×). Most pages are undated
//! (70%), a third of the stories are told on a burst day (dozens of reports
//! of one day), 45% of the stories have copies under other furniture (15% of
//! the copies with one figure changed), and 60% of the stories are a real
//! article's excerpt told again with figures varied. A manifest,
//! `archive.jsonl`, lists every page with whether it is a copy and undated.

#[path = "../benches/common/archive.rs"]
mod archive;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first().filter(|a| !a.starts_with("--")) else {
        eprintln!("usage: gen_archive OUT_DIR [--scale K] [--seed S]");
        std::process::exit(2);
    };
    let value = |flag: &str| {
        args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).and_then(|v| v.parse::<u64>().ok())
    };
    let seed = value("--seed").unwrap_or(11);
    let scale = value("--scale").unwrap_or(1).max(1) as usize;
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = archive::default_sources(repo);
    let ecb = sources.iter().filter(|s| s.name.starts_with("ecbplus/")).count();
    let pages = archive::archive(&sources, archive::Shape::scaled(scale), seed);
    let root = std::path::Path::new(out);
    std::fs::create_dir_all(root).expect("cannot create the output folder");
    let mut manifest =
        std::io::BufWriter::new(std::fs::File::create(root.join("archive.jsonl")).expect("cannot write the manifest"));
    let mut bytes = 0u64;
    for p in &pages {
        let path = root.join(&p.path);
        std::fs::create_dir_all(path.parent().expect("an outlet folder")).expect("cannot create an outlet folder");
        std::fs::write(&path, &p.text).expect("cannot write a page");
        bytes += p.text.len() as u64;
        let line = serde_json::json!({"path": p.path, "copy": p.copy, "undated": p.undated});
        writeln!(manifest, "{line}").expect("cannot write the manifest");
    }
    eprintln!(
        "{} pages, {:.1} MB in {out} (from {} WikiNews and {ecb} ECB+ articles, seed {seed}, scale {scale})",
        pages.len(),
        bytes as f64 / 1e6,
        sources.len() - ecb,
    );
}
