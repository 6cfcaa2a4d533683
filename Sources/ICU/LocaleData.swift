import CICU

/// A locale's quotation marks, from CLDR through ICU's ulocdata: Italian quotes with `«` `»`
/// and nests `“` `”` inside, German with `„` `“` and `‚` `‘`, English with `“` `”` and `‘` `’`.
public struct QuotationMarks: Equatable, Sendable {
    public let start: String
    public let end: String
    /// The marks of a quotation inside a quotation.
    public let alternateStart: String
    public let alternateEnd: String

    public init(locale: ICULocale) throws(ICUError) {
        func mark(_ which: Int32) throws(ICUError) -> String {
            try icuString("reading the quotation marks of `\(locale)`") { buffer, capacity, error in
                cicu_quotation_mark(locale.identifier, which, buffer, capacity, &error)
            }
        }
        start = try mark(0)
        end = try mark(1)
        alternateStart = try mark(2)
        alternateEnd = try mark(3)
    }
}

/// Names of currencies in a language, from CLDR through ICU's ucurr: the long name
/// (`dollaro statunitense`) and the name after a number of each plural category
/// (`1 dollaro statunitense`, `2 dollari statunitensi`).
public enum CurrencyNames {
    /// CLDR's plural categories. ICU gives a locale's `other` form for the ones it does not use.
    public static let pluralCategories = ["zero", "one", "two", "few", "many", "other"]

    /// The names of the currency `isoCode` (ISO 4217, `USD`) in `locale`, as CLDR writes them
    /// (case kept), long name first, each once. Empty when ICU has no name for the currency
    /// in that locale (it would give the code). Fails on a code that is not three ASCII letters.
    public static func names(of isoCode: String, locale: ICULocale) throws(ICUError) -> [String] {
        guard isoCode.utf8.count == 3, isoCode.utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }) else {
            throw ICUError(code: 1, operation: "reading the name of the currency `\(isoCode)`")  // U_ILLEGAL_ARGUMENT_ERROR
        }
        var names: [String] = []
        for category in [nil] + pluralCategories.map(Optional.some) {
            let name = try icuString("reading the name of `\(isoCode)` in `\(locale)`") { buffer, capacity, error in
                if let category {
                    return cicu_currency_name(isoCode, locale.identifier, category, buffer, capacity, &error)
                }
                return cicu_currency_name(isoCode, locale.identifier, nil, buffer, capacity, &error)
            }
            if !name.isEmpty, name.uppercased() != isoCode.uppercased(), !names.contains(name) { names.append(name) }
        }
        return names
    }
}

/// Long names of measure units, from CLDR's unit data through ICU's resource bundles (the
/// `units` table of the unit tree): `{0} chilometro`, `{0} chilometri` for `length/kilometer`
/// in Italian, and German's case forms (`{0} Kilometern`).
public enum UnitNames {
    /// The patterns of `unit` (CLDR's `type/name`: `length/kilometer`, `mass/pound`,
    /// `concentr/percent`, `duration/minute`) in `locale` and its parent locales, for every
    /// plural form and grammatical case, each once. Fails when ICU does not have the unit.
    public static func patterns(of unit: String, locale: ICULocale) throws(ICUError) -> [String] {
        let joined = try icuString(capacity: 256, "reading the names of the unit `\(unit)` in `\(locale)`") { buffer, capacity, error in
            cicu_unit_patterns(locale.identifier, unit, buffer, capacity, &error)
        }
        var patterns: [String] = []
        for pattern in joined.split(separator: "\u{0}") where !patterns.contains(String(pattern)) {
            patterns.append(String(pattern))
        }
        return patterns
    }

    /// The words of the patterns around the number, white space trimmed: `chilometro`,
    /// `chilometri`, each once. A pattern with words on both sides of the number is left out.
    public static func names(of unit: String, locale: ICULocale) throws(ICUError) -> [String] {
        var names: [String] = []
        for pattern in try patterns(of: unit, locale: locale) {
            guard let name = name(inPattern: pattern), !names.contains(name) else { continue }
            names.append(name)
        }
        return names
    }

    /// `chilometri` for `{0} chilometri`, `km` for `{0}km`; nil for a pattern with words on both
    /// sides of `{0}` or none.
    public static func name(inPattern pattern: String) -> String? {
        let scalars = Array(pattern.unicodeScalars)
        let placeholder = Array("{0}".unicodeScalars)
        var at: Int?
        if scalars.count >= placeholder.count {
            for index in 0...(scalars.count - placeholder.count) where Array(scalars[index..<(index + placeholder.count)]) == placeholder {
                at = index
                break
            }
        }
        guard let at else { return trimmed(scalars[...]) }
        let before = trimmed(scalars[..<at]), after = trimmed(scalars[(at + placeholder.count)...])
        switch (before, after) {
        case (nil, let word?), (let word?, nil): return word
        default: return nil
        }
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return nil }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[first...last])
        return text
    }
}
