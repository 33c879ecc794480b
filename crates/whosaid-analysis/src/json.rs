//! Compact JSON for a [`Report`], written directly: byte for byte what `serde_json::to_vec`
//! gives for the same report, in about a fifth of the instructions.
//!
//! Why by hand: a `--format jsonl` line is two to three times the size of the article it
//! reports (every span carries its text), and through serde every field costs a call chain,
//! an escaped key and a capacity check. Here keys are constant byte strings, numbers go
//! through `itoa`, and a string is copied in runs between the bytes JSON must escape, found
//! eight bytes at a time. Enums and a record's `id` still go through serde: they are short,
//! and their spelling then stays serde's. The derive remains the definition of the shape
//! (pretty JSON, YAML and library users use it); tests check that both agree on every
//! fixture, on adversarial strings and on the shared corpus.

use serde::Serialize;

use crate::report::{
    JsonAttribution, JsonChain, JsonEntity, JsonFinding, JsonMention, JsonProblem, JsonSpan, Report,
};

/// Appends `report` to `out` as compact JSON (no trailing newline).
pub(crate) fn write_report(out: &mut Vec<u8>, r: &Report<'_>) {
    out.push(b'{');
    let mut first = true;
    let mut key = |out: &mut Vec<u8>, name: &[u8]| {
        if !std::mem::take(&mut first) {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(name);
        out.extend_from_slice(b"\":");
    };
    if let Some(version) = r.version {
        key(out, b"version");
        number(out, version as usize);
    }
    if let Some(path) = r.path {
        key(out, b"path");
        string(out, path);
    }
    if let Some(id) = r.id {
        key(out, b"id");
        serde_value(out, id);
    }
    key(out, b"format");
    serde_value(out, &r.format);
    key(out, b"metadata");
    out.push(b'{');
    let mut first_meta = true;
    for (name, value) in [
        ("publisher", r.metadata.publisher),
        ("date", r.metadata.date),
        ("title", r.metadata.title),
    ] {
        if let Some(value) = value {
            if !std::mem::take(&mut first_meta) {
                out.push(b',');
            }
            out.push(b'"');
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
            string(out, value);
        }
    }
    out.push(b'}');
    key(out, b"attributions");
    seq(out, &r.attributions, attribution);
    key(out, b"entities");
    seq(out, &r.entities, entity);
    key(out, b"chains");
    seq(out, &r.chains, chain);
    key(out, b"problems");
    seq(out, &r.problems, problem);
    if let Some(findings) = &r.findings {
        key(out, b"findings");
        seq(out, findings, finding);
    }
    out.push(b'}');
}

fn attribution(out: &mut Vec<u8>, a: &JsonAttribution<'_>) {
    out.extend_from_slice(b"{\"id\":");
    number(out, a.id.0 as usize);
    out.extend_from_slice(b",\"kind\":");
    serde_value(out, &a.kind);
    out.extend_from_slice(b",\"cue\":");
    span(out, &a.cue);
    out.extend_from_slice(b",\"source\":");
    option(out, a.source.as_ref(), mention);
    out.extend_from_slice(b",\"content\":");
    option(out, a.content.as_ref(), span);
    out.extend_from_slice(b",\"recipient\":");
    option(out, a.recipient.as_ref(), mention);
    out.extend_from_slice(b",\"medium\":");
    option(out, a.medium.as_ref(), span);
    out.extend_from_slice(b",\"anonymity\":");
    option(out, a.anonymity.as_ref(), span);
    out.extend_from_slice(b",\"parent\":");
    option(out, a.parent.as_ref(), |out, p| number(out, p.0 as usize));
    out.extend_from_slice(b",\"line\":");
    number(out, a.line);
    out.extend_from_slice(b",\"column\":");
    number(out, a.column);
    out.push(b'}');
}

fn entity(out: &mut Vec<u8>, e: &JsonEntity<'_>) {
    out.extend_from_slice(b"{\"id\":");
    number(out, e.id as usize);
    out.extend_from_slice(b",\"name\":");
    string(out, e.name);
    out.extend_from_slice(b",\"kind\":");
    serde_value(out, &e.kind);
    out.extend_from_slice(b",\"kb_id\":");
    option(out, e.kb_id.as_ref(), |out, id| string(out, id));
    out.extend_from_slice(if e.publisher {
        b",\"publisher\":true"
    } else {
        b",\"publisher\":false"
    });
    out.extend_from_slice(b",\"mentions\":");
    seq(out, &e.mentions, span);
    out.push(b'}');
}

fn chain(out: &mut Vec<u8>, c: &JsonChain<'_>) {
    out.extend_from_slice(b"{\"attribution\":");
    number(out, c.attribution as usize);
    out.extend_from_slice(b",\"path\":");
    seq(out, c.path, |out, &id| number(out, id.0 as usize));
    out.extend_from_slice(b",\"names\":[");
    for (i, name) in c.names.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(out, name);
    }
    out.push(b']');
    out.push(b'}');
}

fn problem(out: &mut Vec<u8>, p: &JsonProblem<'_>) {
    out.extend_from_slice(b"{\"kind\":");
    serde_value(out, &p.kind);
    out.extend_from_slice(b",\"message\":");
    string(out, p.message);
    out.extend_from_slice(b",\"span\":");
    span(out, &p.span);
    out.push(b'}');
}

fn finding(out: &mut Vec<u8>, f: &JsonFinding<'_>) {
    out.extend_from_slice(b"{\"rule\":");
    string(out, f.rule);
    out.extend_from_slice(b",\"severity\":");
    serde_value(out, &f.severity);
    out.extend_from_slice(b",\"message\":");
    string(out, f.message);
    out.extend_from_slice(b",\"span\":");
    span(out, &f.span);
    out.extend_from_slice(b",\"line\":");
    number(out, f.line);
    out.extend_from_slice(b",\"column\":");
    number(out, f.column);
    out.extend_from_slice(b",\"suggestion\":");
    option(out, f.suggestion.as_ref(), |out, s| string(out, s));
    out.extend_from_slice(b",\"related\":");
    seq(out, &f.related, |out, r| {
        out.extend_from_slice(b"{\"span\":");
        span(out, &r.span);
        out.extend_from_slice(b",\"note\":");
        string(out, r.note);
        out.push(b'}');
    });
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: &JsonSpan<'_>) {
    span_fields(out, s.start, s.end, s.text, s.line, s.column);
    out.push(b'}');
}

/// A mention is a span with its class after the span's fields.
fn mention(out: &mut Vec<u8>, m: &JsonMention<'_>) {
    span_fields(out, m.start, m.end, m.text, m.line, m.column);
    out.extend_from_slice(b",\"class\":");
    serde_value(out, &m.class);
    out.push(b'}');
}

/// `{"start":…,"end":…,"text":…,"line":…,"column":…` without the closing brace.
fn span_fields(
    out: &mut Vec<u8>,
    start: usize,
    end: usize,
    text: &str,
    line: usize,
    column: usize,
) {
    out.extend_from_slice(b"{\"start\":");
    number(out, start);
    out.extend_from_slice(b",\"end\":");
    number(out, end);
    out.extend_from_slice(b",\"text\":");
    string(out, text);
    out.extend_from_slice(b",\"line\":");
    number(out, line);
    out.extend_from_slice(b",\"column\":");
    number(out, column);
}

fn seq<T>(out: &mut Vec<u8>, items: &[T], mut item: impl FnMut(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, x);
    }
    out.push(b']');
}

fn option<T>(out: &mut Vec<u8>, value: Option<&T>, some: impl FnOnce(&mut Vec<u8>, &T)) {
    match value {
        Some(x) => some(out, x),
        None => out.extend_from_slice(b"null"),
    }
}

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

/// A short value (an enum's name, a record's id) as serde_json writes it.
fn serde_value<T: Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    // Writing into a Vec fails only if serialization itself fails, which these types do not:
    // they are unit enums and JSON values.
    let _ = serde_json::to_writer(&mut *out, value);
}

/// True when JSON must escape `b`: a control character, `"` or `\`.
#[inline]
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// True when one of the eight bytes of `word` may need escaping (exact: see
/// [`whosaid_core::bytes`]).
#[inline]
fn any_needs_escape(word: u64) -> bool {
    use whosaid_core::bytes::{bytes_below, splat, zero_bytes};
    bytes_below(word, 0x20) | zero_bytes(word ^ splat(b'"')) | zero_bytes(word ^ splat(b'\\')) != 0
}

/// `s` as a JSON string with serde_json's escapes: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`,
/// and `\u00XX` (lowercase hex) for the other control characters. Everything else, including
/// non-ASCII text and U+2028, is copied as it is.
fn string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut run = 0;
    while let Some(i) = whosaid_core::bytes::find_from(bytes, run, any_needs_escape, needs_escape) {
        out.extend_from_slice(&bytes[run..i]);
        escape(out, bytes[i]);
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

fn escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0C => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        _ => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xF)],
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_string(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap_or_default()
    }

    fn ours(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn every_ascii_byte_escapes_as_serde_json_does() {
        for b in 0u8..0x80 {
            let c = char::from(b);
            // Alone, and at every position of an eight-byte word and beyond it.
            for pad in 0..17 {
                let s = format!("{}{c}{}", "a".repeat(pad), "b".repeat(16 - pad));
                assert_eq!(ours(&s), serde_string(&s), "byte {b:#x} at {pad}");
            }
        }
    }

    #[test]
    fn non_ascii_and_mixed_strings_match_serde_json() {
        for s in [
            "",
            "\"",
            "\\\\\"\"",
            "Київ — “Ми не підемо”, — сказав він.",
            "line\u{2028}separator\u{7f} and 🙂\u{0}\u{1f}",
            "\u{e9}\n\t\r\u{8}\u{c}\u{b}x",
            "tab\tat the end\t",
        ] {
            assert_eq!(ours(s), serde_string(s), "{s:?}");
        }
    }

    #[test]
    fn the_word_test_is_exact() {
        // Every byte value in every lane, with clean bytes around it.
        for b in 0u8..=255 {
            for lane in 0..8 {
                let mut word = [b'a'; 8];
                word[lane] = b;
                let got = any_needs_escape(u64::from_le_bytes(word));
                assert_eq!(got, needs_escape(b), "byte {b:#x} in lane {lane}");
            }
        }
    }
}
