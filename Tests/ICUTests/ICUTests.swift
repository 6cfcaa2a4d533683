import ICU
import Testing

@Suite struct LocaleTests {
    @Test func readsBCP47Tags() throws {
        let brazil = try ICULocale(languageTag: "pt-BR")
        #expect(brazil.identifier == "pt_BR")
        #expect(brazil.language == "pt")
        #expect(try ICULocale(languageTag: "it").identifier == "it")
    }

    @Test(arguments: ["", "it--x", "123", "it_IT!", "èè"])
    func rejectsMalformedTags(_ tag: String) {
        #expect(throws: ICUError.self) { try ICULocale(languageTag: tag) }
    }

    @Test func listsTheLanguagesICUKnows() {
        let codes = ICULocale.isoLanguageCodes
        #expect(codes.count > 180)
        #expect(codes.contains("it") && codes.contains("zh") && codes.contains("ko"))
    }

    @Test func namesLanguagesInTheirOwnLanguage() throws {
        #expect(try ICULocale(languageTag: "de").displayLanguage() == "Deutsch")
        #expect(try ICULocale(languageTag: "ja").displayLanguage() == "日本語")
        #expect(try ICULocale(languageTag: "fr").displayLanguage() == "français")
        let italian = try ICULocale(languageTag: "it")
        #expect(try ICULocale(languageTag: "de").displayLanguage(in: italian) == "tedesco")
    }
}

@Suite struct BreakIteratorTests {
    @Test func wordsCarryTheirRuleStatus() throws {
        let words = try BreakIterator(.word, locale: ICULocale(languageTag: "it"))
        let text = "Paga 20 euro, 日本語."
        let segments = try words.segments(of: text)
        let units = Array(text.utf16)
        let pieces = segments.map { (String(decoding: units[$0.start..<$0.end], as: UTF16.self), $0.status / 100) }
        #expect(pieces.map(\.0) == ["Paga", " ", "20", " ", "euro", ",", " ", "日本語", "."])
        #expect(pieces.map(\.1) == [2, 0, 1, 0, 2, 0, 0, 4, 0])
    }

    @Test func offsetsAreUTF16CodeUnitsAcrossSurrogatePairs() throws {
        let words = try BreakIterator(.word, locale: ICULocale(languageTag: "en"))
        // U+1F600 and U+1D400 take two UTF-16 code units each.
        let segments = try words.segments(of: "😀 𝐀bc ok")
        #expect(segments.map(\.start) == [0, 2, 3, 7, 8])
        #expect(segments[2] == BreakSegment(start: 3, end: 7, status: 200))
        #expect(segments.last == BreakSegment(start: 8, end: 10, status: 200))
    }

    @Test func sentencesBreakAfterTerminalPunctuation() throws {
        let sentences = try BreakIterator(.sentence, locale: ICULocale(languageTag: "it"))
        let segments = try sentences.segments(of: "Prima frase. Seconda frase? Terza")
        #expect(segments.map(\.end) == [13, 28, 33])
    }

    @Test func handlesEmptyTextAndReuse() throws {
        let words = try BreakIterator(.word, locale: ICULocale(languageTag: "it"))
        #expect(try words.segments(of: "").isEmpty)
        #expect(try words.segments(of: "uno due").count == 3)
        #expect(try words.segments(of: "tre").count == 1)
    }

    @Test func batchesLongTexts() throws {
        let words = try BreakIterator(.word, locale: ICULocale(languageTag: "en"))
        let text = String(repeating: "word ", count: 3000)
        let segments = try words.segments(of: text)
        #expect(segments.count == 6000)
        #expect(segments.last?.end == text.utf16.count)
    }
}

@Suite struct ScriptTests {
    @Test func scriptsOfLetters() {
        #expect(Script(of: "a") == .latin)
        #expect(Script(of: "я") == .cyrillic)
        #expect(Script(of: "語") == .han)
        #expect(Script(of: "한") == .hangul)
        #expect(Script(of: "λ") == .greek)
        #expect(Script(of: "カ") == .katakana)
        #expect(Script(of: "の") == .hiragana)
        #expect(Script(of: "5") == .common)
        #expect(Script(of: "\u{301}") == .inherited)
        #expect(Script(of: "𝐀") == .common)  // mathematical alphanumerics are Common
        #expect(Script(of: "𠀀") == .han)  // outside the BMP
        #expect(Script.cyrillic.name == "Cyrillic")
        #expect(Script.han.shortName == "Hani")
    }

    @Test func scriptsOfLocales() throws {
        #expect(Script.scripts(of: try ICULocale(languageTag: "it")) == [.latin])
        #expect(Script.scripts(of: try ICULocale(languageTag: "ru")) == [.cyrillic])
        #expect(Script.scripts(of: try ICULocale(languageTag: "zh")) == [.han])
        #expect(Set(Script.scripts(of: try ICULocale(languageTag: "ja"))) == [.han, .hiragana, .katakana])
        #expect(Script.scripts(of: .undetermined).isEmpty)
    }

    @Test func eastAsianWidthAndNumericValues() {
        #expect(CharacterProperties.eastAsianWidth("語") == .wide)
        #expect(CharacterProperties.eastAsianWidth("Ａ") == .fullwidth)
        #expect(CharacterProperties.eastAsianWidth("a") == .narrow)
        #expect(CharacterProperties.numericValue("七") == 7)
        #expect(CharacterProperties.numericValue("亿") == 100_000_000)
        #expect(CharacterProperties.numericValue("x") == nil)
    }
}

@Suite struct TextTransformTests {
    @Test func casesFollowTheLocale() throws {
        #expect(TextTransforms.lowercased("ÉTÉ") == "été")
        #expect(TextTransforms.lowercased("DIYARBAKIR", locale: try ICULocale(languageTag: "tr")) == "dıyarbakır")
        #expect(TextTransforms.mapCase("straße", .upper) == "STRASSE")
        #expect(TextTransforms.mapCase("Straße", .fold) == "strasse")
    }

    @Test func normalizes() {
        #expect(TextTransforms.normalize("e\u{301}", .nfc) == "é")
        #expect(Array(TextTransforms.normalize("é", .nfd).unicodeScalars) == ["e", "\u{301}"])
        #expect(TextTransforms.normalize("ﬁ", .nfkc) == "fi")
        #expect(TextTransforms.normalize("", .nfc) == "")
    }
}

@Suite struct NumberTests {
    @Test func symbolsComeFromLocaleData() throws {
        let italian = try NumberSymbols(locale: ICULocale(languageTag: "it"))
        #expect(italian.decimalSeparator == ",")
        #expect(italian.groupingSeparator == ".")
        let english = try NumberSymbols(locale: ICULocale(languageTag: "en"))
        #expect(english.decimalSeparator == ".")
        #expect(english.groupingSeparator == ",")
        let french = try NumberSymbols(locale: ICULocale(languageTag: "fr"))
        #expect(french.groupingSeparator == "\u{202F}")
        #expect(french.percentSign == "%")
    }

    @Test func parsesSpelledOutNumbers() throws {
        let italian = try NumberSpellout(locale: ICULocale(languageTag: "it"))
        let hundredMillion = italian.parsePrefix(of: "cento milioni di dollari")
        #expect(hundredMillion?.value == 100_000_000)
        #expect(hundredMillion?.length == "cento milioni".utf16.count)
        #expect(italian.parsePrefix(of: "dieci")?.value == 10)
        #expect(italian.parsePrefix(of: "dollari") == nil)
        #expect(try italian.format(1_000_000) == "un milione")
        let chinese = try NumberSpellout(locale: ICULocale(languageTag: "zh"))
        #expect(chinese.parsePrefix(of: "十亿")?.value == 1_000_000_000)
    }

    @Test func strictSpelloutReadsTheLeadingSimpleNumber() throws {
        let strict = try NumberSpellout(locale: ICULocale(languageTag: "it"), lenient: false)
        #expect(!strict.isLenient)
        #expect(strict.parsePrefix(of: "dieci")?.value == 10)
        // A compound is read only up to its first part; the lenient parser reads it all.
        #expect(strict.parsePrefix(of: "ventitré")?.length == "venti".utf16.count)
        #expect(strict.parsePrefix(of: "milioni") == nil)
        #expect(strict.parsePrefix(of: "dollari") == nil)
    }

    @Test func formatsCompactLongFromDecimalStrings() throws {
        let italian = try SkeletonNumberFormatter(skeleton: "compact-long", locale: ICULocale(languageTag: "it"))
        #expect(try italian.format(decimal: "1e9") == "1 miliardo")
        #expect(try italian.format(decimal: "13000000000") == "13 miliardi")
        let german = try SkeletonNumberFormatter(skeleton: "compact-long", locale: ICULocale(languageTag: "de"))
        #expect(try german.format(decimal: "1e9") == "1 Milliarde")
        #expect(throws: ICUError.self) {
            try SkeletonNumberFormatter(skeleton: "no-such-skeleton", locale: ICULocale(languageTag: "it"))
        }
    }

    @Test func reportsTheICUVersion() {
        #expect(icuVersion.hasPrefix("7"))
    }
}

@Suite struct TransliteratorTests {
    @Test func makesASCIIKeysFromAnyScript() throws {
        let ascii = try Transliterator(id: "Any-Latin; Latin-ASCII")
        #expect(ascii.transliterate("Huawéi") == "Huawei")
        #expect(ascii.transliterate("华为") == "hua wei")
        #expect(ascii.transliterate("Москва") == "Moskva")
        #expect(ascii.transliterate("") == "")
        #expect(throws: ICUError.self) { try Transliterator(id: "No-Such-Thing") }
    }
}
