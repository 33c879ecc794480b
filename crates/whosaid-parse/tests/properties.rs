//! For any input, plain or Markdown, the parser returns and every span it gives lies inside the
//! input, on character boundaries, with start <= end.

use proptest::prelude::*;
use whosaid_core::Span;

fn check(text: &str, doc: &whosaid_core::Document) {
    let parsed = whosaid_parse::parse(doc);
    let ok = |s: Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for a in &parsed.attributions {
        assert!(ok(a.cue), "cue {:?} in {text:?}", a.cue);
        for m in [&a.source, &a.recipient].into_iter().flatten() {
            assert!(ok(m.span), "mention {:?} in {text:?}", m.span);
            let prose = m.span.slice(doc.prose());
            assert_eq!(
                m.text,
                prose.split_whitespace().collect::<Vec<_>>().join(" ")
            );
        }
        for s in [a.content, a.medium, a.anonymity].into_iter().flatten() {
            assert!(ok(s), "span {s:?} in {text:?}");
        }
        if let Some(p) = a.parent {
            assert!((p.0 as usize) < parsed.attributions.len());
        }
    }
    // Parents form a forest: following them from any attribution ends.
    for a in &parsed.attributions {
        let mut at = a.parent;
        let mut steps = 0;
        while let Some(p) = at {
            steps += 1;
            assert!(
                steps <= parsed.attributions.len(),
                "parent cycle through {:?} in {text:?}",
                a.id
            );
            at = parsed.attributions[p.0 as usize].parent;
        }
    }
    for p in &parsed.problems {
        assert!(ok(p.span), "problem {:?} in {text:?}", p.span);
    }
}

/// Text built from the pieces attributions are made of, so the grammar's paths are exercised.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("''".to_string()),
        Just(" said ".to_string()),
        Just(" told Reuters that ".to_string()),
        Just(", according to ".to_string()),
        Just(", citing ".to_string()),
        Just(" the publication writes".to_string()),
        Just(" he added".to_string()),
        Just("U.S. Vice President Wence".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("\n\n".to_string()),
        Just("**".to_string()),
        Just("[link](http://x)".to_string()),
        Just("---\npublisher: UNN\n---\n".to_string()),
        "[a-zA-Zé😀 ]{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn spans_are_valid_on_any_text(text in any::<String>()) {
        check(&text, &whosaid_text::plain(text.clone()));
        check(&text, &whosaid_text::markdown(text.clone()));
        check(&text, &whosaid_text::html(text.clone()));
    }

    #[test]
    fn spans_are_valid_on_news_like_text(text in newsy()) {
        check(&text, &whosaid_text::plain(text.clone()));
        check(&text, &whosaid_text::markdown(text.clone()));
        check(&text, &whosaid_text::html(text.clone()));
    }
}

#[test]
fn ten_thousand_nested_quotes_parse() {
    let mut text = String::new();
    for _ in 0..10_000 {
        text.push_str("“‘");
    }
    text.push_str(" said he");
    for _ in 0..10_000 {
        text.push_str("’”");
    }
    let doc = whosaid_text::plain(text.clone());
    check(&text, &doc);
}
