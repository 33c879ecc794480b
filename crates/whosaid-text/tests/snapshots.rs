//! Snapshot of the seed article's paragraphs and sentences, read as plain text.

mod common;

use std::fmt::Write;
use whosaid_core::Document;

fn render(doc: &Document) -> String {
    let mut out = String::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let _ = writeln!(out, "¶{i} {:?} {:?}", p.kind, p.span);
        for s in doc.paragraph_sentences(i) {
            let _ = writeln!(out, "  - {}", s.span.slice(&doc.text));
        }
    }
    out
}

#[test]
fn seed_article_plain() {
    let text = include_str!("../../../fixtures/unn-london-talks.txt");
    let doc = whosaid_text::plain(text.to_string());
    common::check(&doc);
    insta::assert_snapshot!(render(&doc));
}

#[test]
fn markdown_article() {
    let text = r#"---
publisher: Example News
date: 2025-04-23
title: "Talks: called off"
---
# Talks called off

*London* — U.S. and European officials called off the talks, [The Washington Post](https://wp.example/x "WP")
reported on Tuesday. "We will not," an official said.[^1] Lt. Gen. Keith Kellogg will attend instead.

> "It is not over," Rubio wrote on Twitter. He added that talks would resume in Sept. or Oct.

- Witkoff travels to Moscow, according to **Russian media**.
- The U.S. is ready to walk away, J.D. Vance said.

| Source | Claim |
|--------|-------|
| WP | Talks off. |

```text
Code is not prose. Nobody said this.
```

<div class="ad">Neither is HTML.</div>

[^1]: Quoted by the `Post`. The official asked not to be named.
"#;
    let doc = whosaid_text::markdown(text.to_string());
    common::check(&doc);
    let mut out = format!("{:?}\n", doc.metadata);
    for (i, p) in doc.paragraphs.iter().enumerate() {
        let _ = writeln!(out, "¶{i} {:?}", p.kind);
        for s in doc.paragraph_sentences(i) {
            let _ = writeln!(out, "  - {}", common::words(&doc, s.span));
        }
    }
    insta::assert_snapshot!(out);
}
