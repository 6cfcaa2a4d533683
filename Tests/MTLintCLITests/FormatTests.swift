import Foundation
import Testing

@Suite("Report formats and options")
struct FormatTests {
    // MARK: Text

    @Test("the text report of a small Italian file, byte for byte")
    func textReport() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run([file])
        let expected = """
            conto.txt: note: language it (detected: 3 of 5 words are it function words, next fr with 2)
            conto.txt:1:11: warning: repeated word: `il il`; write `il` once [text/repeated-word]
             1 | Ha pagato il il conto.
               |           ^~~~~
               = suggestion: il
            1 file checked (5 words): 0 errors, 1 warning, 0 infos; score 0.0

            """
        #expect(Array(result.stdout.utf8) == Array(expected.utf8), "stdout:\n\(result.stdout)")
        #expect(result.status == Status.clean)
        #expect(result.stderr.isEmpty)
    }

    /// The prefix `日本 é 😀 ` is 10 terminal columns wide: CJK ideographs and the emoji take
    /// two columns, the accented letter one (also when written as e + combining accent).
    /// text/untranslated, which flags `日本` in an Italian line, is left out: the repeated
    /// word after the prefix is the finding whose underline is measured.
    @Test(
        "the underline stands under the flagged text after wide and accented characters",
        arguments: [
            "日本 \u{E9} 😀 il il gatto",
            "日本 e\u{301} 😀 il il gatto",
        ])
    func underlineAlignment(line: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("largo.txt", line + "\n")
        let lines = folder.run(["--lang", "it", "--disable", "text/untranslated", file]).stdout.lines
        let source = try #require(lines.firstIndex(of: " 1 | " + line), "no source line in \(lines)")
        try #require(source + 1 < lines.count)
        #expect(lines[source + 1] == "   | " + String(repeating: " ", count: 10) + "^~~~~")
    }

    @Test("CJK text is underlined two columns per character")
    func wideUnderline() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("menu.txt", "Menu: EnglishРусский日本語\n")
        let lines = folder.run(["--lang", "it", file]).stdout.lines
        // `EnglishРусский日本語` is 7 + 7 + 3 × 2 = 20 columns wide and starts at column 7.
        #expect(
            lines.contains("   | " + String(repeating: " ", count: 6) + "^" + String(repeating: "~", count: 19)),
            "\(lines)")
    }

    // MARK: Colour

    @Test(
        "ANSI colours only when asked for and not refused",
        arguments: [
            ([String: String](), [String](), false),
            (["FORCE_COLOR": "1"], [], true),
            (["FORCE_COLOR": "1", "NO_COLOR": "1"], [], false),
            (["FORCE_COLOR": "1"], ["--no-color"], false),
            (["FORCE_COLOR": "0"], [], false),
        ])
    func colour(environment: [String: String], options: [String], escapes: Bool) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(options + [file], environment: environment)
        #expect(result.stdout.contains("\u{1B}[") == escapes, "stdout: \(result.stdout.debugDescription)")
        #expect(result.stdout.contains("repeated word"))
    }

    // MARK: JSON

    @Test("--format json writes a version-1 report with every documented field")
    func jsonReport() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(["--format", "json", "--lang", "it", file])
        #expect(result.status == Status.clean)
        let report = try jsonObject(result.stdout)
        #expect(Set(report.keys).isSuperset(of: ["version", "tool", "files", "summary"]))
        #expect(report["version"] as? Int == 1)
        let tool = try #require(report["tool"] as? JSONObject)
        #expect(tool["name"] as? String == "mtlint")
        #expect((tool["version"] as? String)?.isEmpty == false)

        let files = try reportFiles(report)
        try #require(files.count == 1)
        let entry = files[0]
        #expect(Set(entry.keys).isSuperset(of: ["path", "language", "languageSource", "languageReason", "words", "diagnostics"]))
        #expect(entry["path"] as? String == "conto.txt")
        #expect(entry["language"] as? String == "it")
        #expect(entry["languageSource"] as? String == "given")
        #expect(entry["languageReason"] as? String == "given with --lang")
        #expect(entry["words"] as? Int == 5)

        let diagnostic = try onlyDiagnostic(result.stdout)
        #expect(
            Set(diagnostic.keys).isSuperset(of: [
                "rule", "severity", "category", "message", "text", "line", "column", "endLine", "endColumn",
                "offset", "length", "suggestions", "related",
            ]))
        #expect(diagnostic["rule"] as? String == "text/repeated-word")
        #expect(diagnostic["severity"] as? String == "warning")
        #expect(diagnostic["category"] as? String == "fluency")
        #expect(diagnostic["message"] as? String == "repeated word: `il il`; write `il` once")
        #expect(diagnostic["text"] as? String == "il il")
        #expect(Place(diagnostic) == Place(line: 1, column: 11, offset: 10, length: 5))
        #expect(diagnostic["endLine"] as? Int == 1)
        #expect(diagnostic["endColumn"] as? Int == 16)
        #expect(diagnostic["suggestions"] as? [String] == ["il"])
        #expect((diagnostic["related"] as? [Any])?.isEmpty == true)

        let summary = try #require(report["summary"] as? JSONObject)
        #expect(summary["files"] as? Int == 1)
        #expect(summary["errors"] as? Int == 0)
        #expect(summary["warnings"] as? Int == 1)
        #expect(summary["infos"] as? Int == 0)
        #expect(summary["unreadable"] as? Int == 0)
    }

    @Test("JSON columns count UTF-16 code units, offsets count UTF-8 bytes")
    func jsonCoordinates() throws {
        let folder = try TemporaryFolder()
        // 😀 is 2 UTF-16 units and 4 bytes, è is 1 unit and 2 bytes.
        let file = try folder.write("emoji.txt", "😀 è il il\n")
        let diagnostic = try onlyDiagnostic(folder.run(["--format", "json", "--lang", "it", file]).stdout)
        #expect(Place(diagnostic) == Place(line: 1, column: 6, offset: 8, length: 5))
        #expect(diagnostic["endColumn"] as? Int == 11)
        #expect(diagnostic["text"] as? String == "il il")
    }

    // MARK: Commands and options

    @Test("check is the default subcommand")
    func defaultSubcommand() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        for options in [[], ["--format", "json"], ["--fail-on", "warning"]] {
            let implicit = folder.run([file] + options)
            let explicit = folder.run(["check", file] + options)
            #expect(implicit.stdout == explicit.stdout)
            #expect(implicit.status == explicit.status)
            #expect(implicit.stdout.contains("il il"))
        }
    }

    @Test(
        "- reads standard input, reported as <stdin> or as --stdin-filename says",
        arguments: [
            ([String](), "<stdin>"),
            (["--stdin-filename", "article.txt"], "article.txt"),
        ])
    func standardInput(options: [String], name: String) throws {
        let stdin = Data((repeatedWordLine + "\n").utf8)
        let text = runMTLint(["-"] + options, stdin: stdin)
        #expect(text.status == Status.clean)
        #expect(text.stdout.contains("\(name):1:11: warning: repeated word"), "stdout: \(text.stdout)")

        let json = runMTLint(["-", "--format", "json"] + options, stdin: stdin)
        let files = try reportFiles(jsonObject(json.stdout))
        #expect(files.map { $0["path"] as? String } == [name])
    }

    @Test("--lang takes BCP 47 tags", arguments: ["it", "pt-BR"])
    func givenLanguage(tag: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(["--format", "json", "--lang", tag, file])
        #expect(result.status == Status.clean)
        let entry = try #require(try reportFiles(jsonObject(result.stdout)).first)
        #expect(entry["language"] as? String == tag)
        #expect(entry["languageSource"] as? String == "given")
        #expect(entry["languageReason"] as? String == "given with --lang")
    }

    @Test("--lang refuses what is not a language tag ICU knows", arguments: ["xx_!", "italian", "qq"])
    func badLanguage(tag: String) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(["--lang", tag, file])
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        let reasons = result.stderr.lines.filter { $0.hasPrefix("Error: ") }
        #expect(reasons.count == 1, "stderr: \(result.stderr)")
        #expect(reasons.first?.contains("BCP 47") == true)
        #expect(reasons.first?.contains(tag) == true)
    }

    @Test("--jobs does not change the report of a folder of 30 files")
    func jobsKeepOrder() throws {
        let folder = try TemporaryFolder()
        var expected: [String] = []
        for number in 1...30 {
            // Unpadded numbers in names and files in subfolders: order by name, not by number.
            let name = number % 3 == 0 ? "corpus/parte/testo-\(number).txt" : "corpus/testo-\(number).md"
            try folder.write(name, String(repeating: "Il conto è qui. ", count: number) + repeatedWordLine + "\n")
            expected.append(name)
        }
        let one = folder.run(["--jobs", "1", "--format", "json", "corpus"])
        let two = folder.run(["--jobs", "2", "--format", "json", "corpus"])
        #expect(one.status == Status.clean)
        #expect(one.stdout == two.stdout)
        let paths = try reportFiles(jsonObject(one.stdout)).map { $0["path"] as? String ?? "" }
        #expect(paths == sortedAsReported(expected))
        #expect(folder.run(["--jobs", "1", "corpus"]).stdout == folder.run(["--jobs", "2", "corpus"]).stdout)
    }
}

/// Paths in the order a folder's files are reported: each folder's entries sorted by name, a
/// folder's files depth-first at the folder's place (`corpus/parte/…` before `corpus/testo-1…`).
func sortedAsReported(_ paths: [String]) -> [String] {
    paths.sorted { $0.split(separator: "/").lexicographicallyPrecedes($1.split(separator: "/")) }
}
