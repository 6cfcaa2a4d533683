import Foundation
import ICU
import Synchronization
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintDocuments
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct HTMLTextTests {
    @Test("markup, references and quotes in element content are text")
    func markupIsText() {
        #expect(
            HTMLText.text(#"<script>alert("x")</script> & 'y' &amp; >"#)
                == #"&lt;script&gt;alert("x")&lt;/script&gt; &amp; 'y' &amp;amp; &gt;"#)
    }

    @Test("a bidirectional control is kept, hidden, beside its name; what HTML cannot carry is shown by a stand-in")
    func controls() {
        #expect(
            HTMLText.text("a\u{202E}b\u{2066}c") == "a<span class=\"bidi\" data-c=\"RLO\"><span hidden>&#x202E;</span></span>b"
                + "<span class=\"bidi\" data-c=\"LRI\"><span hidden>&#x2066;</span></span>c")
        #expect(
            HTMLText.text("a\u{7}b\rc\u{85}d\u{FFFE}\te\n") == "a<span class=\"cc\" title=\"U+0007\">\u{2407}</span>b"
                + "<span class=\"cc\" title=\"U+000D\">\u{240D}</span>c<span class=\"cc\" title=\"U+0085\">\u{FFFD}</span>d"
                + "<span class=\"cc\" title=\"U+FFFE\">\u{FFFD}</span>\te\n")
        // Plain text, the common case, is returned as it is.
        #expect(HTMLText.text("Città «sì» 😀 日本") == "Città «sì» 😀 日本")
    }

    @Test("attribute values escape quotes, white space and controls")
    func attributes() {
        #expect(HTMLText.attribute("a\"b'c<d>&e\tf\ng\u{202E}h\u{1B}") == "a&quot;b&#39;c&lt;d&gt;&amp;e&#9;f&#10;g\\u{202E}h\\u{1B}")
    }

    @Test("a message's quoted text between paired backticks is code; unpaired ones are left alone")
    func messages() {
        #expect(HTMLText.message("`a<b` reads as `c`; write `d`") == "<code>a&lt;b</code> reads as <code>c</code>; write <code>d</code>")
        #expect(HTMLText.message("a ` b `c` d") == "a ` b `c` d")
    }
}

@Suite struct SHA256Tests {
    /// FIPS 180-2's examples, and a message across two blocks.
    @Test(arguments: [
        ("", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="),
        ("abc", "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE="),
    ])
    func knownDigests(message: String, digest: String) {
        #expect(SHA256.base64Digest(message) == digest)
    }

    @Test func base64Padding() {
        #expect(SHA256.base64(Array("f".utf8)) == "Zg==")
        #expect(SHA256.base64(Array("fo".utf8)) == "Zm8=")
        #expect(SHA256.base64(Array("foo".utf8)) == "Zm9v")
    }
}

@Suite struct HTMLReporterTests {
    /// A report of `text` with findings at `spans` (UTF-16 ranges, each with its severity), of
    /// one rule, `test/span`.
    private func report(_ text: String, _ spans: [(Range<Int>, Severity)], path: String = "a.txt", words: Int = 4) throws -> FileReport {
        let document = Document(path: path, text: text)
        let locator = Locator(document: document, makesExcerpts: false)
        let diagnostics = spans.map { range, severity in
            Diagnostic(
                ruleID: "test/span", severity: severity, category: .fluency, range: range, message: "flagged `\(document.string(range))`",
                suggestions: ["x"])
        }.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        return FileReport(
            path: path, language: .given(try ICULocale(languageTag: "it")), wordCount: words,
            diagnostics: diagnostics.map(locator.locate), document: document)
    }

    private func page(_ reports: [FileReport]) -> String {
        HTMLReporter().render(LintRun(outcomes: reports.map { .linted($0) }, rules: []))
    }

    private func source(of page: String) throws -> String {
        let start = try #require(page.range(of: "<ol class=\"src\""))
        let end = try #require(page.range(of: "</ol>", range: start.upperBound..<page.endIndex))
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// Spans that cross, nest, take in a line end or are empty; CRLF and LF line ends; no line
    /// end at the end. Each piece carries its finding's number; the first has the id.
    @Test("overlapping spans are nested where they nest and cut where they cross or a line ends")
    func spans() throws {
        let text = "ab\r\ncd ef\ngh"
        let page = page([
            try report(text, [(0..<2, .warning), (1..<5, .error), (2..<4, .info), (4..<9, .warning), (7..<7, .info), (10..<12, .error)])
        ])
        #expect(
            try source(of: page) == """
                <ol class="src" lang="it"><li><mark id="M1-1" class="w r0" data-f="1">a<mark id="M1-2" class="e r0" data-f="2">b</mark></mark>\
                <mark class="e r0" data-f="2"><mark id="M1-3" class="i r0" data-f="3"></mark></mark></li>\r
                <li><mark class="e r0" data-f="2"><mark class="i r0" data-f="3"></mark><mark id="M1-4" class="w r0" data-f="4">c</mark></mark>\
                <mark class="w r0" data-f="4">d <mark id="M1-5" class="i r0" data-f="5"></mark>ef</mark></li>
                <li><mark id="M1-6" class="e r0" data-f="6">gh</mark></li></ol>
                """)
        // The list, in the findings' order, says where each is and links to its first piece.
        let places = page.components(separatedBy: "<li class=\"").dropFirst().map {
            String($0.prefix { $0 != "<" })
                + ($0.components(separatedBy: "<a href=\"").dropFirst().first.map { String($0.prefix { $0 != "<" }) } ?? "")
        }
        #expect(
            places == [
                "w r0\" id=\"L1-1\">#M1-1\">1:1", "e r0\" id=\"L1-2\">#M1-2\">1:2", "i r0\" id=\"L1-3\">#M1-3\">1:3",
                "w r0\" id=\"L1-4\">#M1-4\">2:1", "i r0\" id=\"L1-5\">#M1-5\">2:4", "e r0\" id=\"L1-6\">#M1-6\">3:1",
            ])
    }

    @Test("a text that ends with a line end has no empty last line; an empty text has one empty line")
    func lineEnds() throws {
        #expect(try source(of: page([try report("uno\ndue\n", [])])) == "<ol class=\"src\" lang=\"it\"><li>uno</li>\n<li>due</li>\n</ol>")
        #expect(try source(of: page([try report("", [])])) == "<ol class=\"src\" lang=\"it\"><li></li></ol>")
        // A finding at the very end, after the last line end, gets a line of its own.
        #expect(
            try source(of: page([try report("uno\n", [(4..<4, .info)])]))
                == "<ol class=\"src\" lang=\"it\"><li>uno</li>\n<li><mark id=\"M1-1\" class=\"i r0\" data-f=\"1\"></mark></li></ol>")
    }

    @Test("text, path and messages from the document never become markup")
    func escaping() throws {
        let text = "x <script>alert(1)</script> & \"q\" \u{202E}y"
        let page = page([try report(text, [(2..<10, .error)], path: "<b>\"name\u{202E}\".txt")])
        #expect(
            try source(of: page)
                == "<ol class=\"src\" lang=\"it\"><li>x <mark id=\"M1-1\" class=\"e r0\" data-f=\"1\">&lt;script&gt;</mark>"
                + "alert(1)&lt;/script&gt; &amp; \"q\" <span class=\"bidi\" data-c=\"RLO\"><span hidden>&#x202E;</span></span>y</li></ol>")
        // The path as the other reports print it (escaped, quoted), then made safe for HTML.
        #expect(page.contains(#"data-path="&quot;&lt;b&gt;\&quot;name\u{202E}\&quot;.txt&quot;""#))
        #expect(page.contains(#"<h2>"&lt;b&gt;\"name\u{202E}\".txt"</h2>"#))
        #expect(page.contains("<p>flagged <code>&lt;script&gt;</code></p>"))
        // One script, the page's own, and the policy that names it.
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.contains("script-src 'sha256-\(SHA256.base64Digest(HTMLPage.scriptContent))'"))
    }

    @Test("the first files with findings are open; later ones and clean ones are collapsed, their content in noscript")
    func collapsed() throws {
        let reports = try (0..<(HTMLReporter.openFiles + 2)).map { index in
            try report("il il", index == 1 ? [] : [(0..<5, .warning)], path: "f\(index).txt")
        }
        let page = page(reports)
        let sections = page.components(separatedBy: "<section class=\"file").dropFirst()
        let open = sections.map { $0.contains("<details open>") }
        let lazy = sections.map { $0.contains("<noscript class=\"lazy\"><div class=\"body\">") && $0.contains("</div></noscript>") }
        #expect(open == (0..<reports.count).map { $0 != 1 && $0 <= HTMLReporter.openFiles })
        #expect(lazy == open.map { !$0 })
        #expect(sections.first?.contains("data-k=\"w0\"") == true)
    }

    @Test("the summary counts findings by severity and rule, bins the scores and names the worst files")
    func summary() throws {
        let damaged = try report("il il e e", [(0..<5, .error), (6..<9, .warning)], path: "brutto.txt", words: 400)
        let clean = try report("bene", [], path: "bello.txt", words: 400)
        let run = LintRun(
            outcomes: [.linted(damaged), .linted(clean), .failed(InputProblem(path: "gone.txt", message: "no such file or folder"))],
            rules: [], baseline: BaselineSummary(file: "base.json", matched: 3, stale: 1))
        let page = HTMLReporter().render(run)
        #expect(
            page.contains(
                "<p class=\"totals\">2 files checked, 800 words: <span class=\"n e\">1 error</span>, "
                    + "<span class=\"n w\">1 warning</span>, <span class=\"n i\">0 infos</span>; score <b>81.2</b> (lowest 62.5 in brutto.txt).</p>"
            ))
        #expect(
            page.contains(
                "<p class=\"baseline\">Baseline <code>base.json</code>: <b>2 new findings</b> shown here, "
                    + "3 known findings in the baseline not shown, 1 stale entry (write the baseline again).</p>"))
        #expect(page.contains("<li><code>gone.txt</code>: no such file or folder</li>"))
        #expect(page.contains("<title>score 60–70: 1 file</title>"))
        #expect(page.contains("<title>score 100: 1 file</title>"))
        #expect(page.contains("<title>test/span: 1 error</title>"))
        #expect(page.contains("<tr><td class=\"num\">62.5</td><td><a href=\"#F1\">brutto.txt</a></td><td class=\"num\">1</td>"))
        #expect(!page.contains("href=\"#F2\">bello.txt"), "a clean file is not among the worst")
    }

    /// Each of these is a parse error in HTML (raw or as a reference) or would reorder the
    /// page; none may reach it raw, from the text, the path or a message.
    @Test("the page holds no control, noncharacter or raw bidirectional character from a text, a path or a message")
    func noForbiddenCharacter() throws {
        // Swift's literals refuse noncharacters; they are valid in a decoded file.
        let nonCharacters = [0xFFFE, 0xFDD0, 0x1FFFF].compactMap(Unicode.Scalar.init).map(String.init).joined()
        let text = "a\u{1}b\u{1B}[2Jc\u{7F}d\u{85}e\(nonCharacters)f\u{202E}h\u{2067}i\u{200F}j\u{61C}k\rl\r\nm\u{C}n\u{0B}o"
        let page = page([try report(text, [(0..<text.utf16.count, .error)], path: "p\u{1B}\u{202E}\u{85}.txt")])
        let forbidden = page.unicodeScalars.filter { scalar in
            let value = scalar.value
            return (value < 0x20 && !["\t", "\n", "\r"].contains(scalar)) || (0x7F...0x9F).contains(value)
                || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
                || HTMLText.bidiName(value) != nil
        }
        #expect(forbidden.isEmpty, "\(forbidden.map { HTMLText.codePoint($0.value) })")
        // A carriage return only as a line end, between two lines of the text.
        #expect(page.unicodeScalars.filter { $0 == "\r" }.count == 2)
        #expect(page.contains("</li>\r<li>") && page.contains("</li>\r\n<li>"))
        #expect(!page.contains("&#13;"), "a reference to CR is a parse error")
    }

    /// 1,100 lines, with a finding from the end of line 500 into line 501: the first cut waits
    /// for a line end that no finding crosses.
    @Test("a long text is shown in parts of whole lines, cut where no finding crosses; later parts are made on opening")
    func parts() throws {
        let lines = (1...1_100).map { "riga \($0)" }
        let text = lines.joined(separator: "\n") + "\n"
        func offset(ofLine line: Int) -> Int { lines[..<(line - 1)].reduce(0) { $0 + $1.utf16.count + 1 } }
        let crossing = offset(ofLine: 501) - 2..<offset(ofLine: 501) + 4
        let third = offset(ofLine: 1_050)..<offset(ofLine: 1_050) + 4
        let page = page([try report(text, [(crossing, .warning), (0..<4, .error), (third, .info)])])
        let parts = page.components(separatedBy: "<details class=\"part\"").dropFirst().map { String($0.prefix { $0 != "\n" }) }
        #expect(
            parts == [
                #" open data-first="1" data-last="2"><summary>Lines 1–501 · 2 findings</summary>"#,
                #"><summary>Lines 502–1,001 · no findings</summary>"#,
                #" data-first="3" data-last="3"><summary>Lines 1,002–1,100 · 1 finding</summary>"#,
            ])
        #expect(page.contains("<ol class=\"src\" lang=\"it\" start=\"502\" style=\"--d:4\"><li>riga 502</li>\n"))
        #expect(
            page.contains(
                "<li>riga 50<mark id=\"M1-2\" class=\"w r0\" data-f=\"2\">0</mark></li>\n<li><mark class=\"w r0\" data-f=\"2\">riga</mark> 501</li>\n</ol>"
            ))
        // The first part of an open file is made; the others wait in noscript.
        let made = page.components(separatedBy: "<details class=\"part\"").dropFirst().map {
            $0.contains("</summary>\n<noscript class=\"lazy\">")
        }
        #expect(made == [false, true, true])
        // The findings are listed in the part where they start.
        #expect(page.components(separatedBy: "id=\"L1-3\"")[0].components(separatedBy: "Lines 1,002–1,100").count == 2)
    }

    /// A report of a document read as `format` with findings on the first occurrence of each
    /// of `flagged` in the document's text (the targets, for a bilingual file).
    private func documentReport(_ text: String, format: InputFormat, path: String, flagged: [String]) throws -> FileReport {
        let document = Document(path: path, text: text, format: format)
        let locator = Locator(document: document, makesExcerpts: false)
        let string = document.string
        let diagnostics = try flagged.map { needle in
            let found = try #require(string.range(of: needle), "\(needle) is not in \(string.debugDescription)")
            let range =
                string.utf16.distance(
                    from: string.startIndex, to: found.lowerBound)..<string.utf16.distance(
                    from: string.startIndex, to: found.upperBound)
            return Diagnostic(ruleID: "test/span", severity: .warning, category: .fluency, range: range, message: "flagged `\(needle)`")
        }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return FileReport(
            path: path, language: .given(try ICULocale(languageTag: "it")), wordCount: 8,
            diagnostics: diagnostics.map(locator.locate), document: document)
    }

    /// The rows of the units' table.
    private func rows(of page: String) -> [String] {
        page.components(separatedBy: "<tr id=\"U").dropFirst().map { String($0.prefix { $0 != "\n" }) }
    }

    @Test("a bilingual file is a table of units: each source segment beside its target, the target's findings highlighted in it")
    func bilingualUnits() throws {
        let csv =
            "source,target\nThe bill was paid.,Il conto è stato pagato il il giorno.\n\"Two, \"\"three\"\"\",\"Due, \"\"tre\"\"\"\nEmpty,\n"
        let page = page([try documentReport(csv, format: .csv, path: "a.csv", flagged: ["il il", "tre"])])
        #expect(
            rows(of: page) == [
                #"1-1"><th scope="row" title="row 2">1<small>line 2</small></th><td class="us">The bill was paid.</td>"#
                    + #"<td><ol class="src" lang="it"><li>Il conto è stato pagato <mark id="M1-1" class="w r0" data-f="1">il il</mark>"#
                    + #" giorno.</li></ol></td></tr>"#,
                #"1-2"><th scope="row" title="row 3">2<small>line 3</small></th><td class="us">Two, "three"</td>"#
                    + #"<td><ol class="src" lang="it"><li>Due, "<mark id="M1-2" class="w r0" data-f="2">tre</mark>"</li></ol></td></tr>"#,
                #"1-3"><th scope="row" title="row 4">3<small>line 4</small></th><td class="us">Empty</td>"#
                    + #"<td class="none"><ol class="src" lang="it"><li></li></ol></td></tr>"#,
            ])
        // The list gives the places in the file, as the other reports do.
        #expect(page.contains(##"<li class="w r0" id="L1-1"><a href="#M1-1">2:44</a>"##))
        #expect(page.contains(##"<li class="w r0" id="L1-2"><a href="#M1-2">3:26</a>"##))
        // The style of the table comes once, before the first bilingual file.
        #expect(page.components(separatedBy: "table.units{").count == 2)
        #expect(page.range(of: "table.units{")!.lowerBound < page.range(of: "<section class=\"file")!.lowerBound)
    }

    @Test("a place in the source that a finding names is marked in the source cell, titled with the finding")
    func bilingualSourcePlaces() throws {
        let document = Document(
            path: "a.csv", text: "source,target\nRevenue grew by 35% & more.,I ricavi sono cresciuti del 53%.\n", format: .csv)
        let sources = String(utf16Units: try #require(document.layout?.bilingual).source.text)
        let target = try #require(document.string.range(of: "53"))
        let source = try #require(sources.range(of: "35"))
        func units(_ range: Range<String.Index>, in string: String) -> Range<Int> {
            string.utf16.distance(
                from: string.startIndex, to: range.lowerBound)..<string.utf16.distance(
                    from: string.startIndex, to: range.upperBound)
        }
        let diagnostic = Diagnostic(
            ruleID: "test/span", severity: .error, category: .accuracy, range: units(target, in: document.string),
            message: "`53` is not `35`",
            related: [RelatedPlace(range: units(source, in: sources), message: "`35` in the source", inSource: true)])
        let report = FileReport(
            path: "a.csv", language: .given(try ICULocale(languageTag: "it")), wordCount: 6,
            diagnostics: [Locator(document: document, makesExcerpts: false).locate(diagnostic)], document: document)
        #expect(
            rows(of: page([report])).first?.contains(
                ##"<td class="us">Revenue grew by <mark class="e r0" title="finding 1: 35 in the source">35</mark>% &amp; more.</td>"##)
                == true, "\(rows(of: page([report])))")
    }

    @Test("a page of texts has no trace of bilingual files: no units' style, no table")
    func monolingualUnchanged() throws {
        let page = page([try report("il il", [(0..<5, .warning)])])
        #expect(!page.contains("table.units") && !page.contains("<table class=\"units\""))
    }

    @Test("source text never becomes markup: a script, references, quotes and a bidirectional override in a source segment")
    func bilingualEscaping() throws {
        let csv = "source,target\n\"<script>alert(1)</script> & \"\"q\"\" 'x' \u{202E}y <b>\",il il\n"
        let page = page([try documentReport(csv, format: .csv, path: "a.csv", flagged: ["il il"])])
        #expect(
            rows(of: page).first?.contains(
                #"<td class="us">&lt;script&gt;alert(1)&lt;/script&gt; &amp; "q" 'x' "#
                    + #"<span class="bidi" data-c="RLO"><span hidden>&#x202E;</span></span>y &lt;b&gt;</td>"#) == true,
            "\(rows(of: page))")
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(!page.unicodeScalars.contains("\u{202E}"))
    }

    @Test("a bilingual file of many units is shown in parts of whole units; later parts are made on opening")
    func bilingualParts() throws {
        let rows = (1...1_100).map { "Source \($0),Testo \($0)" + ($0 == 1_050 ? " il il" : "") }
        let csv = "source,target\n" + rows.joined(separator: "\n") + "\n"
        let page = page([try documentReport(csv, format: .csv, path: "a.csv", flagged: ["il il"])])
        let parts = page.components(separatedBy: "<details class=\"part\"").dropFirst().map { String($0.prefix { $0 != "\n" }) }
        #expect(
            parts == [
                #" open><summary>Units 1–500 · no findings</summary>"#,
                #"><summary>Units 501–1,000 · no findings</summary>"#,
                #" data-first="1" data-last="1"><summary>Units 1,001–1,100 · 1 finding</summary>"#,
            ])
        #expect(page.contains(#"<tr id="U1-1050"><th scope="row" title="row 1051">1050<small>line 1,051</small></th>"#))
    }

    @Test("a Markdown file is shown as stored, markup included, each finding's span at its place in the file")
    func markdownAsStored() throws {
        let markdown = "# Titolo\n\n*Un* testo con **il il** doppio.\n"
        let page = page([try documentReport(markdown, format: .markdown, path: "a.md", flagged: ["il il"])])
        #expect(
            try source(of: page)
                == #"<ol class="src" lang="it"><li># Titolo</li>"# + "\n<li></li>\n"
                + #"<li>*Un* testo con **<mark id="M1-1" class="w r0" data-f="1">il il</mark>** doppio.</li>"# + "\n</ol>")
        #expect(page.contains(##"<a href="#M1-1">3:18</a>"##))
    }

    @Test("a report without its document says so instead of showing a text")
    func noDocument() throws {
        var report = try report("il il", [(0..<5, .warning)])
        report.document = nil
        #expect(page([report]).contains("<p class=\"muted\">(The text was not kept for this report.)</p>"))
    }
}

@Suite struct KeptTextTests {
    /// The linter hands each document on with its report, and keeps none in the run.
    @Test(arguments: [1, 2])
    func documentsAreHandedOnNotKept(jobs: Int) throws {
        try withInputFiles(["Il conto è qui.\n", "Ha pagato il il conto.\n", "Tutto bene.\n"]) { inputs in
            var linter = Linter(language: try ICULocale(languageTag: "it"))
            linter.keepsText = true
            let handedOn = Mutex<[String?]>([])
            let run = linter.run(
                collected: inputs, jobs: jobs,
                onOutcome: { outcome in
                    if case .linted(let report) = outcome { handedOn.withLock { $0.append(report.document?.string) } }
                })
            #expect(handedOn.withLock { $0 } == ["Il conto è qui.\n", "Ha pagato il il conto.\n", "Tutto bene.\n"])
            #expect(run.reports.count == 3)
            #expect(run.reports.allSatisfy { $0.document == nil })
            // Without a callback the run's reports are all anyone gets: they keep the text.
            #expect(linter.run(collected: inputs, jobs: jobs).reports.map { $0.document?.string } == handedOn.withLock { $0 })
            // And a linter not asked for it makes reports without it.
            linter.keepsText = false
            #expect(linter.run(collected: inputs, jobs: jobs).reports.allSatisfy { $0.document == nil })
        }
    }
}
