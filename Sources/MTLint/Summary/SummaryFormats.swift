import Foundation
import MTLintCore
import MTLintReport
import MTLintText

/// How `mtlint summary` writes a summary: text for people, or JSON on one line that `mtlint
/// summary` reads back and merges (several of them concatenated are JSON Lines).
public enum SummaryFormat: String, Sendable, CaseIterable {
    case text
    case json

    public func render(_ summary: RunSummary) -> String {
        switch self {
        case .text: SummaryText.render(summary)
        case .json: JSONPieces.encode(SummaryJSON(summary), pretty: false) + "\n"
        }
    }
}

/// The JSON summary, version 1: a plain Codable struct, keys sorted (JSONPieces). The parts
/// that merge are `records`, `unreadable`, `words`, `penalty`, `rules`, `languages`,
/// `scores.histogram`, `worst` and `worstLimit`; `score`, `errors`, `warnings`, `infos` and the
/// rest of `scores` are derived from them, and checked against them when read.
struct SummaryJSON: Codable, Equatable {
    static let kind = "mtlint-summary"

    var kind: String
    var version: Int
    var tool: Tool
    /// Texts linted: records, or files of a JSON report.
    var records: Int
    var unreadable: Int
    var words: Int
    var penalty: Int
    /// All texts taken as one (QualityScore).
    var score: Double
    var errors: Int
    var warnings: Int
    var infos: Int
    var rules: [String: Counts]
    var languages: [String: Int]
    var scores: Scores
    var worst: [Worst]
    var worstLimit: Int

    struct Tool: Codable, Equatable {
        var name: String
        var version: String
    }

    struct Counts: Codable, Equatable {
        var error: Int
        var warning: Int
        var info: Int
    }

    struct Scores: Codable, Equatable {
        /// Every score that occurs, ascending, with how many texts have it.
        var histogram: [Bucket]
        var min: Double?
        var max: Double?
        var mean: Double?
        /// `p1`, `p5` ... `p99`, by the nearest-rank method.
        var percentiles: [String: Double]
    }

    struct Bucket: Codable, Equatable {
        var score: Double
        var count: Int
    }

    struct Worst: Codable, Equatable {
        var id: RecordID
        var language: String
        var words: Int
        var score: Double
        var errors: Int
        var warnings: Int
        var infos: Int
    }

    init(_ summary: RunSummary) {
        kind = Self.kind
        version = 1
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        records = summary.texts
        unreadable = summary.unreadable
        words = summary.words
        penalty = summary.penalty
        score = summary.score.value
        let counts = summary.counts
        (errors, warnings, infos) = (counts.errors, counts.warnings, counts.infos)
        rules = summary.rules.mapValues { Counts(error: $0.errors, warning: $0.warnings, info: $0.infos) }
        languages = summary.languages
        var percentiles: [String: Double] = [:]
        for percent in RunSummary.percentiles {
            if let tenths = summary.percentileTenths(percent) { percentiles["p\(percent)"] = Self.score(tenths) }
        }
        scores = Scores(
            histogram: summary.histogram.keys.sorted().map { Bucket(score: Self.score($0), count: summary.histogram[$0] ?? 0) },
            min: summary.minimumTenths.map(Self.score), max: summary.maximumTenths.map(Self.score),
            mean: summary.mean, percentiles: percentiles)
        worst = summary.worst.map {
            Worst(
                id: $0.id, language: $0.language, words: $0.words, score: Self.score($0.scoreTenths),
                errors: $0.counts.errors, warnings: $0.counts.warnings, infos: $0.counts.infos)
        }
        worstLimit = summary.worstLimit
    }

    static func score(_ tenths: Int) -> Double { Double(tenths) / 10 }

    /// A score as tenths, when it is one that mtlint writes (0.0 to 100.0, one decimal).
    static func tenths(_ score: Double) -> Int? {
        guard score.isFinite, (0...100).contains(score) else { return nil }
        let tenths = Int((score * 10).rounded())
        return abs(Double(tenths) - score * 10) < 1e-6 ? tenths : nil
    }

    /// The summary these parts make; nil when they are not a summary mtlint wrote (derived
    /// fields that do not match, a score that is no score).
    func summary() -> RunSummary? {
        guard kind == Self.kind, version == 1 else { return nil }
        var histogram: [Int: Int] = [:]
        for bucket in scores.histogram {
            guard let tenths = Self.tenths(bucket.score), histogram[tenths] == nil else { return nil }
            histogram[tenths] = bucket.count
        }
        var worstTexts: [TextSummary] = []
        for entry in worst {
            guard let tenths = Self.tenths(entry.score) else { return nil }
            worstTexts.append(
                TextSummary(
                    id: entry.id, language: entry.language, words: entry.words, scoreTenths: tenths,
                    counts: .init(errors: entry.errors, warnings: entry.warnings, infos: entry.infos)))
        }
        let ruleCounts = rules.mapValues { RunSummary.SeverityCounts(errors: $0.error, warnings: $0.warning, infos: $0.info) }
        guard
            let summary = RunSummary(
                texts: records, unreadable: unreadable, words: words, penalty: penalty, rules: ruleCounts,
                languages: languages, histogram: histogram, worst: worstTexts, worstLimit: worstLimit),
            SummaryJSON(summary) == self.withTool(SummaryJSON(summary).tool)
        else { return nil }
        return summary
    }

    /// The same with another tool: summaries of another version of mtlint merge too.
    private func withTool(_ tool: Tool) -> SummaryJSON {
        var copy = self
        copy.tool = tool
        return copy
    }
}

extension RecordID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let real = try? container.decode(Double.self) {
            self = .real(real)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .integer(let value): try container.encode(value)
        case .real(let value): try container.encode(value)
        }
    }
}

/// The summary for people.
enum SummaryText {
    static func render(_ summary: RunSummary) -> String {
        let counts = summary.counts
        var lines: [String] = []
        lines.append(
            "\(plural(summary.texts, "record")) (\(plural(summary.words, "word"))): \(plural(counts.errors, "error")), "
                + "\(plural(counts.warnings, "warning")), \(plural(counts.infos, "info")); score \(summary.score)")
        if summary.unreadable > 0 {
            lines.append("\(plural(summary.unreadable, "record")) could not be linted")
        }
        if summary.texts > 0, let low = summary.minimumTenths, let high = summary.maximumTenths, let mean = summary.mean {
            let percentiles = RunSummary.percentiles.compactMap { percent in
                summary.percentileTenths(percent).map { "p\(percent) \(score($0))" }
            }
            lines.append(
                "scores: min \(score(low)), " + percentiles.joined(separator: ", ")
                    + ", max \(score(high)); mean \(QualityScore.format(mean))")
        }
        if !summary.rules.isEmpty {
            lines.append("findings by rule:")
            let width = summary.rules.keys.map(\.count).max() ?? 0
            let sorted = summary.rules.sorted {
                $0.value.total != $1.value.total
                    ? $0.value.total > $1.value.total : Array($0.key.utf8).lexicographicallyPrecedes(Array($1.key.utf8))
            }
            for (rule, ruleCounts) in sorted {
                let parts = [(ruleCounts.errors, "error"), (ruleCounts.warnings, "warning"), (ruleCounts.infos, "info")]
                    .filter { $0.0 > 0 }.map { plural($0.0, $0.1) }
                lines.append("  " + rule.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + parts.joined(separator: ", "))
            }
        }
        if !summary.languages.isEmpty {
            let sorted = summary.languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append("languages: " + sorted.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if !summary.worst.isEmpty {
            lines.append("worst \(plural(summary.worst.count, "record")):")
            for text in summary.worst {
                let findings =
                    "\(plural(text.counts.errors, "error")), \(plural(text.counts.warnings, "warning")), \(plural(text.counts.infos, "info"))"
                let shown = score(text.scoreTenths)
                lines.append(
                    String(repeating: " ", count: max(0, 7 - shown.count)) + shown + "  "
                        + PrintableText.line(text.id.description) + " (\(text.language), \(plural(text.words, "word")): \(findings))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func score(_ tenths: Int) -> String { "\(tenths / 10).\(tenths % 10)" }

    private static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
