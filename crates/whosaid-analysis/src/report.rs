//! The serializable report of one document: the shape of `--format json` (DESIGN.md, "JSON
//! output"). Field order is the order of the structs below. Every span is `{"start", "end",
//! "text", "line", "column"}`: byte offsets into the original input (end exclusive), the text
//! they cover, and the 1-based line and column (in Unicode scalar values) of `start`.

use std::cell::{Cell, OnceCell};

use serde::Serialize;
use whosaid_core::{
    Attribution, AttributionId, AttributionKind, Chain, Document, Entity, EntityId, EntityKind,
    Finding, Format, LineIndex, Mention, MentionClass, Problem, ProblemKind, Severity, Span,
};

use crate::Analysis;

/// The version of the report's shape.
pub const VERSION: u32 = 1;

/// What a report is called: a file's path, or a JSON Lines record's `id` (a string or a number).
#[derive(Debug, Clone, Copy)]
pub enum ReportName<'a> {
    Path(&'a str),
    Record(&'a serde_json::Value),
}

/// A document's text and line index, to turn spans into report spans.
#[derive(Debug)]
pub(crate) struct View<'a> {
    doc: &'a Document,
    /// Made on the first span looked up: a fifth of wire stories have none to report (no
    /// attribution, no problem), and their lines need no index.
    index: OnceCell<LineIndex>,
    /// The line of the last span looked up: spans come mostly in text order, and the next is
    /// mostly on that line or the next ([`LineIndex::line_col_near`]).
    line: Cell<usize>,
}

impl<'a> View<'a> {
    fn new(doc: &'a Document) -> View<'a> {
        View {
            doc,
            index: OnceCell::new(),
            line: Cell::new(0),
        }
    }

    pub(crate) fn span(&self, span: Span) -> JsonSpan<'a> {
        let text = &self.doc.text;
        let mut near = self.line.get();
        let index = self.index.get_or_init(|| LineIndex::new(text));
        let (line, column) = index.line_col_near(text, span.start, &mut near);
        self.line.set(near);
        JsonSpan {
            start: span.start,
            end: span.end,
            // A span that does not fit the text (a parser bug) shows no text rather than panic.
            text: span.get(text).unwrap_or(""),
            line,
            column,
        }
    }

    pub(crate) fn mention(&self, mention: &Mention) -> JsonMention<'a> {
        let span = self.span(mention.span);
        JsonMention {
            start: span.start,
            end: span.end,
            text: span.text,
            line: span.line,
            column: span.column,
            class: mention.class,
        }
    }
}

/// The report of one document. Its lists are views of the analysis, made item by item as
/// the report is written (by [`Report::write_json`] or serde): a report copies no list of
/// the analysis, and a `--format jsonl` line costs no allocation per claim or entity.
#[derive(Debug)]
pub struct Report<'a> {
    /// The version of the shape ([`VERSION`]), where a report stands alone (one line of
    /// `jsonl`); `None` inside a run's `{"version", "documents"}`.
    pub version: Option<u32>,
    pub(crate) path: Option<&'a str>,
    pub(crate) id: Option<&'a serde_json::Value>,
    pub(crate) format: Format,
    pub(crate) metadata: JsonMetadata<'a>,
    pub(crate) analysis: &'a Analysis,
    /// Spans to report spans.
    pub(crate) view: View<'a>,
}

/// Serialized as the fields above would be by a derive, in this order: `version`, `path` and
/// `id` when set, `format`, `metadata`, `attributions`, `entities`, `chains`, `problems`, and
/// `findings` when the rules ran.
impl Serialize for Report<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let view = &self.view;
        let analysis = self.analysis;
        let resolved = &analysis.resolved;
        let optional = [
            self.version.is_some(),
            self.path.is_some(),
            self.id.is_some(),
            analysis.findings.is_some(),
        ];
        let fields = 6 + optional.iter().filter(|&&set| set).count();
        let mut s = serializer.serialize_struct("Report", fields)?;
        match self.version {
            Some(version) => s.serialize_field("version", &version)?,
            None => s.skip_field("version")?,
        }
        match self.path {
            Some(path) => s.serialize_field("path", path)?,
            None => s.skip_field("path")?,
        }
        match self.id {
            Some(id) => s.serialize_field("id", id)?,
            None => s.skip_field("id")?,
        }
        s.serialize_field("format", &self.format)?;
        s.serialize_field("metadata", &self.metadata)?;
        s.serialize_field(
            "attributions",
            &Seq(|| {
                analysis
                    .parsed
                    .attributions
                    .iter()
                    .map(|a| JsonAttribution::new(a, view))
            }),
        )?;
        s.serialize_field(
            "entities",
            &Seq(|| resolved.entities.iter().map(|e| JsonEntity::new(e, view))),
        )?;
        s.serialize_field(
            "chains",
            &Seq(|| {
                resolved
                    .chains
                    .iter()
                    .map(|c| JsonChain::new(c, &resolved.entities))
            }),
        )?;
        s.serialize_field(
            "problems",
            &Seq(|| analysis.problems.iter().map(|p| JsonProblem::new(p, view))),
        )?;
        match &analysis.findings {
            Some(found) => s.serialize_field(
                "findings",
                &Seq(|| found.iter().map(|f| JsonFinding::new(f, view))),
            )?,
            None => s.skip_field("findings")?,
        }
        s.end()
    }
}

/// A list serialized from the items its function makes, made anew each time.
struct Seq<F>(F);

impl<F, I> Serialize for Seq<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// An entity: `mentions` are spans; `kb_id` is the knowledge base's id when it is known there.
#[derive(Debug, Serialize)]
pub(crate) struct JsonEntity<'a, 'v> {
    pub(crate) id: u32,
    pub(crate) name: &'a str,
    pub(crate) kind: EntityKind,
    pub(crate) kb_id: Option<&'a str>,
    pub(crate) publisher: bool,
    pub(crate) mentions: Mentions<'a, 'v>,
}

impl<'a, 'v> JsonEntity<'a, 'v> {
    pub(crate) fn new(e: &'a Entity, view: &'v View<'a>) -> Self {
        JsonEntity {
            id: e.id.0,
            name: &e.name,
            kind: e.kind,
            kb_id: e.kb_id.as_deref(),
            publisher: e.publisher,
            mentions: Mentions {
                spans: &e.mentions,
                view,
            },
        }
    }
}

/// An entity's mentions, as report spans made one at a time.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Mentions<'a, 'v> {
    pub(crate) spans: &'a [Span],
    pub(crate) view: &'v View<'a>,
}

impl<'a, 'v> Mentions<'a, 'v> {
    pub(crate) fn iter(self) -> impl Iterator<Item = JsonSpan<'a>> + use<'a, 'v> {
        self.spans.iter().map(move |&s| self.view.span(s))
    }
}

impl Serialize for Mentions<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

/// A chain: entity ids from the publisher to the origin, and their names joined for people.
/// Both are views of the resolved chain, written without a list of their own.
#[derive(Debug, Serialize)]
pub(crate) struct JsonChain<'a> {
    pub(crate) attribution: u32,
    pub(crate) path: &'a [EntityId],
    pub(crate) names: ChainNames<'a>,
}

/// The names of a chain's entities, in its order.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ChainNames<'a> {
    pub(crate) path: &'a [EntityId],
    pub(crate) entities: &'a [Entity],
}

impl<'a> ChainNames<'a> {
    pub(crate) fn iter(self) -> impl Iterator<Item = &'a str> {
        self.path
            .iter()
            .map(move |e| self.entities[e.0 as usize].name.as_str())
    }
}

impl<'a> JsonChain<'a> {
    pub(crate) fn new(c: &'a Chain, entities: &'a [Entity]) -> Self {
        JsonChain {
            attribution: c.attribution.0,
            path: &c.path,
            names: ChainNames {
                path: &c.path,
                entities,
            },
        }
    }
}

impl Serialize for ChainNames<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'a> Report<'a> {
    /// Appends the report to `out` as compact JSON: the same bytes as `serde_json::to_vec`,
    /// several times faster (see the `json` module). What `--format jsonl` writes per line.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        crate::json::write_report(out, self);
    }

    /// The report of `doc` and its `analysis`, under `name`.
    pub fn new(name: ReportName<'a>, doc: &'a Document, analysis: &'a Analysis) -> Report<'a> {
        let (path, id) = match name {
            ReportName::Path(path) => (Some(path), None),
            ReportName::Record(id) => (None, Some(id)),
        };
        let meta = &doc.metadata;
        Report {
            version: None,
            path,
            id,
            format: doc.format,
            metadata: JsonMetadata {
                publisher: meta.publisher.as_deref(),
                date: meta.date.as_deref(),
                title: meta.title.as_deref(),
            },
            analysis,
            view: View::new(doc),
        }
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonMetadata<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) title: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonSpan<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonMention<'a> {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) text: &'a str,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) class: MentionClass,
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonAttribution<'a> {
    pub(crate) id: AttributionId,
    pub(crate) kind: AttributionKind,
    pub(crate) cue: JsonSpan<'a>,
    pub(crate) source: Option<JsonMention<'a>>,
    pub(crate) content: Option<JsonSpan<'a>>,
    pub(crate) recipient: Option<JsonMention<'a>>,
    pub(crate) medium: Option<JsonSpan<'a>>,
    pub(crate) anonymity: Option<JsonSpan<'a>>,
    pub(crate) parent: Option<AttributionId>,
    /// Where the cue starts.
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl<'a> JsonAttribution<'a> {
    pub(crate) fn new(a: &Attribution, view: &View<'a>) -> JsonAttribution<'a> {
        let cue = view.span(a.cue);
        let (line, column) = (cue.line, cue.column);
        JsonAttribution {
            id: a.id,
            kind: a.kind,
            cue,
            source: a.source.as_ref().map(|m| view.mention(m)),
            content: a.content.map(|s| view.span(s)),
            recipient: a.recipient.as_ref().map(|m| view.mention(m)),
            medium: a.medium.map(|s| view.span(s)),
            anonymity: a.anonymity.map(|s| view.span(s)),
            parent: a.parent,
            line,
            column,
        }
    }
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonProblem<'a> {
    pub(crate) kind: ProblemKind,
    pub(crate) message: &'a str,
    pub(crate) span: JsonSpan<'a>,
}

impl<'a> JsonProblem<'a> {
    pub(crate) fn new(p: &'a Problem, view: &View<'a>) -> JsonProblem<'a> {
        JsonProblem {
            kind: p.kind,
            message: &p.message,
            span: view.span(p.span),
        }
    }
}

/// A finding of `check`: `line` and `column` are those of `span.start`.
#[derive(Debug, Serialize)]
pub(crate) struct JsonFinding<'a> {
    pub(crate) rule: &'a str,
    pub(crate) severity: Severity,
    pub(crate) message: &'a str,
    pub(crate) span: JsonSpan<'a>,
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) suggestion: Option<&'a str>,
    pub(crate) related: Vec<JsonRelated<'a>>,
}

#[derive(Debug, Serialize)]
pub(crate) struct JsonRelated<'a> {
    pub(crate) span: JsonSpan<'a>,
    pub(crate) note: &'a str,
}

impl<'a> JsonFinding<'a> {
    pub(crate) fn new(f: &'a Finding, view: &View<'a>) -> JsonFinding<'a> {
        let span = view.span(f.span);
        let (line, column) = (span.line, span.column);
        JsonFinding {
            rule: &f.rule,
            severity: f.severity,
            message: &f.message,
            span,
            line,
            column,
            suggestion: f.suggestion.as_deref(),
            related: f
                .related
                .iter()
                .map(|r| JsonRelated {
                    span: view.span(r.span),
                    note: &r.note,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use whosaid_core::Metadata;

    fn doc(text: &str) -> Document {
        Document {
            text: text.to_owned(),
            masked: None,
            format: Format::Plain,
            metadata: Metadata::default(),
            paragraphs: vec![],
            sentences: vec![],
            dateline: None,
        }
    }

    /// Line and column agree with the byte offsets on multi-byte text: columns count scalar
    /// values, offsets count bytes.
    #[test]
    fn spans_on_multibyte_text() {
        let text = "Київ — “Ми не підемо”, — сказав він.\n«Ні», сказала вона 🙂 Reuters.";
        let doc = doc(text);
        let view = View::new(&doc);
        for needle in ["сказав", "він", "Ні", "сказала", "Reuters", "Київ", "🙂"]
        {
            let start = text.find(needle).unwrap_or_else(|| panic!("{needle}"));
            let span = view.span(Span::new(start, start + needle.len()));
            assert_eq!(span.text, needle);
            // Recompute line and column from the byte offset by hand.
            let before = &text[..start];
            let line = before.matches('\n').count() + 1;
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = text[line_start..start].chars().count() + 1;
            assert_eq!((span.line, span.column), (line, column), "{needle}");
        }
        let said = text.find("сказав").unwrap_or_default();
        assert_eq!(view.span(Span::new(said, said)).column, 26);
        let reuters = text.find("Reuters").unwrap_or_default();
        let json =
            serde_json::to_value(view.span(Span::new(reuters, reuters + 7))).unwrap_or_default();
        assert_eq!(
            json,
            serde_json::json!({"start": reuters, "end": reuters + 7, "text": "Reuters",
                "line": 2, "column": 22})
        );
    }

    #[test]
    fn out_of_bounds_span_does_not_panic() {
        let doc = doc("é");
        let view = View::new(&doc);
        assert_eq!(view.span(Span::new(1, 2)).text, "");
        assert_eq!(view.span(Span::new(5, 9)).text, "");
    }
}
