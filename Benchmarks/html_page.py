#!/usr/bin/env python3
"""The HTML report of a large run, measured (`make bench-html`): the 2,000 articles that
Benchmarks/bench.py generates from corpora/ are checked with `--format html -o`, and the page
is loaded from file:// in headless Chromium (Tests/Browser/cdp.py). Prints the page's size,
mtlint's time and peak memory for the run, and the browser's figures, the median of RUNS
fresh loads: the load event, the first contentful paint, and a filter (unticking warnings,
until the next frame is drawn). docs/html-report.md quotes them. A measurement: it gates
nothing. MTLINT_BIN chooses the binary (default: the release build).
"""
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "Benchmarks"))
sys.path.insert(0, str(ROOT / "Tests" / "Browser"))
import bench  # noqa: E402
import cdp  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MTLINT = Path(os.environ.get("MTLINT_BIN", ROOT / ".build" / "release" / "mtlint"))
PAGE = bench.DATA / "articles.html"

TIMINGS = r"""
(async () => {
  const navigation = performance.getEntriesByType("navigation")[0];
  const paint = performance.getEntriesByType("paint").find((entry) => entry.name === "first-contentful-paint");
  const box = document.querySelector("#filters input[data-c=w]");
  const start = performance.now();
  box.click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const filter = performance.now() - start;
  box.click();
  return {
    domContentLoaded: navigation.domContentLoadedEventEnd,
    load: navigation.loadEventEnd,
    firstContentfulPaint: paint ? paint.startTime : null,
    filter: filter,
    sections: document.querySelectorAll("section.file").length,
    marks: document.querySelectorAll("mark").length,
    elements: document.getElementsByTagName("*").length,
  };
})()
"""


def run_mtlint():
    start = time.monotonic()
    process = subprocess.Popen([str(MTLINT), "check", "--no-config", "--format", "html", "-o", str(PAGE), "-q",
                                str(bench.FOLDER)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"mtlint failed: {process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def main():
    if not MTLINT.exists():
        sys.exit(f"no binary at {MTLINT}: run `make release` or set MTLINT_BIN")
    bench.generate()
    seconds, memory = run_mtlint()
    size = PAGE.stat().st_size
    print(f"mtlint check {bench.FOLDER_FILES} files --format html: {seconds:.1f} s, {memory:.0f} MB peak; page {size / 1e6:.1f} MB")
    results = []
    with cdp.Browser(timeout=120) as browser:
        for _ in range(RUNS + 1):
            page = browser.open_page(width=1280, height=900)
            wall = page.navigate(PAGE.as_uri(), timeout=120)
            figures = page.evaluate(TIMINGS)
            figures["wall"] = wall * 1000
            results.append(figures)
            page.send("Page.close")
    results = results[1:]  # the first load warms the browser up
    first = results[0]
    print(f"{first['sections']} file sections, {first['marks']} highlighted spans, {first['elements']} elements")
    for key, label in [("wall", "navigate to load event (wall)"), ("domContentLoaded", "DOMContentLoaded"),
                       ("load", "load event end"), ("firstContentfulPaint", "first contentful paint"),
                       ("filter", "untick warnings, to the next frame")]:
        values = [r[key] for r in results if r[key] is not None]
        print(f"{label}: median {statistics.median(values):.0f} ms (runs: {', '.join(f'{v:.0f}' for v in values)})")


if __name__ == "__main__":
    main()
