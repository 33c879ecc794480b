//! One line of a JSON Lines input, read without serde when it has the common shape.
//!
//! Nearly every line of a newsroom export is `{"id": "…", "text": "…"}`, perhaps with
//! `publisher`, `date`, `title`, `format` and a few string fields this tool ignores. For such a
//! line, [`fast`] decodes the text in runs between the bytes JSON escapes, found with vector
//! instructions (`memchr2`), into a `String` sized once. Anything else (a number or object as a value, an escape in
//! a key, a duplicate field, a missing `id`, malformed JSON) makes it give up, and the caller
//! decodes the line with serde_json, which also gives the error messages. So the fast path
//! only ever returns what serde_json would: the tests hold it to that.

use serde::Deserialize;
use whosaid_core::Format;

/// One line of a JSON Lines input. Unknown fields are ignored.
#[derive(Debug, PartialEq, Deserialize)]
pub(super) struct Record {
    /// A string or a number, echoed back as given.
    pub(super) id: serde_json::Value,
    pub(super) text: String,
    #[serde(default)]
    pub(super) publisher: Option<String>,
    #[serde(default)]
    pub(super) date: Option<String>,
    #[serde(default)]
    pub(super) title: Option<String>,
    /// `plain` (the default) or `markdown`.
    #[serde(default)]
    pub(super) format: Option<Format>,
}

impl Record {
    /// `line` decoded: by [`fast`] when it can, else by serde_json.
    pub(super) fn parse(line: &str) -> Result<Record, serde_json::Error> {
        match fast(line) {
            Some(record) => Ok(record),
            None => serde_json::from_str(line),
        }
    }
}

/// `line` decoded, or `None` when it is not of the common shape (see the module docs).
pub(super) fn fast(line: &str) -> Option<Record> {
    let mut r = Reader {
        s: line,
        b: line.as_bytes(),
        pos: 0,
    };
    r.skip_space();
    r.eat(b'{')?;
    let mut id = None;
    let mut text = None;
    let mut publisher = None;
    let mut date = None;
    let mut title = None;
    let mut format = None;
    r.skip_space();
    if !r.eat_if(b'}') {
        loop {
            r.skip_space();
            let key = r.key()?;
            r.skip_space();
            r.eat(b':')?;
            r.skip_space();
            match key {
                "id" => set(&mut id, serde_json::Value::String(r.string()?))?,
                "text" => set(&mut text, r.string()?)?,
                "publisher" => set(&mut publisher, r.optional_string()?)?,
                "date" => set(&mut date, r.optional_string()?)?,
                "title" => set(&mut title, r.optional_string()?)?,
                "format" => {
                    let name = r.optional_string()?;
                    let value = match name.as_deref() {
                        None => None,
                        Some("plain") => Some(Format::Plain),
                        Some("markdown") => Some(Format::Markdown),
                        Some("html") => Some(Format::Html),
                        Some(_) => return None,
                    };
                    set(&mut format, value)?;
                }
                _ => r.skip_scalar()?,
            }
            r.skip_space();
            if r.eat_if(b'}') {
                break;
            }
            r.eat(b',')?;
        }
    }
    r.skip_space();
    if r.pos != r.b.len() {
        return None;
    }
    Some(Record {
        id: id?,
        text: text?,
        publisher: publisher.flatten(),
        date: date.flatten(),
        title: title.flatten(),
        format: format.flatten(),
    })
}

/// Sets a field seen for the first time; a second time is serde's "duplicate field" error.
fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(value);
    Some(())
}

struct Reader<'a> {
    s: &'a str,
    b: &'a [u8],
    pos: usize,
}

/// The first `"`, `\\` or control character (which JSON forbids raw) at or after `from`.
///
/// `memchr2` finds the next quote or backslash with vector instructions; the run before it is
/// then checked for control characters in one pass that the compiler vectorizes too (no early
/// exit), which is cheaper than testing three kinds of byte at every step.
fn next_special(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let end = memchr::memchr2(b'"', b'\\', rest).unwrap_or(rest.len());
    let run = &rest[..end];
    if run.iter().fold(false, |seen, &b| seen | (b < 0x20)) {
        return run.iter().position(|&b| b < 0x20).map(|i| from + i);
    }
    (end < rest.len()).then_some(from + end)
}

/// [`next_special`] where one is expected soon (the end of a key or of an id): the next
/// sixteen bytes are tested as two words first, for a few instructions where the vector
/// searches' setup costs more than such a string.
#[inline]
fn next_special_near(bytes: &[u8], from: usize) -> Option<usize> {
    use whosaid_core::bytes::{bytes_below, splat, zero_bytes};
    for k in [from, from + 8] {
        let Some(eight) = bytes.get(k..k + 8) else {
            break;
        };
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        let word = u64::from_le_bytes(word);
        // The lowest flag of each test is exact (a borrow only flags bytes above a true
        // one), so the lowest of all three is the first special byte.
        let flags = bytes_below(word, 0x20)
            | zero_bytes(word ^ splat(b'"'))
            | zero_bytes(word ^ splat(b'\\'));
        if flags != 0 {
            return Some(k + flags.trailing_zeros() as usize / 8);
        }
    }
    next_special(bytes, from)
}

/// The first `"` or `\\` at or after `from`.
fn next_quote_or_backslash(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr2(b'"', b'\\', bytes.get(from..)?).map(|i| from + i)
}

/// Whether `raw` holds no control character (which JSON forbids raw in a string). One pass
/// without an early exit, which the compiler vectorizes.
fn no_control(raw: &[u8]) -> bool {
    !raw.iter().fold(false, |seen, &b| seen | (b < 0x20))
}

impl<'a> Reader<'a> {
    fn skip_space(&mut self) {
        while matches!(self.b.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat_if(&mut self, byte: u8) -> bool {
        let found = self.b.get(self.pos) == Some(&byte);
        self.pos += usize::from(found);
        found
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        self.eat_if(byte).then_some(())
    }

    fn eat_word(&mut self, word: &[u8]) -> bool {
        let found = self.b[self.pos..].starts_with(word);
        if found {
            self.pos += word.len();
        }
        found
    }

    /// A key: a string with no escape, borrowed.
    fn key(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.pos;
        let end = next_special_near(self.b, start)?;
        if self.b[end] != b'"' {
            return None;
        }
        self.pos = end + 1;
        // Both ends are ASCII quotes of valid UTF-8, so both are character boundaries.
        self.s.get(start..end)
    }

    /// A string value, decoded.
    ///
    /// The runs between escapes are found by `memchr2` alone; the raw control characters JSON
    /// forbids are looked for once, over the whole string when its closing quote is found
    /// (escapes hold none, so that is the same test as on every run). A text's runs are short
    /// (a `\n` every 65 bytes of Reuters), and testing each run on its own cost a pass set up
    /// per run. Escapes that follow one another (`\n\n` between paragraphs) need no search.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let start = self.pos;
        let mut run = start;
        // A short string (an id, a date) ends in the first words; a text does not, and its
        // runs are searched below.
        let first = next_special_near(self.b, run)?;
        match self.b[first] {
            b'"' => {
                self.pos = first + 1;
                return self.s.get(start..first).map(str::to_owned);
            }
            b'\\' => {}
            // A raw control character.
            _ => return None,
        }
        // The decoded text is no longer than the JSON: one allocation, never regrown.
        let mut out = String::with_capacity(self.b.len() - run);
        let mut at = first;
        loop {
            out.push_str(self.s.get(run..at)?);
            if self.b[at] == b'"' {
                self.pos = at + 1;
                return no_control(&self.b[start..at]).then_some(out);
            }
            // A backslash. A line break (most escapes of wire copy: `\n\n` between paragraphs)
            // is decoded here, with no call; the others by `escape`.
            if self.b.get(at + 1) == Some(&b'n') {
                out.push('\n');
                run = at + 2;
            } else {
                self.pos = at + 1;
                self.escape(&mut out)?;
                run = self.pos;
            }
            at = if self.b.get(run) == Some(&b'\\') {
                run
            } else {
                next_quote_or_backslash(self.b, run)?
            };
        }
    }

    /// The escape after a backslash, appended to `out`.
    fn escape(&mut self, out: &mut String) -> Option<()> {
        let c = *self.b.get(self.pos)?;
        self.pos += 1;
        let decoded = match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    0xD800..=0xDBFF => {
                        // A leading surrogate must be followed by a trailing one.
                        if !self.eat_word(b"\\u") {
                            return None;
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        let code = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
                        char::from_u32(code)?
                    }
                    0xDC00..=0xDFFF => return None,
                    _ => char::from_u32(unit)?,
                }
            }
            _ => return None,
        };
        out.push(decoded);
        Some(())
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.b.get(self.pos..self.pos + 4)?;
        let mut value = 0;
        for &d in digits {
            value = value * 16 + char::from(d).to_digit(16)?;
        }
        self.pos += 4;
        Some(value)
    }

    /// A string or `null`.
    fn optional_string(&mut self) -> Option<Option<String>> {
        if self.eat_word(b"null") {
            Some(None)
        } else {
            self.string().map(Some)
        }
    }

    /// The value of a field this tool ignores: a string, `true`, `false` or `null`. Numbers,
    /// arrays and objects are left to serde_json, which checks their syntax.
    fn skip_scalar(&mut self) -> Option<()> {
        if self.b.get(self.pos) == Some(&b'"') {
            return self.string().map(drop);
        }
        (self.eat_word(b"true") || self.eat_word(b"false") || self.eat_word(b"null")).then_some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast path gives serde_json's record whenever it gives one, and gives one for the
    /// common shapes.
    fn agrees(line: &str) -> bool {
        let fast = fast(line);
        let serde: Option<Record> = serde_json::from_str(line).ok();
        if let Some(fast) = &fast {
            assert_eq!(Some(fast), serde.as_ref(), "{line}");
        }
        fast.is_some()
    }

    #[test]
    fn common_shapes_take_the_fast_path() {
        for line in [
            r#"{"id": "a", "text": "Hello."}"#,
            r#"{"id":"a","text":"Line\none \"quoted\" \\ \/ \b\f\r\t end"}"#,
            r#"  { "text" : "x" , "id" : "b" }  "#,
            r#"{"id": "é", "text": "Kyiv — “Ми”, 🙂 \u00e9 \u20AC \ud83d\ude00 \u0000."}"#,
            r#"{"id": "a", "text": "", "publisher": "Reuters", "date": "1987-02-26", "title": null}"#,
            r#"{"id": "a", "text": "t", "format": "markdown"}"#,
            r#"{"id": "a", "text": "t", "format": "html", "publisher": null}"#,
            r#"{"id": "a", "text": "t", "format": null}"#,
            r#"{"id": "a", "split": "dev", "wire": "None", "flag": true, "x": false, "y": null, "text": "t"}"#,
            r#"{"id": "a", "text": "t", "x": "1", "x": "2"}"#,
            r#"{"id": "a\"b", "text": "\u00e9 short", "date": "1987-\/02-26"}"#,
            r#"{"id": "an id of seventeen", "text": "abcdefgh\nijklmnop\\"}"#,
        ] {
            assert!(agrees(line), "not fast: {line}");
        }
    }

    #[test]
    fn anything_else_is_left_to_serde() {
        for line in [
            "",
            "{}",
            "[]",
            r#"{"id": 7, "text": "numbers go through serde"}"#,
            r#"{"id": "a", "text": "t", "attributions": []}"#,
            r#"{"id": "a", "text": "t", "n": 1.5}"#,
            r#"{"id": "a", "text": "t", "o": {"k": "v"}}"#,
            r#"{"id": "a"}"#,
            r#"{"text": "t"}"#,
            r#"{"id": "a", "text": "t", "text": "u"}"#,
            r#"{"id": "a", "text": "t", "format": "rtf"}"#,
            r#"{"id": "a", "te\u0078t": "t"}"#,
            r#"{"id": "a", "text": "bad \x"}"#,
            r#"{"id": "a", "text": "lone \ud800 surrogate"}"#,
            r#"{"id": "a", "text": "lone \udc00 trail"}"#,
            r#"{"id": "a", "text": "pair \ud800\u0041"}"#,
            r#"{"id": "a", "text": "short \u12"}"#,
            "{\"id\": \"a\", \"text\": \"raw\ttab\"}",
            "{\"id\": \"raw\ttab\", \"text\": \"t\"}",
            "{\"id\": \"a\", \"text\": \"after an escape\\n, a raw\ttab\"}",
            r#"{"id": "a", "text": "unterminated}"#,
            r#"{"id": "a", "text": "t"} trailing"#,
            r#"{"id": "a", "text": "t",}"#,
            r#"{"id": "a" "text": "t"}"#,
            r#"{"id": "a", "text": "t", "x": tru}"#,
            r#"{"id": null, "text": "t"}"#,
        ] {
            assert!(!agrees(line), "fast: {line}");
        }
    }

    /// Every way of cutting a record short or swapping a byte: the fast path either agrees with
    /// serde_json or gives up.
    #[test]
    fn mutations_never_disagree() {
        let base = r#"{"id": "r-1", "publisher": "UNN", "text": "“A,” he said.\n\n\"B\" \\ \u00e9\ud83d\ude00 end", "title": null, "wire": "None"}"#;
        for end in 0..=base.len() {
            if let Some(prefix) = base.get(..end) {
                agrees(prefix);
            }
        }
        let replacements = ["", "\"", "\\", " ", "}", ",", ":", "u", "0", "\n", "x"];
        for (i, _) in base.char_indices() {
            let next = base[i..].chars().next().map_or(0, char::len_utf8);
            for r in replacements {
                let line = format!("{}{}{}", &base[..i], r, &base[i + next..]);
                agrees(&line);
            }
        }
    }

    /// The fast path agrees with serde_json on every line of the shared corpora, and takes
    /// every one of them.
    #[test]
    #[allow(clippy::print_stderr)] // says why the corpora were skipped
    fn corpora() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        for name in ["reuters21578.jsonl", "lee.jsonl"] {
            let Ok(text) = std::fs::read_to_string(dir.join(name)) else {
                eprintln!("skipped: {} is absent", dir.join(name).display());
                continue;
            };
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                assert!(
                    agrees(line),
                    "not fast in {name}: {}",
                    &line[..line.len().min(80)]
                );
            }
        }
    }
}
