//! Reading inputs: standard input, JSON Lines, directory walks, and inputs that cannot be read.

use std::fs;

use insta_cmd::assert_cmd_snapshot;

use super::{whosaid, whosaid_in};

#[test]
fn jsonl_from_stdin() {
    let input = concat!(
        r#"{"id": 7, "text": "The minister said the talks would resume.", "section": "world"}"#,
        "\n",
        r#"{"id": "b-2", "text": "“We will not,” he said.", "publisher": "UNN", "date": "2025-04-23"}"#,
        "\n",
    );
    assert_cmd_snapshot!(whosaid()
        .args(["attributions", "--input", "jsonl", "--format", "jsonl", "-"])
        .pass_stdin(input));
}

#[test]
fn jsonl_from_stdin_as_json() {
    let input = concat!(
        r#"{"id": 1.5, "text": "Officials declined to comment.", "title": "Talks"}"#,
        "\n",
        r##"{"id": "x", "text": "# Heading\n\nShe said so.", "format": "markdown"}"##,
        "\n",
    );
    assert_cmd_snapshot!(whosaid()
        .args(["attributions", "--input", "jsonl", "--format", "json", "-"])
        .pass_stdin(input));
}

/// A malformed line is reported with its line number; the lines around it are still processed
/// and the run exits 2.
#[test]
fn jsonl_malformed_line() {
    let input = concat!(
        r#"{"id": "first", "text": "He said yes."}"#,
        "\n",
        r#"{"id": "second", "text": "unterminated}"#,
        "\n",
        "\n",
        r#"{"text": "no id"}"#,
        "\n",
        r#"{"id": ["not", "an", "id"], "text": "x"}"#,
        "\n",
        r#"{"id": "last", "text": "She said no."}"#,
        "\n",
    );
    assert_cmd_snapshot!(whosaid()
        .args(["attributions", "--input", "jsonl", "--format", "jsonl", "-"])
        .pass_stdin(input));
}

#[test]
fn jsonl_human() {
    let input = r#"{"id": 42, "text": "The ministry said talks were over."}"#;
    assert_cmd_snapshot!(whosaid()
        .args(["attributions", "--input", "jsonl", "-"])
        .pass_stdin(input));
}

#[test]
fn text_from_stdin_with_filename() {
    let input = "---\npublisher: UNN\n---\n\n\"Yes,\" she said.\n";
    assert_cmd_snapshot!(whosaid()
        .args([
            "attributions",
            "--format",
            "jsonl",
            "--stdin-filename",
            "note.md",
            "-"
        ])
        .pass_stdin(input));
}

#[test]
fn missing_file_among_good_ones() {
    assert_cmd_snapshot!(whosaid().args([
        "attributions",
        "--format",
        "jsonl",
        "fixtures/unn-london-talks.txt",
        "fixtures/no-such-article.txt",
        "fixtures/markdown/front-matter.md",
    ]));
}

#[test]
fn invalid_utf8_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("good.txt"), "He said it was fine.\n").expect("write");
    fs::write(
        dir.path().join("bad.txt"),
        b"Kyiv\xe2\x80\x99s reply: \xff\xfe said.\n",
    )
    .expect("write");
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "attributions",
        "--format",
        "jsonl",
        "bad.txt",
        "good.txt"
    ]));
}

/// A directory is walked in path order: .txt, .md and .markdown files only, hidden and
/// .gitignore'd files skipped.
#[test]
fn directory_walk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = dir.path().join("articles");
    fs::create_dir_all(articles.join("b")).expect("mkdir");
    fs::create_dir_all(articles.join("drafts")).expect("mkdir");
    let files = [
        ("z.txt", "Last."),
        ("a.md", "---\npublisher: UNN\n---\nFirst."),
        ("b/c.txt", "Nested."),
        ("b/d.markdown", "Nested markdown."),
        ("notes.html", "<p>Read as HTML.</p>"),
        ("notes.json", "{\"not\": \"read\"}"),
        ("ignored.txt", "Ignored."),
        ("drafts/wip.md", "Ignored."),
        (".hidden.txt", "Hidden."),
        (".gitignore", "ignored.txt\ndrafts/\n"),
    ];
    for (name, text) in files {
        fs::write(articles.join(name), text).expect("write");
    }
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "attributions",
        "--format",
        "jsonl",
        "articles"
    ]));
}

/// With `--input jsonl`, a directory walk reads .jsonl and .ndjson files.
#[test]
fn jsonl_directory_walk() {
    let dir = tempfile::tempdir().expect("tempdir");
    let batches = dir.path().join("batches");
    fs::create_dir_all(&batches).expect("mkdir");
    let files = [
        ("b.ndjson", "{\"id\": \"b1\", \"text\": \"B.\"}\n"),
        (
            "a.jsonl",
            "{\"id\": \"a1\", \"text\": \"A.\"}\n{\"id\": \"a2\", \"text\": \"A2.\"}\n",
        ),
        ("c.txt", "not read"),
    ];
    for (name, text) in files {
        fs::write(batches.join(name), text).expect("write");
    }
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "attributions",
        "--input",
        "jsonl",
        "--format",
        "jsonl",
        "batches"
    ]));
}

/// The output of every command and format is the same byte for byte on 1 and on 4 threads, over
/// all of `fixtures/` (documents of every size, read in path order), and so is the exit code.
#[test]
fn same_output_whatever_the_thread_count() {
    let runs: &[&[&str]] = &[
        &["check", "--fail-level", "never", "--format", "json"],
        &["check", "--format", "human", "--date", "2025-04-23"],
        &["attributions", "--format", "jsonl"],
        &["attributions", "--format", "human"],
        &["chains", "--format", "human"],
        &["chains", "--format", "dot"],
    ];
    for args in runs {
        let output = |threads: &str| {
            whosaid()
                .args(*args)
                .args(["-j", threads, "fixtures"])
                .output()
                .expect("whosaid runs")
        };
        let one = output("1");
        let four = output("4");
        assert!(one.stdout.len() > 1000, "{args:?}: too little output");
        assert_eq!(one.status.code(), four.status.code(), "{args:?}");
        assert!(one.stdout == four.stdout, "{args:?}: output differs");
        assert_eq!(one.stderr, four.stderr, "{args:?}");
    }
}

/// JSON Lines records travel between threads in batches (of up to 128 documents): over many
/// batches of documents of every size, the output is the same byte for byte on 1 and on 4
/// threads, one result a record in input order.
#[test]
fn jsonl_same_output_over_many_batches() {
    // Every article of `fixtures/`, plain text and Markdown.
    let mut texts = Vec::new();
    let mut dirs = vec![super::root().join("fixtures")];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir).expect("a fixtures directory") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if let Some(format) = match path.extension().and_then(|e| e.to_str()) {
                Some("txt") => Some("plain"),
                Some("md") => Some("markdown"),
                _ => None,
            } {
                texts.push((format, fs::read_to_string(&path).expect("read")));
            }
        }
    }
    texts.sort();
    assert!(texts.len() > 20, "too few fixtures: {}", texts.len());
    // Some 1,000 records: every fixture many times, among one-line ones, so that batches end
    // by count and by size, and Markdown among plain text.
    let mut lines = String::new();
    let mut id = 0;
    while id < 1000 {
        for (format, text) in &texts {
            let (format, text) = if id % 3 == 0 {
                ("plain", "He said yes.")
            } else {
                (*format, text.as_str())
            };
            let record = serde_json::json!({"id": id, "text": text, "format": format});
            lines.push_str(&record.to_string());
            lines.push('\n');
            id += 1;
        }
    }
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("many.jsonl"), &lines).expect("write");
    let runs: [&[&str]; 2] = [
        &["attributions"],
        &["check", "--fail-level", "never", "--date", "2025-04-23"],
    ];
    for args in runs {
        let command = args[0];
        let output = |threads: &str| {
            whosaid_in(dir.path())
                .args(args)
                .args(["--input", "jsonl", "--format", "jsonl"])
                .args(["-j", threads, "many.jsonl"])
                .output()
                .expect("whosaid runs")
        };
        let one = output("1");
        let four = output("4");
        assert_eq!(
            one.status.code(),
            Some(0),
            "{command}: {}",
            String::from_utf8_lossy(&one.stderr)
        );
        let ids: Vec<u64> = String::from_utf8_lossy(&one.stdout)
            .lines()
            .map(|l| {
                serde_json::from_str::<serde_json::Value>(l).expect("a JSON line")["id"]
                    .as_u64()
                    .expect("an id")
            })
            .collect();
        assert_eq!(
            ids,
            (0..id).collect::<Vec<u64>>(),
            "{command}: one result a record, in order"
        );
        assert!(one.stdout == four.stdout, "{command}: output differs");
        assert_eq!(one.status.code(), four.status.code(), "{command}");
    }
}

/// `--exclude` leaves matching files out of a walk, `--file-list` adds the paths it lists, a
/// binary file found by a walk is skipped quietly and a binary file named is an error (exit 2)
/// while the others are still read.
#[test]
fn exclude_file_list_and_binary_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = dir.path().join("articles");
    fs::create_dir_all(articles.join("drafts")).expect("mkdir");
    let files: [(&str, &[u8]); 5] = [
        ("a.md", b"First."),
        ("b.draft.md", b"Excluded by glob."),
        ("drafts/c.md", b"Excluded directory."),
        ("image.txt", b"GIF89a\x00\x01binary"),
        ("d.txt", b"Listed."),
    ];
    for (name, bytes) in files {
        fs::write(articles.join(name), bytes).expect("write");
    }
    fs::write(
        dir.path().join("list.txt"),
        "articles/d.txt\n\narticles/image.txt\n",
    )
    .expect("write");
    assert_cmd_snapshot!(whosaid_in(dir.path()).args([
        "attributions",
        "--format",
        "jsonl",
        "--exclude",
        "*.draft.md",
        "--exclude",
        "drafts/",
        "--file-list",
        "list.txt",
        "articles",
    ]));
}

/// `--file-list -` reads the list from standard input, with no other path needed.
#[test]
fn file_list_from_stdin() {
    assert_cmd_snapshot!(whosaid()
        .args(["check", "--format", "jsonl", "--file-list", "-"])
        .pass_stdin(
            "fixtures/rules/source-vague/fires.md\nfixtures/rules/quote-unclosed/fires.md\n"
        ));
}
