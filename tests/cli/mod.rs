//! Tests of the command line, one module per command or concern.

mod attributions;
mod bad_input;
mod chains;
mod check;
mod config;
mod formats;
mod inputs;
mod kb;
mod positions;
mod suppress;
mod usage;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root, where `fixtures/` lives.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `whosaid` binary, run in the repository root (so paths in output are relative and the
/// same on every machine) with colour and terminal-dependent settings pinned.
pub fn whosaid() -> Command {
    whosaid_in(&root())
}

/// The `whosaid` binary run in `dir`.
pub fn whosaid_in(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_whosaid"));
    cmd.current_dir(dir);
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("CLICOLOR_FORCE");
    cmd
}
