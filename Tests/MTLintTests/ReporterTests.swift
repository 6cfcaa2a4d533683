import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct TextReporterTests {
    private func report(_ text: String, language: String = "it", path: String = "a.txt") throws -> FileReport {
        try lint(text, language: language, path: path)
    }

    @Test func printsCompilerStyleDiagnosticsAndASummary() throws {
        let run = LintRun(outcomes: [.linted(try report("Titolo\n\nHa pagato il il conto.\n"))])
        #expect(
            TextReporter(color: false).render(run) == """
                a.txt: note: language it (given with --lang)
                a.txt:3:11: warning: repeated word: `il il`; write `il` once [text/repeated-word]
                 3 | Ha pagato il il conto.
                   |           ^~~~~
                   = suggestion: il
                1 file checked (6 words): 0 errors, 1 warning, 0 infos; score 0.0

                """)
    }

    /// For the text report the linter keeps the document and makes no excerpts while locating;
    /// the report makes each as it writes it, the same as the linter's, and prints the same
    /// bytes. Shown with a Markdown file, whose excerpts are the file's lines, markup included.
    @Test func theTextReportMakesTheExcerptsAsItWrites() throws {
        let markdown = "# Titolo\n\nHa pagato **il il** conto di 10 Cento milioni.\n\nUna riga\tcon un tab e il il doppio.\n"
        var eager = Linter(language: try ICULocale(languageTag: "it"))
        var lazy = eager
        lazy.configureReportText(for: TextReporter.self)
        #expect(!lazy.makesExcerpts && lazy.keepsText)
        eager.configureReportText(for: JSONReporter.self)
        #expect(!eager.makesExcerpts && !eager.keepsText)
        eager.makesExcerpts = true
        let document = try Document(path: "a.md", bytes: Array(markdown.utf8), format: .markdown)
        let made = try eager.lint(document, using: Analyzer())
        let deferred = try lazy.lint(document, using: Analyzer())
        #expect(made.diagnostics.count == 3)
        #expect(deferred.diagnostics.allSatisfy { $0.excerpt == nil })
        #expect(deferred.diagnostics.map { deferred.excerpt(of: $0) } == made.diagnostics.map(\.excerpt))
        #expect(made.diagnostics.map { made.excerpt(of: $0)?.text } == made.diagnostics.map { $0.excerpt?.text })
        #expect(deferred.diagnostics[0].excerpt == nil && deferred.excerpt(of: deferred.diagnostics[0])?.text.contains("**il il**") == true)
        #expect(TextReporter(color: false).render(deferred) == TextReporter(color: false).render(made))
    }

    /// For the formats that show no source line, the linter makes no excerpts; the findings
    /// are otherwise the same, and a text report of them prints no source line either.
    @Test func findingsWithoutExcerptsAreTheSameFindings() throws {
        let text = "Titolo\n\nHa pagato il il conto di 10 Cento milioni.\n"
        var linter = Linter(language: try ICULocale(languageTag: "it"))
        let withExcerpts = try linter.lint(Document(path: "a.txt", text: text), using: Analyzer())
        linter.makesExcerpts = false
        let without = try linter.lint(Document(path: "a.txt", text: text), using: Analyzer())
        #expect(withExcerpts.diagnostics.count == 2)
        #expect(withExcerpts.diagnostics.allSatisfy { $0.excerpt?.line == 3 })
        #expect(without.diagnostics.allSatisfy { $0.excerpt == nil })
        #expect(
            without.diagnostics.map {
                var copy = $0
                copy.excerpt = nil
                return copy
            }
                == withExcerpts.diagnostics.map {
                    var copy = $0
                    copy.excerpt = nil
                    return copy
                })
        #expect(
            TextReporter(color: false).render(
                FileReport(
                    path: "a.txt", language: without.language, wordCount: 0,
                    diagnostics: [without.diagnostics[0]])) == """
                    a.txt: note: language it (given with --lang)
                    a.txt:3:11: warning: repeated word: `il il`; write `il` once [text/repeated-word]
                       = suggestion: il

                    """)
    }

    /// The places a finding names follow it, each as `file:line:column`, its message, and its
    /// text where the message does not quote it; a place in another file (a translation's
    /// source) names that file, with a line break or control character in its name escaped.
    @Test func relatedPlacesFollowTheFindingWithTheirFile() throws {
        let file = try report("Titolo\n\nHa pagato il il conto.\n")
        var located = file.diagnostics[0]
        func place(_ line: Int, _ column: Int, _ text: String, _ message: String, _ path: String? = nil) -> LocatedPlace {
            LocatedPlace(
                location: Location(
                    line: line, column: column, endLine: line, endColumn: column + 1, offset: 0, length: 1, characterOffset: 0,
                    characterLength: 1),
                text: text, message: message, path: path)
        }
        located.related = [
            place(2, 5, "他付了账。\n", "the source", "a.zh\n.txt"),
            place(1, 1, "Titolo", "`Titolo` first"),
            place(7, 3, String(repeating: "parola ", count: 12), "the other translation"),
        ]
        #expect(
            TextReporter(color: false).render(FileReport(path: "a.txt", language: file.language, wordCount: 6, diagnostics: [located]))
                == """
                a.txt: note: language it (given with --lang)
                a.txt:3:11: warning: repeated word: `il il`; write `il` once [text/repeated-word]
                 3 | Ha pagato il il conto.
                   |           ^~~~~
                   = suggestion: il
                   = see: "a.zh\\n.txt":2:5: the source: `他付了账。`
                   = see: a.txt:1:1: `Titolo` first
                   = see: a.txt:7:3: the other translation: `parola parola parola parola parola parola parola parola par…`

                """)
    }

    @Test func cleanFilesPrintOnlyTheSummary() throws {
        let run = LintRun(outcomes: [
            .linted(try report("Tutto bene.")), .failed(InputProblem(path: "b.txt", message: "no such file or folder")),
        ])
        #expect(
            TextReporter(color: false).render(run)
                == "1 file checked (2 words): 0 errors, 0 warnings, 0 infos; score 100.0; 1 input could not be read\n")
    }

    /// The underline starts under the flagged text whatever the widths before it: CJK and
    /// emoji take two columns, a combining accent none, a precomposed letter one.
    @Test(arguments: [
        ("日本 il il", 5),
        ("😀 il il", 3),
        ("e\u{301}e\u{301} il il", 3),
        ("èè il il", 3),
        ("🇮🇹 il il", 3),
        ("\til il", 1),
    ])
    func underlinesLineUp(_ line: String, _ caretColumn: Int) throws {
        let rendered = TextReporter(color: false).render(try report(line))
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        let underline = try #require(lines.first { $0.contains("^") })
        let prefix = " 1 | "
        let caret = try #require(underline.firstIndex(of: "^"))
        #expect(underline.distance(from: underline.startIndex, to: caret) - prefix.count == caretColumn, "\(rendered)")
        #expect(underline.hasSuffix("^~~~~"))
    }

    @Test func longLinesAreShownAsAWindow() throws {
        let line = String(repeating: "uno due ", count: 1750) + "il il fine"
        let rendered = TextReporter(color: false).render(try report(line))
        let source = try #require(rendered.split(separator: "\n").first { $0.hasPrefix(" 1 | ") })
        #expect(source.hasPrefix(" 1 | …"))
        #expect(source.count < 250)
        #expect(source.contains("il il fine"))
        #expect(rendered.contains("a.txt:1:14001: warning:"))
    }

    @Test func colourIsOnlyWhatWasAskedFor() throws {
        let run = LintRun(outcomes: [.linted(try report("il il"))])
        #expect(!TextReporter(color: false).render(run).contains("\u{1B}["))
        #expect(TextReporter(color: true).render(run).contains("\u{1B}[1;33mwarning:\u{1B}[0m"))
    }
}

@Suite struct JSONReporterTests {
    @Test func writesVersionOneExactly() throws {
        let text = "😀 è il il\r\nfine"
        let run = LintRun(outcomes: [.linted(try lint(text, language: "it", path: "dir/a.txt"))])
        #expect(
            JSONReporter().render(run) == """
                {
                  "files" : [
                    {
                      "diagnostics" : [
                        {
                          "category" : "fluency",
                          "column" : 6,
                          "confidence" : "high",
                          "endColumn" : 11,
                          "endLine" : 1,
                          "fingerprint" : "09d52924cc143029",
                          "length" : 5,
                          "line" : 1,
                          "message" : "repeated word: `il il`; write `il` once",
                          "offset" : 8,
                          "related" : [

                          ],
                          "rule" : "text/repeated-word",
                          "severity" : "warning",
                          "suggestions" : [
                            "il"
                          ],
                          "text" : "il il"
                        }
                      ],
                      "language" : "it",
                      "languageReason" : "given with --lang",
                      "languageSource" : "given",
                      "path" : "dir/a.txt",
                      "score" : 0,
                      "words" : 4
                    }
                  ],
                  "summary" : {
                    "errors" : 0,
                    "files" : 1,
                    "infos" : 0,
                    "score" : 0,
                    "unreadable" : 0,
                    "warnings" : 1
                  },
                  "tool" : {
                    "name" : "mtlint",
                    "version" : "\(ToolInfo.version)"
                  },
                  "version" : 1
                }

                """)
    }
}

extension JSONReporterTests {
    private func runs() throws -> [LintRun] {
        let damaged = try lint("Il gruppo ha raccolto 10 Cento milioni di dollari.  Il il testo “ fine”", language: "it", path: "a.txt")
        let clean = try lint("Il testo è pulito.", language: "it", path: "b/c.txt")
        let undetermined = try lint("", language: nil, path: "d.txt")
        let problem = LintRun.Outcome.failed(InputProblem(path: "e.txt", message: "cannot be read"))
        return [
            LintRun(outcomes: [.linted(damaged), .linted(clean), problem, .linted(undetermined), .linted(damaged)]),
            LintRun(outcomes: [.linted(clean)]),
            LintRun(outcomes: [problem]),
            LintRun(outcomes: []),
            LintRun(outcomes: [.linted(damaged)], baseline: BaselineSummary(file: "base.json", matched: 2, stale: 1)),
        ]
    }

    /// The report is written in pieces; its bytes must be those of encoding it whole.
    @Test func piecesMakeWhatTheEncoderWritesOfTheWholeReport() throws {
        for run in try runs() {
            let whole = JSONReporter.Report(
                version: 1, tool: .init(name: ToolInfo.name, version: ToolInfo.version),
                files: run.reports.map { JSONReporter.File($0) }, summary: JSONReporter.Summary(run))
            #expect(JSONReporter().render(run) == JSONPieces.encode(whole, pretty: true) + "\n")
        }
        #expect(try runs()[0].reports[0].diagnostics.count >= 3)
    }

    /// Streamed, each file is written as it comes, and the end needs only the counts.
    @Test func aStreamEndsWithTheSummaryOfReportsWithoutTheirFindings() throws {
        for run in try runs() {
            var streamed = ""
            var stream = JSONReporter.Stream()
            for report in run.reports { stream.add(report) { streamed += $0 } }
            let counted = LintRun(outcomes: [], tally: run.tally, baseline: run.baseline)
            stream.finish(counted) { streamed += $0 }
            #expect(streamed == JSONReporter().render(run))
        }
    }
}

@Suite struct DisplayWidthTests {
    /// The code-unit shortcut must give what the grapheme-by-grapheme count gives.
    @Test func theShortcutAgreesWithGraphemes() {
        let oneColumn = Array(UInt16(0x20)..<0x7F) + Array(UInt16(0xA0)..<0x300) + Array(UInt16(0x2010)...0x2027)
        for unit in oneColumn {
            let units = [unit, 0x61, unit]
            #expect(DisplayWidth.of(units[...]) == DisplayWidth.of(String(decoding: units, as: UTF16.self)), "U+\(String(unit, radix: 16))")
        }
    }

    /// The report's padding and underline: the scalar shortcut must give the grapheme count.
    @Test func columnsBeforeAndOfAHighlightAgreeWithGraphemes() {
        let texts = ["Il testo è qui", "…città “Doubao” — ok", "豆包 e 日本語 fine", "e\u{301}x e\u{301}y", "😀 il il 👍🏽 no", "a\u{AD}b c"]
        for text in texts {
            let units = Array(text.utf16)
            for start in 0..<units.count where !UTF16.isTrailSurrogate(units[start]) {
                for end in (start + 1)...units.count where end == units.count || !UTF16.isTrailSurrogate(units[end]) {
                    let columns = DisplayWidth.columns(of: text, highlight: start..<end)
                    let expected = (
                        DisplayWidth.of(String(decoding: units[..<start], as: UTF16.self)),
                        DisplayWidth.of(String(decoding: units[start..<end], as: UTF16.self))
                    )
                    #expect(columns == expected, "\(text) \(start)..<\(end)")
                }
            }
        }
    }

    /// An excerpt's columns, counted by the locator on the line's code units where it can,
    /// are what DisplayWidth counts on the excerpt itself: tabs, accents, CJK, emoji,
    /// combining marks, and windows of long lines.
    @Test func excerptColumnsAgreeWithTheExcerpt() throws {
        let lines = [
            "\tIl testo è qui, il il conto.", "…città “Doubao” il il — ok", "豆包 e 日本語 il il fine",
            "e\u{301}x il il e\u{301}y", "😀 il il 👍🏽 no",
            String(repeating: "parola è ", count: 40) + "il il " + String(repeating: "fine ", count: 40),
        ]
        var checked = 0
        for line in lines {
            let report = try lint(line + "\n", language: "it")
            for located in report.diagnostics {
                let excerpt = try #require(located.excerpt)
                let columns = DisplayWidth.columns(of: excerpt.text, highlight: excerpt.highlight)
                #expect(excerpt.columnsBefore == columns.before && excerpt.columnsHighlighted == columns.highlighted, "\(excerpt.text)")
                checked += 1
            }
        }
        #expect(checked >= lines.count)
    }

    @Test func countsColumnsOfMixedText() {
        #expect(DisplayWidth.of(Array("…città “Doubao” — ok".utf16)[...]) == 20)
        #expect(DisplayWidth.of(Array("豆包 e".utf16)[...]) == 6)
        #expect(DisplayWidth.of(Array("e\u{301}x".utf16)[...]) == 2)
        #expect(DisplayWidth.of(Array("a\u{AD}b".utf16)[...]) == 2)
    }
}

@Suite struct OutputPiecesTests {
    /// A report too big for one piece comes in several, each just over the piece size, and
    /// joined they are the whole report.
    @Test func aLargeReportComesInPiecesThatJoinIntoIt() throws {
        let text = String(repeating: "Il governo ha detto che che il piano è pronto.\n", count: 2000)
        let report = try lint(text, language: "it", rules: [RepeatedWordRule()], path: "a.txt")
        #expect(report.diagnostics.count == 2000)
        var textPieces: [String] = []
        TextReporter(color: false).write(report) { textPieces.append($0) }
        var jsonPieces: [String] = []
        JSONLinesReporter().write(report) { jsonPieces.append($0) }
        for (pieces, whole) in [
            (textPieces, TextReporter(color: false).render(report)), (jsonPieces, JSONLinesReporter().lines(for: report)),
        ] {
            #expect(pieces.count > 1)
            #expect(
                pieces.dropLast().allSatisfy { $0.utf8.count >= OutputPieces.pieceSize && $0.utf8.count < OutputPieces.pieceSize + 1_000 })
            #expect(pieces.joined() == whole)
        }
    }
}
