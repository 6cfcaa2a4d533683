#!/usr/bin/env python3
"""Lint a corpus of records on Apache Spark with mtlint's records mode.

Each partition of the corpus is piped, one JSON record a line, through

    mtlint check --input-format jsonl --format jsonl -

on the executor that holds it; mtlint writes one result line per record, in order, with the
record's id, language, words, score, findings and its other fields as they were. The results
are written as JSON Lines (part files that, concatenated in order, are byte for byte what one
machine writes over the whole corpus) or as Parquet. Each partition's results are then
summarized on the executor (`mtlint summary --format json -`), and the partial summaries are
merged on the driver into the run's summary, which is exactly the summary of a run on one
machine (`mtlint summary` merges associatively).

    spark-submit --master local[2] integrations/spark/mtlint_spark.py \\
        --input corpus.jsonl --output out/ --mtlint /usr/local/bin/mtlint

    spark-submit --master yarn --files /path/to/mtlint integrations/spark/mtlint_spark.py \\
        --input hdfs:///corpora/news.parquet --output hdfs:///lint/news --output-format parquet

Records: JSON Lines (`--input-format jsonl`, each line given to mtlint as it is, so a line that
is not a record comes back as a result with an `error`), or Parquet (`--input-format parquet`,
each row turned into a JSON object with Spark's to_json; it needs an `id` and a `text`
column). See docs/scale.md.

Written to OUTPUT: records/ (the results), summary.json (the merged summary, one line, that
`mtlint summary` reads and merges further) and summary.txt (the same for people).
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import threading

from pyspark import SparkFiles
from pyspark.sql import SparkSession, functions as F, types as T


def find_mtlint(name):
    """The mtlint binary on this machine: a path as given; else the file shipped with
    `--files` (SparkFiles), made executable; else `name` on the PATH."""
    if os.sep in name:
        return name
    try:
        shipped = SparkFiles.get(name)
    except Exception:  # no SparkContext here (the driver before it starts) or no such file
        shipped = None
    if shipped and os.path.isfile(shipped):
        mode = os.stat(shipped).st_mode
        if not mode & stat.S_IXUSR:
            os.chmod(shipped, mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        return shipped
    found = shutil.which(name)
    if not found:
        raise RuntimeError(f"no `{name}` here: ship it with spark-submit --files, or install it on every node")
    return found


def pipe_lines(command, lines):
    """Runs `command`, writing `lines` to its stdin (a line feed after each) from another
    thread, and yields its stdout's lines (without line feeds) as they come. Returns when
    the command ends; raises when it exits with a code not in `command.ok`."""
    process = subprocess.Popen(command.argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    errors = []

    def feed():
        try:
            for line in lines:
                process.stdin.write(line.encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass  # mtlint stopped; its exit code says why
        finally:
            try:
                process.stdin.close()
            except BrokenPipeError:
                pass

    def drain():
        errors.append(process.stderr.read())

    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=drain, daemon=True)
    writer.start()
    reader.start()
    for raw in process.stdout:
        yield raw.decode("utf-8").rstrip("\n")
    writer.join()
    reader.join()
    code = process.wait()
    if code not in command.ok:
        message = b"".join(errors).decode("utf-8", "replace").strip()
        raise RuntimeError(f"{' '.join(command.argv)} exited with {code}: {message}")


class Command:
    def __init__(self, argv, ok):
        self.argv = argv
        self.ok = ok


def lint_partition(mtlint_name, check_arguments):
    """The function each partition of records goes through: mtlint's records mode, whose
    exit codes 0, 1 (findings) and 3 (some lines are not records: their results have an
    `error`) all mean that every line has its result; 2 is a usage error and fails the task.
    The number of results is checked against the number of records."""
    def lint(records):
        mtlint = find_mtlint(mtlint_name)
        argv = [mtlint, "check", "--input-format", "jsonl", "--format", "jsonl", "--quiet"] + check_arguments + ["-"]
        counted = {"in": 0}

        def counting():
            for record in records:
                counted["in"] += 1
                yield record

        out = 0
        for result in pipe_lines(Command(argv, ok={0, 1, 3}), counting()):
            out += 1
            yield result
        if out != counted["in"]:
            raise RuntimeError(f"mtlint wrote {out} results for {counted['in']} records")
    return lint


def summarize_partition(mtlint_name, worst):
    """A partition's results become one partial summary (a line of JSON)."""
    def summarize(results):
        argv = [find_mtlint(mtlint_name), "summary", "--format", "json", "--worst", str(worst), "-"]
        yield from pipe_lines(Command(argv, ok={0}), results)
    return summarize


# The fields of a result that mtlint writes, as Parquet columns (docs/scale.md).
RELATED = T.StructType([
    T.StructField(name, kind) for name, kind in [
        ("line", T.LongType()), ("column", T.LongType()), ("endLine", T.LongType()), ("endColumn", T.LongType()),
        ("offset", T.LongType()), ("length", T.LongType()), ("utf16Offset", T.LongType()), ("utf16Length", T.LongType()),
        ("text", T.StringType()), ("message", T.StringType()),
    ]
])
DIAGNOSTIC = T.StructType([
    T.StructField(name, kind) for name, kind in [
        ("rule", T.StringType()), ("severity", T.StringType()), ("category", T.StringType()), ("confidence", T.StringType()),
        ("message", T.StringType()), ("text", T.StringType()),
        ("line", T.LongType()), ("column", T.LongType()), ("endLine", T.LongType()), ("endColumn", T.LongType()),
        ("offset", T.LongType()), ("length", T.LongType()), ("utf16Offset", T.LongType()), ("utf16Length", T.LongType()),
        ("suggestions", T.ArrayType(T.StringType())), ("related", T.ArrayType(RELATED)), ("fingerprint", T.StringType()),
    ]
])
RESULT_FIELDS = [
    T.StructField("id", T.StringType()),
    T.StructField("error", T.StringType()),
    T.StructField("language", T.StringType()),
    T.StructField("languageSource", T.StringType()),
    T.StructField("languageReason", T.StringType()),
    T.StructField("words", T.LongType()),
    T.StructField("score", T.DoubleType()),
    T.StructField("diagnostics", T.ArrayType(DIAGNOSTIC)),
]


def result_schema(pass_through):
    """mtlint's fields, then the records' other fields with their types (`id` as text, so
    that string and number ids fit one column)."""
    names = {field.name for field in RESULT_FIELDS}
    return T.StructType(RESULT_FIELDS + [field for field in pass_through if field.name not in names | {"text"}])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", required=True, help="a JSON Lines file or folder, or Parquet")
    parser.add_argument("--input-format", choices=["jsonl", "parquet"], help="default: parquet for *.parquet, else jsonl")
    parser.add_argument("--output", required=True, help="a folder: records/, summary.json, summary.txt")
    parser.add_argument("--output-format", choices=["jsonl", "parquet"], default="jsonl")
    parser.add_argument("--mtlint", default="mtlint", help="the binary: a path on every node, or a name shipped with --files or on the PATH")
    parser.add_argument("--partitions", type=int, help="at least this many partitions (default: Spark's)")
    parser.add_argument("--worst", type=int, default=10, help="the worst records the summary lists")
    parser.add_argument("--mtlint-jobs", type=int, default=1, help="threads per mtlint process (default 1: Spark runs a task per core)")
    parser.add_argument("check_arguments", nargs="*", help="more `mtlint check` options, after --: -- --lang it --no-config")
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("mtlint").getOrCreate()
    sc = spark.sparkContext
    input_format = args.input_format or ("parquet" if args.input.rstrip("/").endswith(".parquet") else "jsonl")
    if input_format == "jsonl":
        # Each line as it is: mtlint reads the record, and a line that is not one gets an
        # error result in its place.
        records = sc.textFile(args.input, minPartitions=args.partitions)
        pass_through = None
    else:
        frame = spark.read.parquet(args.input)
        missing = {"id", "text"} - set(frame.columns)
        if missing:
            raise SystemExit(f"mtlint_spark: {args.input} has no column {', '.join(sorted(missing))}; records need `id` and `text`")
        if args.partitions and frame.rdd.getNumPartitions() < args.partitions:
            frame = frame.repartition(args.partitions)
        records = frame.select(F.to_json(F.struct(*frame.columns))).rdd.map(lambda row: row[0])
        pass_through = frame.schema.fields

    # No .mtlint.yml found by chance in an executor's working folder: a configuration is
    # given with `-- --config FILE` (shipped with --files), or none is read.
    given = list(args.check_arguments)
    configured = any(a in ("--config", "--no-config") or a.startswith("--config=") for a in given)
    check_arguments = ["--jobs", str(args.mtlint_jobs)] + ([] if configured else ["--no-config"]) + given
    results = records.mapPartitions(lint_partition(args.mtlint, check_arguments), preservesPartitioning=True)
    results = results.persist()

    output = args.output.rstrip("/")
    if args.output_format == "jsonl":
        results.saveAsTextFile(output + "/records")
    else:
        if pass_through is None:
            # The records' own fields are known only from the results: inferred from them.
            pass_through = spark.read.json(results).schema.fields
        spark.read.schema(result_schema(pass_through)).json(results).write.parquet(output + "/records")

    partials = results.mapPartitions(summarize_partition(args.mtlint, args.worst)).collect()
    results.unpersist()
    mtlint = find_mtlint(args.mtlint)
    merged = subprocess.run([mtlint, "summary", "--format", "json", "--worst", str(args.worst), "-"],
                            input="".join(line + "\n" for line in partials).encode("utf-8"), capture_output=True, check=True).stdout
    text = subprocess.run([mtlint, "summary", "--worst", str(args.worst), "-"], input=merged, capture_output=True, check=True).stdout
    write_file(sc, output + "/summary.json", merged)
    write_file(sc, output + "/summary.txt", text)
    sys.stdout.write(text.decode("utf-8"))
    spark.stop()


def write_file(sc, path, data):
    """Writes a small file where the results went, through Hadoop's file system API, so
    that HDFS, S3 and local paths all work."""
    jvm = sc._jvm
    target = jvm.org.apache.hadoop.fs.Path(path)
    stream = target.getFileSystem(sc._jsc.hadoopConfiguration()).create(target, True)
    try:
        stream.write(bytearray(data))
    finally:
        stream.close()


if __name__ == "__main__":
    main()
