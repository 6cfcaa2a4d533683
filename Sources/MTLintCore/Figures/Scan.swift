import ICU
import MTLintText

/// Read access to a document's tokens for the figure extractor: token text (lower case
/// cached), the white space between tokens, and small patterns around numbers.
package struct Scan {
    let text: [UInt16]
    let tokens: [Token]
    let vocabulary: NumberVocabulary
    /// Lower-case token texts by token start, in a small direct-mapped cache: lookups go a few
    /// words ahead of the scan, and memory stays flat on a long document.
    private var lowercaseCache = [(start: Int32, lower: String)](repeating: (-1, ""), count: 64)

    init(text: [UInt16], tokens: [Token], vocabulary: NumberVocabulary) {
        self.text = text
        self.tokens = tokens
        self.vocabulary = vocabulary
    }

    func text(_ range: Range<Int>) -> String { String(utf16Units: text[range]) }
    func string(_ token: Token) -> String { text(token.range) }

    mutating func lowercased(_ token: Token) -> String {
        let slot = Int(token.start) & 63
        if lowercaseCache[slot].start == token.start { return lowercaseCache[slot].lower }
        let lower = CodeUnit.lowercased(text[token.range], locale: vocabulary.locale)
        lowercaseCache[slot] = (token.start, lower)
        return lower
    }

    /// What stands between two tokens.
    struct Gap {
        var isEmpty: Bool
        /// Exactly one space, no-break space, narrow no-break space or thin space.
        var isSingleSpace: Bool
    }

    func gap(_ first: Token, _ second: Token) -> Gap {
        let start = Int(first.end), end = Int(second.start)
        if start == end { return Gap(isEmpty: true, isSingleSpace: false) }
        let single = end == start + 1 && [0x20, 0xA0, 0x202F, 0x2009].contains(text[start])
        return Gap(isEmpty: false, isSingleSpace: single)
    }

    func isSingleSpaceBefore(_ index: Int) -> Bool {
        index > 0 && gap(tokens[index - 1], tokens[index]).isSingleSpace
    }

    func startsWithUppercase(_ token: Token) -> Bool {
        guard let scalar = Unicode.Scalar(text[Int(token.start)]) else { return false }
        return scalar.properties.isUppercase
    }

    /// True when token `index` starts a sentence or a line: nothing before it, or sentence-final
    /// punctuation or a line break just before it.
    func isSentenceInitial(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        if text[Int(previous.end)..<Int(tokens[index].start)].contains(where: { $0 == 0x0A || $0 == 0x0D }) { return true }
        guard previous.kind == .punctuation else { return false }
        return [".", "!", "?", "…", ":", "«", "\"", "“", "("].contains(string(previous))
    }

    /// `iOS`, `eBay`, `GPT`: an upper-case letter after the first.
    func hasInnerUppercase(_ token: Token) -> Bool {
        text[(Int(token.start) + 1)..<Int(token.end)].contains { unit in
            Unicode.Scalar(unit)?.properties.isUppercase ?? false
        }
    }

    /// True when a Latin letter or `_` touches the range: part of an identifier (`abc123_4`).
    func isGlued(_ range: Range<Int>) -> Bool {
        func isIdentifierCharacter(_ offset: Int) -> Bool {
            guard offset >= 0, offset < text.count, let scalar = Unicode.Scalar(text[offset]) else { return false }
            return scalar == "_" || (scalar.isASCII && scalar.properties.isAlphabetic)
        }
        return isIdentifierCharacter(range.lowerBound - 1) || isIdentifierCharacter(range.upperBound)
    }

    /// The offset of a minus sign (`-`, `−`) right before `offset` that starts a word, as in
    /// `-5%`, not the hyphen of `20-25` or `GPT-4`.
    func minusSign(before offset: Int) -> Int? {
        let sign = offset - 1
        guard sign >= 0, text[sign] == 0x2D || text[sign] == 0x2212 else { return nil }
        guard sign == 0 else {
            let previous = text[sign - 1]
            return [0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x28, 0x5B].contains(previous) ? sign : nil
        }
        return sign
    }

    /// The index of the first token that starts at or after `offset`, searching from `index`.
    func tokenIndex(after offset: Int, from index: Int) -> Int {
        var current = index
        while current < tokens.count, Int(tokens[current].start) < offset { current += 1 }
        return current
    }

    enum NumericPattern { case none, date, time }

    /// A date or time written with separators, starting at the number that ends at token
    /// `last`: `31/07`, `31/07/2024`, `2024-08-02`, `14:30`. Returns its end offset.
    func numericPattern(after last: Int) -> (NumericPattern, Int)? {
        func attachedNumber(_ index: Int) -> Int? {
            guard index + 1 < tokens.count, tokens[index + 1].kind == .number, tokens[index + 1].start == tokens[index].end else {
                return nil
            }
            return Int(string(tokens[index + 1]))
        }
        func attachedMark(_ index: Int) -> String? {
            guard index + 1 < tokens.count, tokens[index + 1].start == tokens[index].end, tokens[index + 1].kind == .punctuation else {
                return nil
            }
            return string(tokens[index + 1])
        }
        guard let first = Int(string(tokens[last])), let mark = attachedMark(last), let second = attachedNumber(last + 1) else {
            return nil
        }
        switch mark {
        case ":":
            guard first <= 24, second < 60, string(tokens[last + 2]).count == 2 else { return nil }
            var end = last + 2
            if attachedMark(end) == ":", let seconds = attachedNumber(end + 1), seconds < 60 { end += 2 }
            return (.time, Int(tokens[end].end))
        case "/", ".":
            guard (1...31).contains(first), (1...12).contains(second) else { return nil }
            var end = last + 2
            if attachedMark(end) == mark, let year = attachedNumber(end + 1), year < 100 || (1000...2999).contains(year) { end += 2 }
            return (.date, Int(tokens[end].end))
        case "-", "‐":
            guard (1000...2999).contains(first), (1...12).contains(second), attachedMark(last + 2) == mark,
                let day = attachedNumber(last + 3), (1...31).contains(day)
            else { return nil }
            return (.date, Int(tokens[last + 4].end))
        default:
            return nil
        }
    }

    /// The longest run of up to `maximumWords` word tokens from `index`, separated by single
    /// spaces, whose lower-case text satisfies `accept`; with the index of its last token.
    mutating func longestPhrase(from index: Int, maximumWords: Int, _ accept: (String) -> Bool) -> (String, Int)? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        var words = [lowercased(tokens[index])]
        var end = index
        while words.count < maximumWords, end + 1 < tokens.count, tokens[end + 1].kind == .word,
            gap(tokens[end], tokens[end + 1]).isSingleSpace
        {
            end += 1
            words.append(lowercased(tokens[end]))
        }
        for count in stride(from: words.count, through: 1, by: -1) {
            let phrase = words.prefix(count).joined(separator: " ")
            if accept(phrase) { return (phrase, index + count - 1) }
        }
        return nil
    }
}
