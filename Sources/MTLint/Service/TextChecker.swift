import Foundation
import ICU
import MTLintCore
import MTLintDocuments
import MTLintRules
import MTLintText

/// Checks texts that a service is handed (`mtlint serve`, `lsp`, `mcp`) with the service's
/// own settings: its configuration, its glossaries, its command line. A request chooses only
/// the language, the rules among those that exist, and the level; it never names a file.
/// One checker lives as long as the service, so ICU's break iterators, the glossary and the
/// rules' language data stay warm between requests. Safe to share between threads.
public final class TextChecker: Sendable {
    /// What one request may choose.
    public struct Options: Sendable {
        /// The language; nil for the service's (its `--lang` or configuration), else detection.
        public var language: ICULocale?
        /// The rules that run and their severities; nil for the service's.
        public var rules: RuleSettings?
        /// The level; nil for the service's.
        public var level: ReportLevel?
        /// The name the report gives the text; configuration globs (`language.paths`) match it.
        public var path: String
        /// The text's source, when the text is a translation: aligned with it sentence by
        /// sentence so that the `source/*` rules run (SentenceAligner). Nil for none.
        public var source: String?
        /// The source's language; nil to detect it.
        public var sourceLanguage: ICULocale?
        /// The name reports give the source in `related` places.
        public var sourcePath = "<source>"
        /// How the text is read: plain text for a service's request; an editor's file by its
        /// extension (Markdown, HTML, PO ...), so that a code block or a msgid is not linted.
        public var format: InputFormat

        public init(
            language: ICULocale? = nil, rules: RuleSettings? = nil, level: ReportLevel? = nil, path: String = "<text>",
            source: String? = nil, sourceLanguage: ICULocale? = nil, format: InputFormat = .text
        ) {
            self.format = format
            self.language = language
            self.rules = rules
            self.level = level
            self.path = path
            self.source = source
            self.sourceLanguage = sourceLanguage
        }
    }

    /// What a check found, with what a protocol needs beside the report.
    public struct Result: Sendable {
        public let report: FileReport
        public let document: Document
        /// ICU's sentences of the text (UTF-16 ranges), for LanguageTool's `sentence`.
        public let sentences: [Range<Int>]
    }

    public let settings: LintSettings
    public let glossary: Glossary
    /// Analyzers not in use: one per thread at a time, kept for the next request.
    private let idle = Lock<[PooledAnalyzer]>([])

    public init(settings: LintSettings = LintSettings(), glossary: Glossary = .builtIn) {
        self.settings = settings
        self.glossary = glossary
    }

    /// The rules that run when a request does not choose.
    public var defaultRules: RuleSettings { settings.rules }

    /// Lints `text`. A text mtlint cannot read (over TextDecoder's limit) or analyze (ICU
    /// failing) throws an error that says why.
    public func check(_ text: String, options: Options = Options()) throws(TextCheckError) -> Result {
        let document: Document
        do {
            let source = try options.source.map { source throws(DecodingError) in
                try PairedSource(
                    path: options.sourcePath, bytes: Self.checkableBytes(source), language: options.sourceLanguage?.languageTag)
            }
            document = try Document(path: options.path, bytes: Self.checkableBytes(text), format: options.format, source: source)
        } catch {
            throw TextCheckError(description: error.description)
        }
        let rules = options.rules ?? settings.rules
        let enabled = Set(rules.enabled)
        var languages = settings.languages
        if let language = options.language {
            languages.given = language
            languages.givenReason = "given in the request"
        }
        var linter = Linter(
            rules: RuleRegistry.all.filter { enabled.contains($0.metadata.id) }.map { $0.init() },
            languages: languages, severities: rules.severities, glossary: glossary)
        linter.level = options.level ?? settings.level
        // The protocols answer with ranges and messages; no one reads a source excerpt.
        linter.makesExcerpts = false
        let analyzer = idle.withLock { $0.popLast() } ?? PooledAnalyzer()
        defer { idle.withLock { $0.append(analyzer) } }
        let analysis: Analysis
        do { analysis = try linter.analyze(document, using: analyzer.analyzer) } catch {
            throw TextCheckError(description: "\(error)")
        }
        return Result(report: linter.report(for: analysis), document: document, sentences: analysis.sentences)
    }

    /// The UTF-8 bytes of a text handed over by a client, with the two characters a file
    /// could not hold the same way replaced by a space, one UTF-16 code unit for one, so that
    /// every offset stays the client's: NUL (a file with it is binary) and a leading U+FEFF
    /// (which in a file is a byte-order mark, not text).
    static func checkableBytes(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.replaceSubrange(0..<3, with: [0x20]) }
        for index in bytes.indices where bytes[index] == 0 { bytes[index] = 0x20 }
        return bytes
    }

    /// Lints a short text in each language mtlint knows, so that the first requests find the
    /// language data (profiles, dictionaries, figure vocabularies) loaded. Takes a few
    /// hundred milliseconds; a service runs it on another thread after it starts listening.
    public func warmUp() {
        for profile in LanguageProfile.all {
            guard let locale = try? ICULocale(languageTag: profile.code) else { continue }
            _ = try? check("Warm up 10 Cento milioni.", options: Options(language: locale))
        }
    }

    /// Reads the service's settings as `mtlint check` does: the configuration (the nearest
    /// `.mtlint.yml` from `folder`, a given file, or none), the command line's choices, and
    /// the glossaries. Errors are one line, for the command line to print (exit code 2).
    public static func load(
        configuration: Check.ConfigurationChoice, commandLine: LintSettings.CommandLine = .init(),
        glossaryFiles: [String] = [], usesDefaultGlossary: Bool = true,
        resolver: PathResolver = PathResolver()
    ) throws(ServiceSetupError) -> TextChecker {
        let settings: LintSettings
        do {
            settings = try Check.resolveSettings(configuration, commandLine: commandLine, resolver: resolver).settings
        } catch {
            throw ServiceSetupError(description: "\(error)")
        }
        switch Check.loadGlossaries(settings.glossaryFiles + glossaryFiles) {
        case .success(let user):
            return TextChecker(settings: settings, glossary: Check.glossary(user: user, usesDefault: usesDefaultGlossary))
        case .failure(let error):
            throw ServiceSetupError(description: "glossary \(error)")
        }
    }
}

/// A text could not be checked: too large to read, or ICU failed on it.
public struct TextCheckError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// A service could not start: its configuration or a glossary is wrong.
public struct ServiceSetupError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// An Analyzer handed between threads by the checker's pool: it is used by one request at a
/// time (taken out of the pool under its lock, put back when the request is done).
private final class PooledAnalyzer: @unchecked Sendable {
    let analyzer = Analyzer()
}
