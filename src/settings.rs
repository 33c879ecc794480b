//! Settings per document for the commands that analyse documents: the configuration file that
//! applies (`whosaid-config`: `--config FILE`, `--isolated`, else discovered from the
//! document's path), the command line's flags over it, and the knowledge base it names, loaded
//! once per distinct list of files.
//!
//! Precedence: `--publisher` > front matter (or a JSON Lines record's `publisher`) > the file's
//! `publisher`; `--fail-level` > the file's `fail-level` > `error`; knowledge bases: the
//! default one, then the file's `kb`, then `--kb` (later files win).

use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use whosaid_check::Config;
use whosaid_config::{ConfigError, Discovery, FailLevel, Mode, Settings};
use whosaid_kb::Kb;

use crate::args::AnalysisArgs;
use crate::diagnostics::{Errors, Status};
use crate::input::Loaded;

/// What one document is analysed and checked with.
pub struct DocumentSettings {
    /// The settings of its configuration file (or the defaults).
    pub settings: Arc<Settings>,
    /// The knowledge base: default, the file's `kb`, then `--kb`.
    pub kb: Arc<Kb>,
    /// The publisher to resolve with: `--publisher`, else none when the document names one
    /// itself (front matter, a record's field), else the file's `publisher`.
    pub publisher: Option<String>,
}

impl DocumentSettings {
    /// The rules' severities for this document.
    pub fn rules(&self, loaded: &Loaded) -> Config {
        match &loaded.origin {
            Some(path) => self.settings.rules_for(path).into_owned(),
            None => self.settings.rules().clone(),
        }
    }

    /// The fail level: `--fail-level`, else the file's, else `error`.
    pub fn fail_level(&self, flag: Option<FailLevel>) -> FailLevel {
        flag.unwrap_or_else(|| self.settings.fail_level())
    }
}

/// What a document origin was last found to need (see [`Workspace::last`]).
struct Last {
    origin: PathBuf,
    settings: Arc<Settings>,
    kb: Arc<Kb>,
}

/// Configuration files and knowledge bases for a run, cached. Usable from several threads.
pub struct Workspace<'a> {
    args: &'a AnalysisArgs,
    discovery: Discovery,
    kbs: Mutex<HashMap<Vec<PathBuf>, Arc<Kb>>>,
    /// The last document origin, its settings and its knowledge base: the records of a JSON
    /// Lines file share one origin, which then costs a comparison instead of a discovery (an
    /// absolute path, a walk up the cache) and a lookup of the knowledge base (a list of files
    /// made and hashed) per record.
    last: Mutex<Option<Last>>,
    /// Configuration files whose errors were reported (once each).
    reported: Mutex<HashSet<PathBuf>>,
    errors: Mutex<Errors>,
    /// The current directory, to name knowledge-base files under it by relative paths.
    cwd: PathBuf,
}

impl<'a> Workspace<'a> {
    /// Settings as `--config` and `--isolated` say.
    pub fn new(args: &'a AnalysisArgs) -> Workspace<'a> {
        let mode = if args.isolated {
            Mode::Isolated
        } else if let Some(file) = &args.config {
            Mode::Explicit(file.clone())
        } else {
            Mode::Discover
        };
        Workspace {
            args,
            discovery: Discovery::new(mode),
            kbs: Mutex::new(HashMap::new()),
            last: Mutex::new(None),
            reported: Mutex::new(HashSet::new()),
            errors: Mutex::new(Errors::default()),
            cwd: std::env::current_dir().unwrap_or_default(),
        }
    }

    /// True when a directory walk should skip `file` (an `exclude` glob of its settings). A
    /// file whose configuration has errors is not skipped: it is reported when read.
    pub fn is_excluded(&self, file: &Path) -> bool {
        self.discovery
            .for_file(file)
            .is_ok_and(|s| s.is_excluded(file))
    }

    /// The settings for `loaded`, or `None` when its configuration file has errors (reported
    /// once per file, as `path:line:column: message`).
    pub fn for_document(&self, loaded: &Loaded) -> Option<DocumentSettings> {
        let (settings, kb) = self.settings_and_kb(loaded.origin.as_deref())?;
        let publisher = match &self.args.publisher {
            Some(p) => Some(p.clone()),
            None if loaded.doc.metadata.publisher.is_some() => None,
            None => settings.publisher().map(str::to_owned),
        };
        Some(DocumentSettings {
            settings,
            kb,
            publisher,
        })
    }

    /// The settings for a file at `path` (the current directory when there is none) and the
    /// knowledge base they name, the last origin's again when `path` is the same.
    fn settings_and_kb(&self, path: Option<&Path>) -> Option<(Arc<Settings>, Arc<Kb>)> {
        let Some(path) = path else {
            let settings = self.settings(None)?;
            let kb = self.kb_for(&settings);
            return Some((settings, kb));
        };
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(last) = &*last {
            if last.origin == path {
                return Some((Arc::clone(&last.settings), Arc::clone(&last.kb)));
            }
        }
        let settings = self.settings(Some(path))?;
        let kb = self.kb_for(&settings);
        *last = Some(Last {
            origin: path.to_owned(),
            settings: Arc::clone(&settings),
            kb: Arc::clone(&kb),
        });
        Some((settings, kb))
    }

    /// The knowledge base of `settings`: the default, the file's `kb`, then `--kb`.
    fn kb_for(&self, settings: &Settings) -> Arc<Kb> {
        let mut files = settings.kb().to_vec();
        files.extend(self.args.kb.iter().cloned());
        self.kb(files)
    }

    /// The errors reported so far (configuration and knowledge-base files), to be added to
    /// the run's.
    pub fn into_errors(self) -> Errors {
        self.errors
            .into_inner()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// The settings for a file at `path`, or for the current directory when there is none.
    fn settings(&self, path: Option<&Path>) -> Option<Arc<Settings>> {
        let found = match path {
            Some(path) => self.discovery.for_file(path),
            None => self.discovery.for_dir(Path::new(".")),
        };
        found.map_err(|err| self.report(&err)).ok()
    }

    fn report(&self, err: &ConfigError) {
        let first = self
            .reported
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(err.path.clone());
        if first {
            let mut errors = self.errors.lock().unwrap_or_else(PoisonError::into_inner);
            for line in err.lines() {
                errors.report(line);
            }
        }
    }

    /// The default knowledge base with `files` merged over it, loaded once per list.
    fn kb(&self, files: Vec<PathBuf>) -> Arc<Kb> {
        let mut kbs = self.kbs.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(kb) = kbs.get(&files) {
            return Arc::clone(kb);
        }
        // Read by paths relative to the current directory when under it, so that errors name
        // them as a user would.
        let shown: Vec<PathBuf> = files
            .iter()
            .map(|f| f.strip_prefix(&self.cwd).unwrap_or(f).to_path_buf())
            .collect();
        let mut errors = self.errors.lock().unwrap_or_else(PoisonError::into_inner);
        let kb = Arc::new(crate::commands::load_kb(&shown, &mut errors));
        kbs.insert(files, Arc::clone(&kb));
        kb
    }
}

/// `whosaid check --dump-config`: writes the effective settings for `path` (a file or a
/// directory; the current directory when `None`), with the command line's `--fail-level`,
/// `--publisher` and `--kb` applied, as TOML.
pub fn dump(
    args: &AnalysisArgs,
    fail_level: Option<FailLevel>,
    path: Option<&Path>,
    out: &mut dyn Write,
) -> anyhow::Result<Status> {
    let workspace = Workspace::new(args);
    let found = match path {
        Some(path) => workspace.discovery.for_path(path),
        None => workspace.discovery.for_dir(Path::new(".")),
    };
    let mut settings = match found {
        Ok(settings) => Settings::clone(&settings),
        Err(err) => {
            workspace.report(&err);
            return Ok(workspace.into_errors().status());
        }
    };
    if let Some(level) = fail_level {
        settings = settings.with_fail_level(level);
    }
    if let Some(publisher) = &args.publisher {
        settings = settings.with_publisher(publisher);
    }
    settings = settings.with_kb(&args.kb);
    out.write_all(settings.to_toml().as_bytes())?;
    Ok(Status::Ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `check` is being made parallel: the workspace must be shareable between threads.
    #[test]
    fn workspace_is_sync() {
        fn sync<T: Sync>() {}
        sync::<Workspace<'static>>();
    }
}
