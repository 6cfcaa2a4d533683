import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintText

/// The choice of safe fixes for `--fix`, as a property over many generated findings: what is
/// chosen never overlaps or touches, nothing is left out that could have been applied, fixes
/// that need review are never chosen, and applying the choice edits exactly those places.
@Suite struct SafeFixesTests {
    /// A small deterministic generator (a linear congruential one): the same cases on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static func location(_ range: Range<Int>) -> Location {
        Location(
            line: 1, column: range.lowerBound + 1, endLine: 1, endColumn: range.upperBound + 1,
            offset: range.lowerBound, length: range.count, characterOffset: range.lowerBound, characterLength: range.count)
    }

    static func finding(_ range: Range<Int>, in text: [UInt8], replacement: String, safe: Bool) -> LocatedDiagnostic {
        let diagnostic = Diagnostic(
            ruleID: safe ? "text/spacing" : "figure/garbled-scale", severity: .warning, category: .fluency,
            range: range, message: "m")
        let original = String(decoding: text[range], as: UTF8.self)
        let fix = LocatedFix(
            edits: [LocatedFix.Edit(location: location(range), text: original, replacement: replacement)],
            applicability: safe ? .safe : .needsReview)
        return LocatedDiagnostic(
            diagnostic: diagnostic, location: location(range), text: original, excerpt: nil, related: [],
            fixes: [fix], fingerprint: "0", occurrence: 1)
    }

    @Test func chosenFixesNeverOverlapAndMissNothing() {
        var generator = Generator(state: 18)
        for _ in 0..<500 {
            let text = Array((0..<40).map { _ in UInt8(ascii: "a") + UInt8(generator.next(26)) })
            var findings: [LocatedDiagnostic] = []
            for _ in 0..<generator.next(12) {
                let start = generator.next(40)
                let end = min(40, start + generator.next(6))
                let replacement = String(repeating: "X", count: generator.next(3))
                findings.append(Self.finding(start..<end, in: text, replacement: replacement, safe: generator.next(4) != 0))
            }
            let chosen = SafeFixes.select(findings).map(\.fix)
            let ranges = chosen.map { fix in
                fix.edits[0].location.characterOffset..<fix.edits[0].location.characterOffset + fix.edits[0].location.characterLength
            }
            #expect(chosen.allSatisfy { $0.applicability == .safe })
            // Apart: each one starts after the previous one ends (not even touching).
            for (earlier, later) in zip(ranges, ranges.dropFirst()) {
                #expect(later.lowerBound > earlier.upperBound, "\(earlier) and \(later) overlap or touch")
            }
            // Nothing left out that stays apart from every chosen one.
            for finding in findings where finding.fixes[0].applicability == .safe {
                let range = finding.diagnostic.range
                let apart = ranges.allSatisfy { range.lowerBound > $0.upperBound || range.upperBound < $0.lowerBound }
                #expect(!apart || ranges.contains(range), "\(range) could have been fixed")
            }
            // Applying edits exactly the chosen places, from the end so offsets stay valid.
            var expected = text
            for fix in chosen.reversed() {
                let edit = fix.edits[0]
                expected.replaceSubrange(
                    edit.location.offset..<edit.location.offset + edit.location.length, with: Array(edit.replacement.utf8))
            }
            #expect(SafeFixes.apply(chosen, to: text, encoding: .utf8(hasBOM: false)) == expected)
        }
    }

    @Test func utf16BytesAreEditedInTheirOwnByteOrder() {
        // "a  b" in UTF-16 little-endian behind a BOM; the double space becomes one.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x20, 0x00, 0x20, 0x00, 0x62, 0x00]
        let fix = LocatedFix(edits: [LocatedFix.Edit(location: Self.location(1..<3), text: "  ", replacement: " ")], applicability: .safe)
        #expect(SafeFixes.apply([fix], to: bytes, encoding: .utf16(bigEndian: false)) == [0xFF, 0xFE, 0x61, 0x00, 0x20, 0x00, 0x62, 0x00])
    }
}
