//! The data model shared by every whosaid crate.
//!
//! The one design choice that everything else rests on: **every position is a half-open byte
//! range into the original input** ([`Span`]). Nothing stores line numbers or rendered text
//! positions; those are computed only when a report is printed, from a [`LineIndex`]. A text
//! layer that hides markup (Markdown, front matter) does so by producing a *prose view* of the
//! same byte length as the input (see [`Document::prose`]), so any span found in the prose view is
//! already a span of the original file.
//!
//! ```
//! use whosaid_core::{LineIndex, Span};
//!
//! let text = "Kyiv’s reply\n“We will not,” he said.";
//! let index = LineIndex::new(text);
//! let cue = Span::new(text.find("said").unwrap(), text.find("said").unwrap() + 4);
//! assert_eq!(cue.slice(text), "said");
//! // Columns count Unicode scalar values: the curly quote is one column.
//! assert_eq!(index.line_col(text, cue.start), (2, 19));
//! ```

mod attribution;
pub mod bytes;
mod dateline;
mod document;
mod entity;
mod finding;
mod line_index;
mod places;
mod span;

pub use attribution::{
    is_demonym_noun, is_description_noun, is_document_noun, is_relation_noun, is_study_noun,
    Attribution, AttributionId, AttributionKind, Mention, MentionClass, Problem, ProblemKind,
};
pub use dateline::{dateline, is_month_abbreviation, is_month_or_weekday, Dateline};
pub use document::{BlockKind, Document, Format, Metadata, Paragraph, Sentence};
pub use entity::{Chain, Entity, EntityId, EntityKind};
pub use finding::{Finding, Related, Severity};
pub use line_index::{line_col, LineIndex};
pub use places::{is_demonym, is_place_name};
pub use span::Span;
