//! `source/vague`.

use whosaid_core::{Finding, MentionClass};

use super::{excerpt, finding, is_cited_evidence, is_compiled_consensus, is_share};
use crate::{Context, Rule};

const ID: &str = "source/vague";

declare_rule! {
    pub struct SourceVague;
    what_it_does: "\
Flags a claim attributed to a source too vague to be checked: `media reports`, `sources say`,
`experts believe`, `according to reports`, `observers`. The finding points at the source phrase,
or, for a claim that names no source at all but rests on reports (`the firm is reportedly in
talks`, `it was reported that`, `the minister is said to have resigned`, `it is understood
that`), at those words. The share of a poll's respondents (`Twelve percent said`, `half of
Democratic voters`) is not flagged: the poll is the source, named where the article gives its
results; nor is a consensus a named compiler gives (`Analysts had expected …, according to a
Bloomberg poll`). Nor is evidence a named source cites (`the bank said provisional figures
showed …`): the bank vouches for it.",
    why_it_matters: "\
A reader cannot look up \"media reports\", and an editor cannot verify them: the claim rests on
nobody in particular. Name the outlet or the person, or drop the claim.",
    example: "\
```text
Witkoff will travel to Moscow this week, according to Russian media reports.
```

Use instead:

```text
Witkoff will travel to Moscow this week, the Russian newspaper Kommersant reported.
```",
    known_false_positives: "\
A vague phrase followed by the names it stands for (`media reports, including Reuters and
AFP, said ...`) when the parser keeps only the vague head.",
}

impl Rule for SourceVague {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for a in cx.attributions {
            let Some(source) = &a.source else {
                // Reports the same sentence names the source of (`Apple is reportedly working
                // on a foldable iPhone, according to a report from Bloomberg`) rest on it: the
                // claim is held by that attribution, checked on its own.
                let cue = a.cue.slice(&cx.doc.text);
                if a.parent.is_none() && rests_on_reports(cue) {
                    out.push(finding(
                        ID,
                        a.cue,
                        format!(
                            "`{}`: the claim rests on reports nobody is named for: name the \
                             outlet or the person",
                            excerpt(cue, 60)
                        ),
                    ));
                }
                continue;
            };
            if source.class != MentionClass::Vague
                || is_share(&source.text)
                || is_cited_evidence(cx, a)
                || is_compiled_consensus(cx, a)
            {
                continue;
            }
            out.push(finding(
                ID,
                source.span,
                format!(
                    "`{}` is too vague to check: name the outlet or the person",
                    excerpt(&source.text, 60)
                ),
            ));
        }
    }
}

/// True for a cue with no source that says the claim was reported: `reportedly`, `was
/// reported`, `has been reported`, `is said` (`The minister is said to have resigned`), `was
/// alleged`, `is claimed`, `is understood` (the British press's word for its unnamed sources).
fn rests_on_reports(cue: &str) -> bool {
    let mut words = cue.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    if last.eq_ignore_ascii_case("reportedly") {
        return words.next().is_none();
    }
    ["reported", "said", "alleged", "claimed", "understood"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
        && words.next().is_some_and(|w| {
            ["was", "were", "is", "are", "has", "have", "had", "been"]
                .iter()
                .any(|a| w.eq_ignore_ascii_case(a))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn fires_and_near_misses() {
        table(
            &SourceVague,
            ID,
            &[
                (
                    "Witkoff will travel to Moscow this week, according to Russian media reports.",
                    &["Russian media reports"],
                ),
                ("Experts believe the ceasefire will not hold.", &["Experts"]),
                // No source at all, but reports.
                (
                    "The Club for Growth is reportedly spending $1.5 million on ads.",
                    &["reportedly"],
                ),
                (
                    "It was reported that the minister had resigned.",
                    &["was reported"],
                ),
                (
                    "The minister is said to have told aides that he would resign.",
                    &["is said"],
                ),
                (
                    "It is claimed that the striker has agreed personal terms.",
                    &["is claimed"],
                ),
                (
                    "It is understood that the bank is reviewing its services.",
                    &["is understood"],
                ),
                // Near misses: the reports' source named, before or after.
                ("Trump reportedly told aides that he would run.", &[]),
                (
                    "Apple is reportedly working on a foldable iPhone, according to a report \
                     from Bloomberg.",
                    &[],
                ),
                ("The minister has reportedly resigned, the BBC said.", &[]),
                // Fires once: the reports' source is itself vague.
                (
                    "The minister has reportedly resigned, according to media reports.",
                    &["media reports"],
                ),
                // An adjective capitalised at the sentence start makes no name.
                (
                    "Unconfirmed reports said the minister had resigned.",
                    &["Unconfirmed reports"],
                ),
                // Near miss: figures, whose body the article names.
                (
                    "The Bank issued its data. Preliminary figures showed output rose.",
                    &[],
                ),
                // Fires: figures nobody is named for; near misses: figures a named source
                // cites, figures from a named body.
                (
                    "Official figures show that exports rose.",
                    &["Official figures"],
                ),
                (
                    "Zoltan Boesze said preliminary figures showed that the deficit rose.",
                    &[],
                ),
                (
                    "Exports rose, figures from the Ministry of Agriculture show.",
                    &[],
                ),
                // Near miss: a named outlet and a named person.
                (
                    "Witkoff will travel to Moscow this week, according to Reuters.",
                    &[],
                ),
                ("Marco Rubio said the ceasefire would not hold.", &[]),
                // Near miss: an anonymous but specific source is another rule's business.
                ("An official said the ceasefire would not hold.", &[]),
                // Near miss: a poll's share of respondents; the report named before.
                (
                    "Twelve percent said they would not vote. Economists said turnout would fall.",
                    &["Economists"],
                ),
                (
                    "A strong majority of Democratic voters said they trusted her.",
                    &[],
                ),
                // Near miss: the consensus of a poll or data a named compiler gives; fires
                // when the compiler is vague too.
                (
                    "Analysts had expected a net profit of $2.9 billion, according to a \
                     Bloomberg poll.",
                    &[],
                ),
                (
                    "Analysts had expected earnings of $1.20 a share, according to LSEG data.",
                    &[],
                ),
                (
                    "Analysts had expected a loss, according to media reports.",
                    &["Analysts", "media reports"],
                ),
                (
                    "The Commerce Department issued a report on trade. The report said \
                     exports rose.",
                    &[],
                ),
            ],
        );
    }
}
