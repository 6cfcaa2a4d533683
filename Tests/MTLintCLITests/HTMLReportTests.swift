import Foundation
import Testing

/// The scripts in Tests/Browser.
private let browserScripts = packageRoot.appendingPathComponent("Tests/Browser")

/// Runs `python3 arguments...` in the package's root; its status and everything it printed.
private func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    process.currentDirectoryURL = packageRoot
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, text)
}

/// Whether python3 can import html5lib (`make test` installs it).
private let hasHTML5Lib: Bool = (try? python(["-c", "import html5lib"]).status) == 0

/// A Chromium on the PATH (or $CHROMIUM), as Tests/Browser/cdp.py looks for it.
private let chromium: String? = {
    let environment = ProcessInfo.processInfo.environment
    let names = environment["CHROMIUM"].map { [$0] } ?? ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
        if name.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
    }
    return nil
}()

/// A text with markup, references, quotes and a right-to-left override, two of them in flagged
/// spans (text/quote-spacing flags the quoted names).
private let markupText =
    "Il gruppo ha pagato il il conto.\r\n<script>window.__pwned = 1</script><img src=\"x\" onerror=\"alert(1)\">\r\n"
    + "La \"H&M < Zara \" piattaforma, e la \"Dou\u{202E}bao \" app.\r\n"

@Suite(
    "The HTML report is valid HTML that loads nothing",
    .enabled(if: hasHTML5Lib, "python3 has no html5lib: `make test-deps` (or pip install html5lib) installs it"))
struct HTMLValidityTests {
    @Test(
        "the golden report of corpora/, a report of texts full of markup, of clean texts, of no text, and of bilingual and Markdown files parse without error and are self-contained"
    )
    func reportsAreValid() throws {
        let folder = try TemporaryFolder()
        try folder.write("testi/markup.txt", markupText)
        try folder.write("testi/clean.txt", "Tutto bene.\n")
        let result = folder.run(["--lang", "it", "--format", "html", "-o", "markup.html", "-q", "testi"])
        #expect(result.status == Status.clean, "\(result.stderr)")
        let page = try String(contentsOf: folder.url.appendingPathComponent("markup.html"), encoding: .utf8)
        #expect(page.contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=\"x\" onerror=\"alert(1)\"&gt;"))
        #expect(folder.run(["--lang", "it", "--format", "html", "-o", "clean.html", "-q", "testi/clean.txt"]).status == Status.clean)
        #expect(folder.run(["--format", "html", "-o", "nothing.html", "-q", "missing.txt"]).status == Status.unreadable)
        // A bilingual file (its units' table and style) among texts, with markup in a source.
        try folder.write("misti/a.csv", "source,target\n\"<script>x()</script> & \"\"q\"\"\",il il conto\nEmpty,\n")
        try folder.write("misti/b.md", "| Nome | Città |\n| --- | --- |\n| Anna | Roma il il |\n")
        try folder.write("misti/c.txt", markupText)
        #expect(
            folder.run(["--lang", "it", "--fail-on", "never", "--format", "html", "-o", "mixed.html", "-q", "misti"]).status == Status.clean
        )
        let mixed = try String(contentsOf: folder.url.appendingPathComponent("mixed.html"), encoding: .utf8)
        #expect(mixed.contains("<td class=\"us\">&lt;script&gt;x()&lt;/script&gt; &amp; \"q\"</td>"))
        let check = try python(
            [browserScripts.appendingPathComponent("check_html.py").path, "Tests/MTLintCLITests/Golden/corpora.html"]
                + ["markup.html", "clean.html", "nothing.html", "mixed.html"].map { folder.url.appendingPathComponent($0).path })
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.hasSuffix("5 passed, 0 failed\n"), "\(check.output)")
    }

    /// A check that cannot fail is no check: each of these pages must be refused.
    @Test(
        "the checker refuses a parse error, a duplicate id, a dead link, a script from elsewhere, a handler",
        arguments: [
            ("<p>a < b</p>", "parse error"),
            ("<p id=\"x\">a</p><p id=\"x\">b</p>", "the id 'x' is used twice"),
            ("<a href=\"#nowhere\">a</a>", "the link #nowhere leads to no id"),
            ("<script src=\"https://example.org/x.js\"></script>", "a script with src"),
            ("<p onclick=\"x()\">a</p>", "an event handler attribute onclick"),
        ])
    func checkerRefuses(body: String, problem: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "bad.html",
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>x</title></head><body>\(body)</body></html>\n")
        let check = try python([
            browserScripts.appendingPathComponent("check_html.py").path, folder.url.appendingPathComponent("bad.html").path,
        ])
        #expect(check.status == 1, "\(check.output)")
        #expect(check.output.contains(problem), "\(check.output)")
    }
}

@Suite(
    "The HTML report in a browser (headless Chromium)",
    .enabled(if: chromium != nil, "no chromium on the PATH: `make browser-deps` (Debian's chromium) installs it"))
struct HTMLBrowserTests {
    /// Tests/Browser/browser_test.py: highlighted spans hold the findings' exact text, filters
    /// hide what they should, a `<script>` in a text does not run (its docstring says more).
    @Test("every finding's span has its exact text, filters hide what they should, a text's <script> does not run")
    func inChromium() throws {
        let binary = try #require(mtlintExecutable)
        let result = try python([browserScripts.appendingPathComponent("browser_test.py").path, "--mtlint", binary.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.hasSuffix(" passed, 0 failed\n"), "\(result.output)")
    }
}

@Suite("The HTML report of a run")
struct HTMLRunTests {
    @Test("with a baseline, the page shows the new findings in their text and counts the known ones")
    func baseline() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", repeatedWordLine + "\n")
        #expect(folder.run(["--lang", "it", "--write-baseline", "base.json", "a.txt"]).status == Status.clean)
        try folder.write("a.txt", repeatedWordLine + "\nPoi è andato a a casa.\n")
        let result = folder.run(["--lang", "it", "--baseline", "base.json", "--format", "html", "a.txt"])
        #expect(result.status == Status.clean)
        #expect(
            result.stdout.contains(
                "<li>Ha pagato il il conto.</li>\n<li>Poi è andato <mark id=\"M1-1\" class=\"w r0\" data-f=\"1\">a a</mark> casa.</li>"))
        #expect(
            result.stdout.contains(
                "Baseline <code>base.json</code>: <b>1 new finding</b> shown here, 1 known finding in the baseline not shown."))
    }

    @Test("standard input is shown under its name; an unreadable input is counted")
    func standardInputAndProblems() throws {
        let folder = try TemporaryFolder()
        try folder.write("latin1.txt", bytes: [0x63, 0xFF, 0x0A])
        let result = folder.run(
            ["--lang", "it", "--format", "html", "--stdin-filename", "articolo.txt", "-", "latin1.txt"],
            stdin: Data((repeatedWordLine + "\n").utf8))
        #expect(result.status == Status.unreadable)
        #expect(result.stdout.contains("<section class=\"file\" id=\"F1\" data-path=\"articolo.txt\" data-k=\"w0\">"))
        #expect(result.stdout.contains("<span class=\"n e\">1 input</span> could not be read (named on standard error).</p>"))
        #expect(result.stderr.contains("latin1.txt"))
    }
}
