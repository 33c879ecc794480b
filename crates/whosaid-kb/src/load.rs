//! The TOML format: deserialisation (strict) and validation, with positions for errors.

use std::collections::HashMap;
use std::ops::Range;

use rustc_hash::FxBuildHasher;
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
    // The plain reader first: it reads what the default files are written in, and leaves the
    // rest (and every error) to the toml crate.
    let raw = match plain::read(text) {
        Some(raw) => Ok(raw),
        None => toml::from_str::<RawFile>(text),
    };
    let raw: RawFile = raw.map_err(|e| {
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
    let mut seen: HashMap<String, Range<usize>, FxBuildHasher> = HashMap::with_capacity_and_hasher(
        raw.person.len() + raw.outlet.len() + raw.organization.len(),
        FxBuildHasher,
    );
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

/// A reader of the plain TOML the default files are written in, some twenty times cheaper
/// than the toml crate's (whose reading was most of the cost of starting a run): one
/// `key = "string"` or `key = ["string", …]` a line, `[[person]]`, `[[person.role]]`,
/// `[[outlet]]` and `[[organization]]` headers, comments and blank lines. Strings are basic
/// strings without escapes. Anything else — another TOML form, an unknown or repeated key, a
/// missing name — is left to the toml crate ([`read`] gives `None`), which reads it or says
/// what is wrong, so that every file reads as the toml crate reads it: the same values with
/// the same spans (a test checks both readers agree on the default files).
mod plain {
    use super::{RawFile, RawOther, RawPerson, RawRole};
    use toml::Spanned;

    /// A value: a string, or a list of strings.
    enum Value {
        One(Spanned<String>),
        List(Vec<Spanned<String>>),
    }

    /// The keys of one table, as read: every key of any table, each set once. Each table is
    /// made from it when the next header comes, without a list of its keys kept.
    #[derive(Default)]
    struct Fields {
        as_of: Option<Spanned<String>>,
        id: Option<Spanned<String>>,
        name: Option<Spanned<String>>,
        aliases: Option<Vec<Spanned<String>>>,
        variants: Option<Vec<Spanned<String>>>,
        surname: Option<Spanned<String>>,
        script: Option<Spanned<String>>,
        country: Option<Spanned<String>>,
        title: Option<Spanned<String>>,
        of: Option<Spanned<String>>,
        from: Option<Spanned<String>>,
        to: Option<Spanned<String>>,
    }

    impl Fields {
        /// Sets `key`; `None` for a key set already, an unknown key or a value of the wrong
        /// type.
        fn set(&mut self, key: &str, value: Value) -> Option<()> {
            let slot = match (key, value) {
                ("aliases", Value::List(list)) => return set(&mut self.aliases, list),
                ("variants", Value::List(list)) => return set(&mut self.variants, list),
                (_, Value::List(_)) => return None,
                (key, Value::One(s)) => (
                    match key {
                        "as_of" => &mut self.as_of,
                        "id" => &mut self.id,
                        "name" => &mut self.name,
                        "surname" => &mut self.surname,
                        "script" => &mut self.script,
                        "country" => &mut self.country,
                        "title" => &mut self.title,
                        "of" => &mut self.of,
                        "from" => &mut self.from,
                        "to" => &mut self.to,
                        _ => return None,
                    },
                    s,
                ),
            };
            set(slot.0, slot.1)
        }
    }

    /// Sets an unset `slot`.
    fn set<T>(slot: &mut Option<T>, value: T) -> Option<()> {
        match slot {
            Some(_) => None,
            None => {
                *slot = Some(value);
                Some(())
            }
        }
    }

    /// Where the keys read go: the table of the last header.
    #[derive(Clone, Copy, PartialEq)]
    enum At {
        Top,
        Person,
        Role,
        Outlet,
        Organization,
    }

    /// The file's values, or `None` for a file the toml crate is to read.
    pub(super) fn read(text: &str) -> Option<RawFile> {
        let mut file = RawFile {
            as_of: None,
            person: Vec::new(),
            outlet: Vec::new(),
            organization: Vec::new(),
        };
        let mut at = At::Top;
        let mut fields = Fields::default();
        // A person's keys, kept until their roles are read.
        let mut person: Option<(Fields, Vec<RawRole>)> = None;
        let bytes = text.as_bytes();
        let mut start = 0;
        while start < text.len() {
            // A byte loop: lines are short, shorter than a search takes to set up.
            let base = start;
            let end = (bytes[start..].iter())
                .position(|&b| b == b'\n')
                .map_or(text.len(), |i| start + i);
            start = end + 1;
            let line = &text[base..end];
            let line = line.strip_suffix('\r').unwrap_or(line);
            let code = line.trim_start_matches([' ', '\t']);
            let base = base + (line.len() - code.len());
            if let Some(header) = code.strip_prefix("[[") {
                let close = header.as_bytes().windows(2).position(|w| w == b"]]")?;
                let (name, rest) = (&header[..close], &header[close + 2..]);
                if !nothing_but_a_comment(rest) {
                    return None;
                }
                let next = match name {
                    "person" => At::Person,
                    // Only right after a person or another of their roles.
                    "person.role" if matches!(at, At::Person | At::Role) => At::Role,
                    "outlet" => At::Outlet,
                    "organization" => At::Organization,
                    _ => return None,
                };
                finish(&mut file, at, std::mem::take(&mut fields), &mut person)?;
                if next != At::Role {
                    finish_person(&mut file, &mut person)?;
                }
                at = next;
                continue;
            }
            if nothing_but_a_comment(code) {
                continue;
            }
            let (key, value) = key_value(code, base)?;
            fields.set(key, value)?;
        }
        finish(&mut file, at, fields, &mut person)?;
        finish_person(&mut file, &mut person)?;
        Some(file)
    }

    /// Makes the table of `fields`, read under the header `at`, and puts it in `file` (a
    /// person in `person`, until their roles are read).
    fn finish(
        file: &mut RawFile,
        at: At,
        f: Fields,
        person: &mut Option<(Fields, Vec<RawRole>)>,
    ) -> Option<()> {
        let no_role = f.title.is_none() && f.of.is_none() && f.from.is_none() && f.to.is_none();
        let names_only = f.as_of.is_none() && no_role;
        match at {
            At::Top => {
                let only_as_of = no_role
                    && [&f.id, &f.name, &f.surname, &f.script, &f.country]
                        .iter()
                        .all(|s| s.is_none())
                    && f.aliases.is_none()
                    && f.variants.is_none();
                if !only_as_of {
                    return None;
                }
                file.as_of = f.as_of;
            }
            At::Person => {
                if !names_only {
                    return None;
                }
                *person = Some((f, Vec::new()));
            }
            At::Role => {
                let roleless = f.as_of.is_none()
                    && [&f.id, &f.name, &f.surname, &f.script, &f.country]
                        .iter()
                        .all(|s| s.is_none())
                    && f.aliases.is_none()
                    && f.variants.is_none();
                if !roleless {
                    return None;
                }
                person.as_mut()?.1.push(RawRole {
                    title: f.title?,
                    of: f.of?,
                    from: f.from?,
                    to: f.to,
                });
            }
            At::Outlet | At::Organization => {
                if !names_only || f.surname.is_some() {
                    return None;
                }
                let other = RawOther {
                    id: f.id,
                    name: f.name?,
                    aliases: f.aliases.unwrap_or_default(),
                    variants: f.variants.unwrap_or_default(),
                    script: f.script,
                    country: f.country,
                };
                match at {
                    At::Outlet => file.outlet.push(other),
                    _ => file.organization.push(other),
                }
            }
        }
        Some(())
    }

    /// Puts the person read, if any, with their roles in `file`.
    fn finish_person(
        file: &mut RawFile,
        person: &mut Option<(Fields, Vec<RawRole>)>,
    ) -> Option<()> {
        if let Some((f, role)) = person.take() {
            file.person.push(RawPerson {
                id: f.id,
                name: f.name?,
                aliases: f.aliases.unwrap_or_default(),
                variants: f.variants.unwrap_or_default(),
                surname: f.surname,
                script: f.script,
                country: f.country,
                role,
            });
        }
        Some(())
    }

    /// True for white space, then nothing or a comment (without the control characters TOML
    /// forbids there).
    fn nothing_but_a_comment(rest: &str) -> bool {
        let rest = rest.trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with('#') && rest.bytes().all(allowed)
    }

    /// False for the control characters TOML allows neither in a comment nor in a basic
    /// string: all but the tab.
    fn allowed(b: u8) -> bool {
        b >= 0x20 && b != 0x7f || b == b'\t'
    }

    fn skip_space(s: &str) -> &str {
        s.trim_start_matches([' ', '\t'])
    }

    /// `key = value` and nothing after it but a comment, at byte `base` of the file.
    fn key_value(code: &str, base: usize) -> Option<(&str, Value)> {
        let end = code
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(code.len());
        let (key, rest) = code.split_at(end);
        let rest = skip_space(rest).strip_prefix('=')?;
        let rest = skip_space(rest);
        let at = |rest: &str| base + code.len() - rest.len();
        let (value, rest) = if let Some(mut items) = rest.strip_prefix('[') {
            let mut list = Vec::new();
            loop {
                items = skip_space(items);
                if let Some(after) = items.strip_prefix(']') {
                    break (Value::List(list), after);
                }
                let (s, after) = string(items, at(items))?;
                list.push(s);
                items = skip_space(after);
                match items.strip_prefix(',') {
                    Some(after) => items = after,
                    None => {
                        let after = items.strip_prefix(']')?;
                        break (Value::List(list), after);
                    }
                }
            }
        } else {
            let (s, after) = string(rest, at(rest))?;
            (Value::One(s), after)
        };
        (!key.is_empty() && nothing_but_a_comment(rest)).then_some((key, value))
    }

    /// A basic string without escapes at the start of `s`, at byte `base` of the file, spanning
    /// its quotes; and the text after it.
    fn string(s: &str, base: usize) -> Option<(Spanned<String>, &str)> {
        let body = s.strip_prefix('"')?;
        let len = body.bytes().position(|b| b == b'"')?;
        let value = &body[..len];
        if !value.bytes().all(|b| allowed(b) && b != b'\\') {
            return None;
        }
        let spanned = Spanned::new(base..base + len + 2, value.to_owned());
        Some((spanned, &body[len + 1..]))
    }

    #[cfg(test)]
    mod tests {
        use super::super::RawFile;

        /// The file as the toml crate reads it, spans included.
        fn by_toml(text: &str) -> Option<String> {
            toml::from_str::<RawFile>(text)
                .ok()
                .map(|raw| format!("{raw:#?}"))
        }

        fn by_plain(text: &str) -> Option<String> {
            super::read(text).map(|raw| format!("{raw:#?}"))
        }

        #[test]
        fn the_default_files_read_as_the_toml_crate_reads_them() {
            for (origin, text) in crate::BUILTIN {
                let plain = by_plain(text);
                assert!(plain.is_some(), "{origin}: the plain reader left it");
                assert_eq!(plain, by_toml(text), "{origin}");
            }
        }

        /// What the plain reader reads, the toml crate reads alike; what the toml crate
        /// rejects, the plain reader leaves to it.
        #[test]
        fn small_files_read_alike_or_are_left_to_the_toml_crate() {
            let files = [
                "",
                "# nothing\n\n",
                "as_of = \"2025-01-01\" # a date\r\n[[person]]\r\nname = \"A B\"\r\n",
                "[[person]]\nname = \"A\"\naliases = []\nvariants = [ \"B\" , \"C\", ]\n",
                "[[person]]\n  name\t=\t\"A # not a comment\"\n[[person.role]]\ntitle = \"T\"\nof = \"X\"\nfrom = \"2020-01-01\"\nto = \"2021-01-01\"\n",
                "[[outlet]]\nname = \"Élysée\"\n[[organization]]\nname = \"O\"\nid = \"o\"\n[[person]]\nname = \"P\"\n",
                // Left to the toml crate: wrong, or not plain.
                "[[person]]\nname = \"A\"\nname = \"B\"\n",
                "[[person]]\nnam = \"A\"\n",
                "[[person]]\naliases = [\"A\"]\n",
                "[[person]]\nname = \"A\\u00e9\"\n",
                "[[person]]\nname = 'A'\n",
                "[[person]]\nname = \"\"\"A\"\"\"\n",
                "[[person]]\nname = \"A\"\naliases = [\"B\",\n\"C\"]\n",
                "[[person.role]]\ntitle = \"T\"\n",
                "[[person]]\nname = \"A\"\n[[person.role]]\ntitle = \"T\"\nof = \"X\"\nfrom = 2020-01-01\n",
                "[[outlet]]\nname = \"A\"\nsurname = \"B\"\n",
                "[person]\nname = \"A\"\n",
                "[[ person ]]\nname = \"A\"\n",
                "\"as_of\" = \"2025-01-01\"\n",
                "as_of = \"2025-01-01\" x\n",
                "# a control \u{1} in a comment\n",
                "[[person]]\nname = \"A\tB\u{7f}\"\n",
                "[[person]]\nname = \"A\"\n[[person.role]]\ntitle = \"T\"\nname = \"B\"\n",
                "[[person]]\nname = \"A\"\n[[outlet]]\nname = \"O\"\n[[person.role]]\ntitle = \"T\"\nof = \"X\"\nfrom = \"2020-01-01\"\n",
                "as_of = [\"2025-01-01\"]\n",
                "name = \"A\"\n",
                "[[person]]\nname = \"A\"\ntitle = \"T\"\n",
                "[[person]]\nname = \"A\"\naliases = \"B\"\n",
                "[[person]]\nname = \"A\"\naliases = []\naliases = []\n",
            ];
            for text in files {
                if let Some(plain) = by_plain(text) {
                    assert_eq!(Some(plain), by_toml(text), "{text:?}");
                }
            }
            // The plain forms above are read by the plain reader itself.
            for text in &files[..6] {
                assert!(by_plain(text).is_some(), "{text:?}");
            }
        }
    }
}
