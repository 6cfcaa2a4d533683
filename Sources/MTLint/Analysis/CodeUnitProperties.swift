import ICU

/// Letter case and letter tests on UTF-16 code units, with an ASCII fast path: rules ask them
/// of most tokens, and Unicode's property tables are the slow part of each answer.
enum CodeUnit {
    @inline(__always)
    static func isUppercase(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A }
        return Unicode.Scalar(unit)?.properties.isUppercase ?? false
    }

    @inline(__always)
    static func isLowercase(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit >= 0x61 && unit <= 0x7A }
        return Unicode.Scalar(unit)?.properties.isLowercase ?? false
    }

    /// A key that an upper-case and a lower-case letter share: ASCII and Latin-1 letters are
    /// folded to lower case, other units are their own key.
    @inline(__always)
    static func foldedKey(_ unit: UInt16) -> UInt16 {
        if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
        if unit >= 0xC0 && unit <= 0xDE && unit != 0xD7 { return unit | 0x20 }
        return unit
    }

    /// Code units in lower case as a String: ASCII folded here (not for Turkish and
    /// Azerbaijani, whose `I` is a dotless `ı`), anything else by ICU with the locale.
    static func lowercased(_ units: ArraySlice<UInt16>, locale: ICULocale) -> String {
        if locale.language != "tr", locale.language != "az", units.allSatisfy({ $0 < 0x80 }) {
            return String(utf16Units: units.lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }
        return TextTransforms.lowercased(String(utf16Units: units), locale: locale)
    }

    /// True when token `token` starts with a capital (or a lower-case letter).
    static func startsUppercase(_ token: Token, in text: [UInt16]) -> Bool { isUppercase(text[Int(token.start)]) }
    static func startsLowercase(_ token: Token, in text: [UInt16]) -> Bool { isLowercase(text[Int(token.start)]) }

    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
        return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
    }
}
