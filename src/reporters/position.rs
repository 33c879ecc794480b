//! Positions and paths for the formats other programs read (brief, SARIF, GitHub, rdjson): one
//! place that turns byte spans into lines and columns in the unit each format defines, and a
//! document's name into a path or a URI.
//!
//! Lines are 1-based everywhere. Columns are 1-based and count:
//! - Unicode scalar values ("characters") in whosaid's own formats, `brief`, `github` and SARIF
//!   (where the run says `"columnKind": "unicodeCodePoints"`);
//! - UTF-8 bytes in reviewdog's format, whose `Position.column` is a byte count.
//!
//! An end position is exclusive: the position of the first character after the span.

use whosaid_core::{LineIndex, Span};

use crate::input::DocName;

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub line: usize,
    pub column: usize,
}

/// Where a span starts and ends (exclusive), in one unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub start: Point,
    pub end: Point,
}

/// A document's text and its line index.
pub struct Positions<'a> {
    text: &'a str,
    index: LineIndex,
}

impl<'a> Positions<'a> {
    pub fn new(text: &'a str) -> Positions<'a> {
        Positions {
            text,
            index: LineIndex::new(text),
        }
    }

    /// `offset` moved into the text and back to a character boundary (a span that does not fit
    /// the text is a bug elsewhere, never a panic here).
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Line and column of byte `offset`, the column in characters.
    pub fn chars(&self, offset: usize) -> Point {
        let (line, column) = self.index.line_col(self.text, offset);
        Point { line, column }
    }

    /// Line and column of byte `offset`, the column in UTF-8 bytes.
    pub fn bytes(&self, offset: usize) -> Point {
        let offset = self.clamp(offset);
        let line = self.index.line_of(offset);
        Point {
            line: line + 1,
            column: offset - self.index.line_start(line) + 1,
        }
    }

    /// The span's start and end, columns in characters.
    pub fn char_range(&self, span: Span) -> Range {
        Range {
            start: self.chars(span.start),
            end: self.chars(span.end.max(span.start)),
        }
    }

    /// The span's start and end, columns in UTF-8 bytes.
    pub fn byte_range(&self, span: Span) -> Range {
        Range {
            start: self.bytes(span.start),
            end: self.bytes(span.end.max(span.start)),
        }
    }

    /// The 0-based character offset of byte `offset` from the start of the text.
    pub fn char_offset(&self, offset: usize) -> usize {
        self.index.char_offset(self.text, offset)
    }

    /// The span's length in characters.
    pub fn char_len(&self, span: Span) -> usize {
        self.char_offset(span.end.max(span.start)) - self.char_offset(span.start)
    }
}

/// The path a line-oriented format shows for a document: the file as named on the command line,
/// `<stdin>` (or `--stdin-filename`), or a JSON Lines record's id, as the human format shows it.
pub fn path(name: &DocName) -> String {
    name.label()
}

/// A document's location as a SARIF `artifactLocation`: a URI reference, and the base it is
/// relative to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArtifactUri {
    pub uri: String,
    /// `%SRCROOT%` for a relative path (what GitHub code scanning resolves against the
    /// repository root), `None` for an absolute one (`file://` URI).
    pub base: Option<&'static str>,
}

/// The base id of relative paths: the directory whosaid ran in, the repository root in CI.
pub const SRCROOT: &str = "%SRCROOT%";

/// The document's path as a URI reference: relative paths (without a leading `./`) against
/// [`SRCROOT`], absolute ones as `file://` URIs. Every byte but the unreserved characters of
/// RFC 3986 and `/` is percent-encoded, so a space, `%`, `#`, `:` or a non-ASCII letter cannot
/// change what the URI means.
pub fn artifact_uri(name: &DocName) -> ArtifactUri {
    let label = path(name);
    let mut rest = label.as_str();
    while let Some(stripped) = rest.strip_prefix("./") {
        rest = stripped;
    }
    if rest.starts_with('/') {
        ArtifactUri {
            uri: format!("file://{}", percent_encode(rest)),
            base: None,
        }
    } else {
        ArtifactUri {
            uri: percent_encode(rest),
            base: Some(SRCROOT),
        }
    }
}

/// `path` with every byte outside `A-Z a-z 0-9 - . _ ~ /` percent-encoded (UTF-8).
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for &b in path.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> DocName {
        DocName::Path(path.to_owned())
    }

    #[test]
    fn columns_in_chars_and_bytes() {
        // "К" is 2 bytes, "🙂" 4 bytes (2 UTF-16 units): the columns of `W` differ by unit.
        let text = "first\nКи 🙂 Wence\n";
        let positions = Positions::new(text);
        let w = text.find('W').unwrap_or_default();
        assert_eq!(positions.chars(w), Point { line: 2, column: 6 });
        assert_eq!(
            positions.bytes(w),
            Point {
                line: 2,
                column: 11
            }
        );
        assert_eq!(positions.char_offset(w), 11);
        let span = Span::new(w, w + "Wence".len());
        assert_eq!(positions.char_len(span), 5);
        assert_eq!(
            positions.char_range(span),
            Range {
                start: Point { line: 2, column: 6 },
                end: Point {
                    line: 2,
                    column: 11
                }
            }
        );
        assert_eq!(
            positions.byte_range(span).end,
            Point {
                line: 2,
                column: 16
            }
        );
    }

    #[test]
    fn offsets_out_of_bounds_or_inside_a_character_do_not_panic() {
        let text = "é🙂";
        let positions = Positions::new(text);
        assert_eq!(positions.bytes(1), Point { line: 1, column: 1 });
        assert_eq!(positions.bytes(99), Point { line: 1, column: 7 });
        assert_eq!(positions.char_offset(4), 1);
        assert_eq!(positions.char_len(Span { start: 5, end: 2 }), 0);
    }

    #[test]
    fn uris() {
        let relative = |uri: &str| ArtifactUri {
            uri: uri.to_owned(),
            base: Some(SRCROOT),
        };
        assert_eq!(
            artifact_uri(&file("fixtures/a.md")),
            relative("fixtures/a.md")
        );
        assert_eq!(artifact_uri(&file("././a b.md")), relative("a%20b.md"));
        assert_eq!(
            artifact_uri(&file("news/Київ,1:2%#.md")),
            relative("news/%D0%9A%D0%B8%D1%97%D0%B2%2C1%3A2%25%23.md")
        );
        assert_eq!(artifact_uri(&file("<stdin>")), relative("%3Cstdin%3E"));
        assert_eq!(
            artifact_uri(&file("/tmp/x y.md")),
            ArtifactUri {
                uri: "file:///tmp/x%20y.md".to_owned(),
                base: None
            }
        );
    }
}
