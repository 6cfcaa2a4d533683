import ICU
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Reads a language the user gave (`--lang`, `language:` in .mtlint.yml) as an ICU locale, and
/// refuses what ICU would silently accept as a language it does not know (`qq`, `italian`).
/// One place, so that the flag and the configuration file accept the same tags.
public enum LanguageTag {
    public static let hint = "use a BCP 47 language tag such as it, fr, es, de, pt, en or pt-BR"

    /// The locale of `tag`; the error's description says what is wrong and how to write it.
    public static func locale(for tag: String) throws(LanguageTagError) -> ICULocale {
        guard let locale = try? ICULocale(languageTag: tag) else {
            throw LanguageTagError(description: "`\(tag)` is not a language tag; \(hint)")
        }
        let known =
            (2...3).contains(locale.language.count)
            && ICULocale.undetermined != locale
            && (try? ICULocale(languageTag: locale.language))?.displayLanguage(in: english) != locale.language
        guard known else {
            throw LanguageTagError(description: "ICU knows no language `\(locale.language)`; \(hint)")
        }
        return locale
    }

    private static var english: ICULocale? { try? ICULocale(languageTag: "en") }
}

public struct LanguageTagError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}
