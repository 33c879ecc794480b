//! Invariant checks shared by the fuzz targets. Each panics with a message when broken, which
//! libFuzzer reports as a crash.

use serde_json::Value;
use whosaid_core::{Document, Span};

/// The three readers, in the order the targets use them.
pub fn read_all(text: &str) -> [Document; 3] {
    [
        whosaid_text::plain(text.to_owned()),
        whosaid_text::markdown(text.to_owned()),
        whosaid_text::html(text.to_owned()),
    ]
}

/// `span` is non-inverted, inside `text` and on its char boundaries.
pub fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} {span:?} is inverted");
    assert!(
        span.end <= text.len(),
        "{what} {span:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries"
    );
}

/// The document invariants: same-length prose view with the same char boundaries, paragraphs
/// and sentences inside the text, on boundaries, in order.
pub fn check_document(doc: &Document) {
    let (text, prose) = (doc.text.as_str(), doc.prose());
    assert_eq!(prose.len(), text.len(), "prose view length");
    for i in 0..=text.len() {
        if text.is_char_boundary(i) {
            assert!(
                prose.is_char_boundary(i),
                "boundary {i} lost in the prose view"
            );
        }
    }
    let mut last = 0;
    for p in &doc.paragraphs {
        check_span(text, p.span, "paragraph");
        assert!(p.span.start >= last, "paragraphs out of order");
        last = p.span.end;
        assert!(p.first_sentence <= p.end_sentence);
        assert!(p.end_sentence <= doc.sentences.len());
    }
    let mut last = 0;
    for s in &doc.sentences {
        check_span(text, s.span, "sentence");
        assert!(s.span.start >= last, "sentences out of order");
        last = s.span.end;
        assert!(
            s.paragraph < doc.paragraphs.len(),
            "sentence of no paragraph"
        );
    }
    if let Some(fm) = doc.metadata.front_matter {
        check_span(text, fm, "front matter");
    }
}

/// Every span the parser returns is inside the text on char boundaries, and mention texts
/// are what they cover.
pub fn check_parsed(doc: &Document, parsed: &whosaid_parse::Parsed) {
    let text = doc.text.as_str();
    for a in &parsed.attributions {
        check_span(text, a.cue, "cue");
        for (span, what) in [
            (a.content, "content"),
            (a.medium, "medium"),
            (a.anonymity, "anonymity"),
        ] {
            if let Some(span) = span {
                check_span(text, span, what);
            }
        }
        for (mention, what) in [(&a.source, "source"), (&a.recipient, "recipient")] {
            if let Some(m) = mention {
                check_span(text, m.span, what);
            }
        }
        if let Some(parent) = a.parent {
            assert!(
                (parent.0 as usize) < parsed.attributions.len(),
                "parent {parent:?} does not exist"
            );
        }
    }
    for p in &parsed.problems {
        check_span(text, p.span, "problem");
    }
}

/// Every `{"start", "end", ...}` object in a serialized report is a span of `text` on char
/// boundaries, and its `text` field (when present) is the slice it covers.
pub fn check_json_spans(text: &str, value: &Value) {
    match value {
        Value::Object(map) => {
            if let (Some(start), Some(end)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
            ) {
                let span = Span {
                    start: start as usize,
                    end: end as usize,
                };
                check_span(text, span, "report span");
                if let Some(covered) = map.get("text").and_then(Value::as_str) {
                    assert_eq!(
                        covered,
                        &text[span.start..span.end],
                        "span {span:?} text differs from the slice"
                    );
                }
            }
            for v in map.values() {
                check_json_spans(text, v);
            }
        }
        Value::Array(items) => {
            for v in items {
                check_json_spans(text, v);
            }
        }
        _ => {}
    }
}
