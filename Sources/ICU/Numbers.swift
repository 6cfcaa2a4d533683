import CICU

/// The number symbols of a locale's default numbering system, from ICU's locale data:
/// Italian writes `1.234,5`, English `1,234.5`, French `1 234,5` with a narrow no-break space.
public struct NumberSymbols: Equatable, Sendable {
    public let decimalSeparator: String
    public let groupingSeparator: String
    public let percentSign: String
    public let perMilleSign: String
    public let minusSign: String
    public let plusSign: String

    public init(locale: ICULocale) throws(ICUError) {
        func symbol(_ which: Int32) throws(ICUError) -> String {
            try icuString("reading the number symbols of `\(locale)`") { buffer, capacity, error in
                cicu_number_symbol(locale.identifier, which, buffer, capacity, &error)
            }
        }
        decimalSeparator = try symbol(0)
        groupingSeparator = try symbol(1)
        percentSign = try symbol(2)
        perMilleSign = try symbol(3)
        minusSign = try symbol(4)
        plusSign = try symbol(5)
    }
}

/// ICU's rule-based spell-out of numbers (`cento milioni` <-> 100000000). A lenient parser
/// accepts case and spacing differences, as they are in real text, and reads compounds
/// (`ventitré`), but builds a collator on its first parse, which is slow; a strict one reads
/// only the simplest spellings (of `ventitré` only `venti`), without that cost.
/// Not safe to share between threads.
public final class NumberSpellout {
    public let locale: ICULocale
    public let isLenient: Bool
    private let handle: OpaquePointer

    public init(locale: ICULocale, lenient: Bool = true) throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_spellout_open(locale.identifier, lenient ? 1 : 0, &error)
        try ICUError.check(error, "opening the spell-out rules of `\(locale)`")
        guard let handle else { throw ICUError(code: 7, operation: "opening the spell-out rules") }
        self.locale = locale
        self.isLenient = lenient
        self.handle = handle
    }

    deinit { cicu_spellout_close(handle) }

    /// The longest spelled-out number at the start of `text`, and how many UTF-16 code units it
    /// took; nil when `text` does not start with one.
    public func parsePrefix(of text: UnsafeBufferPointer<UInt16>) -> (value: Double, length: Int)? {
        guard let base = text.baseAddress, text.count > 0 else { return nil }
        var consumed: Int32 = 0
        var error: Int32 = 0
        let value = cicu_spellout_parse(handle, base, Int32(text.count), &consumed, &error)
        guard error <= 0, consumed > 0 else { return nil }
        return (value, Int(consumed))
    }

    /// The longest spelled-out number at the start of `text`.
    public func parsePrefix(of text: String) -> (value: Double, length: Int)? {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { parsePrefix(of: $0) }
    }

    /// `value` in words (`1000000` -> `un milione`).
    public func format(_ value: Double) throws(ICUError) -> String {
        try icuString("spelling out a number") { buffer, capacity, error in
            cicu_spellout_format(handle, value, buffer, capacity, &error)
        }
    }
}

/// An ICU number formatter built from a skeleton such as `compact-long`
/// (1e9 -> `1 miliardo` in Italian, `1 Milliarde` in German). Not safe to share between threads.
public final class SkeletonNumberFormatter {
    public let skeleton: String
    public let locale: ICULocale
    private let handle: OpaquePointer

    public init(skeleton: String, locale: ICULocale) throws(ICUError) {
        var error: Int32 = 0
        let units = Array(skeleton.utf16)
        let handle = cicu_number_formatter_open(units, Int32(units.count), locale.identifier, &error)
        try ICUError.check(error, "opening the number skeleton `\(skeleton)` for `\(locale)`")
        guard let handle else { throw ICUError(code: 7, operation: "opening a number formatter") }
        self.skeleton = skeleton
        self.locale = locale
        self.handle = handle
    }

    deinit { cicu_number_formatter_close(handle) }

    /// Formats a decimal number written in ASCII (`"1e9"`, `"-0.25"`, `"13000000000"`) exactly,
    /// without going through binary floating point.
    public func format(decimal: String) throws(ICUError) -> String {
        try icuString("formatting \(decimal) with `\(skeleton)`") { buffer, capacity, error in
            cicu_number_formatter_format_decimal(handle, decimal, buffer, capacity, &error)
        }
    }
}
