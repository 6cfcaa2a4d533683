import ICU
import Testing

@testable import MTLintCore

/// Every language mtlint knows fills every list, ICU's data is added to what the language
/// files write, and nothing they write is lost on the way.
@Suite struct LanguageDataTests {
    /// Lists every language fills, but for these languages, which have no words for them; the
    /// test also fails when such a list is filled, so that this stays the list of what is
    /// really missing.
    static let emptyOnPurpose: [String: (languages: Set<String>, why: String)] = [
        "unitConnectors": (["en", "de"], "English and German put no word between a number and its unit (`20 million dollars`)"),
        "halfPhrases": (["de"], "German writes a half into the number word (`zweieinhalb`)"),
        "prepositions": (["de"], "German capitalises every noun, and text/capital-mid-sentence does not read it"),
        "trillionCalques": (
            ["en", "pt"], "English's trillion is 10^12, and so is Brazil's trilhão (ICU's pt), a legal scale word"
        ),
    ]
    /// Conventions only some languages have: an empty list or `false` says the language does
    /// not have it. These languages are the ones that do today; a new language may have any.
    static let conventions: [String: (languages: Set<String>, meaning: String)] = [
        "dictionaries": (["it", "fr", "es", "pt", "de", "en"], "a hunspell dictionary exists for it"),
        "elidingInitials": (["fr"], "the connector is elided before a vowel (`millions d'euros`)"),
        "unitNumberWords": (["de", "en"], "ICU's spell-out reads `hundred` only with a number before it (`one hundred`)"),
        "accentedFinalVowels": (["it"], "many words end on an accented vowel (`perché`), which bad encodings cut"),
        "apostropheSuffixes": (["de"], "a word of the language follows an apostrophe (`gibt’s`); English has none: `’s` is English"),
        "splitsElisions": (["it", "fr"], "articles elide into the next word (`l'accordo`); not English, Spanish, Portuguese, German"),
        "spacesAroundHighPunctuation": (["fr"], "a no-break space before `; : ! ?` and inside « »"),
        "writesTermsInLowerCase": (["it", "fr", "es", "pt"], "a common-noun term before its acronym is in lower case"),
        "namingHeads": (
            ["it", "fr", "es", "pt"],
            "a name follows its noun in apposition (`la versione Pro`); English puts it first, German capitalises every noun"
        ),
        "regionalNumberLocales": (
            ["es"], "another region writes numbers with other marks, which the language's norm accepts (Mexico `3.5%`)"
        ),
        "trillionCalqueIsCommon": (["it"], "edited news writes the word for 10^18 for the English trillion too (`33 trilioni di dollari`)"),
        "regionalScaleLocales": (["pt"], "another region writes its own scale words (Portugal `mil milhões`, Brazil `bilhões`)"),
        "conventionalCapitals": (
            ["it", "fr", "es", "pt"],
            "edited text capitalises words the dictionary has in lower case (`alcuni Paesi`, `certains Américains`); English's dictionary has its capitals, German capitalises every noun"
        ),
    ]

    @Test(arguments: LanguageProfile.all.map(\.code))
    func everyLanguageFillsEveryList(_ code: String) throws {
        let language = try #require(LanguageProfile.named(code))
        var seen: Set<String> = []
        for (field, value) in Self.fields(of: language) {
            seen.insert(field)
            let isSet: Bool
            if let flag = value as? Bool {
                isSet = flag
            } else {
                let collection = try #require(value as? any Collection, "\(field) is neither a list nor a yes-or-no convention")
                isSet = !collection.isEmpty
            }
            if let convention = Self.conventions[field] {
                if ["it", "fr", "es", "pt", "de", "en"].contains(code) {
                    #expect(isSet == convention.languages.contains(code), "\(code): \(field) (\(convention.meaning))")
                }
                continue
            }
            #expect(!(value is Bool), "\(field) is a yes-or-no convention: add it to `conventions`")
            let allowedEmpty = Self.emptyOnPurpose[field]?.languages.contains(code) ?? false
            #expect(
                isSet != allowedEmpty,
                "\(code): \(field) is \(isSet ? "filled" : "empty")\(allowedEmpty ? ", listed as empty on purpose" : "")")
        }
        // The exceptions name real fields.
        #expect(Set(Self.emptyOnPurpose.keys).union(Self.conventions.keys).subtracting(seen).isEmpty)
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

    @Test(arguments: LanguageProfile.files)
    func nothingTheFileWritesIsLost(_ written: LanguageProfile) throws {
        let code = written.code
        let filled = try #require(LanguageProfile.named(code))
        for (name, currency) in written.figureWords.currencies {
            #expect(filled.figureWords.currencies[name] == currency, "\(code): \(name)")
        }
        for (name, symbol) in written.figureWords.measureWords {
            #expect(filled.figureWords.measureWords[name] == symbol, "\(code): \(name)")
        }
        #expect(
            Array(filled.figureWords.percentPhrases.prefix(written.figureWords.percentPhrases.count)) == written.figureWords.percentPhrases)
        #expect(filled.figureWords.percentSigns.isSuperset(of: written.figureWords.percentSigns))
        #expect(filled.figureWords.perMilleSigns.isSuperset(of: written.figureWords.perMilleSigns))
        // The file's pairs first, in its order: the first pair of a mark decides its partner.
        let writtenPairs = written.textWords.quotePairs.map { "\($0.open)\($0.close)" }
        #expect(Array(filled.textWords.quotePairs.map { "\($0.open)\($0.close)" }.prefix(writtenPairs.count)) == writtenPairs)
        #expect(filled.textWords.minuteWords.isSuperset(of: written.textWords.minuteWords))
    }

    @Test func eachFileIsOneLanguage() {
        let codes = LanguageProfile.files.map(\.code)
        #expect(Set(codes).count == codes.count)
        #expect(LanguageProfile.all.map(\.code) == codes)
        for code in codes { #expect((2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }, "\(code)") }
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

    @Test func conventionalCapitalsMatchTheirInflectedForms() throws {
        let french = try #require(LanguageProfile.named("fr")).nameWords
        for form in ["américain", "américains", "américaine", "américaines", "ukrainiennes", "chinoises", "états"] {
            #expect(french.isConventionalCapital(form), "\(form)")
        }
        // Another word that ends like one is not one of them.
        #expect(!french.isConventionalCapital("américanisme"))
        #expect(!french.isConventionalCapital("ambition"))
        let italian = try #require(LanguageProfile.named("it")).nameWords
        #expect(italian.isConventionalCapital("paesi") && italian.isConventionalCapital("novecento"))
        #expect(!italian.isConventionalCapital("paesino") && !italian.isConventionalCapital("ambizione"))
        #expect(try #require(LanguageProfile.named("en")).nameWords.isConventionalCapital("state") == false)
    }
}
