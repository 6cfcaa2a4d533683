#!/usr/bin/env python3
"""The HTML report in a real browser (headless Chromium, Debian's `chromium`), usage:

    browser_test.py --mtlint BINARY [--root PACKAGE] [--screenshot PNG] [--summary-screenshot PNG]

Makes the report of corpora/ and of a folder with a text full of markup (a `<script>`, an
`<img onerror>`, `&`, quotes, a right-to-left override, CRLF line ends) and 30 more files with
a finding each (so that some are collapsed, their content not yet parsed), loads them from
file://, and checks, against the JSON report of the same run:
- every finding's highlighted span holds the finding's exact text (from the start of its first
  piece to the end of its last), and its entry in the list has its place, severity, rule and
  message; the text of a file's list of lines is the file's text;
- the filters hide what they should: a severity, a rule, files by path, files without
  findings, and nothing else; hovering a span shows its message; a collapsed file's
  content is made when it is opened, or when a link leads into it;
- nothing from the texts runs or is laid out as markup: no `<script>` of theirs runs, no
  `<img>` is made, no event handler exists, the override character is hidden;
- the page's own script ran (under its Content-Security-Policy) and loaded nothing;
- a bilingual file (a PO file with markup, `&`, quotes and an override in its sources and
  targets) is a table of its units: each source beside its target, both as the file holds
  them, each finding highlighted in the target of its unit, and nothing of either side runs.
With --screenshot, writes a picture of a file of the corpora's report, a finding's message
shown by hover; with --summary-screenshot, one of its summary (docs/images/ keeps both).
Prints one line per check and `N passed, N failed`; exits 1 when a check fails, 2 when the
report cannot be made or the browser cannot be started.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cdp  # noqa: E402

# One line of each kind of trouble; the quoted names are flagged by text/quote-spacing, the
# repeated words by text/repeated-word, so that findings hold `&`, `<`, quotes and U+202E.
MARKUP_TEXT = (
    "Il gruppo ha pagato il il conto della cena.\r\n"
    "<script>window.__pwned = 1</script><img src=\"x\" onerror=\"window.__pwned = 2\">\r\n"
    "La \"H&M < Zara \" piattaforma, e la \"Dou\u202ebao \" app.\r\n"
    "\r\n"
    "Il comitato ha ha deciso.\r\n"
)


# A PO file of English sources and Italian targets whose sources and targets hold markup,
# `&`, quotes and a right-to-left override; the targets have a doubled word, a changed figure
# and an empty translation, so that findings stand in three units.
BILINGUAL_PO = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Language: it\\n"\n'
    '"Content-Type: text/plain; charset=UTF-8\\n"\n'
    "\n"
    'msgid "The <script>window.__pwned = 3</script> tag & \\"quotes\\" stay text."\n'
    'msgstr "Il tag <script>window.__pwned = 3</script> e le \\"virgolette\\" restano testo."\n'
    "\n"
    'msgid "Revenue grew by 35% last year."\n'
    'msgstr "I ricavi sono cresciuti del 53% l\'anno scorso."\n'
    "\n"
    'msgid "The app Dou\u202ebao has three users."\n'
    'msgstr "L\'app Doubao ha ha tre utenti."\n'
    "\n"
    'msgid "This line was left out."\n'
    'msgstr ""\n'
)


def po_units(text):
    """The (source, target) of each entry of a PO file as simple as BILINGUAL_PO, header left out."""
    units, source = [], None
    for line in text.splitlines():
        if line.startswith("msgid "):
            source = json.loads(line[len("msgid "):])
        elif line.startswith("msgstr ") and source:
            units.append((source, json.loads(line[len("msgstr "):])))
    return units


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def expect(self, condition, what, detail=""):
        if condition:
            self.passed += 1
            print(f"ok {what}")
        else:
            self.failed += 1
            print(f"FAIL {what}" + (f": {detail}" if detail else ""))
        return condition


def shown(text):
    """The text as the page shows it: line ends read as LF, characters HTML cannot carry as
    their stand-ins (HTMLText in Sources/MTLintReport)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for char in text:
        value = ord(char)
        if value in (0x09, 0x0A):
            out.append(char)
        elif value < 0x20:
            out.append(chr(0x2400 + value))
        elif value == 0x7F:
            out.append("\u2421")
        elif 0x80 <= value <= 0x9F or 0xFDD0 <= value <= 0xFDEF or value & 0xFFFE == 0xFFFE:
            out.append("\ufffd")
        else:
            out.append(char)
    return "".join(out)


def shown_message(message):
    """A message as its paragraph reads: text between paired backticks is set as code."""
    return shown(message.replace("`", "") if message.count("`") % 2 == 0 else message)


def make_report(mtlint, arguments, cwd, output):
    """The HTML report written to `output`, and the JSON report of the same run."""
    html = subprocess.run([mtlint, "check", *arguments, "--format", "html", "-o", str(output), "-q"],
                          cwd=cwd, capture_output=True, text=True)
    if html.returncode not in (0, 1) or not output.exists():
        sys.exit(f"mtlint check {' '.join(arguments)} --format html: exit {html.returncode}: {html.stderr}")
    report = subprocess.run([mtlint, "check", *arguments, "--format", "json"], cwd=cwd, capture_output=True, text=True)
    return json.loads(report.stdout)


# What the page says about each file and finding, read in one go.
READ_PAGE = r"""
(() => {
  const files = [];
  for (const section of document.querySelectorAll("section.file")) {
    const number = section.id.slice(1);
    const findings = [];
    for (const item of section.querySelectorAll("ol.fl > li")) {
      const k = item.id.split("-")[1];
      const pieces = section.querySelectorAll('mark[data-f="' + k + '"]');
      let text = null;
      if (pieces.length) {
        const range = document.createRange();
        range.setStartBefore(pieces[0]);
        range.setEndAfter(pieces[pieces.length - 1]);
        text = range.toString();
      }
      const first = document.getElementById("M" + number + "-" + k);
      findings.push({
        text: text,
        firstIsFirst: first === pieces[0],
        at: item.querySelector("a").textContent,
        href: item.querySelector("a").getAttribute("href"),
        severity: item.querySelector(".sv").textContent,
        rule: item.querySelector("a.ru").textContent,
        message: item.querySelector("p").textContent,
        highlighted: getComputedStyle(pieces[0]).backgroundColor,
      });
    }
    const sources = [...section.querySelectorAll("ol.src")];
    files.push({path: section.getAttribute("data-path"), text: sources.length ? sources.map((s) => s.textContent).join("") : null,
                findings: findings});
  }
  return files;
})()
"""


def check_findings(checks, page, report, name):
    page.evaluate('document.getElementById("open-all").click()')
    # The parts of long texts open one by one (a toggle event makes each).
    page.evaluate("""(async () => { document.querySelectorAll("details.part").forEach((part) => { part.open = true; });
        await new Promise((resolve) => setTimeout(resolve, 100)); })()""")
    checks.expect(page.evaluate('document.querySelectorAll("noscript.lazy").length') == 0,
                  f"{name}: 'Open all' (and opening every part) makes the content of every collapsed file")
    files = page.evaluate(READ_PAGE)
    checks.expect([f["path"] for f in files] == [f["path"] for f in report["files"]], f"{name}: one section per file, in order")
    for shown_file, expected in zip(files, report["files"]):
        path = expected["path"]
        source = Path(report["_root"]) / path
        text = source.read_bytes().decode("utf-8")
        checks.expect(shown_file["text"] == shown(text), f"{name}: the lines of {path} hold its text",
                      f"{shown_file['text']!r:.200} != {shown(text)!r:.200}")
        diagnostics = expected["diagnostics"]
        if not checks.expect(len(shown_file["findings"]) == len(diagnostics), f"{name}: {path} lists its {len(diagnostics)} findings",
                             f"{len(shown_file['findings'])} listed"):
            continue
        bad = []
        for index, (found, diagnostic) in enumerate(zip(shown_file["findings"], diagnostics), start=1):
            wanted = {
                "text": shown(diagnostic["text"]), "firstIsFirst": True,
                "at": f"{diagnostic['line']}:{diagnostic['column']}", "severity": diagnostic["severity"],
                "rule": diagnostic["rule"], "message": shown_message(diagnostic["message"]),
            }
            got = {key: found[key] for key in wanted}
            if got != wanted:
                bad.append(f"finding {index}: {got} != {wanted}")
            if found["highlighted"] in ("rgba(0, 0, 0, 0)", "transparent"):
                bad.append(f"finding {index} is not highlighted")
        checks.expect(not bad, f"{name}: every finding of {path} is highlighted with its exact text and listed with its place, "
                               f"severity, rule and message", "; ".join(bad[:3]))


FILTER_STATE = r"""
((rule) => {
  const shown = (node) => getComputedStyle(node).display !== "none";
  const lit = (node) => !["rgba(0, 0, 0, 0)", "transparent"].includes(getComputedStyle(node).backgroundColor);
  const items = [...document.querySelectorAll("section.file ol.fl > li")];
  const marks = [...document.querySelectorAll("section.file mark")];
  return {
    items: items.map((item) => [item.className, item.querySelector("a.ru").textContent, shown(item)]),
    marks: marks.map((mark) => [mark.className, lit(mark)]),
    sections: [...document.querySelectorAll("section.file")].map((s) => [s.getAttribute("data-path"), !s.hidden, s.classList.contains("clean")]),
    status: document.getElementById("shown").textContent,
  };
})()
"""


def check_filters(checks, page, report):
    total = sum(len(f["diagnostics"]) for f in report["files"])
    files = len(report["files"])
    state = page.evaluate(FILTER_STATE)
    checks.expect(all(item[2] for item in state["items"]) and all(mark[1] for mark in state["marks"]),
                  "filters: at first every finding is listed and highlighted")
    checks.expect(state["status"] == f"{total} findings in {files} files shown", "filters: the count of what is shown", state["status"])

    # A severity: warnings go, from the list and from the text; the rest stays.
    page.evaluate('document.querySelector("#filters input[data-c=w]").click()')
    state = page.evaluate(FILTER_STATE)
    warnings = report["summary"]["warnings"]
    checks.expect(warnings > 0 and all(item[2] == ("w" not in item[0].split()) for item in state["items"]),
                  "filters: unticking warnings hides exactly the warnings in the lists")
    checks.expect(all(mark[1] == ("w" not in mark[0].split()) for mark in state["marks"]),
                  "filters: unticking warnings takes the highlight off exactly the warnings' spans")
    checks.expect(state["status"] == f"{total - warnings} findings in {files} files shown", "filters: the count follows", state["status"])
    page.evaluate('document.querySelector("#filters input[data-c=w]").click()')
    state = page.evaluate(FILTER_STATE)
    checks.expect(all(item[2] for item in state["items"]), "filters: ticking warnings again shows them again")

    # A rule.
    rule = "name/glossary"
    page.evaluate("""[...document.querySelectorAll("#filters .rules label")]
        .find((label) => label.querySelector("code").textContent === %s).querySelector("input").click()""" % json.dumps(rule))
    state = page.evaluate(FILTER_STATE)
    count = sum(1 for item in state["items"] if item[1] == rule)
    checks.expect(count > 0 and all(item[2] == (item[1] != rule) for item in state["items"]),
                  f"filters: unticking {rule} hides its {count} findings and no other")
    page.evaluate("""[...document.querySelectorAll("#filters .rules label")]
        .find((label) => label.querySelector("code").textContent === %s).querySelector("input").click()""" % json.dumps(rule))

    # Files by path, then files without findings.
    page.evaluate("""(() => { const box = document.getElementById("file-filter"); box.value = "FR/";
        box.dispatchEvent(new Event("input", {bubbles: true})); })()""")
    state = page.evaluate(FILTER_STATE)
    wanted = [path for path, _, _ in state["sections"] if "fr/" in path.lower()]
    checks.expect(wanted and [path for path, visible, _ in state["sections"] if visible] == wanted,
                  f"filters: a path filter shows only the files whose path holds it ({len(wanted)})")
    page.evaluate("""(() => { const box = document.getElementById("file-filter"); box.value = "";
        box.dispatchEvent(new Event("input", {bubbles: true})); document.getElementById("only-findings").click(); })()""")
    state = page.evaluate(FILTER_STATE)
    checks.expect(any(clean for _, _, clean in state["sections"]) and all(visible == (not clean) for _, visible, clean in state["sections"]),
                  "filters: 'only files with findings' hides exactly the clean files")
    page.evaluate('document.getElementById("only-findings").click()')


def check_hover(checks, page, report):
    first = next(f for f in report["files"] if f["diagnostics"])
    message = shown_message(first["diagnostics"][0]["message"])
    tip = page.evaluate("""(() => {
        const mark = document.querySelector("section.file mark[data-f]");
        mark.scrollIntoView({block: "center"});
        mark.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
        const tip = document.getElementById("tip");
        return {hidden: tip.hidden, text: tip.textContent};
    })()""")
    checks.expect(not tip["hidden"] and message in tip["text"], "hover: a highlighted span shows its finding's message", str(tip)[:200])


def check_page_script(checks, page, name):
    state = page.evaluate("""({
        scripts: document.scripts.length,
        form: !document.getElementById("filters").hidden,
        summaryFirst: document.getElementById("page").children[1].id,
        resources: performance.getEntriesByType("resource").length,
    })""")
    checks.expect(state["scripts"] == 1 and state["form"], f"{name}: the page's one script ran (the filters are shown)", str(state))
    checks.expect(state["summaryFirst"] == "summary", f"{name}: the summary is moved above the files")
    checks.expect(state["resources"] == 0, f"{name}: the page loads nothing", str(state["resources"]))
    errors = [e for e in page.console_messages() if e.get("method") == "Runtime.exceptionThrown"]
    checks.expect(not errors, f"{name}: no script error", str(errors)[:300])


def check_collapsed(checks, page, report):
    """Files after the 25th with findings are collapsed, their content not yet elements."""
    total = sum(len(f["diagnostics"]) for f in report["files"])
    files = len(report["files"])
    state = page.evaluate("""({
        lazy: [...document.querySelectorAll("section.file")].filter((s) => s.querySelector("noscript.lazy")).map((s) => s.id),
        open: [...document.querySelectorAll("section.file > details[open]")].length,
        status: document.getElementById("shown").textContent,
    })""")
    lazy = [f"F{n}" for n in range(26, files + 1)]
    checks.expect(state["lazy"] == lazy and state["open"] == 25, f"collapsed: files 26 to {files} are collapsed and not yet made", str(state)[:300])
    checks.expect(state["status"] == f"{total} findings in {files} files shown", "collapsed: the filters count their findings", state["status"])
    last = f"M{files}-1"
    state = page.evaluate("""(() => { location.hash = "#%s";
        return new Promise((resolve) => setTimeout(() => { const mark = document.getElementById("%s");
            resolve({found: !!mark, open: !!mark && mark.closest("details").open,
                     lazy: document.querySelectorAll("#F%d noscript.lazy").length}); }, 50)); })()""" % (last, last, files))
    checks.expect(state == {"found": True, "open": True, "lazy": 0}, f"collapsed: a link to #{last} opens its file and makes its content", str(state))


def check_long_text(checks, page, report):
    """A long text is in parts; only the first is made, a link into a later one makes it."""
    diagnostics = report["files"][0]["diagnostics"]
    last = len(diagnostics)
    state = page.evaluate("""(() => ({
        parts: [...document.querySelectorAll("details.part")].map((part) => [part.open, !!part.querySelector(":scope > noscript.lazy")]),
        marks: document.querySelectorAll("mark").length,
    }))()""")
    parts = state["parts"]
    checks.expect(len(parts) == 3 and parts[0] == [True, False] and all(part == [False, True] for part in parts[1:]),
                  "long text: in 3 parts, the first open and made, the others collapsed and not made", str(state))
    state = page.evaluate("""(() => { location.hash = "#M1-%d";
        return new Promise((resolve) => setTimeout(() => { const mark = document.getElementById("M1-%d");
            resolve({found: !!mark, open: !!mark && mark.closest("details.part").open, text: mark && mark.textContent}); }, 50)); })()""" % (last, last))
    checks.expect(state["found"] and state["open"], f"long text: a link to its last finding (#M1-{last}) makes and opens its part", str(state))


def check_markup_is_text(checks, page):
    state = page.evaluate(r"""({
        pwned: typeof window.__pwned,
        images: document.querySelectorAll("img").length,
        handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
        line: document.querySelectorAll("#F1 ol.src > li")[1].textContent,
        overrideHidden: [...document.querySelectorAll(".bidi > span")].map((s) => getComputedStyle(s).display),
        laidOut: document.querySelector("#F1 ol.src").innerText.includes("\u202e"),
    })""")
    checks.expect(state["pwned"] == "undefined", "markup: a <script> and an onerror in the text do not run", state["pwned"])
    checks.expect(state["images"] == 0 and state["handlers"] == 0, "markup: no element and no handler is made from the text", str(state))
    checks.expect(state["line"] == MARKUP_TEXT.split("\r\n")[1], "markup: the line of markup reads as written", repr(state["line"]))
    checks.expect(state["overrideHidden"] and set(state["overrideHidden"]) == {"none"} and not state["laidOut"],
                  "markup: the right-to-left override is in the text but not laid out", str(state["overrideHidden"]))


READ_UNITS = r"""
(() => {
  const section = document.getElementById("F1");
  const rows = [...section.querySelectorAll("table.units > tbody > tr")];
  const units = rows.map((row) => {
    const source = row.querySelector("td.us"), target = row.querySelector("td ol.src");
    const a = source.getBoundingClientRect(), b = target.getBoundingClientRect();
    return {id: row.id, source: source.textContent, target: target.textContent,
            beside: a.right <= b.left && Math.abs(a.top - b.top) < 8 && a.width > 100 && b.width > 100};
  });
  const findings = [...section.querySelectorAll("ol.fl > li")].map((item) => {
    const k = item.id.split("-")[1];
    const pieces = section.querySelectorAll('mark[data-f="' + k + '"]');
    const range = document.createRange();
    range.setStartBefore(pieces[0]);
    range.setEndAfter(pieces[pieces.length - 1]);
    return {text: range.toString(), row: pieces[0].closest("tr").id, at: item.querySelector("a").textContent,
            rule: item.querySelector("a.ru").textContent};
  });
  const sourceMarks = [...section.querySelectorAll("td.us mark")].map((mark) => ({
    row: mark.closest("tr").id, text: mark.textContent, finding: (/^finding (\d+)/.exec(mark.title) || [])[1],
    lit: !["rgba(0, 0, 0, 0)", "transparent"].includes(getComputedStyle(mark).backgroundColor)}));
  return {units: units, findings: findings, sourceMarks: sourceMarks, pwned: typeof window.__pwned,
          hidden: [...section.querySelectorAll(".bidi > span")].map((s) => getComputedStyle(s).display)};
})()
"""


def check_bilingual(checks, page, report):
    """Each unit's source segment stands beside its target, both exactly as the file holds them;
    each finding is highlighted in the target of its unit; nothing of either side runs."""
    state = page.evaluate(READ_UNITS)
    units = po_units(BILINGUAL_PO)
    shown_units = [(unit["source"], unit["target"]) for unit in state["units"]]
    checks.expect(shown_units == [(shown(source), shown(target)) for source, target in units],
                  "bilingual: one row per unit, its source and its target as the file holds them", str(shown_units)[:300])
    checks.expect(all(unit["beside"] for unit in state["units"]), "bilingual: each source is laid out beside its target, on its row",
                  str([unit["id"] for unit in state["units"] if not unit["beside"]]))
    diagnostics = report["files"][0]["diagnostics"]
    wanted = [{"text": shown(d["text"].replace('\\"', '"')), "row": f"U1-{d['segment']['index']}", "at": f"{d['line']}:{d['column']}",
               "rule": d["rule"]} for d in diagnostics]
    rows = {f["row"] for f in state["findings"]}
    checks.expect(len(diagnostics) >= 3 and len(rows) >= 3 and state["findings"] == wanted,
                  f"bilingual: each of the {len(diagnostics)} findings is highlighted with its text in the target of its unit",
                  f"{state['findings']} != {wanted}")
    marks = state["sourceMarks"]
    checks.expect(marks and all(mark["lit"] and mark["finding"] and state["findings"][int(mark["finding"]) - 1]["row"] == mark["row"]
                                for mark in marks),
                  f"bilingual: the places of the sources that findings name ({len(marks)}) are highlighted in the row of their finding",
                  str(marks))
    checks.expect(any(mark["text"] == "35" for mark in marks), "bilingual: the source's figure `35` is marked beside the target's `53`",
                  str(marks))
    checks.expect(state["pwned"] == "undefined", "bilingual: a <script> in a source or a target does not run", state["pwned"])
    checks.expect(state["hidden"] == ["none"], "bilingual: the override in a source is kept but not laid out", str(state["hidden"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mtlint", required=True)
    parser.add_argument("--root", default=str(Path(__file__).resolve().parents[2]))
    parser.add_argument("--screenshot")
    parser.add_argument("--summary-screenshot")
    options = parser.parse_args()
    options.mtlint = str(Path(options.mtlint).resolve())
    root = Path(options.root)
    checks = Checks()
    with tempfile.TemporaryDirectory(prefix="mtlint-browser-") as folder:
        folder = Path(folder)
        corpora_page = folder / "corpora.html"
        corpora = make_report(options.mtlint, ["--no-config", "corpora/"], root, corpora_page)
        corpora["_root"] = str(root)
        texts = folder / "texts"
        (texts / "more").mkdir(parents=True)
        (texts / "markup.txt").write_bytes(MARKUP_TEXT.encode("utf-8"))
        for number in range(1, 31):
            (texts / "more" / f"{number:02}.txt").write_text(f"Il testo numero {number} ha ha una parola ripetuta.\n", encoding="utf-8")
        markup_page = folder / "markup.html"
        markup = make_report(options.mtlint, ["--no-config", "--lang", "it", "texts"], folder, markup_page)
        markup["_root"] = str(folder)
        long_folder = folder / "long"
        long_folder.mkdir()
        lines = [f"La riga numero {n} del testo lungo." for n in range(1, 1201)]
        for n in (10, 650, 1150):
            lines[n - 1] = f"Alla riga {n} il il testo ripete una parola."
        lines[499] = "Qui la riga finisce con il"
        lines[500] = "il testo che continua."
        (long_folder / "lungo.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        long_page = folder / "long.html"
        long_report = make_report(options.mtlint, ["--no-config", "--lang", "it", "long"], folder, long_page)
        long_report["_root"] = str(folder)
        bilingual_folder = folder / "bilingual"
        bilingual_folder.mkdir()
        (bilingual_folder / "notizia.en-it.po").write_text(BILINGUAL_PO, encoding="utf-8")
        bilingual_page = folder / "bilingual.html"
        bilingual = make_report(options.mtlint, ["--no-config", "--source-lang", "en", "bilingual"], folder, bilingual_page)
        try:
            browser = cdp.Browser()
        except FileNotFoundError as error:
            print(f"cannot run the browser test: {error}")
            return 2
        with browser:
            page = browser.open_page(width=1280, height=900)
            page.navigate(corpora_page.as_uri())
            check_page_script(checks, page, "corpora")
            check_findings(checks, page, corpora, "corpora")
            check_filters(checks, page, corpora)
            check_hover(checks, page, corpora)

            page = browser.open_page(width=1280, height=900)
            page.navigate(markup_page.as_uri())
            check_page_script(checks, page, "markup")
            check_collapsed(checks, page, markup)
            check_findings(checks, page, markup, "markup")
            check_markup_is_text(checks, page)

            page = browser.open_page(width=1280, height=900)
            page.navigate(long_page.as_uri())
            check_long_text(checks, page, long_report)
            check_findings(checks, page, long_report, "long text")

            page = browser.open_page(width=1280, height=900)
            page.navigate(bilingual_page.as_uri())
            check_page_script(checks, page, "bilingual")
            check_bilingual(checks, page, bilingual)

            if options.screenshot:
                page = browser.open_page(width=1280, height=900)
                page.navigate(corpora_page.as_uri())
                page.evaluate("""(() => {
                    document.getElementById("F5").scrollIntoView();
                    window.scrollBy(0, -8);
                    const mark = [...document.querySelectorAll("#F5 mark")].find((m) => m.textContent === "12 Cento milioni");
                    mark.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
                })()""")
                page.screenshot(options.screenshot)
                print(f"wrote {options.screenshot}")
            if options.summary_screenshot:
                page = browser.open_page(width=1280, height=1150)
                page.navigate(corpora_page.as_uri())
                page.screenshot(options.summary_screenshot)
                print(f"wrote {options.summary_screenshot}")
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
