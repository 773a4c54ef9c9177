//! Output is deterministic: the same bytes for one thread and for several,
//! for `extract` (streamed in parallel batches) and `check`.

#[path = "../benches/common/corpus.rs"]
mod corpus;

use std::process::Command;

fn run(threads: &str, args: &[&str]) -> Vec<u8> {
    let out =
        Command::new(env!("CARGO_BIN_EXE_factlint")).args(args).env("RAYON_NUM_THREADS", threads).output().unwrap();
    assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn one_thread_and_many_give_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    for (articles, _) in corpus::corpus(3, 60) {
        for a in articles {
            let path = dir.path().join(&a.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, a.text).unwrap();
        }
    }
    let root = dir.path().to_str().unwrap();
    for args in [
        vec!["extract", "--format", "jsonl", root],
        vec!["extract", "--format", "json", root],
        vec!["check", "--format", "json", root],
    ] {
        let one = run("1", &args);
        assert!(one.len() > 1000, "{args:?} produced little output");
        assert_eq!(one, run("4", &args), "{args:?} differs between 1 and 4 threads");
    }
}
