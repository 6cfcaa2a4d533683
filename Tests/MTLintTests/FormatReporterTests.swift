import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// Rules made for these tests, so that the reporters' exact bytes do not change when the real
/// rules' messages do. `test/flag` flags each ⚑ with a message full of characters that each
/// format must escape; `test/cut` flags each `XX`, suggesting to remove it.
struct FlagRule: Rule {
    static let metadata = RuleMetadata(
        id: "test/flag", severity: .warning, category: .fluency, summary: "Flags ⚑.",
        explanation: "Used by the reporter tests.", examples: [])

    func check(_ analysis: Analysis) -> [Diagnostic] {
        analysis.text.indices.filter { analysis.text[$0] == 0x2691 }.map { index in
            diagnostic(
                index..<index + 1, "flag \"⚑\" <here> & 100%, done: yes\nsecond line",
                suggestions: ["ok"], related: [RelatedPlace(range: 0..<5, message: "the start")])
        }
    }
}

struct CutRule: Rule {
    static let metadata = RuleMetadata(
        id: "test/cut", severity: .error, category: .accuracy, summary: "Flags XX.",
        explanation: "Used by the reporter tests.", examples: [])

    func check(_ analysis: Analysis) -> [Diagnostic] {
        let units = Array("XX".utf16)
        return analysis.text.indices.dropLast().filter { Array(analysis.text[$0..<$0 + 2]) == units }.map { index in
            diagnostic(index..<index + 2, "stray `XX`", suggestions: [""])
        }
    }
}

/// One file with a ⚑ (after an emoji, so that UTF-16 columns and byte offsets differ) and an
/// XX on line 2, one clean file, and one that could not be read.
func fixtureRun() throws -> LintRun {
    let linter = Linter(rules: [CutRule(), FlagRule()], language: try ICULocale(languageTag: "it"))
    let flagged = try linter.lint(Document(path: "dir/città, 1.txt", text: "Hello 😀 ⚑ world\nXX fine\n"), using: Analyzer())
    let clean = try linter.lint(Document(path: "clean.txt", text: "Tutto bene.\n"), using: Analyzer())
    return LintRun(
        outcomes: [.linted(flagged), .linted(clean), .failed(InputProblem(path: "gone.txt", message: "no such file or folder"))],
        rules: linter.ruleMetadata)
}

@Suite struct FormatReporterTests {
    @Test func github() throws {
        #expect(
            GitHubReporter().render(try fixtureRun()) == """
                ::warning file=dir/città%2C 1.txt,line=1,col=10,endLine=1,endColumn=11,title=test/flag::flag "⚑" <here> & 100%25, done: yes%0Asecond line%0Asuggestion: ok
                ::error file=dir/città%2C 1.txt,line=2,col=1,endLine=2,endColumn=3,title=test/cut::stray `XX`%0Asuggestion: (remove)
                ::error file=gone.txt,title=mtlint%3A unreadable input::no such file or folder

                """)
    }

    /// Found by the documents fuzzer: a CSV source whose line feed a combining mark follows
    /// (`parts:\n\u{059E}n`), quoted in a message, broke the workflow command's line, since
    /// Foundation's replacing skipped that line feed.
    @Test func githubEscapesALineFeedThatACombiningMarkFollows() {
        #expect(GitHubReporter.data("parts:\n\u{059E}n 100%\r") == "parts:%0A\u{059E}n 100%25%0D")
        #expect(GitHubReporter.property("a,\n\u{0301}:b") == "a%2C%0A\u{0301}%3Ab")
        #expect(SourceUnits.quote("parts:\n\u{059E}n an introduction") == "parts: \u{059E}n an introduction")
    }

    @Test func checkstyle() throws {
        #expect(
            CheckstyleReporter().render(try fixtureRun()) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <checkstyle version="4.3">
                  <file name="dir/città, 1.txt">
                    <error line="1" column="10" severity="warning" message="flag &quot;⚑&quot; &lt;here&gt; &amp; 100%, done: yes&#10;second line (suggestion: ok)" source="test/flag"/>
                    <error line="2" column="1" severity="error" message="stray `XX` (suggestion: (remove))" source="test/cut"/>
                  </file>
                  <file name="clean.txt"/>
                  <file name="gone.txt">
                    <error severity="error" message="no such file or folder" source="mtlint/input"/>
                  </file>
                </checkstyle>

                """)
    }

    @Test func jsonLines() throws {
        let run = try fixtureRun()
        let fingerprints = run.reports[0].diagnostics.map(\.fingerprint)
        #expect(
            JSONLinesReporter().render(run) == """
                {"category":"fluency","column":10,"confidence":"high","endColumn":11,"endLine":1,"fingerprint":"\(fingerprints[0])","length":3,"line":1,"message":"flag \\"⚑\\" <here> & 100%, done: yes\\nsecond line","offset":11,"path":"dir/città, 1.txt","related":[{"column":1,"endColumn":6,"endLine":1,"length":5,"line":1,"message":"the start","offset":0,"text":"Hello"}],"rule":"test/flag","severity":"warning","suggestions":["ok"],"text":"⚑"}
                {"category":"accuracy","column":1,"confidence":"high","endColumn":3,"endLine":2,"fingerprint":"\(fingerprints[1])","length":2,"line":2,"message":"stray `XX`","offset":21,"path":"dir/città, 1.txt","related":[],"rule":"test/cut","severity":"error","suggestions":[""],"text":"XX"}

                """)
        // Every line is a JSON object on its own.
        for line in JSONLinesReporter().render(run).split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func junit() throws {
        #expect(
            JUnitReporter().render(try fixtureRun()) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="mtlint" tests="5" failures="2" errors="1">
                  <testsuite name="dir/città, 1.txt" tests="2" failures="2" errors="0" skipped="0">
                    <properties>
                      <property name="language" value="it"/>
                      <property name="words" value="4"/>
                      <property name="score" value="0.0"/>
                    </properties>
                    <testcase classname="dir/città, 1.txt" name="test/cut">
                      <failure type="error" message="1 finding: stray `XX`">dir/città, 1.txt:2:1: error: stray `XX` (suggestion: (remove))
                </failure>
                    </testcase>
                    <testcase classname="dir/città, 1.txt" name="test/flag">
                      <failure type="warning" message="1 finding: flag &quot;⚑&quot; &lt;here&gt; &amp; 100%, done: yes&#10;second line">dir/città, 1.txt:1:10: warning: flag "⚑" &lt;here&gt; &amp; 100%, done: yes
                second line (suggestion: ok)
                </failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="clean.txt" tests="2" failures="0" errors="0" skipped="0">
                    <properties>
                      <property name="language" value="it"/>
                      <property name="words" value="2"/>
                      <property name="score" value="100.0"/>
                    </properties>
                    <testcase classname="clean.txt" name="test/cut"/>
                    <testcase classname="clean.txt" name="test/flag"/>
                  </testsuite>
                  <testsuite name="gone.txt" tests="1" failures="0" errors="1" skipped="0">
                    <testcase classname="gone.txt" name="read">
                      <error type="unreadable" message="no such file or folder"/>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func xmlEscapingKeepsDocumentsWellFormed() {
        #expect(XMLText.escape("a\u{1}b\u{FFFF}c\td\re") == "a\u{FFFD}b\u{FFFD}c&#9;d&#13;e")
        #expect(XMLText.escape("<'\"\n\t>", attribute: false) == "&lt;'\"\n\t&gt;")
    }

    @Test func sarif() throws {
        let recorded = try fixtureRun()
        let run = LintRun(
            outcomes: recorded.outcomes.enumerated().filter { $0.offset != 1 }.map(\.element),
            rules: recorded.rules, baseline: recorded.baseline)
        let fingerprints = run.reports[0].diagnostics.map { "\($0.fingerprint):\($0.occurrence)" }
        let fixture = packageRoot.appendingPathComponent("Tests/MTLintTests/Fixtures/reporter.sarif")
        let rendered = SARIFReporter().render(run)
        if GoldenCorpusTests.recording {
            try rendered.replacingOccurrences(of: fingerprints[0], with: "FINGERPRINT-1")
                .replacingOccurrences(of: fingerprints[1], with: "FINGERPRINT-2")
                .replacingOccurrences(of: "\"\(ToolInfo.version)\"", with: "\"VERSION\"")
                .write(to: fixture, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: fixture, encoding: .utf8)
            .replacingOccurrences(of: "FINGERPRINT-1", with: fingerprints[0])
            .replacingOccurrences(of: "FINGERPRINT-2", with: fingerprints[1])
            .replacingOccurrences(of: "\"VERSION\"", with: "\"\(ToolInfo.version)\"")
        #expect(rendered == expected, "re-record with `make update-golden` if the change is deliberate")
    }

    /// Results are encoded one at a time into the log; the bytes must be those of encoding
    /// the whole log, for runs with findings, without, and with nothing linted.
    @Test func sarifPiecesMakeWhatTheEncoderWritesOfTheWholeLog() throws {
        let full = try fixtureRun()
        let clean = LintRun(outcomes: [.linted(try lint("Il testo è pulito.", language: "it", path: "b.txt"))])
        let nothing = LintRun(outcomes: [.failed(InputProblem(path: "e.txt", message: "cannot be read"))])
        let reporter = SARIFReporter()
        for run in [full, clean, nothing, LintRun(outcomes: [])] {
            let whole = reporter.log(run, results: Array(reporter.results(of: run)))
            #expect(reporter.render(run) == JSONPieces.encode(whole, pretty: true) + "\n")
        }
        #expect(Array(reporter.results(of: full)).count >= 2)
    }

    @Test func uriArePercentEncodedAndRelativeToTheSourceRoot() {
        #expect(SARIFReporter.artifact("./dir/città, 1.txt").uri == "dir/citt%C3%A0%2C%201.txt")
        #expect(SARIFReporter.artifact("dir/a.txt").uriBaseId == "%SRCROOT%")
        #expect(SARIFReporter.artifact("/abs/a b.txt").uri == "file:///abs/a%20b.txt")
        #expect(SARIFReporter.artifact("/abs/a b.txt").uriBaseId == nil)
        #expect(SARIFReporter.artifact("<stdin>").uri == "%3Cstdin%3E")
    }

    @Test func textSummaryShowsTheScoreTheLowestFileAndTheBaseline() throws {
        var run = try fixtureRun()
        run.baseline = BaselineSummary(file: "b.json", matched: 1, stale: 2)
        #expect(
            TextReporter(color: false).summary(run)
                == "2 files checked (6 words): 1 error, 1 warning, 0 infos; score 0.0; 1 finding in the baseline, 2 stale entries; 1 input could not be read"
        )
        let lowest = LintRun(outcomes: [
            run.outcomes[0],
            .linted(
                try Linter(rules: [], language: nil)
                    .lint(Document(path: "long.txt", text: String(repeating: "parola ", count: 10000)), using: Analyzer())),
        ])
        #expect(
            TextReporter(color: false).summary(lowest).hasSuffix(
                "(10,004 words): 1 error, 1 warning, 0 infos; score 98.5 (lowest 0.0 in dir/città, 1.txt)"))
    }
}

/// Files `f0.txt`, `f1.txt` ... with the given texts, in a new temporary folder, as inputs
/// for Linter.run; `body` runs while they exist.
func withInputFiles(_ texts: [String], _ body: ([(source: InputSource?, problem: InputProblem?)]) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var inputs: [(source: InputSource?, problem: InputProblem?)] = []
    for (number, text) in texts.enumerated() {
        let path = folder.appendingPathComponent("f\(number).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        inputs.append((.file(path), nil))
    }
    try body(inputs)
}

@Suite struct StreamingTests {
    /// Outcomes reach the callback in the inputs' order, each once, whatever the threads do.
    @Test(arguments: [1, 2, 4])
    func outcomesArriveInInputOrder(jobs: Int) throws {
        // Long and short files alternate, so that later files often finish first.
        try withInputFiles((0..<24).map { String(repeating: "Il conto è qui. ", count: $0 % 2 == 0 ? 3000 : 1) }) { files in
            var inputs = files
            inputs[5] = (nil, InputProblem(path: "missing.txt", message: "no such file or folder"))
            let seen = Lock<[String]>([])
            let run = Linter(language: try ICULocale(languageTag: "it")).run(
                collected: inputs, jobs: jobs,
                onOutcome: { outcome in
                    switch outcome {
                    case .linted(let report): seen.withLock { $0.append(URL(fileURLWithPath: report.path).lastPathComponent) }
                    case .failed(let problem): seen.withLock { $0.append(problem.path) }
                    }
                })
            let expected = (0..<24).map { $0 == 5 ? "missing.txt" : "f\($0).txt" }
            #expect(seen.withLock { $0 } == expected)
            #expect(run.outcomes.count == 24)
            #expect(run.problems.map(\.path) == ["missing.txt"])
        }
    }

    /// A streamed run keeps nothing of a handed-on file but the run's tally.
    @Test func aRunThatDropsHandedOnOutcomesKeepsTheirTally() throws {
        let damaged = "Il governo ha detto che che il piano costa 10 Cento milioni di euro.\n"
        let clean = "Il governo ha approvato il piano.\n"
        try withInputFiles([damaged, clean, damaged, damaged, clean, damaged]) { inputs in
            var inputs = inputs
            inputs.append((nil, InputProblem(path: "missing.txt", message: "no such file or folder")))
            let linter = Linter(language: try ICULocale(languageTag: "it"))
            let delivered = Lock<[Int]>([])
            let kept = linter.run(collected: inputs, jobs: 2)
            let dropped = linter.run(
                collected: inputs, jobs: 2, keepingOutcomes: false,
                onOutcome: { outcome in
                    if case .linted(let report) = outcome { delivered.withLock { $0.append(report.diagnostics.count) } }
                })
            // The callback saw every finding; the run kept no outcome, but the same tally.
            #expect(delivered.withLock { $0 } == [2, 0, 2, 2, 0, 2])
            #expect(kept.reports.map(\.diagnostics.count) == [2, 0, 2, 2, 0, 2])
            #expect(kept.outcomes.count == 7)
            #expect(dropped.outcomes.isEmpty)
            #expect(dropped.tally == kept.tally)
            #expect(kept.tally.files == 6)
            #expect(kept.tally.unreadable == 1)
            #expect(kept.tally.words == kept.reports.reduce(0) { $0 + $1.wordCount })
            for severity in Severity.allCases { #expect(dropped.count(severity) == kept.reports.reduce(0) { $0 + $1.count(severity) }) }
            #expect(dropped.count(.error) == 4)
            #expect(dropped.score == QualityScore(combining: kept.reports))
            #expect(dropped.hasFindings(atOrAbove: .error))
            // The lowest score is the first damaged file's (the first of equals).
            #expect(kept.tally.lowest?.path == kept.reports[0].path)
            #expect(kept.tally.lowest?.score == kept.reports[0].score)
        }
    }
}
