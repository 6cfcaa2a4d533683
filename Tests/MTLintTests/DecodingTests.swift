import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct DecodingTests {
    private func decode(_ bytes: [UInt8]) throws -> TextDecoder.Decoded { try TextDecoder.decode(bytes) }

    @Test func decodesUTF8() throws {
        let decoded = try decode(Array("già 日本 😀".utf8))
        #expect(String(decoding: decoded.text, as: UTF16.self) == "già 日本 😀")
        #expect(decoded.encoding == .utf8(hasBOM: false))
    }

    /// Found by the FuzzDocuments fuzz target: a CSV header whose quoted names hold line
    /// breaks gave a reason of several lines, though `.malformed` promises one: stderr escapes
    /// it, but reports (JUnit's message attribute, the server's answers) carry it as it is.
    @Test func aBilingualFilesReasonStaysOnOneLine() {
        let bytes = Array("\"id\nnumber\",\"en\r\nsource\",it\n1,Hello,Ciao\n".utf8)
        let reason =
            "line 1: name the source and target columns with --columns source,target (the header has `id\\nnumber`, `en\\r\\nsource`, `it`) (read as CSV)"
        #expect(throws: DecodingError.malformed(reason)) {
            try Document(path: "a.csv", bytes: bytes, format: .csv)
        }
    }

    @Test func emptyInputIsEmptyText() throws {
        let decoded = try decode([])
        #expect(decoded.text.isEmpty)
        #expect(decoded.sourceMap.lineCount == 1)
    }

    @Test func skipsTheUTF8ByteOrderMarkButCountsItInOffsets() throws {
        let decoded = try decode([0xEF, 0xBB, 0xBF] + Array("ab\ncd".utf8))
        #expect(String(decoding: decoded.text, as: UTF16.self) == "ab\ncd")
        let position = decoded.sourceMap.position(of: 3, in: decoded.text)
        #expect(position == SourceMap.Position(line: 2, column: 1, byteOffset: 6))
    }

    /// Each malformed sequence is reported at the byte where it starts, with its bytes.
    @Test(
        arguments: [
            ([0x61, 0xFF, 0x62], 1, [0xFF]),  // never valid in UTF-8
            ([0x61, 0x80], 1, [0x80]),  // lone continuation byte
            ([0x61, 0x62, 0xC0, 0x80], 2, [0xC0]),  // overlong NUL
            ([0xE0, 0x80, 0x80], 0, [0xE0, 0x80]),  // overlong three-byte form
            ([0xED, 0xA0, 0x80], 0, [0xED, 0xA0]),  // UTF-16 surrogate encoded in UTF-8
            ([0xF4, 0x90, 0x80, 0x80], 0, [0xF4, 0x90]),  // above U+10FFFF
            ([0x61, 0xC3], 1, [0xC3]),  // truncated at the end of the file
            ([0xE6, 0x97, 0x41], 0, [0xE6, 0x97, 0x41]),  // truncated inside the text
        ] as [([UInt8], Int, [UInt8])])
    func reportsInvalidUTF8AtItsByte(_ bytes: [UInt8], _ offset: Int, _ shown: [UInt8]) {
        #expect(throws: DecodingError.invalidUTF8(offset: offset, bytes: shown)) { try decode(bytes) }
    }

    @Test func invalidUTF8MessageNamesTheByte() {
        let error = DecodingError.invalidUTF8(offset: 5, bytes: [0xFF])
        #expect(error.description == "invalid UTF-8 at byte 5 (0xFF); save the file as UTF-8")
    }

    @Test func refusesBinaryFiles() {
        #expect(throws: DecodingError.nulByte(offset: 3, looksLikeUTF16: false)) {
            try decode([0x50, 0x4B, 0x03, 0x00, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE, 0xAB, 0x01, 0x02, 0x9C])
        }
    }

    @Test func recognisesUTF16WithoutByteOrderMark() {
        let bytes = Array("ciao mondo".utf16).flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: DecodingError.nulByte(offset: 1, looksLikeUTF16: true)) { try decode(bytes) }
    }

    @Test func decodesUTF16WithByteOrderMarks() throws {
        let text = "è 😀\r\nil"
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for (bytes, bigEndian) in [(little, false), (big, true)] {
            let decoded = try decode(bytes)
            #expect(String(decoding: decoded.text, as: UTF16.self) == text)
            #expect(decoded.encoding == .utf16(bigEndian: bigEndian))
            // `il` starts at UTF-16 offset 6: 2 BOM bytes + 2 bytes per code unit.
            #expect(decoded.sourceMap.position(of: 6, in: decoded.text) == SourceMap.Position(line: 2, column: 1, byteOffset: 14))
        }
    }

    @Test func refusesBrokenUTF16AndUTF32() {
        #expect(throws: DecodingError.oddUTF16Length(byteCount: 5)) { try decode([0xFF, 0xFE, 0x61, 0x00, 0x62]) }
        #expect(throws: DecodingError.invalidUTF16(offset: 2)) { try decode([0xFF, 0xFE, 0x00, 0xDC, 0x61, 0x00]) }
        #expect(throws: DecodingError.invalidUTF16(offset: 2)) { try decode([0xFF, 0xFE, 0x3D, 0xD8, 0x61, 0x00]) }
        #expect(throws: DecodingError.utf32(bigEndian: false)) { try decode([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]) }
    }
}

@Suite struct SourceMapTests {
    /// Line, UTF-16 column and UTF-8 byte offset of every code unit offset, computed naively.
    private func naivePositions(_ text: String) -> [SourceMap.Position] {
        var result: [SourceMap.Position] = []
        var line = 1, column = 1, bytes = 0
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            result.append(.init(line: line, column: column, byteOffset: bytes))
            if scalar.utf16.count == 2 { result.append(.init(line: line, column: column + 1, byteOffset: bytes + 4)) }
            bytes += scalar.utf8.count
            let isCRLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if scalar == "\n" || (scalar == "\r" && !isCRLF) {
                line += 1
                column = 1
            } else {
                column += scalar.utf16.count
            }
            index += 1
        }
        result.append(.init(line: line, column: column, byteOffset: bytes))
        return result
    }

    @Test func agreesWithANaiveCountAcrossCheckpoints() {
        // Long enough to cross many checkpoints, with every UTF-8 length and all line ends.
        let piece = "a è 日本 😀\nx\r\ny\rz "
        let text = String(repeating: piece, count: 97)
        let document = Document(text: text)
        let expected = naivePositions(text)
        #expect(expected.count == document.text.count + 1)
        for offset in 0...document.text.count where !(0xDC00...0xDFFF).contains(offset < document.text.count ? document.text[offset] : 0) {
            #expect(document.sourceMap.position(of: offset, in: document.text) == expected[offset], "offset \(offset)")
        }
    }

    /// The end of a finding is found from its start; it must agree with a lookup of its own,
    /// across line ends, surrogate pairs, checkpoints and long ranges.
    @Test func positionsFromAnEarlierOneAgreeWithLookups() throws {
        let piece = "a è 日本 😀\nx\r\ny\rz "
        // Short lines, then one long line: ranges within a line of any length up to 300.
        let text = String(repeating: piece, count: 41) + String(repeating: "è 日😀a", count: 120) + "\nfine"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let utf16 = try TextDecoder.decode(bytes)
        for (map, units) in [(Document(text: text).sourceMap, Document(text: text).text), (utf16.sourceMap, utf16.text)] {
            func isLowHalf(_ offset: Int) -> Bool { offset < units.count && (0xDC00...0xDFFF).contains(units[offset]) }
            for start in stride(from: 0, through: units.count, by: 7) where !isLowHalf(start) {
                let known = map.position(of: start, in: units)
                for end in start...min(units.count, start + 300) where !isLowHalf(end) {
                    #expect(
                        map.position(of: end, after: known, at: start, in: units) == map.position(of: end, in: units), "\(start)..<\(end)")
                }
            }
        }
    }

    @Test func lineRangesLeaveOutLineEnds() {
        let document = Document(text: "uno\r\ndue\rtre\n")
        let map = document.sourceMap
        #expect(map.lineCount == 4)
        #expect(document.string(map.lineRange(0, in: document.text)) == "uno")
        #expect(document.string(map.lineRange(1, in: document.text)) == "due")
        #expect(document.string(map.lineRange(2, in: document.text)) == "tre")
        #expect(map.lineRange(3, in: document.text).isEmpty)
    }
}

@Suite struct UTF16StringTests {
    @Test(arguments: ["", "abc", "già", "日本語", "😀 e\u{301}", String(repeating: "è😀", count: 300)])
    func transcodesLikeTheStandardLibrary(_ text: String) {
        let units = Array(text.utf16)
        #expect(String(utf16Units: units) == text)
        #expect(String(utf16Units: units[...]) == String(decoding: units, as: UTF16.self))
    }

    @Test func replacesUnpairedSurrogates() {
        let units: [UInt16] = [0x61, 0xD800, 0x62, 0xDC00, 0xD83D]
        #expect(String(utf16Units: units) == String(decoding: units, as: UTF16.self))
        #expect(String(utf16Units: units) == "a\u{FFFD}b\u{FFFD}\u{FFFD}")
        let twoHighs: [UInt16] = [0xD83D, 0xD83D, 0xDE00, 0xE9]
        #expect(String(utf16Units: twoHighs) == "\u{FFFD}😀é")
    }

    /// Every sequence of up to four one-, two-, three- and four-byte characters, through every
    /// kind of collection the analyzer and the reporters pass.
    @Test func transcodesEveryMixOfWidths() {
        let pieces = ["a", "é", "€", "😀", "\u{FFFD}", " "]
        var texts = [""], longest = [""]
        for _ in 0..<4 {
            longest = longest.flatMap { text in pieces.map { text + $0 } }
            texts += longest
        }
        #expect(texts.count == 1 + 6 + 36 + 216 + 1296)
        for text in texts {
            let units = Array(text.utf16)
            #expect(String(utf16Units: units) == text)
            #expect(String(utf16Units: units.dropFirst(0)) == text)
            #expect(String(utf16Units: units.lazy.map { $0 }) == text)
        }
    }
}
