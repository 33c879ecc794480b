//! Plain text: paragraphs are separated by blank lines.

use whosaid_core::{BlockKind, Span};

use crate::sentences::is_space;

/// Paragraph spans of plain `text`: maximal runs of non-blank lines, trimmed.
///
/// A blank line is a line holding only white space (`\r` included, so `\r\n` line ends work).
/// A single newline inside a paragraph is not a break. Headings are not guessed: a title line
/// followed by a blank line is simply a paragraph of its own.
pub(crate) fn paragraphs(text: &str) -> Vec<(Span, BlockKind)> {
    // A paragraph of wire copy is about 130 bytes (Reuters); a guess that saves most regrowth.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    // Start of the current paragraph's first non-blank line, if one is open.
    let mut open: Option<usize> = None;
    // End of the last non-blank line seen.
    let mut last_end = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    while line_start < text.len() {
        let line_end =
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |i| line_start + i + 1);
        // Nearly every line starts with a printable ASCII byte, which settles it: not blank.
        // `line_start` is always a character boundary (0, or just after a newline).
        let printable = bytes[line_start].is_ascii_graphic();
        if !printable && text[line_start..line_end].chars().all(is_space) {
            if let Some(start) = open.take() {
                push_trimmed(text, start, last_end, &mut out);
            }
        } else {
            open.get_or_insert(line_start);
            last_end = line_end;
        }
        line_start = line_end;
    }
    if let Some(start) = open {
        push_trimmed(text, start, last_end, &mut out);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(Span, BlockKind)>) {
    if let Some(span) = trim(text, Span::new(start, end)) {
        out.push((span, BlockKind::Text));
    }
}

/// `span` of `text` without leading and trailing white space; `None` when nothing is left.
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let kept = slice.trim_matches(is_space).len();
    (kept > 0).then(|| Span::new(span.start + lead, span.start + lead + kept))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        paragraphs(text)
            .into_iter()
            .map(|(s, _)| s.slice(text))
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("\n\n  \n", &[]),
            ("One.", &["One."]),
            ("One\ntwo.\n\nThree.", &["One\ntwo.", "Three."]),
            ("Title\n\nBody text.\n", &["Title", "Body text."]),
            ("  indented\n \t \n\n\nnext  \n", &["indented", "next"]),
            ("a\r\nb\r\n\r\nc\r\n", &["a\r\nb", "c"]),
            ("a\r\n  \r\nb", &["a", "b"]),
            ("\u{feff}Byte order mark.", &["Byte order mark."]),
            ("é😀\n\n“x”", &["é😀", "“x”"]),
            // Lines that start with no printable ASCII byte: blank only if all white space.
            ("a\n\u{a0}\u{2003}\n\u{feff}\nb", &["a", "b"]),
            ("a\n\u{a0}x\n\tb", &["a\n\u{a0}x\n\tb"]),
            ("a\n\u{85}\nb", &["a", "b"]),
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), *want, "input: {text:?}");
        }
    }
}
