#!/usr/bin/env python3
"""mtlint's accuracy harness (`make eval`): how much of the damage in machine-translated text
mtlint finds, and how often it flags text that is fine. It is a measurement beside `make bench`,
not a unit test, and it gates nothing.

1. The development set (../shared/eval, skipped when absent): real MT news and professionally
   edited news with hand annotations (gold.jsonl; gold-ambiguous.jsonl for debatable cases).
   mtlint runs once over every document, without --lang (detecting the language is part of
   what is measured). A finding matches an annotation when their byte ranges overlap.
   Measured: recall per category and on the visible categories (all but `agreement` and
   `other`, which no rule is meant to find); false alarms on the clean articles (findings that
   overlap no annotation) per 1,000 words; findings on MT text that no one annotated.
2. Debian prose: man pages and fortune files in it, fr, de, es and pt (Debian packages,
   downloaded once with apt-get and unpacked under Eval/.cache/, never installed): clean
   human-written text no one on the team wrote. Every warning or error there is a false alarm
   until a person judges it otherwise; a sample is listed for that.

Writes docs/accuracy.md and prints the headline table. MTLINT_BIN chooses the binary
(default .build/release/mtlint). Standard library only.
"""
import csv
import datetime
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval"
CACHE = ROOT / "Eval" / ".cache"
REPORT = ROOT / "docs" / "accuracy.md"
BIN = os.environ.get("MTLINT_BIN")  # a path (relative to the current folder) or a command
MTLINT = Path(shutil.which(BIN) or BIN).resolve() if BIN else ROOT / ".build" / "release" / "mtlint"
HIDDEN = {"agreement", "other"}  # categories no rule aims at: shown, not in the headline
PACKAGES = {"manpages-it": "it", "manpages-fr": "fr", "manpages-de": "de", "manpages-es": "es",
            "manpages-pt-br": "pt", "fortunes-it": "it", "fortunes-de": "de",
            "fortunes-es": "es", "fortunes-br": "pt"}
LANGUAGES = ["de", "es", "fr", "it", "pt"]
# Words of man pages and of fortunes per language; a longer page (bash.1 has 55,000 words) is
# left out, so that a language is not one page.
MAN_WORDS, MAN_PAGE_WORDS, FORTUNE_WORDS, SAMPLE = 60_000, 8_000, 40_000, 40
PROSE_VERSION = "3"  # bump when the way prose is made changes: the cache is then rebuilt
TARGET_RECALL, TARGET_DEV, TARGET_PROSE = 0.75, 0.3, 1.0


def short(text, limit=80):
    text = " ".join(str(text).split()).replace("`", "'")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def shown(text, limit=80):
    """Flagged text as it is: line breaks, no-break and edge spaces made visible."""
    text = text.replace("\n", "⏎").replace("\t", "⇥").replace("\u00a0", "⍽").replace("\u202f", "⍽")
    if text != text.strip(" "):
        text = text.replace(" ", "␣")
    text = text if len(text) <= limit else text[:limit - 1] + "…"
    return text.replace("`", "'")


def per_k(count, words):
    return 1000 * count / words if words else 0.0


def run_mtlint(args, cwd):
    """The JSON report's files; exit code 3 (unreadable input) and stderr are shown."""
    command = [str(MTLINT), "check", "--no-config", "-q", "--fail-on", "never", "--format", "json"]
    result = subprocess.run(command + args, cwd=cwd, capture_output=True, text=True)
    if result.stderr.strip():
        print(f"mtlint (exit {result.returncode}) said on stderr:\n{result.stderr.rstrip()}")
    if result.returncode not in (0, 1, 3):
        sys.exit(f"eval: mtlint failed with exit code {result.returncode}")
    return json.loads(result.stdout)["files"]


def overlaps(a, b):
    """Byte ranges (offset, length) share a byte; an empty range counts as one byte."""
    return a[0] < b[0] + max(b[1], 1) and b[0] < a[0] + max(a[1], 1)


def confidence(finding):
    return f" (confidence {finding['confidence']})" if "confidence" in finding else ""


# ---------------------------------------------------------------- 1. the development set

def load_annotations(name, texts):
    """An annotation file's entries, each with its byte range in its document."""
    annotations = []
    for entry in map(json.loads, filter(str.strip, (DEV / name).open(encoding="utf-8"))):
        quote = entry["quote"].encode("utf-8")
        offset = texts[entry["file"]].find(quote)
        if offset < 0:
            print(f"eval: {name}: quote not found in {entry['file']}: {short(entry['quote'], 60)}")
        else:
            annotations.append(dict(entry, range=(offset, len(quote)), rules=[], ambiguous="ambiguous" in name))
    return annotations


def listing(pairs):
    """One line per (file, finding), in file and offset order."""
    return [f"- {name}:{f['line']}:{f['column']} {f['rule']} {f['severity']}{confidence(f)}: "
            f"`{shown(f['text'])}`: {short(f['message'], 100)}"
            for name, f in sorted(pairs, key=lambda x: (x[0], x[1]["offset"]))]


def tally(keys, words=None):
    counts = Counter(keys).most_common()
    rate = (lambda n: f" ({per_k(n, words):.2f}/1k)") if words else (lambda n: "")
    return ", ".join(f"{k} {n}{rate(n)}" for k, n in counts) or "none"


def recall_row(label, annotations):
    hits = sum(bool(a["rules"]) for a in annotations)
    return hits, f"| {label} | {hits} | {len(annotations)} | {hits / len(annotations) if annotations else 0:.2f} |"


def dev_set(out):
    """Recall and false alarms on the development set; returns the headline rows."""
    sources = {s["file"]: s for s in csv.DictReader((DEV / "sources.tsv").open(encoding="utf-8"), delimiter="\t")}
    texts = {name: (DEV / "docs" / name).read_bytes() for name in sources}
    gold = load_annotations("gold.jsonl", texts)
    ambiguous = load_annotations("gold-ambiguous.jsonl", texts)
    kind = {name: s["kind"] for name, s in sources.items()}
    reports = {Path(f["path"]).name: f for f in run_mtlint(["docs/" + name for name in sources], DEV)}
    unannotated = []  # (file, finding) overlapping no annotation
    for name, report in sorted(reports.items()):
        for finding in report["diagnostics"]:
            hits = [a for a in gold + ambiguous if a["file"] == name
                    and overlaps((finding["offset"], finding["length"]), a["range"])]
            for annotation in hits:
                annotation["rules"].append(finding["rule"])
            if not hits:
                unannotated.append((name, finding))

    out += ["## Development set: recall\n",
            f"{len(sources)} documents, {len(gold)} annotations (+{len(ambiguous)} ambiguous). "
            f"Visible categories: all but {', '.join(sorted(HIDDEN))}.\n",
            "| category | found | total | recall |\n| --- | ---: | ---: | ---: |"]
    for category in sorted({a["category"] for a in gold}):
        mark = " (not in headline)" if category in HIDDEN else ""
        out.append(recall_row(category + mark, [a for a in gold if a["category"] == category])[1])
    visible = [a for a in gold if a["category"] not in HIDDEN]
    found, row = recall_row("**visible**", visible)
    recall = found / len(visible) if visible else 0.0
    out.append(row)
    for k in ("mt", "clean"):
        out.append(recall_row(f"visible, {k} documents", [a for a in visible if kind[a["file"]] == k])[1])
    out.append(recall_row("/".join(sorted(HIDDEN)) + " (information)",
                          [a for a in gold if a["category"] in HIDDEN])[1] + "\n")

    mismatches = [(name, s["language"], reports[name]["language"]) for name, s in sources.items()
                  if reports[name]["language"].split("-")[0] != s["language"].split("-")[0]]
    out += ["## Development set: language detection\n",
            f"{len(sources) - len(mismatches)} of {len(sources)} documents detected as their language."]
    out += [f"- {name}: {expected} in sources.tsv, detected {got}" for name, expected, got in mismatches]

    words, alarms = Counter(), defaultdict(list)
    for name, report in reports.items():
        if kind[name] == "clean":
            words[sources[name]["language"]] += report["words"]
    for name, finding in unannotated:
        if kind[name] == "clean":
            alarms[sources[name]["language"]].append((name, finding))
    total = sum(words.values())
    every = [pair for pairs in alarms.values() for pair in pairs]
    out += ["\n## Development set: false alarms on the clean articles\n",
            "A finding on a clean article that overlaps no annotation (gold or ambiguous). "
            f"Target: ≤ {TARGET_DEV} per 1,000 words per language, every severity.\n",
            "| language | words | false alarms | per 1,000 words |\n| --- | ---: | ---: | ---: |"]
    rows = [(f"Recall, visible categories (dev set, {found}/{len(visible)})", f"{recall:.2f}",
             f"≥ {TARGET_RECALL}", recall >= TARGET_RECALL)]
    for lang in sorted(words):
        rate = per_k(len(alarms[lang]), words[lang])
        rows.append((f"False alarms per 1,000 words, dev clean articles, {lang}", f"{rate:.2f}",
                     f"≤ {TARGET_DEV}", rate <= TARGET_DEV))
        out.append(f"| {lang} | {words[lang]} | {len(alarms[lang])} | {rate:.2f} |")
    out += [f"| **all** | **{total}** | **{len(every)}** | **{per_k(len(every), total):.2f}** |\n",
            f"By rule: {tally((f['rule'] for _, f in every), total)}\n",
            f"By severity: {tally((f['severity'] for _, f in every), total)}\n", *listing(every)]

    mt_loose = [(name, f) for name, f in unannotated if kind[name] == "mt"]
    out += ["\n## Development set: unannotated findings on MT text\n",
            "Real damage the annotators missed, or false alarms: judge by hand.\n",
            f"By rule: {tally(f['rule'] for _, f in mt_loose)}\n", *listing(mt_loose)]
    out.append("\n## Development set: missed visible annotations\n")
    out += [f"- {a['file']} {a['category']}: `{shown(a['quote'])}`" for a in visible if not a["rules"]]
    out.append("\n## Development set: matched annotations\n")
    out += [f"- {a['file']} {a['category']}{' (ambiguous)' if a['ambiguous'] else ''}: "
            f"`{shown(a['quote'])}` ← {', '.join(sorted(set(a['rules'])))}"
            for a in gold + ambiguous if a["rules"]]
    out.append("")
    return rows


# ---------------------------------------------------------------- 2. Debian prose

def fetch_packages():
    """The .deb files, downloaded once and unpacked under Eval/.cache/root/<package>/."""
    debs, root = CACHE / "debs", CACHE / "root"
    debs.mkdir(parents=True, exist_ok=True)
    missing = [p for p in PACKAGES if not list(debs.glob(f"{p}_*.deb"))]
    needed = ["dpkg-deb", "man"] + (["apt-get"] if missing else [])
    lacking = [tool for tool in needed if not shutil.which(tool)]
    if lacking:
        print(f"eval: {', '.join(lacking)} missing: Debian prose skipped")
        return None
    if missing:
        download = lambda: subprocess.run(["apt-get", "download", *missing], cwd=debs).returncode
        if download() != 0:
            subprocess.run(["apt-get", "update", "-qq"])
            if download() != 0:
                print("eval: apt-get download failed: Debian prose skipped")
                return None
    for package in PACKAGES:
        target, deb = root / package, sorted(debs.glob(f"{package}_*.deb"))[-1]
        stamp = target / ".unpacked"
        if not stamp.exists() or stamp.read_text() != deb.name:
            shutil.rmtree(target, ignore_errors=True)
            target.mkdir(parents=True)
            subprocess.run(["dpkg-deb", "-x", str(deb), str(target)], check=True)
            stamp.write_text(deb.name)
    return root


def render_man(path):
    """A man page as plain text: each rendered line (MANWIDTH=2000: a paragraph, an option's
    tag with its text, a table row) becomes a paragraph, without header, footer or indentation.
    Runs of spaces are layout, not the translator's: groff's double space after a sentence
    becomes one space, and the columns of tags and tables become paragraph breaks."""
    env = {k: v for k, v in os.environ.items() if k != "MAN_KEEP_FORMATTING"}
    env.update(MANWIDTH="2000", LC_ALL="C.UTF-8")
    result = subprocess.run(["man", "-l", "-E", "UTF-8", str(path)], env=env,
                            capture_output=True)
    text = re.sub(".\b", "", result.stdout.decode("utf-8", errors="replace"))  # as `col -b`
    paragraphs = []
    for line in text.splitlines()[1:-1]:
        line = re.sub(r"([.!?:;]) {2,}", r"\1 ", line.strip())
        paragraphs += [part for part in re.split(r" {2,}", line) if part]
    return "\n\n".join(paragraphs) + "\n"


def man_pages(folder):
    """The pages in file-name order, without symbolic links and `.so` redirections."""
    def page(path):
        with (gzip.open if path.suffix == ".gz" else open)(path, "rb") as source:
            return source.read(4) != b".so "
    return [p for p in sorted(folder.glob("usr/share/man/*/man*/*")) if not p.is_symlink() and page(p)]


def fortune_entries(path):
    """A fortune file's entries ('%' lines separate them), in UTF-8, else Latin-1."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    entries = [entry.strip("\n") for entry in re.split(r"^%[ \t]*$", text, flags=re.M)]
    # ASCII art (fewer letters than other characters) is not prose.
    return [e for e in entries if e.strip() and sum(c.isalpha() for c in e) >= len(e.replace(" ", "")) / 2]


def write_man_pages(folder, target):
    """Pages in file-name order up to MAN_WORDS words; rendered four at a time."""
    budget, pages = MAN_WORDS, man_pages(folder)
    with ThreadPoolExecutor(max_workers=4) as pool:
        for start in range(0, len(pages), 8):
            batch = pages[start:start + 8]
            for path, text in zip(batch, pool.map(render_man, batch)):
                words = len(text.split())
                if budget > 0 and 0 < words <= MAN_PAGE_WORDS:
                    name = f"man-{path.parent.name}-{path.name.removesuffix('.gz')}.txt"
                    (target / name).write_text(text, encoding="utf-8")
                    budget -= words
            if budget <= 0:
                return


def write_fortunes(folder, target):
    """Fortune files in name order, one .txt each, up to FORTUNE_WORDS words."""
    budget = FORTUNE_WORDS
    for path in sorted(folder.glob("usr/share/games/fortunes*/**/*")):
        if path.is_symlink() or not path.is_file() or path.suffix in (".dat", ".u8") or budget <= 0:
            continue
        kept = []
        for entry in fortune_entries(path):
            if budget > 0:
                kept.append(entry)
                budget -= len(entry.split())
        if kept:
            text = "\n\n".join(kept) + "\n"
            (target / f"fortune-{path.name}.txt").write_text(text, encoding="utf-8")


def make_prose():
    """Plain text files under Eval/.cache/prose/<lang>/, made once (a stamp says when)."""
    prose = CACHE / "prose"
    stamp = prose / ".stamp"
    if stamp.exists() and stamp.read_text() == PROSE_VERSION:
        return prose
    root = fetch_packages()
    if root is None:
        return None
    shutil.rmtree(prose, ignore_errors=True)
    for package, lang in PACKAGES.items():
        (prose / lang).mkdir(parents=True, exist_ok=True)
        write = write_man_pages if package.startswith("manpages") else write_fortunes
        write(root / package, prose / lang)
    stamp.write_text(PROSE_VERSION)
    return prose


def context(data, offset, length, width=30):
    around = lambda raw: raw.decode("utf-8", "replace").replace("\n", "⏎").replace("`", "'")
    before = around(data[max(offset - 4 * width, 0):offset])[-width:]
    after = around(data[offset + length:offset + length + 4 * width])[:width]
    return f"`{before}«{shown(data[offset:offset + length].decode('utf-8', 'replace'))}»{after}`"


def loud(files):
    """The warnings and errors of a report's files, as (path, finding)."""
    return [(f["path"], d) for f in files for d in f["diagnostics"] if d["severity"] in ("warning", "error")]


def debian_prose(out):
    """Warnings and errors per 1,000 words on the Debian prose; returns the headline rows."""
    prose = make_prose()
    if prose is None:
        out.append("## Debian prose\n\nSkipped: the packages or the tools to read them are missing.\n")
        return []
    rows, details = [], []
    out += ["## Debian prose\n",
            f"Man pages (up to ~{MAN_WORDS:,} words a language, none longer than {MAN_PAGE_WORDS:,}) "
            f"and fortunes (up to ~{FORTUNE_WORDS:,}) from {', '.join(PACKAGES)}; mtlint with "
            f"`--lang`. Target: ≤ {TARGET_PROSE} warning or error per 1,000 words. Debian has no "
            "French fortunes. The translated man pages keep in English the paragraphs no one "
            "translated: `text/untranslated` is mostly right there.\n",
            "The column *other rules* leaves `text/untranslated` out, to show the rate of the rules "
            "whose findings on this prose are mostly false.\n",
            "| language | files | words | warnings+errors | per 1,000 | other rules, per 1,000 | man pages | fortunes "
            "| all findings | per 1,000 |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for lang in LANGUAGES:
        files = run_mtlint(["--lang", lang, lang], prose)
        words, noisy = sum(f["words"] for f in files), loud(files)
        rate = per_k(len(noisy), words)
        rows.append((f"Debian prose, warnings+errors per 1,000 words, {lang}", f"{rate:.2f}",
                     f"≤ {TARGET_PROSE}", rate <= TARGET_PROSE))
        kinds = [[f for f in files if Path(f["path"]).name.startswith(p)] for p in ("man-", "fortune-")]
        parts = [f"{per_k(len(loud(k)), sum(f['words'] for f in k)):.2f}" if k else "–" for k in kinds]
        every = [d for f in files for d in f["diagnostics"]]
        others = [pair for pair in noisy if pair[1]["rule"] != "text/untranslated"]
        out.append(f"| {lang} | {len(files)} | {words} | {len(noisy)} | {rate:.2f} | {per_k(len(others), words):.2f} | "
                   f"{parts[0]} | {parts[1]} | {len(every)} | {per_k(len(every), words):.2f} |")
        by_rule = tally(d["rule"] + f" ({d['severity']})" for d in every)
        details += [f"### {lang}\n", f"By rule: {by_rule}\n"]
        stable = lambda pair: hashlib.sha1(f"{pair[0]}:{pair[1]['offset']}".encode()).hexdigest()
        untranslated = [pair for pair in noisy if pair[1]["rule"] == "text/untranslated"]
        for title, group, size in (("Other rules", others, SAMPLE), ("text/untranslated", untranslated, SAMPLE // 4)):
            details.append(f"{title}:\n")
            for path, d in sorted(group, key=stable)[:size]:
                details.append(f"- {Path(path).name}:{d['line']} {d['rule']} {d['severity']}{confidence(d)}: "
                               f"{context((prose / path).read_bytes(), d['offset'], d['length'])}")
            if group:
                details.append(f"\n({min(size, len(group))} of {len(group)}, chosen by a hash of file and offset)\n")
    out.append("")
    out.extend(details)
    return rows


# ---------------------------------------------------------------- 3. the report

def main():
    if not MTLINT.exists():
        sys.exit(f"eval: no mtlint binary at {MTLINT} (make release, or set MTLINT_BIN)")
    version = subprocess.run([str(MTLINT), "--version"], capture_output=True, text=True).stdout.strip()
    body, rows = [], []
    if DEV.is_dir():
        rows += dev_set(body)
    else:
        print("eval: no development set at ../shared/eval: skipped")
        body.append("## Development set\n\nSkipped: ../shared/eval is absent.\n")
    rows += debian_prose(body)
    table = ["| measure | value | target | met |", "| --- | ---: | ---: | --- |"]
    table += [f"| {name} | {value} | {target} | {'yes' if met else 'no'} |" for name, value, target, met in rows]
    header = [f"# Accuracy\n\nWritten by `make eval` (Eval/eval.py) on {datetime.date.today()} "
              f"with {version}. Do not edit by hand.\n", "## Headline\n", *table, ""]
    REPORT.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print("\n".join(table))
    print(f"written: {REPORT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
