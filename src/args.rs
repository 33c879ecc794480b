//! Command-line arguments (clap derive). One struct per subcommand; flags shared by several
//! commands live in flattened groups ([`InputArgs`], [`OutputArgs`]).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Finds attributions in news text: who said what, to whom, through whom.
#[derive(Debug, Parser)]
#[command(
    name = "whosaid",
    version,
    propagate_version = true,
    arg_required_else_help = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// When to colour the output: `auto` colours only when stdout is a terminal and NO_COLOR is
    /// unset.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true, display_order = 900)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Checks the sourcing: misspelled names, broken quotes, weak and anonymous sources,
    /// reporting chains that end in nobody. Exit 1 when a finding reaches `--fail-level`.
    Check(CheckArgs),

    /// Lists the attributions the parser finds: cue, source, content, recipient, medium,
    /// anonymity and the attribution each one is reported through.
    Attributions(AttributionsArgs),

    /// Shows the reporting chain of every claim: from the publisher, through the outlets and
    /// people it passed, to its origin.
    Chains(ChainsArgs),

    /// Checks knowledge-base files and shows what a name resolves to.
    Kb(KbArgs),

    /// Lists every rule of `check`: id, default severity and summary.
    Rules,

    /// Shows the full documentation of one rule of `check`.
    Explain {
        /// The rule's id, as `whosaid rules` lists it (`source/vague`).
        #[arg(value_name = "RULE")]
        rule: String,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub analysis: AnalysisArgs,

    /// The articles' date, for titles held on a date (default: the front matter's `date:`,
    /// else today).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<whosaid_kb::Date>,

    /// The lowest severity that makes the run fail (exit 1); `never` always exits 0 when every
    /// input was read. Wins over the configuration file's `fail-level` [default: error].
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub fail_level: Option<FailLevel>,

    /// Exit 0 even when findings reach the fail level (still 2 when an input or a
    /// configuration file could not be read).
    #[arg(long)]
    pub no_exit_code: bool,

    /// Print the effective settings for the first PATH (or the current directory) as TOML,
    /// every rule at its severity, and exit.
    #[arg(long)]
    pub dump_config: bool,

    /// Output format: `human` (annotated snippets), `brief` (one `path:line:col: severity[rule]
    /// message` line per finding), `json` (one object for the whole run), `jsonl` (one object a
    /// line per document), `yaml` (the shape of `json` in YAML), `sarif` (SARIF 2.1.0, for
    /// GitHub code scanning), `github` (GitHub Actions annotations, then the human report) or
    /// `rdjson` (reviewdog's diagnostic format).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human, value_name = "FORMAT")]
    pub format: CheckFormat,
}

/// The output formats of `check`: those of `attributions` and the ones CI systems read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Annotated snippets for a person at a terminal.
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Brief,
    /// One pretty JSON object: {"version": 1, "documents": [...]}.
    Json,
    /// One compact JSON object a line, one line per document.
    Jsonl,
    /// SARIF 2.1.0: one log, one run, every rule, a result per finding.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=...::message`), then the human report.
    Github,
    /// reviewdog's Diagnostic Format, as one `DiagnosticResult` object (rdjson).
    Rdjson,
    /// The JSON output's shape as one YAML document.
    Yaml,
}

pub use whosaid_config::FailLevel;

#[derive(Debug, Args)]
pub struct ChainsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    #[command(flatten)]
    pub analysis: AnalysisArgs,

    /// Output format: `human` (a tree per claim), `json` / `jsonl` / `yaml` (as
    /// `attributions`, with entities and chains), `dot` (Graphviz) or `mermaid` (a flowchart
    /// per document).
    #[arg(long, value_enum, default_value_t = ChainFormat::Human, value_name = "FORMAT")]
    pub format: ChainFormat,
}

/// What resolution needs besides the text.
#[derive(Debug, Args)]
pub struct AnalysisArgs {
    /// A knowledge-base file (TOML) merged over the default one (repeatable; later files win).
    #[arg(long = "kb", value_name = "FILE")]
    pub kb: Vec<PathBuf>,

    /// The publisher of the documents (overrides front matter, the configuration file and
    /// self-references).
    #[arg(long, value_name = "NAME")]
    pub publisher: Option<String>,

    /// The configuration file to use for every input, instead of the `whosaid.toml` (or
    /// `.whosaid.toml`) found at or above each input's directory.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,

    /// Use no configuration file: the default settings for every input.
    #[arg(long)]
    pub isolated: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChainFormat {
    /// A tree per claim for a person at a terminal.
    Human,
    /// One pretty JSON object: {"version": 1, "documents": [...]}.
    Json,
    /// One compact JSON object a line, one line per document.
    Jsonl,
    /// The JSON output's shape as one YAML document.
    Yaml,
    /// Graphviz: one digraph per document.
    Dot,
    /// Mermaid: one flowchart per document.
    Mermaid,
}

#[derive(Debug, Args)]
pub struct KbArgs {
    #[command(subcommand)]
    pub command: KbCommand,
}

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Validates knowledge-base files (TOML): each alone, and merged over the default
    /// knowledge base. Errors go to stderr as `file:line:column: message`; exit 2 on any.
    Check {
        /// The files to check.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Shows every entry a name resolves to: name, kind, id, how it matched, aliases and, for
    /// people, their roles. Exit 1 when nothing matches.
    Find {
        /// The name to look up ("WP", "Rubio", "J. D. Vance").
        name: String,

        /// A knowledge-base file merged over the default one (repeatable; later files win).
        #[arg(long = "kb", value_name = "FILE")]
        kb: Vec<PathBuf>,

        /// The date roles are shown as held on (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<whosaid_kb::Date>,
    },
}

#[derive(Debug, Args)]
pub struct AttributionsArgs {
    #[command(flatten)]
    pub input: InputArgs,

    /// Only the outermost attributions: leave out those reported through another (an
    /// attribution with a `parent`), as PolNeAR annotates. Ids keep their values.
    #[arg(long)]
    pub outermost: bool,

    #[command(flatten)]
    pub analysis: AnalysisArgs,

    #[command(flatten)]
    pub output: OutputArgs,
}

/// Where documents come from and how they are read.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files to read, directories to walk (recursively, in path order, skipping hidden and
    /// .gitignore'd files: .txt, .md, .markdown, .html and .htm files, or .jsonl and .ndjson
    /// files with `--input jsonl`), or `-` for standard input.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How inputs are read: `text` (each file is one document; .md and .markdown are Markdown,
    /// .html and .htm HTML, anything else plain text) or `jsonl` (one JSON document a line:
    /// {"id", "text", "publisher"?, "date"?, "title"?, "format"?}).
    #[arg(long, value_enum, default_value_t = InputFormat::Text, value_name = "FORMAT")]
    pub input: InputFormat,

    /// The name shown for standard input; its extension picks the format (.md -> Markdown).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,

    /// Leave out of directory walks the files and directories matching GLOB (gitignore syntax,
    /// relative to the directory walked: `drafts/`, `*.draft.md`); repeatable. Files named on
    /// the command line are always read.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,

    /// Also read the paths listed in FILE, one a line (`-`: standard input), as if named on
    /// the command line: e.g. `git diff --name-only main | whosaid check --file-list -`.
    #[arg(long, value_name = "FILE")]
    pub file_list: Option<PathBuf>,

    /// Documents analysed at once (default: one per core). The output is the same whatever
    /// the number.
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// The largest document read, in bytes (a suffix K, M or G multiplies by 1024, 1024² or
    /// 1024³; 0: no limit). A larger file, or a JSON Lines record whose text is larger, is an
    /// error and skipped; the other inputs are still read.
    //
    // Why 16 MiB: news articles are kilobytes and the longest reports a few hundred; the
    // analysis of one document holds a few times its size in memory, on every thread and for
    // up to 4 batches a thread in flight (128 documents or 1 MB of text, or one larger
    // document), so the limit keeps a stray export or log file from exhausting a CI runner
    // while leaving a wide margin for real text.
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_size)]
    pub max_size: u64,
}

/// `1234`, `512K`, `16M`, `1G` (binary multiples, any case) to bytes.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let (digits, unit) = match text.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&text[..i], c.to_ascii_uppercase()),
        _ => (text, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err(format!("unknown unit `{unit}` (use K, M or G)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{text}` is not a size in bytes (e.g. 1048576, 512K, 16M)"))?;
    n.checked_mul(1 << shift)
        .ok_or_else(|| format!("`{text}` is too large"))
}

impl InputArgs {
    /// The number of threads to run on.
    pub fn threads(&self) -> usize {
        self.threads
            .map_or_else(crate::pipeline::default_threads, usize::from)
    }

    /// The size limit of a document, `None` when there is none (`--max-size 0`).
    pub fn max_size(&self) -> Option<u64> {
        (self.max_size > 0).then_some(self.max_size)
    }
}

/// How results are written.
#[derive(Debug, Args)]
pub struct OutputArgs {
    /// Output format: `human` (annotated snippets), `json` (one object for the whole run),
    /// `jsonl` (one object a line per document) or `yaml` (the shape of `json` in YAML).
    #[arg(long, value_enum, default_value_t = OutputFormat::Human, value_name = "FORMAT")]
    pub format: OutputFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormat {
    /// Each file (or standard input) is one document.
    Text,
    /// One JSON document a line.
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Annotated snippets for a person at a terminal.
    Human,
    /// One pretty JSON object: {"version": 1, "documents": [...]}.
    Json,
    /// One compact JSON object a line, one line per document.
    Jsonl,
    /// The JSON output's shape as one YAML document.
    Yaml,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("1234"), Ok(1234));
        assert_eq!(parse_size("0"), Ok(0));
        assert_eq!(parse_size("512k"), Ok(512 * 1024));
        assert_eq!(parse_size("16M"), Ok(16 << 20));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert_eq!(parse_size("2b"), Ok(2));
        assert!(parse_size("16T").is_err());
        assert!(parse_size("M").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999G").is_err());
    }
}
