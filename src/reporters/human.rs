//! `--format human`: a header per document, an annotated snippet per attribution and per
//! problem, and a summary line.

use std::io::{self, Write};

use serde::Serialize;
use whosaid_core::{Attribution, LineIndex, Span};

use super::snippet::{self, Label};
use super::{Analysis, Reporter, Styles, Totals};
use crate::input::Loaded;

/// Notes longer than this (in characters) are cut with `…`.
const NOTE_MAX: usize = 60;

pub struct Human {
    styles: Styles,
}

impl Human {
    pub fn new(styles: Styles) -> Human {
        Human { styles }
    }
}

impl Reporter for Human {
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
        analysis: &Analysis,
    ) -> io::Result<()> {
        let parsed = &analysis.parsed;
        let s = &self.styles;
        let text = &loaded.doc.text;
        let index = LineIndex::new(text);
        let label = loaded.name.label();
        writeln!(out, "{}", s.paint(s.header, &loaded.name))?;
        let location = |span: Span| {
            let (line, column) = index.line_col(text, span.start);
            s.paint(s.location, format!("{label}:{line}:{column}:"))
        };

        for a in &parsed.attributions {
            writeln!(out)?;
            let kind = s.paint(s.kind, format!("{} #{}", name_of(&a.kind), a.id.0));
            writeln!(out, "{} {kind}", location(a.cue))?;
            let mut labels = vec![Label {
                span: a.cue,
                mark: '^',
                style: s.cue,
                text: "cue".to_owned(),
            }];
            if let Some(source) = &a.source {
                labels.push(Label {
                    span: source.span,
                    mark: '-',
                    style: s.source,
                    text: format!("source ({})", name_of(&source.class)),
                });
            }
            if let Some(content) = a.content {
                labels.push(Label {
                    span: content,
                    mark: '~',
                    style: s.content,
                    text: "content".to_owned(),
                });
            }
            let width = snippet::render(out, s, text, &index, &labels)?;
            for (name, note) in notes(a, analysis, text, &index) {
                let eq = s.paint(s.gutter, "=");
                let pad = " ".repeat(width);
                writeln!(out, "{pad} {eq} {}: {note}", s.paint(s.note, name))?;
            }
        }

        for p in &analysis.problems {
            writeln!(out)?;
            let warning = s.paint(s.warning, format!("warning[{}]", name_of(&p.kind)));
            writeln!(out, "{} {warning}: {}", location(p.span), p.message)?;
            let labels = [Label {
                span: p.span,
                mark: '^',
                style: s.warning,
                text: String::new(),
            }];
            snippet::render(out, s, text, &index, &labels)?;
        }

        writeln!(out)?;
        writeln!(
            out,
            "{}, {}",
            plural(parsed.attributions.len(), "attribution"),
            plural(analysis.problems.len(), "problem")
        )?;
        Ok(())
    }

    fn finish(&self, out: &mut dyn Write, totals: &Totals) -> io::Result<()> {
        if totals.documents > 1 {
            writeln!(out)?;
            writeln!(
                out,
                "{}: {}, {}",
                plural(totals.documents, "document"),
                plural(totals.attributions, "attribution"),
                plural(totals.problems, "problem")
            )?;
        }
        Ok(())
    }
}

/// Recipient, medium, anonymity and parent, as `(name, text)` notes.
fn notes(
    a: &Attribution,
    analysis: &Analysis,
    text: &str,
    index: &LineIndex,
) -> Vec<(&'static str, String)> {
    let parsed = &analysis.parsed;
    let mut notes = Vec::new();
    let excerpt = |span: Span| shorten(span.get(text).unwrap_or(""), NOTE_MAX);
    if let Some(r) = &a.recipient {
        notes.push((
            "recipient",
            format!("{} ({})", excerpt(r.span), name_of(&r.class)),
        ));
    }
    if let Some(m) = a.medium {
        notes.push(("medium", excerpt(m)));
    }
    if let Some(an) = a.anonymity {
        notes.push(("anonymity", excerpt(an)));
    }
    if let Some(parent) = a.parent {
        // Attributions are in id order (ids may have gaps after `--outermost`).
        let found = parsed
            .attributions
            .binary_search_by_key(&parent, |p| p.id)
            .ok()
            .map(|i| &parsed.attributions[i]);
        let note = match found {
            Some(p) => {
                let (line, column) = index.line_col(text, p.cue.start);
                format!("#{} (`{}` at {line}:{column})", parent.0, excerpt(p.cue))
            }
            None => format!("#{}", parent.0),
        };
        notes.push(("reported through", note));
    }
    if let Some(chain) = whosaid_chain::chain_of(&analysis.resolved, a.id) {
        if chain.path.len() > 1 {
            notes.push(("chain", whosaid_chain::describe(&analysis.resolved, chain)));
        }
    }
    notes
}

/// The serde name of a unit enum variant (`titled_person`, `unclosed_quote`), as in the JSON.
fn name_of<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => name,
        _ => String::from("?"),
    }
}

/// `text` on one line, cut to `max` characters with `…`.
fn shorten(text: &str, max: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let mut cut: String = flat.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::ColorChoice;
    use crate::input::DocName;
    use whosaid_core::{
        AttributionId, AttributionKind, Format, Mention, MentionClass, Problem, ProblemKind,
    };
    use whosaid_parse::Parsed;

    const SEED: &str = include_str!("../../fixtures/unn-london-talks.txt");

    /// The span of the `nth` (0-based) occurrence of `needle` in the seed.
    fn find(needle: &str, nth: usize) -> Span {
        let start = SEED
            .match_indices(needle)
            .nth(nth)
            .map_or_else(|| panic!("{needle:?} #{nth} not in the seed"), |(i, _)| i);
        Span::new(start, start + needle.len())
    }

    fn mention(text: &str, class: MentionClass) -> Mention {
        Mention {
            span: find(text, 0),
            text: text.to_owned(),
            class,
        }
    }

    fn attribution(id: u32, kind: AttributionKind, cue: Span) -> Attribution {
        Attribution {
            id: AttributionId(id),
            kind,
            cue,
            source: None,
            content: None,
            recipient: None,
            medium: None,
            anonymity: None,
            parent: None,
        }
    }

    /// The human format on hand-made attributions of the seed article, independent of what the
    /// parser finds today.
    #[test]
    fn seed_rendering() {
        let wp = Attribution {
            source: Some(mention("The Washington Post", MentionClass::Outlet)),
            content: Some(find("on some of the factors", 0).cover(find("British capital", 0))),
            ..attribution(0, AttributionKind::Indirect, find("reported", 0))
        };
        let official = Attribution {
            source: Some(mention(
                "an official familiar with the situation",
                MentionClass::Anonymous,
            )),
            content: Some(find("\"discuss", 0).cover(find("everything else later,", 0))),
            anonymity: Some(find("familiar with the situation", 0)),
            parent: Some(AttributionId(2)),
            ..attribution(1, AttributionKind::Direct, find("said", 0))
        };
        let publication = Attribution {
            source: Some(mention("the publication", MentionClass::PublicationAnaphor)),
            ..attribution(2, AttributionKind::Citation, find("writes", 0))
        };
        let rubio = Attribution {
            source: Some(Mention {
                span: find("Rubio", 1),
                text: "Rubio".to_owned(),
                class: MentionClass::Person,
            }),
            content: Some(
                find("the United States will be", 0).cover(find("the coming months.\"", 0)),
            ),
            medium: Some(find("on Twitter", 0)),
            ..attribution(3, AttributionKind::Mixed, find("wrote", 0))
        };
        let european = Attribution {
            source: Some(mention("A European official", MentionClass::Anonymous)),
            recipient: Some(mention("Reuters", MentionClass::Outlet)),
            content: Some(find("that Rubio had", 0).cover(find("impossible.\"", 0))),
            ..attribution(4, AttributionKind::Indirect, find("told", 0))
        };
        let parsed = Parsed {
            attributions: vec![wp, official, publication, rubio, european],
            problems: vec![Problem {
                kind: ProblemKind::UnclosedQuote,
                span: Span::new(find("\"discuss", 0).start, find("\"discuss", 0).start + 1),
                message: "this quotation mark is never closed".to_owned(),
            }],
        };
        let loaded = Loaded {
            name: DocName::Path("fixtures/unn-london-talks.txt".to_owned()),
            doc: whosaid_text::read(SEED.to_owned(), Format::Plain),
            origin: None,
        };
        let human = Human::new(Styles::new(ColorChoice::Never, false));
        let mut out = Vec::new();
        let analysis = Analysis {
            problems: parsed.problems.clone(),
            resolved: whosaid_chain::Resolved::default(),
            parsed,
            findings: None,
        };
        let mut totals = Totals::default();
        totals.add(&analysis);
        human
            .separate(&mut out, true)
            .and_then(|()| human.document(&mut out, 0, &loaded, &analysis))
            .and_then(|()| human.finish(&mut out, &totals))
            .unwrap_or_else(|e| panic!("{e}"));
        insta::assert_snapshot!(String::from_utf8_lossy(&out));
    }

    #[test]
    fn shortens() {
        assert_eq!(shorten("a\n  b", 10), "a b");
        assert_eq!(shorten("abcdef", 4), "abc…");
    }

    #[test]
    fn plurals() {
        assert_eq!(plural(0, "problem"), "0 problems");
        assert_eq!(plural(1, "problem"), "1 problem");
    }
}
