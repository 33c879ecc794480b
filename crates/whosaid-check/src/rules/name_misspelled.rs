//! STUB (being written).
use crate::{Context, Rule};
use whosaid_core::Finding;

/// STUB.
pub struct NameMisspelled;

impl Rule for NameMisspelled {
    fn check(&self, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let _ = (cx, out);
    }
}
