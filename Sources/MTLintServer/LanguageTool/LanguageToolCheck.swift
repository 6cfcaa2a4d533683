import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// A `/v2/check` request of LanguageTool's HTTP API, read from its form or query fields.
/// Fields mtlint has no use for (`motherTongue`, `preferredVariants`, `username`, `apiKey`,
/// `mode`, ...) are accepted and ignored, as LanguageTool ignores what it does not know, so
/// that its clients work unchanged.
public struct LanguageToolRequest: Sendable {
    /// The text, or the annotated text of `data`, as parts.
    public var text: AnnotatedText
    /// nil for `auto`: the server's language, else detection.
    public var language: ICULocale?
    public var enabledRules: [String] = []
    public var disabledRules: [String] = []
    public var enabledCategories: [String] = []
    public var disabledCategories: [String] = []
    public var enabledOnly = false
    public var level: ReportLevel?

    /// Reads the fields; a missing text or a language that is not one is a client error,
    /// with a message for the client.
    public init(fields: [String: String]) throws(LanguageToolRequestError) {
        if let data = fields["data"] {
            do { text = try AnnotatedText(json: data) } catch { throw LanguageToolRequestError(error.description) }
        } else if let plain = fields["text"] {
            text = AnnotatedText(parts: [.text(plain)])
        } else {
            throw LanguageToolRequestError("missing `text` or `data` parameter")
        }
        guard let code = fields["language"], !code.isEmpty else {
            throw LanguageToolRequestError("missing `language` parameter: give a code such as `it` or `auto`")
        }
        if code.lowercased() != "auto" {
            do { language = try LanguageTag.locale(for: code) } catch { throw LanguageToolRequestError("`language`: \(error)") }
        }
        func list(_ name: String) -> [String] {
            (fields[name] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        enabledRules = list("enabledRules")
        disabledRules = list("disabledRules")
        enabledCategories = list("enabledCategories")
        disabledCategories = list("disabledCategories")
        enabledOnly = fields["enabledOnly"]?.lowercased() == "true"
        if enabledOnly, enabledRules.isEmpty, enabledCategories.isEmpty {
            throw LanguageToolRequestError("`enabledOnly` needs `enabledRules` or `enabledCategories`")
        }
        switch fields["level"]?.lowercased() {
        case nil, "", "default": level = nil
        case "picky": level = .picky
        case let other?: throw LanguageToolRequestError("`level` is `default` or `picky`, not `\(other)`")
        }
    }

    /// The rules that run: the server's, with the request's rules and categories enabled or
    /// disabled (`enabledOnly`: only those it enables). Ids and categories mtlint does not
    /// have are ignored, as LanguageTool does (clients send their own rule ids).
    public func rules(from server: RuleSettings) -> RuleSettings {
        let all = RuleRegistry.all.map { $0.metadata }
        func named(_ ids: [String]) -> Set<String> { Set(ids) }
        func inCategories(_ categories: [String]) -> Set<String> {
            let wanted = Set(categories.map { $0.uppercased() })
            return Set(all.filter { wanted.contains(LanguageToolMatch.categoryID($0.category)) }.map(\.id))
        }
        let enabled = named(enabledRules).union(inCategories(enabledCategories))
        let disabled = named(disabledRules).union(inCategories(disabledCategories))
        var ids = enabledOnly ? [] : Set(server.enabled)
        ids.formUnion(enabled)
        ids.subtract(disabled)
        return RuleSettings(enabled: all.map(\.id).filter(ids.contains), severities: server.severities)
    }
}

public struct LanguageToolRequestError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// The answer to `/v2/check`, as LanguageTool writes it and its clients read it.
public struct LanguageToolResponse: Codable, Sendable, Equatable {
    public struct Software: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
        public var buildDate: String
        public var apiVersion: Int
        public var premium: Bool
        public var status: String

        public static let mtlint = Software(
            name: ToolInfo.name, version: ToolInfo.version, buildDate: "", apiVersion: 1, premium: false, status: "")
    }

    public struct Warnings: Codable, Sendable, Equatable {
        public var incompleteResults: Bool
    }

    public struct DetectedLanguage: Codable, Sendable, Equatable {
        public var name: String
        public var code: String
        public var confidence: Double
        public var source: String
    }

    public struct Language: Codable, Sendable, Equatable {
        public var name: String
        public var code: String
        public var detectedLanguage: DetectedLanguage
    }

    public var software: Software
    public var warnings: Warnings
    public var language: Language
    public var matches: [LanguageToolMatch]

    /// The answer for a check of `request`, whose plain text gave `result`.
    public init(request: LanguageToolRequest, result: TextChecker.Result) {
        software = .mtlint
        warnings = Warnings(incompleteResults: false)
        let choice = result.report.language
        let name = LanguageToolLanguages.name(of: choice.locale)
        let detected = DetectedLanguage(
            name: name, code: choice.tag,
            confidence: choice.source == .undetermined ? 0 : 1,
            source: choice.source == .detected ? "mtlint" : choice.source.rawValue)
        language = Language(name: name, code: choice.tag, detectedLanguage: detected)
        let map = request.text.offsetMap
        let original = Array(request.text.originalText.utf16)
        matches = result.report.diagnostics.map { LanguageToolMatch($0, result: result, map: map, original: original) }
    }
}

/// One match: a finding, with its place in the client's text in UTF-16 code units.
public struct LanguageToolMatch: Codable, Sendable, Equatable {
    public struct Replacement: Codable, Sendable, Equatable {
        public var value: String
    }

    public struct Context: Codable, Sendable, Equatable {
        public var text: String
        public var offset: Int
        public var length: Int
    }

    public struct Category: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
    }

    public struct URL: Codable, Sendable, Equatable {
        public var value: String
    }

    public struct Rule: Codable, Sendable, Equatable {
        public var id: String
        public var description: String
        public var issueType: String
        public var category: Category
        public var urls: [URL]
    }

    public struct MatchType: Codable, Sendable, Equatable {
        public var typeName: String
    }

    public var message: String
    public var shortMessage: String
    public var replacements: [Replacement]
    public var offset: Int
    public var length: Int
    public var context: Context
    public var sentence: String
    public var type: MatchType
    public var rule: Rule
    public var ignoreForIncompleteSentence: Bool
    public var contextForSureMatch: Int

    /// UTF-16 code units of context on each side of a match, as LanguageTool's default.
    public static let contextSize = 40

    init(_ located: LocatedDiagnostic, result: TextChecker.Result, map: OffsetMap, original: [UInt16]) {
        let diagnostic = located.diagnostic
        let metadata = RuleRegistry.all.first { $0.metadata.id == diagnostic.ruleID }?.metadata
        let range = map.original(diagnostic.range)
        message = diagnostic.message
        shortMessage = metadata?.summary ?? ""
        replacements = diagnostic.suggestions.map(Replacement.init)
        offset = range.lowerBound
        length = range.count
        context = Self.context(of: range, in: original)
        let text = result.document.text
        let sentenceRange = result.sentences.first { $0.contains(diagnostic.range.lowerBound) } ?? diagnostic.range
        sentence = String(decoding: text[sentenceRange], as: UTF16.self).trimmingCharacters(in: .whitespacesAndNewlines)
        type = MatchType(typeName: "Other")
        rule = Rule(
            id: diagnostic.ruleID, description: metadata?.summary ?? diagnostic.ruleID,
            issueType: Self.issueType(ruleID: diagnostic.ruleID, category: diagnostic.category),
            category: Category(id: Self.categoryID(diagnostic.category), name: Self.categoryName(diagnostic.category)),
            urls: [URL(value: ToolInfo.rulesDocumentationURL + "#" + RuleDocumentation.anchor(diagnostic.ruleID))])
        ignoreForIncompleteSentence = false
        contextForSureMatch = 0
    }

    /// The text around `range` (at most `contextSize` code units each side, `...` where it
    /// was cut, line ends as spaces) and where the match stands in it.
    static func context(of range: Range<Int>, in text: [UInt16]) -> Context {
        var start = max(0, range.lowerBound - contextSize)
        var end = min(text.count, range.upperBound + contextSize)
        // Never cut a surrogate pair.
        if start > 0, UTF16.isTrailSurrogate(text[start]) { start -= 1 }
        if end < text.count, end > 0, UTF16.isLeadSurrogate(text[end - 1]) { end += 1 }
        let prefix = start > 0 ? "..." : ""
        let suffix = end < text.count ? "..." : ""
        let body = text[start..<end].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
        return Context(
            text: prefix + String(decoding: body, as: UTF16.self) + suffix,
            offset: prefix.utf16.count + (range.lowerBound - start), length: range.count)
    }

    /// LanguageTool's category ids are upper case: mtlint's MQM categories, `ACCURACY`,
    /// `FLUENCY`, `TERMINOLOGY`, `LOCALE_CONVENTION`, `STYLE`.
    public static func categoryID(_ category: RuleCategory) -> String {
        category.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    static func categoryName(_ category: RuleCategory) -> String {
        switch category {
        case .accuracy: "Accuracy"
        case .fluency: "Fluency"
        case .terminology: "Terminology"
        case .localeConvention: "Locale convention"
        case .style: "Style"
        }
    }

    /// The issue type (the W3C ITS 2.0 localization quality issue types that LanguageTool
    /// uses), by rule, else by category.
    public static func issueType(ruleID: String, category: RuleCategory) -> String {
        switch ruleID {
        case "figure/inconsistent-style", "name/variant", "term/inconsistent": return "inconsistency"
        case "name/glossary", "name/given-name-alone": return "terminology"
        case "text/untranslated", "figure/cjk-numeral": return "untranslated"
        case "text/repeated-word": return "duplication"
        case "text/spacing", "text/quote-spacing", "text/missing-space": return "whitespace"
        case "text/encoding-damage", "text/mixed-script": return "characters"
        case "text/capital-mid-sentence", "text/lost-capitals", "text/broken-hyphen", "text/unbalanced-pair": return "typographical"
        case "text/broken-sentence": return "grammar"
        case "text/language-menu", "text/page-furniture": return "addition"
        default: break
        }
        if ruleID.hasPrefix("figure/") { return "numbers" }
        switch category {
        case .accuracy: return "mistranslation"
        case .fluency: return "grammar"
        case .terminology: return "terminology"
        case .localeConvention: return "locale-violation"
        case .style: return "style"
        }
    }
}

/// `/v2/languages`: the languages mtlint has profiles for, as LanguageTool lists them.
public enum LanguageToolLanguages {
    public struct Entry: Codable, Sendable, Equatable {
        public var name: String
        public var code: String
        public var longCode: String
    }

    /// Each language with its usual regional long code (`it-IT`, `pt-PT`, `en-US` ...).
    public static var all: [Entry] {
        let regions = ["it": "it-IT", "fr": "fr-FR", "es": "es-ES", "pt": "pt-PT", "de": "de-DE", "en": "en-US"]
        var entries: [Entry] = []
        for profile in LanguageProfile.all {
            guard let locale = try? ICULocale(languageTag: profile.code) else { continue }
            entries.append(Entry(name: name(of: locale), code: profile.code, longCode: regions[profile.code] ?? profile.code))
        }
        return entries
    }

    /// The language's English name, as LanguageTool names it (`Italian`).
    static func name(of locale: ICULocale) -> String {
        guard locale != .undetermined, let english = try? ICULocale(languageTag: "en") else { return "Undetermined" }
        let name = locale.displayLanguage(in: english)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
