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
        // An empty line (the blank line between two paragraphs of wire copy, half the lines)
        // is told by its first byte, with no call to the search.
        let line_end = if bytes[line_start] == b'\n' {
            line_start + 1
        } else {
            memchr::memchr(b'\n', &bytes[line_start..]).map_or(text.len(), |i| line_start + i + 1)
        };
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
///
/// Each end is trimmed on bytes while they are ASCII, which settles it when the first byte kept
/// is ASCII too; only a non-ASCII byte there (a no-break space, a byte-order mark, a curly quote)
/// sends that end to [`trim_chars`]. Decoding characters at both ends of every paragraph cost
/// some 150 instructions a paragraph. Inlined in the paragraph splitters, its callers: called,
/// it cost some fifteen instructions a paragraph more.
#[inline]
pub(crate) fn trim(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let bytes = slice.as_bytes();
    let lead = bytes.iter().position(|&b| !is_ascii_space(b))?;
    let last = bytes.iter().rposition(|&b| !is_ascii_space(b))?;
    if !bytes[lead].is_ascii() || !bytes[last].is_ascii() {
        return trim_chars(text, span);
    }
    Some(Span::new(span.start + lead, span.start + last + 1))
}

/// [`trim`] by characters.
fn trim_chars(text: &str, span: Span) -> Option<Span> {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start_matches(is_space).len();
    let kept = slice.trim_matches(is_space).len();
    (kept > 0).then(|| Span::new(span.start + lead, span.start + lead + kept))
}

/// An ASCII byte that [`is_space`] calls white space (`\x0B` included, unlike
/// [`u8::is_ascii_whitespace`]).
fn is_ascii_space(b: u8) -> bool {
    b.is_ascii() && is_space(char::from(b))
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

    /// The byte trim agrees with the character trim.
    #[test]
    fn trim_agrees_with_characters() {
        let texts = [
            "",
            " ",
            "\n\t",
            "a",
            " a ",
            "\u{b}a\u{c}",
            "\u{a0}a",
            "a\u{a0}",
            "\u{feff}x\u{2003}",
            " “x” ",
            "\u{85}",
            " \u{a0} ",
            "é",
            " é\n",
            "\r\n a b \r\n",
        ];
        for text in texts {
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    let span = Span::new(start, end);
                    if span.get(text).is_some() {
                        assert_eq!(
                            trim(text, span),
                            trim_chars(text, span),
                            "{text:?} {span:?}"
                        );
                    }
                }
            }
        }
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
