//! Property tests: any input, plain or Markdown, gives a well-formed document without panic.

mod common;

use proptest::prelude::*;
use whosaid_text::{markdown, plain, split_sentences};

/// Pieces of Markdown-ish text, so that the generator hits real syntax often.
const PIECES: &[&str] = &[
    "#",
    "# ",
    "*",
    "_",
    "**",
    "~~",
    "[",
    "]",
    "(",
    ")",
    "<",
    ">",
    "!",
    "-",
    "- ",
    "`",
    "```\n",
    "+",
    "|",
    " | ",
    "\\",
    "\"",
    "“",
    "”",
    "’",
    "'",
    ".",
    ". ",
    "? ",
    "! ",
    "...",
    ":",
    "=",
    "\n",
    "\n\n",
    "\r\n",
    "    ",
    "\t",
    " ",
    "  ",
    "a",
    "b",
    "Z",
    "The",
    "He said",
    "Mr.",
    "U.S.",
    "J.",
    "No. 5",
    "3.5",
    "é",
    "😀",
    "\u{a0}",
    "\u{feff}",
    "\u{0}",
    "---\n",
    "+++\n",
    "...\n",
    "title: x\n",
    "publisher = \"P\"\n",
    "[^1]",
    "[^1]: ",
    "](",
    "](http://x \"t\")",
    "<!--",
    "-->",
    "<div>",
    "</div>",
    "<http://a.b>",
    "&amp;",
    "&#35;",
    "1. ",
    "> ",
    "|---|",
    "===\n",
];

fn markdownish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|pieces| pieces.concat())
}

/// Pieces of HTML as CMS exports write it, broken markup included.
const HTML_PIECES: &[&str] = &[
    "<p>",
    "</p>",
    "<div class=\"a\">",
    "</div>",
    "<h2>",
    "</h2>",
    "<li>",
    "<td>",
    "<br>",
    "<br/>",
    "<a href='x'>",
    "</a>",
    "<em>",
    "<script>",
    "</script>",
    "<style>",
    "<!--",
    "-->",
    "&ldquo;",
    "&rdquo;",
    "&#8217;",
    "&#x201C;",
    "&amp;",
    "&nbsp;",
    "&bogus;",
    "&",
    "<",
    ">",
    "\"",
    "'",
    "He said",
    " ",
    "\n",
    "\n\n",
    "é",
    "🙂",
    "<meta name=\"date\" content=\"2025\">",
    "<title>",
    "</title>",
    "<head>",
    "</head>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE html>",
];

fn htmlish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(HTML_PIECES), 0..80).prop_map(|p| p.concat())
}

fn arbitrary() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..120).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn plain_arbitrary(text in arbitrary()) {
        common::check(&plain(text));
    }

    #[test]
    fn markdown_arbitrary(text in arbitrary()) {
        common::check(&markdown(text));
    }

    #[test]
    fn html_arbitrary(text in arbitrary()) {
        common::check(&whosaid_text::html(text));
    }

    #[test]
    fn html_htmlish(text in htmlish()) {
        common::check(&whosaid_text::html(text));
    }

    #[test]
    fn plain_markdownish(text in markdownish()) {
        common::check(&plain(text));
    }

    #[test]
    fn markdown_markdownish(text in markdownish()) {
        common::check(&markdown(text));
    }

    #[test]
    fn sentences_any_span(text in markdownish(), a in 0usize..400, b in 0usize..400) {
        let span = whosaid_core::Span::new(a.min(b), a.max(b));
        let spans = split_sentences(&text, span);
        let mut last = span.start;
        for s in spans {
            prop_assert!(span.contains(s) && s.start >= last && !s.is_empty());
            let slice = s.slice(&text);
            prop_assert_eq!(slice, slice.trim_matches(common::is_space));
            last = s.end;
        }
    }
}

#[test]
fn large_paragraph_is_fast() {
    // About 10 MB in one paragraph: the split must stay linear.
    let unit =
        "U.S. Secretary of State Marco Rubio said Mr. Smith left on Sept. 5. He \"agreed.\" ";
    let text = unit.repeat(10_000_000 / unit.len());
    let started = std::time::Instant::now();
    let doc = plain(text);
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.sentences.len(), 2 * (10_000_000 / unit.len()));
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
}
