//! A small, deterministic YAML writer for reports.
//!
//! Block style: mappings as `key: value` in the order the value serializes its fields,
//! sequences as `- item`. Every string is double-quoted with JSON's escapes, which YAML's
//! double-quoted style reads the same (`\"`, `\\`, `\n`, `\uXXXX`), so no string is ever
//! read back as a number, a boolean, `null` or a date, whatever YAML version reads it. Keys
//! are written bare when they are plain identifiers, quoted otherwise.

use std::fmt::Write;

use serde::Serialize;
use serde_json::Value;

/// `value` as a YAML document (without the `---` marker), ending in a newline.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    // A report's fields are all strings, numbers, booleans, options and sequences: it always
    // converts to a JSON value.
    let value = serde_json::to_value(value).unwrap_or(Value::Null);
    let mut out = String::new();
    match &value {
        Value::Object(map) if !map.is_empty() => write_map(&mut out, map, 0),
        Value::Array(items) if !items.is_empty() => write_seq(&mut out, items, 0),
        scalar => {
            write_scalar(&mut out, scalar);
            out.push('\n');
        }
    }
    out
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn write_map(out: &mut String, map: &serde_json::Map<String, Value>, depth: usize) {
    for (key, value) in map {
        indent(out, depth);
        write_key(out, key);
        out.push(':');
        write_nested(out, value, depth + 1, false);
    }
}

fn write_seq(out: &mut String, items: &[Value], depth: usize) {
    for item in items {
        indent(out, depth);
        out.push('-');
        write_nested(out, item, depth + 1, true);
    }
}

/// Writes `value` after a `key:` or a `-`: scalars and empty collections on the same line,
/// others on the next lines, `depth` deep (a mapping in a sequence starts on the `- ` line).
fn write_nested(out: &mut String, value: &Value, depth: usize, in_seq: bool) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            if in_seq {
                // The first key goes on the `- ` line, the others under it.
                out.push(' ');
                write_map_in_seq(out, map, depth);
            } else {
                out.push('\n');
                write_map(out, map, depth);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            // Sequences in a mapping are indented one level, as most YAML writers do.
            write_seq(out, items, depth);
        }
        scalar => {
            out.push(' ');
            write_scalar(out, scalar);
            out.push('\n');
        }
    }
}

fn write_map_in_seq(out: &mut String, map: &serde_json::Map<String, Value>, depth: usize) {
    for (i, (key, value)) in map.iter().enumerate() {
        if i > 0 {
            indent(out, depth);
        }
        write_key(out, key);
        out.push(':');
        write_nested(out, value, depth + 1, false);
    }
}

fn write_key(out: &mut String, key: &str) {
    let bare = key
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if bare {
        out.push_str(key);
    } else {
        write_string(out, key);
    }
}

fn write_scalar(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => write_string(out, s),
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
    }
}

/// A double-quoted string. JSON's escapes are YAML's, except that YAML also reads `\/` and
/// treats some characters JSON leaves raw as needing escapes: line and paragraph separators
/// and other non-printable characters are escaped as `\uXXXX`.
fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{85}') => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn block_style() {
        let value = json!({
            "version": 1,
            "path": "a.md",
            "empty": [],
            "none": null,
            "items": [{"rule": "x/y", "span": {"start": 1, "end": 2}}, 3, "s"],
            "nested": {"ok": true, "list": ["a"]},
        });
        let yaml = to_string(&value);
        assert_eq!(
            yaml,
            "version: 1\n\
             path: \"a.md\"\n\
             empty: []\n\
             none: null\n\
             items:\n\
             \x20 - rule: \"x/y\"\n\
             \x20   span:\n\
             \x20     start: 1\n\
             \x20     end: 2\n\
             \x20 - 3\n\
             \x20 - \"s\"\n\
             nested:\n\
             \x20 ok: true\n\
             \x20 list:\n\
             \x20   - \"a\"\n"
        );
    }

    #[test]
    fn strings_are_quoted_and_escaped() {
        let mut out = String::new();
        write_string(&mut out, "yes: \"no\"\n\\ \u{7} \u{2028} é");
        assert_eq!(out, r#""yes: \"no\"\n\\ \u0007 \u2028 é""#);
        let mut out = String::new();
        write_key(&mut out, "has space");
        assert_eq!(out, "\"has space\"");
    }
}
