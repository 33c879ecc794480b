#!/usr/bin/env bash
# Fails when a committed insta snapshot (*.snap) was not read by any test of the run whose
# references are listed in $1 (insta appends one path per snapshot it reads to the file named by
# INSTA_SNAPSHOT_REFERENCES_FILE), or when a pending *.snap.new is lying around.
# The same check as `cargo insta test --unreferenced=reject`, without installing cargo-insta.
set -euo pipefail
refs="$1"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd -P)"
status=0
if [ ! -s "$refs" ]; then
    echo "error: $refs lists no snapshot: was the test run given INSTA_SNAPSHOT_REFERENCES_FILE?" >&2
    exit 1
fi
# Referenced snapshots, relative to the root, one per line.
referenced="$(mktemp)"
while IFS= read -r path; do
    realpath -m --relative-to="$root" "$path"
done <"$refs" | sort -u >"$referenced"
while IFS= read -r snap; do
    if ! grep -qxF "$snap" "$referenced"; then
        echo "error: unreferenced snapshot (no test reads it; delete it or restore its test): $snap" >&2
        status=1
    fi
done < <(git ls-files --cached --others --exclude-standard -- '*.snap' | sort)
while IFS= read -r pending; do
    echo "error: pending snapshot (review it, then accept or delete it): $pending" >&2
    status=1
done < <(git ls-files --others --exclude-standard -- '*.snap.new' '*.pending-snap')
rm -f "$referenced"
exit "$status"
