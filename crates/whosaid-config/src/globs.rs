//! Glob lists relative to a configuration file's directory.

use std::path::Path;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

/// Globs as written, compiled into one set.
#[derive(Debug, Clone, Default)]
pub(crate) struct Globs {
    patterns: Vec<String>,
    set: GlobSet,
}

impl Globs {
    /// Compiles `patterns`; the error names the index of the bad one and why.
    pub(crate) fn new(patterns: Vec<String>) -> Result<Globs, (usize, String)> {
        let mut builder = GlobSetBuilder::new();
        for (i, pattern) in patterns.iter().enumerate() {
            let trimmed = pattern.strip_prefix("./").unwrap_or(pattern);
            let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
            if trimmed.trim().is_empty() {
                return Err((i, "empty glob".to_owned()));
            }
            // Anchored at the root when it starts with `/`, or has a `/` inside (as
            // `.gitignore`); else it matches a name at any depth.
            let full = match trimmed.strip_prefix('/') {
                Some(anchored) => anchored.to_owned(),
                None if trimmed.contains('/') => trimmed.to_owned(),
                None => format!("**/{trimmed}"),
            };
            let glob = GlobBuilder::new(&full)
                .literal_separator(true)
                .build()
                .map_err(|err| (i, format!("invalid glob `{pattern}`: {}", err.kind())))?;
            builder.add(glob);
        }
        let set = builder
            .build()
            .map_err(|err| (0, format!("invalid globs: {err}")))?;
        Ok(Globs { patterns, set })
    }

    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// True when `relative` or one of its parent directories matches.
    pub(crate) fn matches(&self, relative: &Path) -> bool {
        !self.patterns.is_empty()
            && relative
                .ancestors()
                .filter(|p| !p.as_os_str().is_empty())
                .any(|p| self.set.is_match(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globs(patterns: &[&str]) -> Globs {
        Globs::new(patterns.iter().map(|s| (*s).to_owned()).collect()).unwrap_or_default()
    }

    #[test]
    fn matching() {
        let g = globs(&["drafts/**", "*.draft.md", "/top.md", "archive"]);
        for yes in [
            "drafts/a.md",
            "drafts/x/b.md",
            "a.draft.md",
            "world/b.draft.md",
            "top.md",
            "archive/2024/c.md",
            "world/archive/d.md",
        ] {
            assert!(g.matches(Path::new(yes)), "{yes}");
        }
        for no in ["world/a.md", "world/top.md", "drafts.md", "x/drafts/a.md"] {
            assert!(!g.matches(Path::new(no)), "{no}");
        }
        assert!(!Globs::default().matches(Path::new("a.md")));
    }

    #[test]
    fn errors() {
        let err = Globs::new(vec!["ok/**".into(), "a/[b".into()]).err();
        assert_eq!(err.map(|(i, _)| i), Some(1));
        assert!(Globs::new(vec![String::new()]).is_err());
    }
}
