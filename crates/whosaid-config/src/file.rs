//! The TOML format: strict deserialisation, then checks, with positions for errors.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use whosaid_check::Config;
use whosaid_core::Severity;

use crate::globs::Globs;
use crate::{normalize, ConfigError, FailLevel, Override, Problem, Settings};

type RawRules = BTreeMap<Spanned<String>, Spanned<String>>;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFile {
    fail_level: Option<Spanned<String>>,
    publisher: Option<Spanned<String>>,
    #[serde(default)]
    kb: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    #[serde(default)]
    rules: RawRules,
    #[serde(default)]
    overrides: Vec<Spanned<RawOverride>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverride {
    files: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    rules: RawRules,
}

/// Byte offsets to 1-based line and column (columns count Unicode scalar values), as
/// `whosaid-kb` reports its files.
struct Positions<'a> {
    text: &'a str,
    problems: Vec<(usize, Problem)>,
}

impl Positions<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) {
        let at = span.start.min(self.text.len());
        let (line, column) = whosaid_core::line_col(self.text, at);
        self.problems.push((
            at,
            Problem {
                position: Some((line, column)),
                message: message.into(),
            },
        ));
    }
}

pub(crate) fn parse(text: &str, path: &Path) -> Result<Settings, ConfigError> {
    let mut at = Positions {
        text,
        problems: Vec::new(),
    };
    let absolute = normalize(path);
    let root = absolute
        .parent()
        .map_or_else(|| absolute.clone(), Path::to_path_buf);
    let fail = |at: Positions<'_>| {
        let mut problems = at.problems;
        problems.sort_by_key(|(offset, _)| *offset);
        ConfigError {
            path: path.to_owned(),
            problems: problems.into_iter().map(|(_, p)| p).collect(),
        }
    };
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            let span = err.span().unwrap_or(0..0);
            at.error(span, err.message().trim_end());
            return Err(fail(at));
        }
    };

    let fail_level = raw.fail_level.as_ref().and_then(|level| {
        level
            .get_ref()
            .parse::<FailLevel>()
            .map_err(|message| at.error(level.span(), message))
            .ok()
    });
    let publisher = raw.publisher.as_ref().and_then(|p| {
        let name = p.get_ref().trim();
        if name.is_empty() {
            at.error(p.span(), "empty `publisher`");
            None
        } else {
            Some(name.to_owned())
        }
    });
    let mut kb = Vec::new();
    for file in &raw.kb {
        if file.get_ref().trim().is_empty() {
            at.error(file.span(), "empty knowledge-base path");
        } else {
            kb.push(normalize(&root.join(file.get_ref())));
        }
    }
    let exclude = globs(&mut at, &raw.exclude);
    let rules = rules(&mut at, &raw.rules);
    let mut overrides = Vec::new();
    for o in &raw.overrides {
        let o = o.get_ref();
        if o.files.get_ref().is_empty() {
            at.error(o.files.span(), "`files` is empty: name at least one glob");
        }
        let files = globs(&mut at, o.files.get_ref());
        let mut list = Vec::new();
        for (id, severity) in &o.rules {
            if let Some(severity) = rule(&mut at, id, severity) {
                list.push((id.get_ref().clone(), severity));
            }
        }
        overrides.push(Override { files, rules: list });
    }

    if !at.problems.is_empty() {
        return Err(fail(at));
    }
    Ok(Settings {
        path: Some(absolute),
        root,
        fail_level,
        publisher,
        kb,
        exclude,
        rules,
        overrides,
    })
}

fn globs(at: &mut Positions<'_>, patterns: &[Spanned<String>]) -> Globs {
    let written: Vec<String> = patterns.iter().map(|p| p.get_ref().clone()).collect();
    match Globs::new(written) {
        Ok(globs) => globs,
        Err((i, message)) => {
            let span = patterns.get(i).map_or(0..0, Spanned::span);
            at.error(span, message);
            Globs::default()
        }
    }
}

fn rules(at: &mut Positions<'_>, raw: &RawRules) -> Config {
    let mut config = Config::default();
    for (id, severity) in raw {
        if let Some(severity) = rule(at, id, severity) {
            config.severities.insert(id.get_ref().clone(), severity);
        }
    }
    config
}

/// Checks one `"id" = "severity"` line: `Some(None)` for `off`.
fn rule(
    at: &mut Positions<'_>,
    id: &Spanned<String>,
    severity: &Spanned<String>,
) -> Option<Option<Severity>> {
    let mut ok = true;
    if whosaid_check::rule(id.get_ref()).is_none() {
        at.error(
            id.span(),
            format!("unknown rule `{}` (see `whosaid rules`)", id.get_ref()),
        );
        ok = false;
    }
    let level = match severity.get_ref().as_str() {
        "off" => Some(None),
        "info" => Some(Some(Severity::Info)),
        "warning" => Some(Some(Severity::Warning)),
        "error" => Some(Some(Severity::Error)),
        other => {
            at.error(
                severity.span(),
                format!("invalid severity `{other}`: expected `off`, `info`, `warning` or `error`"),
            );
            None
        }
    };
    level.filter(|_| ok)
}
