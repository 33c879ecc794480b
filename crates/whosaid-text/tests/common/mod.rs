//! Invariants every `Document` produced by whosaid-text must satisfy.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use whosaid_core::{Document, Format, Span};

/// White space as the crate trims it: Unicode white space and the byte-order mark.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

fn check_span(doc: &Document, span: Span, what: &str) {
    let (text, prose) = (doc.text.as_str(), doc.prose());
    assert!(span.start < span.end, "{what} {span:?} is empty");
    assert!(span.end <= text.len(), "{what} {span:?} out of bounds");
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} not on char boundaries of the text"
    );
    let slice = span.slice(prose);
    assert_eq!(
        slice,
        slice.trim_matches(is_space),
        "{what} {span:?} is not trimmed"
    );
}

/// Panics with a message when `doc` breaks an invariant.
pub fn check(doc: &Document) {
    let (text, prose) = (doc.text.as_str(), doc.prose());
    assert_eq!(prose.len(), text.len(), "prose view length");
    match doc.format {
        Format::Plain => assert!(doc.masked.is_none(), "plain text is never masked"),
        Format::Markdown | Format::Html => {
            if let Some(masked) = &doc.masked {
                assert_ne!(masked, text, "masked is None when nothing was blanked");
            }
        }
    }
    // In HTML, character references are decoded in place: the view may differ from the text
    // only inside one (from its `&` to its `;`).
    let mut in_reference = false;
    for (i, (p, t)) in prose.bytes().zip(text.bytes()).enumerate() {
        if doc.format == Format::Html && t == b'&' {
            in_reference = true;
        }
        assert!(
            p == b' ' || p == t || (in_reference && p.is_ascii()),
            "view byte {i} is {p:?}, text has {t:?}"
        );
        if t == b';' || t.is_ascii_whitespace() {
            in_reference = false;
        }
        if t == b'\n' {
            assert_eq!(p, b'\n', "line break at {i} not kept");
        }
    }
    for i in 0..=text.len() {
        if text.is_char_boundary(i) {
            assert!(prose.is_char_boundary(i), "boundary {i} lost in the view");
        }
    }

    let mut expected_first = 0;
    let mut last_end = 0;
    for (index, p) in doc.paragraphs.iter().enumerate() {
        check_span(doc, p.span, "paragraph");
        assert!(
            p.span.start >= last_end,
            "paragraphs overlap or are out of order"
        );
        last_end = p.span.end;
        if let Some(fm) = doc.metadata.front_matter {
            assert!(
                !fm.overlaps(p.span),
                "paragraph {:?} in front matter",
                p.span
            );
        }
        assert_eq!(
            p.first_sentence, expected_first,
            "sentence ranges not contiguous"
        );
        assert!(
            p.end_sentence > p.first_sentence,
            "paragraph without sentence"
        );
        expected_first = p.end_sentence;
        let mut sentence_end = p.span.start;
        for s in doc.paragraph_sentences(index) {
            check_span(doc, s.span, "sentence");
            assert_eq!(s.paragraph, index);
            assert!(p.span.contains(s.span), "sentence outside its paragraph");
            assert!(
                s.span.start >= sentence_end,
                "sentences overlap or out of order"
            );
            sentence_end = s.span.end;
        }
    }
    assert_eq!(
        expected_first,
        doc.sentences.len(),
        "sentences outside paragraphs"
    );
    if let Some(fm) = doc.metadata.front_matter {
        assert!(fm.end <= text.len() && text.is_char_boundary(fm.end));
        assert!(
            fm.slice(prose).trim().is_empty(),
            "front matter not blanked"
        );
    }
}

/// The prose in `span` as a reader sees it: blanked characters dropped, runs of white space
/// collapsed to one space.
pub fn words(doc: &Document, span: Span) -> String {
    let prose = doc.prose().as_bytes();
    let kept: String = span
        .slice(&doc.text)
        .char_indices()
        .filter(|&(i, _)| prose[span.start + i] == doc.text.as_bytes()[span.start + i])
        .map(|(_, c)| c)
        .collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}
