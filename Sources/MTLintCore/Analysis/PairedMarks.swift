import MTLintText

/// Quotation marks and brackets of a document, matched within each paragraph (and across a
/// paragraph break inside a sentence): what text/quote-spacing and text/unbalanced-pair both
/// read.
public struct PairedMarks: Sendable {
    /// Sixteen bytes: a long text has hundreds of thousands of marks, and at 72 (two
    /// Characters, two optionals) they were 9.5 MB of the 21 MB file's peak
    /// (docs/performance.md). A mark is one code unit of the text; the mark it should have
    /// had is one scalar (the pairs are of single characters: TextWords.quotePairs).
    public struct Mark: Sendable, Equatable {
        private var storedOffset: Int32
        /// The partner's offset, or -1.
        private var storedPartner: Int32
        /// The expected mark's scalar value, or 0.
        private var storedExpected: UInt32
        private var storedCharacter: UInt16
        private var flags: UInt8

        public init(
            offset: Int, character: Character, isOpening: Bool, partner: Int? = nil, expected: Character? = nil,
            mismatched: Bool = false, continues: Bool = false
        ) {
            storedOffset = Int32(offset)
            storedPartner = Int32(partner ?? -1)
            storedExpected = expected?.unicodeScalars.first?.value ?? 0
            storedCharacter = character.utf16.first ?? 0
            flags = 0
            self.isOpening = isOpening
            self.mismatched = mismatched
            self.continues = continues
        }

        public var offset: Int {
            get { Int(storedOffset) }
            set { storedOffset = Int32(newValue) }
        }
        public var character: Character {
            get { Character(Unicode.Scalar(storedCharacter) ?? "\u{FFFD}") }
            set { storedCharacter = newValue.utf16.first ?? 0 }
        }
        public var isOpening: Bool {
            get { flags & 1 != 0 }
            set { flags = newValue ? flags | 1 : flags & ~1 }
        }
        /// The offset of the matching mark, if any.
        public var partner: Int? {
            get { storedPartner < 0 ? nil : Int(storedPartner) }
            set { storedPartner = Int32(newValue ?? -1) }
        }
        /// For a closing mark without its opening (or the reverse), the mark it should have had.
        public var expected: Character? {
            get { storedExpected == 0 ? nil : Unicode.Scalar(storedExpected).map(Character.init) }
            set { storedExpected = newValue?.unicodeScalars.first?.value ?? 0 }
        }
        /// A closing quotation mark of another kind than its opening one (`«...”`); then
        /// `expected` is the closing mark that matches.
        public var mismatched: Bool {
            get { flags & 2 != 0 }
            set { flags = newValue ? flags | 2 : flags & ~2 }
        }
        /// An opening quotation mark left open where the next paragraph opens a quotation
        /// with the same mark: the convention for a quotation that runs over paragraphs. Or
        /// one left open in a document that stops in mid-sentence (a cut excerpt).
        public var continues: Bool {
            get { flags & 4 != 0 }
            set { flags = newValue ? flags | 4 : flags & ~4 }
        }
    }

    public var marks: [Mark] = []

    package static let brackets: [Character: Character] = ["(": ")", "[": "]", "{": "}"]

    /// Which mark opens or closes which: brackets, the language's quotation marks, English
    /// `“ ”` and German-style `„ “` in every language (quoted or pasted text). A mark can be
    /// both (German `“` closes `„` and opens `“ ”`; `«` and `»` in German).
    private struct MarkTable {
        var openers: [Character: Character] = PairedMarks.brackets
        var closers: [Character: Character] = [:]

        init(_ quotePairs: [(open: Character, close: Character)]) {
            for (open, close) in PairedMarks.brackets { closers[close] = open }
            for pair in quotePairs + [("“", "”"), ("„", "“")] {
                if openers[pair.open] == nil { openers[pair.open] = pair.close }
                if closers[pair.close] == nil { closers[pair.close] = pair.open }
            }
        }
    }

    /// What the matching of one run of paragraphs keeps.
    private struct RunState {
        /// The open marks, as indexes into `marks`, and how many of each kind: asked at every
        /// closing mark, so counted rather than searched.
        private(set) var stack: [Int] = []
        private var openCounts: [Character: Int] = [:]
        /// The open straight quotation mark, if any, and whether it was opened in an earlier
        /// paragraph of the run.
        var straight: Int?
        var straightFromEarlierParagraph = false
        var line = 0..<0
        var lineIsCode = false
        /// A mark on a code line was left out: a mark left without a partner may have had it there.
        var codeLeftOut = false

        func hasOpen(_ character: Character) -> Bool { openCounts[character, default: 0] > 0 }

        mutating func push(_ index: Int, _ character: Character) {
            stack.append(index)
            openCounts[character, default: 0] += 1
        }

        mutating func pop(_ marks: [Mark]) {
            openCounts[marks[stack.removeLast()].character, default: 1] -= 1
        }
    }

    /// Matches the marks of each paragraph. Straight double quotes alternate (opening,
    /// closing); curly quotes and guillemets follow the language's pairs (see MarkTable);
    /// brackets nest. A paragraph that stops in mid-sentence goes on in the next one (text
    /// extracted with a line break inside a sentence), and a mark open at its end may close
    /// there.
    ///
    /// Left out: marks inside web addresses; every mark on a line that reads as code, a
    /// synopsis or a table (CodeLikeText); `"` after a digit when no quotation is open
    /// (inches); the `)` of an enumeration (`a)`, `1)`) when no `(` is open; smileys (`:)`,
    /// `:-(`); brackets named as characters (`ESC ( B`, `[ e ]`); an opening mark that ends
    /// its paragraph; apostrophes. Also left out, when they find no partner: the marks of a
    /// run where marks on a code line were left out (their partner may be one of those),
    /// and marks named rather than used (see `isNamedMark`).
    public init(_ analysis: Analysis) {
        let text = analysis.text
        let table = MarkTable(analysis.language.profile?.textWords.quotePairs ?? [])
        var urlIndex = 0
        let urls = analysis.urls
        let lines = analysis.document.sourceMap
        for run in Self.sentenceRuns(analysis.paragraphs, text) {
            var state = RunState()
            let firstMark = marks.count
            for paragraph in run {
                if state.straight != nil { state.straightFromEarlierParagraph = true }
                var next = paragraph.lowerBound
                while let offset = Self.nextMark(in: text, from: next, before: paragraph.upperBound) {
                    next = offset + 1
                    while urlIndex < urls.count, urls[urlIndex].upperBound <= offset { urlIndex += 1 }
                    if urlIndex < urls.count, urls[urlIndex].contains(offset) { continue }
                    if offset >= state.line.upperBound {
                        state.line = lines.lineRange(lines.lineIndex(of: offset), in: text)
                        state.lineIsCode = CodeLikeText.isCodeLike(state.line, in: text)
                    }
                    if state.lineIsCode {
                        state.codeLeftOut = true
                        continue
                    }
                    match(offset, in: paragraph, text, table, &state)
                }
            }
            // Marks left without a partner where code was left out, or named rather than
            // used, are no evidence of a missing one.
            let runRange = run[0].lowerBound..<run[run.count - 1].upperBound
            var kept = firstMark
            for index in firstMark..<marks.count {
                let mark = marks[index]
                if mark.partner == nil, state.codeLeftOut || Self.isNamedMark(mark, text, runRange) { continue }
                marks[kept] = mark
                kept += 1
            }
            marks.removeSubrange(kept...)
        }
        marks.sort { $0.offset < $1.offset }
        matchQuotationsOverParagraphs(analysis.paragraphs, table)
        markContinuedQuotations(text, analysis.paragraphs)
        marks = marks.compacted()
    }

    /// A quotation that runs over paragraphs without reopening each one (`«Cresceremo.` then
    /// `E lo faremo», ha detto.`): a closing quotation mark left alone closes the one left open
    /// in the last paragraph before it that has quotation marks.
    private mutating func matchQuotationsOverParagraphs(_ paragraphs: [Range<Int>], _ table: MarkTable) {
        var pending: [Int] = [], current: [Int] = []  // open quotation marks, as indexes into `marks`
        var paragraphIndex = 0, currentParagraph = -1
        for index in marks.indices {
            let mark = marks[index]
            guard Self.brackets[mark.character] == nil, !Self.brackets.values.contains(mark.character) else { continue }
            while paragraphIndex < paragraphs.count, paragraphs[paragraphIndex].upperBound <= mark.offset { paragraphIndex += 1 }
            if paragraphIndex != currentParagraph {
                if currentParagraph >= 0 { pending = current }
                current = []
                currentParagraph = paragraphIndex
            }
            guard mark.partner == nil else { continue }
            if mark.isOpening {
                current.append(index)
                continue
            }
            let opening = mark.character == "\"" ? "\"" : table.closers[mark.character]
            guard let found = pending.lastIndex(where: { marks[$0].character == opening }) else { continue }
            let open = pending.remove(at: found)
            marks[open].partner = mark.offset
            marks[index].partner = marks[open].offset
        }
    }

    /// Matches the mark at `offset` with the open ones, or opens it.
    private mutating func match(
        _ offset: Int, in paragraph: Range<Int>, _ text: [UInt16], _ table: MarkTable,
        _ state: inout RunState
    ) {
        let unit = text[offset]
        let character = Character(Unicode.Scalar(unit)!)
        if unit == 0x22 {
            matchStraight(offset, in: paragraph, text, &state)
            return
        }
        if Self.isSmiley(text, offset, paragraph, bracketOpen: state.hasOpen("(")) { return }
        let canOpen = table.openers[character] != nil, canClose = table.closers[character] != nil
        var opening = canOpen && !canClose
        if canOpen && canClose {
            // A mark that opens one pair and closes another: a closing mark when its opening
            // partner is on top of the stack, or when it stands where a closing mark stands.
            opening =
                !(state.stack.last.map { marks[$0].character == table.closers[character] } ?? false)
                && !Self.isClosingPosition(text, offset, paragraph)
        }
        if opening {
            if Self.isNamedOpening(text, offset, paragraph) { return }
            state.push(marks.count, character)
            marks.append(Mark(offset: offset, character: character, isOpening: true))
            return
        }
        if character == ")", !state.hasOpen("("), Self.isEnumeration(text, offset, paragraph) { return }
        let expected = table.closers[character]
        let isQuotation = Self.brackets[expected ?? " "] == nil
        if let top = state.stack.last, marks[top].character == expected {
            close(top, at: offset, character, &state)
        } else if let expected, state.hasOpen(expected) {
            // A closing mark for an opening further down: the ones above it are unclosed.
            while let inner = state.stack.last, marks[inner].character != expected { state.pop(marks) }
            close(state.stack[state.stack.count - 1], at: offset, character, &state)
        } else if isQuotation, expected != nil, let open = state.straight, open > (state.stack.last ?? -1) {
            // A straight mark closed with a curly one (`"...modello»`).
            marks[open].partner = offset
            marks.append(
                Mark(
                    offset: offset, character: character, isOpening: false, partner: marks[open].offset,
                    expected: "\"", mismatched: true))
            state.straight = nil
        } else if let top = state.stack.last, Self.brackets[marks[top].character] == nil, isQuotation,
            let matching = table.openers[marks[top].character]
        {
            // Quotation marks of two kinds: `«...”`, or the opening one again (`“modelli“,`).
            close(top, at: offset, character, &state, expected: matching)
        } else {
            marks.append(Mark(offset: offset, character: character, isOpening: false, expected: expected))
        }
    }

    /// Closes the mark at index `open` (the top of the stack) with the one at `offset`.
    private mutating func close(
        _ open: Int, at offset: Int, _ character: Character, _ state: inout RunState,
        expected: Character? = nil
    ) {
        state.pop(marks)
        marks[open].partner = offset
        marks.append(
            Mark(
                offset: offset, character: character, isOpening: false, partner: marks[open].offset,
                expected: expected, mismatched: expected != nil))
    }

    /// Straight double quotes alternate. One left open in an earlier paragraph closes only
    /// where a closing mark stands; else it stays open and this one starts a quotation. With
    /// none open, one right after a word and before a space or punctuation closes nothing.
    private mutating func matchStraight(_ offset: Int, in paragraph: Range<Int>, _ text: [UInt16], _ state: inout RunState) {
        let before: UInt16? = offset > paragraph.lowerBound ? text[offset - 1] : nil
        if state.straight == nil, let before, CodeUnit.isASCIIDigit(before) { return }  // 12" (inches)
        if state.straight == nil, let top = state.stack.last, Self.brackets[marks[top].character] == nil,
            Self.isClosingPosition(text, offset, paragraph)
        {
            // A straight mark closing a curly quotation (`„...vorankommen."`): a keyboard's
            // mark, not a missing one.
            close(top, at: offset, "\"", &state)
            return
        }
        if let open = state.straight, !state.straightFromEarlierParagraph || Self.isClosingPosition(text, offset, paragraph) {
            marks[open].partner = offset
            marks.append(Mark(offset: offset, character: "\"", isOpening: false, partner: marks[open].offset))
            state.straight = nil
        } else if Self.isClosingPosition(text, offset, paragraph),
            offset + 1 == paragraph.upperBound || CodeUnit.isWhitespace(text[offset + 1])
                || [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29].contains(text[offset + 1])
        {
            // After a word and before a space or punctuation: a closing mark whose opening is
            // missing, not the start of a quotation.
            marks.append(Mark(offset: offset, character: "\"", isOpening: false))
        } else if !Self.isNamedOpening(text, offset, paragraph) {
            state.straight = marks.count
            state.straightFromEarlierParagraph = false
            marks.append(Mark(offset: offset, character: "\"", isOpening: true))
        }
    }

    /// Paragraphs joined into runs where one stops in mid-sentence (no `.`, `!`, `?` or `…`
    /// at its end, closing marks aside): extracted text (a man page, a web page's columns)
    /// breaks lines inside sentences and brackets. News paragraphs end their sentences.
    static func sentenceRuns(_ paragraphs: [Range<Int>], _ text: [UInt16]) -> [[Range<Int>]] {
        var runs: [[Range<Int>]] = []
        for paragraph in paragraphs {
            if let last = runs.last?.last, endsInMidSentence(last, text) {
                runs[runs.count - 1].append(paragraph)
            } else {
                runs.append([paragraph])
            }
        }
        return runs
    }

    private static func endsInMidSentence(_ range: Range<Int>, _ text: [UInt16]) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, [0x20, 0x09, 0x29, 0x5D, 0x22, 0x27, 0xBB, 0xAB, 0x201D, 0x201C, 0x2019].contains(text[end - 1]) {
            end -= 1
        }
        guard end > range.lowerBound else { return false }
        return ![0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F].contains(text[end - 1])
    }

    /// Marks the opening quotation marks left open that news text leaves open on purpose: at
    /// the end of a paragraph whose next paragraph opens with the same mark, and in the last
    /// paragraph of a text cut off in mid-sentence.
    private mutating func markContinuedQuotations(_ text: [UInt16], _ paragraphs: [Range<Int>]) {
        guard !paragraphs.isEmpty else { return }
        var paragraphIndex = 0
        for index in marks.indices
        where marks[index].isOpening && marks[index].partner == nil && Self.brackets[marks[index].character] == nil {
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

    /// `a)`, `1)` at the start of a line or after a space (asked only when no `(` is open).
    static func isEnumeration(_ text: [UInt16], _ offset: Int, _ paragraph: Range<Int>) -> Bool {
        guard offset > paragraph.lowerBound else { return false }
        let start = offset - 1
        guard CodeUnit.isASCIIDigit(text[start]) || CodeUnit.isASCIILetter(text[start]) else { return false }
        return start == paragraph.lowerBound || [0x20, 0x0A, 0x0D, 0x09].contains(text[start - 1])
    }

    /// A bracket that draws a face: `:)`, `;-)`, `:(`, `:-(`, and `(:` or `(;` before a space;
    /// in `:-))` the second `)` too, unless a `(` is open. Not `(:)`, a bracketed colon.
    static func isSmiley(_ text: [UInt16], _ offset: Int, _ paragraph: Range<Int>, bracketOpen: Bool) -> Bool {
        func isEyes(_ index: Int) -> Bool {
            index >= paragraph.lowerBound && (text[index] == 0x3A || text[index] == 0x3B)
                && !(index > paragraph.lowerBound && text[index - 1] == 0x28)
        }
        let unit = text[offset]
        if unit == 0x28, offset + 1 < paragraph.upperBound, text[offset + 1] == 0x3A || text[offset + 1] == 0x3B,
            offset + 2 == paragraph.upperBound || CodeUnit.isWhitespace(text[offset + 2])
        {
            return true
        }
        guard unit == 0x29 || unit == 0x28 else { return false }
        var start = offset
        if unit == 0x29 { while start > paragraph.lowerBound, text[start - 1] == 0x29 { start -= 1 } }
        guard start > paragraph.lowerBound, start == offset || !bracketOpen else { return false }
        if isEyes(start - 1) { return true }
        return text[start - 1] == 0x2D && isEyes(start - 2)
    }

    /// An opening mark that opens nothing: one that ends its paragraph (`virgolette verso
    /// sinistra: “`), or a bracket standing alone before a lone character or punctuation
    /// (`ESC ( B`, `ESC [, ESC ]`, `[ e ]`): a character named, not a bracket.
    static func isNamedOpening(_ text: [UInt16], _ offset: Int, _ paragraph: Range<Int>) -> Bool {
        if offset + 1 == paragraph.upperBound { return true }
        guard [0x28, 0x5B, 0x7B].contains(text[offset]),
            offset == paragraph.lowerBound || CodeUnit.isWhitespace(text[offset - 1])
        else { return false }
        let after = text[offset + 1]
        if [0x2C, 0x2E, 0x3B, 0x3A].contains(after) {
            return offset + 2 == paragraph.upperBound || CodeUnit.isWhitespace(text[offset + 2])
        }
        guard CodeUnit.isWhitespace(after) else { return false }
        var end = offset + 2
        while end < paragraph.upperBound, end - (offset + 2) < 2, !CodeUnit.isWhitespace(text[end]) { end += 1 }
        return end - (offset + 2) <= 1
    }

    /// A mark named or drawn rather than used, when it has no partner: a bracket or straight
    /// quote whose inner side touches no word (`ESC ( B`, `(*!3`), or any mark in a chunk
    /// with no letters or digits (`'['`, `„“`, `"$&/(%`), unless it is a quotation mark or
    /// guillemet opening or closing a spaced quotation (French `« Nous`).
    static func isNamedMark(_ mark: Mark, _ text: [UInt16], _ run: Range<Int>) -> Bool {
        let offset = mark.offset
        let isBracketOrStraight = mark.character == "\"" || brackets[mark.character] != nil || brackets.values.contains(mark.character)
        if isBracketOrStraight {
            let inner = mark.isOpening ? offset + 1 : offset - 1
            guard run.contains(inner),
                CodeUnit.isLetterOrDigit(text[inner]) || isQuotationMark(text[inner]) || mayStandInsideBracket(text[inner])
            else { return true }
        }
        // The chunk around the mark, up to 32 units each way: a longer one is no symbol.
        var start = offset, end = offset + 1
        while start > run.lowerBound, offset - start < 32, !CodeUnit.isWhitespace(text[start - 1]) { start -= 1 }
        while end < run.upperBound, end - offset < 32, !CodeUnit.isWhitespace(text[end]) { end += 1 }
        let chunk = start..<end
        if chunk.count >= 32 || text[chunk].contains(where: { CodeUnit.isLetterOrDigit($0) }) { return false }
        if isBracketOrStraight { return true }
        // A spaced quotation mark: the word it opens or closes is one space away.
        let step = mark.isOpening ? 1 : -1
        var index = offset + step
        while run.contains(index), text[index] == 0x20 || text[index] == 0xA0 || text[index] == 0x202F { index += step }
        return !(chunk.count == 1 && run.contains(index) && CodeUnit.isLetterOrDigit(text[index]))
    }

    private static func isQuotationMark(_ unit: UInt16) -> Bool {
        unit == 0x22 || unit == 0xAB || unit == 0xBB || (unit >= 0x201C && unit <= 0x201E) || unit == 0x27 || unit == 0x2019
    }

    /// What may stand just inside a bracket besides a word: `2000.)`, `davvero?)`, `5%)`, `(¿`.
    private static func mayStandInsideBracket(_ unit: UInt16) -> Bool {
        [0x2E, 0x21, 0x3F, 0x2026, 0x25, 0xA1, 0xBF].contains(unit)
    }
}
