/// A stretch of bytes that fixing changed: `old` in the original bytes became `new` in the
/// fixed ones. Outside its regions the fixed text is the original, byte for byte, so the
/// regions say everything a diff needs without comparing the two texts again.
public struct ChangedRegion: Sendable, Equatable {
    public var old: Range<Int>
    public var new: Range<Int>

    public init(old: Range<Int>, new: Range<Int>) {
        self.old = old
        self.new = new
    }

    /// Adds an edit of the current bytes (`range` replaced by `length` bytes) to `regions`
    /// (sorted, apart from each other, `new` in the current bytes), merging it with any region
    /// it overlaps or touches. Edits of one pass are recorded from the last one back.
    static func record(_ range: Range<Int>, length: Int, in regions: inout [ChangedRegion]) {
        let delta = length - range.count
        let before = regions.filter { $0.new.upperBound < range.lowerBound }
        let touching = regions.filter { $0.new.lowerBound <= range.upperBound && $0.new.upperBound >= range.lowerBound }
        let after = regions.filter { $0.new.lowerBound > range.upperBound }
        func shift(_ list: [ChangedRegion]) -> Int { list.reduce(0) { $0 + $1.new.count - $1.old.count } }
        let shiftBefore = shift(before)
        let shiftThrough = shiftBefore + shift(touching)
        var start = (current: range.lowerBound, original: range.lowerBound - shiftBefore)
        if let first = touching.first, first.new.lowerBound <= range.lowerBound {
            start = (first.new.lowerBound, first.old.lowerBound)
        }
        var end = (current: range.upperBound, original: range.upperBound - shiftThrough)
        if let last = touching.last, last.new.upperBound >= range.upperBound {
            end = (last.new.upperBound, last.old.upperBound)
        }
        let merged = ChangedRegion(old: start.original..<end.original, new: start.current..<end.current + delta)
        regions =
            before + [merged]
            + after.map {
                ChangedRegion(old: $0.old, new: $0.new.lowerBound + delta..<$0.new.upperBound + delta)
            }
    }
}

/// `mtlint check --diff`: what fixing changed, as a unified diff (`diff -u`, 3 lines of
/// context), built from the changed regions alone. It applies with `patch -p1`.
public enum UnifiedDiff {
    public static let context = 3

    /// The lines of `bytes`, each with its line end; a last line without one is kept.
    private static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    /// The index of the line holding byte `offset` (the line count at the very end after a
    /// line end), from `starts`.
    private static func line(of offset: Int, starts: [Int]) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }

    /// Where each line starts, and where the empty line after a last line end would.
    private static func starts(_ lines: [ArraySlice<UInt8>], _ bytes: [UInt8]) -> [Int] {
        lines.map(\.startIndex) + (bytes.last == 0x0A || bytes.isEmpty ? [bytes.count] : [])
    }

    /// The diff from `old` to `new`, which differ only in `regions`, with `--- a/NAME` and
    /// `+++ b/NAME`; empty when nothing changed.
    public static func diff(name: String, old: [UInt8], new: [UInt8], regions: [ChangedRegion]) -> [UInt8] {
        guard old != new else { return [] }
        let oldLines = lines(old), newLines = lines(new)
        let oldStarts = starts(oldLines, old), newStarts = starts(newLines, new)
        func atLineStart(_ offset: Int, _ bytes: [UInt8]) -> Bool { offset == 0 || bytes[offset - 1] == 0x0A }
        // Changed lines per region: old lines [a, b) became new lines [c, d).
        var changes: [(old: Range<Int>, new: Range<Int>)] = []
        for region in regions {
            let a = line(of: region.old.lowerBound, starts: oldStarts)
            let c = line(of: region.new.lowerBound, starts: newStarts)
            var b = line(of: region.old.upperBound, starts: oldStarts) + 1
            var d = line(of: region.new.upperBound, starts: newStarts) + 1
            // A region ending where a line starts, in both texts, leaves that line alone.
            if atLineStart(region.old.upperBound, old), atLineStart(region.new.upperBound, new) {
                b -= 1
                d -= 1
            }
            let (oldFirst, newFirst) = (min(a, oldLines.count), min(c, newLines.count))
            let change = (old: oldFirst..<max(min(b, oldLines.count), oldFirst), new: newFirst..<max(min(d, newLines.count), newFirst))
            // Changes on one line, or on lines next to each other, are one change, as diff -u shows them.
            if let last = changes.last, change.old.lowerBound <= last.old.upperBound || change.new.lowerBound <= last.new.upperBound {
                changes[changes.count - 1] = (
                    last.old.lowerBound..<max(last.old.upperBound, change.old.upperBound),
                    last.new.lowerBound..<max(last.new.upperBound, change.new.upperBound)
                )
            } else {
                changes.append(change)
            }
        }
        // Changes closer than twice the context share a hunk.
        var hunks: [[(old: Range<Int>, new: Range<Int>)]] = []
        for change in changes {
            if let last = hunks.last?.last, change.old.lowerBound - last.old.upperBound <= 2 * context {
                hunks[hunks.count - 1].append(change)
            } else {
                hunks.append([change])
            }
        }
        var out: [UInt8] = Array("--- a/\(name)\n+++ b/\(name)\n".utf8)
        func emit(_ prefix: UInt8, _ line: ArraySlice<UInt8>) {
            out.append(prefix)
            out += line
            if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
        }
        for hunk in hunks {
            guard let first = hunk.first, let last = hunk.last else { continue }
            let oldStart = max(0, first.old.lowerBound - context)
            let oldEnd = min(oldLines.count, last.old.upperBound + context)
            let newStart = first.new.lowerBound - (first.old.lowerBound - oldStart)
            let newEnd = last.new.upperBound + (oldEnd - last.old.upperBound)
            func range(_ start: Int, _ end: Int) -> String {
                let count = end - start
                // As diff -u: no count for one line, the line before an empty range.
                return count == 1 ? "\(start + 1)" : "\(count == 0 ? start : start + 1),\(count)"
            }
            out += Array("@@ -\(range(oldStart, oldEnd)) +\(range(newStart, newEnd)) @@\n".utf8)
            var position = oldStart
            for change in hunk {
                for index in position..<change.old.lowerBound { emit(0x20, oldLines[index]) }
                for index in change.old { emit(0x2D, oldLines[index]) }
                for index in change.new { emit(0x2B, newLines[index]) }
                position = change.old.upperBound
            }
            for index in position..<oldEnd { emit(0x20, oldLines[index]) }
        }
        return out
    }
}
