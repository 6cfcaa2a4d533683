import ICU
import Testing

@Suite struct QuotationMarksTests {
    @Test func eachLanguageQuotesWithItsOwnMarks() throws {
        let italian = try QuotationMarks(locale: ICULocale(languageTag: "it"))
        #expect([italian.start, italian.end, italian.alternateStart, italian.alternateEnd] == ["«", "»", "“", "”"])
        let german = try QuotationMarks(locale: ICULocale(languageTag: "de"))
        #expect([german.start, german.end, german.alternateStart, german.alternateEnd] == ["„", "“", "‚", "‘"])
        let english = try QuotationMarks(locale: ICULocale(languageTag: "en"))
        #expect([english.start, english.end, english.alternateStart, english.alternateEnd] == ["“", "”", "‘", "’"])
        let japanese = try QuotationMarks(locale: ICULocale(languageTag: "ja"))
        #expect([japanese.start, japanese.end] == ["「", "」"])
    }
}

@Suite struct CurrencyNamesTests {
    @Test func longNameThenThePluralForms() throws {
        let italian = try ICULocale(languageTag: "it")
        #expect(try CurrencyNames.names(of: "USD", locale: italian) == ["dollaro statunitense", "dollari statunitensi"])
        #expect(try CurrencyNames.names(of: "EUR", locale: italian) == ["euro"])
        // Case as CLDR writes it: the English long name is title case, the plural forms are not.
        let english = try ICULocale(languageTag: "en")
        #expect(try CurrencyNames.names(of: "GBP", locale: english) == ["British Pound", "British pounds", "British pound"])
        // A language with more plural forms than two: Russian `few` and `many`.
        let russian = try CurrencyNames.names(of: "USD", locale: ICULocale(languageTag: "ru"))
        #expect(russian == ["доллар США", "доллара США", "долларов США"])
    }

    @Test func noNameIsNoNameNotTheCode() throws {
        // ICU answers the ISO code when it has no name; that is no name.
        #expect(try CurrencyNames.names(of: "XYZ", locale: ICULocale(languageTag: "it")).isEmpty)
    }

    @Test(arguments: ["", "US", "USDX", "U$D", "ÉUR"])
    func rejectsWhatIsNoISOCode(_ code: String) throws {
        let italian = try ICULocale(languageTag: "it")
        #expect(throws: ICUError.self) { try CurrencyNames.names(of: code, locale: italian) }
    }
}

@Suite struct UnitNamesTests {
    @Test func patternsOfEveryPluralFormAndCase() throws {
        let italian = try ICULocale(languageTag: "it")
        #expect(try UnitNames.patterns(of: "length/kilometer", locale: italian) == ["{0} chilometro", "{0} chilometri"])
        #expect(try UnitNames.names(of: "mass/kilogram", locale: italian) == ["chilogrammo", "chilogrammi"])
        // German declines: the dative plural `Kilometern`, the genitive singular `Kilometers`.
        let german = try UnitNames.names(of: "length/kilometer", locale: ICULocale(languageTag: "de"))
        #expect(german == ["Kilometer", "Kilometern", "Kilometers"])
        #expect(try UnitNames.names(of: "concentr/percent", locale: ICULocale(languageTag: "fr")) == ["pour cent"])
        #expect(try UnitNames.names(of: "duration/minute", locale: ICULocale(languageTag: "es")) == ["minuto", "minutos"])
    }

    @Test func aRegionalLocaleAddsToItsLanguage() throws {
        // European Portuguese spells `quilómetro`; the Portuguese of `pt` (Brazil) `quilômetro`.
        let european = try UnitNames.names(of: "length/kilometer", locale: ICULocale(languageTag: "pt-PT"))
        #expect(european == ["quilómetro", "quilómetros", "quilômetro", "quilômetros"])
    }

    @Test func anUnknownUnitFails() throws {
        let italian = try ICULocale(languageTag: "it")
        #expect(throws: ICUError.self) { try UnitNames.patterns(of: "length/furlongs", locale: italian) }
        #expect(throws: ICUError.self) { try UnitNames.patterns(of: "kilometer", locale: italian) }
    }

    @Test(
        arguments: [
            ("{0} chilometri", "chilometri"), ("{0}km", "km"), ("{0}\u{A0}km", "km"), ("{0}公里", "公里"),
            ("ca. {0}", "ca."), ("per {0} al", nil), ("{0}", nil), ("chilometri", "chilometri"),
        ] as [(String, String?)])
    func theNameIsTheTextBesideTheNumber(_ pattern: String, _ name: String?) {
        #expect(UnitNames.name(inPattern: pattern) == name)
    }
}
