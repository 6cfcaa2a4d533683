import ICU
import Testing
@testable import MTLintCore

/// Every language mtlint knows fills every list, ICU's data is added to what the language
/// files write, and nothing they write is lost on the way.
@Suite struct LanguageDataTests {
    /// Lists a language may leave empty, with why; the test also fails when such a list is
    /// filled, so that this stays the list of what is really missing.
    static let emptyOnPurpose: [String: (languages: Set<String>, why: String)] = [
        "unitConnectors": (["en", "de"], "English and German put no word between a number and its unit (`20 million dollars`)"),
        "elidingInitials": (["it", "es", "pt", "de", "en"], "only French elides the connector before a vowel (`millions d'euros`)"),
        "unitNumberWords": (["it", "fr", "es", "pt"], "ICU's spell-out reads their `hundred` alone (`cento`); English and German need `one`"),
        "halfPhrases": (["de"], "German writes a half into the number word (`zweieinhalb`)"),
        "accentedFinalVowels": (["fr", "es", "pt", "de", "en"], "only Italian ends many words on an accented vowel"),
        "apostropheSuffixes": (["it", "fr", "es", "pt", "en"], "only German writes `es` as `’s` (`gibt’s`); in English `’s` is English"),
    ]
    /// Yes-or-no conventions, and the languages that have them.
    static let flags: [String: Set<String>] = [
        "splitsElisions": ["it", "fr"],
        "spacesAroundHighPunctuation": ["fr"],
        "writesTermsInLowerCase": ["it", "fr", "es", "pt"],
    ]

    @Test(arguments: LanguageProfile.all.map(\.code))
    func everyLanguageFillsEveryList(_ code: String) throws {
        let language = try #require(LanguageProfile.named(code))
        var seen: Set<String> = []
        for (field, value) in Self.fields(of: language) {
            seen.insert(field)
            if let flag = value as? Bool {
                let expected = try #require(Self.flags[field], "\(field) is a yes-or-no convention this test does not know: add it to `flags`")
                #expect(flag == expected.contains(code), "\(code): \(field)")
                continue
            }
            let collection = try #require(value as? any Collection, "\(field) is neither a list nor a flag")
            let allowedEmpty = Self.emptyOnPurpose[field]?.languages.contains(code) ?? false
            #expect(collection.isEmpty == allowedEmpty,
                    "\(code): \(field) is \(collection.isEmpty ? "empty" : "filled")\(allowedEmpty ? ", listed as empty on purpose" : "")")
        }
        // The exceptions name real fields.
        #expect(Set(Self.emptyOnPurpose.keys).union(Self.flags.keys).subtracting(seen).isEmpty)
    }

    /// The stored properties of a language and of its word lists, by name.
    static func fields(of language: LanguageProfile) -> [(String, Any)] {
        var fields: [(String, Any)] = []
        for child in Mirror(reflecting: language).children {
            guard let label = child.label else { continue }
            if child.value is FigureWords || child.value is TextWords || child.value is NameWords {
                fields += Mirror(reflecting: child.value).children.compactMap { inner in inner.label.map { ($0, inner.value) } }
            } else {
                fields.append((label, child.value))
            }
        }
        return fields
    }

    @Test(arguments: LanguageProfile.all.map(\.code))
    func nothingTheFileWritesIsLost(_ code: String) throws {
        let filled = try #require(LanguageProfile.named(code))
        let written = try #require(Self.written[code])
        for (name, currency) in written.figureWords.currencies { #expect(filled.figureWords.currencies[name] == currency, "\(code): \(name)") }
        for (name, symbol) in written.figureWords.measureWords { #expect(filled.figureWords.measureWords[name] == symbol, "\(code): \(name)") }
        #expect(Array(filled.figureWords.percentPhrases.prefix(written.figureWords.percentPhrases.count)) == written.figureWords.percentPhrases)
        #expect(filled.figureWords.percentSigns.isSuperset(of: written.figureWords.percentSigns))
        #expect(filled.figureWords.perMilleSigns.isSuperset(of: written.figureWords.perMilleSigns))
        // The file's pairs first, in its order: the first pair of a mark decides its partner.
        let writtenPairs = written.textWords.quotePairs.map { "\($0.open)\($0.close)" }
        #expect(Array(filled.textWords.quotePairs.map { "\($0.open)\($0.close)" }.prefix(writtenPairs.count)) == writtenPairs)
        #expect(filled.textWords.minuteWords.isSuperset(of: written.textWords.minuteWords))
    }

    static let written: [String: LanguageProfile] = [
        "it": .italian, "fr": .french, "es": .spanish, "pt": .portuguese, "de": .german, "en": .english,
    ]

    @Test func theFilesAreTheLanguages() {
        #expect(LanguageProfile.all.map(\.code) == ["it", "fr", "es", "pt", "de", "en"])
        #expect(Set(Self.written.keys) == Set(LanguageProfile.all.map(\.code)))
    }

    @Test func cldrAddsItsNamesOfTheSameCurrenciesAndUnits() throws {
        let italian = try #require(LanguageProfile.named("it"))
        // Not in the Italian file: CLDR's long and plural names.
        #expect(LanguageProfile.italian.figureWords.currencies["sterlina britannica"] == nil)
        #expect(italian.figureWords.currencies["sterlina britannica"] == "GBP")
        #expect(italian.figureWords.currencies["rubli russi"] == "RUB")
        #expect(italian.figureWords.measureWords["chilogrammo"] == "kg")
        // Currencies the file does not name stay out (the Italian file has no real).
        #expect(!italian.figureWords.currencies.values.contains("BRL"))
        let german = try #require(LanguageProfile.named("de"))
        #expect(german.figureWords.measureWords["kilometern"] == "km")
        #expect(german.figureWords.currencies["schweizer franken"] == "CHF")
        // English leaves `pounds` out of its units, and CLDR does not bring it back.
        let english = try #require(LanguageProfile.named("en"))
        #expect(english.figureWords.measureWords["pounds"] == nil && english.figureWords.measureWords["pound"] == nil)
        #expect(english.figureWords.currencies["british pounds"] == "GBP")
        #expect(english.figureWords.currencies["pounds"] == nil)
    }

    @Test func cldrAddsQuotationMarksAndMinutes() throws {
        let german = try #require(LanguageProfile.named("de"))
        #expect(german.textWords.quotePairs.map { "\($0.open)\($0.close)" } == ["„“", "»«", "«»", "‚‘"])
        let english = try #require(LanguageProfile.named("en"))
        #expect(english.textWords.quotePairs.map { "\($0.open)\($0.close)" } == ["“”", "‘’"])
        let spanish = try #require(LanguageProfile.named("es"))
        #expect(LanguageProfile.spanish.textWords.minuteWords.contains("minuto") == false)
        #expect(spanish.textWords.minuteWords.contains("minuto"))
    }

    @Test func percentFromCLDR() throws {
        // ICU's symbols join the signs every language reads.
        let words = FigureWords().addingLocaleData(try ICULocale(languageTag: "ar"))
        #expect(words.percentSigns.count == 3)
        #expect(words.percentSigns.isSuperset(of: ["%", "％"]))
        #expect(try #require(LanguageProfile.named("fr")).figureWords.percentPhrases == ["pour cent", "pourcent"])
        #expect(try #require(LanguageProfile.named("it")).figureWords.percentPhrases == ["per cento", "percento"])
    }
}
