//! `source/unresolved`.

use whosaid_core::{Finding, ProblemKind};

use super::finding;
use crate::{Context, Rule};

const ID: &str = "source/unresolved";

declare_rule! {
    pub struct SourceUnresolved;
    what_it_does: "\
Flags a source given only as a pronoun or a reference back (`he said`, `the publication writes`,
`the agency reported`) when nothing before it in the article can be what it refers to: no person
has spoken before `he`, no outlet before `the publication`.",
    why_it_matters: "\
The reader cannot tell who is speaking. This often happens when an article is cut or reordered
and the sentence that named the source is gone.",
    example: "\
```text
The talks were called off, the publication writes.
```

Use instead:

```text
The talks were called off, The Washington Post writes.
```",
    known_false_positives: "\
A reference to someone named only in a heading, a caption or an earlier article in a series;
`he` for a person named only outside any attribution in a way the resolver does not follow.",
}

impl Rule for SourceUnresolved {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for p in cx
            .problems
            .iter()
            .filter(|p| p.kind == ProblemKind::UnresolvedReference)
        {
            out.push(finding(ID, p.span, p.message.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test::table;

    #[test]
    fn fires_and_near_misses() {
        table(
            &SourceUnresolved,
            ID,
            &[
                (
                    "The talks were called off, the publication writes.",
                    &["the publication"],
                ),
                ("He said the talks were called off.", &["He"]),
                // Near miss: something to refer to.
                (
                    "The Washington Post reported the news. The talks were called off, the publication writes.",
                    &[],
                ),
                (
                    "Marco Rubio said the talks were off. He said they would resume.",
                    &[],
                ),
            ],
        );
    }
}
