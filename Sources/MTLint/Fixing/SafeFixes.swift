import Foundation
import MTLintCore
import MTLintText

/// `mtlint check --fix`: the safe fixes of a text (Fix.Applicability.safe), chosen so that
/// none overlaps another, applied to the file's bytes in its own encoding. Fixing is repeated
/// on the result (a fix may let another finding show) until no safe fix is left, so that
/// fixing a fixed file changes nothing. Fixes that need review are never applied.
public enum SafeFixes {
    /// What fixing one text did.
    public struct Outcome: Sendable, Equatable {
        /// The bytes after fixing (the same bytes when nothing was fixed).
        public var bytes: [UInt8]
        /// Fixes applied, per rule id.
        public var fixed: [String: Int]

        public var count: Int { fixed.values.reduce(0, +) }

        /// `2 fixes: text/repeated-word ×1, text/spacing ×1`.
        public var summary: String {
            if count == 0 { return "nothing to fix" }
            let rules = fixed.keys.sorted().map { "\($0) ×\(fixed[$0] ?? 0)" }.joined(separator: ", ")
            return "\(count) \(count == 1 ? "fix" : "fixes") (\(rules))"
        }
    }

    /// Passes over a text at most: each one applies every safe fix that overlaps no other.
    public static let maximumPasses = 10

    /// The first safe fix of each finding, in text order, leaving out any that overlaps or
    /// touches one already taken (two insertions at one place, an edit next to another).
    public static func select(_ diagnostics: [LocatedDiagnostic]) -> [(ruleID: String, fix: LocatedFix)] {
        var candidates: [(ruleID: String, fix: LocatedFix, range: Range<Int>)] = []
        for diagnostic in diagnostics {
            guard let fix = diagnostic.fixes.first(where: { $0.applicability == .safe }), !fix.edits.isEmpty else { continue }
            let start = fix.edits.map(\.location.characterOffset).min() ?? 0
            let end = fix.edits.map { $0.location.characterOffset + $0.location.characterLength }.max() ?? start
            candidates.append((diagnostic.ruleID, fix, start..<end))
        }
        candidates.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var chosen: [(ruleID: String, fix: LocatedFix)] = []
        var reached = -1
        for candidate in candidates where candidate.range.lowerBound > reached {
            chosen.append((candidate.ruleID, candidate.fix))
            reached = candidate.range.upperBound
        }
        return chosen
    }

    /// Applies `fixes` (from `select`: apart from each other) to the bytes of `document`,
    /// keeping everything else byte for byte: the byte-order mark, the line ends, the encoding.
    public static func apply(_ fixes: [LocatedFix], to bytes: [UInt8], encoding: TextEncoding) -> [UInt8] {
        let edits = fixes.flatMap(\.edits).sorted { $0.location.characterOffset < $1.location.characterOffset }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var position = 0
        for edit in edits {
            let range: Range<Int>
            let replacement: [UInt8]
            switch encoding {
            case .utf8:
                range = edit.location.offset..<edit.location.offset + edit.location.length
                replacement = Array(edit.replacement.utf8)
            case .utf16(let bigEndian):
                let start = encoding.prefixLength + 2 * edit.location.characterOffset
                range = start..<start + 2 * edit.location.characterLength
                replacement = edit.replacement.utf16.flatMap { unit -> [UInt8] in
                    bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                }
            }
            guard range.lowerBound >= position, range.upperBound <= bytes.count else { continue }
            result += bytes[position..<range.lowerBound]
            result += replacement
            position = range.upperBound
        }
        result += bytes[position...]
        return result
    }

    /// Fixes `bytes` (a file named `path`) with `linter`, pass after pass, until no safe fix is
    /// left or `maximumPasses` is reached. Bytes that do not decode are returned unchanged.
    public static func fix(_ bytes: [UInt8], path: String, linter: Linter, analyzer: Analyzer) throws -> Outcome {
        var current = bytes
        var fixed: [String: Int] = [:]
        for _ in 0..<maximumPasses {
            let document = try Document(path: path, bytes: current)
            let report = try linter.lint(document, using: analyzer)
            let chosen = select(report.diagnostics)
            if chosen.isEmpty { break }
            let next = apply(chosen.map(\.fix), to: current, encoding: document.encoding)
            if next == current { break }
            for (ruleID, _) in chosen { fixed[ruleID, default: 0] += 1 }
            current = next
        }
        return Outcome(bytes: current, fixed: fixed)
    }
}
