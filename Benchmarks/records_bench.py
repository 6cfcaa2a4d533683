#!/usr/bin/env python3
"""Records mode measured (`make bench-records`): records per second with --jobs 1 and 2,
peak memory over 10,000, 100,000 and (with RECORDS_MILLION=1) 1,000,000 records, and the
same texts linted as files, on records made from the paragraphs of corpora/. Prints a
Markdown table for docs/scale.md. Like `make bench`, a measurement: it gates nothing.

Each case runs RUNS times (default 3) and reports the median wall time and the largest peak
resident memory (from wait4). The records give no language, as the files do not, so that
both detect it.
"""
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "Benchmarks" / ".data"
MTLINT = Path(os.environ.get("MTLINT_BIN", ROOT / ".build" / "release" / "mtlint"))
RUNS = int(os.environ.get("RUNS", "3"))


def paragraphs():
    found = []
    for path in sorted((ROOT / "corpora").glob("*/*.txt")):
        found += [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return found


def records_file(count):
    path = DATA / f"records-{count}.jsonl"
    if not path.exists():
        DATA.mkdir(parents=True, exist_ok=True)
        texts = paragraphs()
        with path.open("w", encoding="utf-8") as out:
            for index in range(count):
                text = texts[index % len(texts)] + f" ({index + 1})"
                out.write(json.dumps({"id": index + 1, "text": text}, ensure_ascii=False, separators=(",", ":")) + "\n")
    return path


def files_folder(count):
    """The same texts as the first `count` records, one file each."""
    folder = DATA / f"records-as-files-{count}"
    if not folder.exists() or len(list(folder.iterdir())) != count:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with records_file(count).open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                (folder / f"{record['id']:07}.txt").write_text(record["text"], encoding="utf-8")
    return folder


def measure(argv):
    """Median wall seconds, median CPU seconds (user + system) and largest peak RSS (MiB)
    over RUNS runs; output discarded. CPU time says more than wall time on a busy machine."""
    times, cpus, peaks = [], [], []
    for _ in range(RUNS):
        start = time.monotonic()
        process = subprocess.Popen([str(a) for a in argv], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.monotonic() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(map(str, argv))} exited with {code}")
    return statistics.median(times), statistics.median(cpus), max(peaks)


LOAD = os.getloadavg()


def main():
    if not MTLINT.exists():
        sys.exit(f"no {MTLINT}: run `make release` (or set MTLINT_BIN)")
    counts = [10_000, 100_000] + ([1_000_000] if os.environ.get("RECORDS_MILLION") else [])
    rows = []
    for count in counts:
        path = records_file(count)
        megabytes = path.stat().st_size / 1e6
        for jobs in (1, 2):
            seconds, cpu, peak = measure([MTLINT, "check", "--no-config", "--input-format", "jsonl", "--format", "jsonl",
                                          "--jobs", jobs, path])
            rows.append((f"{count:,} records, --jobs {jobs}", megabytes, seconds, cpu, count, peak))
            print(rows[-1], flush=True)
    folder = files_folder(10_000)
    for jobs in (1, 2):
        seconds, cpu, peak = measure([MTLINT, "check", "--no-config", "--format", "jsonl", "--jobs", jobs, folder])
        megabytes = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        rows.append((f"the first 10,000 as files, --jobs {jobs}", megabytes, seconds, cpu, 10_000, peak))
        print(rows[-1], flush=True)
    print(f"\nload average before: {LOAD}, after: {os.getloadavg()}")
    print("\n| Input | MB | Wall s | Records/s | CPU s | Records per CPU s | Peak memory |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, megabytes, seconds, cpu, count, peak in rows:
        print(f"| {name} | {megabytes:.1f} | {seconds:.1f} | {count / seconds:,.0f} | {cpu:.1f} | {count / cpu:,.0f} | {peak:.0f} MiB |")


if __name__ == "__main__":
    main()
