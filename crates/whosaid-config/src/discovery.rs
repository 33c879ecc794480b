//! Finding the configuration file that applies to a path, with a cache per directory.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::{normalize, ConfigError, Settings};

/// The names looked for in each directory, in order: the first one present wins.
pub const FILE_NAMES: [&str; 2] = ["whosaid.toml", ".whosaid.toml"];

/// Where settings come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The nearest `whosaid.toml` or `.whosaid.toml` at or above each file's directory; the
    /// defaults when there is none.
    Discover,
    /// This file, for every path (`--config FILE`).
    Explicit(PathBuf),
    /// No file: the defaults, for every path (`--isolated`).
    Isolated,
}

type Found = Result<Arc<Settings>, ConfigError>;

/// Settings per path. Safe to share between threads (`Sync`): the cache is behind a mutex,
/// and each directory is looked at, and each file read, once.
#[derive(Debug)]
pub struct Discovery {
    /// For `Explicit` and `Isolated`: the one answer.
    fixed: Option<Found>,
    defaults: Arc<Settings>,
    /// The current directory when created, for shorter paths in errors.
    cwd: PathBuf,
    /// Directory (absolute) -> the settings that apply in it; `None` for the defaults.
    cache: Mutex<HashMap<PathBuf, Option<Found>>>,
}

impl Discovery {
    /// Settings as `mode` says. An explicit file is read at once (its errors come back from
    /// every lookup).
    pub fn new(mode: Mode) -> Discovery {
        let cwd = normalize(Path::new("."));
        let defaults = Arc::new(Settings::defaults(&cwd));
        let fixed = match mode {
            Mode::Discover => None,
            Mode::Isolated => Some(Ok(Arc::clone(&defaults))),
            Mode::Explicit(path) => Some(Settings::load(&path).map(Arc::new)),
        };
        Discovery {
            fixed,
            defaults,
            cwd,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The settings for the file at `file`: from its directory upward.
    pub fn for_file(&self, file: &Path) -> Result<Arc<Settings>, ConfigError> {
        let file = normalize(file);
        let dir = file.parent().unwrap_or(&file);
        self.for_dir(dir)
    }

    /// The settings for the directory `dir`: from it upward.
    pub fn for_dir(&self, dir: &Path) -> Result<Arc<Settings>, ConfigError> {
        if let Some(fixed) = &self.fixed {
            return fixed.clone();
        }
        let dir = normalize(dir);
        let mut cache = self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        let mut pending = Vec::new();
        let mut current = Some(dir.as_path());
        let found = loop {
            let Some(here) = current else { break None };
            if let Some(found) = cache.get(here) {
                break found.clone();
            }
            if let Some(file) = FILE_NAMES
                .iter()
                .map(|n| here.join(n))
                .find(|p| p.is_file())
            {
                let found = Some(self.load(&file));
                cache.insert(here.to_owned(), found.clone());
                break found;
            }
            pending.push(here.to_owned());
            current = here.parent();
        };
        for here in pending {
            cache.insert(here, found.clone());
        }
        drop(cache);
        found.unwrap_or_else(|| Ok(Arc::clone(&self.defaults)))
    }

    /// The settings for `path`: a directory from itself upward, anything else from its
    /// directory upward.
    pub fn for_path(&self, path: &Path) -> Result<Arc<Settings>, ConfigError> {
        if path.is_dir() {
            self.for_dir(path)
        } else {
            self.for_file(path)
        }
    }

    /// Loads a found file; errors name it relative to the current directory when under it.
    fn load(&self, file: &Path) -> Found {
        let shown = file.strip_prefix(&self.cwd).unwrap_or(file);
        let mut settings = Settings::load(shown)?;
        settings.path = Some(file.to_owned());
        Ok(Arc::new(settings))
    }
}
