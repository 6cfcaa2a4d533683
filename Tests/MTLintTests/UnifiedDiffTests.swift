import Foundation
import Testing

@testable import MTLint

/// `--diff`: the diff built from the fixes' regions is the one `diff -u` prints for simple
/// changes, and for any edits, pass after pass, `patch -p1` turns the old bytes into the new.
@Suite struct UnifiedDiffTests {
    /// Applies `edits` (ranges of `bytes`, apart from each other, in order) as one pass, recording them.
    static func apply(_ edits: [(Range<Int>, String)], to bytes: [UInt8], regions: inout [ChangedRegion]) -> [UInt8] {
        var result: [UInt8] = []
        var position = 0
        for (range, replacement) in edits {
            result += bytes[position..<range.lowerBound] + Array(replacement.utf8)
            position = range.upperBound
        }
        result += bytes[position...]
        for (range, replacement) in edits.reversed() { ChangedRegion.record(range, length: replacement.utf8.count, in: &regions) }
        return result
    }

    static func diff(_ old: String, _ edits: [(Range<Int>, String)]) -> String {
        var regions: [ChangedRegion] = []
        let new = apply(edits, to: Array(old.utf8), regions: &regions)
        return String(decoding: UnifiedDiff.diff(name: "a.txt", old: Array(old.utf8), new: new, regions: regions), as: UTF8.self)
    }

    @Test func oneChangedLineInTheMiddle() {
        let text = (1...10).map { "line \($0)\n" }.joined()
        // "line 5" -> "line five"
        let start = 4 * 7
        #expect(
            Self.diff(text, [(start + 5..<start + 6, "five")]) == """
                --- a/a.txt
                +++ b/a.txt
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func aRemovedLineEndAndTheLastLineWithoutOne() {
        // Two lines joined, and a word added to a last line without a line end.
        let text = "uno\ndue\ntre"
        #expect(
            Self.diff(text, [(3..<4, " "), (11..<11, "!")]) == """
                --- a/a.txt
                +++ b/a.txt
                @@ -1,3 +1,2 @@
                -uno
                -due
                -tre
                \\ No newline at end of file
                +uno due
                +tre!
                \\ No newline at end of file

                """)
        #expect(Self.diff("a\n", [(0..<2, "")]) == "--- a/a.txt\n+++ b/a.txt\n@@ -1 +0,0 @@\n-a\n")
        #expect(Self.diff("", [(0..<0, "a\n")]) == "--- a/a.txt\n+++ b/a.txt\n@@ -0,0 +1 @@\n+a\n")
        #expect(Self.diff("a\n", []) == "")
    }

    /// Random texts and random edits over three passes (each pass's edits in the text the last
    /// one left, some next to earlier ones): the diff applies with `patch -p1` and gives the result.
    @Test func anyEditsApplyWithPatch() throws {
        var generator = SafeFixesTests.Generator(state: 18)
        let words = ["a", "bb", "il il", " ", "\n", "\r\n", "è", "😀", "x\ny"]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-diff-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for round in 0..<60 {
            var text: [UInt8] = []
            for _ in 0..<generator.next(80) { text += Array(words[generator.next(words.count)].utf8) }
            // Edits on whole characters: cut only before an ASCII byte or a UTF-8 lead byte.
            let old = text
            var regions: [ChangedRegion] = []
            for _ in 0..<3 {
                var edits: [(Range<Int>, String)] = []
                var position = 0
                while position <= text.count, edits.count < 6 {
                    var start = position + generator.next(max(1, text.count / 3 + 1))
                    while start < text.count, text[start] & 0xC0 == 0x80 { start += 1 }
                    guard start <= text.count else { break }
                    var end = min(text.count, start + generator.next(8))
                    while end < text.count, text[end] & 0xC0 == 0x80 { end += 1 }
                    edits.append((start..<end, generator.next(3) == 0 ? "" : words[generator.next(words.count)]))
                    position = end + 1
                }
                text = Self.apply(edits, to: text, regions: &regions)
            }
            let patchText = UnifiedDiff.diff(name: "a.txt", old: old, new: text, regions: regions)
            if old == text {
                #expect(patchText.isEmpty)
                continue
            }
            try Data(old).write(to: folder.appendingPathComponent("a.txt"))
            try Data(patchText).write(to: folder.appendingPathComponent("p.diff"))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
            process.arguments = ["-p1", "--quiet", "--no-backup-if-mismatch", "-i", "p.diff"]
            process.currentDirectoryURL = folder
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "round \(round): \(String(decoding: patchText, as: UTF8.self))")
            let patched = try Data(contentsOf: folder.appendingPathComponent("a.txt"))
            #expect(patched == Data(text), "round \(round): \(String(decoding: patchText, as: UTF8.self))")
        }
    }
}
