import Testing
@testable import MTLint

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

    @Test func surrogatesAreNeitherLettersNorSpace() {
        for unit: UInt16 in [0xD800, 0xDBFF, 0xDC00, 0xDFFF] {
            #expect(!CodeUnit.isLetter(unit))
            #expect(!CodeUnit.isUppercase(unit))
            #expect(!CodeUnit.isWhitespace(unit))
        }
    }
}
