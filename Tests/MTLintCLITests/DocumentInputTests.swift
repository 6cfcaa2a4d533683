import Foundation
import Testing

/// The fixtures of Tests/MTLintCLITests/Documents: an Italian article in Markdown and a page
/// in HTML, written for these tests, with doubled words planted in prose (to be flagged) and
/// in code, front matter, link targets, scripts and attributes (not to be flagged).
private let documents = packageRoot.appendingPathComponent("Tests/MTLintCLITests/Documents")

/// A finding as the tests compare it: rule, place and the flagged text.
private struct Finding: Equatable, CustomStringConvertible {
    var rule: String
    var place: Place
    var text: String

    init(_ rule: String, _ place: Place, _ text: String) {
        (self.rule, self.place, self.text) = (rule, place, text)
    }

    init(_ diagnostic: JSONObject) {
        self.init(diagnostic["rule"] as? String ?? "", Place(diagnostic), diagnostic["text"] as? String ?? "")
    }

    var description: String { "\(rule) at \(place): `\(text)`" }
}

/// Lints `name` (in `folder`) with --lang it and returns the report's diagnostics.
private func diagnostics(
    _ name: String, in folder: URL, _ options: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) throws -> [JSONObject] {
    let result = runMTLint(["check", "--no-config", "--lang", "it", "--format", "json"] + options + [name], in: folder)
    #expect(result.stderr.isEmpty, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    return try onlyFileDiagnostics(result.stdout, sourceLocation: sourceLocation)
}

/// Every diagnostic's text is the file's bytes at its offset and length, and its line and
/// column (UTF-16 units) are where those bytes stand; for UTF-8 files.
private func expectPlacesMatchTheBytes(
    _ diagnostics: [JSONObject], of bytes: [UInt8],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    for diagnostic in diagnostics {
        let place = Place(diagnostic)
        guard place.offset >= 0, place.length >= 0, place.offset + place.length <= bytes.count else {
            Issue.record("\(place) is outside the file", sourceLocation: sourceLocation)
            continue
        }
        let flagged = String(decoding: bytes[place.offset..<(place.offset + place.length)], as: UTF8.self)
        #expect(flagged == diagnostic["text"] as? String, "\(place)", sourceLocation: sourceLocation)
        let before = String(decoding: bytes[..<place.offset], as: UTF8.self)
        var line = 1, lineStart = before.startIndex
        var index = before.startIndex
        while index < before.endIndex {
            let character = before[index]
            index = before.index(after: index)
            if character == "\n" || character == "\r\n" || character == "\r" {
                line += 1
                lineStart = index
            }
        }
        let column = before[lineStart...].utf16.count + 1
        #expect(
            Place(line: line, column: column, offset: place.offset, length: place.length) == place,
            "line and column of `\(flagged)`", sourceLocation: sourceLocation)
    }
}

@Suite("Markdown and HTML read as documents")
struct DocumentInputTests {
    fileprivate static let articleFindings = [
        Finding("text/repeated-word", Place(line: 5, column: 3, offset: 43, length: 5), "Il il"),
        Finding("text/repeated-word", Place(line: 13, column: 30, offset: 318, length: 5), "la la"),
        Finding("text/repeated-word", Place(line: 15, column: 7, offset: 453, length: 7), "del del"),
        Finding("text/repeated-word", Place(line: 34, column: 70, offset: 1041, length: 7), "del del"),
        Finding("text/repeated-word", Place(line: 37, column: 39, offset: 1157, length: 5), "ha ha"),
    ]

    @Test(
        "Markdown: doubled words in prose, a heading, bold text, link text, a list and a quote are flagged where they stand; nothing in front matter, code, link and image targets, titles, HTML blocks"
    )
    func markdownArticle() throws {
        let found = try diagnostics("articolo.md", in: documents)
        #expect(found.map(Finding.init) == Self.articleFindings)
        // `**la la**`: the flagged text is the file's, bold marks excluded.
        #expect(found.map { ($0["suggestions"] as? [String])?.first } == ["Il", "la", "del", "del", "ha"])
    }

    fileprivate static let pageFindings = [
        Finding("text/repeated-word", Place(line: 13, column: 1, offset: 553, length: 17), "&egrave; &egrave;"),
        Finding("text/repeated-word", Place(line: 14, column: 20, offset: 660, length: 12), "del&#160;del"),
        Finding("text/repeated-word", Place(line: 17, column: 19, offset: 884, length: 28), "pagheranno</b> <i>pagheranno"),
        Finding("text/repeated-word", Place(line: 18, column: 76, offset: 1019, length: 5), "la la"),
    ]

    @Test(
        "HTML: doubled words written with references, across tags and after invalid markup are flagged at the file's bytes; nothing in the head, scripts, styles, comments, attributes, pre, code, noscript, template"
    )
    func htmlPage() throws {
        let found = try diagnostics("pagina.html", in: documents)
        #expect(found.filter { $0["rule"] as? String == "text/repeated-word" }.map(Finding.init) == Self.pageFindings)
        // The only other finding is about the text: `3&#37;` beside `8&nbsp;%`.
        #expect(
            found.filter { $0["rule"] as? String != "text/repeated-word" }.map(Finding.init)
                == [Finding("figure/inconsistent-style", Place(line: 14, column: 33, offset: 673, length: 6), "3&#37;")])
        // The message quotes the text as read; the report's text is the file's.
        #expect(found.first?["message"] as? String == "repeated word: `è è`; write `è` once")
    }

    @Test("read as plain text, the same fixtures are flagged where the markup hides the damage: what reading them as documents leaves out")
    func fixturesReadAsPlainText() throws {
        func lines(_ found: [JSONObject], _ rule: String) -> Set<Int> {
            Set(found.filter { $0["rule"] as? String == rule }.compactMap { $0["line"] as? Int })
        }
        let article = try diagnostics("articolo.md", in: documents, ["--input-format", "text"])
        // Front matter, a link title, a code span, a fenced and an indented code block, an HTML
        // block; a heading run into its paragraph; a link's and an image's target, an autolink.
        #expect(lines(article, "text/repeated-word").isSuperset(of: [2, 10, 19, 21, 24, 27, 30]))
        #expect(lines(article, "text/encoding-damage") == [15, 17])
        let page = try diagnostics("pagina.html", in: documents, ["--input-format", "text"])
        // A meta attribute, a style, a script, a comment, a title attribute, pre, code and an
        // alt attribute, noscript, template.
        #expect(lines(page, "text/encoding-damage") == [4, 6, 7, 10, 12, 15, 19, 20, 21])
    }

    @Test(
        "every finding of the fixtures, whatever its rule, points at bytes that hold its text", arguments: ["articolo.md", "pagina.html"])
    func placesMatchTheBytes(name: String) throws {
        let bytes = try Array(Data(contentsOf: documents.appendingPathComponent(name)))
        let found = try diagnostics(name, in: documents)
        #expect(!found.isEmpty)
        expectPlacesMatchTheBytes(found, of: bytes)
    }

    @Test("CRLF line ends: the same findings, each offset one byte later per line above it", arguments: ["articolo.md", "pagina.html"])
    func crlf(name: String) throws {
        let text = try String(contentsOf: documents.appendingPathComponent(name), encoding: .utf8)
        let folder = try TemporaryFolder()
        let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
        try folder.write(name, crlf)
        let found = try diagnostics(name, in: folder.url).filter { $0["rule"] as? String == "text/repeated-word" }
        let expected = (name.hasSuffix(".md") ? Self.articleFindings : Self.pageFindings).map { finding in
            var moved = finding
            moved.place.offset += finding.place.line - 1
            return moved
        }
        #expect(found.map(Finding.init) == expected)
        expectPlacesMatchTheBytes(found, of: Array(crlf.utf8))
    }

    @Test("UTF-16 with a byte-order mark: offsets count the file's bytes")
    func utf16() throws {
        let text = "<p>Il prezzo &egrave; salito <b>del</b> del 4%.</p>\n"
        let folder = try TemporaryFolder()
        try folder.write("pagina.html", bytes: utf16Bytes(text, bigEndian: false, byteOrderMark: true))
        let found = try diagnostics("pagina.html", in: folder.url)
        // `del</b> del` starts at UTF-16 unit 32: after the BOM's 2 bytes, 2 bytes a unit.
        #expect(
            found.map(Finding.init) == [Finding("text/repeated-word", Place(line: 1, column: 33, offset: 66, length: 22), "del</b> del")])
    }

    @Test("a heading and the paragraph right under it are two sentences: no doubled word across them")
    func headingThenParagraph() throws {
        let text = "## Le previsioni sui prezzi\nprezzi più bassi sono attesi entro la fine dell'anno.\n"
        let folder = try TemporaryFolder()
        try folder.write("nota.md", text)
        try folder.write("nota.txt", text)
        #expect(try diagnostics("nota.md", in: folder.url).isEmpty)
        // Read as plain text, the two lines are one sentence and the doubled word is flagged.
        #expect(
            try diagnostics("nota.txt", in: folder.url).map(Finding.init)
                == [Finding("text/repeated-word", Place(line: 1, column: 22, offset: 21, length: 13), "prezzi\nprezzi")])
    }

    @Test("a GFM pipe table: names, numbers and a cell's capital are no finding across cells; a doubled word in a cell is, at its place")
    func pipeTable() throws {
        let folder = try TemporaryFolder()
        let names = """
            I ricavi del trimestre per regione.

            | Regione | Responsabile | Sede | Ricavi | Variazione |
            | :-- | :-- | :-- | --: | --: |
            | Lombardia | Giulia Bianchi | Milano | 1.250.000 € | +3,5% |
            | Veneto | Anna Rossi | Rossi | 760.000 € | +0,8% |
            |Sicilia|Luca Ferrari|Palermo|540.000 €|2024|

            """
        try folder.write("ricavi.md", names)
        #expect(try diagnostics("ricavi.md", in: folder.url).isEmpty)
        let deliveries = """
            Le consegne della settimana sono elencate qui sotto.

            Cliente | Consegna | Note
            --- | --- | ---
            la ditta di Marco | Entro domani | Pagamento anticipato
            il signor Rossi | Nessuna data | il il
            il bar del centro | il | il bar chiede la fattura

            """
        try folder.write("consegne.md", deliveries)
        let found = try diagnostics("consegne.md", in: folder.url)
        // Not `il | il bar` across two cells, nor `Entro` or `Nessuna` at a cell's start.
        #expect(found.map(Finding.init) == [Finding("text/repeated-word", Place(line: 6, column: 34, offset: 185, length: 5), "il il")])
        expectPlacesMatchTheBytes(found, of: Array(deliveries.utf8))
    }

    @Test("text a reader cannot place in the file is never dropped silently: a warning names the file, --quiet or not")
    func unplacedTextIsReported() throws {
        let folder = try TemporaryFolder()
        // ` bassi` cannot be placed (HTMLReaderTests.unplacedIsCounted); the paragraph still is.
        try folder.write("pagina.html", "<title>Prezzi </b\r\n> bassi</title><p>Ha pagato il il conto.</p>\n")
        try folder.write("pulita.html", "<title>Il <b>nuovo</b> modello</title><p>Tutto bene.</p>\n")
        for quiet in [[], ["-q"]] {
            let result = folder.run(["check", "--no-config", "--lang", "it", "--format", "json"] + quiet + ["pagina.html", "pulita.html"])
            #expect(result.status == Status.clean)
            #expect(
                result.stderr
                    == "mtlint: warning: pagina.html: a piece of text could not be placed in the file's bytes and was not checked\n")
            let files = try reportFiles(jsonObject(result.stdout))
            let found = files.map { ($0["diagnostics"] as? [JSONObject] ?? []).map(Finding.init) }
            #expect(found == [[Finding("text/repeated-word", Place(line: 2, column: 29, offset: 47, length: 5), "il il")], []])
        }
    }

    @Test("--input-format text reads a Markdown file as plain text: code is text")
    func inputFormatText() throws {
        let folder = try TemporaryFolder()
        try folder.write("nota.md", "Il conto:\n\n```\nPagò il il conto.\n```\n")
        #expect(try diagnostics("nota.md", in: folder.url).isEmpty)
        #expect(
            try diagnostics("nota.md", in: folder.url, ["--input-format", "text"]).map(Finding.init)
                == [Finding("text/repeated-word", Place(line: 4, column: 6, offset: 21, length: 5), "il il")])
    }

    @Test("standard input is read as --input-format says, or as --stdin-filename's extension says")
    func standardInput() throws {
        let markdown = Data("Il comando `il il` stampa il il conto.\n".utf8)
        for options in [["--input-format", "markdown"], ["--stdin-filename", "nota.md"]] {
            let result = runMTLint(["check", "--no-config", "--lang", "it", "--format", "json"] + options + ["-"], stdin: markdown)
            #expect(
                try onlyFileDiagnostics(result.stdout).map(Finding.init)
                    == [Finding("text/repeated-word", Place(line: 1, column: 27, offset: 26, length: 5), "il il")])
        }
        let html = Data("<p title=\"il il\">Il prezzo &egrave; &egrave; salito.</p>".utf8)
        let result = runMTLint(
            ["check", "--no-config", "--lang", "it", "--format", "json", "--stdin-filename", "pagina.html", "-"], stdin: html)
        #expect(
            try onlyFileDiagnostics(result.stdout).map(Finding.init)
                == [Finding("text/repeated-word", Place(line: 1, column: 28, offset: 27, length: 17), "&egrave; &egrave;")])
    }

    @Test("the configuration's input-format reads *.txt files as Markdown")
    func configuration() throws {
        let folder = try TemporaryFolder()
        try folder.write(".mtlint.yml", "input-format: markdown\nlanguage: it\n")
        try folder.write("nota.txt", "Il comando:\n\n```\nil il\n```\n\nStampa il il conto.\n")
        let result = folder.run(["check", "--format", "json", "nota.txt"])
        #expect(
            try onlyFileDiagnostics(result.stdout).map(Finding.init)
                == [Finding("text/repeated-word", Place(line: 7, column: 8, offset: 35, length: 5), "il il")])
    }

    @Test("a folder is searched for *.html and *.markdown too, each read as its extension says")
    func folder() throws {
        let folder = try TemporaryFolder()
        try folder.write("sito/a.html", "<script>il il</script><p>Il il conto.</p>")
        try folder.write("sito/b.markdown", "`il il`\n\nIl il conto.\n")
        try folder.write("sito/c.htm", "<p>Un testo pulito.</p>")
        let result = folder.run(["check", "--no-config", "--lang", "it", "--format", "json", "sito"])
        let files = try reportFiles(jsonObject(result.stdout))
        #expect(files.map { $0["path"] as? String } == ["sito/a.html", "sito/b.markdown", "sito/c.htm"])
        let lines = files.map { ($0["diagnostics"] as? [JSONObject] ?? []).map { "\($0["line"] ?? 0):\($0["column"] ?? 0)" } }
        #expect(lines == [["1:26"], ["3:1"], []])
    }

    @Test("invalid HTML is read as browsers read it: unclosed and misnested tags, a truncated file; findings in file order")
    func invalidHTML() throws {
        let folder = try TemporaryFolder()
        // The `p` inside the table is moved before it, as browsers do; the report keeps the file's order.
        try folder.write("rotto.html", "<table><tr><td>Il prezzo <b>del <i>del</b> gas</i></td>\n<p>Ha pagato il il conto")
        let found = try diagnostics("rotto.html", in: folder.url)
        #expect(
            found.map(Finding.init) == [
                Finding("text/repeated-word", Place(line: 1, column: 29, offset: 28, length: 10), "del <i>del"),
                Finding("text/repeated-word", Place(line: 2, column: 14, offset: 69, length: 5), "il il"),
            ])
    }

    @Test("a safe fix stays safe only where the file holds the flagged text as read: not across markup or references")
    func fixes() throws {
        let folder = try TemporaryFolder()
        try folder.write("nota.md", "Ha pagato **il il** conto.\n\nHa pagato il **il** conto.\n\nIl prezzo &egrave; &egrave; salito.\n")
        let result = folder.run(["check", "--no-config", "--lang", "it", "--format", "sarif", "nota.md"])
        let log = try jsonObject(result.stdout)
        let runs = try #require(log["runs"] as? [JSONObject])
        let results = try #require(runs.first?["results"] as? [JSONObject])
        // SARIF carries safe fixes only: the doubled word inside the bold marks keeps its fix.
        let lines = results.map { result -> (Int?, Bool) in
            let locations = result["locations"] as? [JSONObject]
            let physical = locations?.first?["physicalLocation"] as? JSONObject
            let region = physical?["region"] as? JSONObject
            return (region?["startLine"] as? Int, result["fixes"] != nil)
        }
        #expect(lines.map(\.0) == [1, 3, 5])
        #expect(lines.map(\.1) == [true, false, false])
    }

    @Test("input that cannot be decoded gets the usual one-line error naming the file; the good file is still linted")
    func unreadable() throws {
        let folder = try TemporaryFolder()
        try folder.write("rotto.html", bytes: Array("<p>caff".utf8) + [0xE8] + Array("</p>\n".utf8))
        try folder.write("buono.md", "Ha pagato il il conto.\n")
        let result = folder.run(["check", "--no-config", "--lang", "it", "rotto.html", "buono.md", "manca.md"])
        #expect(result.status == Status.unreadable)
        #expect(
            result.stderr.lines == [
                "mtlint: error: rotto.html: invalid UTF-8 at byte 7 (0xE8 0x3C); save the file as UTF-8",
                "mtlint: error: manca.md: no such file or folder",
            ])
        #expect(result.stdout.contains("buono.md:1:11: warning: repeated word"))
    }
}
