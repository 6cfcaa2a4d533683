import ICU
import MTLintText

/// Questions rules ask of an Analysis about where a token stands.
package extension Analysis {
    /// The index of the document's language in LanguageProfile.all, the bit its function
    /// words carry in `isStopWord(_:in:)`; nil for a language mtlint has no profile for.
    public var languageProfileIndex: Int? {
        language.profile.flatMap { profile in LanguageProfile.all.firstIndex { $0.code == profile.code } }
    }

    /// The index of the token that starts at `offset`, if any (binary search).
    public func tokenIndex(startingAt offset: Int) -> Int? {
        let index = firstTokenIndex(atOrAfter: offset)
        return index < tokens.count && Int(tokens[index].start) == offset ? index : nil
    }

    /// The index of the first token that starts at or after `offset` (binary search);
    /// `tokens.count` when there is none.
    public func firstTokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if Int(tokens[middle].start) < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// True when no word or number comes before token `index` in its sentence (opening
    /// quotes, brackets and dashes do not count), or it follows a colon.
    public func isSentenceStart(tokenIndex index: Int) -> Bool {
        let offset = Int(tokens[index].start)
        let sentenceStart = sentenceIndex(of: offset).map { sentences[$0].lowerBound } ?? 0
        var previous = index - 1
        while previous >= 0, Int(tokens[previous].start) >= sentenceStart {
            let token = tokens[previous]
            if token.kind.isWordLike { return false }
            let mark = string(token)
            if mark == ":" { return true }
            previous -= 1
        }
        return true
    }

    /// True when the word at token `index` stands inside a proper name: right after a
    /// capitalised word that does not start its sentence (`Zhipu AI`, `Moonshot AI`) or right
    /// before a capitalised word (`AI Act`), joined by one space or a hyphen, neither being
    /// a function word. Capitalised words in a row are a name, whatever their parts mean.
    public func standsInName(tokenIndex index: Int) -> Bool {
        func isNameWord(_ neighbour: Int) -> Bool {
            guard neighbour >= 0, neighbour < tokens.count, tokens[neighbour].kind == .word,
                CodeUnit.isUppercase(text[Int(tokens[neighbour].start)]), !hasStopWord(neighbour)
            else { return false }
            let gap =
                neighbour < index
                ? Int(tokens[neighbour].end)..<Int(tokens[index].start) : Int(tokens[index].end)..<Int(tokens[neighbour].start)
            return gap.count == 1 && (text[gap.lowerBound] == 0x20 || text[gap.lowerBound] == 0x2D)
        }
        if isNameWord(index - 1), !isSentenceStart(tokenIndex: index - 1) { return true }
        return isNameWord(index + 1)
    }

    /// True when the line holding `offset` reads as a heading: no sentence-final punctuation,
    /// and most of its words that are not function words start with a capital (`Venti Milioni
    /// Di Utenti`), or it is written all in capitals.
    public func isHeading(at offset: Int) -> Bool {
        let map = document.sourceMap
        let line = map.lineRange(map.lineIndex(of: offset), in: text)
        // A heading is short; a long line is read no further, so that asking for each word
        // of a paragraph on one line stays linear in its length.
        guard line.count <= Self.longestHeading,
            let last = text[line].last(where: { $0 != 0x20 && $0 != 0x09 }),
            ![0x2E, 0x3F, 0x21, 0x3B, 0x2026].contains(last)
        else { return false }
        var words = 0, capitalised = 0
        var index = firstTokenIndex(atOrAfter: line.lowerBound)
        while index < tokens.count, Int(tokens[index].start) < line.upperBound {
            defer { index += 1 }
            let token = tokens[index]
            guard token.kind == .word else { continue }
            let word = string(token)
            if language.profile?.stopWords.contains(word.lowercased()) == true { continue }
            words += 1
            if word.first?.isUppercase == true { capitalised += 1 }
        }
        return words >= 2 && capitalised * 10 >= words * 7
    }

    /// The longest line, in code units, that may be a heading.
    static let longestHeading = 300

    /// True when `range` overlaps a web or e-mail address (binary search over `urls`).
    public func isInURL(_ range: Range<Int>) -> Bool { URLs.overlap(urls, range) }

    /// The document's language in English, for messages (`Italian`).
    public var languageName: String {
        guard language.locale != .undetermined else { return "the document's language" }
        // Asked once per finding of several rules: ICU is asked once per language.
        return Self.englishNames.value(for: language.locale.identifier) {
            guard let english = try? ICULocale(languageTag: "en") else { return "the document's language" }
            return language.locale.displayLanguage(in: english)
        }
    }

    private static let englishNames = LanguageCache<String>()

    /// True when the document's language is written in Latin script. ICU's answer takes
    /// microseconds (likely subtags), and three rules ask for every document: it is asked
    /// once per language.
    public var isLatinScript: Bool {
        Self.latinScript.value(for: language.locale.identifier) { Script.scripts(of: language.locale).first == .latin }
    }

    private static let latinScript = LanguageCache<Bool>()
}
