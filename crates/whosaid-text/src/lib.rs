//! Input formats for whosaid: plain text and Markdown to prose paragraphs and sentences with
//! exact byte offsets into the original input.
//!
//! # The masked prose view
//!
//! Reading never renders. Instead, [`read`] produces a [`Document`] whose *prose view*
//! ([`Document::prose`]) has exactly the byte length of the input: everything that is not
//! prose (front matter, code, HTML, link destinations, images, emphasis and heading markers,
//! table pipes, escape backslashes) is replaced by ASCII spaces, every byte of a replaced
//! character becoming one space, while line breaks are kept. The view is therefore valid UTF-8,
//! every offset in it is an offset in the original file, and every non-space byte of the view
//! equals the input's byte at the same offset. Later stages (the parser) search the view and
//! report spans that slice the original directly; nothing is ever searched back.
//!
//! Plain text needs no masking: [`Document::masked`] is `None` and the view is the text.
//!
//! Paragraph and sentence spans are trimmed of white space. Sentences never cross paragraphs;
//! see [`split_sentences`] for the rules (abbreviations such as `U.S.`, `Lt. Gen.`, `Sept.`).
//!
//! ```
//! use whosaid_text::{markdown, split_sentences};
//! use whosaid_core::{BlockKind, Span};
//!
//! let text = concat!(
//!     "---\npublisher: UNN\ndate: 2025-04-23\n---\n",
//!     "# Talks off\n\n",
//!     "*Rubio* said the talks were off, [WP](https://wp.example \"WP\") reported. He left.\n",
//! );
//! let doc = markdown(text.to_string());
//! assert_eq!(doc.metadata.publisher.as_deref(), Some("UNN"));
//! assert_eq!(doc.prose().len(), doc.text.len());
//!
//! // The heading and the paragraph; the front matter is blank in the view.
//! assert_eq!(doc.paragraphs.len(), 2);
//! assert_eq!(doc.paragraphs[0].kind, BlockKind::Heading);
//!
//! // Emphasis and link markup are blank, so the sentence reads as prose...
//! let first = doc.paragraph_sentences(1)[0].span;
//! let words: Vec<&str> = first.slice(doc.prose()).split_whitespace().collect();
//! assert_eq!(words.join(" "), "Rubio said the talks were off, WP reported.");
//! // ...and the same span slices the original text.
//! assert_eq!(
//!     first.slice(&doc.text),
//!     "Rubio* said the talks were off, [WP](https://wp.example \"WP\") reported."
//! );
//! assert_eq!(doc.paragraph_sentences(1)[1].span.slice(&doc.text), "He left.");
//! # let _ = (split_sentences, Span::default());
//! ```
//!
//! A span starts and ends on prose, so a sentence that opens with emphasis starts after the
//! `*`; the markup it spans inside stays in the original slice but is blank in the view.
//!
//! Entity references (`&amp;`, `&#35;`) are kept as written in the view, not decoded: the view
//! can only hold bytes of the original. They are rare in news text.

mod front_matter;
mod html;
mod markdown;
mod plain;
mod sentences;

use std::path::Path;

pub use sentences::{split_sentences, STARTERS};
use whosaid_core::{BlockKind, Document, Format, Metadata, Paragraph, Sentence, Span};

/// Reads `text` as `format`.
pub fn read(text: String, format: Format) -> Document {
    match format {
        Format::Plain => plain(text),
        Format::Markdown => markdown(text),
        Format::Html => html(text),
    }
}

/// Reads plain text: paragraphs are separated by blank lines (lines of only white space); a
/// single newline inside a paragraph is white space. Headings are not guessed. Nothing is
/// masked, so [`Document::masked`] is `None`.
pub fn plain(text: String) -> Document {
    let paragraphs = plain::paragraphs(&text);
    assemble(text, None, Format::Plain, Metadata::default(), paragraphs)
}

/// Reads CommonMark (with tables, footnotes and strikethrough) and optional YAML (`---`) or
/// TOML (`+++`) front matter. Front matter `publisher`, `date` and `title` go to
/// [`Document::metadata`]. Paragraphs come from paragraphs, headings, list items (an item's
/// own text; nested lists give their own paragraphs), table cells, block quotes and footnote
/// definitions; code blocks, HTML and images are not prose.
pub fn markdown(text: String) -> Document {
    let parsed = markdown::parse(&text);
    assemble(
        text,
        Some(parsed.view),
        Format::Markdown,
        parsed.metadata,
        parsed.paragraphs,
    )
}

/// Reads HTML (a CMS export): the prose view blanks markup, comments and the content of
/// `script`, `style`, `head` and other non-prose elements, and decodes character references in
/// place (`&ldquo;` is a quotation mark). Block elements end paragraphs: headings, list items
/// and table cells give their kinds. `<title>`, `og:site_name` and `article:published_time`
/// (and similar `<meta>` tags) give [`Document::metadata`].
pub fn html(text: String) -> Document {
    let parsed = html::parse(&text);
    assemble(
        text,
        Some(parsed.view),
        Format::Html,
        parsed.metadata,
        parsed.paragraphs,
    )
}

/// The format a path's extension suggests: `.md`, `.markdown`, `.mdown` and `.mkd` (any case)
/// are Markdown, `.html`, `.htm` and `.xhtml` HTML, anything else plain text.
pub fn format_for_path(path: &Path) -> Format {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let is = |names: &[&str]| names.iter().any(|m| ext.eq_ignore_ascii_case(m));
    if is(&["md", "markdown", "mdown", "mkd"]) {
        Format::Markdown
    } else if is(&["html", "htm", "xhtml"]) {
        Format::Html
    } else {
        Format::Plain
    }
}

/// Splits every paragraph into sentences and builds the document.
fn assemble(
    text: String,
    masked: Option<String>,
    format: Format,
    metadata: Metadata,
    blocks: Vec<(Span, BlockKind)>,
) -> Document {
    let masked = masked.filter(|view| *view != text);
    let prose = masked.as_deref().unwrap_or(&text);
    let mut paragraphs = Vec::with_capacity(blocks.len());
    // About one sentence per 100 bytes of wire copy: a guess that saves most regrowth.
    let mut sentences = Vec::with_capacity(prose.len() / 100 + 1);
    let mut leads = sentences::Leads::NONE;
    for (span, kind) in blocks {
        let first_sentence = sentences.len();
        let index = paragraphs.len();
        sentences::split_each(prose, span, &mut leads, |span| {
            sentences.push(Sentence {
                span,
                paragraph: index,
            });
        });
        paragraphs.push(Paragraph {
            span,
            kind,
            first_sentence,
            end_sentence: sentences.len(),
        });
    }
    let dateline = Document::find_dateline(masked.as_deref().unwrap_or(&text), &paragraphs);
    Document {
        text,
        masked,
        format,
        metadata,
        paragraphs,
        sentences,
        dateline,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_for_paths() {
        let cases = [
            ("a.md", Format::Markdown),
            ("dir/a.MARKDOWN", Format::Markdown),
            ("a.mdown", Format::Markdown),
            ("a.mkd", Format::Markdown),
            ("a.txt", Format::Plain),
            ("md", Format::Plain),
            ("a.md.txt", Format::Plain),
            ("a", Format::Plain),
            ("export/a.HTML", Format::Html),
            ("a.htm", Format::Html),
        ];
        for (path, want) in cases {
            assert_eq!(format_for_path(Path::new(path)), want, "{path}");
        }
    }

    #[test]
    fn read_dispatches() {
        let text = "# A\n\nB.";
        assert_eq!(read(text.into(), Format::Plain), plain(text.into()));
        assert_eq!(read(text.into(), Format::Markdown), markdown(text.into()));
        assert_eq!(read(text.into(), Format::Markdown).format, Format::Markdown);
    }
}
