import ICU
import MTLintCore
import MTLintText

/// English words left inside a line of a document in another language (an untranslated
/// headline, `Click here to read more` in an Italian article), told apart with two hunspell
/// dictionaries: a word counts as English when the English dictionary knows it and the
/// document language's does not, or when it is an English function word or contraction the
/// document's language does not have (`the`, `with`, `China’s`). Words both know (`in`,
/// `data`, `weekend`), names neither knows, numbers and code are neutral; a word only the
/// document's language knows ends the phrase.
///
/// Linear: the search starts only at an English function word or contraction, grows over
/// the words of its line until a word of the document's language, and never looks at a word
/// twice; a word's class is looked up once per document.
package struct ForeignPhraseFinder {
    /// An English phrase: its range, and how many of its words are English and neutral.
    struct Phrase {
        let range: Range<Int>
        let englishWords: Int
        let words: Int
    }

    /// Fewer English words are a name, a title, an idiom or a loanword phrase (`Software as a
    /// Service`, `too big to fail`).
    static let minimumEnglishWords = 5
    /// A phrase whose English words are all capitalised is a name (`National Development and
    /// Reform Commission`) unless it fills its line and is long: a headline.
    static let minimumEnglishWordsInTitleCase = 6
    /// A phrase this short right after a quotation mark is a quoted title or slogan; so is
    /// one of capitalised English words.
    static let longestQuotedTitle = 5

    private enum WordClass { case english, own, neutral }

    private let analysis: Analysis
    private let text: [UInt16]
    private let ownProfile: Int
    private let englishProfile: Int
    private let own: Lexicon
    private let english: Lexicon
    private var classes: [UInt64: WordClass] = [:]
    private let quotations: KeptQuotations

    /// Nil when the document is in English or either dictionary is missing.
    init?(_ analysis: Analysis, ownProfile: Int, quotations: KeptQuotations) {
        guard let englishProfile = LanguageProfile.all.firstIndex(where: { $0.code == "en" }), ownProfile != englishProfile,
            let own = analysis.lexicon, let english = analysis.resources.englishLexicon
        else { return nil }
        self.analysis = analysis
        self.text = analysis.text
        self.ownProfile = ownProfile
        self.englishProfile = englishProfile
        self.own = own
        self.english = english
        self.quotations = quotations
    }

    /// True when the text has a place where a search would start: the dictionaries are then
    /// worth loading.
    static func hasSeed(_ analysis: Analysis, ownProfile: Int) -> Bool {
        guard let englishProfile = LanguageProfile.all.firstIndex(where: { $0.code == "en" }) else { return false }
        return analysis.tokens.indices.contains { index in
            analysis.tokens[index].kind == .word
                && (isSeedFunctionWord(analysis, index, ownProfile: ownProfile, englishProfile: englishProfile)
                    || contractionSuffix(analysis.tokens[index], analysis.text) != nil)
        }
    }

    /// English phrases, in text order, outside `flagged` (sorted, disjoint ranges: sentences
    /// already flagged whole). A phrase that runs on from such a sentence on its line is the
    /// rest of the same English passage, already reported: it is left out, and the words of
    /// a flagged sentence are not read again.
    mutating func phrases(outside flagged: [Range<Int>]) -> [Phrase] {
        let tokens = analysis.tokens
        var phrases: [Phrase] = []
        var searched = 0  // tokens before this index belong to a phrase already grown
        var searchedFromFlagged = false  // and `searched` is the token after a flagged sentence
        var nextFlagged = 0
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            while nextFlagged < flagged.count, flagged[nextFlagged].upperBound <= Int(tokens[index].start) { nextFlagged += 1 }
            if nextFlagged < flagged.count, flagged[nextFlagged].contains(Int(tokens[index].start)) {
                searched = analysis.firstTokenIndex(atOrAfter: flagged[nextFlagged].upperBound)
                searchedFromFlagged = true
                index = searched - 1
                continue
            }
            guard index >= searched, tokens[index].kind == .word,
                Self.isSeedFunctionWord(analysis, index, ownProfile: ownProfile, englishProfile: englishProfile)
                    || Self.contractionSuffix(tokens[index], text) != nil,
                wordClass(index) == .english
            else { continue }
            let limit = nextFlagged < flagged.count ? analysis.firstTokenIndex(atOrAfter: flagged[nextFlagged].lowerBound) : tokens.count
            var first = index, last = index
            while first - 1 >= searched, !isLineBreak(between: first - 1, and: first), wordClass(first - 1) != .own { first -= 1 }
            while last + 1 < limit, !isLineBreak(between: last, and: last + 1), wordClass(last + 1) != .own { last += 1 }
            let runsOnFromFlagged =
                (first == searched && searchedFromFlagged && first > 0 && !isLineBreak(between: first - 1, and: first))
                || (last + 1 == limit && limit < tokens.count && !isLineBreak(between: last, and: last + 1))
            searched = last + 1
            searchedFromFlagged = false
            index = last
            if !runsOnFromFlagged, let phrase = phrase(from: first, to: last) { phrases.append(phrase) }
        }
        return phrases
    }

    /// The phrase that tokens `first...last` make, when it is English enough to flag.
    private mutating func phrase(from first: Int, to last: Int) -> Phrase? {
        let tokens = analysis.tokens
        var englishWords = 0, neutralWords = 0, lowercaseEnglishContent = 0
        var firstEnglish: Int?, lastEnglish = first
        for index in first...last where tokens[index].kind == .word {
            switch wordClass(index) {
            case .english where quotations.contains(tokens[index].range):
                break  // quoted on purpose (`il paper “Scaling Laws for Language Models”`)
            case .english:
                englishWords += 1
                if firstEnglish == nil { firstEnglish = index }
                lastEnglish = index
                if CodeUnit.startsLowercase(tokens[index], in: text), !analysis.isStopWord(index, in: englishProfile) {
                    lowercaseEnglishContent += 1
                }
            case .neutral:
                if !isCode(tokens[index]) { neutralWords += 1 }
            case .own:
                break
            }
        }
        guard let firstEnglish, englishWords >= Self.minimumEnglishWords, englishWords > neutralWords else { return nil }
        // A quoted title (`“Attention Is All You Need”`) or a short quotation.
        let words = englishWords + neutralWords
        if isAfterOpeningQuote(Int(tokens[firstEnglish].start)),
            lowercaseEnglishContent == 0 || wordCount(from: firstEnglish, to: lastEnglish) <= Self.longestQuotedTitle
        {
            return nil
        }
        // The phrase grew over every mark and neutral word: it fills its line when a line
        // break (or the text's edge) stops it on both sides.
        let startsLine = first == 0 || isLineBreak(between: first - 1, and: first)
        let endsLine = last == tokens.count - 1 || isLineBreak(between: last, and: last + 1)
        let line = lineRange(of: Int(tokens[first].start))
        // Capitalised English words only: a name, unless a whole line of them (a headline).
        if lowercaseEnglishContent == 0,
            !(startsLine && endsLine && englishWords >= Self.minimumEnglishWordsInTitleCase)
        {
            return nil
        }
        // A whole line is flagged whole; inside a line, from the first English word to the last.
        var start = startsLine ? Self.trimmed(line, text).lowerBound : Int(tokens[firstEnglish].start)
        var end = endsLine ? Self.trimmed(line, text).upperBound : Int(tokens[lastEnglish].end)
        if start >= end { (start, end) = (Int(tokens[firstEnglish].start), Int(tokens[lastEnglish].end)) }
        return Phrase(range: start..<end, englishWords: englishWords, words: words)
    }

    // MARK: Words

    /// The words (not numbers nor code) of tokens `first...last`.
    private func wordCount(from first: Int, to last: Int) -> Int {
        (first...last).reduce(0) { $0 + (analysis.tokens[$1].kind == .word && !isCode(analysis.tokens[$1]) ? 1 : 0) }
    }

    /// Whether token `index` (a word, number or mark) reads as English, as the document's
    /// language, or as either.
    private mutating func wordClass(_ index: Int) -> WordClass {
        let token = analysis.tokens[index]
        guard token.kind == .word else { return token.kind == .number || token.kind == .punctuation ? .neutral : .own }
        // An acronym (`AI`, `UE`), though Italian `ai` is a function word.
        if token.end - token.start <= 4, text[token.range].allSatisfy({ !CodeUnit.isLowercase($0) }) { return .neutral }
        let ownStop = analysis.isStopWord(index, in: ownProfile), englishStop = analysis.isStopWord(index, in: englishProfile)
        if ownStop, englishStop { return .neutral }
        if ownStop, !isElisionStem(token) { return .own }
        if analysis.isInURL(token.range) || isCode(token) { return .neutral }
        // Keyed by a hash of the code units: no String is made for a word seen before.
        var hash = Fingerprint.FNV1a()
        hash.add(text[token.range])
        if let known = classes[hash.value] { return known }
        let wordClass = classify(Self.composed(analysis.string(token)), token, englishStop: englishStop)
        classes[hash.value] = wordClass
        return wordClass
    }

    /// A function word of the document's language that its dictionary does not know as a
    /// word, written without the apostrophe it is used with: Italian lists `all` for `all’`,
    /// but `all` alone is English.
    private func isElisionStem(_ token: Token) -> Bool {
        let end = Int(token.end)
        guard token.end - token.start >= 3, end == text.count || (text[end] != 0x27 && text[end] != 0x2019) else { return false }
        return !own.isCommonWord(Self.composed(analysis.lowercased(token)))
    }

    private func classify(_ word: String, _ token: Token, englishStop: Bool) -> WordClass {
        let lower = Self.composed(analysis.lowercased(token))
        // The document's language may write a word with a capital only (German nouns, names).
        let ownKnows = own.isCommonWord(lower) || (CodeUnit.startsUppercase(token, in: text) && own.isCommonWord(word))
        if let suffix = Self.contractionSuffix(token, text) {
            // `gibt’s`, `wie’s`: German writes `es` so after a lower-case word.
            if analysis.language.profile?.textWords.apostropheSuffixes.contains(suffix) == true,
                CodeUnit.startsLowercase(token, in: text)
            {
                return ownKnows ? .own : .neutral
            }
            return .english
        }
        if englishStop { return ownKnows ? .neutral : .english }
        let englishKnows = english.isCommonWord(lower)
        if englishKnows != ownKnows { return englishKnows ? .english : .own }
        return .neutral
    }

    /// An English function word that the document's language does not list as its own.
    private static func isSeedFunctionWord(_ analysis: Analysis, _ index: Int, ownProfile: Int, englishProfile: Int) -> Bool {
        analysis.isStopWord(index, in: englishProfile) && !analysis.isStopWord(index, in: ownProfile)
    }

    /// The suffix of an English contraction (`China’s`, `don't`, `we're`): `s`, `t`, `re`,
    /// `ve`, `ll`, `m` or `d` after an apostrophe at the end of the word.
    private static func contractionSuffix(_ token: Token, _ text: [UInt16]) -> String? {
        let start = Int(token.start), end = Int(token.end)
        guard end - start >= 3 else { return nil }
        for length in 1...2 where end - length - 1 > start {
            let apostrophe = text[end - length - 1]
            guard apostrophe == 0x27 || apostrophe == 0x2019 else { continue }
            let suffix = String(utf16Units: text[(end - length)..<end].map { $0 | 0x20 })
            switch suffix {
            case "s", "m", "d", "re", "ve", "ll": return suffix
            case "t" where text[end - 3] | 0x20 == 0x6E: return suffix  // n't
            default: return nil
            }
        }
        return nil
    }

    /// Part of a command, an option, a path or a hyphenated compound: the run of text without
    /// white space around the word has a mark other than sentence punctuation inside it or a
    /// digit (`--no-pager`, `LC_ALL`, `/usr/share`, `x86`, `Self-Driving`).
    private func isCode(_ token: Token) -> Bool {
        let limit = 64
        var start = Int(token.start), end = Int(token.end)
        while start > 0, !CodeUnit.isWhitespace(text[start - 1]) {
            start -= 1
            if Int(token.start) - start > limit { return true }
        }
        while end < text.count, !CodeUnit.isWhitespace(text[end]) {
            end += 1
            if end - Int(token.end) > limit { return true }
        }
        // Sentence punctuation and quotes around the word are not code.
        while start < Int(token.start), Self.edgeMarks.contains(text[start]) { start += 1 }
        while end > Int(token.end), Self.edgeMarks.contains(text[end - 1]) { end -= 1 }
        for offset in start..<end where !(offset >= Int(token.start) && offset < Int(token.end)) {
            let unit = text[offset]
            if CodeUnit.isLetter(unit) || unit == 0x27 || unit == 0x2019 { continue }
            return true
        }
        return false
    }

    /// Marks that stand around a word in prose: quotes, brackets, sentence punctuation.
    private static let edgeMarks: Set<UInt16> = [
        0x22, 0x27, 0x28, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x21, 0x3F, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2026,
    ]

    // MARK: Places

    private func isLineBreak(between left: Int, and right: Int) -> Bool {
        let tokens = analysis.tokens
        return text[Int(tokens[left].end)..<Int(tokens[right].start)].contains { $0 == 0x0A || $0 == 0x0D || $0 == 0x2028 || $0 == 0x2029 }
    }

    private func lineRange(of offset: Int) -> Range<Int> {
        let map = analysis.document.sourceMap
        return map.lineRange(map.lineIndex(of: offset), in: text)
    }

    /// Right after an opening quotation mark (white space between allowed).
    private func isAfterOpeningQuote(_ offset: Int) -> Bool {
        var before = offset - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0xA0 { before -= 1 }
        return before >= 0 && [0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x201C, 0x201E, 0x2039, 0x203A].contains(text[before])
    }

    private static func trimmed(_ range: Range<Int>, _ text: [UInt16]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CodeUnit.isWhitespace(text[lower]) { lower += 1 }
        while upper > lower, CodeUnit.isWhitespace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// Dictionaries hold composed words; the document may be decomposed (NFD).
    private static func composed(_ word: String) -> String {
        word.utf16.allSatisfy { $0 < 0x300 } ? word : TextTransforms.normalize(word, .nfc)
    }
}
