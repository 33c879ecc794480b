//! `suppression/unknown-rule`. The work is done by [`crate::suppress`], after the other rules
//! ran.

use whosaid_core::Finding;

use crate::{Context, Rule};

declare_rule! {
    pub struct SuppressionUnknownRule;
    what_it_does: "\
Flags a suppression comment that names a rule id or a family that does not exist
(`<!-- whosaid-disable-next-line name/mispelled -->`). The finding points at the comment; the
unknown name suppresses nothing (the other names of the same comment still apply).",
    why_it_matters: "\
A misspelled rule id suppresses nothing, so the finding it was meant to silence still shows,
and a reader of the article's source believes it was reviewed. Ids are listed by `whosaid
rules`.",
    example: "\
```markdown
<!-- whosaid-disable-next-line name/mispelled -- Stamer is the councillor -->
Councillor Stamer said the vote would go ahead.
```

Use instead:

```markdown
<!-- whosaid-disable-next-line name/misspelled -- Stamer is the councillor -->
Councillor Stamer said the vote would go ahead.
```",
    known_false_positives: "\
A comment written for a newer or older version of whosaid, whose rules differ. Like every
`suppression` finding it cannot be suppressed by a comment; turn it off in `whosaid.toml`.",
}

impl Rule for SuppressionUnknownRule {
    fn check(&self, _cx: &Context<'_>, _out: &mut Vec<Finding>) {}
}
