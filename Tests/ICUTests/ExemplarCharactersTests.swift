import ICU
import Testing

@Suite struct ExemplarCharactersTests {
    @Test func lettersOfTheLanguageAreIn() throws {
        let german = try ExemplarCharacters(locale: ICULocale(languageTag: "de"))
        for letter in "aäößüzAÄÖÜZ".unicodeScalars { #expect(german.contains(letter), "\(letter)") }
        // Auxiliary: letters of loanwords and names (`Café`, `Française`).
        for letter in "éçÉ".unicodeScalars { #expect(german.contains(letter), "\(letter)") }
        let italian = try ExemplarCharacters(locale: ICULocale(languageTag: "it"))
        for letter in "àèéìòùÈ".unicodeScalars { #expect(italian.contains(letter), "\(letter)") }
    }

    @Test func lettersOfOtherLanguagesAreOut() throws {
        let german = try ExemplarCharacters(locale: ICULocale(languageTag: "de"))
        // Vietnamese letters with two diacritics, Polish ł, Czech ř; digits and punctuation.
        for letter in "ềảệọłřĐ5.".unicodeScalars { #expect(!german.contains(letter), "\(letter)") }
        let standardOnly = try ExemplarCharacters(locale: ICULocale(languageTag: "de"), kinds: [.standard])
        #expect(!standardOnly.contains("é"))
        let vietnamese = try ExemplarCharacters(locale: ICULocale(languageTag: "vi"))
        #expect(vietnamese.contains("ề") && vietnamese.contains("Đ"))
    }
}
