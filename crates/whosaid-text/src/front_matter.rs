//! Front matter at the very start of a Markdown file: YAML between `---` lines, or TOML
//! between `+++` lines.
//!
//! Only three top-level scalar keys are read (`publisher`, `date`, `title`), line by line; no
//! YAML or TOML library is involved. Other keys, nested values and lists are skipped. When a
//! line cannot be read as a key and value, the front matter counts as malformed and yields no
//! metadata, but it is still front matter (blanked from the prose view) as long as it is
//! delimited.

use whosaid_core::{Metadata, Span};

/// A front matter block found at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    /// The metadata read, with `front_matter` set to the block's span (from byte 0, including
    /// a byte-order mark and both delimiter lines, excluding the final line break).
    pub metadata: Metadata,
    /// Where the Markdown body starts: after the closing delimiter's line break.
    pub body_start: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Syntax {
    Yaml,
    Toml,
}

/// Finds front matter at the start of `text`. The opening delimiter must be the first line
/// (after an optional byte-order mark); without a closing delimiter there is no front matter.
pub(crate) fn detect(text: &str) -> Option<FrontMatter> {
    let offset = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let mut lines = Lines { text, pos: offset };
    let (first, _) = lines.next()?;
    let syntax = match delimiter(first) {
        "---" => Syntax::Yaml,
        "+++" => Syntax::Toml,
        _ => return None,
    };
    let body_start_line = lines.pos;
    for (line, line_start) in lines.by_ref() {
        let closing = matches!(
            (syntax, delimiter(line)),
            (Syntax::Yaml, "---" | "...") | (Syntax::Toml, "+++")
        );
        if closing {
            let inner = &text[body_start_line..line_start];
            let close_end = line_start + line.trim_end_matches(['\r', '\n']).len();
            let fields = match syntax {
                Syntax::Yaml => read_yaml(inner),
                Syntax::Toml => read_toml(inner),
            };
            let mut metadata = fields.unwrap_or_default();
            metadata.front_matter = Some(Span::new(0, close_end));
            return Some(FrontMatter {
                metadata,
                body_start: lines.pos,
            });
        }
    }
    None
}

/// The line with trailing white space removed (a delimiter line may carry trailing blanks).
fn delimiter(line: &str) -> &str {
    line.trim_end_matches([' ', '\t', '\r', '\n'])
}

/// Lines with their line breaks and start offsets.
struct Lines<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = (&'a str, usize);

    fn next(&mut self) -> Option<Self::Item> {
        if self.pos >= self.text.len() {
            return None;
        }
        let start = self.pos;
        let end = self.text[start..]
            .find('\n')
            .map_or(self.text.len(), |i| start + i + 1);
        self.pos = end;
        Some((&self.text[start..end], start))
    }
}

/// Sets a wanted key once (the first occurrence wins).
fn set(metadata: &mut Metadata, key: &str, value: Option<String>) {
    let slot = match key {
        "publisher" => &mut metadata.publisher,
        "date" => &mut metadata.date,
        "title" => &mut metadata.title,
        _ => return,
    };
    if slot.is_none() {
        *slot = value.filter(|v| !v.is_empty());
    }
}

/// Reads top-level `key: value` lines. `None` when a top-level line is not a mapping entry.
fn read_yaml(inner: &str) -> Option<Metadata> {
    let mut metadata = Metadata::default();
    for line in inner.lines() {
        let line = line.trim_end_matches('\r');
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        // Nested mappings, block scalars and indented lists belong to an earlier key.
        if line.starts_with([' ', '\t']) || trimmed == "-" || trimmed.starts_with("- ") {
            continue;
        }
        let (key, value) = match line.find(": ") {
            Some(i) => (&line[..i], &line[i + 2..]),
            None => (line.strip_suffix(':')?, ""),
        };
        let key = unquote_key(key.trim());
        set(&mut metadata, key, yaml_scalar(value.trim()));
    }
    Some(metadata)
}

/// A YAML scalar on one line: quoted (`"…"`, `'…'`) or plain (comment stripped). Block scalars
/// (`|`, `>`), flow collections and anchors give `None`.
fn yaml_scalar(value: &str) -> Option<String> {
    if let Some(rest) = value.strip_prefix('"') {
        let end = rest.rfind('"')?;
        return Some(rest[..end].replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    if let Some(rest) = value.strip_prefix('\'') {
        let end = rest.rfind('\'')?;
        return Some(rest[..end].replace("''", "'"));
    }
    if value.is_empty() || value.starts_with(['|', '>', '[', '{', '&', '*', '!']) {
        return None;
    }
    let plain = value.find(" #").map_or(value, |i| &value[..i]);
    Some(plain.trim().to_string())
}

/// Reads top-level `key = value` lines up to the first table header. `None` when a top-level
/// line is not a key and value.
fn read_toml(inner: &str) -> Option<Metadata> {
    let mut metadata = Metadata::default();
    // Inside a multi-line array (`[` … `]`) or string (`"""` / `'''`): skip until it closes.
    let mut skip_until: Option<&str> = None;
    for line in inner.lines() {
        let trimmed = line.trim();
        if let Some(close) = skip_until {
            if trimmed.contains(close) {
                skip_until = None;
            }
            continue;
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if trimmed.starts_with('[') {
            // A table header: later keys are not top-level.
            break;
        }
        let (key, value) = trimmed.split_once('=')?;
        let key = unquote_key(key.trim());
        let value = value.trim();
        for open in ["\"\"\"", "'''"] {
            if let Some(rest) = value.strip_prefix(open) {
                if !rest.contains(open) {
                    skip_until = Some(open);
                }
            }
        }
        if value.starts_with('[') && !value.contains(']') {
            skip_until = Some("]");
        }
        if skip_until.is_none() {
            set(&mut metadata, key, toml_scalar(value));
        }
    }
    Some(metadata)
}

/// A TOML value on one line: a basic or literal string, or a bare value (dates, numbers) with
/// its comment stripped. Arrays, inline tables and multi-line strings give `None`.
fn toml_scalar(value: &str) -> Option<String> {
    if value.starts_with("\"\"\"") || value.starts_with("'''") {
        return None;
    }
    if let Some(rest) = value.strip_prefix('"') {
        // Up to the first unescaped quote.
        let mut out = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => return None,
                },
                _ => out.push(c),
            }
        }
        return None;
    }
    if let Some(rest) = value.strip_prefix('\'') {
        return rest.find('\'').map(|end| rest[..end].to_string());
    }
    if value.is_empty() || value.starts_with(['[', '{']) {
        return None;
    }
    let bare = value.find('#').map_or(value, |i| &value[..i]);
    Some(bare.trim().to_string())
}

fn unquote_key(key: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = key.strip_prefix(q).and_then(|k| k.strip_suffix(q)) {
            return inner;
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(m: &Metadata) -> (Option<&str>, Option<&str>, Option<&str>) {
        (
            m.publisher.as_deref(),
            m.date.as_deref(),
            m.title.as_deref(),
        )
    }

    #[test]
    fn yaml_and_toml() {
        type Want = (
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
        );
        let cases: &[(&str, Option<Want>)] = &[
            (
                "---\npublisher: UNN\ndate: 2025-04-23\ntitle: \"Talks: off\"\n---\nBody",
                Some((Some("UNN"), Some("2025-04-23"), Some("Talks: off"))),
            ),
            (
                "---\r\ntitle: 'It''s over' # note\r\ntags:\r\n  - a\r\n- b\r\nauthor:\r\n  name: X\r\npublisher: WP # c\r\n...\r\nBody",
                Some((Some("WP"), None, Some("It's over"))),
            ),
            (
                "+++\ntitle = \"A \\\"quoted\\\" title\"\ndate = 2025-04-23 # bare\ntags = [\n  \"x\",\n]\npublisher = 'UNN'\n[extra]\ntitle = \"no\"\n+++\n",
                Some((Some("UNN"), Some("2025-04-23"), Some("A \"quoted\" title"))),
            ),
            // Malformed: delimited, so still front matter, but no fields.
            ("---\ntitle: x\nthis is not yaml\n---\nBody", Some((None, None, None))),
            ("+++\ntitle = \"x\"\nnot toml\n+++\n", Some((None, None, None))),
            // Empty and block scalars.
            ("---\n---\n", Some((None, None, None))),
            ("---\ntitle: >\n  folded\npublisher:\n---\n", Some((None, None, None))),
            // Not front matter.
            ("---\ntitle: x\nno closing\n", None),
            ("\n---\ntitle: x\n---\n", None),
            ("----\ntitle: x\n----\n", None),
            ("---\ntitle: x\n+++\n", None),
            ("Text\n---\n", None),
        ];
        for (text, want) in cases {
            let got = detect(text);
            match (got, want) {
                (None, None) => {}
                (Some(fm), Some(want)) => {
                    assert_eq!(fields(&fm.metadata), *want, "input: {text:?}");
                    let span = fm.metadata.front_matter.unwrap();
                    assert_eq!(span.start, 0);
                    let block = span.slice(text);
                    assert!(
                        block.ends_with("---") || block.ends_with("+++") || block.ends_with("..."),
                        "input: {text:?}, block {block:?}"
                    );
                    assert!(fm.body_start >= span.end && fm.body_start <= text.len());
                }
                (got, want) => panic!("input: {text:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn byte_order_mark_and_body_start() {
        let text = "\u{feff}---\ntitle: T\n---  \nBody";
        let fm = detect(text).unwrap();
        assert_eq!(fm.metadata.title.as_deref(), Some("T"));
        assert_eq!(&text[fm.body_start..], "Body");
        assert_eq!(
            fm.metadata.front_matter.unwrap().slice(text),
            "\u{feff}---\ntitle: T\n---  "
        );
    }
}
