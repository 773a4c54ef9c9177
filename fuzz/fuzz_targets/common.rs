//! Shared by the targets: read a document in one format and assert that every
//! claim's span is exact and on character boundaries.

use factlint::Document;

pub fn read_and_extract(bytes: &[u8], name: &str) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let doc = Document::new(name, text.clone(), None);
    for region in &doc.prose {
        assert!(region.start <= region.end && region.end <= text.len());
        assert!(text.is_char_boundary(region.start) && text.is_char_boundary(region.end));
    }
    assert_eq!(doc.text.len(), text.len());
    assert_eq!(doc.written(), text);
    for claim in factlint::extract::extract(&doc) {
        assert!(claim.span.start < claim.span.end && claim.span.end <= text.len());
        let written = doc.written_span(claim.span);
        assert!(text.get(written.start..written.end).is_some());
        assert!(doc.text.get(written.start..written.end).is_some());
    }
}
