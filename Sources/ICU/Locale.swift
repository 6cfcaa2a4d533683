import CICU

/// A locale as ICU understands it, made from a BCP 47 language tag (`it`, `pt-BR`, `zh-Hant`).
public struct ICULocale: Hashable, Sendable, CustomStringConvertible {
    /// The tag as the user gave it.
    public let languageTag: String
    /// ICU's locale ID (`pt_BR`), passed to every ICU call.
    public let identifier: String
    /// The language subtag (`pt`).
    public let language: String

    /// Fails when the tag is not well-formed BCP 47 or names no language.
    public init(languageTag tag: String) throws(ICUError) {
        if tag == "und" {
            self = .undetermined
            return
        }
        guard !tag.isEmpty, tag.utf8.allSatisfy({ $0 < 0x80 && $0 != 0 }) else {
            throw ICUError(code: 1, operation: "reading the language tag `\(tag)`")
        }
        var parsed: Int32 = 0
        let id = try icuASCII("reading the language tag `\(tag)`") { buffer, capacity, error in
            cicu_locale_for_language_tag(tag, buffer, capacity, &parsed, &error)
        }
        let language = try icuASCII("reading the language of `\(tag)`") { buffer, capacity, error in
            cicu_locale_language(id, buffer, capacity, &error)
        }
        guard Int(parsed) == tag.utf8.count, !language.isEmpty else {
            throw ICUError(code: 1, operation: "reading the language tag `\(tag)`")  // U_ILLEGAL_ARGUMENT_ERROR
        }
        self.languageTag = tag
        self.identifier = id
        self.language = language
    }

    /// The root locale: no language known. ICU's language-neutral data applies.
    public static let undetermined = ICULocale(tag: "und", identifier: "", language: "und")

    private init(tag: String, identifier: String, language: String) {
        self.languageTag = tag
        self.identifier = identifier
        self.language = language
    }

    public var description: String { languageTag }

    /// Every ISO 639 language code ICU knows (`aa`, `ab`, ... `zu`).
    public static var isoLanguageCodes: [String] {
        var codes: [String] = []
        var index: Int32 = 0
        while let code = cicu_iso_language(index) {
            codes.append(String(cString: code))
            index += 1
        }
        return codes
    }

    /// The name of this locale's language in `displayLocale` (ICU's uloc_getDisplayLanguage).
    /// In the locale's own language it is the endonym: `italiano`, `Deutsch`, `日本語`.
    public func displayLanguage(in displayLocale: ICULocale? = nil) -> String {
        let target = displayLocale?.identifier ?? identifier
        return
            (try? icuString("naming a language") { buffer, capacity, error in
                cicu_display_language(identifier, target, buffer, capacity, &error)
            }) ?? language
    }
}
