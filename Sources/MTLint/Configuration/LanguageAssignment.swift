import ICU
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Which language each input is linted in: `--lang` for every file; else the first
/// `language.paths` glob of the configuration that matches the file's path (relative to the
/// configuration's folder); else the configuration's default; else detection (nil).
public struct LanguageAssignment: Sendable {
    /// `--lang`: wins over everything.
    public var given: ICULocale?
    /// Why `given` is the language, as reports say it.
    public var givenReason = "given with --lang"
    /// From the configuration, in its order.
    public var paths: [(glob: Glob, locale: ICULocale)]
    public var configurationDefault: ICULocale?
    /// The configuration file as messages name it, for the reason reports show.
    public var configurationName: String
    /// The folder configuration globs are relative to.
    public var folder: String
    public var resolver: PathResolver

    /// Detect every language, unless `given`.
    public init(given: ICULocale? = nil) {
        self.init(
            given: given, paths: [], configurationDefault: nil, configurationName: ConfigurationFile.fileName,
            folder: "/", resolver: PathResolver(workingDirectory: "/"))
    }

    public init(
        given: ICULocale?, paths: [(glob: Glob, locale: ICULocale)], configurationDefault: ICULocale?,
        configurationName: String, folder: String, resolver: PathResolver
    ) {
        self.given = given
        self.paths = paths
        self.configurationDefault = configurationDefault
        self.configurationName = configurationName
        self.folder = folder
        self.resolver = resolver
    }

    /// The language for the input reported as `path`, or nil to detect it.
    public func choice(for path: String) -> LanguageChoice? {
        if let given { return LanguageChoice(locale: given, source: .given, reason: givenReason) }
        if !paths.isEmpty, let relative = resolver.relative(path, to: folder),
            let match = paths.first(where: { $0.glob.matches(relative) })
        {
            return LanguageChoice(
                locale: match.locale, source: .given,
                reason: "given in \(configurationName) for \(match.glob.pattern)")
        }
        if let configurationDefault {
            return LanguageChoice(locale: configurationDefault, source: .given, reason: "given in \(configurationName)")
        }
        return nil
    }
}
