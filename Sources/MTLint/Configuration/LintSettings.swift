import Foundation
import ICU
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// The lowest severity that fails a run (exit code 1), or `never`.
public enum FailOn: String, Sendable, CaseIterable {
    case error, warning, info, never

    public var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}

/// Everything a run needs to know, resolved from `.mtlint.yml` and the command line (which
/// wins) in one place, `resolve`, where the defaults are applied and every value is checked.
public struct LintSettings: Sendable {
    /// The configuration file used, as messages name it; nil when there is none.
    public var configurationFile: String?
    public var rules = RuleSettings()
    public var languages = LanguageAssignment()
    /// How each input is read: plain text, Markdown or HTML.
    public var formats = FormatAssignment()
    /// `include` and `exclude`; nil when the configuration has neither.
    public var pathFilter: PathFilter?
    /// `glossary` files, absolute paths, each checked to exist. Read by the glossary engine.
    public var glossaryFiles: [String] = []
    public var failOn: FailOn = .error
    /// `standard`, or `picky` to report typographic conventions too.
    public var level: ReportLevel = .standard
    /// Files whose quality score is below this fail the run.
    public var minScore: Double?
    /// The baseline to subtract from the findings (absolute path), if any.
    public var baselineFile: String?

    /// No configuration, no flags: every rule at its default severity, languages detected.
    public init() {}

    /// What the command line says; nil and empty mean "not given", so the configuration applies.
    public struct CommandLine: Sendable {
        public var language: ICULocale?
        /// `--input-format`: every input read so.
        public var inputFormat: InputFormat?
        public var failOn: FailOn?
        public var level: ReportLevel?
        public var minScore: Double?
        public var baseline: String?
        public var enable: [RuleReference] = []
        public var disable: [RuleReference] = []
        /// With `--write-baseline` a missing `baseline` file is not an error: it is being made.
        public var writingBaseline = false
        /// `--source-lang` and `--columns`, for bilingual files (the target language is `language`).
        public var readOptions = ReadOptions()

        public init(
            language: ICULocale? = nil, inputFormat: InputFormat? = nil, failOn: FailOn? = nil, level: ReportLevel? = nil,
            minScore: Double? = nil, baseline: String? = nil,
            enable: [RuleReference] = [], disable: [RuleReference] = [], writingBaseline: Bool = false
        ) {
            self.language = language
            self.inputFormat = inputFormat
            self.failOn = failOn
            self.level = level
            self.minScore = minScore
            self.baseline = baseline
            self.enable = enable
            self.disable = disable
            self.writingBaseline = writingBaseline
        }
    }

    /// Checks `file` and combines it with `commandLine`. Every error names the file and the line.
    public static func resolve(
        file: ConfigurationFile?, commandLine: CommandLine = CommandLine(),
        resolver: PathResolver = PathResolver()
    ) throws(ConfigurationError) -> LintSettings {
        var settings = LintSettings()
        let given = file != nil
        let file = file ?? ConfigurationFile(displayPath: ConfigurationFile.fileName, folder: resolver.workingDirectory)
        let name = file.displayPath
        func fail(_ line: Int, _ message: String) -> ConfigurationError {
            ConfigurationError(file: name, line: line, message: message)
        }
        func inFolder(_ path: String) -> String { resolver.absolute(path.hasPrefix("/") ? path : file.folder + "/" + path) }

        if let version = file.version, version.value != ConfigurationFile.currentVersion {
            throw fail(
                version.line, "version \(version.value) is not one this mtlint reads; write `version: \(ConfigurationFile.currentVersion)`")
        }

        // Languages.
        var paths: [(glob: Glob, locale: ICULocale)] = []
        var configurationDefault: ICULocale?
        if let language = file.language {
            if let tag = language.defaultTag {
                do { configurationDefault = try LanguageTag.locale(for: tag.value) } catch { throw fail(tag.line, "language: \(error)") }
            }
            for (glob, tag) in language.paths {
                let pattern: Glob
                do { pattern = try Glob(glob.value) } catch { throw fail(glob.line, "language.paths: \(error)") }
                do { paths.append((pattern, try LanguageTag.locale(for: tag.value))) } catch {
                    throw fail(tag.line, "language for `\(glob.value)`: \(error)")
                }
            }
        }
        settings.languages = LanguageAssignment(
            given: commandLine.language, paths: paths, configurationDefault: configurationDefault,
            configurationName: name, folder: file.folder, resolver: resolver)

        // Input formats.
        func format(_ entry: Located<String>, _ key: String) throws(ConfigurationError) -> InputFormat {
            guard let value = InputFormat(rawValue: entry.value) else {
                throw fail(
                    entry.line, "\(key) `\(entry.value)`: " + NearestWords.hint(for: entry.value, in: InputFormat.allCases.map(\.rawValue)))
            }
            return value
        }
        var formatPaths: [(glob: Glob, format: InputFormat)] = []
        var defaultFormat: InputFormat?
        if let section = file.inputFormat {
            if let entry = section.defaultFormat { defaultFormat = try format(entry, "input-format") }
            for (glob, entry) in section.paths {
                let pattern: Glob
                do { pattern = try Glob(glob.value) } catch { throw fail(glob.line, "input-format.paths: \(error)") }
                formatPaths.append((pattern, try format(entry, "input-format for `\(glob.value)`")))
            }
        }
        settings.formats = FormatAssignment(
            given: commandLine.inputFormat, paths: formatPaths, configurationDefault: defaultFormat,
            folder: file.folder, resolver: resolver)
        settings.formats.options = commandLine.readOptions
        if settings.formats.options.targetLanguage == nil { settings.formats.options.targetLanguage = commandLine.language?.languageTag }

        // Files.
        func globs(_ entries: [Located<String>]?, _ key: String) throws(ConfigurationError) -> [Glob] {
            var result: [Glob] = []
            for entry in entries ?? [] {
                do { result.append(try Glob(entry.value)) } catch { throw fail(entry.line, "\(key): \(error)") }
            }
            return result
        }
        let include = try globs(file.include, "include"), exclude = try globs(file.exclude, "exclude")
        if !include.isEmpty || !exclude.isEmpty {
            settings.pathFilter = PathFilter(include: include, exclude: exclude, folder: file.folder, resolver: resolver)
        }

        // Rules.
        var layer = RuleSettings.Layer()
        if let rules = file.rules {
            func reference(_ entry: Located<String>, _ key: String) throws(ConfigurationError) -> RuleReference {
                do { return try RuleReference(entry.value) } catch { throw fail(entry.line, "\(key): \(error)") }
            }
            for entry in rules.enable { layer.enable.append(try reference(entry, "rules.enable")) }
            for entry in rules.disable {
                let rule = try reference(entry, "rules.disable")
                if layer.enable.contains(rule) {
                    throw fail(entry.line, "`\(rule)` is both enabled and disabled; keep one")
                }
                layer.disable.append(rule)
            }
            for (entry, level) in rules.severity {
                let rule = try reference(entry, "rules.severity")
                guard let severity = Severity(rawValue: level.value) else {
                    throw fail(
                        level.line,
                        "severity `\(level.value)` for `\(entry.value)`: "
                            + NearestWords.hint(for: level.value, in: Severity.allCases.reversed().map(\.rawValue))
                            + (level.value == "off" ? "; to turn a rule off, list it under `rules.disable`" : ""))
                }
                layer.severity.append((rule, severity))
            }
            for (entry, keys) in rules.options {
                let rule = try reference(entry, "rules.options")
                guard case .rule(let id) = rule else {
                    throw fail(entry.line, "rules.options: options are set per rule, not for `\(rule)`")
                }
                // No rule has options yet; when one does, its metadata will list them here.
                if let key = keys.first { throw fail(key.line, "rule `\(id)` has no option `\(key.value)`") }
            }
        }
        let commandLineLayer = RuleSettings.Layer(enable: commandLine.enable, disable: commandLine.disable)
        settings.rules = RuleSettings.resolve([layer, commandLineLayer])

        // Files next to the configuration.
        for entry in file.glossary ?? [] {
            let path = inFolder(entry.value)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else {
                throw fail(entry.line, "glossary: no file `\(entry.value)` (paths are relative to the folder of \(name))")
            }
            settings.glossaryFiles.append(path)
        }

        // The gate.
        if let failOn = file.failOn {
            guard let value = FailOn(rawValue: failOn.value) else {
                throw fail(
                    failOn.line, "fail-on `\(failOn.value)`: " + NearestWords.hint(for: failOn.value, in: FailOn.allCases.map(\.rawValue)))
            }
            settings.failOn = value
        }
        if let failOn = commandLine.failOn { settings.failOn = failOn }
        if let level = file.level {
            guard let value = ReportLevel(rawValue: level.value) else {
                throw fail(
                    level.line, "level `\(level.value)`: " + NearestWords.hint(for: level.value, in: ReportLevel.allCases.map(\.rawValue)))
            }
            settings.level = value
        }
        if let level = commandLine.level { settings.level = level }
        if let minScore = file.minScore {
            guard (0...100).contains(minScore.value) else {
                throw fail(minScore.line, "min-score must be between 0 and 100, not \(minScore.value)")
            }
            settings.minScore = minScore.value
        }
        if let minScore = commandLine.minScore { settings.minScore = minScore }
        if let baseline = commandLine.baseline {
            settings.baselineFile = resolver.absolute(baseline)
        } else if let baseline = file.baseline {
            let path = inFolder(baseline.value)
            if !commandLine.writingBaseline, !FileManager.default.fileExists(atPath: path) {
                throw fail(
                    baseline.line,
                    "baseline: no file `\(baseline.value)`; make it with `mtlint check --write-baseline \(resolver.display(path))`")
            }
            settings.baselineFile = path
        }
        settings.configurationFile = given ? name : nil
        return settings
    }
}
