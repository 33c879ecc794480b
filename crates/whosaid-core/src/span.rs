use serde::{Deserialize, Serialize};
use std::fmt;

/// A half-open range of byte offsets `[start, end)` into the original input.
///
/// Offsets always fall on UTF-8 character boundaries of the input they were made from.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; panics in debug builds if `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// An empty span at `offset`.
    #[inline]
    pub fn empty(offset: usize) -> Self {
        Span::new(offset, offset)
    }

    /// Length in bytes.
    #[inline]
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely inside `self`.
    #[inline]
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `offset` lies inside the span (end exclusive).
    #[inline]
    pub fn contains_offset(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// True when the two spans share at least one byte.
    #[inline]
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers. Panics if the span is out of bounds or not on character
    /// boundaries of `text`; use [`Span::get`] for a checked version.
    #[inline]
    pub fn slice(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The text this span covers, or `None` when it does not fit `text`.
    #[inline]
    pub fn get(self, text: &str) -> Option<&str> {
        text.get(self.start..self.end)
    }

    /// The span moved right by `offset` bytes.
    #[inline]
    pub fn shift(self, offset: usize) -> Span {
        Span::new(self.start + offset, self.end + offset)
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations() {
        let a = Span::new(2, 6);
        assert!(a.contains(Span::new(2, 6)));
        assert!(a.contains(Span::new(3, 4)));
        assert!(!a.contains(Span::new(1, 4)));
        assert!(a.overlaps(Span::new(5, 9)));
        assert!(!a.overlaps(Span::new(6, 9)));
        assert_eq!(a.cover(Span::new(8, 9)), Span::new(2, 9));
        assert!(a.contains_offset(5) && !a.contains_offset(6));
        assert_eq!(a.len(), 4);
        assert!(Span::empty(3).is_empty());
        assert_eq!(Span::new(1, 2).get("é"), None);
        assert_eq!(Span::new(0, 2).get("é"), Some("é"));
    }

    #[test]
    fn serde_shape() {
        let json = serde_json::to_string(&Span::new(1, 3)).unwrap();
        assert_eq!(json, r#"{"start":1,"end":3}"#);
    }
}
