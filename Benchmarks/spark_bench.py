#!/usr/bin/env python3
"""Spark's scaling on this machine (issue 20, part of `make bench`): the job of
integrations/spark lints a JSON Lines corpus of at least 100 MB, made from the paragraphs of
corpora/, on `local[1]` and then on `local[2]`, with the release binary shipped with --files;
the wall times give the throughput of each and the speed-up of two cores over one. Writes the
table into docs/scale.md between its spark-bench markers.

Skipped, with a line saying so, when PySpark or Java is missing (`make spark-test` installs
both). Each master runs twice and the faster run counts: the first pays for the JVM's and the
page cache's warm-up.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "Benchmarks" / ".data"
CORPUS = DATA / "spark-corpus.jsonl"
SIZE = 100 * 1024 * 1024
PARTITIONS = 8
MTLINT = ROOT / ".build" / "release" / "mtlint"
JOB = ROOT / "integrations" / "spark" / "mtlint_spark.py"
PAGE = ROOT / "docs" / "scale.md"
BEGIN, END = "<!-- spark-bench:begin -->", "<!-- spark-bench:end -->"


def generate():
    """Records of the corpora's paragraphs with their language, numbered, until 100 MB."""
    if CORPUS.exists() and CORPUS.stat().st_size >= SIZE:
        return
    paragraphs = []
    for path in sorted((ROOT / "corpora").glob("*/*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n\n"):
            if paragraph.strip():
                paragraphs.append((path.parent.name, paragraph.strip()))
    DATA.mkdir(parents=True, exist_ok=True)
    written, index = 0, 0
    with CORPUS.open("w", encoding="utf-8") as out:
        while written < SIZE:
            language, text = paragraphs[index % len(paragraphs)]
            line = json.dumps({"id": f"r{index}", "language": language, "text": text}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            index += 1


def spark_submit():
    try:
        import pyspark
    except ImportError:
        return None
    return Path(pyspark.__file__).parent / "bin" / "spark-submit"


def run(submit, master):
    """Wall seconds of the job on `master`, the faster of two runs."""
    environment = dict(os.environ, PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    times = []
    for _ in range(2):
        output = Path(tempfile.mkdtemp(prefix="mtlint-spark-bench-"))
        started = time.perf_counter()
        subprocess.run([str(submit), "--master", master, "--conf", "spark.ui.enabled=false",
                        "--conf", "spark.ui.showConsoleProgress=false", "--conf", "spark.log.level=WARN",
                        "--files", str(MTLINT), str(JOB), "--input", str(CORPUS), "--output", str(output / "out"),
                        "--mtlint", "mtlint", "--partitions", str(PARTITIONS)],
                       env=environment, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
        shutil.rmtree(output, ignore_errors=True)
    return min(times)


def main():
    submit = spark_submit()
    if submit is None or shutil.which("java") is None:
        print("spark: PySpark or Java not installed, left out (make spark-test installs them)")
        return
    generate()
    size = CORPUS.stat().st_size
    one, two = run(submit, "local[1]"), run(submit, "local[2]")
    speedup = one / two
    print(f"spark: {size / 1e6:.0f} MB; local[1] {one:.1f} s ({size / one / 1e6:.2f} MB/s); "
          f"local[2] {two:.1f} s ({size / two / 1e6:.2f} MB/s); speed-up {speedup:.2f}× (target ≥ 1.6×)")
    table = "\n".join([
        BEGIN,
        f"Written by `make bench` (Benchmarks/spark_bench.py): the job over {size / 1e6:.0f} MB of JSON Lines records",
        f"(the paragraphs of corpora/, repeated), {PARTITIONS} partitions, the release binary shipped with `--files`,",
        f"on {os.cpu_count()} cores; the faster of two runs, JVM start-up included.",
        "",
        "| Master | Wall | Throughput |",
        "| --- | ---: | ---: |",
        f"| `local[1]` | {one:.1f} s | {size / one / 1e6:.2f} MB/s |",
        f"| `local[2]` | {two:.1f} s | {size / two / 1e6:.2f} MB/s |",
        "",
        f"Speed-up of two cores over one: **{speedup:.2f}×** (target: at least 1.6×; "
        f"{'met' if speedup >= 1.6 else 'missed'}).",
        END,
    ])
    page = PAGE.read_text(encoding="utf-8")
    if BEGIN in page and END in page:
        page = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), lambda _: table, page, flags=re.S)
        PAGE.write_text(page, encoding="utf-8")
        print("wrote docs/scale.md")
    else:
        print("docs/scale.md has no spark-bench markers; the table is not written")


if __name__ == "__main__":
    main()
