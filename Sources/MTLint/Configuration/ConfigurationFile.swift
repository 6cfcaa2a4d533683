import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText
import Yams

/// A value of the configuration file with the line it stands on, for error messages.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var line: Int

    public init(_ value: Value, line: Int) {
        self.value = value
        self.line = line
    }
}

extension Located: Equatable where Value: Equatable {}

/// `.mtlint.yml` as written: every field optional, nothing checked yet but the shape (known
/// keys, the right kind of value). `LintSettings.resolve` checks the values and applies the
/// defaults, in one place. docs/configuration.md describes every key.
///
/// Read from Yams' node tree rather than with a Decoder: the nodes carry line numbers, so
/// that every error, an unknown key included, can name its line and the nearest valid key.
public struct ConfigurationFile: Sendable {
    public static let fileName = ".mtlint.yml"
    public static let currentVersion = 1

    /// The file as messages name it.
    public var displayPath: String
    /// The absolute folder the file is in: relative paths and globs in it start there.
    public var folder: String

    public var version: Located<Int>?
    public var language: LanguageSection?
    public var inputFormat: FormatSection?
    public var include: [Located<String>]?
    public var exclude: [Located<String>]?
    public var rules: RulesSection?
    public var glossary: [Located<String>]?
    public var failOn: Located<String>?
    public var level: Located<String>?
    public var minScore: Located<Double>?
    public var baseline: Located<String>?

    /// `language: it`, or `language: {default: it, paths: {"corpora/fr/**": fr}}`.
    public struct LanguageSection: Sendable {
        public var defaultTag: Located<String>?
        /// In the file's order: the first glob that matches a path gives its language.
        public var paths: [(glob: Located<String>, tag: Located<String>)] = []
    }

    /// `input-format: markdown`, or `input-format: {default: markdown, paths: {"notes/**": markdown}}`.
    public struct FormatSection: Sendable {
        public var defaultFormat: Located<String>?
        /// In the file's order: the first glob that matches a path gives its format.
        public var paths: [(glob: Located<String>, format: Located<String>)] = []
    }

    /// `rules: {enable: [...], disable: [...], severity: {id-or-family: level}, options: {id: {...}}}`.
    public struct RulesSection: Sendable {
        public var enable: [Located<String>] = []
        public var disable: [Located<String>] = []
        public var severity: [(rule: Located<String>, level: Located<String>)] = []
        public var options: [(rule: Located<String>, keys: [Located<String>])] = []
    }

    /// Keys at each level, in the order docs and messages list them.
    static let topKeys = [
        "version", "language", "input-format", "include", "exclude", "rules", "glossary", "fail-on", "min-score", "level", "baseline",
    ]
    static let languageKeys = ["default", "paths"]
    static let inputFormatKeys = ["default", "paths"]
    static let rulesKeys = ["enable", "disable", "severity", "options"]

    /// An empty configuration standing in `folder`.
    public init(displayPath: String, folder: String) {
        self.displayPath = displayPath
        self.folder = folder
    }

    /// Reads and parses the file at `path`.
    public static func load(_ path: String, resolver: PathResolver = PathResolver()) throws(ConfigurationError) -> ConfigurationFile {
        let display = resolver.display(path)
        let text: String
        do {
            text = try String(contentsOfFile: resolver.absolute(path), encoding: .utf8)
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: resolver.absolute(path))
                ? "cannot be read as UTF-8 text" : "no such file"
            throw ConfigurationError(file: display, line: nil, message: reason)
        }
        return try parse(text, displayPath: display, folder: resolver.folder(of: path))
    }

    /// The nearest `.mtlint.yml` in `folder` or a folder above it, as an absolute path.
    public static func discover(from folder: String, resolver: PathResolver = PathResolver()) -> String? {
        var current = resolver.absolute(folder)
        while true {
            let candidate = (current == "/" ? "" : current) + "/" + fileName
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue {
                return candidate
            }
            if current == "/" { return nil }
            current = resolver.folder(of: current)
        }
    }

    /// Parses the text of a configuration file.
    public static func parse(_ text: String, displayPath: String, folder: String) throws(ConfigurationError) -> ConfigurationFile {
        var file = ConfigurationFile(displayPath: displayPath, folder: folder)
        let reader = NodeReader(file: displayPath)
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch { throw reader.error(yaml: error) }
        guard let root, !reader.isNull(root) else { return file }
        for (key, value) in try reader.pairs(root, section: nil, validKeys: topKeys) {
            switch key.value {
            case "version": file.version = try reader.integer(value, key: "version")
            case "language": file.language = try readLanguage(value, reader)
            case "input-format": file.inputFormat = try readInputFormat(value, reader)
            case "include": file.include = try reader.strings(value, key: "include")
            case "exclude": file.exclude = try reader.strings(value, key: "exclude")
            case "rules": file.rules = try readRules(value, reader)
            case "glossary": file.glossary = try reader.strings(value, key: "glossary")
            case "fail-on": file.failOn = try reader.string(value, key: "fail-on")
            case "min-score": file.minScore = try reader.number(value, key: "min-score")
            case "level": file.level = try reader.string(value, key: "level")
            case "baseline": file.baseline = try reader.string(value, key: "baseline")
            default: break
            }
        }
        return file
    }

    private static func readLanguage(_ node: Node, _ reader: NodeReader) throws(ConfigurationError) -> LanguageSection {
        var section = LanguageSection()
        if case .scalar = node {
            section.defaultTag = try reader.string(node, key: "language")
            return section
        }
        for (key, value) in try reader.pairs(node, section: "language", validKeys: languageKeys) {
            if key.value == "default" { section.defaultTag = try reader.string(value, key: "language.default") }
            if key.value == "paths" {
                for (glob, tag) in try reader.pairs(value, section: "language.paths", validKeys: nil) {
                    section.paths.append((glob, try reader.string(tag, key: "language.paths.\(glob.value)")))
                }
            }
        }
        return section
    }

    private static func readInputFormat(_ node: Node, _ reader: NodeReader) throws(ConfigurationError) -> FormatSection {
        var section = FormatSection()
        if case .scalar = node {
            section.defaultFormat = try reader.string(node, key: "input-format")
            return section
        }
        for (key, value) in try reader.pairs(node, section: "input-format", validKeys: inputFormatKeys) {
            if key.value == "default" { section.defaultFormat = try reader.string(value, key: "input-format.default") }
            if key.value == "paths" {
                for (glob, format) in try reader.pairs(value, section: "input-format.paths", validKeys: nil) {
                    section.paths.append((glob, try reader.string(format, key: "input-format.paths.\(glob.value)")))
                }
            }
        }
        return section
    }

    private static func readRules(_ node: Node, _ reader: NodeReader) throws(ConfigurationError) -> RulesSection {
        var section = RulesSection()
        for (key, value) in try reader.pairs(node, section: "rules", validKeys: rulesKeys) {
            switch key.value {
            case "enable": section.enable = try reader.strings(value, key: "rules.enable")
            case "disable": section.disable = try reader.strings(value, key: "rules.disable")
            case "severity":
                for (rule, level) in try reader.pairs(value, section: "rules.severity", validKeys: nil) {
                    section.severity.append((rule, try reader.string(level, key: "rules.severity.\(rule.value)")))
                }
            case "options":
                for (rule, options) in try reader.pairs(value, section: "rules.options", validKeys: nil) {
                    let keys = try reader.pairs(options, section: "rules.options.\(rule.value)", validKeys: nil).map(\.key)
                    section.options.append((rule, keys))
                }
            default: break
            }
        }
        return section
    }
}

/// Reads Yams nodes with the checks every key needs, turning each problem into a
/// ConfigurationError that names the file and the line.
package struct NodeReader {
    let file: String

    func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    func error(_ node: Node, _ message: String) -> ConfigurationError {
        ConfigurationError(file: file, line: line(node), message: message)
    }

    func error(yaml: Error) -> ConfigurationError {
        switch yaml {
        case YamlError.scanner(let context, let problem, let mark, _),
            YamlError.parser(let context, let problem, let mark, _),
            YamlError.composer(let context, let problem, let mark, _):
            let detail = context.map { "\($0.text) " } ?? ""
            return ConfigurationError(file: file, line: mark.line, message: "not valid YAML: \(detail)\(problem)")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return ConfigurationError(file: file, line: context.mark.line, message: "\(keys) appears twice in the same mapping; keep one")
        default:
            return ConfigurationError(file: file, line: nil, message: "not valid YAML: \(yaml)")
        }
    }

    /// A YAML null (`key:` with nothing after it, or `~`): treated as absent.
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The pairs of a mapping in file order; with `validKeys`, an unknown key is an error that
    /// names the nearest valid one. A null counts as an empty mapping.
    func pairs(_ node: Node, section: String?, validKeys: [String]?) throws(ConfigurationError) -> [(key: Located<String>, value: Node)] {
        if isNull(node) { return [] }
        guard case .mapping(let mapping) = node else {
            throw error(node, "\(section.map { "`\($0)`" } ?? "the file") must be a mapping of keys to values")
        }
        var result: [(key: Located<String>, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw error(keyNode, "a key must be plain text") }
            let key = scalar.string
            if let validKeys, !validKeys.contains(key) {
                throw error(keyNode, unknownKeyMessage(key, section: section, validKeys: validKeys))
            }
            result.append((Located(key, line: line(keyNode)), value))
        }
        return result
    }

    private func unknownKeyMessage(_ key: String, section: String?, validKeys: [String]) -> String {
        let place = section.map { " in `\($0)`" } ?? ""
        let sections = [
            ("", ConfigurationFile.topKeys), ("language", ConfigurationFile.languageKeys), ("rules", ConfigurationFile.rulesKeys),
        ]
        if let home = sections.first(where: { $0.0 != (section ?? "") && $0.1.contains(key) }) {
            let under = home.0.isEmpty ? "at the top level" : "under `\(home.0):`"
            return "unknown key `\(key)`\(place); `\(key)` belongs \(under)"
        }
        return "unknown key `\(key)`\(place); " + NearestWords.hint(for: key, in: validKeys, noun: "one of")
    }

    func string(_ node: Node, key: String) throws(ConfigurationError) -> Located<String> {
        guard case .scalar(let scalar) = node, !isNull(node) else {
            throw error(node, "`\(key)` must be a single value")
        }
        return Located(scalar.string, line: line(node))
    }

    /// A list of strings; a single string counts as a list of one, a null as an empty list.
    func strings(_ node: Node, key: String) throws(ConfigurationError) -> [Located<String>] {
        if isNull(node) { return [] }
        switch node {
        case .scalar: return [try string(node, key: key)]
        case .sequence(let sequence):
            var result: [Located<String>] = []
            for item in sequence { result.append(try string(item, key: key)) }
            return result
        default:
            throw error(node, "`\(key)` must be a list, e.g. `\(key): [a, b]`")
        }
    }

    func integer(_ node: Node, key: String) throws(ConfigurationError) -> Located<Int> {
        let text = try string(node, key: key)
        guard let value = Int(text.value) else { throw error(node, "`\(key)` must be a whole number, not `\(text.value)`") }
        return Located(value, line: text.line)
    }

    func number(_ node: Node, key: String) throws(ConfigurationError) -> Located<Double> {
        let text = try string(node, key: key)
        guard let value = Double(text.value), value.isFinite else { throw error(node, "`\(key)` must be a number, not `\(text.value)`") }
        return Located(value, line: text.line)
    }
}
