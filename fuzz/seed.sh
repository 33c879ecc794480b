#!/usr/bin/env bash
# Copies the repository's fixtures into fuzz/corpus/<target>/ as seed corpora. The corpora are
# generated (and grow while fuzzing), so they are not committed: run this before fuzzing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=..

seed() { # seed TARGET FILE...
    local target=$1
    shift
    mkdir -p "corpus/$target"
    local file
    for file in "$@"; do
        # Names from the path, so that reseeding overwrites rather than duplicates.
        cp "$file" "corpus/$target/seed-$(echo "${file#"$root"/}" | tr '/' '_')"
    done
}

mapfile -t articles < <(find "$root/fixtures" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | sort)
for target in text parse pipeline; do
    seed "$target" "${articles[@]}"
done
mapfile -t kbs < <(find "$root/crates/whosaid-kb/data" -name '*.toml' | sort)
seed kb "${kbs[@]}" seeds/kb/*.toml
mapfile -t configs < <(find "$root/fixtures" -type f -name '*.toml' | sort)
seed config "${configs[@]}"
echo "seeded: $(for t in corpus/*; do printf '%s=%s ' "${t#corpus/}" "$(ls "$t" | wc -l)"; done)"
