//! `quote/unclosed`.

use whosaid_core::{Finding, ProblemKind, Related, Span};

use super::{finding, paragraph_at};
use crate::{Context, Rule};

const ID: &str = "quote/unclosed";

/// Paragraphs followed when a quote reopens paragraph after paragraph.
const MAX_REOPENED: usize = 64;

declare_rule! {
    pub struct QuoteUnclosed;
    what_it_does: "\
Flags an opening quotation mark with no closing mark before its quote must end: the end of the
paragraph, or, for a quote that runs over several paragraphs (each reopened with a quotation mark,
as news style has it), the end of its last paragraph. The finding points at the opening mark; the
place where the paragraph ends, and where an attribution cuts into the quote (where the closing
mark was probably meant to go), are shown with it.",
    why_it_matters: "\
Readers cannot tell where the speaker's words stop and the reporter's begin: in the example the
attribution itself seems to be part of the quote. Parsers, search engines and quote checkers
reading the article are misled the same way.",
    example: "\
```text
Kyiv prefers to \"discuss a full ceasefire first, and everything else later, said an official.
```

Use instead:

```text
Kyiv prefers to \"discuss a full ceasefire first, and everything else later,\" said an official.
```",
    known_false_positives: "\
Quotation marks used for inches or seconds (`a 6\" pipe`), and multi-paragraph quotes whose
reopening marks were lost in editing. A quote split between a heading and the text is read as
two paragraphs.",
}

impl Rule for QuoteUnclosed {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let prose = cx.doc.prose();
        for p in cx
            .problems
            .iter()
            .filter(|p| p.kind == ProblemKind::UnclosedQuote)
        {
            let mut f = finding(
                ID,
                p.span,
                "this quotation mark opens a quote that never closes".to_owned(),
            );
            // An attribution whose quoted content starts at this mark and stops before its
            // paragraph ends: the closing mark probably belongs where the content stops.
            let cut = cx
                .attributions
                .iter()
                .filter_map(|a| a.content)
                .find(|c| c.start == p.span.start && c.end > p.span.end);
            if let Some(pi) = paragraph_at(cx.doc, p.span.start) {
                let last = last_reopened(cx, pi);
                let end = cx.doc.paragraphs[last].span.end;
                if let Some(c) = cut.filter(|c| c.end < end) {
                    f.related.push(Related {
                        span: Span::new(p.span.end, c.end),
                        note: "the quoted words end here: the closing mark belongs after them"
                            .to_owned(),
                    });
                }
                // The paragraph's last character.
                let start = prose[..end]
                    .char_indices()
                    .next_back()
                    .map_or(end, |(i, _)| i);
                let note = if last == pi {
                    "the paragraph ends here with the quote still open"
                } else {
                    "the quote's last paragraph ends here with the quote still open"
                };
                f.related.push(Related {
                    span: Span::new(start.max(p.span.end), end),
                    note: note.to_owned(),
                });
            }
            out.push(f);
        }
    }
}

/// The last paragraph of a quote opened in paragraph `first`: news style reopens a quote at the
/// start of each paragraph it continues into.
fn last_reopened(cx: &Context<'_>, first: usize) -> usize {
    let prose = cx.doc.prose();
    let mut last = first;
    while last + 1 < cx.doc.paragraphs.len() && last - first < MAX_REOPENED {
        let next = cx.doc.paragraphs[last + 1].span.slice(prose).trim_start();
        if next.starts_with(['"', '“', '„', '«']) {
            last += 1;
        } else {
            break;
        }
    }
    last
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::{run, table};

    #[test]
    fn fires_and_near_misses() {
        table(
            &QuoteUnclosed,
            ID,
            &[
                // Fires: the seed's quote, left open before the attribution.
                (
                    "Kyiv prefers to \"discuss a full ceasefire first, and everything else later, said an official.",
                    &["\""],
                ),
                // Fires: a curly quote never closed.
                ("“We will not retreat, he said.", &["“"]),
                // Near miss: closed quotes, straight and curly.
                ("\"We will not retreat,\" he said.", &[]),
                ("“We will not retreat,” he said. “Never.”", &[]),
                // Near miss: apostrophes and abbreviations are not quotes.
                ("Kyiv's reply came in the '90s, the minister's aide said.", &[]),
                // Near miss: a multi-paragraph quote, reopened and closed at its end.
                (
                    "\"We will not retreat.\n\n\"We will stand,\" she said.",
                    &[],
                ),
            ],
        );
    }

    #[test]
    fn related_spans() {
        let text = "Kyiv prefers to \"discuss a full ceasefire first, and everything else later, said an official.";
        let found = run(&QuoteUnclosed, text);
        let notes: Vec<(usize, &str)> = found[0]
            .related
            .iter()
            .map(|r| (r.span.start, r.span.slice(text)))
            .collect();
        let comma = text.find(", said").unwrap_or_default();
        assert_eq!(notes, [(17, &text[17..comma]), (text.len() - 1, ".")]);
    }
}
