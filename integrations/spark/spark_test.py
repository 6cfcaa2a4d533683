#!/usr/bin/env python3
"""`make spark-test`: lint a corpus made from corpora/ on Spark (local[2]) and check that the
results and the summary are identical to a run of mtlint on one machine.

1. A corpus of records is generated from the paragraphs of corpora/*/*.txt, repeated with
   numbered ids; most records give their language, some do not; each has a pass-through
   field; a few lines are not records (they must come back as error results in place).
2. One machine: `mtlint check --input-format jsonl --format jsonl` over the whole corpus, and
   `mtlint summary --format json` over its results.
3. Spark, JSON Lines in and out, the binary shipped with --files: the part files,
   concatenated in order, must be byte for byte the results of step 2, and summary.json
   byte for byte its summary.
4. Spark, Parquet in and out (the corpus' records written as Parquet): every record's
   result must hold the same fields as in step 2, and summary.json must be byte for byte
   the summary of step 2's results of those records.

Exit code 0 when everything is identical, 1 otherwise. MTLINT_BIN chooses the binary
(default .build/debug/mtlint); SPARK_TEST_COPIES how many times the paragraphs repeat.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyspark

ROOT = Path(__file__).resolve().parents[2]
JOB = ROOT / "integrations" / "spark" / "mtlint_spark.py"
MTLINT = Path(os.environ.get("MTLINT_BIN", ROOT / ".build" / "debug" / "mtlint")).resolve()
COPIES = int(os.environ.get("SPARK_TEST_COPIES", "20"))
PARTITIONS = 4
# Lines that are not records, put at fixed places in the corpus.
BROKEN = {7: "not a record", 100: "", 333: '{"id":"no-text"}'}


def corpus_records():
    """Records from the corpora's paragraphs, in a fixed order."""
    paragraphs = []
    for path in sorted((ROOT / "corpora").glob("*/*.txt")):
        language = path.parent.name
        for index, paragraph in enumerate(path.read_text(encoding="utf-8").split("\n\n")):
            if paragraph.strip():
                paragraphs.append((f"{language}/{path.stem}#{index + 1}", language, paragraph.strip()))
    records = []
    for copy in range(COPIES):
        for name, language, text in paragraphs:
            record = {"id": f"{name}/{copy}", "text": text}
            if len(records) % 3 != 2:
                record["language"] = language
            record["n"] = len(records)
            records.append(record)
    return records


def run(argv, **options):
    print("+", " ".join(str(a) for a in argv), flush=True)
    return subprocess.run([str(a) for a in argv], check=True, **options)


def spark_submit(*arguments):
    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    environment = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    run([submit, "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.ui.showConsoleProgress=false",
         "--conf", "spark.log.level=WARN", "--conf", "spark.sql.shuffle.partitions=4",
         "--files", MTLINT, JOB, *arguments], env=environment, stdout=subprocess.DEVNULL)


def parquet_corpus(records, path):
    """The corpus' records as Parquet, with Spark itself (no other Parquet library)."""
    from pyspark.sql import SparkSession, types as T
    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false") \
        .config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "WARN").appName("mtlint-corpus").getOrCreate()
    schema = T.StructType([T.StructField("id", T.StringType()), T.StructField("text", T.StringType()),
                           T.StructField("language", T.StringType()), T.StructField("n", T.LongType())])
    rows = [(r["id"], r["text"], r.get("language"), r["n"]) for r in records]
    spark.createDataFrame(rows, schema).repartition(PARTITIONS).write.parquet(str(path))
    spark.stop()


def read_parquet_results(path):
    from pyspark.sql import SparkSession
    spark = SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false") \
        .config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "WARN").appName("mtlint-check").getOrCreate()
    rows = [row.asDict(recursive=True) for row in spark.read.parquet(str(path)).collect()]
    spark.stop()
    return rows


def main():
    if not MTLINT.exists():
        sys.exit(f"spark-test: no mtlint at {MTLINT}; build it first (make build)")
    work = Path(tempfile.mkdtemp(prefix="mtlint-spark-"))
    failures = []
    checks = {}
    try:
        records = corpus_records()
        lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
        for index in sorted(BROKEN):
            lines.insert(index, BROKEN[index])
        corpus = work / "corpus.jsonl"
        corpus.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"spark-test: {len(lines)} lines ({len(records)} records), {corpus.stat().st_size} bytes", flush=True)

        # One machine.
        check = [MTLINT, "check", "--input-format", "jsonl", "--format", "jsonl", "--no-config", "--quiet"]
        expected = subprocess.run([str(a) for a in check + [corpus]], capture_output=True).stdout
        (work / "expected.jsonl").write_bytes(expected)
        expected_summary = run([MTLINT, "summary", "--format", "json", work / "expected.jsonl"], capture_output=True).stdout
        expected_lines = expected.decode("utf-8").splitlines()
        if len(expected_lines) != len(lines):
            failures.append(f"one machine wrote {len(expected_lines)} results for {len(lines)} lines")

        # Spark, JSON Lines.
        spark_submit("--input", corpus, "--output", work / "out-jsonl", "--partitions", PARTITIONS, "--mtlint", "mtlint")
        parts = sorted(glob.glob(str(work / "out-jsonl" / "records" / "part-*")))
        got = b"".join(Path(part).read_bytes() for part in parts)
        if len(parts) < 2:
            failures.append(f"Spark wrote {len(parts)} part files; the test needs several partitions")
        if got != expected:
            failures.append(f"the JSON Lines results differ from one machine's ({len(got)} and {len(expected)} bytes)")
        summary = (work / "out-jsonl" / "summary.json").read_bytes()
        if summary != expected_summary:
            failures.append("summary.json (JSON Lines) differs from one machine's:\n  " + summary.decode() + "  " + expected_summary.decode())
        checks["JSON Lines results"] = len(parts) >= 2 and got == expected and len(expected_lines) == len(lines)
        checks["JSON Lines summary"] = summary == expected_summary
        print(f"spark-test: JSON Lines: {len(parts)} part files, {len(got)} bytes of results", flush=True)

        # Spark, Parquet.
        parquet_corpus(records, work / "corpus.parquet")
        spark_submit("--input", work / "corpus.parquet", "--output", work / "out-parquet", "--output-format", "parquet",
                     "--mtlint", "mtlint")
        wanted = [w for w in map(json.loads, expected_lines) if "error" not in w]
        valid_results = work / "expected-valid.jsonl"
        valid_results.write_text("".join(json.dumps(w, ensure_ascii=False) + "\n" for w in wanted), encoding="utf-8")
        valid_summary = run([MTLINT, "summary", "--format", "json", valid_results], capture_output=True).stdout
        rows = {row["id"]: row for row in read_parquet_results(work / "out-parquet" / "records")}
        mismatches = 0
        for want in wanted:
            row = rows.get(want["id"])
            fields = ("language", "languageSource", "languageReason", "words", "score", "n")
            same = row is not None and all(row.get(f) == want.get(f) for f in fields) and row.get("error") is None
            same = same and [(d["rule"], d["offset"], d["length"], d["utf16Offset"], d["text"], d["fingerprint"]) for d in row["diagnostics"]] \
                == [(d["rule"], d["offset"], d["length"], d["utf16Offset"], d["text"], d["fingerprint"]) for d in want["diagnostics"]]
            mismatches += not same
        if len(rows) != len(wanted) or mismatches:
            failures.append(f"Parquet: {len(rows)} results for {len(wanted)} records, {mismatches} differ from one machine's")
        parquet_summary = (work / "out-parquet" / "summary.json").read_bytes()
        if parquet_summary != valid_summary:
            failures.append("summary.json (Parquet) differs from one machine's:\n  " + parquet_summary.decode() + "  " + valid_summary.decode())
        checks["Parquet results"] = len(rows) == len(wanted) and not mismatches
        checks["Parquet summary"] = parquet_summary == valid_summary
        print(f"spark-test: Parquet: {len(rows)} results", flush=True)
    finally:
        if os.environ.get("SPARK_TEST_KEEP"):
            print(f"spark-test: kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    for failure in failures:
        print("spark-test: FAILED: " + failure, file=sys.stderr)
    for name, passed in checks.items():
        print(f"spark-test: {name}: {'identical to one machine' if passed else 'DIFFERENT'}")
    passed = sum(checks.values())
    print(f"{passed} passed, {len(checks) - passed} failed")
    sys.exit(0 if passed == len(checks) == 4 and not failures else 1)


if __name__ == "__main__":
    main()
