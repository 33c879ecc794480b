//! Plain text: paragraphs are separated by blank lines.

use whosaid_core::{BlockKind, Span};

use crate::sentences::is_space;

/// Paragraph spans of plain `text`: maximal runs of non-blank lines, trimmed.
///
/// A blank line is a line holding only white space (`\r` included, so `\r\n` line ends work).
/// A single newline inside a paragraph is not a break. Headings are not guessed: a title line
/// followed by a blank line is simply a paragraph of its own.
pub(crate) fn paragraphs(text: &str) -> Vec<(Span, BlockKind)> {
    let mut out = Vec::new();
    // Start of the current paragraph's first non-blank line, if one is open.
    let mut open: Option<usize> = None;
    // End of the last non-blank line seen.
    let mut last_end = 0;
    let mut line_start = 0;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i + 1);
        let line = &text[line_start..line_end];
        if line.chars().all(is_space) {
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
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), *want, "input: {text:?}");
        }
    }
}
