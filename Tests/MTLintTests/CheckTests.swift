import Foundation
import Synchronization
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules

/// A CheckOutput that keeps what it is handed.
final class RecordedOutput: CheckOutput {
    private let state = Mutex((report: "", messages: [String]()))
    var report: String { state.withLock { $0.report } }
    var messages: [String] { state.withLock { $0.messages } }
    func report(_ text: String) { state.withLock { $0.report += text } }
    func message(_ line: String) { state.withLock { $0.messages.append(line) } }
}

/// The library's `check`, without the command line: what a server or an editor calls.
@Suite("Check: the run behind mtlint check")
struct CheckTests {
    private func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }

    private func check(
        _ paths: [String], format: any Reporter.Type, configure: (inout Check) -> Void = { _ in }
    ) -> (CheckStatus, RecordedOutput) {
        var check = Check(paths: paths)
        check.configuration = .none
        check.format = format
        check.jobs = 1
        configure(&check)
        let output = RecordedOutput()
        return (check.run(output: output), output)
    }

    @Test func writesTheFormatsReportAndEarnsTheExitStatus() throws {
        let folder = try folder(["a.txt": "Ha pagato il il conto.\n", "b.txt": "Tutto bene.\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = check([folder.path], format: JSONLinesReporter.self) { $0.commandLine.failOn = .warning }
        #expect(status == .findings)
        let line = try #require(output.report.split(separator: "\n").first)
        #expect(line.contains(#""rule":"text/repeated-word""#))
        #expect(line.contains(#""text":"il il""#))
        #expect(output.report.split(separator: "\n").count == 1)
        #expect(output.messages.isEmpty)

        let (clean, _) = check([folder.appendingPathComponent("b.txt").path], format: TextReporter.self)
        #expect(clean == .clean)
    }

    @Test func aWholeRunFormatGetsEveryFile() throws {
        let folder = try folder(["a.txt": "Ha pagato il il conto.\n", "b.txt": "Tutto bene.\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (_, output) = check([folder.path], format: JUnitReporter.self)
        // One test suite per file, the failing one first in the inputs' order.
        #expect(output.report.components(separatedBy: "<testsuite ").count - 1 == 2)
        #expect(output.report.contains(#"a.txt" tests="\#(RuleRegistry.all.count)" failures="1""#))
    }

    @Test func problemsAreMessagesAndStatuses() throws {
        let (missing, output) = check(["no-such-file.txt"], format: TextReporter.self)
        #expect(missing == .unreadableInput)
        #expect(output.messages == ["mtlint: error: no-such-file.txt: no such file or folder"])

        let folder = try folder([".mtlint.yml": "rules: [\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (usage, configured) = check([folder.path], format: TextReporter.self) {
            $0.configuration = .file(folder.appendingPathComponent(".mtlint.yml").path)
        }
        #expect(usage == .usage)
        #expect(configured.messages.count == 1)
        #expect(configured.messages[0].hasPrefix("mtlint: error: "))
        #expect(configured.report.isEmpty)
    }

    @Test func everyFormatHasOneName() {
        #expect(Set(ReportFormats.names).count == ReportFormats.all.count)
        for format in ReportFormats.all { #expect(ReportFormats.named(format.name) == format) }
        #expect(ReportFormats.named("pdf") == nil)
        #expect(ReportFormats.named("html") == HTMLReporter.self)
    }
}

/// The order in which two threads take a lone file's rules (Linter.alongsideOrder).
@Suite struct AlongsideRuleOrderTests {
    @Test func targetRulesFirstThenTheCostliestSourceRules() {
        let rules = RuleRegistry.all.map { $0.init() }
        let ids = Linter.alongsideOrder(rules).map { type(of: rules[$0]).metadata.id }
        #expect(ids.count == rules.count && Set(ids).count == rules.count)
        let firstSource = ids.firstIndex { $0.hasPrefix("source/") } ?? ids.count
        // The target's rules keep the registry's order.
        #expect(Array(ids[..<firstSource]) == RuleRegistry.allMetadata.map(\.id).filter { !$0.hasPrefix("source/") })
        #expect(ids[firstSource...].allSatisfy { $0.hasPrefix("source/") })
        #expect(
            Array(ids[firstSource..<(firstSource + 3)]) == [
                "source/name-mismatch", "source/figure-added", "source/inconsistent-translation",
            ])
        #expect(Array(ids.suffix(2)) == ["source/figure-mismatch", "source/figure-missing"])
    }

    @Test func aSelectionOfRulesKeepsItsOwnRules() {
        let rules: [any Rule] = [SourceFigureMissingRule(), SpacingRule(), SourceNameMismatchRule()]
        #expect(Linter.alongsideOrder(rules) == [1, 2, 0])
    }
}

/// The rules' findings joined into one array (Linter.joined): in the rules' order, each
/// rule's array let go once copied.
@Suite struct JoinedFindingsTests {
    @Test func findingsKeepTheRulesOrderAndTheRulesArraysAreEmptied() {
        func finding(_ start: Int, _ rule: String) -> Diagnostic {
            Diagnostic(ruleID: rule, severity: .warning, category: .fluency, range: start..<(start + 1), message: rule)
        }
        var found = [[finding(5, "a"), finding(1, "a")], [], [finding(3, "b")]]
        let joined = Linter.joined(&found)
        #expect(joined.map(\.range.lowerBound) == [5, 1, 3])
        #expect(joined.map(\.ruleID) == ["a", "a", "b"])
        #expect(found.allSatisfy { $0.isEmpty })
    }
}
