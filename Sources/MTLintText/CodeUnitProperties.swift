import ICU

/// Letter case and letter tests on UTF-16 code units, with a table for ASCII and the Latin
/// blocks: rules ask them of most tokens, and Swift's Unicode property lookups (a search in
/// the standard library's tables, even for ASCII) were a tenth of all the time spent.
///
/// The tests are public and inlinable, with only the slow path (`has`) a call: the rules
/// live in other modules, and as calls these small tests were 4% of a run on the
/// benchmark's big file.
public enum CodeUnit {
    @usableFromInline static let letterBit: UInt8 = 1, upperBit: UInt8 = 2, lowerBit: UInt8 = 4, spaceBit: UInt8 = 8
    /// A numeric value (`3`, `½`, `①`).
    @usableFromInline static let numberBit: UInt8 = 16

    /// Properties of U+0000 ... U+024F (Basic Latin to Latin Extended-B), read once from
    /// Unicode's tables; other units ask the tables each time.
    private static let latinTable = table(0..<0x250)

    /// The same for General Punctuation, U+2000 ... U+206F (dashes, curly quotes, `…`, the
    /// narrow no-break space), which news text uses between most words ...
    private static let punctuationTable = table(0x2000..<0x2070)
    /// ... and for the punctuation of Chinese and Japanese text: CJK Symbols and Punctuation
    /// (`，`'s neighbours `。`, `、`, `「`) and the full-width forms (`，`, `：`, `（`, `１`).
    private static let cjkPunctuationTable = table(0x3000..<0x3040)
    private static let fullWidthTable = table(0xFF00..<0xFFF0)

    private static func table(_ units: Range<UInt32>) -> [UInt8] {
        units.map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let properties = scalar.properties
            var bits: UInt8 = 0
            if properties.isAlphabetic { bits |= letterBit }
            if properties.isUppercase { bits |= upperBit }
            if properties.isLowercase { bits |= lowerBit }
            if properties.isWhitespace { bits |= spaceBit }
            if properties.numericType != nil { bits |= numberBit }
            return bits
        }
    }

    /// Whether `unit` has any of `bits`, from the tables, else from `slow`.
    @usableFromInline
    static func has(_ bits: UInt8, _ unit: UInt16, _ slow: (Unicode.Scalar.Properties) -> Bool) -> Bool {
        if unit < 0x250 { return latinTable[Int(unit)] & bits != 0 }
        if unit >= 0x2000, unit < 0x2070 { return punctuationTable[Int(unit - 0x2000)] & bits != 0 }
        if unit >= 0x3000, unit < 0x3040 { return cjkPunctuationTable[Int(unit - 0x3000)] & bits != 0 }
        if unit >= 0xFF00, unit < 0xFFF0 { return fullWidthTable[Int(unit - 0xFF00)] & bits != 0 }
        return Unicode.Scalar(unit).map { slow($0.properties) } ?? false
    }

    // ASCII, most of the text, is answered by comparisons: the table is a lazily made
    // global, and reaching it costs a call on every use.

    @inlinable
    public static func isUppercase(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
        return !isCaselessLetter(unit) && has(upperBit, unit) { $0.isUppercase }
    }

    @inlinable
    public static func isLowercase(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
        return !isCaselessLetter(unit) && has(lowerBit, unit) { $0.isLowercase }
    }

    /// Han ideographs (the main block and Extension A) and Hangul syllables: letters without
    /// case, and not white space. A Chinese text asks the tests here of each of its
    /// characters, and Unicode's tables answer them slowly (a two-file check from Chinese
    /// spent a tenth of its time there).
    @inlinable
    public static func isCaselessLetter(_ unit: UInt16) -> Bool {
        (unit >= 0x4E00 && unit <= 0x9FFF) || (unit >= 0x3400 && unit <= 0x4DBF) || (unit >= 0xAC00 && unit <= 0xD7A3)
    }

    /// A letter (Unicode's Alphabetic property); false for a surrogate.
    @inlinable
    public static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILetter(unit) }
        return isCaselessLetter(unit) || has(letterBit, unit) { $0.isAlphabetic }
    }

    /// A letter of the Latin script known without asking ICU: ASCII letters, and the letters
    /// of Latin-1 and Latin Extended-A and -B (U+00C0 ... U+024F, all Latin). False for
    /// anything else, including `ª`, `µ` and `º`, whose script callers must ask.
    @inlinable
    public static func isLatinLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILetter(unit) }
        return unit >= 0xC0 && unit < 0x250 && isLetter(unit)
    }

    /// A letter or a character with a numeric value (`3`, `½`, `三`); false for a surrogate.
    @inlinable
    public static func isLetterOrDigit(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return isASCIILetter(unit) || isASCIIDigit(unit) }
        return isCaselessLetter(unit) || has(letterBit | numberBit, unit) { $0.isAlphabetic || $0.numericType != nil }
    }

    /// `A` to `Z` and `a` to `z`.
    @inlinable
    public static func isASCIILetter(_ unit: UInt16) -> Bool { (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }

    /// `0` to `9`.
    @inlinable
    public static func isASCIIDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }

    /// White space (Unicode's White_Space property); false for a surrogate.
    @inlinable
    public static func isWhitespace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        return !isCaselessLetter(unit) && has(spaceBit, unit) { $0.isWhitespace }
    }

    /// A key that an upper-case and a lower-case letter share: ASCII and Latin-1 letters are
    /// folded to lower case, other units are their own key.
    @inlinable
    public static func foldedKey(_ unit: UInt16) -> UInt16 {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
        if unit >= 0xC0 && unit <= 0xDE && unit != 0xD7 { return unit | 0x20 }
        return unit
    }

    /// True where ICU lower-cases every ASCII and Latin-1 capital to the letter 0x20 above it,
    /// as `foldedKey` folds it: not in Turkish and Azerbaijani, whose `I` is a dotless `ı`,
    /// nor in Lithuanian, which keeps a dot over accented `i`.
    package static func lowerCasesLatin1ByFolding(_ locale: ICULocale) -> Bool {
        locale.language != "tr" && locale.language != "az" && locale.language != "lt"
    }

    /// Code units in lower case as a String: ASCII and Latin-1 folded here where the locale
    /// allows it (`lowerCasesLatin1ByFolding`); anything else by ICU with the locale.
    package static func lowercased(_ units: ArraySlice<UInt16>, locale: ICULocale) -> String {
        if lowerCasesLatin1ByFolding(locale), units.allSatisfy({ $0 < 0x100 }) {
            return String(
                utf16Units: units.lazy.map { unit in
                    (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7) ? unit | 0x20 : unit
                })
        }
        // Han and Hangul have no case: a Chinese text's words, looked at around every number,
        // went through ICU for nothing.
        if units.allSatisfy(isCaselessLetter) { return String(utf16Units: units) }
        return TextTransforms.lowercased(String(utf16Units: units), locale: locale)
    }

    /// True when token `token` starts with a capital (or a lower-case letter).
    @inlinable public static func startsUppercase(_ token: Token, in text: [UInt16]) -> Bool { isUppercase(text[Int(token.start)]) }
    @inlinable public static func startsLowercase(_ token: Token, in text: [UInt16]) -> Bool { isLowercase(text[Int(token.start)]) }
}
