use std::fs;
use std::path::Path;
use std::sync::Arc;

use whosaid_core::Severity;

use super::*;

fn parse(text: &str) -> Result<Settings, ConfigError> {
    Settings::parse(text, Path::new("/news/whosaid.toml"))
}

/// The error lines of `text`.
fn errors(text: &str) -> Vec<String> {
    match Settings::parse(text, Path::new("whosaid.toml")) {
        Ok(_) => Vec::new(),
        Err(err) => err.lines().collect(),
    }
}

fn severity(config: &Config, id: &str) -> Option<Severity> {
    whosaid_check::rule(id).and_then(|r| config.severity(r))
}

#[test]
fn full_file() {
    let s = parse(
        r#"
fail-level = "warning"
publisher = "UNN"
kb = ["kb/newsroom.toml", "../shared/people.toml"]
exclude = ["drafts/**"]

[rules]
"source/vague" = "off"
"name/misspelled" = "warning"

[[overrides]]
files = ["opinion/**", "*.draft.md"]
[overrides.rules]
"source/anonymous-unexplained" = "off"
"#,
    )
    .unwrap();
    assert_eq!(s.path(), Some(Path::new("/news/whosaid.toml")));
    assert_eq!(s.root(), Path::new("/news"));
    assert_eq!(s.fail_level(), FailLevel::Warning);
    assert_eq!(s.publisher(), Some("UNN"));
    assert_eq!(
        s.kb(),
        [
            PathBuf::from("/news/kb/newsroom.toml"),
            PathBuf::from("/shared/people.toml")
        ]
    );
    assert_eq!(s.exclude(), ["drafts/**"]);
    assert!(s.is_excluded(Path::new("/news/drafts/a.md")));
    assert!(!s.is_excluded(Path::new("/news/world/a.md")));
    assert!(!s.is_excluded(Path::new("/elsewhere/drafts/a.md")));
    let world = s.rules_for(Path::new("/news/world/a.md"));
    assert_eq!(severity(&world, "source/vague"), None);
    assert_eq!(severity(&world, "name/misspelled"), Some(Severity::Warning));
    assert_eq!(
        severity(&world, "source/anonymous-unexplained"),
        Some(Severity::Warning)
    );
    assert_eq!(severity(&world, "quote/unclosed"), Some(Severity::Error));
    for file in ["/news/opinion/x/b.md", "/news/world/c.draft.md"] {
        let c = s.rules_for(Path::new(file));
        assert_eq!(severity(&c, "source/anonymous-unexplained"), None, "{file}");
        assert_eq!(severity(&c, "source/vague"), None, "{file}");
    }
}

#[test]
fn defaults() {
    let s = Settings::defaults(Path::new("/news"));
    assert_eq!(s.path(), None);
    assert_eq!(s.fail_level(), FailLevel::Error);
    assert_eq!(s.publisher(), None);
    assert!(s.kb().is_empty());
    assert!(!s.is_excluded(Path::new("/news/a.md")));
    assert_eq!(*s.rules_for(Path::new("/news/a.md")), Config::default());
    // An empty file is the defaults too.
    let empty = parse("").unwrap();
    assert_eq!(empty.fail_level(), FailLevel::Error);
    assert_eq!(*empty.rules(), Config::default());
}

#[test]
fn later_overrides_win() {
    let s = parse(
        r#"
[rules]
"source/vague" = "info"
[[overrides]]
files = ["world/**"]
rules = { "source/vague" = "error" }
[[overrides]]
files = ["world/europe/**"]
rules = { "source/vague" = "off" }
[[overrides]]
files = ["sport"]
rules = {}
"#,
    )
    .unwrap();
    let at = |f: &str| severity(&s.rules_for(Path::new(f)), "source/vague");
    assert_eq!(at("/news/a.md"), Some(Severity::Info));
    assert_eq!(at("/news/world/a.md"), Some(Severity::Error));
    assert_eq!(at("/news/world/europe/a.md"), None);
    assert_eq!(at("/news/sport/a.md"), Some(Severity::Info));
    // Relative paths are taken from the current directory, not the root.
    assert_eq!(at("world/a.md"), Some(Severity::Info));
}

#[test]
fn errors_with_line_and_column() {
    assert_eq!(
        errors("fail-level = \"warning\"\npublsher = \"UNN\"\n"),
        ["whosaid.toml:2:1: unknown field `publsher`, expected one of `fail-level`, `publisher`, `kb`, `exclude`, `rules`, `overrides`"]
    );
    assert_eq!(
        errors("fail-level = \"loud\"\n"),
        ["whosaid.toml:1:14: invalid fail level `loud`: expected `error`, `warning`, `info` or `never`"]
    );
    assert_eq!(
        errors("[rules]\n\"source/vague\" = \"fatal\"\n\"nope/nope\" = \"off\"\n"),
        [
            "whosaid.toml:2:18: invalid severity `fatal`: expected `off`, `info`, `warning` or `error`",
            "whosaid.toml:3:1: unknown rule `nope/nope` (see `whosaid rules`)",
        ]
    );
    assert_eq!(
        errors("exclude = [\"ok/**\", \"a/[b\"]\n"),
        ["whosaid.toml:1:21: invalid glob `a/[b`: unclosed character class; missing ']'"]
    );
    assert_eq!(
        errors("[[overrides]]\nfiles = []\n"),
        ["whosaid.toml:2:9: `files` is empty: name at least one glob"]
    );
    assert_eq!(
        errors("[[overrides]]\nfiles = [\"x\"]\n[overrides.rules]\n\"source/vague\" = \"of\"\n"),
        ["whosaid.toml:4:18: invalid severity `of`: expected `off`, `info`, `warning` or `error`"]
    );
    assert_eq!(
        errors("[[overrides]]\nfiles = [\"x\"]\nrule = {}\n"),
        ["whosaid.toml:3:1: unknown field `rule`, expected `files` or `rules`"]
    );
    assert_eq!(
        errors("publisher = \"\"\nkb = [\"\"]\n"),
        [
            "whosaid.toml:1:13: empty `publisher`",
            "whosaid.toml:2:7: empty knowledge-base path",
        ]
    );
    // Columns count characters, not bytes.
    assert_eq!(
        errors("publisher = \"Укрінформ\" # агенція\nfail-level = 3\n"),
        ["whosaid.toml:2:14: invalid type: integer `3`, expected a string"]
    );
    let syntax = errors("fail-level = \"warning\n");
    assert_eq!(syntax.len(), 1);
    assert!(syntax[0].starts_with("whosaid.toml:1:"), "{syntax:?}");
}

#[test]
fn unreadable_and_binary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("whosaid.toml");
    fs::write(&path, b"publisher = \"\xff\xfe\"\n").unwrap();
    let err = Settings::load(&path).unwrap_err();
    assert_eq!(err.path, path);
    assert!(
        err.to_string().ends_with(
            "whosaid.toml: not valid UTF-8 (invalid byte at offset 13): a configuration file is TOML text"
        ),
        "{err}"
    );
    fs::write(&path, b"\0\x01\x02binary").unwrap();
    let err = Settings::load(&path).unwrap_err();
    assert!(err.to_string().contains("whosaid.toml:1:"), "{err}");
    let missing = Settings::load(&dir.path().join("nope.toml")).unwrap_err();
    assert!(
        missing.to_string().contains("nope.toml: cannot read: "),
        "{missing}"
    );
}

#[test]
fn to_toml_lists_every_rule_and_round_trips() {
    let s = parse(
        r#"
publisher = "Pravda \"UA\""
exclude = ["drafts/**"]
[rules]
"source/vague" = "off"
[[overrides]]
files = ["opinion/**"]
rules = { "quote/unattributed" = "info" }
"#,
    )
    .unwrap()
    .with_fail_level(FailLevel::Never);
    let dumped = s.to_toml();
    assert!(dumped.starts_with("# Settings from /news/whosaid.toml\nfail-level = \"never\"\n"));
    for entry in whosaid_check::rules() {
        assert!(
            dumped.contains(&format!("\n\"{}\" = ", entry.id)),
            "{}",
            entry.id
        );
    }
    assert!(dumped.contains("\"source/vague\" = \"off\"\n"));
    assert!(dumped.contains("\"quote/unclosed\" = \"error\"\n"));
    let again = parse(&dumped).unwrap();
    assert_eq!(again.to_toml(), dumped);
    assert_eq!(again.publisher(), Some("Pravda \"UA\""));
    assert_eq!(
        Settings::defaults(Path::new("/")).to_toml().lines().next(),
        Some("# Default settings (no configuration file)")
    );
}

#[test]
fn discovery_nearest_file_wins_alone() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("news/world/europe")).unwrap();
    fs::create_dir_all(root.join("news/sport")).unwrap();
    fs::create_dir_all(root.join("other")).unwrap();
    fs::write(
        root.join("whosaid.toml"),
        "publisher = \"UNN\"\nfail-level = \"info\"\n",
    )
    .unwrap();
    fs::write(
        root.join("news/.whosaid.toml"),
        "fail-level = \"warning\"\n",
    )
    .unwrap();
    // Both names in one directory: `whosaid.toml` wins.
    fs::write(
        root.join("news/world/whosaid.toml"),
        "fail-level = \"never\"\n",
    )
    .unwrap();
    fs::write(root.join("news/world/.whosaid.toml"), "nonsense = 1\n").unwrap();

    let d = Discovery::new(Mode::Discover);
    let at = |p: &str| d.for_file(&root.join(p)).unwrap();
    assert_eq!(at("a.md").fail_level(), FailLevel::Info);
    assert_eq!(at("other/a.md").publisher(), Some("UNN"));
    // The nearest file applies alone: no publisher inherited from above.
    let news = at("news/sport/a.md");
    assert_eq!(news.fail_level(), FailLevel::Warning);
    assert_eq!(news.publisher(), None);
    assert_eq!(news.path(), Some(root.join("news/.whosaid.toml").as_path()));
    let world = at("news/world/europe/a.md");
    assert_eq!(world.fail_level(), FailLevel::Never);
    // Cached: the same settings for every file of a directory, and for directories.
    assert!(Arc::ptr_eq(&news, &at("news/sport/b.md")));
    assert!(Arc::ptr_eq(&news, &at("news/x.md")));
    assert!(Arc::ptr_eq(
        &news,
        &d.for_dir(&root.join("news/sport")).unwrap()
    ));
    assert!(Arc::ptr_eq(&news, &d.for_path(&root.join("news")).unwrap()));
    // `..` is resolved before looking.
    assert_eq!(
        d.for_file(&root.join("news/world/../sport/c.md"))
            .unwrap()
            .fail_level(),
        FailLevel::Warning
    );

    assert_eq!(
        Discovery::new(Mode::Isolated)
            .for_file(&root.join("news/a.md"))
            .unwrap()
            .path(),
        None
    );
    let explicit = Discovery::new(Mode::Explicit(root.join("news/world/whosaid.toml")));
    assert_eq!(
        explicit.for_file(&root.join("a.md")).unwrap().fail_level(),
        FailLevel::Never
    );
    let broken = Discovery::new(Mode::Explicit(root.join("news/world/.whosaid.toml")));
    let err = broken.for_file(&root.join("a.md")).unwrap_err();
    assert_eq!(err.problems.len(), 1);
    assert_eq!(err.problems[0].position, Some((1, 1)));
}

#[test]
fn discovery_errors_are_cached_and_globs_are_relative_to_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("bad/deep")).unwrap();
    fs::create_dir_all(root.join("good/drafts")).unwrap();
    fs::write(
        root.join("bad/whosaid.toml"),
        "[rules]\n\"x/y\" = \"off\"\n",
    )
    .unwrap();
    fs::write(root.join("good/whosaid.toml"), "exclude = [\"drafts\"]\n").unwrap();
    let d = Discovery::new(Mode::Discover);
    let e1 = d.for_file(&root.join("bad/deep/a.md")).unwrap_err();
    let e2 = d.for_file(&root.join("bad/b.md")).unwrap_err();
    assert_eq!(e1, e2);
    assert_eq!(e1.problems[0].position, Some((2, 1)));
    let good = d.for_file(&root.join("good/drafts/a.md")).unwrap();
    assert!(good.is_excluded(&root.join("good/drafts/a.md")));
    assert!(!good.is_excluded(&root.join("good/a.md")));
}

#[test]
fn discovery_is_sync() {
    fn sync<T: Sync + Send>() {}
    sync::<Discovery>();
    sync::<Settings>();
}

#[test]
fn fail_levels() {
    assert!(FailLevel::Error.fails(Severity::Error));
    assert!(!FailLevel::Error.fails(Severity::Warning));
    assert!(FailLevel::Warning.fails(Severity::Warning));
    assert!(FailLevel::Info.fails(Severity::Info));
    assert!(!FailLevel::Never.fails(Severity::Error));
    for level in ["error", "warning", "info", "never"] {
        assert_eq!(
            level.parse::<FailLevel>().map(|l| l.to_string()),
            Ok(level.to_owned())
        );
    }
    assert!("Error".parse::<FailLevel>().is_err());
}
