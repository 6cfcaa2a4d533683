import ICU
import MTLintText

/// A stretch of text that looks like a name: capitalised words (`Liang Rubo`, `Silicon
/// Valley`), words with inner capitals (`TikTok`, `OpenAI`), acronyms (`BYD`), a short
/// quoted name (`"Coze"`), letters of another script than the document's (`豆包`).
/// Sixteen bytes: the range, the number of its key among the document's (`Names.keys`) and
/// three flags. The name as written is the text of its range (its words are joined by one
/// space or a hyphen). A 20 MB text has some 400,000 names; with the text and key as Strings
/// they were 22 MB at the peak (docs/performance.md).
public struct NameOccurrence: Sendable, Equatable {
    private let start: Int32
    private let end: Int32
    /// The number of the name's key in `Names.keys`: two names have the same key when, and
    /// only when, they have the same number.
    public let keyIndex: Int32
    private let flags: UInt8

    init(range: Range<Int>, keyIndex: Int, isSentenceInitial: Bool, isAllCaps: Bool, isNonLatin: Bool) {
        start = Int32(range.lowerBound)
        end = Int32(range.upperBound)
        self.keyIndex = Int32(keyIndex)
        flags = (isSentenceInitial ? 1 : 0) | (isAllCaps ? 2 : 0) | (isNonLatin ? 4 : 0)
    }

    /// UTF-16 range of the name.
    public var range: Range<Int> { Int(start)..<Int(end) }
    /// The first word of a sentence or line, where any word takes a capital.
    public var isSentenceInitial: Bool { flags & 1 != 0 }
    /// Written in capitals throughout (`BYD`, `TIKTOK`).
    public var isAllCaps: Bool { flags & 2 != 0 }
    /// Written in another script than Latin.
    public var isNonLatin: Bool { flags & 4 != 0 }
}

/// A document's names in text order, and their keys, each key kept once.
public struct Names: Sendable, RandomAccessCollection {
    public let occurrences: [NameOccurrence]
    /// The keys, in the order they first appear. A key is shared by spellings of one name:
    /// lower case, accents dropped (ICU's NFD, then `Latin-ASCII` for letters such as `ł` or
    /// `ß`), without spaces, hyphens and apostrophes. `ByteDance`, `Byte Dance`, `Bytedance`
    /// and `Byte-Dance` share `bytedance`; `Huawéi` shares `huawei`. A name in another script
    /// keeps its letters (`华为`): no rule compares it with Latin spellings, and romanizing Han
    /// would load ICU's largest transliterator in every process (docs/performance.md).
    public let keys: [String]

    public init() {
        self.init(occurrences: [], keys: [])
    }

    init(occurrences: [NameOccurrence], keys: [String]) {
        self.occurrences = occurrences
        self.keys = keys
    }

    public var startIndex: Int { occurrences.startIndex }
    public var endIndex: Int { occurrences.endIndex }
    public subscript(position: Int) -> NameOccurrence { occurrences[position] }

    /// The key of `name`, one of this document's names.
    public func key(of name: NameOccurrence) -> String { keys[Int(name.keyIndex)] }
}

/// Finds name occurrences in a document's tokens (the analyzer runs it once per document).
package struct NameFinder {
    /// Gives ICU's `Latin-ASCII` when a key needs it: opening it is costly, and most names
    /// never do.
    let transliterator: () -> Transliterator?
    /// The language's function words: `Il` starting a sentence is not part of `Il CEO`.
    var stopWords: Set<String> = []

    func occurrences(
        in text: [UInt16], tokens: [Token], sentences: [Range<Int>], keyCache: inout BoundedCache<String, String>
    ) -> Names {
        var result: [NameOccurrence] = []
        // Each distinct key once, numbered; and, for this document, the number of each
        // spelling met, so that a name written again costs one lookup.
        var keys: [String] = []
        var keyIndexOfKey: [String: Int] = [:]
        var keyIndexOfSpelling: [String: Int] = [:]
        var index = 0
        var sentenceIndex = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word || token.kind == .ideographic, Self.isNameLike(token, text) else {
                index += 1
                continue
            }
            // Extend over name-like words joined by one space or a hyphen.
            var last = index
            while last + 1 < tokens.count {
                let gap = Int(tokens[last + 1].start) - Int(tokens[last].end)
                let next = tokens[last + 1]
                if gap == 0, tokens[last].kind == .ideographic, next.kind == .ideographic {
                    last += 1  // ICU's dictionary may cut an unknown name (`华为`) in two
                } else if gap == 1, text[Int(tokens[last].end)] == 0x20, next.kind == .word, Self.isNameLike(next, text) {
                    last += 1
                } else if gap == 0, next.kind == .punctuation, text[Int(next.start)] == 0x2D, last + 2 < tokens.count,
                    tokens[last + 2].start == next.end, tokens[last + 2].kind == .word || tokens[last + 2].kind == .number
                {
                    last += 2
                } else {
                    break
                }
            }
            var first = index
            let initial = Self.isSentenceInitial(index, tokens: tokens, text: text, sentence: nil)
            if initial, first < last, stopWords.contains(String(utf16Units: text[tokens[first].range]).lowercased()) {
                first += 1
            }
            if let start = Self.chineseNameStart(first, last, tokens: tokens, text: text) { first = start }
            let range = Int(tokens[first].start)..<Int(tokens[last].end)
            while sentenceIndex < sentences.count, sentences[sentenceIndex].upperBound <= range.lowerBound { sentenceIndex += 1 }
            let written = String(utf16Units: text[range])
            let keyIndex: Int
            if let known = keyIndexOfSpelling[written] {
                keyIndex = known
            } else {
                let key =
                    keyCache[written]
                    ?? {
                        let computed = Self.key(written, transliterator)
                        keyCache[written] = computed
                        return computed
                    }()
                // An empty key (a name of marks alone) names nothing: numbered -1 and left out.
                if key.isEmpty {
                    keyIndex = -1
                } else if let known = keyIndexOfKey[key] {
                    keyIndex = known
                } else {
                    keyIndex = keys.count
                    keyIndexOfKey[key] = keyIndex
                    keys.append(key)
                }
                keyIndexOfSpelling[written] = keyIndex
            }
            let isInitial =
                first == index
                && Self.isSentenceInitial(
                    index, tokens: tokens, text: text, sentence: sentenceIndex < sentences.count ? sentences[sentenceIndex] : nil)
            // One pass over the letters (no array of them per name).
            var letterCount = 0, hasLowercase = false, hasUppercase = false, nonLatin = false
            for unit in text[range] where CodeUnit.isLetter(unit) {
                letterCount += 1
                if CodeUnit.isLowercase(unit) { hasLowercase = true }
                if CodeUnit.isUppercase(unit) { hasUppercase = true }
                if !nonLatin, unit >= 0x250, Unicode.Scalar(unit).map({ Script(of: $0) != .latin }) == true { nonLatin = true }
            }
            let allCaps = letterCount >= 2 && !hasLowercase && hasUppercase
            if keyIndex >= 0 {
                result.append(
                    NameOccurrence(range: range, keyIndex: keyIndex, isSentenceInitial: isInitial, isAllCaps: allCaps, isNonLatin: nonLatin)
                )
            }
            index = last + 1
        }
        return Names(occurrences: result.compacted(), keys: keys)
    }

    /// Where a Chinese full name ends a run of capitalised words after a title or an
    /// organisation (`PDG Lei Jun`, `ministro del Commercio Wang Wen Tao`, `Xiaomi Lei Jun`):
    /// a family name of `Pinyin.surnames`, then a given name of one or two pinyin syllables in
    /// one or two words. The words before it are no part of the name, so the person is counted
    /// under the same name as where they stand alone. Nil when the run is no such thing, or
    /// the word before the family name is a family name or one syllable itself (`Zhang Lei
    /// Jun`, `Wang Xiao Ming` are not split: which words make the name cannot be told).
    static func chineseNameStart(_ first: Int, _ last: Int, tokens: [Token], text: [UInt16]) -> Int? {
        guard last - first >= 2 else { return nil }
        for surname in max(first + 1, last - 2)..<last {
            guard Pinyin.surnames.contains(String(utf16Units: text[tokens[surname].range])) else { continue }
            var syllables = 0
            for given in (surname + 1)...last {
                guard tokens[given].kind == .word, Int(tokens[given].start) == Int(tokens[given - 1].end) + 1,
                    let count = Pinyin.syllableCount(String(utf16Units: text[tokens[given].range]).lowercased())
                else { return nil }
                syllables += count
            }
            guard syllables <= 2 else { return nil }
            let before = String(utf16Units: text[tokens[surname - 1].range])
            guard tokens[surname - 1].kind == .word, !Pinyin.surnames.contains(before),
                Pinyin.syllableCount(before.lowercased()) != 1
            else { return nil }
            return surname
        }
        return nil
    }

    /// Starts with a capital or has one inside, or is written in a script without case
    /// (Han, kana, Hangul) in a text that has one.
    static func isNameLike(_ token: Token, _ text: [UInt16]) -> Bool {
        if token.kind == .ideographic { return true }
        return text[token.range].contains(where: CodeUnit.isUppercase)
    }

    package static func key(_ name: String, _ transliterator: () -> Transliterator?) -> String {
        let lower = name.lowercased()
        var ascii = lower
        if !lower.utf8.allSatisfy({ $0 < 0x80 }) {
            let decomposed = TextTransforms.normalize(lower, .nfd).unicodeScalars.filter {
                $0.properties.generalCategory != .nonspacingMark
            }
            let stripped = String(String.UnicodeScalarView(decomposed))
            let isLatin = stripped.unicodeScalars.allSatisfy { $0.isASCII || !$0.properties.isAlphabetic || Script(of: $0) == .latin }
            let keepsLetters = stripped.unicodeScalars.contains { !$0.isASCII && $0.properties.isAlphabetic }
            ascii = isLatin && keepsLetters ? transliterator()?.transliterate(stripped) ?? stripped : stripped
        }
        return String(ascii.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    private static func isSentenceInitial(_ index: Int, tokens: [Token], text: [UInt16], sentence: Range<Int>?) -> Bool {
        var previous = index - 1
        while previous >= 0 {
            let token = tokens[previous]
            if let sentence, Int(token.start) < sentence.lowerBound { return true }
            if text[Int(token.end)..<Int(tokens[previous + 1].start)].contains(where: { $0 == 0x0A || $0 == 0x0D }) { return true }
            if token.kind.isWordLike { return false }
            let mark = text[Int(token.start)]
            // Chinese full-width marks too (`。 Secondo Yang Zhi Lin`): a sentence left in
            // Chinese ends with them.
            if mark == 0x3A || mark == 0x2E || mark == 0x21 || mark == 0x3F || mark == 0x3002 || mark == 0xFF01 || mark == 0xFF1F
                || mark == 0xFF1A
            {
                return true
            }
            previous -= 1
        }
        return true
    }
}
