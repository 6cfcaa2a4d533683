import Foundation
import ICU
import MTLintText

/// A language's wording of values, for messages and suggestions: `1 miliardo` (ICU's
/// compact-long patterns), `1.000.000.000` (its decimal pattern).
public struct NumberFormatting: Sendable {
    public let locale: ICULocale
    public let decimalSeparator: String
    public let groupingSeparator: String
    /// True when the language writes scale words with a capital (German `Millionen`), as ICU's
    /// compact-long patterns show: then a capitalised word after a number is no sign of a name.
    public let capitalizesNouns: Bool
    /// The ICU formatters, shared by the analyses of one analyzer and language.
    var formatters = Formatters()

    /// ICU formatters by skeleton, opened on first use and kept: opening one per finding
    /// showed in profiles (docs/performance.md). An analyzer serves one thread at a time, so the
    /// lock is never contended; it makes sharing safe all the same.
    final class Formatters: Sendable {
        private let opened = Lock<[String: SkeletonNumberFormatter]>([:])

        func format(_ decimal: String, skeleton: String, locale: ICULocale) -> String? {
            opened.withLock { opened in
                if opened[skeleton] == nil { opened[skeleton] = try? SkeletonNumberFormatter(skeleton: skeleton, locale: locale) }
                return try? opened[skeleton]?.format(decimal: decimal)
            }
        }
    }

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
        formatters.format(value.asciiDescription, skeleton: skeleton, locale: locale) ?? value.asciiDescription
    }
}
