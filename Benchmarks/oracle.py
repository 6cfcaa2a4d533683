#!/usr/bin/env python3
"""The output oracle of issue 21 (`make oracle-record`, `make oracle-check`): the reports of the
benchmark's big file and 2,000-article folder, kept so that a change meant to leave every finding
as it was (windowed analysis, a faster figure finder) can be shown to do so, byte for byte.

`record` runs the release binary over both inputs in each format that a windowed run could
stream (text, json, jsonl, sarif, github, checkstyle), with one worker and with two, and keeps
each report's SHA-256 and size in Benchmarks/.oracle/oracle.json, with the commit it was taken
at; the JSON reports themselves are kept beside it, to show the first finding that differs.
`check` runs the same commands and compares. Exit code 0 when every report is the same, 1 when
one differs, 2 when there is no oracle yet.

Rule changes move the oracle on purpose: record it again from the commit a performance change
starts from, never from the change itself.
"""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench  # noqa: E402  (the inputs are the benchmark's, made the same way)

ROOT = bench.ROOT
ORACLE = ROOT / "Benchmarks" / ".oracle"
INDEX = ORACLE / "oracle.json"
FORMATS = ["text", "json", "jsonl", "sarif", "github", "checkstyle"]
INPUTS = {
    "big-file": ["--lang", "it", str(bench.BIG_FILE)],
    "folder": [str(bench.FOLDER)],
}


def cases():
    for name, arguments in INPUTS.items():
        for jobs in ("1", "2"):
            for format in FORMATS:
                yield f"{name}.jobs{jobs}.{format}", ["--jobs", jobs, "--format", format] + arguments


def run(arguments):
    command = [str(bench.MTLINT), "check", "--fail-on", "never", "--no-config"] + arguments
    result = subprocess.run(command, cwd=ROOT, capture_output=True)
    if result.returncode != 0:
        sys.exit(f"oracle: `{' '.join(command)}` exited with {result.returncode}: {result.stderr.decode(errors='replace')[:500]}")
    return result.stdout


def commit():
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True)
    return result.stdout.strip() + ("+changes" if dirty.stdout.strip() else "")


def first_difference(kept, made):
    """The first finding of two JSON reports that differs, as a line for people."""
    old = [finding for file in json.loads(kept)["files"] for finding in file["diagnostics"]]
    new = [finding for file in json.loads(made)["files"] for finding in file["diagnostics"]]
    for index, (before, after) in enumerate(zip(old, new)):
        if before != after:
            return f"finding {index + 1}: was {json.dumps(before, ensure_ascii=False)[:300]}\n    now {json.dumps(after, ensure_ascii=False)[:300]}"
    return f"{len(old)} findings before, {len(new)} now; the first {min(len(old), len(new))} are the same"


def record():
    ORACLE.mkdir(parents=True, exist_ok=True)
    index = {"commit": commit(), "reports": {}}
    for name, arguments in cases():
        output = run(arguments)
        index["reports"][name] = {"sha256": hashlib.sha256(output).hexdigest(), "bytes": len(output)}
        if name.endswith(".json"):
            (ORACLE / name).write_bytes(output)
        print(f"{name}: {len(output):,} bytes")
    INDEX.write_text(json.dumps(index, indent=2) + "\n")
    print(f"oracle recorded at {index['commit']}: {INDEX.relative_to(ROOT)}")


def check():
    if not INDEX.exists():
        print("oracle: none recorded yet; run `make oracle-record` at the commit to compare with", file=sys.stderr)
        return 2
    index = json.loads(INDEX.read_text())
    differ = 0
    for name, arguments in cases():
        output = run(arguments)
        kept = index["reports"].get(name)
        if kept and kept["sha256"] == hashlib.sha256(output).hexdigest():
            print(f"{name}: same ({len(output):,} bytes)")
            continue
        differ += 1
        print(f"{name}: DIFFERS ({len(output):,} bytes, {kept['bytes'] if kept else 'no'} recorded)")
        if name.endswith(".json") and (ORACLE / name).exists():
            print("    " + first_difference((ORACLE / name).read_bytes(), output))
    print(f"compared with the oracle of {index['commit']}: {differ} of {len(index['reports'])} reports differ")
    return 1 if differ else 0


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("record", "check"):
        sys.exit("usage: oracle.py record|check")
    bench.generate()
    if sys.argv[1] == "record":
        record()
    else:
        sys.exit(check())
