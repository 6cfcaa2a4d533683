#!/usr/bin/env python3
"""False alarms of mtlint's bilingual checks on real human translations (`make bilingual-eval`).

Debian ships the translations of its programs as compiled gettext catalogues (.mo files under
/usr/share/locale/LANG/LC_MESSAGES). For it, fr, es, de and pt, each catalogue found there is
turned back into PO with msgunfmt (gettext) into Eval/.cache/bilingual/ and linted as PO with
the `source/*` rules only (source language English). These are human translations, most of
them reviewed for years: every finding of source/placeholder, source/figure-* and
source/untranslated is counted as a false alarm, an upper bound, and a sample is listed to be
judged by hand. The target is at most 1 per 1,000 entries for the three together (issue 17).

Compiled catalogues keep no flags (`c-format`), so placeholders are read by the forms that
need no flag: the harder case. Writes the figures into docs/bilingual.md (between the
`eval:begin` and `eval:end` marks) and prints them. MTLINT_BIN chooses the binary (default
.build/release/mtlint). Standard library only.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "Eval" / ".cache" / "bilingual"
DOC = ROOT / "docs" / "bilingual.md"
BIN = os.environ.get("MTLINT_BIN")
MTLINT = Path(shutil.which(BIN) or BIN).resolve() if BIN else ROOT / ".build" / "release" / "mtlint"
LANGUAGES = ["it", "fr", "es", "de", "pt"]
MEASURED = ["source/placeholder", "source/figure-mismatch", "source/figure-missing", "source/figure-added", "source/untranslated"]
# The rules that compare a unit with the rest of the file, or its length with its source's: each
# counted as false alarms too, with their own figure per 1,000 (also at most 1).
WHOLE_FILE = ["source/name-mismatch", "source/truncated", "source/addition", "source/inconsistent-translation"]
LOCALE = Path("/usr/share/locale")


def catalogues(language):
    """Each .mo file of the language as PO in the cache; returns the PO paths."""
    folder = LOCALE / language / "LC_MESSAGES"
    out = CACHE / language
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for mo in sorted(folder.glob("*.mo")) if folder.is_dir() else []:
        po = out / (mo.stem + ".po")
        if not po.exists() or po.stat().st_mtime < mo.stat().st_mtime:
            result = subprocess.run(["msgunfmt", "--no-wrap", "-o", str(po), str(mo)], capture_output=True)
            if result.returncode != 0:
                continue
        paths.append(po)
    return paths


def entries(po):
    """The units mtlint reads: msgstr lines (a plural form each), less the header."""
    count = 0
    with open(po, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("msgstr"):
                count += 1
    return max(0, count - 1)


def lint(language, paths):
    command = [str(MTLINT), "check", "--no-config", "--format", "jsonl", "--fail-on", "never",
               "--input-format", "po", "--source-lang", "en", "--lang", language]
    for family in ["figure", "name", "term", "text"]:
        command += ["--disable", family + "/*"]
    result = subprocess.run(command + [str(p) for p in paths], capture_output=True, text=True)
    findings = []
    for line in result.stdout.splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "rule" in item:
            findings.append(item)
    return findings, result.stderr


def main():
    if not shutil.which("msgunfmt"):
        sys.exit("msgunfmt is missing: apt-get install gettext")
    if not MTLINT.exists():
        sys.exit(f"no binary at {MTLINT}: run `make release` or set MTLINT_BIN")
    rows = []
    samples = defaultdict(list)
    totals = Counter()
    total_entries = 0
    for language in LANGUAGES:
        paths = catalogues(language)
        if not paths:
            continue
        count = sum(entries(p) for p in paths)
        findings, errors = lint(language, paths)
        counts = Counter(f["rule"] for f in findings)
        unreadable = len([line for line in errors.splitlines() if line.strip()])
        rows.append((language, len(paths), count, counts, unreadable))
        total_entries += count
        totals.update(counts)
        for finding in findings:
            rule = finding["rule"]
            if rule in MEASURED + WHOLE_FILE and len(samples[rule]) < 12:
                path = Path(finding.get("path", "")).name
                samples[rule].append(f"{language}/{path}:{finding.get('line')}: `{finding.get('text', '')[:70]}`: {finding.get('message', '')[:140]}")
    measured = sum(totals[r] for r in MEASURED)
    rate = 1000 * measured / total_entries if total_entries else 0
    lines = ["| Language | Catalogues | Entries | " + " | ".join(r.replace("source/", "") for r in MEASURED) + " | per 1,000 |",
             "| --- | --- | --- | " + " | ".join("---" for _ in MEASURED) + " | --- |"]
    for language, files, count, counts, unreadable in rows:
        subtotal = sum(counts[r] for r in MEASURED)
        lines.append(f"| {language} | {files} | {count:,} | " + " | ".join(str(counts[r]) for r in MEASURED)
                     + f" | {1000 * subtotal / count if count else 0:.2f} |")
    lines.append(f"| all | {sum(r[1] for r in rows)} | {total_entries:,} | " + " | ".join(str(totals[r]) for r in MEASURED)
                 + f" | **{rate:.2f}** |")
    others = {r: n for r, n in totals.items() if r not in MEASURED + WHOLE_FILE}
    body = "\n".join(lines) + "\n\n"
    body += f"Measured: {measured} findings of the measured rules on {total_entries:,} entries, {rate:.2f} per 1,000 (target: at most 1)."
    whole = ["| Language | Entries | " + " | ".join(r.replace("source/", "") for r in WHOLE_FILE) + " | per 1,000 |",
             "| --- | --- | " + " | ".join("---" for _ in WHOLE_FILE) + " | --- |"]
    for language, files, count, counts, unreadable in rows:
        subtotal = sum(counts[r] for r in WHOLE_FILE)
        whole.append(f"| {language} | {count:,} | " + " | ".join(str(counts[r]) for r in WHOLE_FILE)
                     + f" | {1000 * subtotal / count if count else 0:.2f} |")
    whole_total = sum(totals[r] for r in WHOLE_FILE)
    whole_rate = 1000 * whole_total / total_entries if total_entries else 0
    whole.append(f"| all | {total_entries:,} | " + " | ".join(str(totals[r]) for r in WHOLE_FILE) + f" | **{whole_rate:.2f}** |")
    body += "\n\nThe rules that read lengths and the whole file, on the same entries:\n\n" + "\n".join(whole) + "\n\n"
    body += f"Measured: {whole_total} findings of these rules, {whole_rate:.2f} per 1,000 (target: at most 1). "
    body += "Not measured, for the record: " + ", ".join(f"{r} {n}" for r, n in sorted(others.items())) + ".\n" if others else "\n"
    if any(samples.values()):
        body += "\nA sample of the findings, to judge by hand:\n\n"
        for rule in MEASURED + WHOLE_FILE:
            for sample in samples[rule]:
                body += f"- {rule}: {sample}\n"
    print(body)
    if DOC.exists():
        text = DOC.read_text(encoding="utf-8")
        begin, end = "<!-- eval:begin -->", "<!-- eval:end -->"
        if begin in text and end in text:
            head, rest = text.split(begin, 1)
            _, tail = rest.split(end, 1)
            DOC.write_text(head + begin + "\n" + body + end + tail, encoding="utf-8")


if __name__ == "__main__":
    main()
