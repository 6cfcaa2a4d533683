/// Quotation marks and brackets of a document, matched within each paragraph: what
/// text/quote-spacing and text/unbalanced-pair both read.
public struct PairedMarks: Sendable {
    public struct Mark: Sendable, Equatable {
        public var offset: Int
        public var character: Character
        public var isOpening: Bool
        /// The offset of the matching mark, if any.
        public var partner: Int?
        /// For a closing mark without its opening (or the reverse), the mark it should have had.
        public var expected: Character?
        /// A closing quotation mark of another kind than its opening one (`«...”`); then
        /// `expected` is the closing mark that matches.
        public var mismatched = false
        /// An opening quotation mark left open where the next paragraph opens a quotation
        /// with the same mark: the convention for a quotation that runs over paragraphs. Or
        /// one left open in a document that stops in mid-sentence (a cut excerpt).
        public var continues = false
    }

    public var marks: [Mark] = []

    static let brackets: [Character: Character] = ["(": ")", "[": "]", "{": "}"]

    /// Matches the marks of each paragraph. Straight double quotes alternate (opening,
    /// closing); curly quotes and guillemets follow the language's pairs; brackets nest.
    /// Left out: marks inside web addresses, `"` after a digit (inches), `)` of an
    /// enumeration (`a)`, `1)`) or a smiley (`:)`), and apostrophes.
    public init(_ analysis: Analysis) {
        let text = analysis.text
        let pairs = analysis.language.profile?.textWords.quotePairs ?? [("“", "”")]
        var openers: [Character: Character] = Self.brackets
        var closers: [Character: Character] = [:]
        for (open, close) in Self.brackets { closers[close] = open }
        for pair in pairs {
            if openers[pair.close] == nil || closers[pair.close] != nil { closers[pair.close] = pair.open }
            if closers[pair.open] == nil { openers[pair.open] = pair.close }
        }
        var urlIndex = 0
        let urls = analysis.urls
        for paragraph in analysis.paragraphs {
            var stack: [Int] = []  // indexes into `marks`
            var straight: Int?
            var next = paragraph.lowerBound
            while let offset = Self.nextMark(in: text, from: next, before: paragraph.upperBound) {
                next = offset + 1
                let unit = text[offset]
                while urlIndex < urls.count, urls[urlIndex].upperBound <= offset { urlIndex += 1 }
                if urlIndex < urls.count, urls[urlIndex].contains(offset) { continue }
                let character = Character(Unicode.Scalar(unit)!)
                let before: UInt16? = offset > paragraph.lowerBound ? text[offset - 1] : nil
                if unit == 0x22 {
                    if let before, before >= 0x30, before <= 0x39 { continue }  // 12" (inches)
                    if straight == nil, let top = stack.last, Self.brackets[marks[top].character] == nil,
                       Self.isClosingPosition(text, offset, paragraph) {
                        // A straight mark closing a curly quotation (`„...vorankommen."`): a
                        // keyboard's mark, not a missing one.
                        stack.removeLast()
                        marks[top].partner = offset
                        marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[top].offset))
                        continue
                    }
                    if let open = straight {
                        marks[open].partner = offset
                        marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[open].offset))
                        straight = nil
                    } else {
                        straight = marks.count
                        marks.append(Mark(offset: offset, character: character, isOpening: true))
                    }
                    continue
                }
                let canOpen = openers[character] != nil, canClose = closers[character] != nil
                var opening = canOpen && !canClose
                if canOpen && canClose {
                    // A mark that opens one pair and closes another (German «): a closing
                    // mark when its opening partner is on the stack.
                    opening = !(stack.last.map { marks[$0].character == closers[character] } ?? false)
                }
                if opening, let top = stack.last, marks[top].character == character, Self.brackets[character] == nil,
                   Self.isClosingPosition(text, offset, paragraph), let matching = openers[character] {
                    // The opening mark again where a closing one belongs (`“cento modelli“,`).
                    stack.removeLast()
                    marks[top].partner = offset
                    marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[top].offset,
                                      expected: matching, mismatched: true))
                } else if opening {
                    stack.append(marks.count)
                    marks.append(Mark(offset: offset, character: character, isOpening: true))
                } else {
                    if character == ")", Self.isEnumerationOrSmiley(text, offset, paragraph) { continue }
                    let expected = closers[character]
                    if let top = stack.last, marks[top].character == expected {
                        stack.removeLast()
                        marks[top].partner = offset
                        marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[top].offset))
                    } else if stack.contains(where: { marks[$0].character == expected }) {
                        // A closing mark for an opening further down: the ones above it are unclosed.
                        while let inner = stack.last, marks[inner].character != expected { stack.removeLast() }
                        let open = stack.removeLast()
                        marks[open].partner = offset
                        marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[open].offset))
                    } else if let top = stack.last, Self.brackets[marks[top].character] == nil, Self.brackets[expected ?? " "] == nil,
                              let matching = openers[marks[top].character] {
                        // Quotation marks of two kinds: `«...”`.
                        stack.removeLast()
                        marks[top].partner = offset
                        marks.append(Mark(offset: offset, character: character, isOpening: false, partner: marks[top].offset,
                                          expected: matching, mismatched: true))
                    } else {
                        marks.append(Mark(offset: offset, character: character, isOpening: false, expected: expected))
                    }
                }
            }
        }
        marks.sort { $0.offset < $1.offset }
        markContinuedQuotations(text, analysis.paragraphs)
    }

    /// Marks the opening quotation marks left open that news text leaves open on purpose: at
    /// the end of a paragraph whose next paragraph opens with the same mark, and in the last
    /// paragraph of a text cut off in mid-sentence.
    private mutating func markContinuedQuotations(_ text: [UInt16], _ paragraphs: [Range<Int>]) {
        guard !paragraphs.isEmpty else { return }
        var paragraphIndex = 0
        for index in marks.indices where marks[index].isOpening && marks[index].partner == nil && Self.brackets[marks[index].character] == nil {
            let offset = marks[index].offset
            while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].upperBound <= offset { paragraphIndex += 1 }
            guard paragraphIndex < paragraphs.count else { break }
            if paragraphIndex + 1 < paragraphs.count {
                let next = paragraphs[paragraphIndex + 1]
                var start = next.lowerBound
                while start < next.upperBound, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
                if start < next.upperBound, text[start] == text[offset] { marks[index].continues = true }
            } else {
                let last = text[paragraphs[paragraphIndex]].last { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                if let last, CodeUnit.isLetter(last) || last == 0x2C { marks[index].continues = true }
            }
        }
    }

    /// Right after a word or a punctuation mark, and before a space, punctuation or the end:
    /// where a closing mark stands (`modelli“,`), not an opening one (` “Aspiriamo`).
    static func isClosingPosition(_ text: [UInt16], _ offset: Int, _ paragraph: Range<Int>) -> Bool {
        guard offset > paragraph.lowerBound else { return false }
        let before = text[offset - 1]
        if before == 0x20 || before == 0x09 || before == 0xA0 || before == 0x0A || before == 0x0D || before == 0x28 { return false }
        guard offset + 1 < paragraph.upperBound else { return true }
        let after = text[offset + 1]
        return !(CodeUnit.isLetter(after) || CodeUnit.isASCIIDigit(after))
    }

    /// The offset of the first quotation mark or bracket in `start..<end`: `"`, `( ) [ ] { }`,
    /// `« »` and `“ ” „`. Every code unit of a document is asked, so ASCII is answered by a
    /// table.
    private static func nextMark(in text: [UInt16], from start: Int, before end: Int) -> Int? {
        let isASCIIMark = isASCIIMark
        return text.withUnsafeBufferPointer { buffer in
            var offset = start
            while offset < end {
                let unit = buffer[offset]
                if unit < 0x80 {
                    if isASCIIMark[Int(unit)] { return offset }
                } else if unit == 0xAB || unit == 0xBB || (unit >= 0x201C && unit <= 0x201E) {
                    return offset
                }
                offset += 1
            }
            return nil
        }
    }

    private static let isASCIIMark: [Bool] = (0..<0x80).map { [0x22, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D].contains($0) }

    /// `a)`, `1)` at the start of a line or after a space; `:)`, `;-)`.
    static func isEnumerationOrSmiley(_ text: [UInt16], _ offset: Int, _ paragraph: Range<Int>) -> Bool {
        guard offset > paragraph.lowerBound else { return false }
        let before = text[offset - 1]
        if before == 0x3A || before == 0x3B || (before == 0x2D && offset - 2 >= paragraph.lowerBound && (text[offset - 2] == 0x3A || text[offset - 2] == 0x3B)) {
            return true
        }
        let start = offset - 1
        let isAlphanumeric = CodeUnit.isASCIIDigit(before) || CodeUnit.isASCIILetter(before)
        guard isAlphanumeric else { return false }
        return start == paragraph.lowerBound || [0x20, 0x0A, 0x0D, 0x09].contains(text[start - 1])
    }
}
