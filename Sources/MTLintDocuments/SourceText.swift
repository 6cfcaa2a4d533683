/// A file's decoded text as the C parsers read it: UTF-8 bytes, with the way back from a
/// byte offset or a (line, byte column) to a UTF-16 offset of the text. Every reader maps its
/// parser's positions through here, in one place.
struct SourceText {
    /// The file's text, UTF-16 code units (TextDecoder's output).
    let units: [UInt16]
    /// The same text in UTF-8, what the parsers read.
    private(set) var utf8: [UInt8]
    /// UTF-16 offset where each line starts; lines end at LF, CRLF or CR, as for cmark.
    let lineStarts: [Int]
    /// The UTF-8 offset of every `stride`-th UTF-16 unit (a low surrogate's: after its pair).
    private let checkpoints: [Int]
    static let stride = 64

    init(_ units: [UInt16]) {
        self.units = units
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count + units.count / 4)
        var lineStarts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(units.count / Self.stride + 1)
        var index = 0
        while index < units.count {
            let unit = units[index]
            if index % Self.stride == 0 { checkpoints.append(utf8.count) }
            switch unit {
            case 0..<0x80:
                utf8.append(UInt8(unit))
                if unit == 0x0A || (unit == 0x0D && (index + 1 == units.count || units[index + 1] != 0x0A)) {
                    lineStarts.append(index + 1)
                }
            case 0x80..<0x800:
                utf8.append(UInt8(0xC0 | (unit >> 6)))
                utf8.append(UInt8(0x80 | (unit & 0x3F)))
            case 0xD800..<0xDC00 where index + 1 < units.count && (0xDC00..<0xE000).contains(units[index + 1]):
                let scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                utf8.append(UInt8(0xF0 | (scalar >> 18)))
                utf8.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
                utf8.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (scalar & 0x3F)))
                index += 1
                // A low surrogate adds no bytes of its own: its checkpoint is after the pair.
                if index % Self.stride == 0 { checkpoints.append(utf8.count) }
            default:
                // TextDecoder never leaves a lone surrogate; were one here, it reads as U+FFFD.
                let value = (0xD800..<0xE000).contains(unit) ? 0xFFFD : unit
                utf8.append(UInt8(0xE0 | (value >> 12)))
                utf8.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
                utf8.append(UInt8(0x80 | (value & 0x3F)))
            }
            index += 1
        }
        self.utf8 = utf8
        self.lineStarts = lineStarts
        self.checkpoints = checkpoints
    }

    /// The UTF-8 length of the character starting at unit `index`, and its UTF-16 length.
    @inline(__always)
    func lengths(at index: Int) -> (utf8: Int, utf16: Int) {
        let unit = units[index]
        if unit < 0x80 { return (1, 1) }
        if unit < 0x800 { return (2, 1) }
        if (0xD800..<0xDC00).contains(unit), index + 1 < units.count, (0xDC00..<0xE000).contains(units[index + 1]) { return (4, 2) }
        return (3, 1)
    }

    /// The UTF-16 offset of UTF-8 offset `byte` (the start of the character holding it).
    func unitOffset(ofByte byte: Int) -> Int {
        var low = 0, high = checkpoints.count - 1, found = 0
        while low <= high {
            let middle = (low + high) / 2
            if checkpoints[middle] <= byte {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        var index = found * Self.stride
        var offset = checkpoints.isEmpty ? 0 : checkpoints[found]
        // A checkpoint may fall on a low surrogate, whose pair's bytes it counts already.
        if index < units.count, index > 0, (0xDC00..<0xE000).contains(units[index]), (0xD800..<0xDC00).contains(units[index - 1]) {
            index += 1
        }
        while index < units.count {
            let step = lengths(at: index)
            if offset + step.utf8 > byte { break }
            offset += step.utf8
            index += step.utf16
        }
        return index
    }

    /// The UTF-16 offset of cmark's (1-based line, 1-based byte column), clamped to the line.
    func unitOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return line < 1 ? 0 : units.count }
        var index = lineStarts[line - 1]
        let end = lineEnd(ofLine: line)
        var bytes = 0
        while index < end, bytes < column - 1 {
            let step = lengths(at: index)
            bytes += step.utf8
            index += step.utf16
        }
        return index
    }

    /// The UTF-16 offset where line `line` (1-based) ends, before its line end.
    func lineEnd(ofLine line: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return units.count }
        var end = line < lineStarts.count ? lineStarts[line] : units.count
        while end > lineStarts[line - 1], units[end - 1] == 0x0A || units[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// Replaces UTF-8 bytes `range` with spaces (line ends kept), so that a parser skips
    /// them while every position after them stays where it was.
    mutating func blank(bytes range: Range<Int>) {
        for index in range where utf8[index] != 0x0A && utf8[index] != 0x0D { utf8[index] = 0x20 }
    }
}

extension SourceText {
    /// The UTF-8 offset of UTF-16 offset `unit`.
    func byteOffset(ofUnit unit: Int) -> Int {
        guard !checkpoints.isEmpty else { return 0 }
        let checkpoint = min(unit / Self.stride, checkpoints.count - 1)
        var index = checkpoint * Self.stride
        var offset = checkpoints[checkpoint]
        if index < units.count, index > 0, (0xDC00..<0xE000).contains(units[index]), (0xD800..<0xDC00).contains(units[index - 1]) {
            index += 1
        }
        while index < unit, index < units.count {
            let step = lengths(at: index)
            offset += step.utf8
            index += step.utf16
        }
        return offset
    }
}
