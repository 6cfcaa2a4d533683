import ICU
import Testing

@Suite struct DateSymbolsTests {
    @Test func monthNamesComeFromTheLocale() throws {
        let italian = try DateSymbols(locale: ICULocale(languageTag: "it"))
        #expect(italian.months.contains("agosto"))
        #expect(italian.months.count == 24)
        #expect(italian.shortMonths.contains("ago"))
        #expect(italian.weekdays.contains("domenica"))
        let german = try DateSymbols(locale: ICULocale(languageTag: "de"))
        #expect(german.months.contains("August"))
        let french = try DateSymbols(locale: ICULocale(languageTag: "fr"))
        #expect(french.months.contains("août"))
    }
}
