import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// CodeUnit answers from comparisons (ASCII) and a table (Latin blocks) before Unicode's
/// property lookups: every one of its answers must be Unicode's.
@Suite struct CodeUnitPropertiesTests {
    /// Every UTF-16 unit that is a scalar on its own (surrogates are not).
    private let units: [UInt16] = Array(0..<0xD800) + Array(0xE000...0xFFFF)

    @Test func caseLetterAndSpaceAgreeWithUnicodeForEveryBMPScalar() {
        var disagreements: [String] = []
        for unit in units {
            let properties = Unicode.Scalar(unit)!.properties
            let name = "U+" + String(unit, radix: 16, uppercase: true)
            if CodeUnit.isLetter(unit) != properties.isAlphabetic { disagreements.append("\(name) letter") }
            if CodeUnit.isUppercase(unit) != properties.isUppercase { disagreements.append("\(name) upper") }
            if CodeUnit.isLowercase(unit) != properties.isLowercase { disagreements.append("\(name) lower") }
            if CodeUnit.isWhitespace(unit) != properties.isWhitespace { disagreements.append("\(name) space") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    /// What isLatinLetter answers without ICU must be ICU's answer: a Latin letter.
    @Test func latinLettersAreLettersOfTheLatinScript() {
        var latin = 0
        for unit in units where CodeUnit.isLatinLetter(unit) {
            let scalar = Unicode.Scalar(unit)!
            #expect(scalar.properties.isAlphabetic && Script(of: scalar) == .latin, "U+\(String(unit, radix: 16))")
            latin += 1
        }
        #expect(latin > 400)
        #expect(!CodeUnit.isLatinLetter(0xB5) && !CodeUnit.isLatinLetter(0xD7) && !CodeUnit.isLatinLetter(0x250))
    }

    /// Lower case without ICU for ASCII and Latin-1: the same as ICU's, language by language.
    @Test(arguments: ["it", "fr", "de", "en", "tr", "lt"])
    func lowerCaseOfLatin1IsICUs(language: String) throws {
        let locale = try ICULocale(languageTag: language)
        for unit in UInt16(0x20)..<0x100 where unit != 0x7F && !(0x80..<0xA0).contains(unit) {
            let word: [UInt16] = [unit, 0x61, unit]
            let expected = TextTransforms.lowercased(String(decoding: word, as: UTF16.self), locale: locale)
            #expect(CodeUnit.lowercased(word[...], locale: locale) == expected, "U+\(String(unit, radix: 16)) in \(language)")
        }
    }

    /// Lower case without ICU for Han and Hangul: every code unit of the CJK and Hangul blocks
    /// (U+3000-9FFF, U+AC00-D7A3) lowers as ICU lowers it, in every locale.
    @Test(arguments: ["zh", "ja", "ko", "tr"])
    func lowerCaseOfCJKIsICUs(language: String) throws {
        let locale = try ICULocale(languageTag: language)
        for unit in Array(UInt16(0x3000)...0x9FFF) + Array(UInt16(0xAC00)...0xD7A3) {
            let word: [UInt16] = [unit, 0x4E2D]
            let expected = TextTransforms.lowercased(String(decoding: word, as: UTF16.self), locale: locale)
            guard CodeUnit.lowercased(word[...], locale: locale) == expected else {
                Issue.record("U+\(String(unit, radix: 16)) in \(language)")
                return
            }
        }
    }

    @Test func surrogatesAreNeitherLettersNorSpace() {
        for unit: UInt16 in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            #expect(!CodeUnit.isLetter(unit))
            #expect(!CodeUnit.isUppercase(unit))
            #expect(!CodeUnit.isWhitespace(unit))
        }
    }
}
