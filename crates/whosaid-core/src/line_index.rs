/// Maps byte offsets to 1-based line and column numbers.
///
/// Built once per document in O(n); each lookup is a binary search over line starts plus a
/// scan of the characters before the offset on its line (columns count Unicode scalar values,
/// as DESIGN.md's output contract requires). Lines end at `\n`; a `\r` before it belongs to the
/// line it ends.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() / 64 + 1);
        starts.push(0);
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
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

    /// 1-based (line, column) of byte `offset` in `text`, the text this index was built from.
    /// Columns count Unicode scalar values. An offset inside a multi-byte character or past the
    /// end is clamped to the nearest character boundary before it.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let start = self.starts[line];
        let column = text[start..offset].chars().count() + 1;
        (line + 1, column)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn empty_text() {
        let index = LineIndex::new("");
        assert_eq!(index.line_col("", 0), (1, 1));
        assert_eq!(index.line_col("", 5), (1, 1));
    }
}
