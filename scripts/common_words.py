#!/usr/bin/env python3
"""Regenerate crates/whosaid-check/src/names/common_words.txt from the news corpora in ../shared.

The list holds English words of four letters or more that news writes in lowercase: each word
is written in lowercase (a whole word, not part of a hyphenated or possessive form) in at least
three documents of each of two of the three corpora (Reuters-21578, PolNeAR, and the Lee corpus,
where two documents suffice as it is small). A word that two unrelated corpora use as a common
word is a common word, whatever its use as a name (`White`, `West`, `While`): `name/misspelled`
does not take such a word, capitalised, for a misspelled surname.

Only the words are kept, sorted, one per line: no text of the corpora.

    python3 scripts/common_words.py ../shared > crates/whosaid-check/src/names/common_words.txt
"""

import collections
import json
import os
import re
import sys

WORD = re.compile(r"(?<![A-Za-z'’-])[a-z]{4,}(?![A-Za-z'’-])")


def document_frequency(paths):
    """How many documents write each lowercase word, over the JSON Lines files `paths`."""
    counts = collections.Counter()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                counts.update(set(WORD.findall(json.loads(line)["text"])))
    return counts


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    corpora = [
        (document_frequency([os.path.join(shared, "corpus/reuters21578.jsonl")]), 3),
        (
            document_frequency(
                [
                    os.path.join(shared, "eval/polnear-train.jsonl"),
                    os.path.join(shared, "eval/polnear-dev.jsonl"),
                ]
            ),
            3,
        ),
        (document_frequency([os.path.join(shared, "corpus/lee.jsonl")]), 2),
    ]
    words = set()
    for counts, _ in corpora:
        words.update(counts)
    common = sorted(
        w for w in words if sum(counts[w] >= least for counts, least in corpora) >= 2
    )
    print("# English words news writes in lowercase: scripts/common_words.py made this list.")
    for w in common:
        print(w)


if __name__ == "__main__":
    main()
