//! Byte searches eight bytes at a time, for the scanners that look for a few kinds of byte in
//! long runs of prose (sentence ends, quotation marks, capitals, bytes JSON escapes).
//!
//! A caller gives two tests: `word`, on eight bytes read as a little-endian `u64`, which may
//! say yes when no byte is wanted but never no when one is; and `wanted`, the exact test of
//! one byte. A word that passes is read byte by byte. [`zero_bytes`] and [`splat`] build the
//! word tests: a byte equal to `b` is a zero byte of `x ^ splat(b)`.

/// `0x01` in every byte.
pub const ONES: u64 = u64::from_le_bytes([1; 8]);
/// `0x80` in every byte: the high bit of each.
pub const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);

/// `b` in every byte.
#[inline]
pub const fn splat(b: u8) -> u64 {
    ONES * b as u64
}

/// Nonzero exactly when some byte of `x` is zero ("Bit Twiddling Hacks"). Only the lowest
/// flagged byte is sure to be zero: a borrow may flag the bytes above it.
#[inline]
pub const fn zero_bytes(x: u64) -> u64 {
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// Nonzero exactly when some byte of `x` is below `n`, for `n <= 0x80`.
#[inline]
pub const fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(splat(n)) & !x & HIGHS
}

/// The index of the first byte at or after `from` for which `wanted` holds, skipping every
/// block of eight bytes that `word` rules out.
#[inline]
pub fn find_from(
    bytes: &[u8],
    from: usize,
    word: impl Fn(u64) -> bool,
    wanted: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut pos = from;
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        if word(u64::from_le_bytes(eight)) {
            if let Some(k) = chunk.iter().position(|&b| wanted(b)) {
                return Some(pos + k);
            }
        }
        pos += 8;
    }
    bytes
        .get(pos..)?
        .iter()
        .position(|&b| wanted(b))
        .map(|k| pos + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_tests_are_exact_on_every_byte_in_every_lane() {
        for b in 0u8..=255 {
            for lane in 0..8 {
                let mut word = [b'a'; 8];
                word[lane] = b;
                let x = u64::from_le_bytes(word);
                assert_eq!(
                    zero_bytes(x ^ splat(b'.')) != 0,
                    b == b'.',
                    "{b:#x} in {lane}"
                );
                assert_eq!(bytes_below(x, 0x20) != 0, b < 0x20, "{b:#x} in {lane}");
            }
        }
    }

    #[test]
    fn find_from_agrees_with_a_plain_search() {
        let text = b"ab.cdefghijklmnop?qrstuvwxyz.0123456789!".repeat(3);
        let wanted = |b: u8| matches!(b, b'.' | b'!' | b'?');
        let word = |x: u64| {
            zero_bytes(x ^ splat(b'.')) | zero_bytes(x ^ splat(b'!')) | zero_bytes(x ^ splat(b'?'))
                != 0
        };
        for from in 0..=text.len() + 2 {
            let plain = text
                .get(from..)
                .and_then(|t| t.iter().position(|&b| wanted(b)))
                .map(|k| from + k);
            assert_eq!(find_from(&text, from, word, wanted), plain, "from {from}");
            // A word test that always says yes gives the same answer.
            assert_eq!(
                find_from(&text, from, |_| true, wanted),
                plain,
                "from {from}"
            );
        }
    }
}
