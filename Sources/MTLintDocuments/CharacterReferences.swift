import CHTML

/// Character references (`&amp;`, `&#233;`, `&#x1F600;`) as Markdown and HTML read them,
/// found in a file's text so that the character a parser decoded can be mapped back to the
/// reference's bytes. The names are HTML5's (the WHATWG list, Sources/CHTML/entities.c).
enum CharacterReferences {
    /// The longest name HTML5 defines, `;` included.
    static let longestName = 32

    /// A reference in a text: where it ends and, for a named one, what it stands for
    /// (numeric references are not decoded here: the parser's character is taken as it is).
    struct Reference {
        var end: Int
        /// nil for a numeric reference.
        var value: [UInt16]?
    }

    /// The code points of name `units` (ASCII, `;` included when it has one), or nil.
    static func lookup(_ units: ArraySlice<UInt16>) -> [UInt16]? {
        guard units.count <= longestName else { return nil }
        var name = [CChar](repeating: 0, count: longestName + 1)
        for (index, unit) in units.enumerated() {
            guard unit < 0x80 else { return nil }
            name[index] = CChar(unit)
        }
        var codepoints: [UInt32] = [0, 0]
        let count = chtml_entity(name, Int32(units.count), &codepoints)
        guard count > 0 else { return nil }
        var value: [UInt16] = []
        for point in codepoints.prefix(Int(count)) {
            guard let scalar = Unicode.Scalar(point) else { return nil }
            value.append(contentsOf: scalar.utf16)
        }
        return value
    }

    static func isAlphanumeric(_ unit: UInt16) -> Bool {
        CodeUnitClass.isASCIIAlphanumeric(unit)
    }

    /// The end of the digits of a numeric reference starting at `start` (`&` there), and
    /// whether any digit was found; `maximumDigits` bounds them (CommonMark: 7 decimal, 6 hex).
    private static func numericEnd(_ text: [UInt16], _ start: Int, _ limit: Int, maximumDigits: (Int, Int)?) -> Int? {
        var index = start + 2
        var hex = false
        if index < limit, text[index] == 0x78 || text[index] == 0x58 {
            hex = true
            index += 1
        }
        let digitsStart = index
        while index < limit, hex ? CodeUnitClass.isHexDigit(text[index]) : CodeUnitClass.isDigit(text[index]) { index += 1 }
        let digits = index - digitsStart
        guard digits > 0 else { return nil }
        if let maximumDigits, digits > (hex ? maximumDigits.1 : maximumDigits.0) { return nil }
        return index
    }

    /// A reference as CommonMark reads it at `start` (where `text` holds `&`): `&name;` with
    /// a name HTML5 defines, `&#` and 1-7 digits and `;`, `&#x` and 1-6 hex digits and `;`.
    static func markdown(in text: [UInt16], at start: Int, limit: Int) -> Reference? {
        guard start + 1 < limit, text[start] == 0x26 else { return nil }
        if text[start + 1] == 0x23 {
            guard let end = numericEnd(text, start, limit, maximumDigits: (7, 6)), end < limit, text[end] == 0x3B else { return nil }
            return Reference(end: end + 1, value: nil)
        }
        var index = start + 1
        while index < limit, index - start <= longestName, isAlphanumeric(text[index]) { index += 1 }
        guard index < limit, text[index] == 0x3B, index > start + 1,
            let value = lookup(text[(start + 1)...index])
        else { return nil }
        return Reference(end: index + 1, value: value)
    }

    /// A reference as HTML5 reads it in text at `start` (where `text` holds `&`): `&#` and
    /// digits, or `&#x` and hex digits, with an optional `;`; or the longest name HTML5
    /// defines that the text starts with (`&notit;` is `&not` and `it;`, since `not` is one of
    /// the legacy names that stand without `;`).
    static func html(in text: [UInt16], at start: Int, limit: Int) -> Reference? {
        guard start + 1 < limit, text[start] == 0x26 else { return nil }
        if text[start + 1] == 0x23 {
            guard var end = numericEnd(text, start, limit, maximumDigits: nil) else { return nil }
            if end < limit, text[end] == 0x3B { end += 1 }
            return Reference(end: end, value: nil)
        }
        var index = start + 1
        while index < limit, index - start <= longestName, isAlphanumeric(text[index]) { index += 1 }
        if index < limit, text[index] == 0x3B, let value = lookup(text[(start + 1)...index]) {
            return Reference(end: index + 1, value: value)
        }
        var end = index
        while end > start + 1 {
            if let value = lookup(text[(start + 1)..<end]) { return Reference(end: end, value: value) }
            end -= 1
        }
        return nil
    }
}

/// Classes of ASCII code units for the readers.
enum CodeUnitClass {
    @inline(__always) static func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
    @inline(__always) static func isHexDigit(_ unit: UInt16) -> Bool { isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x66) }
    @inline(__always) static func isASCIIAlphanumeric(_ unit: UInt16) -> Bool {
        isDigit(unit) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7A)
    }
    /// ASCII punctuation, what a backslash escapes in CommonMark.
    @inline(__always) static func isASCIIPunctuation(_ unit: UInt16) -> Bool {
        (0x21...0x2F).contains(unit) || (0x3A...0x40).contains(unit) || (0x5B...0x60).contains(unit) || (0x7B...0x7E).contains(unit)
    }
    /// Space or tab.
    @inline(__always) static func isBlank(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 }
    @inline(__always) static func isLineEnd(_ unit: UInt16) -> Bool { unit == 0x0A || unit == 0x0D }
    /// HTML's ASCII white space: space, tab, LF, FF, CR.
    @inline(__always) static func isHTMLSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0C || unit == 0x0D
    }
    /// A unit that can belong to a word: an ASCII letter or digit, or any non-ASCII unit.
    @inline(__always) static func isWordLike(_ unit: UInt16) -> Bool { unit >= 0x80 || isASCIIAlphanumeric(unit) }
}
