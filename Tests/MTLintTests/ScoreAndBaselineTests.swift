import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct QualityScoreTests {
    /// penalty = 10 × errors + 5 × warnings + 1 × infos; score = max(0, 100 − penalty × 1000 / words).
    @Test(arguments: [
        (0, 0, 100.0, "100.0"),
        (0, 420, 100.0, "100.0"),
        (5, 1000, 95.0, "95.0"),
        (15, 420, 64.2, "64.2"),  // 100 − 35.714… = 64.285… rounded down
        (1, 2000, 99.5, "99.5"),
        (1, 20000, 99.9, "99.9"),  // 99.95 shows 99.9: a text with findings never shows 100.0
        (1, 1_000_000, 99.9, "99.9"),  // 99.999
        (10, 50, 0.0, "0.0"),  // 200 points per 1000 words: floored at 0
        (1, 0, 0.0, "0.0"),  // findings in a text without words
    ])
    func arithmetic(penalty: Int, words: Int, value: Double, shown: String) {
        let score = QualityScore(penalty: penalty, words: words)
        #expect(score.value == value)
        #expect(score.description == shown)
    }

    @Test func weightsPerSeverity() {
        #expect(Severity.allCases.map(QualityScore.weight(of:)) == [1, 5, 10])
    }

    @Test func aFileScoreCountsItsFindingsBySeverity() throws {
        // One repeated word (a warning, 5 points) in 11,005 words: 100 − 5 × 1000 / 11005 = 99.54…
        let filler = String(repeating: "Il conto del ristorante è stato pagato ieri sera da Marco. ", count: 1000)
        let report = try lint(filler + "Ha pagato il il conto.", language: "it")
        #expect(report.diagnostics.map(\.severity) == [.warning])
        #expect(report.score.penalty == 5)
        #expect(report.score.value == QualityScore(penalty: 5, words: report.wordCount).value)
        #expect(report.wordCount == 11005)
        #expect(report.score.value == 99.5)
        let run = LintRun(outcomes: [.linted(report), .linted(try lint("Tutto bene.", language: "it"))])
        #expect(run.score == QualityScore(penalty: 5, words: report.wordCount + 2))
        #expect(run.reports(scoringBelow: 99.6).map(\.path) == [report.path])
        #expect(run.reports(scoringBelow: 99.5).isEmpty)
    }
}

@Suite struct BaselineTests {
    static let article = """
        Titolo

        Ha pagato il il conto.
        La la sera era fredda.
        Poi il il cane è uscito.

        """

    private func report(_ text: String, path: String = "a.txt") throws -> FileReport {
        try lint(text, language: "it", path: path)
    }

    private let resolver = PathResolver(workingDirectory: "/project")

    @Test func findingsKeepTheirFingerprintWhenLinesAreAddedAbove() throws {
        let before = try report(Self.article)
        let after = try report("Una riga nuova.\n\nE un'altra, lunga, prima del testo.\n" + Self.article)
        #expect(before.diagnostics.count == 3)
        #expect(before.diagnostics.map(\.fingerprint) == after.diagnostics.map(\.fingerprint))
        #expect(before.diagnostics.map(\.location.line) != after.diagnostics.map(\.location.line))
        // CRLF line ends and re-wrapped spaces do not change them either.
        let crlf = try report(Self.article.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(crlf.diagnostics.map(\.fingerprint) == before.diagnostics.map(\.fingerprint))
    }

    @Test func theSameFindingTwiceIsNumbered() throws {
        let twice = try report("Ha pagato il il conto.\nHa pagato il il conto.\n")
        #expect(twice.diagnostics.map(\.occurrence) == [1, 2])
        #expect(Set(twice.diagnostics.map(\.fingerprint)).count == 1)
    }

    @Test func aBaselineAcceptsOldFindingsAfterAnEditThatShiftsLines() throws {
        let old = LintRun(outcomes: [.linted(try report(Self.article))])
        let baseline = Baseline(recording: old, folder: "/project", resolver: resolver)
        #expect(baseline.entries.map(\.text) == ["il il", "La la", "il il"])

        // Lines added above, one old finding fixed, one new finding.
        let edited =
            "Premessa.\n\n" + Self.article.replacingOccurrences(of: "La la sera", with: "La sera")
            + "Alla fine di di tutto.\n"
        let run = baseline.apply(to: LintRun(outcomes: [.linted(try report(edited))]), name: "baseline.json")
        #expect(run.reports[0].diagnostics.map(\.text) == ["di di"])
        #expect(run.baseline == BaselineSummary(file: "baseline.json", matched: 2, stale: 1))
    }

    @Test func staleEntriesOfFilesThatNoLongerExistAreCounted() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resolver = PathResolver(workingDirectory: folder.path)
        try Data("x".utf8).write(to: folder.appendingPathComponent("kept.txt"))
        let old = LintRun(outcomes: [
            .linted(try report(Self.article, path: "gone.txt")),
            .linted(try report(Self.article, path: "kept.txt")),
        ])
        let baseline = Baseline(recording: old, folder: folder.path, resolver: resolver)
        // Only b.txt is linted now: gone.txt's 3 entries are stale, kept.txt's are not counted.
        let run = baseline.apply(to: LintRun(outcomes: [.linted(try report("Tutto bene.", path: "b.txt"))]), name: "b.json")
        #expect(run.baseline == BaselineSummary(file: "b.json", matched: 0, stale: 3))
    }

    @Test func theFileRoundTripsWithPathsRelativeToItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("ci"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resolver = PathResolver(workingDirectory: folder.path)
        let run = LintRun(outcomes: [.linted(try report("Ha pagato il il conto.\n", path: "texts/a.txt"))])
        let baseline = Baseline(recording: run, folder: folder.path + "/ci", resolver: resolver)
        let text = baseline.encoded()
        #expect(
            text == """
                {
                  "findings" : [
                    {
                      "fingerprint" : "\(run.reports[0].diagnostics[0].fingerprint)",
                      "path" : "../texts/a.txt",
                      "rule" : "text/repeated-word",
                      "text" : "il il"
                    }
                  ],
                  "tool" : "mtlint",
                  "version" : 1
                }

                """)
        try text.write(toFile: folder.path + "/ci/baseline.json", atomically: true, encoding: .utf8)
        let loaded = try Baseline.load("ci/baseline.json", resolver: resolver)
        #expect(loaded.entries == baseline.entries)
        #expect(loaded.apply(to: run, name: "ci/baseline.json").reports[0].diagnostics.isEmpty)
    }

    @Test func aBrokenBaselineFileIsAClearError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let resolver = PathResolver(workingDirectory: folder.path)
        try Data("[1, 2]".utf8).write(to: folder.appendingPathComponent("b.json"))
        #expect(throws: BaselineError(description: "b.json: not an mtlint baseline (JSON with `version`, `tool` and `findings`)")) {
            try Baseline.load("b.json", resolver: resolver)
        }
        #expect(
            throws: BaselineError(description: "none.json: no such baseline file; make it with `mtlint check --write-baseline none.json`")
        ) {
            try Baseline.load("none.json", resolver: resolver)
        }
    }
}
