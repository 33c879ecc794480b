use crate::{AttributionId, Span};
use serde::{Deserialize, Serialize};

/// Index of an entity within its document's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub u32);

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A named person.
    Person,
    /// A news outlet or agency.
    Outlet,
    /// Any other named body.
    Organization,
    /// An unnamed but specific source: `an official familiar with the situation`.
    Anonymous,
    /// A source too vague to check: `media reports`, `experts`.
    Vague,
}

/// One referent, with every mention of it in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Position in the document's list.
    pub id: EntityId,
    /// The fullest name the document (or the knowledge base) gives it.
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Its knowledge-base id, when it is known there.
    pub kb_id: Option<String>,
    /// True for the document's publisher.
    pub publisher: bool,
    /// Where it is mentioned, in order.
    pub mentions: Vec<Span>,
}

/// The reporting chain of one attribution: from the publisher to the origin of the claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chain {
    /// The attribution whose claim this is.
    pub attribution: AttributionId,
    /// Entities from the publisher (first, when known) to the origin (last).
    pub path: Vec<EntityId>,
}
