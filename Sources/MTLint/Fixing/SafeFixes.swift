import Foundation
import MTLintCore
import MTLintText

/// `mtlint check --fix`: the safe fixes of a text (Fix.Applicability.safe), chosen so that
/// none overlaps another, applied to the file's bytes in its own encoding. Fixing is repeated
/// on the result (a fix may let another finding show) until no safe fix is left, so that
/// fixing a fixed file changes nothing. Fixes that need review are applied only when asked
/// (`--unsafe-fixes`, as in ruff): then the first fix of each finding, the rule's best.
public enum SafeFixes {
    /// What fixing one text did.
    public struct Outcome: Sendable, Equatable {
        /// The bytes after fixing (the same bytes when nothing was fixed).
        public var bytes: [UInt8]
        /// Fixes applied, per rule id.
        public var fixed: [String: Int]
        /// What changed, from the original bytes to `bytes`, for `--diff`.
        public var regions: [ChangedRegion] = []

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

    /// The first safe fix of each finding (with `unsafe`, its first fix whatever its
    /// applicability), in text order, leaving out any that overlaps or touches one already
    /// taken (two insertions at one place, an edit next to another).
    public static func select(_ diagnostics: [LocatedDiagnostic], unsafe: Bool = false) -> [(ruleID: String, fix: LocatedFix)] {
        var candidates: [(ruleID: String, fix: LocatedFix, range: Range<Int>)] = []
        for diagnostic in diagnostics {
            let first = unsafe ? diagnostic.fixes.first : diagnostic.fixes.first(where: { $0.applicability == .safe })
            guard let fix = first, !fix.edits.isEmpty else { continue }
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
        var regions: [ChangedRegion] = []
        return apply(fixes, to: bytes, encoding: encoding, recording: &regions)
    }

    /// `apply`, also composing its byte edits into `regions` (what changed since the original).
    static func apply(_ fixes: [LocatedFix], to bytes: [UInt8], encoding: TextEncoding, recording regions: inout [ChangedRegion]) -> [UInt8]
    {
        var applied: [(range: Range<Int>, length: Int)] = []
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
            applied.append((range, replacement.count))
        }
        result += bytes[position...]
        // From the last edit back, so that each one's offsets still hold when it is recorded.
        for edit in applied.reversed() { ChangedRegion.record(edit.range, length: edit.length, in: &regions) }
        return result
    }

    /// Fixes `bytes` (a file named `path`) with `linter`, pass after pass, until no safe fix is
    /// left or `maximumPasses` is reached. Bytes that do not decode are returned unchanged.
    public static func fix(_ bytes: [UInt8], path: String, linter: Linter, analyzer: Analyzer, unsafe: Bool = false) throws -> Outcome {
        var current = bytes
        var fixed: [String: Int] = [:]
        var regions: [ChangedRegion] = []
        for _ in 0..<maximumPasses {
            let document = try linter.document(path: path, bytes: current)
            let report = try linter.lint(document, using: analyzer)
            let chosen = select(report.diagnostics, unsafe: unsafe)
            if chosen.isEmpty { break }
            var passRegions = regions
            let next = apply(chosen.map(\.fix), to: current, encoding: document.encoding, recording: &passRegions)
            if next == current { break }
            for (ruleID, _) in chosen { fixed[ruleID, default: 0] += 1 }
            current = next
            regions = passRegions
        }
        return Outcome(bytes: current, fixed: fixed, regions: regions)
    }
}
