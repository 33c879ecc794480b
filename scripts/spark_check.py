#!/usr/bin/env python3
"""Run `whosaid check` as the map step of Apache Spark, over a JSON Lines corpus.

Each partition of the input is piped through one `whosaid check --input jsonl --format jsonl`
process (`RDD.pipe`); the output lines (one per input document, each with its `id`) are
collected, sorted by id, and written to OUTPUT, one line per document. Sorted by id, the
output is byte-identical to a single `whosaid check --input jsonl --format jsonl` run on the
same input, sorted the same way (`--compare` runs that and checks it).

    python3 -m pip install pyspark        # Java 17 must be on PATH
    python3 scripts/spark_check.py --whosaid target/release/whosaid \
        --workers 2 ../shared/corpus/reuters21578.jsonl /tmp/spark-out.jsonl --compare \
        -- --date 1987-06-01 --publisher Reuters

Local mode (`local[N]`) runs on this machine; on a cluster, pass `--master` and make the
whosaid binary available on every worker (e.g. `spark-submit --files target/release/whosaid`).
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time


def sort_by_id(lines):
    """Lines of whosaid's jsonl output, sorted by the document id (strings and numbers kept
    apart so that the order is total)."""

    def key(line):
        doc_id = json.loads(line)["id"]
        return (0, doc_id, "") if isinstance(doc_id, (int, float)) else (1, 0, str(doc_id))

    return sorted(lines, key=key)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        usage="%(prog)s [options] input output [-- WHOSAID_CHECK_ARGS...]")
    parser.add_argument("input", help="a JSON Lines corpus: one {\"id\", \"text\", ...} a line")
    parser.add_argument("output", help="where the sorted results are written (JSON Lines)")
    parser.add_argument("--whosaid", default="whosaid", help="the whosaid binary")
    parser.add_argument("--workers", type=int, default=2, help="local worker threads")
    parser.add_argument("--master", default=None, help="a Spark master (default: local[WORKERS])")
    parser.add_argument("--partitions", type=int, default=None,
                        help="input partitions (default: 2 per worker)")
    parser.add_argument("--compare", action="store_true",
                        help="also run whosaid alone and check the outputs are identical")
    # Everything after `--` is for `whosaid check`.
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    args = parser.parse_args(argv)
    args.whosaid_args = extra

    from pyspark import SparkConf, SparkContext  # imported late: --help works without it

    # Spark's Python workers run PYSPARK_PYTHON, else `python3` from PATH, which may lack
    # pyspark (a virtual environment not activated): this interpreter has it.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)

    whosaid = os.path.abspath(args.whosaid) if os.path.exists(args.whosaid) else args.whosaid
    # One thread per process: Spark runs one process per partition, the parallelism is Spark's.
    command = [whosaid, "check", "--input", "jsonl", "--format", "jsonl",
               "--fail-level", "never", "-j", "1", *args.whosaid_args, "-"]

    conf = (SparkConf().setAppName("whosaid").setMaster(args.master or f"local[{args.workers}]")
            # No progress bar on stderr, where the timings are written.
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.monotonic()
    lines = sc.textFile(args.input, minPartitions=args.partitions or 2 * args.workers)
    # checkCode: a whosaid that fails (exit 2: a malformed line) fails the job.
    results = lines.pipe(shlex.join(command), checkCode=True).collect()
    spark_seconds = time.monotonic() - started
    sc.stop()

    results = sort_by_id(results)
    with open(args.output, "w", encoding="utf-8") as out:
        for line in results:
            out.write(line + "\n")
    print(f"spark: {len(results)} documents in {spark_seconds:.2f} s "
          f"({args.master or f'local[{args.workers}]'})", file=sys.stderr)

    if args.compare:
        started = time.monotonic()
        alone = subprocess.run([c for c in command if c != "-"] + [args.input],
                               check=False, capture_output=True, text=True)
        alone_seconds = time.monotonic() - started
        if alone.returncode != 0:
            sys.exit(f"whosaid alone failed ({alone.returncode}): {alone.stderr}")
        expected = sort_by_id(alone.stdout.splitlines())
        same = expected == results
        print(f"whosaid alone (-j 1): {len(expected)} documents in {alone_seconds:.2f} s; "
              f"{'identical' if same else 'DIFFERENT'} after sorting by id", file=sys.stderr)
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
