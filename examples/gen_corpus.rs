//! Write a synthetic corpus of news-like story clusters, deterministic from a
//! seed, with a manifest of the conflicts planted in it.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- OUT_DIR [--clusters N | --megabytes M] [--seed S]
//! ```

#[path = "../benches/common/corpus.rs"]
mod corpus;

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(out) = args.first() else {
        eprintln!("usage: gen_corpus OUT_DIR [--clusters N | --megabytes M] [--seed S]");
        std::process::exit(2);
    };
    let value = |flag: &str| {
        args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).and_then(|v| v.parse::<u64>().ok())
    };
    let seed = value("--seed").unwrap_or(7);
    let megabytes = value("--megabytes");
    let clusters = value("--clusters").unwrap_or(if megabytes.is_some() { u64::MAX } else { 100 }) as usize;
    let limit = megabytes.map_or(u64::MAX, |m| m * 1024 * 1024);
    let root = std::path::Path::new(out);
    let mut manifest = std::fs::File::create(root.join("planted.jsonl"))
        .or_else(|_| {
            std::fs::create_dir_all(root)?;
            std::fs::File::create(root.join("planted.jsonl"))
        })
        .expect("cannot write the manifest");
    let (mut bytes, mut articles, mut written) = (0u64, 0usize, 0usize);
    for (docs, planted) in corpus::corpus(seed, clusters) {
        for a in &docs {
            let path = root.join(&a.path);
            std::fs::create_dir_all(path.parent().expect("a cluster directory"))
                .expect("cannot create a cluster directory");
            std::fs::write(&path, &a.text).expect("cannot write an article");
            bytes += a.text.len() as u64;
        }
        for p in planted {
            let line =
                serde_json::json!({"path": p.path, "rule": p.rule, "original": p.original, "changed": p.changed});
            writeln!(manifest, "{line}").expect("cannot write the manifest");
        }
        articles += docs.len();
        written += 1;
        if bytes >= limit {
            break;
        }
    }
    eprintln!("{written} clusters, {articles} articles, {:.1} MB in {out}", bytes as f64 / 1e6);
}
