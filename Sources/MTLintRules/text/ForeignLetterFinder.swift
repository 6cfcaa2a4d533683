import ICU
import MTLintCore
import MTLintText

/// Words written with Latin letters that the document's language does not use (a Vietnamese
/// tagline `Nền tảng quảng bá Việt Nam` in a German article): the letters are those of CLDR's
/// exemplar characters for the language, standard and auxiliary (ICU), so that the letters of
/// loanwords and foreign names the language's texts use (`é` in German, `ñ` in Italian) pass.
///
/// A phrase is three such words or more on one line, with at most one other word between two
/// of them, at least two in lower case: a name alone (`Nguyễn Phú Trọng`) is capitalised.
package struct ForeignLetterFinder {
    struct Phrase {
        let range: Range<Int>
        /// The letters the language does not use, in order of appearance, each once.
        let letters: [Character]
    }

    static let minimumWords = 3
    static let minimumLowercaseWords = 2

    /// A language's letters, and for the first code points (Latin-1 and Latin Extended, where
    /// most letters of a Latin-script text are) whether each is a Latin letter outside them.
    private struct Letters: Sendable {
        let exemplars: ExemplarCharacters
        let foreignBelow0x300: [Bool]

        init?(_ locale: ICULocale) {
            guard let exemplars = try? ExemplarCharacters(locale: locale), !exemplars.isEmpty else { return nil }
            self.exemplars = exemplars
            foreignBelow0x300 = (0..<0x300).map { value in
                Unicode.Scalar(UInt32(value)).map { ForeignLetterFinder.isForeign($0, exemplars) } ?? false
            }
        }
    }

    /// Per language, its letters (nil when ICU has none for it).
    private static let languageLetters = LanguageCache<Letters?>()

    /// Phrases of words in letters the document's language does not use, in text order.
    static func phrases(in analysis: Analysis) -> [Phrase] {
        let locale = analysis.language.locale
        guard let letters = languageLetters.value(for: locale.identifier, { Letters(locale) }) else { return [] }
        let tokens = analysis.tokens, text = analysis.text
        var phrases: [Phrase] = []
        // The phrase being gathered: its first and last foreign words, its words, and how
        // many other words stand since its last foreign one.
        var first: Token?, last: Token?
        var foreignWords = 0, lowercaseWords = 0, wordsSinceForeign = 0
        var found: [Character] = []

        func close() {
            if let first, let last, foreignWords >= minimumWords, lowercaseWords >= minimumLowercaseWords {
                phrases.append(Phrase(range: Int(first.start)..<Int(last.end), letters: found))
            }
            first = nil
            last = nil
            foreignWords = 0
            lowercaseWords = 0
            wordsSinceForeign = 0
            found = []
        }

        for token in tokens {
            if let previous = last, text[Int(previous.end)..<Int(token.start)].contains(where: { $0 == 0x0A || $0 == 0x0D }) { close() }
            guard token.kind.isWordLike else { continue }
            // A letter alone (`ș/ț`) is named, not written with.
            let foreign = token.kind == .word && token.end - token.start >= 2 ? foreignLetters(text[token.range], letters) : []
            if foreign.isEmpty {
                if first != nil {
                    wordsSinceForeign += 1
                    if wordsSinceForeign > 1 { close() }
                }
                continue
            }
            if first == nil { first = token }
            last = token
            foreignWords += 1
            wordsSinceForeign = 0
            if CodeUnit.startsLowercase(token, in: text) { lowercaseWords += 1 }
            for letter in foreign where !found.contains(letter) { found.append(letter) }
        }
        close()
        return phrases
    }

    /// The Latin letters of a word that are not among the language's (composed, so that a
    /// decomposed `è` reads as one letter; ligatures such as `ﬁ` read as their letters).
    private static func foreignLetters(_ units: ArraySlice<UInt16>, _ letters: Letters) -> [Character] {
        var foreign: [Character] = []
        for unit in units where unit >= 0xC0 {
            guard unit < 0x300 else { return slowForeignLetters(units, letters.exemplars) }
            if letters.foreignBelow0x300[Int(unit)] { foreign.append(Character(Unicode.Scalar(unit).unsafelyUnwrapped)) }
        }
        return foreign
    }

    /// The same for a word with letters past Latin Extended, marks or surrogate pairs.
    private static func slowForeignLetters(_ units: ArraySlice<UInt16>, _ letters: ExemplarCharacters) -> [Character] {
        let composed = TextTransforms.normalize(String(utf16Units: units), .nfkc)
        return composed.unicodeScalars.filter { $0.value >= 0xC0 && isForeign($0, letters) }.map(Character.init)
    }

    /// A Latin letter that is not among `letters`.
    static func isForeign(_ scalar: Unicode.Scalar, _ letters: ExemplarCharacters) -> Bool {
        scalar.properties.isAlphabetic && !letters.contains(scalar) && Script(of: scalar) == .latin
    }
}
