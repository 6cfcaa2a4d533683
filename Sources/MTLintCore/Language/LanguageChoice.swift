import ICU
import MTLintText

/// The language a document is linted in, and how mtlint came to it; reports show both.
public struct LanguageChoice: Sendable {
    public enum Source: String, Sendable, Codable {
        /// Given by the user (`--lang`).
        case given
        /// Found by the detector in the document's text.
        case detected
        /// Neither given nor detectable; language-neutral checks only.
        case undetermined
    }

    public let locale: ICULocale
    /// mtlint's own word lists for the language, when it has them.
    public let profile: LanguageProfile?
    public let source: Source
    /// A short sentence for people: `given with --lang`, `detected: 58 of 412 words are Italian function words`.
    public let reason: String

    public init(locale: ICULocale, source: Source, reason: String) {
        self.locale = locale
        self.profile = LanguageProfile.named(locale.language)
        self.source = source
        self.reason = reason
    }

    /// The language the user named.
    public static func given(_ locale: ICULocale) -> LanguageChoice {
        LanguageChoice(locale: locale, source: .given, reason: "given with --lang")
    }

    /// The BCP 47 tag reports show (`it`, `pt-BR`, `und`).
    public var tag: String { locale.languageTag }
}
