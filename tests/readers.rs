//! The readers, as a user meets them: Markdown and HTML read by real
//! parsers, character references read decoded while every span stays exact
//! on the file as written (a property over generated pages), standard input
//! named by `--stdin-filename`.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use factlint::extract::extract;
use factlint::report::json::extract_document_json;
use factlint::Document;
use proptest::prelude::*;

fn factlint_in(dir: &std::path::Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default().as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// The claims of one file through `extract --format json`: (text, kind, value).
fn claims(name: &str, text: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(name), text).unwrap();
    let out = factlint_in(dir.path(), &["extract", "--format", "json", name], None);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let claims = v["documents"][0]["claims"].as_array().unwrap().clone();
    for c in &claims {
        let (s, e) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
        assert_eq!(&text[s..e], c["text"].as_str().unwrap(), "span of {c}");
    }
    claims
}

fn texts(claims: &[serde_json::Value]) -> Vec<&str> {
    claims.iter().map(|c| c["text"].as_str().unwrap()).collect()
}

#[test]
fn html_references_are_read_decoded_with_exact_spans() {
    let html = "<html><body><h1>Port deal</h1>\n<p data-note=\"a > b, 99 boats\">The port will cost $45&nbsp;million, up from &euro;30&#160;million in 2019.</p>\n<script>var n = 12; if (a<b) {}</script><style>p { margin: 7px }</style>\n<nav>Home | 31 stories</nav><footer>© 2025, 64 staff</footer></body></html>\n";
    let found = claims("a.html", html);
    let money: Vec<&serde_json::Value> = found.iter().filter(|c| c["kind"] == "money").collect();
    assert_eq!(money.len(), 2, "{found:#?}");
    assert_eq!(money[0]["text"], "$45&nbsp;million");
    assert_eq!(money[0]["value"]["low"], 45_000_000);
    assert_eq!(money[0]["value"]["unit"], "USD");
    assert_eq!(money[1]["text"], "&euro;30&#160;million");
    assert_eq!(money[1]["value"]["low"], 30_000_000);
    assert_eq!(money[1]["value"]["unit"], "EUR");
    // Columns count characters of the file as written.
    assert_eq!(money[0]["span"]["column"], html.lines().nth(1).unwrap().find("$45").unwrap() + 1);
    for hidden in ["99", "12", "7px", "31", "64"] {
        assert!(!texts(&found).iter().any(|t| t.contains(hidden)), "{hidden}: {found:#?}");
    }
}

#[test]
fn markdown_is_read_by_its_grammar() {
    let md = "Quake toll rises\n================\n\n1. The quake killed 42 people on Monday.\n2. About 1,200 homes were damaged.\n\nSee [the 2024 report][r] and <b>bold</b> text: 300 rescuers came.\n\n    17 people in an indented code block\n\n[r]: https://example.org/2023/55\n";
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.md"), md).unwrap();
    let out = factlint_in(dir.path(), &["extract", "--format", "json", "a.md"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["headline"], "Quake toll rises");
    let found = claims("a.md", md);
    let t = texts(&found);
    assert!(t.contains(&"42") && t.contains(&"About 1,200") && t.contains(&"300"), "{t:?}");
    assert!(t.contains(&"2024"), "link text is prose: {t:?}");
    for absent in ["1.", "2.", "1", "2", "17", "2023", "55"] {
        assert!(!t.contains(&absent), "{absent}: {t:?}");
    }
}

#[test]
fn stdin_filename_names_standard_input_and_gives_its_format() {
    let dir = tempfile::tempdir().unwrap();
    let html = "<p>It cost $45&nbsp;million.</p>";
    let out =
        factlint_in(dir.path(), &["extract", "--format", "jsonl", "--stdin-filename", "draft.html", "-"], Some(html));
    let line: serde_json::Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["path"], "draft.html");
    assert_eq!(line["text"], "$45&nbsp;million");
    // Without a name, standard input is text named <stdin>: the tags stay.
    let out =
        factlint_in(dir.path(), &["extract", "--format", "jsonl", "-"], Some("<p>The call lasted 90 minutes.</p>"));
    let line: serde_json::Value = serde_json::from_slice(out.stdout.split(|b| *b == b'\n').next().unwrap()).unwrap();
    assert_eq!(line["path"], "<stdin>");
}

/// Pieces of generated pages: prose, figures, references, markup.
const PIECES: &[&str] = &[
    "The quake killed ",
    "42",
    " people",
    "$45",
    "&nbsp;",
    "million",
    "&euro;",
    "30",
    "&#36;",
    "&amp;",
    "&amp",
    "&notit;",
    "&#x2013;",
    "&ndash;",
    "&mdash;",
    "&rsquo;s",
    "&nGt;",
    "&#0;",
    "&",
    " ",
    ". ",
    "\n",
    "\r\n",
    "10",
    "–",
    "é",
    "☕",
    "<p>",
    "</p>",
    "<b class=\"a>b\">",
    "</b>",
    "<!-- 7 -->",
    "<script>var n = 5;</script>",
    "# ",
    "\n\n",
    "* ",
    "1. ",
    "`code 9`",
    "[link 3](http://x.org/4)",
    "\\*",
    "    ",
    "March 10, 2025",
    "per cent",
];

/// Every claim of a document, as the JSON writer shows it, is exactly the
/// file's bytes at its span, with lines and columns of the file as written.
fn exact(name: &str, text: &str) -> Result<(), TestCaseError> {
    let doc = Document::new(name, text, None);
    prop_assert_eq!(doc.text.len(), text.len());
    prop_assert_eq!(doc.written(), text);
    // The two texts differ only inside replaced ranges.
    let mut at = 0;
    for r in &doc.replaced {
        prop_assert_eq!(doc.text.get(at..r.start), text.get(at..r.start));
        prop_assert!(doc.text.is_char_boundary(r.start) && doc.text.is_char_boundary(r.end));
        at = r.end;
    }
    prop_assert_eq!(doc.text.get(at..), text.get(at..));
    let claims = extract(&doc);
    let json: serde_json::Value = serde_json::from_str(&extract_document_json(&doc, &claims, &[])).unwrap();
    for c in json["claims"].as_array().unwrap() {
        let (s, e) = (c["span"]["start"].as_u64().unwrap() as usize, c["span"]["end"].as_u64().unwrap() as usize);
        prop_assert_eq!(text.get(s..e), c["text"].as_str(), "{}", c);
        let line_start = text[..s].rfind('\n').map_or(0, |i| i + 1);
        prop_assert_eq!(c["span"]["line"].as_u64().unwrap() as usize, text[..s].matches('\n').count() + 1);
        prop_assert_eq!(c["span"]["column"].as_u64().unwrap() as usize, text[line_start..s].chars().count() + 1);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_stay_exact_on_the_file_as_written(parts in prop::collection::vec(prop::sample::select(PIECES), 0..60)) {
        let text: String = parts.concat();
        for name in ["x.html", "x.md", "x.txt"] {
            exact(name, &text)?;
        }
    }

    #[test]
    fn a_reference_between_figure_and_unit_reads_as_a_space(n in 1u32..999, ext in prop::sample::select(vec!["html", "md"])) {
        let written = format!("The port will cost ${n}&nbsp;million, officials said.");
        let plain = format!("The port will cost ${n} million, officials said.");
        let value = |text: &str| {
            let doc = Document::new(format!("x.{ext}"), text, None);
            extract(&doc).into_iter().map(|c| (c.kind, c.value)).collect::<Vec<_>>()
        };
        prop_assert_eq!(value(&written), value(&plain));
    }
}
