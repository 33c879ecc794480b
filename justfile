# whosaid tasks. Nothing here is required: every recipe is one cargo command you can run yourself.

# List the recipes.
default:
    @just --list

# Everything CI runs: exactly .ci/run (fmt check, clippy, tests with insta in CI mode).
ci:
    bash .ci/run

# Run every test of the workspace.
test:
    cargo test --workspace

# Format every crate.
fmt:
    cargo fmt --all

# Clippy on every target, warnings as errors.
lint:
    cargo clippy --workspace --all-targets -- -D warnings

# Review changed insta snapshots (needs cargo-insta: `cargo install cargo-insta`).
snap:
    @if cargo insta --version >/dev/null 2>&1; then cargo insta review; else echo "cargo-insta is not installed: cargo install cargo-insta (or accept *.snap.new files by hand)"; exit 1; fi

# Every crate's benchmarks (divan; bytes per second over ../shared/corpus, else a synthetic one).
bench:
    cargo bench --workspace

# Regenerate BENCHMARKS.md: the benchmarks and the command line end to end (release).
benchmarks:
    scripts/benchmarks.sh
# Fuzz every target for SECONDS each (needs nightly and cargo-fuzz: `cargo install cargo-fuzz`),
# after seeding fuzz/corpus/ from fixtures/. Crashes are saved under fuzz/artifacts/<target>/.
fuzz seconds="30":
    fuzz/seed.sh
    cd fuzz && for t in text parse pipeline kb config; do \
        cargo +nightly fuzz run -a "$t" -- -max_total_time={{seconds}} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 || exit 1; \
    done
