import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintRules

/// The language data rules read besides the analysis, and when a document warms it.
@Suite("Language resources")
struct LanguageResourcesTests {
    @Test func theTextsShapeSaysWhatWillBeRead() {
        #expect(LanguageResources.mayHaveEnglishPhrase(Array("Ha detto che the best è qui.".utf16)))
        #expect(LanguageResources.mayHaveEnglishPhrase(Array("Il logo di Apple’s store.".utf16)))
        #expect(!LanguageResources.mayHaveEnglishPhrase(Array("Il testo è tutto in italiano.".utf16)))
        // Each word between spaces, to the text's end; not inside a word, not without its space.
        for english in ["x of y", "x and y", "x to y", "abc the d", "Joe's x"] {
            #expect(LanguageResources.mayHaveEnglishPhrase(Array(english.utf16)), "\(english)")
        }
        for other in ["x of", "x tof y", "x theory", "x The y", "x andare", "'s x", "x 's y", "ab"] {
            #expect(!LanguageResources.mayHaveEnglishPhrase(Array(other.utf16)), "\(other)")
        }
        #expect(LanguageResources.hasCapitalAfterLowerCaseWord(Array("ha detto Mario".utf16)))
        #expect(!LanguageResources.hasCapitalAfterLowerCaseWord(Array("Mario ha detto.".utf16)))
        #expect(LanguageResources.mayHoldLanguageMenu(Array("English Français 日本語".utf16)))
        #expect(!LanguageResources.mayHoldLanguageMenu(Array("Solo Due maiuscole".utf16)))
    }

    @Test func aWarmedDictionaryIsTheOneRulesRead() throws {
        let locale = try ICULocale(languageTag: "it")
        let language = LanguageChoice(locale: locale, source: .given, reason: "given")
        LanguageResources.warm(for: Document(path: "a.txt", text: "Il sito dice the end, disse Mario."), in: language)
        LanguageResources.waitForWarmUps()
        let resources = LanguageResources(locale: locale)
        // Loaded once per process: the same object for every reader.
        if let lexicon = resources.lexicon {
            #expect(lexicon === Lexicon.forLanguage("it"))
            #expect(lexicon.isCommonWord("casa"))
        }
        if let english = resources.englishLexicon {
            #expect(english.isCommonWord("house"))
        }
        let names = resources.menuNames
        let key = LanguageNames.startKey(0x65, 0x6E)  // `en`: English
        #expect(names[key]?.contains { String(utf16CodeUnits: $0.units, count: $0.units.count) == "english" } == true)
    }
}
