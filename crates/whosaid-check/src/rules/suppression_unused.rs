//! `suppression/unused`. The work is done by [`crate::suppress`], after the other rules ran.

use whosaid_core::Finding;

use crate::{Context, Rule};

declare_rule! {
    pub struct SuppressionUnused;
    what_it_does: "\
Flags a suppression comment (`<!-- whosaid-disable-next-line RULE -->`, `<!-- whosaid-disable
RULE -->`, `<!-- whosaid-enable RULE -->`) that suppressed nothing, naming the rule ids or
families of the comment that matched no finding. The finding points at the comment.",
    why_it_matters: "\
A suppression outlives the text it was written for: once the sentence is fixed or rewritten, a
stale comment would silently hide the next real finding on that line or in that region.
Removing unused suppressions keeps every remaining one meaningful.",
    example: "\
```markdown
<!-- whosaid-disable-next-line source/vague -- the agency names its sources below -->
Marco Rubio said the ceasefire would not hold.
```

Nothing vague is on the next line: delete the comment.",
    known_false_positives: "\
A comment written for a rule that is turned off in the configuration, or for a finding that only
another knowledge base or article date produces, suppresses nothing in this run. Findings of the
`suppression` rules are never suppressed by comments (that could loop); turn them off in
`whosaid.toml` (`[rules] \"suppression/unused\" = \"off\"`).",
}

impl Rule for SuppressionUnused {
    fn check(&self, _cx: &Context<'_>, _out: &mut Vec<Finding>) {}
}
