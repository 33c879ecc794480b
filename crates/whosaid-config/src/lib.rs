//! The configuration file of [whosaid](../../README.md): `whosaid.toml` (or `.whosaid.toml`).
//!
//! A file sets the fail level, the default publisher of the articles, extra knowledge-base
//! files, globs that directory walks skip, each rule's severity (or `off`), and overrides of
//! rule severities for files matching globs:
//!
//! ```toml
//! fail-level = "warning"          # error | warning | info | never
//! publisher = "UNN"               # default publisher of the articles
//! kb = ["kb/newsroom.toml"]       # knowledge-base files, relative to this file's directory
//! exclude = ["drafts/**"]         # globs (relative to this file's directory) that walks skip
//!
//! [rules]
//! "source/vague" = "off"          # off | info | warning | error
//! "name/misspelled" = "error"
//!
//! [[overrides]]
//! files = ["opinion/**", "*.draft.md"]
//! [overrides.rules]
//! "source/anonymous-unexplained" = "off"
//! ```
//!
//! The format is strict: unknown keys, unknown rule ids, bad severities and bad globs are
//! errors at `path:line:column` ([`ConfigError`]).
//!
//! **Discovery** ([`Discovery`]): for a file, the nearest directory at or above the file's own
//! that holds `whosaid.toml` or `.whosaid.toml` gives the settings (when a directory holds both,
//! `whosaid.toml` wins and the other is ignored). The nearest file applies alone: files higher
//! up are not merged into it. Lookups are cached per directory, so a walk over many files reads
//! each directory's entries once. A file can also be given explicitly ([`Mode::Explicit`]), or
//! none used at all ([`Mode::Isolated`]: the defaults).
//!
//! **Globs** (`exclude`, `overrides.files`) are matched against the file's path relative to the
//! configuration file's directory, with `/` as separator; `*` does not cross a `/`, `**` does. A
//! glob without a `/` matches a name at any depth (`*.draft.md`), as in `.gitignore`, and a glob
//! that matches a directory matches everything under it (`drafts` = `drafts/**`). Overrides apply
//! in the order written; a later one wins over an earlier one, and both over `[rules]`.
//!
//! ```
//! use std::path::Path;
//! use whosaid_config::{FailLevel, Settings};
//! use whosaid_core::Severity;
//!
//! let text = r#"
//! fail-level = "warning"
//! [rules]
//! "source/vague" = "off"
//! [[overrides]]
//! files = ["opinion/**"]
//! [overrides.rules]
//! "source/vague" = "error"
//! "#;
//! let settings = Settings::parse(text, Path::new("/news/whosaid.toml")).unwrap();
//! assert_eq!(settings.fail_level(), FailLevel::Warning);
//! let vague = whosaid_check::rule("source/vague").unwrap();
//! let news = settings.rules_for(Path::new("/news/world/a.md"));
//! assert_eq!(news.severity(vague), None);
//! let opinion = settings.rules_for(Path::new("/news/opinion/b.md"));
//! assert_eq!(opinion.severity(vague), Some(Severity::Error));
//!
//! let err = Settings::parse("[rules]\n\"source/vauge\" = \"off\"\n", Path::new("whosaid.toml"))
//!     .unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "whosaid.toml:2:1: unknown rule `source/vauge` (see `whosaid rules`)"
//! );
//! ```

mod discovery;
mod file;
mod globs;

use std::borrow::Cow;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

pub use discovery::{Discovery, Mode, FILE_NAMES};
use globs::Globs;
use whosaid_check::Config;
use whosaid_core::Severity;

/// The lowest severity that makes a run fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "clap", derive(clap::ValueEnum))]
pub enum FailLevel {
    /// Fail on errors.
    #[default]
    Error,
    /// Fail on warnings and errors.
    Warning,
    /// Fail on any finding.
    Info,
    /// Never fail because of findings.
    Never,
}

impl FailLevel {
    /// True when a finding of `severity` makes the run fail.
    pub fn fails(self, severity: Severity) -> bool {
        match self {
            FailLevel::Error => severity >= Severity::Error,
            FailLevel::Warning => severity >= Severity::Warning,
            FailLevel::Info => true,
            FailLevel::Never => false,
        }
    }

    /// The name written in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            FailLevel::Error => "error",
            FailLevel::Warning => "warning",
            FailLevel::Info => "info",
            FailLevel::Never => "never",
        }
    }
}

impl fmt::Display for FailLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for FailLevel {
    type Err = String;

    fn from_str(s: &str) -> Result<FailLevel, String> {
        match s {
            "error" => Ok(FailLevel::Error),
            "warning" => Ok(FailLevel::Warning),
            "info" => Ok(FailLevel::Info),
            "never" => Ok(FailLevel::Never),
            _ => Err(format!(
                "invalid fail level `{s}`: expected `error`, `warning`, `info` or `never`"
            )),
        }
    }
}

/// One problem in a configuration file, at a 1-based line and column (columns count Unicode
/// scalar values); no position when the whole file is at fault (unreadable, not UTF-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based line and column, when the problem has a place.
    pub position: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

/// Everything wrong with one configuration file. Its `Display` writes one
/// `path:line:column: message` line per problem (joined by newlines, no trailing newline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The file, as given or found (relative to the current directory when under it).
    pub path: PathBuf,
    /// Its problems, in the order of their positions.
    pub problems: Vec<Problem>,
}

impl ConfigError {
    /// The problems as `path:line:column: message` lines.
    pub fn lines(&self) -> impl Iterator<Item = String> + '_ {
        self.problems.iter().map(|p| match p.position {
            Some((line, column)) => {
                format!("{}:{line}:{column}: {}", self.path.display(), p.message)
            }
            None => format!("{}: {}", self.path.display(), p.message),
        })
    }

    pub(crate) fn whole(path: &Path, message: impl Into<String>) -> ConfigError {
        ConfigError {
            path: path.to_owned(),
            problems: vec![Problem {
                position: None,
                message: message.into(),
            }],
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, line) in self.lines().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            f.write_str(&line)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigError {}

/// Rule severities for the files matching some globs.
#[derive(Debug, Clone)]
struct Override {
    files: Globs,
    /// In the order written (by rule id, as TOML tables have no order).
    rules: Vec<(String, Option<Severity>)>,
}

/// The settings of one configuration file, or the defaults.
#[derive(Debug, Clone)]
pub struct Settings {
    path: Option<PathBuf>,
    root: PathBuf,
    fail_level: Option<FailLevel>,
    publisher: Option<String>,
    kb: Vec<PathBuf>,
    exclude: Globs,
    rules: Config,
    overrides: Vec<Override>,
}

impl Settings {
    /// The defaults: no file, every rule at its default severity, fail level `error`. Globs
    /// would be relative to `root` (there are none).
    pub fn defaults(root: &Path) -> Settings {
        Settings {
            path: None,
            root: normalize(root),
            fail_level: None,
            publisher: None,
            kb: Vec::new(),
            exclude: Globs::default(),
            rules: Config::default(),
            overrides: Vec::new(),
        }
    }

    /// Reads and checks the file at `path` (relative paths are taken from the current
    /// directory). An unreadable file or one that is not UTF-8 is an error naming the file.
    pub fn load(path: &Path) -> Result<Settings, ConfigError> {
        let bytes = std::fs::read(path)
            .map_err(|err| ConfigError::whole(path, format!("cannot read: {err}")))?;
        let text = String::from_utf8(bytes).map_err(|err| {
            ConfigError::whole(
                path,
                format!(
                    "not valid UTF-8 (invalid byte at offset {}): a configuration file is TOML text",
                    err.utf8_error().valid_up_to()
                ),
            )
        })?;
        Settings::parse(&text, path)
    }

    /// Parses and checks `text`, the contents of the file at `path`: relative knowledge-base
    /// paths and globs are taken from `path`'s directory, and errors name `path` as given.
    pub fn parse(text: &str, path: &Path) -> Result<Settings, ConfigError> {
        file::parse(text, path)
    }

    /// The configuration file these settings come from, absolute; `None` for the defaults.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The directory globs and knowledge-base paths are relative to (absolute).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The fail level: the file's `fail-level`, else `error`.
    pub fn fail_level(&self) -> FailLevel {
        self.fail_level.unwrap_or_default()
    }

    /// The default publisher of the articles, when the file names one.
    pub fn publisher(&self) -> Option<&str> {
        self.publisher.as_deref()
    }

    /// The knowledge-base files, in order (later files win), as absolute paths.
    pub fn kb(&self) -> &[PathBuf] {
        &self.kb
    }

    /// The `exclude` globs, as written.
    pub fn exclude(&self) -> &[String] {
        self.exclude.patterns()
    }

    /// True when `file` matches an `exclude` glob: directory walks skip it.
    pub fn is_excluded(&self, file: &Path) -> bool {
        self.exclude.matches(&self.relative(file))
    }

    /// The rules' severities for `file`: `[rules]`, then every override whose `files` match,
    /// in order (a later override wins).
    pub fn rules_for(&self, file: &Path) -> Cow<'_, Config> {
        if self.overrides.is_empty() {
            return Cow::Borrowed(&self.rules);
        }
        let relative = self.relative(file);
        let mut config = Cow::Borrowed(&self.rules);
        for o in &self.overrides {
            if o.files.matches(&relative) {
                let config = config.to_mut();
                for (id, severity) in &o.rules {
                    config.severities.insert(id.clone(), *severity);
                }
            }
        }
        config
    }

    /// The rules' severities from `[rules]`, before overrides.
    pub fn rules(&self) -> &Config {
        &self.rules
    }

    /// These settings with the fail level set (a command-line flag wins over the file).
    pub fn with_fail_level(mut self, level: FailLevel) -> Settings {
        self.fail_level = Some(level);
        self
    }

    /// These settings with the publisher set.
    pub fn with_publisher(mut self, publisher: &str) -> Settings {
        self.publisher = Some(publisher.to_owned());
        self
    }

    /// These settings with more knowledge-base files after the file's own (they win).
    pub fn with_kb(mut self, files: &[PathBuf]) -> Settings {
        self.kb.extend(files.iter().map(|f| normalize(f)));
        self
    }

    /// The effective settings as TOML (for `whosaid check --dump-config`): a comment naming the
    /// file (relative to the current directory when under it), then every key, and `[rules]` with every rule of the registry at its severity
    /// (registry order), then the overrides as written. Deterministic.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        match &self.path {
            Some(path) => {
                // Relative to the current directory when under it, as errors name files.
                let cwd = normalize(Path::new("."));
                let shown = path.strip_prefix(&cwd).unwrap_or(path);
                out.push_str(&format!("# Settings from {}\n", shown.display()));
            }
            None => out.push_str("# Default settings (no configuration file)\n"),
        }
        out.push_str(&format!(
            "fail-level = {}\n",
            quote(self.fail_level().as_str())
        ));
        if let Some(p) = &self.publisher {
            out.push_str(&format!("publisher = {}\n", quote(p)));
        }
        let list = |items: &mut dyn Iterator<Item = String>| {
            let items: Vec<String> = items.map(|s| quote(&s)).collect();
            format!("[{}]", items.join(", "))
        };
        out.push_str(&format!(
            "kb = {}\n",
            list(&mut self.kb.iter().map(|p| p.display().to_string()))
        ));
        out.push_str(&format!(
            "exclude = {}\n",
            list(&mut self.exclude().iter().cloned())
        ));
        out.push_str("\n[rules]\n");
        for entry in whosaid_check::rules() {
            out.push_str(&format!(
                "{} = {}\n",
                quote(entry.id),
                quote(severity_name(self.rules.severity(entry)))
            ));
        }
        for o in &self.overrides {
            out.push_str(&format!(
                "\n[[overrides]]\nfiles = {}\n[overrides.rules]\n",
                list(&mut o.files.patterns().iter().cloned())
            ));
            for (id, severity) in &o.rules {
                out.push_str(&format!(
                    "{} = {}\n",
                    quote(id),
                    quote(severity_name(*severity))
                ));
            }
        }
        out
    }

    /// `file` relative to the root when it is under it, else absolute.
    fn relative(&self, file: &Path) -> PathBuf {
        let absolute = normalize(file);
        match absolute.strip_prefix(&self.root) {
            Ok(relative) => relative.to_owned(),
            Err(_) => absolute,
        }
    }
}

/// The name of a severity in files (`off` for none).
fn severity_name(severity: Option<Severity>) -> &'static str {
    match severity {
        None => "off",
        Some(Severity::Info) => "info",
        Some(Severity::Warning) => "warning",
        Some(Severity::Error) => "error",
    }
}

/// A TOML basic string.
fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `path` made absolute (from the current directory) with `.` and `..` resolved lexically.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests;
