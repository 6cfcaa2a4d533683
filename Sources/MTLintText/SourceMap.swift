/// Maps UTF-16 offsets of a document's text (the coordinates of ICU and of every rule) to what
/// reports show: 1-based lines, 1-based UTF-16 columns (SARIF's and LSP's default) and byte
/// offsets in the file as stored (a BOM included).
///
/// Line ends are LF, CRLF and CR. Lookups cost O(log lines) plus at most `stride` code units
/// of walking, in any order, so a 50 MB single-line file is as cheap as a short one.
public struct SourceMap: Sendable {
    /// A resolved position.
    public struct Position: Equatable, Sendable {
        /// 1-based line.
        public var line: Int
        /// 1-based column in UTF-16 code units.
        public var column: Int
        /// Byte offset in the file as stored.
        public var byteOffset: Int
    }

    static let stride = 256

    public let encoding: TextEncoding
    /// UTF-16 offset where each line starts; the first is 0.
    let lineStarts: [Int32]
    /// For UTF-8 files, the byte offset of every `stride`-th code unit (BOM excluded).
    let byteCheckpoints: [Int]
    public let textLength: Int

    public var lineCount: Int { lineStarts.count }

    /// Builds the map while the decoder appends code units, so nothing is scanned twice.
    struct Builder {
        let encoding: TextEncoding
        var lineStarts: [Int32] = [0]
        var checkpoints: [Int] = [0]
        var byteOffset = 0
        var previousWasCR = false

        init(encoding: TextEncoding) { self.encoding = encoding }

        @inline(__always)
        mutating func append(_ unit: UInt16, byteLength: Int, text: inout [UInt16]) {
            record(unit, at: text.count, byteLength: byteLength)
            text.append(unit)
        }

        /// Notes code unit `index` of the text, `unit`, which took `byteLength` bytes of the
        /// file; for decoders that write the text themselves.
        @inline(__always)
        mutating func record(_ unit: UInt16, at index: Int, byteLength: Int) {
            if index & (SourceMap.stride - 1) == 0, index > 0 { checkpoints.append(byteOffset) }
            if unit == 0x0A {
                if previousWasCR { lineStarts[lineStarts.count - 1] = Int32(index + 1) } else { lineStarts.append(Int32(index + 1)) }
            } else if unit == 0x0D {
                lineStarts.append(Int32(index + 1))
            }
            previousWasCR = unit == 0x0D
            byteOffset += byteLength
        }

        mutating func appendPair(high: UInt16, low: UInt16, text: inout [UInt16]) {
            recordPair(high: high, low: low, at: text.count)
            text.append(high)
            text.append(low)
        }

        /// Notes a surrogate pair at code units `index` and `index + 1`: in UTF-16 two bytes
        /// each; in UTF-8 the sequence's four bytes go to the high half.
        @inline(__always)
        mutating func recordPair(high: UInt16, low: UInt16, at index: Int) {
            let isUTF16 = encoding == .utf16(bigEndian: true) || encoding == .utf16(bigEndian: false)
            record(high, at: index, byteLength: isUTF16 ? 2 : 4)
            record(low, at: index + 1, byteLength: isUTF16 ? 2 : 0)
        }

        func finish(textLength: Int) -> SourceMap {
            SourceMap(encoding: encoding, lineStarts: lineStarts, byteCheckpoints: checkpoints, textLength: textLength)
        }
    }

    /// Builds the map of text that is already decoded (strings in tests, stdin).
    public init(text: [UInt16], encoding: TextEncoding = .utf8(hasBOM: false)) {
        var builder = Builder(encoding: encoding)
        var copy: [UInt16] = []
        copy.reserveCapacity(text.count)
        var index = 0
        while index < text.count {
            let unit = text[index]
            if (0xD800...0xDBFF).contains(unit), index + 1 < text.count, (0xDC00...0xDFFF).contains(text[index + 1]) {
                builder.appendPair(high: unit, low: text[index + 1], text: &copy)
                index += 2
            } else {
                let length: Int
                switch encoding {
                case .utf16: length = 2
                case .utf8: length = unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3
                }
                builder.append(unit, byteLength: length, text: &copy)
                index += 1
            }
        }
        self = builder.finish(textLength: text.count)
    }

    private init(encoding: TextEncoding, lineStarts: [Int32], byteCheckpoints: [Int], textLength: Int) {
        self.encoding = encoding
        self.lineStarts = lineStarts
        self.byteCheckpoints = byteCheckpoints
        self.textLength = textLength
    }

    /// The 0-based index of the line holding UTF-16 offset `offset`.
    public func lineIndex(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(lineStarts[middle]) <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// UTF-16 range of line `index` (0-based), without its line end.
    public func lineRange(_ index: Int, in text: [UInt16]) -> Range<Int> {
        let start = Int(lineStarts[index])
        var end = index + 1 < lineStarts.count ? Int(lineStarts[index + 1]) : textLength
        while end > start, text[end - 1] == 0x0A || text[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Line, column and byte offset of UTF-16 offset `offset` (0...textLength).
    public func position(of offset: Int, in text: [UInt16]) -> Position {
        let line = lineIndex(of: offset)
        return Position(line: line + 1, column: offset - Int(lineStarts[line]) + 1, byteOffset: byteOffset(of: offset, in: text))
    }

    /// The position of `offset`, from the known `position` of an `earlier` offset: within the
    /// same line (a flagged word, a phrase) only the units between are counted.
    public func position(of offset: Int, after position: Position, at earlier: Int, in text: [UInt16]) -> Position {
        guard offset >= earlier, offset - earlier <= SourceMap.stride,
            !text[earlier..<offset].contains(where: { $0 == 0x0A || $0 == 0x0D })
        else {
            return self.position(of: offset, in: text)
        }
        var bytes = position.byteOffset
        if case .utf16 = encoding {
            bytes += 2 * (offset - earlier)
        } else {
            for unit in text[earlier..<offset] { bytes += Self.utf8Length(unit) }
        }
        return Position(line: position.line, column: position.column + offset - earlier, byteOffset: bytes)
    }

    /// The bytes a UTF-16 code unit stands for in UTF-8: a surrogate pair's four go to its
    /// high half.
    @inline(__always)
    private static func utf8Length(_ unit: UInt16) -> Int {
        unit < 0x80 ? 1 : unit < 0x800 ? 2 : (unit & 0xFC00) == 0xD800 ? 4 : (unit & 0xFC00) == 0xDC00 ? 0 : 3
    }

    /// Byte offset in the stored file of UTF-16 offset `offset`.
    public func byteOffset(of offset: Int, in text: [UInt16]) -> Int {
        switch encoding {
        case .utf16:
            return encoding.prefixLength + 2 * offset
        case .utf8:
            let checkpoint = min(offset / SourceMap.stride, byteCheckpoints.count - 1)
            var bytes = byteCheckpoints[checkpoint]
            var index = checkpoint * SourceMap.stride
            while index < offset {
                bytes += Self.utf8Length(text[index])
                index += 1
            }
            return encoding.prefixLength + bytes
        }
    }
}
