import Foundation
import ICU

/// A language's wording of values, for messages and suggestions: `1 miliardo` (ICU's
/// compact-long patterns), `1.000.000.000` (its decimal pattern). Opens an ICU formatter per
/// call, which is cheap next to how rarely a diagnostic needs one, and keeps rules pure.
public struct NumberFormatting: Sendable {
    public let locale: ICULocale
    public let decimalSeparator: String
    public let groupingSeparator: String
    /// True when the language writes scale words with a capital (German `Millionen`), as ICU's
    /// compact-long patterns show: then a capitalised word after a number is no sign of a name.
    public let capitalizesNouns: Bool

    /// The language's own wording with a scale word (`1 miliardo`, `2,5 mil millones`, `60 mila`).
    public func compact(_ value: Decimal) -> String {
        format(value, skeleton: "compact-long precision-unlimited")
    }

    /// Full digits with the language's separators (`1.000.000.000`).
    public func plain(_ value: Decimal) -> String {
        format(value, skeleton: "")
    }

    /// Three significant digits (`0,000138`), for rates in messages.
    public func significant(_ value: Decimal) -> String {
        format(value, skeleton: "@@@")
    }

    private func format(_ value: Decimal, skeleton: String) -> String {
        guard let formatter = try? SkeletonNumberFormatter(skeleton: skeleton, locale: locale),
              let text = try? formatter.format(decimal: value.asciiDescription) else { return value.asciiDescription }
        return text
    }
}
