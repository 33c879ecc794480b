//! The knowledge base (STUB: being written). See the brief in the issue.

/// A calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// What a knowledge-base entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    Person,
    Outlet,
    Organization,
}

/// A reference to one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(pub u32);

/// How a name matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MatchKind {
    Name,
    Alias,
    Variant,
    Surname,
}

/// A lookup result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub entry: EntryId,
    pub how: MatchKind,
}

/// One entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub id: String,
    pub kind: EntryKind,
    pub name: String,
    pub aliases: Vec<String>,
}

/// The knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    entries: Vec<Entry>,
}

impl Kb {
    /// An empty knowledge base.
    pub fn empty() -> Kb {
        Kb::default()
    }
    /// Every entry matching `name`.
    pub fn find(&self, name: &str) -> Vec<Match> {
        let _ = name;
        Vec::new()
    }
    /// The entry behind a match.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }
}
