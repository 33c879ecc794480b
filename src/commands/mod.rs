//! One module per subcommand. Each exposes `run(args, ..., out) -> anyhow::Result<Status>`.

pub mod attributions;
pub mod kb;
