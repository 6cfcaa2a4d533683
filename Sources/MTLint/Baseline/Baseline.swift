import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Findings accepted for now: `mtlint check --write-baseline FILE` records them, and
/// `--baseline FILE` reports (and fails on) only findings that are not in it. A finding is
/// known by its path, rule and fingerprint (the flagged text and a little context, never the
/// line), so that it stays known when lines are added or removed elsewhere in the file. The
/// same finding twice counts twice. Entries that no longer match are stale: their finding was
/// fixed, or edited beyond recognition; the summary counts them so that the baseline can be
/// written again.
public struct Baseline: Sendable, Equatable {
    public struct Entry: Codable, Sendable, Hashable {
        /// Relative to the baseline file's folder (`../texts/a.txt` when it is outside it).
        public var path: String
        public var rule: String
        /// The flagged text, for people reading the baseline; not used to match.
        public var text: String
        public var fingerprint: String
    }

    public static let currentVersion = 1

    /// Sorted by path, then in each file's order.
    public var entries: [Entry]
    /// The absolute folder of the baseline file.
    public var folder: String
    public var resolver: PathResolver

    /// The baseline of every finding in `run`, to be stored in a file in `folder`.
    public init(recording run: LintRun, folder: String, resolver: PathResolver = PathResolver()) {
        self.folder = resolver.absolute(folder)
        self.resolver = resolver
        let folder = self.folder
        let recorded = run.reports.flatMap { report in
            let path = resolver.steps(from: folder, to: report.path)
            return report.diagnostics.map { Entry(path: path, rule: $0.ruleID, text: $0.text, fingerprint: $0.fingerprint) }
        }
        // By path (bytes, as folders are listed), each file's findings in their order.
        entries = recorded.indices.sorted { a, b in
            let (left, right) = (recorded[a].path, recorded[b].path)
            return left == right ? a < b : left.utf8.lexicographicallyPrecedes(right.utf8)
        }.map { recorded[$0] }
    }

    private struct File: Codable {
        var version: Int
        var tool: String
        var findings: [Entry]
    }

    /// The baseline file's text: JSON with sorted keys, one finding per entry.
    public func encoded() -> String {
        // The JSON report's encoder, which cannot fail on these strings (see JSONReporter).
        JSONPieces.encode(File(version: Self.currentVersion, tool: ToolInfo.name, findings: entries), pretty: true) + "\n"
    }

    /// Reads the baseline file at `path`.
    public static func load(_ path: String, resolver: PathResolver = PathResolver()) throws(BaselineError) -> Baseline {
        let display = resolver.display(path)
        guard let data = FileManager.default.contents(atPath: resolver.absolute(path)) else {
            throw BaselineError(description: "\(display): no such baseline file; make it with `mtlint check --write-baseline \(display)`")
        }
        return try decode(data, path: path, resolver: resolver)
    }

    /// Reads the bytes of the baseline file at `path` (which is not read: it names the file in
    /// errors and gives the folder its paths are relative to).
    public static func decode(_ data: Data, path: String, resolver: PathResolver = PathResolver()) throws(BaselineError) -> Baseline {
        let display = resolver.display(path)
        guard let file = try? JSONDecoder().decode(File.self, from: data) else {
            throw BaselineError(description: "\(display): not an mtlint baseline (JSON with `version`, `tool` and `findings`)")
        }
        guard file.version == currentVersion else {
            throw BaselineError(
                description:
                    "\(display): baseline version \(file.version) is not one this mtlint reads; write it again with --write-baseline")
        }
        var baseline = Baseline(recording: LintRun(outcomes: []), folder: resolver.folder(of: path), resolver: resolver)
        baseline.entries = file.findings
        return baseline
    }

    /// `report` without the findings this baseline accepts, and how many it took away and how
    /// many of its entries for this file matched nothing.
    public func filter(_ report: FileReport) -> (report: FileReport, matched: Int, stale: Int) {
        let path = key(for: report.path)
        var available: [String: Int] = [:]
        for entry in entries where entry.path == path { available[entry.rule + " " + entry.fingerprint, default: 0] += 1 }
        var kept = report
        kept.diagnostics = report.diagnostics.filter { diagnostic in
            let key = diagnostic.ruleID + " " + diagnostic.fingerprint
            guard let count = available[key], count > 0 else { return true }
            available[key] = count - 1
            return false
        }
        let matched = report.diagnostics.count - kept.diagnostics.count
        return (kept, matched, available.values.reduce(0, +))
    }

    /// `run` without the accepted findings, with the counts in `run.baseline`. Stale entries are
    /// those of the files in the run that matched nothing, and those of files that no longer exist.
    public func apply(to run: LintRun, name: String) -> LintRun {
        var matched = 0, stale = 0
        var linted = Set<String>()
        var outcomes: [LintRun.Outcome] = []
        for outcome in run.outcomes {
            guard case .linted(let report) = outcome else {
                outcomes.append(outcome)
                continue
            }
            let result = filter(report)
            matched += result.matched
            stale += result.stale
            linted.insert(key(for: report.path))
            outcomes.append(.linted(result.report))
        }
        for entry in entries where !linted.contains(entry.path) {
            if !FileManager.default.fileExists(atPath: resolver.absolute(folder + "/" + entry.path)) { stale += 1 }
        }
        return LintRun(
            outcomes: outcomes, rules: run.rules,
            baseline: BaselineSummary(file: name, matched: matched, stale: stale))
    }

    private func key(for path: String) -> String {
        resolver.steps(from: folder, to: path)
    }
}

public struct BaselineError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}
