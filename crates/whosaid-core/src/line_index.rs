use crate::bytes::{splat, HIGHS};

/// Bytes per block of the character-count table.
const BLOCK: usize = 256;

/// Maps byte offsets to 1-based line and column numbers.
///
/// Built once per document in O(n). A lookup is a binary search over line starts plus a count
/// of at most `BLOCK` bytes: the index keeps the number of characters before every block of
/// 256 bytes (a text that is not ASCII only), so a column on a 10 MB line costs no more than
/// one on a short line. Columns count Unicode scalar values, as DESIGN.md's output contract
/// requires. Lines end at `\n`; a `\r` before it belongs to the line it ends.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `blocks[i]`: characters in `text[..i * BLOCK]`; the last entry is the text's total.
    /// Empty for an ASCII text, where a count of characters is one of bytes.
    blocks: Vec<usize>,
    /// Whether the text is ASCII (as most news text is): then a column is counted in bytes.
    ascii: bool,
}

/// The high bit of byte `i` set exactly when byte `i` of the eight `bytes` is a newline: no
/// borrow crosses bytes, so every flag is exact ("Bit Twiddling Hacks", `haszero`).
#[inline]
fn newline_bits(bytes: &[u8]) -> u64 {
    let mut eight = [0; 8];
    eight.copy_from_slice(bytes);
    let x = u64::from_le_bytes(eight) ^ splat(b'\n');
    let low = !HIGHS;
    !(((x & low) + low) | x | low)
}

/// True for the first byte of a UTF-8 sequence (not a continuation byte).
#[inline]
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = Vec::with_capacity(bytes.len() / 64 + 1);
        starts.push(0);
        // Sixteen bytes at a time: whether a block holds a newline is a few vector
        // instructions (a test of all sixteen with no early exit); the newlines of a block
        // that does are found a word at a time. News lines are some seventy bytes, too short
        // for a `memchr` call per line to pay for its setup.
        let mut blocks = bytes.chunks_exact(16);
        let mut at = 0;
        for block in &mut blocks {
            let mut sixteen = [0; 16];
            sixteen.copy_from_slice(block);
            if sixteen.iter().fold(false, |any, &b| any | (b == b'\n')) {
                for (half, eight) in block.chunks_exact(8).enumerate() {
                    let mut newlines = newline_bits(eight);
                    while newlines != 0 {
                        let i = 8 * half + newlines.trailing_zeros() as usize / 8;
                        starts.push(at + i + 1);
                        newlines &= newlines - 1;
                    }
                }
            }
            at += 16;
        }
        let rest = blocks.remainder().iter().enumerate();
        starts.extend(rest.filter(|&(_, &b)| b == b'\n').map(|(i, _)| at + i + 1));
        // An ASCII text needs no character counts: a test of its words, no table.
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            blocks.reserve(bytes.len() / BLOCK + 2);
            let mut chars = 0;
            for chunk in bytes.chunks(BLOCK) {
                blocks.push(chars);
                chars += if chunk.is_ascii() {
                    chunk.len()
                } else {
                    chunk.iter().filter(|&&b| starts_char(b)).count()
                };
            }
            // The total closes the last block, so every block's count has an end.
            blocks.push(chars);
        }
        LineIndex {
            starts,
            blocks,
            ascii,
        }
    }

    /// Number of lines (a text without a newline has one line).
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The 0-based line that holds byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next - 1,
        }
    }

    /// The byte offset where 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts[line]
    }

    /// Characters in `text[..offset]`.
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        if self.ascii {
            return offset;
        }
        let block = offset / BLOCK;
        let counted = self.blocks.get(block).copied().unwrap_or(0);
        let from = (block * BLOCK).min(offset);
        // A block of ASCII text (as many characters as bytes) needs no count: most news text
        // is ASCII, so most lookups are a subtraction.
        let ascii = self
            .blocks
            .get(block + 1)
            .is_some_and(|&next| next - counted == (block * BLOCK + BLOCK).min(text.len()) - from);
        if ascii {
            return counted + (offset - from);
        }
        counted
            + text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
    }

    /// Characters (Unicode scalar values) in `text[..offset]`, `text` being the text this index
    /// was built from: the 0-based character offset of byte `offset`. An offset inside a
    /// multi-byte character or past the end is moved back to the nearest character boundary.
    pub fn char_offset(&self, text: &str, offset: usize) -> usize {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        self.chars_before(text, offset)
    }

    /// 1-based (line, column) of byte `offset` in `text`, the text this index was built from.
    /// Columns count Unicode scalar values. An offset inside a multi-byte character or past the
    /// end is clamped to the nearest character boundary before it.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut line = 0;
        self.line_col_near(text, offset, &mut line)
    }

    /// [`LineIndex::line_col`], trying the 0-based line `near` and the one after it before a
    /// binary search, and leaving the offset's line in `near`: a reporter that looks up the
    /// spans of a document mostly in text order (a claim's cue, source and content, then an
    /// entity's mentions) finds most on the line of the one before or the next.
    pub fn line_col_near(&self, text: &str, offset: usize, near: &mut usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let holds = |line: usize| {
            self.starts.get(line).is_some_and(|&start| start <= offset)
                && self.starts.get(line + 1).is_none_or(|&next| offset < next)
        };
        let line = match *near {
            line if holds(line) => line,
            line if holds(line + 1) => line + 1,
            _ => self.line_of(offset),
        };
        *near = line;
        let start = self.starts[line];
        // A text of ASCII only (as many characters as bytes) has a column per byte.
        let column = match self.ascii {
            true => offset - start + 1,
            false => self.chars_before(text, offset) - self.chars_before(text, start) + 1,
        };
        (line + 1, column)
    }
}

/// The 1-based line and column (in Unicode scalar values) of byte `offset` in `text`, without
/// an index: one pass over the text before it. For the odd position of an error message; a
/// reporter with many positions builds a [`LineIndex`]. An offset past the end or inside a
/// character is moved back to the character's start.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..at].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets() {
        let text = "aé\n🙂b".repeat(200);
        let index = LineIndex::new(&text);
        for offset in 0..=text.len() + 2 {
            let mut boundary = offset.min(text.len());
            while !text.is_char_boundary(boundary) {
                boundary -= 1;
            }
            assert_eq!(
                index.char_offset(&text, offset),
                text[..boundary].chars().count(),
                "{offset}"
            );
        }
    }

    #[test]
    fn lines_and_columns() {
        let text = "ab\r\ncdé\n\nx";
        let index = LineIndex::new(text);
        assert_eq!(index.line_count(), 4);
        let cases = [
            (0, (1, 1)),
            (2, (1, 3)),
            (4, (2, 1)),
            (6, (2, 3)),
            (8, (2, 4)),
            (9, (3, 1)),
            (10, (4, 1)),
            (11, (4, 2)),
        ];
        for (offset, want) in cases {
            assert_eq!(index.line_col(text, offset), want, "offset {offset}");
        }
        // Inside the two bytes of é: clamped back to its start.
        assert_eq!(index.line_col(text, 7), (2, 3));
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        let line: String = (0..2000)
            .map(|i| if i % 7 == 0 { 'é' } else { 'a' })
            .collect();
        let text = format!("x\n{line}\n{line}");
        let index = LineIndex::new(&text);
        for offset in (0..=text.len())
            .filter(|&o| text.is_char_boundary(o))
            .step_by(37)
        {
            let line_start = text[..offset].rfind('\n').map_or(0, |p| p + 1);
            let want = text[line_start..offset].chars().count() + 1;
            assert_eq!(index.line_col(&text, offset).1, want, "offset {offset}");
        }
    }

    #[test]
    fn ascii_blocks_among_non_ascii_ones_count_right() {
        // Whole ASCII blocks (the fast path), blocks with one multi-byte character, and a short
        // last block, ASCII or not.
        for tail in ["", "xyz", "é", "a🙂"] {
            let text = format!(
                "{}é{}\n{}Київ{}{tail}",
                "a".repeat(600),
                "b".repeat(300),
                "c".repeat(BLOCK * 2 - 1),
                "d".repeat(BLOCK)
            );
            let index = LineIndex::new(&text);
            for offset in 0..=text.len() + 1 {
                assert_eq!(
                    index.line_col(&text, offset),
                    super::line_col(&text, offset),
                    "offset {offset}, tail {tail:?}"
                );
            }
        }
    }

    #[test]
    fn lookups_near_a_line_agree_with_plain_ones() {
        for text in [
            "ab\r\ncdé\n\nx",
            "a\nКиїв é\n\nlast 🙂 x\n",
            "one line",
            "\n\n\n",
            "",
        ] {
            let index = LineIndex::new(text);
            for near in 0..=index.line_count() + 1 {
                for offset in 0..=text.len() + 2 {
                    let mut line = near;
                    let got = index.line_col_near(text, offset, &mut line);
                    assert_eq!(
                        got,
                        super::line_col(text, offset),
                        "{text:?} {offset} {near}"
                    );
                    assert_eq!(line + 1, got.0);
                }
            }
        }
    }

    /// Line starts found sixteen bytes at a time are those of a byte-by-byte search, for a
    /// newline at every place of a block and across blocks, in ASCII text and not.
    #[test]
    fn line_starts_agree_with_a_byte_search() {
        for len in 0..50 {
            for (a, b) in [
                (None, None),
                (Some(0), None),
                (Some(15), Some(16)),
                (Some(3), Some(40)),
            ]
            .into_iter()
            .chain((0..len).map(|i| (Some(i), None)))
            {
                for filler in ["x", "é"] {
                    let mut text: Vec<String> =
                        filler.repeat(len).chars().map(String::from).collect();
                    for at in [a, b].into_iter().flatten().filter(|&at| at < len) {
                        text[at] = "\n".into();
                    }
                    let text = text.concat();
                    let index = LineIndex::new(&text);
                    let want: Vec<usize> = std::iter::once(0)
                        .chain(
                            text.bytes()
                                .enumerate()
                                .filter(|&(_, b)| b == b'\n')
                                .map(|(i, _)| i + 1),
                        )
                        .collect();
                    assert_eq!(index.starts, want, "{text:?}");
                    assert_eq!(index.ascii, text.is_ascii(), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn empty_text() {
        let index = LineIndex::new("");
        assert_eq!(index.line_col("", 0), (1, 1));
        assert_eq!(index.line_col("", 5), (1, 1));
    }

    #[test]
    fn one_shot_line_col_agrees_with_the_index() {
        let text = "a\nКиїв é\n\nlast 🙂 x";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 2 {
            assert_eq!(
                super::line_col(text, offset),
                index.line_col(text, offset),
                "{offset}"
            );
        }
    }
}
