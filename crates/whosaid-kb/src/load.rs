//! The TOML format: deserialisation (strict) and validation, with positions for errors.

use std::collections::HashMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use crate::normalize;
use crate::{Date, Entry, EntryKind, KbError, Role};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    as_of: Option<Spanned<String>>,
    #[serde(default)]
    person: Vec<RawPerson>,
    #[serde(default)]
    outlet: Vec<RawOther>,
    #[serde(default)]
    organization: Vec<RawOther>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPerson {
    id: Option<Spanned<String>>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    variants: Vec<Spanned<String>>,
    surname: Option<Spanned<String>>,
    script: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
    #[serde(default)]
    role: Vec<RawRole>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRole {
    title: Spanned<String>,
    of: Spanned<String>,
    from: Spanned<String>,
    to: Option<Spanned<String>>,
}

/// An outlet or an organization.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOther {
    id: Option<Spanned<String>>,
    name: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    variants: Vec<Spanned<String>>,
    script: Option<Spanned<String>>,
    country: Option<Spanned<String>>,
}

/// One file, parsed and checked.
pub(crate) struct Parsed {
    pub as_of: Option<Date>,
    pub entries: Vec<Entry>,
}

/// Converts byte offsets into 1-based line and column (columns count Unicode scalar values).
struct Positions<'a> {
    text: &'a str,
    origin: &'a str,
}

impl Positions<'_> {
    fn error(&self, span: Range<usize>, message: impl Into<String>) -> KbError {
        let (line, column) = whosaid_core::line_col(self.text, span.start);
        KbError {
            origin: self.origin.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// Parses and checks one file. Every problem found is returned (a TOML syntax or type error
/// stops at the first).
pub(crate) fn parse(text: &str, origin: &str, require_as_of: bool) -> Result<Parsed, Vec<KbError>> {
    let at = Positions { text, origin };
    let raw: RawFile = toml::from_str(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        let mut message = e.message().trim_end().to_owned();
        // toml reports a bare TOML date (`from = 2025-01-20`) as a map.
        let value = text.get(span.clone()).unwrap_or("");
        if message.starts_with("invalid type: map")
            && value.starts_with(|c: char| c.is_ascii_digit())
        {
            message = format!(
                "invalid type: a TOML date, expected a string: write `\"{}\"` (with quotes)",
                value.trim()
            );
        }
        vec![at.error(span, message)]
    })?;
    let mut errors = Vec::new();

    let as_of = match &raw.as_of {
        Some(s) => date(&at, s, &mut errors),
        None => {
            if require_as_of {
                errors.push(at.error(0..0, "missing `as_of = \"YYYY-MM-DD\"`: the date the facts in this file are true as of"));
            }
            None
        }
    };

    let mut entries = Vec::new();
    // id -> where its first entry is, for duplicates. The line is worked out only for an error:
    // counting lines for every entry would make loading quadratic in the file's size.
    let mut seen: HashMap<String, Range<usize>> = HashMap::new();
    let mut push = |entry: Entry, id_span: Range<usize>, errors: &mut Vec<KbError>| {
        if let Some(first) = seen.get(&entry.id) {
            let first = at.error(first.clone(), "").line;
            errors.push(at.error(
                id_span,
                format!(
                    "duplicate id `{}`: an entry on line {first} has it already (give one an explicit `id`)",
                    entry.id
                ),
            ));
        } else {
            seen.insert(entry.id.clone(), id_span);
            entries.push(entry);
        }
    };

    for p in raw.person {
        let (id, id_span) = entry_id(&at, p.id.as_ref(), &p.name, &mut errors);
        check_names(&at, &p.name, &p.aliases, &p.variants, &mut errors);
        if let Some(s) = &p.surname {
            if s.get_ref().trim().is_empty() {
                errors.push(at.error(s.span(), "empty surname"));
            }
        }
        let script = p.script.as_ref().map(|s| script(&at, s, &mut errors));
        let mut roles = Vec::new();
        for r in &p.role {
            let from = date(&at, &r.from, &mut errors);
            let to = r.to.as_ref().and_then(|t| date(&at, t, &mut errors));
            for (field, value) in [("title", &r.title), ("of", &r.of)] {
                if value.get_ref().trim().is_empty() {
                    errors.push(at.error(value.span(), format!("empty `{field}`")));
                }
            }
            if let (Some(from), Some(to), Some(to_raw)) = (from, to, &r.to) {
                if to < from {
                    errors.push(at.error(
                        to_raw.span(),
                        format!("the role ends (`to = \"{to}\"`) before it starts (`from = \"{from}\"`)"),
                    ));
                }
            }
            if let Some(from) = from {
                roles.push(Role {
                    title: r.title.get_ref().trim().to_owned(),
                    of: r.of.get_ref().trim().to_owned(),
                    from,
                    to,
                });
            }
        }
        let entry = Entry {
            id,
            kind: EntryKind::Person,
            name: trimmed(p.name),
            aliases: strings(p.aliases),
            variants: strings(p.variants),
            surname: p.surname.map(trimmed),
            script,
            roles,
            country: p.country.map(trimmed),
        };
        push(entry, id_span, &mut errors);
    }
    for (kind, list) in [
        (EntryKind::Outlet, raw.outlet),
        (EntryKind::Organization, raw.organization),
    ] {
        for o in list {
            let (id, id_span) = entry_id(&at, o.id.as_ref(), &o.name, &mut errors);
            check_names(&at, &o.name, &o.aliases, &o.variants, &mut errors);
            let script = o.script.as_ref().map(|s| script(&at, s, &mut errors));
            let entry = Entry {
                id,
                kind,
                name: trimmed(o.name),
                aliases: strings(o.aliases),
                variants: strings(o.variants),
                surname: None,
                script,
                roles: Vec::new(),
                country: o.country.map(trimmed),
            };
            push(entry, id_span, &mut errors);
        }
    }

    if errors.is_empty() {
        Ok(Parsed { as_of, entries })
    } else {
        errors.sort_by_key(|e| (e.line, e.column));
        Err(errors)
    }
}

fn strings(list: Vec<Spanned<String>>) -> Vec<String> {
    list.into_iter().map(trimmed).collect()
}

/// The string without white space around it: the string itself, moved, when it has none, as
/// almost every string of a file (a copy of each would cost an allocation).
fn trimmed(s: Spanned<String>) -> String {
    let s = s.into_inner();
    match s.trim() {
        t if t.len() == s.len() => s,
        t => t.to_owned(),
    }
}

fn date(at: &Positions<'_>, s: &Spanned<String>, errors: &mut Vec<KbError>) -> Option<Date> {
    match s.get_ref().parse::<Date>() {
        Ok(d) => Some(d),
        Err(e) => {
            errors.push(at.error(s.span(), e.to_string()));
            None
        }
    }
}

fn script(at: &Positions<'_>, s: &Spanned<String>, errors: &mut Vec<KbError>) -> String {
    let text = s.get_ref();
    let mut chars = text.chars();
    let ok = text.chars().count() == 4
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    if !ok {
        errors.push(at.error(
            s.span(),
            format!("invalid script `{text}`: expected an ISO 15924 code such as Latn, Cyrl, Arab, Hans"),
        ));
    }
    text.clone()
}

fn check_names(
    at: &Positions<'_>,
    name: &Spanned<String>,
    aliases: &[Spanned<String>],
    variants: &[Spanned<String>],
    errors: &mut Vec<KbError>,
) {
    if normalize::key_is_empty(name.get_ref()) {
        errors.push(at.error(name.span(), "empty name"));
    }
    for (what, list) in [("alias", aliases), ("variant", variants)] {
        for s in list {
            if normalize::key_is_empty(s.get_ref()) {
                errors.push(at.error(s.span(), format!("empty {what}")));
            }
        }
    }
}

/// The entry's id (explicit, or the slug of its name) and the span to blame for it.
fn entry_id(
    at: &Positions<'_>,
    id: Option<&Spanned<String>>,
    name: &Spanned<String>,
    errors: &mut Vec<KbError>,
) -> (String, Range<usize>) {
    match id {
        Some(id) => {
            let text = id.get_ref();
            let ok = !text.is_empty()
                && !text.starts_with('-')
                && !text.ends_with('-')
                && text
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                errors.push(at.error(
                    id.span(),
                    format!("invalid id `{text}`: use lower-case letters, digits and hyphens, e.g. `jd-vance`"),
                ));
            }
            (text.clone(), id.span())
        }
        None => (normalize::slug(name.get_ref()), name.span()),
    }
}
