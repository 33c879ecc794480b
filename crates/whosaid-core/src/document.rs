use crate::Span;
use serde::{Deserialize, Serialize};

/// The input format a document was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text: blank lines separate paragraphs.
    Plain,
    /// CommonMark with optional YAML (`---`) or TOML (`+++`) front matter.
    Markdown,
    /// HTML (a CMS export): markup, scripts and styles are not prose; `<title>` and `<meta>`
    /// give the metadata.
    Html,
}

/// What a document says about itself (front matter), when it says it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// The publisher of the article (`publisher:`), e.g. `UNN`.
    pub publisher: Option<String>,
    /// The article's date as written (`date:`), normally `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The article's title (`title:`).
    pub title: Option<String>,
    /// Where the front matter block lies in the input, delimiters included.
    pub front_matter: Option<Span>,
}

/// What kind of block a paragraph comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Running text.
    Text,
    /// A heading (Markdown `#`, or a short title-like line in plain text is still `Text`).
    Heading,
    /// An item of a list.
    ListItem,
    /// A cell of a table.
    TableCell,
}

/// A block of prose. Sentences never cross paragraph boundaries; quotes may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's extent in the input, trimmed of surrounding white space.
    pub span: Span,
    /// The block it comes from.
    pub kind: BlockKind,
    /// Index of its first sentence in [`Document::sentences`].
    pub first_sentence: usize,
    /// One past the index of its last sentence.
    pub end_sentence: usize,
}

/// A sentence of prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's extent in the input, trimmed of surrounding white space.
    pub span: Span,
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
}

/// An input text split into prose paragraphs and sentences.
///
/// `text` is the input exactly as read. `prose()` is a view of the same byte length in which
/// everything that is not prose (front matter, code, HTML, link targets, emphasis markers) is
/// replaced by ASCII spaces, character for character, so every offset into the prose view is the
/// same offset into `text`, and slices of one are slices of the other wherever the view kept
/// prose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The input as read.
    pub text: String,
    /// The masked prose view, when it differs from `text` (same length, same char boundaries).
    pub masked: Option<String>,
    /// The format the input was read as.
    pub format: Format,
    /// Front matter metadata.
    pub metadata: Metadata,
    /// Prose paragraphs in input order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in input order.
    pub sentences: Vec<Sentence>,
    /// The story's dateline (`KYIV, Nov 27 (Reuters) - …`), found once when the document is
    /// read ([`Document::find_dateline`]): the index of its paragraph, and offsets into the
    /// text.
    #[serde(skip)]
    pub dateline: Option<(usize, crate::Dateline)>,
}

impl Document {
    /// The story's dateline (see [`crate::dateline()`]) at the start of one of the first two
    /// paragraphs that are no headings (a plain text's title line may come first), with the
    /// paragraph's index and offsets into `prose`: what the text layer stores in
    /// [`Document::dateline`].
    pub fn find_dateline(
        prose: &str,
        paragraphs: &[Paragraph],
    ) -> Option<(usize, crate::Dateline)> {
        paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.kind != BlockKind::Heading)
            .take(2)
            .find_map(|(i, p)| {
                let d = crate::dateline(p.span.slice(prose))?;
                let at = p.span.start;
                Some((
                    i,
                    crate::Dateline {
                        outlet: d.outlet.map(|(a, b)| (at + a, at + b)),
                        body: at + d.body,
                    },
                ))
            })
    }

    /// The publisher the document itself names: its front matter's, else its wire dateline's
    /// outlet (`KYIV, Nov 27 (Reuters) - `).
    pub fn named_publisher(&self) -> Option<&str> {
        self.metadata.publisher.as_deref().or_else(|| {
            self.dateline
                .and_then(|(_, d)| d.outlet)
                .map(|(a, b)| &self.prose()[a..b])
        })
    }

    /// The prose view: `text` with non-prose bytes blanked (same length as `text`).
    pub fn prose(&self) -> &str {
        self.masked.as_deref().unwrap_or(&self.text)
    }

    /// `span` widened so that neither end falls inside an HTML character reference (`&ldquo;`
    /// is read as one quotation mark on one of its bytes, so a quote found in the prose view
    /// would otherwise start or end in the middle of it). Other formats: `span` as it is.
    pub fn snap(&self, span: Span) -> Span {
        if self.format != Format::Html {
            return span;
        }
        let bytes = self.text.as_bytes();
        // The reference `&name;` (at most 32 name bytes) that position `at` lies strictly inside.
        let around = |at: usize| -> Option<(usize, usize)> {
            let stop = |b: u8| b.is_ascii_whitespace() || matches!(b, b';' | b'&' | b'<' | b'>');
            let amp = (at.saturating_sub(33)..at)
                .rev()
                .find(|&i| stop(bytes[i]))
                .filter(|&i| bytes[i] == b'&')?;
            let semi = (amp + 1..(amp + 34).min(bytes.len()))
                .find(|&i| stop(bytes[i]))
                .filter(|&i| bytes[i] == b';')?;
            (at <= semi).then_some((amp, semi + 1))
        };
        let start = around(span.start).map_or(span.start, |(amp, _)| amp);
        let end = around(span.end).map_or(span.end, |(_, after)| after);
        Span::new(start, end.max(start))
    }

    /// The sentences of paragraph `index`.
    pub fn paragraph_sentences(&self, index: usize) -> &[Sentence] {
        let p = &self.paragraphs[index];
        &self.sentences[p.first_sentence..p.end_sentence]
    }
}
