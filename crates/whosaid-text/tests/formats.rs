//! Plain text and Markdown: paragraphs, kinds, sentences and what the prose view hides.

mod common;

use whosaid_core::{BlockKind, Document};
use whosaid_text::{markdown, plain};

use BlockKind::{Heading, ListItem, TableCell, Text};

/// Expected paragraphs: kind and sentence texts.
type Outline<'a> = &'a [(BlockKind, &'a [&'a str])];
type Field = Option<&'static str>;

/// Paragraphs as (kind, sentences), each sentence read from the prose view without the
/// blanked characters and with white space collapsed.
fn outline(doc: &Document) -> Vec<(BlockKind, Vec<String>)> {
    common::check(doc);
    (0..doc.paragraphs.len())
        .map(|i| {
            let sentences = doc
                .paragraph_sentences(i)
                .iter()
                .map(|s| common::words(doc, s.span))
                .collect();
            (doc.paragraphs[i].kind, sentences)
        })
        .collect()
}

fn assert_outline(doc: &Document, want: Outline) {
    let got = outline(doc);
    let want: Vec<(BlockKind, Vec<String>)> = want
        .iter()
        .map(|(k, s)| (*k, s.iter().map(|s| s.to_string()).collect()))
        .collect();
    assert_eq!(got, want, "input: {:?}", doc.text);
}

#[test]
fn plain_paragraphs() {
    let cases: &[(&str, Outline)] = &[
        (
            "Title\n\nFirst line\ncontinues here. Second.\n\n\n  Last.  \n",
            &[
                (Text, &["Title"]),
                (Text, &["First line continues here.", "Second."]),
                (Text, &["Last."]),
            ],
        ),
        (
            "# Not a heading *here*\r\n\r\nWindows lines\r\nstill one. Two.\r\n",
            &[
                (Text, &["# Not a heading *here*"]),
                (Text, &["Windows lines still one.", "Two."]),
            ],
        ),
    ];
    for (text, want) in cases {
        let doc = plain(text.to_string());
        assert!(doc.masked.is_none());
        assert_outline(&doc, want);
    }
}

#[test]
fn markdown_blocks() {
    let cases: &[(&str, Outline)] = &[
        // Headings: ATX and setext; markers blank.
        (
            "# Talks *off* #\n\nSetext title\n===\n\nBody. More.\n",
            &[
                (Heading, &["Talks off"]),
                (Heading, &["Setext title"]),
                (Text, &["Body.", "More."]),
            ],
        ),
        // Lists: each item's own text; nested and loose items; ordered lists.
        (
            "- First item. Two.\n  - nested\n- *second*\n\n1. loose\n\n   more text\n2) x\n",
            &[
                (ListItem, &["First item.", "Two."]),
                (ListItem, &["nested"]),
                (ListItem, &["second"]),
                (ListItem, &["loose"]),
                (ListItem, &["more text"]),
                (ListItem, &["x"]),
            ],
        ),
        // Tables: one paragraph per cell; pipes, delimiter row and escapes blank.
        (
            "| Who | Said |\n|-----|:----:|\n| Rubio | \"No.\" |\n| a \\| b | |\n",
            &[
                (TableCell, &["Who"]),
                (TableCell, &["Said"]),
                (TableCell, &["Rubio"]),
                (TableCell, &["\"No.\""]),
                (TableCell, &["a | b"]),
            ],
        ),
        // Block quotes: their paragraphs are text; `>` markers blank.
        (
            "> \"We will not,\" he said.\n> She left.\n>\n> Second.\n",
            &[
                (Text, &["\"We will not,\" he said.", "She left."]),
                (Text, &["Second."]),
            ],
        ),
        // Code blocks, HTML blocks and comments are not prose.
        (
            "Before.\n\n```rust\nlet x = \"Said.\";\n```\n\n    indented code\n\n<div>\nHTML block.\n</div>\n\n<!-- a\ncomment -->\n\nAfter.\n",
            &[(Text, &["Before."]), (Text, &["After."])],
        ),
        // Inline HTML: tags blank, text kept; an inline comment blank.
        (
            "A <span class=\"x\">quiet</span> word <!-- hidden. Note --> here.\n",
            &[(Text, &["A quiet word here."])],
        ),
        // Links keep their text; destinations, titles, autolinks and images are blank.
        (
            "See [the report](https://wp.example/a \"WP\") and [ref][r] at <https://x.example>. ![A *chart*. Big.](c.png) Done.\n\n[r]: https://ref.example\n",
            &[(Text, &["See the report and ref at .", "Done."])],
        ),
        // Emphasis and links inside a sentence do not break it or the paragraph.
        (
            "He *said* the **U.S.** position was [clear](u). She ~~never~~ agreed. _\"Stop.\"_ Then left.\n",
            &[(
                Text,
                &[
                    "He said the U.S. position was clear.",
                    "She never agreed.",
                    "\"Stop.\"",
                    "Then left.",
                ],
            )],
        ),
        // Inline code keeps its text, without backticks.
        (
            "Run ``a `b` c`` and `x`. Next.\n",
            &[(Text, &["Run a `b` c and x.", "Next."])],
        ),
        // Escapes: the backslash is blank, the character kept.
        (
            "\\*Not emphasis\\* and \\[not a link\\]. Then \\`tick\\`.\n\n\\# Not a heading\n",
            &[
                (Text, &["*Not emphasis* and [not a link].", "Then `tick`."]),
                (Text, &["# Not a heading"]),
            ],
        ),
        // Entities are kept as written.
        ("Tom &amp; Jerry &#35;1.\n", &[(Text, &["Tom &amp; Jerry &#35;1."])]),
        // Footnotes: references blank, definitions are prose.
        (
            "A claim.[^1] Another.\n\n[^1]: Source: *WP*. It said so.\n",
            &[
                (Text, &["A claim.", "Another."]),
                (Text, &["Source: WP.", "It said so."]),
            ],
        ),
        // Hard breaks and \r\n.
        (
            "Line one  \r\nline two\\\r\nline three.\r\n\r\n# H\r\n",
            &[(Text, &["Line one line two line three."]), (Heading, &["H"])],
        ),
        // Thematic breaks are not prose.
        ("One.\n\n---\n\nTwo.\n", &[(Text, &["One."]), (Text, &["Two."])]),
    ];
    for (text, want) in cases {
        let doc = markdown(text.to_string());
        assert_outline(&doc, want);
    }
}

#[test]
fn markdown_blanks_non_prose() {
    let text = "---\ntitle: Secret title\n---\nSee [text](http://hidden.example \"hidden\") ![alt hidden](img.png) <http://auto.hidden> `code` <b>bold</b>\n\n```\nhidden code\n```\n";
    let doc = markdown(text.to_string());
    common::check(&doc);
    let prose = doc.prose();
    for hidden in [
        "Secret", "title", "http", "hidden", "alt", "img", "auto", "`", "<b>", "</b>",
    ] {
        assert!(!prose.contains(hidden), "{hidden:?} in view {prose:?}");
    }
    for kept in ["See", "text", "code", "bold"] {
        assert!(prose.contains(kept), "{kept:?} not in view {prose:?}");
    }
    // Offsets are offsets of the original.
    let at = prose.find("bold").unwrap();
    assert_eq!(&text[at..at + 4], "bold");
}

#[test]
fn markdown_front_matter() {
    // (input, publisher, date, title, paragraphs)
    let cases: &[(&str, Field, Field, Field, &[&str])] = &[
        (
            "---\npublisher: UNN\ndate: 2025-04-23\ntitle: \"Talks off\"\nauthor:\n  name: X\n---\n# Heading\n\nBody.\n",
            Some("UNN"),
            Some("2025-04-23"),
            Some("Talks off"),
            &["Heading", "Body."],
        ),
        (
            "+++\npublisher = \"UNN\"\ndate = 2025-04-23\ntitle = 'Talks'\n+++\n\nBody.\n",
            Some("UNN"),
            Some("2025-04-23"),
            Some("Talks"),
            &["Body."],
        ),
        (
            "---\r\npublisher: 'WP'\r\n---\r\nBody.\r\n",
            Some("WP"),
            None,
            None,
            &["Body."],
        ),
        // Malformed: no metadata, still not prose.
        (
            "---\npublisher: UNN\nnot yaml at all\n---\nBody.\n",
            None,
            None,
            None,
            &["Body."],
        ),
    ];
    for (text, publisher, date, title, paragraphs) in cases {
        let doc = markdown(text.to_string());
        common::check(&doc);
        let m = &doc.metadata;
        assert_eq!(m.publisher.as_deref(), *publisher, "{text:?}");
        assert_eq!(m.date.as_deref(), *date, "{text:?}");
        assert_eq!(m.title.as_deref(), *title, "{text:?}");
        let fm = m.front_matter.expect("front matter span");
        assert_eq!(fm.start, 0);
        let got: Vec<String> = doc
            .paragraphs
            .iter()
            .map(|p| common::words(&doc, p.span))
            .collect();
        assert_eq!(got, *paragraphs, "{text:?}");
    }
}

#[test]
fn unclosed_front_matter_is_markdown() {
    let doc = markdown("---\ntitle: x\n\nBody.\n".to_string());
    common::check(&doc);
    assert_eq!(doc.metadata, Default::default());
    let got: Vec<String> = doc
        .paragraphs
        .iter()
        .map(|p| common::words(&doc, p.span))
        .collect();
    assert_eq!(got, ["title: x", "Body."]);
}

#[test]
fn markdown_without_markup_is_not_masked() {
    let doc = markdown("Just prose.\n\nTwo paragraphs.\n".to_string());
    assert!(doc.masked.is_none());
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn spans_slice_the_original() {
    let text = "Intro with *emphasis* and [a link](http://x).\n\n- “Quoted,” she said.\n";
    let doc = markdown(text.to_string());
    common::check(&doc);
    let spans: Vec<&str> = doc.sentences.iter().map(|s| s.span.slice(text)).collect();
    assert_eq!(
        spans,
        [
            "Intro with *emphasis* and [a link](http://x).",
            "“Quoted,” she said."
        ]
    );
}
