import CICU

/// A Unicode script (ICU's UScriptCode), e.g. Latin, Cyrillic, Han.
public struct Script: Hashable, Sendable, CustomStringConvertible {
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The script of a code point; `.common` for digits and punctuation shared by scripts,
    /// `.inherited` for combining marks that take the script of their base.
    public init(of scalar: Unicode.Scalar) {
        let code = cicu_script_of(Int32(bitPattern: scalar.value))
        self.code = code < 0 ? Script.unknown.code : code
    }

    /// The ISO 15924 code, e.g. `Latn`.
    public var shortName: String { String(cString: cicu_script_short_name(code)) }
    /// The Unicode name, e.g. `Latin`, `Cyrillic`, `Han`.
    public var name: String { String(cString: cicu_script_name(code)) }
    public var description: String { name }

    // UScriptCode values (uscript.h); stable across ICU versions.
    public static let common = Script(code: 0)
    public static let inherited = Script(code: 1)
    public static let arabic = Script(code: 2)
    public static let armenian = Script(code: 3)
    public static let bopomofo = Script(code: 5)
    public static let cyrillic = Script(code: 8)
    public static let devanagari = Script(code: 10)
    public static let georgian = Script(code: 12)
    public static let greek = Script(code: 14)
    public static let han = Script(code: 17)
    public static let hangul = Script(code: 18)
    public static let hebrew = Script(code: 19)
    public static let hiragana = Script(code: 20)
    public static let katakana = Script(code: 22)
    public static let latin = Script(code: 25)
    public static let thai = Script(code: 38)
    public static let unknown = Script(code: 199)

    /// The scripts `locale` is written in, main one first (ICU's uscript_getCode):
    /// `it` -> Latin; `ja` -> Katakana, Hiragana, Han; `und` -> none.
    public static func scripts(of locale: ICULocale) -> [Script] {
        guard locale != .undetermined else { return [] }
        var codes = [Int32](repeating: 0, count: 8)
        var error: Int32 = 0
        let count = cicu_locale_scripts(locale.language, &codes, Int32(codes.count), &error)
        guard error <= 0 else { return [] }
        return codes.prefix(Int(count)).map(Script.init(code:))
    }

    /// True for scripts that carry no identity of their own (digits, punctuation, marks).
    public var isShared: Bool { self == .common || self == .inherited || self == .unknown }
}

/// Character properties that Swift's standard library does not offer.
public enum CharacterProperties {
    /// Unicode's East Asian Width of a code point.
    public enum EastAsianWidth: Int32, Sendable {
        case neutral = 0, ambiguous = 1, halfwidth = 2, fullwidth = 3, narrow = 4, wide = 5
    }

    public static func eastAsianWidth(_ scalar: Unicode.Scalar) -> EastAsianWidth {
        EastAsianWidth(rawValue: cicu_east_asian_width(Int32(bitPattern: scalar.value))) ?? .neutral
    }

    /// The numeric value ICU knows for a character (`七` = 7, `億` = 100000000), or nil.
    public static func numericValue(_ scalar: Unicode.Scalar) -> Double? {
        let value = cicu_numeric_value(Int32(bitPattern: scalar.value))
        return value == -123456789 ? nil : value
    }
}
