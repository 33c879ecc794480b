//! `whosaid chains`: a tree per claim for people, Graphviz `dot` and Mermaid for diagrams.
//! (`json` and `jsonl` are the shared JSON reporter, which carries entities and chains.)

use std::collections::BTreeMap;
use std::io::{self, Write};

use whosaid_chain::Resolved;
use whosaid_core::{Entity, EntityId, EntityKind, LineIndex};

use super::{Analysis, Reporter, Styles, Totals};
use crate::input::Loaded;

/// Longest content shown under a claim, in characters.
const CONTENT_MAX: usize = 72;

/// The human tree.
pub struct Tree {
    styles: Styles,
}

impl Tree {
    pub fn new(styles: Styles) -> Tree {
        Tree { styles }
    }
}

fn entity(resolved: &Resolved, id: EntityId) -> &Entity {
    &resolved.entities[id.0 as usize]
}

fn kind_name(e: &Entity) -> &'static str {
    if e.publisher {
        return "publisher";
    }
    match e.kind {
        EntityKind::Person => "person",
        EntityKind::Outlet => "outlet",
        EntityKind::Organization => "organization",
        EntityKind::Anonymous => "anonymous",
        EntityKind::Vague => "vague",
    }
}

/// `text` cut to `max` characters with an ellipsis, on one line.
fn shorten(text: &str, max: usize) -> String {
    let one_line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

impl Reporter for Tree {
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn separate(&self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        super::between(out, first, b"\n")
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        a: &Analysis,
    ) -> io::Result<()> {
        let s = &self.styles;
        let text = &loaded.doc.text;
        let index = LineIndex::new(text);
        let resolved = &a.resolved;
        writeln!(out, "{}", s.paint(s.header, &loaded.name))?;
        match resolved.publisher {
            Some(p) => writeln!(out, "publisher: {}", entity(resolved, p).name)?,
            None => writeln!(out, "publisher: unknown (give --publisher or front matter)")?,
        }
        for (att, chain) in a.parsed.attributions.iter().zip(&resolved.chains) {
            writeln!(out)?;
            let (line, column) = index.line_col(text, att.cue.start);
            let cue = att.cue.get(text).unwrap_or("");
            let content = att
                .content
                .and_then(|c| c.get(text))
                .map(|c| format!(" — {}", shorten(c, CONTENT_MAX)))
                .unwrap_or_default();
            writeln!(
                out,
                "{} {}{content}",
                s.paint(
                    s.location,
                    format!("{}:{line}:{column}:", loaded.name.label())
                ),
                s.paint(s.cue, cue)
            )?;
            if chain.path.is_empty() {
                writeln!(out, "  (no source)")?;
            }
            for (depth, id) in chain.path.iter().enumerate() {
                let e = entity(resolved, *id);
                let branch = if depth == 0 {
                    "  ".to_owned()
                } else {
                    format!("  {}└─ ", "   ".repeat(depth - 1))
                };
                let mut note = kind_name(e).to_owned();
                if depth + 1 == chain.path.len() {
                    if let Some(an) = att.anonymity.and_then(|x| x.get(text)) {
                        note.push_str(&format!("; {}", shorten(an, 40)));
                    }
                }
                writeln!(
                    out,
                    "{branch}{} {}",
                    s.paint(s.source, &e.name),
                    s.paint(s.note, format!("({note})"))
                )?;
            }
        }
        for p in &resolved.problems {
            let (line, column) = index.line_col(text, p.span.start);
            writeln!(out)?;
            writeln!(
                out,
                "{} {}: {}",
                s.paint(
                    s.location,
                    format!("{}:{line}:{column}:", loaded.name.label())
                ),
                s.paint(s.warning, "warning[unresolved_reference]"),
                p.message
            )?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "{} claims, {} entities, {} unresolved",
            resolved.chains.len(),
            resolved.entities.len(),
            resolved.problems.len()
        )?;
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if totals.documents > 1 {
            writeln!(out)?;
            writeln!(
                out,
                "{} documents, {} claims",
                totals.documents, totals.claims
            )?;
        }
        Ok(())
    }
}

/// The edges of a document's chains, each with the number of claims that travel it, sorted.
fn edges(resolved: &Resolved) -> BTreeMap<(EntityId, EntityId), usize> {
    let mut edges = BTreeMap::new();
    for chain in &resolved.chains {
        for pair in chain.path.windows(2) {
            *edges.entry((pair[0], pair[1])).or_insert(0) += 1;
        }
    }
    edges
}

/// The entities that appear in a chain, sorted by id.
fn nodes(resolved: &Resolved) -> Vec<EntityId> {
    let mut ids: Vec<EntityId> = resolved
        .chains
        .iter()
        .flat_map(|c| c.path.iter().copied())
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// Graphviz: one `digraph` per document.
pub struct Dot;

/// A string as a DOT quoted ID.
fn dot_quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Reporter for Dot {
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        nth: usize,
        loaded: &Loaded,
        a: &Analysis,
    ) -> io::Result<()> {
        let resolved = &a.resolved;
        writeln!(out, "digraph chains_{nth} {{")?;
        writeln!(out, "  label={};", dot_quote(&loaded.name.to_string()))?;
        writeln!(out, "  rankdir=LR;")?;
        writeln!(out, "  node [shape=box, fontname=\"Helvetica\"];")?;
        for id in nodes(resolved) {
            let e = entity(resolved, id);
            let style = match (e.publisher, e.kind) {
                (true, _) => ", style=bold",
                (_, EntityKind::Anonymous | EntityKind::Vague) => ", style=dashed",
                _ => "",
            };
            writeln!(
                out,
                "  e{} [label={}{style}];",
                id.0,
                dot_quote(&format!("{}\n({})", e.name, kind_name(e)).replace('\n', "\\n"))
                    .replace("\\\\n", "\\n")
            )?;
        }
        for ((from, to), claims) in edges(resolved) {
            writeln!(out, "  e{} -> e{} [label=\"{claims}\"];", from.0, to.0)?;
        }
        writeln!(out, "}}")?;
        Ok(())
    }

    fn finish(&self, _out: &mut dyn Write, _totals: &Totals) -> io::Result<()> {
        Ok(())
    }
}

/// Mermaid: one `flowchart` per document.
pub struct Mermaid;

/// A label for a Mermaid node, in double quotes, with quotes and markup characters as entities.
fn mermaid_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Reporter for Mermaid {
    fn begin(&self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    fn separate(&self, out: &mut dyn Write, first: bool) -> io::Result<()> {
        super::between(out, first, b"\n")
    }

    fn document(
        &self,
        out: &mut Vec<u8>,
        _nth: usize,
        loaded: &Loaded,
        a: &Analysis,
    ) -> io::Result<()> {
        let resolved = &a.resolved;
        writeln!(out, "---")?;
        writeln!(out, "title: {}", mermaid_label(&loaded.name.to_string()))?;
        writeln!(out, "---")?;
        writeln!(out, "flowchart LR")?;
        for id in nodes(resolved) {
            let e = entity(resolved, id);
            let label = mermaid_label(&format!("{} ({})", e.name, kind_name(e)));
            let shape = match e.kind {
                EntityKind::Anonymous | EntityKind::Vague => format!("([{label}])"),
                _ => format!("[{label}]"),
            };
            writeln!(out, "  e{}{shape}", id.0)?;
        }
        for ((from, to), claims) in edges(resolved) {
            writeln!(out, "  e{} -->|{claims}| e{}", from.0, to.0)?;
        }
        Ok(())
    }

    fn finish(&self, _out: &mut dyn Write, _totals: &Totals) -> io::Result<()> {
        Ok(())
    }
}
