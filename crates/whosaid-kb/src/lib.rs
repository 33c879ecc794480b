//! The knowledge base of whosaid: people with dated roles, news outlets and organizations,
//! with fast lookup by name, alias, accepted variant and surname.
//!
//! A knowledge base is written in TOML (see the crate's README for the format). A default one,
//! written by hand and compiled into the crate, is [`Kb::builtin`]; user files are merged over
//! a copy of it, an entry with the same id replacing the default one.
//!
//! ```
//! use whosaid_kb::{Date, EntryKind, Kb, MatchKind};
//!
//! let kb = Kb::builtin();
//!
//! // Abbreviations match as written; names ignore case, dots and spacing.
//! let wp = kb.find("WP");
//! assert_eq!(kb.entry(wp[0].entry).name, "The Washington Post");
//! assert!(kb.find("wp").is_empty());
//! let vance = kb.find("J. D. Vance");
//! assert_eq!(kb.entry(vance[0].entry).name, "JD Vance");
//!
//! // A surname alone finds the person.
//! let rubio = kb.find("Rubio");
//! assert_eq!(rubio[0].how, MatchKind::Surname);
//! assert_eq!(kb.entry(rubio[0].entry).kind, EntryKind::Person);
//!
//! // Who held an office on a date.
//! let on: Date = "2024-06-01".parse().unwrap();
//! let vp = kb.holders("Vice President", Some("U.S."), on);
//! assert_eq!(kb.entry(vp[0]).name, "Kamala Harris");
//!
//! // User files override the default by id, and add entries.
//! let mut mine = Kb::with_builtin();
//! mine.load_str(
//!     r#"
//! [[outlet]]
//! name = "The Daily Example"
//! aliases = ["TDE"]
//! "#,
//!     "mine.toml",
//! )
//! .unwrap();
//! assert_eq!(mine.len(), kb.len() + 1);
//!
//! // Errors name the file, the line and the column.
//! let err = Kb::empty().load_str("[[person]]\nnam = \"X\"\n", "bad.toml").unwrap_err();
//! assert!(err.to_string().starts_with("bad.toml:2:1: unknown field `nam`"));
//! ```

mod date;
mod load;
pub mod normalize;

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use rustc_hash::FxBuildHasher;

/// Hash maps of the indexes: Fx hashing, since lookups hash many short names and no iteration
/// order of these maps reaches any output.
type Map<K, V> = HashMap<K, V, FxBuildHasher>;
use std::any::Any;
use std::fmt;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use serde::Serialize;

pub use crate::date::{Date, DateError};

/// What a knowledge-base entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Person,
    Outlet,
    Organization,
}

impl EntryKind {
    /// `person`, `outlet` or `organization`.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryKind::Person => "person",
            EntryKind::Outlet => "outlet",
            EntryKind::Organization => "organization",
        }
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A reference to one entry of a [`Kb`]: an index, valid for the knowledge base it came from.
/// An entry replaced by a later file keeps its `EntryId`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct EntryId(pub u32);

/// How a name matched an entry, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The entry's name.
    Name,
    /// One of its aliases (short forms, abbreviations, other full forms).
    Alias,
    /// One of its accepted other spellings (romanisations of a non-Latin name).
    Variant,
    /// A person's surname alone ("Rubio").
    Surname,
}

impl MatchKind {
    /// `name`, `alias`, `variant` or `surname`.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Name => "name",
            MatchKind::Alias => "alias",
            MatchKind::Variant => "variant",
            MatchKind::Surname => "surname",
        }
    }
}

impl fmt::Display for MatchKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A lookup result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Match {
    pub entry: EntryId,
    pub how: MatchKind,
}

/// One entry: a person, an outlet or an organization.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Stable id: explicit in the file, else the slug of the name (`jd-vance`).
    pub id: String,
    pub kind: EntryKind,
    /// The usual full name.
    pub name: String,
    /// Other names: short forms, abbreviations, fuller forms.
    pub aliases: Vec<String>,
    /// Accepted other spellings (romanisations): never a misspelling.
    pub variants: Vec<String>,
    /// A person's surname when it is not the last word of the name ("Xi" of "Xi Jinping").
    pub surname: Option<String>,
    /// The ISO 15924 code of the native script of the name (`Latn`, `Cyrl`, `Hans`, ...).
    pub script: Option<String>,
    /// A person's offices, with dates.
    pub roles: Vec<Role>,
    /// The country of an outlet or organization, or a person's.
    pub country: Option<String>,
}

impl Entry {
    /// The roles held on `on`.
    pub fn roles_on(&self, on: Date) -> impl Iterator<Item = &Role> {
        self.roles.iter().filter(move |r| r.held_on(on))
    }

    /// Every name the entry is known by: name, aliases, variants.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.variants.iter().map(String::as_str))
    }
}

/// An office held from a date, until a date or still.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Role {
    /// "Vice President", "Foreign Minister", "Secretary of State", ...
    pub title: String,
    /// The jurisdiction: a country ("United States"), or an organization ("NATO").
    pub of: String,
    /// The first day in office.
    pub from: Date,
    /// The first day out of office (the successor's first day), if it ended.
    pub to: Option<Date>,
}

impl Role {
    /// True when the role is held on `on`: `from <= on < to`.
    pub fn held_on(&self, on: Date) -> bool {
        self.from <= on && self.to.is_none_or(|to| on < to)
    }
}

/// An error in a knowledge-base file, at a 1-based line and column (columns count Unicode
/// scalar values).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}:{column}: {message}")]
pub struct KbError {
    /// The file name given to [`Kb::load_str`].
    pub origin: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// A file merged into a knowledge base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file name given to [`Kb::load_str`].
    pub origin: String,
    /// The date its facts are true as of, if it says.
    pub as_of: Option<Date>,
}

/// The default knowledge base files, compiled in.
const BUILTIN: &[(&str, &str)] = &[
    ("people.toml", include_str!("../data/people.toml")),
    ("outlets.toml", include_str!("../data/outlets.toml")),
    (
        "organizations.toml",
        include_str!("../data/organizations.toml"),
    ),
];

/// The knowledge base: entries and the indexes to find them.
///
/// Lookups ([`Kb::find`], [`Kb::holders`]) use hash indexes built when files are loaded;
/// results are sorted, so their order never depends on hashing.
///
/// The entries and indexes are shared between clones until one is changed: every run starts
/// from a copy of [`Kb::builtin`] ([`Kb::with_builtin`]), and most load no file into it.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    entries: Arc<Vec<Entry>>,
    sources: Vec<Source>,
    by_id: Arc<Map<String, EntryId>>,
    indexes: Arc<Indexes>,
    /// Indexes other crates derive from the entries, built on first use.
    derived: Derived,
}

/// The lookup indexes of a [`Kb`], built from its entries by [`Kb::reindex`].
#[derive(Debug, Clone, Default)]
struct Indexes {
    /// Case-insensitive keys ([`normalize::key`]) of names, aliases and variants.
    names: Map<String, Vec<(EntryId, MatchKind)>>,
    /// Abbreviations, case-sensitive.
    abbreviations: Map<String, Vec<(EntryId, MatchKind)>>,
    /// Surname keys of persons.
    surnames: Map<String, Vec<EntryId>>,
    /// Title key -> (entry, role index, jurisdiction key): built on the first
    /// [`Kb::holders`], as only the checker asks who held an office.
    titles: OnceLock<Titles>,
    /// Hashes of the last words of every key of `names` and `surnames` and of every
    /// abbreviation, folded: a text whose last word is none of them finds nothing
    /// ([`Kb::may_end_a_name`]). Hashes, not words: a collision only costs a lookup.
    last_words: HashSet<u64, FxBuildHasher>,
}

/// The index of offices: title key -> (entry, role index, jurisdiction key).
type Titles = HashMap<String, Vec<(EntryId, usize, String)>>;

/// Indexes derived from a knowledge base's entries by other crates (the checker's index of
/// people by first name and surname keys), one per type, built on first use and dropped when
/// a file is merged. A clone starts empty: the clone may be changed.
#[derive(Default)]
struct Derived(Mutex<Vec<Arc<dyn Any + Send + Sync>>>);

impl Clone for Derived {
    fn clone(&self) -> Derived {
        Derived::default()
    }
}

impl fmt::Debug for Derived {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.lock().unwrap_or_else(PoisonError::into_inner).len();
        write!(f, "Derived({n} indexes)")
    }
}

impl Kb {
    /// An empty knowledge base.
    pub fn empty() -> Kb {
        Kb::default()
    }

    /// The default knowledge base compiled into the crate (`data/*.toml`), parsed once.
    pub fn builtin() -> &'static Kb {
        static BUILTIN_KB: OnceLock<Kb> = OnceLock::new();
        BUILTIN_KB.get_or_init(|| {
            let mut kb = Kb::empty();
            for (origin, text) in BUILTIN {
                if let Err(errors) = kb.merge(text, origin, true) {
                    // The files are checked by the crate's tests; this cannot happen in a
                    // released build.
                    panic!("the default knowledge base is invalid: {}", errors[0]);
                }
            }
            // The indexes depend on the entries only: built once for the three files.
            kb.reindex();
            kb
        })
    }

    /// A copy of [`Kb::builtin`], to merge user files into.
    pub fn with_builtin() -> Kb {
        Kb::builtin().clone()
    }

    /// Merges one file's text. `origin` names the file in errors. An entry whose id is already
    /// present replaces the earlier entry (keeping its [`EntryId`]); the others are added.
    /// On error nothing is merged, and the first error (by position) is returned.
    pub fn load_str(&mut self, text: &str, origin: &str) -> Result<(), KbError> {
        self.load_str_all(text, origin)
            .map_err(|mut errors| errors.swap_remove(0))
    }

    /// Like [`Kb::load_str`], returning every error found (at least one on `Err`). A TOML
    /// syntax or type error stops the reading, so it comes alone.
    pub fn load_str_all(&mut self, text: &str, origin: &str) -> Result<(), Vec<KbError>> {
        self.load(text, origin, false)
    }

    /// Like [`Kb::load_str_all`], but `as_of` is required, as in the default files.
    pub fn load_str_strict(&mut self, text: &str, origin: &str) -> Result<(), Vec<KbError>> {
        self.load(text, origin, true)
    }

    fn load(&mut self, text: &str, origin: &str, require_as_of: bool) -> Result<(), Vec<KbError>> {
        self.merge(text, origin, require_as_of)?;
        self.reindex();
        Ok(())
    }

    /// Merges one file's entries and source, leaving the indexes to [`Kb::reindex`].
    fn merge(&mut self, text: &str, origin: &str, require_as_of: bool) -> Result<(), Vec<KbError>> {
        let parsed = load::parse(text, origin, require_as_of)?;
        // Copied here if a clone shares them.
        let entries = Arc::make_mut(&mut self.entries);
        let by_id = Arc::make_mut(&mut self.by_id);
        by_id.reserve(parsed.entries.len());
        for entry in parsed.entries {
            match by_id.get(&entry.id) {
                Some(&id) => entries[id.0 as usize] = entry,
                None => {
                    let id =
                        EntryId(u32::try_from(entries.len()).expect("fewer than 2^32 entries"));
                    by_id.insert(entry.id.clone(), id);
                    entries.push(entry);
                }
            }
        }
        self.sources.push(Source {
            origin: origin.to_owned(),
            as_of: parsed.as_of,
        });
        Ok(())
    }

    /// The index of type `T` derived from this knowledge base's entries: built by `build` on
    /// the first call for `T` (once, whatever the threads), then shared until a file is merged.
    /// `build` must not call `derived` itself.
    pub fn derived<T: Any + Send + Sync>(&self, build: impl FnOnce(&Kb) -> T) -> Arc<T> {
        let mut slots = self
            .derived
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(found) = slots
            .iter()
            .find_map(|slot| Arc::clone(slot).downcast::<T>().ok())
        {
            return found;
        }
        let built = Arc::new(build(self));
        slots.push(Arc::clone(&built) as Arc<dyn Any + Send + Sync>);
        built
    }

    /// Rebuilds every index from the entries.
    fn reindex(&mut self) {
        self.derived = Derived::default();
        let mut indexes = Indexes::default();
        // Room for every name and alias at once: the index need not grow as it fills.
        let names: usize = (self.entries.iter())
            .map(|e| 1 + e.aliases.len() + e.variants.len())
            .sum();
        indexes.names.reserve(names);
        // A person's surname keys, gathered from their names as they are keyed.
        let mut keys: Vec<String> = Vec::new();
        for (i, entry) in self.entries.iter().enumerate() {
            let id = EntryId(i as u32);
            let person = entry.kind == EntryKind::Person;
            // `surnames`: also the surname keys of the name ([`normalize::surname_keys`]),
            // read off its key rather than keyed again.
            let mut add = |text: &str, how: MatchKind, surnames: bool| {
                // A short ASCII name (nearly every one) in its exact form on the stack: only
                // the form indexed is allocated.
                let mut buf = [0; normalize::SHORT];
                let long;
                let exact = match normalize::exact_form_short(text, &mut buf) {
                    Some(exact) => exact,
                    None => {
                        long = normalize::exact_form(text);
                        long.as_str()
                    }
                };
                if normalize::is_abbreviation(exact) {
                    // One word: no surname of its own.
                    indexes
                        .abbreviations
                        .entry(exact.to_owned())
                        .or_default()
                        .push((id, how));
                } else {
                    let key = normalize::fold(exact);
                    if surnames {
                        keys.extend(normalize::surname_keys_of_key(&key));
                    }
                    if !person {
                        // "The Washington Post" is also "Washington Post"; "The Hill" stays
                        // "The Hill" (one word left is too common to be a name).
                        if let Some(rest) = key.strip_prefix("the ") {
                            if rest.contains(' ') {
                                indexes
                                    .names
                                    .entry(rest.to_owned())
                                    .or_default()
                                    .push((id, how));
                            }
                        }
                    }
                    indexes.names.entry(key).or_default().push((id, how));
                }
            };
            // A person's own surname replaces those of the name and aliases, not the
            // variants'.
            let of_names = person && entry.surname.is_none();
            add(&entry.name, MatchKind::Name, of_names);
            for alias in &entry.aliases {
                add(alias, MatchKind::Alias, of_names);
            }
            for variant in &entry.variants {
                add(variant, MatchKind::Variant, person);
            }
            if person {
                keys.extend(entry.surname.as_deref().map(normalize::key));
                keys.sort_unstable();
                keys.dedup();
                for key in keys.drain(..) {
                    indexes.surnames.entry(key).or_default().push(id);
                }
            }
        }
        let last_word =
            |key: &str| FxBuildHasher.hash_one(key.rsplit(' ').next().unwrap_or(key).as_bytes());
        indexes.last_words = HashSet::with_capacity_and_hasher(
            indexes.names.len() + indexes.surnames.len() + indexes.abbreviations.len(),
            FxBuildHasher,
        );
        let last_words = (indexes.names.keys())
            .chain(indexes.surnames.keys())
            .map(|key| last_word(key))
            .chain((indexes.abbreviations.keys()).map(|exact| last_word(&normalize::fold(exact))))
            .collect::<Vec<_>>();
        indexes.last_words.extend(last_words);
        self.indexes = Arc::new(indexes);
    }

    /// The index of offices, built on first use from the entries' roles.
    fn titles(&self) -> &Titles {
        self.indexes.titles.get_or_init(|| {
            // A jurisdiction may be an organization, found through the name index. Titles and
            // jurisdictions recur (`President`, `United States`): each is keyed once.
            let mut title_keys: Map<&str, String> = Map::default();
            let mut jurisdictions: Map<&str, String> = Map::default();
            let mut titles = Titles::new();
            for (i, entry) in self.entries.iter().enumerate() {
                for (r, role) in entry.roles.iter().enumerate() {
                    let title = (title_keys.entry(&role.title))
                        .or_insert_with(|| normalize::title_key(&role.title))
                        .clone();
                    let of = (jurisdictions.entry(&role.of))
                        .or_insert_with(|| self.jurisdiction_key(&role.of))
                        .clone();
                    titles
                        .entry(title)
                        .or_default()
                        .push((EntryId(i as u32), r, of));
                }
            }
            titles
        })
    }

    /// Every entry known by `name`: by name, alias or variant (ignoring case, white space,
    /// dots and common diacritics; abbreviations such as "AP" only as written), or, for a
    /// person, by surname. A leading "the" is optional for outlets and organizations ("the
    /// BBC", "the Kremlin"). Each entry comes once, with its best [`MatchKind`], ordered by
    /// entry id.
    pub fn find(&self, name: &str) -> Vec<Match> {
        // A short ASCII name is normalised on the stack: lookups are many, most names short.
        let mut buf = [0; normalize::SHORT];
        let long;
        let exact = match normalize::exact_form_short(name, &mut buf) {
            Some(exact) => exact,
            None => {
                long = normalize::exact_form(name);
                long.as_str()
            }
        };
        if exact.is_empty() {
            return Vec::new();
        }
        let mut found: Vec<(EntryId, MatchKind)> = Vec::new();
        self.lookup(exact, &mut found, true);
        if exact.len() > 4 && exact.is_char_boundary(4) && exact[..4].eq_ignore_ascii_case("the ") {
            // Only outlets and organizations take an article.
            let mut rest = Vec::new();
            self.lookup(exact[4..].trim_start(), &mut rest, false);
            found.extend(
                rest.into_iter()
                    .filter(|(id, _)| self.entry(*id).kind != EntryKind::Person),
            );
        }
        found.sort();
        found.dedup_by_key(|(id, _)| *id);
        found
            .into_iter()
            .map(|(entry, how)| Match { entry, how })
            .collect()
    }

    /// Matches of one exact form: names, aliases, variants and (when `surnames`) surnames.
    fn lookup(&self, exact: &str, found: &mut Vec<(EntryId, MatchKind)>, surnames: bool) {
        let abbreviation = normalize::is_abbreviation(exact);
        if abbreviation {
            if let Some(hits) = self.indexes.abbreviations.get(exact) {
                found.extend_from_slice(hits);
            }
        }
        let mut buf = [0; normalize::SHORT];
        let long;
        let key = match normalize::fold_short(exact, &mut buf) {
            Some(key) => key,
            None => {
                long = normalize::fold(exact);
                long.as_str()
            }
        };
        if let Some(hits) = self.indexes.names.get(key) {
            found.extend_from_slice(hits);
        }
        if surnames && !abbreviation {
            if let Some(hits) = self.indexes.surnames.get(key) {
                found.extend(hits.iter().map(|&id| (id, MatchKind::Surname)));
            }
        }
    }

    /// False when no name the knowledge base knows (name, alias, variant, abbreviation or
    /// surname) ends with the word `word`, so that [`Kb::find`] finds nothing for any text
    /// whose last word (split at white space) is `word`; true when one may. A caller trying
    /// several texts with the same last word (the tails of `the state agency RIA Novosti`)
    /// asks once rather than looking each up. Always true for a word that the forms of the
    /// lookup could join to the word before it (a single letter, as in `J D`) or drop (dots).
    pub fn may_end_a_name(&self, word: &str) -> bool {
        // A short ASCII word, the usual case, keyed in one loop on the stack: this is asked
        // for most names looked up, and must cost far less than a lookup.
        const WORD: usize = 32;
        let mut buf = [0; WORD];
        let mut len = 0;
        let short = word.len() <= WORD
            && word.bytes().all(|b| {
                match b {
                    b'.' => {}
                    b'`' => {
                        buf[len] = b'\'';
                        len += 1;
                    }
                    _ => {
                        buf[len] = b.to_ascii_lowercase();
                        len += 1;
                    }
                }
                b.is_ascii() && !b.is_ascii_whitespace() && b != 0x0b
            });
        let key: &[u8] = &buf[..len];
        let long;
        let key = if short {
            if key.is_empty() || key.len() == 1 && key[0].is_ascii_alphabetic() {
                return true;
            }
            key
        } else {
            let exact = normalize::exact_form(word);
            let mut chars = exact.chars();
            match (chars.next(), chars.next()) {
                (None, _) => return true,
                (Some(c), None) if c.is_alphabetic() => return true,
                _ if exact.contains(' ') => return true,
                _ => {}
            }
            long = normalize::fold(&exact);
            long.as_bytes()
        };
        self.indexes
            .last_words
            .contains(&FxBuildHasher.hash_one(key))
    }

    /// Like [`Kb::find`], keeping only entries of `kind`.
    pub fn find_kind(&self, name: &str, kind: EntryKind) -> Vec<Match> {
        let mut found = self.find(name);
        found.retain(|m| self.entry(m.entry).kind == kind);
        found
    }

    /// The entry behind an id from this knowledge base.
    ///
    /// # Panics
    /// When `id` comes from another, larger knowledge base.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }

    /// The entry with the stable string id `id` (`jd-vance`).
    pub fn get(&self, id: &str) -> Option<EntryId> {
        self.by_id.get(id).copied()
    }

    /// Every entry with its id, in id order.
    pub fn entries(&self) -> impl Iterator<Item = (EntryId, &Entry)> {
        self.entries
            .iter()
            .enumerate()
            .map(|(i, e)| (EntryId(i as u32), e))
    }

    /// The persons holding `title` on `on` (title compared case-insensitively, British and
    /// American spellings alike; "Foreign Secretary" and "Minister of Foreign Affairs" are
    /// "Foreign Minister"), optionally only for the jurisdiction `of` ("United States", or
    /// "U.S.", "US", "USA"; an organization by any of its names). Sorted by entry id.
    pub fn holders(&self, title: &str, of: Option<&str>, on: Date) -> Vec<EntryId> {
        let Some(candidates) = self.titles().get(&normalize::title_key(title)) else {
            return Vec::new();
        };
        let of_key = of.map(|of| self.jurisdiction_key(of));
        let mut out: Vec<EntryId> = candidates
            .iter()
            .filter(|(id, r, role_of)| {
                self.entry(*id).roles[*r].held_on(on)
                    && of_key.as_ref().is_none_or(|k| k == role_of)
            })
            .map(|(id, _, _)| *id)
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The role of `title` (compared as [`Kb::holders`] compares titles) that entry `id`
    /// held on `on`, if any: where a holder found without a jurisdiction holds the office.
    pub fn role_held(&self, id: EntryId, title: &str, on: Date) -> Option<&Role> {
        let key = normalize::title_key(title);
        self.entry(id)
            .roles_on(on)
            .find(|r| normalize::title_key(&r.title) == key)
    }

    /// The canonical key of a jurisdiction: a country by its usual names, an organization of
    /// this knowledge base by any of its names (its id), else the folded text.
    fn jurisdiction_key(&self, of: &str) -> String {
        let key = normalize::jurisdiction_key(of);
        if let Some(m) = self
            .find(of)
            .into_iter()
            .find(|m| m.how != MatchKind::Surname && self.entry(m.entry).kind != EntryKind::Person)
        {
            if self.entry(m.entry).kind == EntryKind::Organization {
                return format!("#{}", self.entry(m.entry).id);
            }
        }
        key
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The number of entries of `kind`.
    pub fn count(&self, kind: EntryKind) -> usize {
        self.entries.iter().filter(|e| e.kind == kind).count()
    }

    /// The files merged, in order.
    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    /// The earliest `as_of` date of the files merged: facts are vouched for up to this date.
    pub fn as_of(&self) -> Option<Date> {
        self.sources.iter().filter_map(|s| s.as_of).min()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clone_changed_leaves_the_original_alone() {
        let mut kb = Kb::empty();
        kb.load_str("[[person]]\nname = \"Keir Starmer\"\n", "a.toml")
            .expect("loads");
        let mut copy = kb.clone();
        assert!(Arc::ptr_eq(&kb.entries, &copy.entries));
        copy.load_str(
            "[[person]]\nname = \"JD Vance\"\n[[person]]\nname = \"Keir Starmer\"\nvariants = [\"Kir Starmer\"]\n",
            "b.toml",
        )
        .expect("loads");
        assert_eq!((kb.len(), copy.len()), (1, 2));
        assert!(kb.find("Vance").is_empty() && kb.find("Kir Starmer").is_empty());
        assert_eq!(copy.find("Vance").len(), 1);
        assert_eq!(copy.find("Kir Starmer").len(), 1);
        assert_eq!(kb.find("Starmer").len(), 1);
        assert_eq!(kb.sources().len() + 1, copy.sources().len());
    }

    /// Whatever text [`Kb::find`] finds something for, its last word may end a name: every
    /// name, alias, variant and surname of the default knowledge base, with its tails, in
    /// other cases and spellings.
    #[test]
    fn a_text_found_ends_with_a_word_that_may_end_a_name() {
        let kb = Kb::builtin();
        let mut texts = Vec::new();
        for (_, e) in kb.entries() {
            for name in e.all_names().chain(e.surname.as_deref()) {
                let words: Vec<&str> = name.split_whitespace().collect();
                for start in 0..words.len() {
                    let tail = words[start..].join(" ");
                    texts.push(format!("the {tail}"));
                    texts.push(tail.to_uppercase());
                    texts.push(tail.to_lowercase());
                    texts.push(tail.replace('.', ""));
                    texts.push(tail);
                }
            }
        }
        let mut found = 0;
        for text in &texts {
            let last = text.split_whitespace().next_back().unwrap_or(text);
            if !kb.find(text).is_empty() {
                found += 1;
                assert!(kb.may_end_a_name(last), "{text}");
            }
        }
        assert!(found > 1000);
        assert!(!kb.may_end_a_name("Zzyzx") && !kb.may_end_a_name("Zzyzx\u{e9}"));
        for word in ["", ".", "J", "J.", "\u{e9}"] {
            assert!(kb.may_end_a_name(word), "{word}");
        }
    }

    /// The surname index read off the names' keys holds what keying each name again gives.
    #[test]
    fn surnames_are_indexed_as_each_name_keyed_again_gives() {
        let kb = Kb::builtin();
        let mut want: Vec<(String, EntryId)> = Vec::new();
        for (id, e) in kb.entries().filter(|(_, e)| e.kind == EntryKind::Person) {
            let mut keys = Vec::new();
            match &e.surname {
                Some(surname) => keys.push(normalize::key(surname)),
                None => {
                    for name in std::iter::once(&e.name).chain(&e.aliases) {
                        keys.extend(normalize::surname_keys(name));
                    }
                }
            }
            for variant in &e.variants {
                keys.extend(normalize::surname_keys(variant));
            }
            keys.sort();
            keys.dedup();
            want.extend(keys.into_iter().map(|k| (k, id)));
        }
        let mut have: Vec<(String, EntryId)> = (kb.indexes.surnames.iter())
            .flat_map(|(k, ids)| ids.iter().map(|&id| (k.clone(), id)))
            .collect();
        want.sort();
        have.sort();
        assert_eq!(have, want);
    }

    #[test]
    fn derived_indexes_are_built_once_and_dropped_on_merge() {
        let mut kb = Kb::empty();
        kb.load_str("[[person]]\nname = \"Keir Starmer\"\n", "a.toml")
            .expect("loads");
        let a = kb.derived(|kb| kb.len());
        let b = kb.derived(|_| 0_usize);
        assert!(Arc::ptr_eq(&a, &b));
        assert_eq!(*b, 1);
        // Another type has its own slot.
        assert_eq!(*kb.derived(|_| String::from("x")), "x");
        kb.load_str("[[person]]\nname = \"JD Vance\"\n", "b.toml")
            .expect("loads");
        assert_eq!(*kb.derived(|kb| kb.len()), 2);
        // A clone starts empty.
        assert_eq!(*kb.clone().derived(|_| 7_usize), 7);
    }
}
