//! `whosaid rules` and `whosaid explain RULE`: generated from the registry of `whosaid-check`.

use std::io::Write;

use crate::diagnostics::{self, Status};

/// `whosaid rules`: one line per rule: id, default severity, summary.
pub fn list(out: &mut dyn Write) -> anyhow::Result<Status> {
    let rules = whosaid_check::rules();
    let width = rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    for r in rules {
        let severity = severity_name(r.severity);
        writeln!(out, "{:<width$}  {severity:<7}  {}", r.id, r.summary)?;
    }
    Ok(Status::Ok)
}

/// `whosaid explain RULE`: the rule's documentation as Markdown. An unknown id is a usage
/// error (exit 2) that lists the ids.
pub fn explain(id: &str, out: &mut dyn Write) -> anyhow::Result<Status> {
    let Some(r) = whosaid_check::rule(id) else {
        let ids: Vec<&str> = whosaid_check::rules().iter().map(|r| r.id).collect();
        diagnostics::error(format_args!(
            "unknown rule `{id}`; the rules are:\n  {}",
            ids.join("\n  ")
        ));
        return Ok(Status::Error);
    };
    writeln!(out, "# {}", r.id)?;
    writeln!(out)?;
    writeln!(out, "{}.", r.summary)?;
    writeln!(out)?;
    writeln!(out, "Default severity: {}.", severity_name(r.severity))?;
    writeln!(out)?;
    write!(out, "{}", r.docs.markdown())?;
    Ok(Status::Ok)
}

/// `error`, `warning` or `info`, as in the JSON output.
pub fn severity_name(severity: whosaid_core::Severity) -> &'static str {
    match severity {
        whosaid_core::Severity::Error => "error",
        whosaid_core::Severity::Warning => "warning",
        whosaid_core::Severity::Info => "info",
    }
}
