#!/usr/bin/env python3
"""Regenerate crates/whosaid-check/src/names/common_surnames.txt: the most common US surnames.

The list is the first 5,000 surnames of the 1990 US Census surname list (public domain, as
every work of the US government), as the PyPI package `names` 0.3.0 (MIT) ships it in
`names/dist.all.last`, ranked by frequency. `name/misspelled` does not take a surname this
common for a slip of a knowledge-base person's whose first name it follows: `John Kerr` is a
Kerr, not a misspelled John Kerry, and `Mike Johnston` no misspelled Mike Johnson. Lowercase,
sorted, one per line, after a comment line.

    python3 scripts/common_surnames.py > crates/whosaid-check/src/names/common_surnames.txt

It downloads the package (from the package registry, with pip) into a temporary directory.
"""

import io
import subprocess
import sys
import tarfile
import tempfile

PACKAGE = "names==0.3.0"
MEMBER = "names-0.3.0/names/dist.all.last"
COUNT = 5000


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "-q", "-d", tmp, PACKAGE],
            check=True,
        )
        with tarfile.open(f"{tmp}/names-0.3.0.tar.gz") as tar:
            data = tar.extractfile(MEMBER).read().decode("ascii")
    ranked = []
    for line in io.StringIO(data):
        fields = line.split()
        if len(fields) == 4:
            ranked.append((int(fields[3]), fields[0].lower()))
    ranked.sort()
    words = sorted({name for _, name in ranked[:COUNT] if name.isalpha()})
    print(f"# The {COUNT} most common US surnames (1990 Census): scripts/common_surnames.py made this list.")
    for word in words:
        print(word)


if __name__ == "__main__":
    main()
