import Testing

@testable import MTLintDocuments

/// A text read as a document, with what tests ask of it.
struct ReadDocument {
    let file: [UInt16]
    let result: SegmentedText

    init(_ text: String, as format: InputFormat) {
        file = Array(text.utf16)
        result = SegmentedText.read(file, as: format) ?? SegmentedText()
    }

    /// Each segment's kind and text.
    var segments: [String] {
        result.segments.map { "\($0.kind.rawValue): \(result.string(of: $0))" }
    }

    /// The file's text that the `occurrence`-th `needle` of the document's text stands for.
    func fileText(of needle: String, occurrence: Int = 1, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        guard let range = range(of: needle, occurrence: occurrence) else {
            Issue.record("`\(needle)` is not in the text: \(String(decoding: result.text, as: UTF16.self))", sourceLocation: sourceLocation)
            return nil
        }
        let file = result.map.fileRange(of: range)
        return String(decoding: self.file[file], as: UTF16.self)
    }

    /// The file range (UTF-16 offsets) that the `occurrence`-th `needle` stands for.
    func fileRange(of needle: String, occurrence: Int = 1) -> Range<Int>? {
        range(of: needle, occurrence: occurrence).map { result.map.fileRange(of: $0) }
    }

    private func range(of needle: String, occurrence: Int) -> Range<Int>? {
        let text = result.text, pattern = Array(needle.utf16)
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        var seen = 0
        for start in 0...(text.count - pattern.count) where text[start..<(start + pattern.count)].elementsEqual(pattern) {
            seen += 1
            if seen == occurrence { return start..<(start + pattern.count) }
        }
        return nil
    }

    /// Every run of the map stands for file units that spell its text: the same units, a
    /// character reference or backslash escape of them, a line end for LF, white space for a
    /// space, anything for the placeholder U+FFFC.
    func checkMap(sourceLocation: SourceLocation = #_sourceLocation) {
        for run in result.map.runs {
            let text = Array(result.text[run.text]), bytes = Array(file[run.file])
            let shown = "`\(String(decoding: text, as: UTF16.self))` for `\(String(decoding: bytes, as: UTF16.self))`"
            if run.isVerbatim {
                #expect(text == bytes, "verbatim run \(shown)", sourceLocation: sourceLocation)
                continue
            }
            let isSpace = { (unit: UInt16) in [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(unit) }
            let valid =
                text == [0xFFFC]
                || (text == [0x0A] && (bytes == [0x0D, 0x0A] || bytes == [0x0D] || bytes == [0x0A] || bytes.first == 0x3C))
                || (text.allSatisfy { $0 == 0x20 } && !bytes.isEmpty && bytes.allSatisfy(isSpace))
                || (bytes.count == 2 && bytes[0] == 0x5C && Array(bytes[1...]) == text)
                || (bytes.first == 0x26 && bytes.count >= 3)
            #expect(valid, "run \(shown)", sourceLocation: sourceLocation)
        }
    }
}
