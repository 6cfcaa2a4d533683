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

    @inline(__always)
    static func isLetter(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return (unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A }
        return Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
    }
}
