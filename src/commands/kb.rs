//! `whosaid kb`: checks knowledge-base files (`kb check`) and shows what a name resolves to
//! (`kb find`).

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use anyhow::Context;
use whosaid_kb::{Date, Entry, EntryKind, Kb, KbError};

use crate::args::{KbArgs, KbCommand};
use crate::diagnostics::{Errors, Status};

/// Runs `kb check` or `kb find`.
pub fn run(args: &KbArgs, out: &mut dyn Write) -> anyhow::Result<Status> {
    match &args.command {
        KbCommand::Check { files } => check(files, out),
        KbCommand::Find { name, kb, date } => {
            let on = date.unwrap_or_else(super::today);
            let found = find(name, kb, on, out)?;
            match found {
                Found::Some => Ok(Status::Ok),
                Found::Error => Ok(Status::Error),
                // Nothing found: exit 1, like grep.
                Found::None => Ok(Status::Findings),
            }
        }
    }
}

fn read(path: &Path, errors: &mut Errors) -> Option<String> {
    match fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(err) => {
            errors.report(format_args!("{}: cannot read: {err}", path.display()));
            None
        }
    }
}

fn report_kb_errors(kb_errors: &[KbError]) {
    let stderr = io::stderr();
    let mut stderr = stderr.lock();
    for e in kb_errors {
        let _ = writeln!(stderr, "{e}");
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `kb check FILE...`.
fn check(files: &[std::path::PathBuf], out: &mut dyn Write) -> anyhow::Result<Status> {
    let mut errors = Errors::default();
    let mut failed = false;
    for path in files {
        let Some(text) = read(path, &mut errors) else {
            continue;
        };
        let origin = path.display().to_string();
        let mut alone = Kb::empty();
        if let Err(kb_errors) = alone.load_str_all(&text, &origin) {
            report_kb_errors(&kb_errors);
            failed = true;
            continue;
        }
        let mut merged = Kb::with_builtin();
        if let Err(kb_errors) = merged.load_str_all(&text, &origin) {
            report_kb_errors(&kb_errors);
            failed = true;
            continue;
        }
        let replaced = alone.len() + Kb::builtin().len() - merged.len();
        write!(
            out,
            "{origin}: ok ({}, {}, {}",
            plural(alone.count(EntryKind::Person), "person", "people"),
            plural(alone.count(EntryKind::Outlet), "outlet", "outlets"),
            plural(
                alone.count(EntryKind::Organization),
                "organization",
                "organizations"
            ),
        )?;
        if replaced > 0 {
            write!(
                out,
                "; replaces {} of the default knowledge base",
                plural(replaced, "entry", "entries")
            )?;
        }
        writeln!(out, ")")?;
    }
    if failed {
        return Ok(Status::Error);
    }
    Ok(errors.status())
}

enum Found {
    Some,
    None,
    Error,
}

/// `kb find NAME [--kb FILE]... [--date YYYY-MM-DD]`.
fn find(
    name: &str,
    files: &[std::path::PathBuf],
    on: Date,
    out: &mut dyn Write,
) -> anyhow::Result<Found> {
    let mut kb = Kb::with_builtin();
    let mut errors = Errors::default();
    let mut failed = false;
    for path in files {
        let Some(text) = read(path, &mut errors) else {
            continue;
        };
        if let Err(kb_errors) = kb.load_str_all(&text, &path.display().to_string()) {
            report_kb_errors(&kb_errors);
            failed = true;
        }
    }
    if failed || errors.status() != Status::Ok {
        return Ok(Found::Error);
    }
    let matches = kb.find(name);
    if matches.is_empty() {
        crate::diagnostics::error(format_args!("no knowledge-base entry matches `{name}`"));
        return Ok(Found::None);
    }
    for (i, m) in matches.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_entry(out, kb.entry(m.entry), m.how.as_str(), on)
            .context("writing to standard output")?;
    }
    Ok(Found::Some)
}

fn write_entry(out: &mut dyn Write, e: &Entry, how: &str, on: Date) -> io::Result<()> {
    writeln!(
        out,
        "{} ({}, id: {}), matched by {how}",
        e.name, e.kind, e.id
    )?;
    if !e.aliases.is_empty() {
        writeln!(out, "  aliases: {}", e.aliases.join(", "))?;
    }
    if !e.variants.is_empty() {
        writeln!(out, "  variants: {}", e.variants.join(", "))?;
    }
    if let Some(surname) = &e.surname {
        writeln!(out, "  surname: {surname}")?;
    }
    if let Some(script) = &e.script {
        writeln!(out, "  script: {script}")?;
    }
    if let Some(country) = &e.country {
        writeln!(out, "  country: {country}")?;
    }
    if !e.roles.is_empty() {
        writeln!(out, "  roles (* = held on {on}):")?;
        for r in &e.roles {
            let mark = if r.held_on(on) { '*' } else { ' ' };
            match r.to {
                Some(to) => writeln!(out, "  {mark} {}, {}, {} to {to}", r.title, r.of, r.from)?,
                None => writeln!(out, "  {mark} {}, {}, from {}", r.title, r.of, r.from)?,
            }
        }
    }
    Ok(())
}
