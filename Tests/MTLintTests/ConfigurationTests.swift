import Foundation
import ICU
import MTLintDocuments
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// Parses and resolves a configuration text standing in `folder` (default: a folder that
/// does not exist, so that only checks that need no file run).
private func settings(
    _ yaml: String, folder: String = "/project", workingDirectory: String = "/project",
    commandLine: LintSettings.CommandLine = .init()
) throws -> LintSettings {
    let resolver = PathResolver(workingDirectory: workingDirectory)
    let file = try ConfigurationFile.parse(yaml, displayPath: ".mtlint.yml", folder: folder)
    return try LintSettings.resolve(file: file, commandLine: commandLine, resolver: resolver)
}

/// The error that resolving `yaml` gives, as the CLI prints it.
private func configurationError(_ yaml: String) -> String? {
    do {
        _ = try settings(yaml)
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite struct ConfigurationTests {
    @Test func anEmptyFileGivesTheDefaults() throws {
        let resolved = try settings("")
        #expect(resolved.rules == RuleSettings())
        #expect(resolved.failOn == .error)
        #expect(resolved.minScore == nil)
        #expect(resolved.pathFilter == nil)
        #expect(resolved.languages.choice(for: "a.txt") == nil)
        #expect(resolved.configurationFile == ".mtlint.yml")
    }

    @Test func theLevelComesFromTheFileAndTheCommandLineWins() throws {
        #expect(try settings("").level == .standard)
        #expect(try settings("level: picky\n").level == .picky)
        #expect(try settings("level: picky\n", commandLine: .init(level: .standard)).level == .standard)
        #expect(configurationError("level: pick\n") == ".mtlint.yml:1: level `pick`: did you mean `picky`?")
    }

    @Test func theTemplateOfInitResolvesToTheDefaults() throws {
        let resolved = try settings(ConfigurationTemplate.text)
        #expect(resolved.rules == RuleSettings())
        #expect(resolved.failOn == .error)
        #expect(resolved.pathFilter?.include.isEmpty != false)
        #expect(resolved.glossaryFiles.isEmpty)
    }

    /// Every error names the file and the line, and the nearest valid key or value.
    @Test(arguments: [
        ("version: 1\nexlude: [drafts]\n", ".mtlint.yml:2: unknown key `exlude`; did you mean `exclude`?"),
        ("rules:\n  disabel: [text/*]\n", ".mtlint.yml:2: unknown key `disabel` in `rules`; did you mean `disable`?"),
        ("language:\n  defualt: it\n", ".mtlint.yml:2: unknown key `defualt` in `language`; did you mean `default`?"),
        ("severity:\n  text/*: error\n", ".mtlint.yml:1: unknown key `severity`; `severity` belongs under `rules:`"),
        (
            "colour: red\n",
            ".mtlint.yml:1: unknown key `colour`; expected one of `version`, `language`, `input-format`, `include`, `exclude`, `rules`, `glossary`, `fail-on`, `min-score`, `level`, `baseline`"
        ),
        (
            "rules:\n  severity:\n    figure/garbled-scal: warning\n",
            ".mtlint.yml:3: rules.severity: no rule `figure/garbled-scal`; did you mean `figure/garbled-scale`?"
        ),
        ("rules:\n  severity:\n    figure/*: warn\n", ".mtlint.yml:3: severity `warn` for `figure/*`: did you mean `warning`?"),
        ("rules:\n  disable: [figur/*]\n", ".mtlint.yml:2: rules.disable: no rule family `figur`; did you mean `figure/*`?"),
        ("rules:\n  disable: [figure]\n", ".mtlint.yml:2: rules.disable: `figure` is a family of rules; write `figure/*` for all of them"),
        ("rules:\n  enable: [text/*]\n  disable: [text/*]\n", ".mtlint.yml:3: `text/*` is both enabled and disabled; keep one"),
        ("rules:\n  options:\n    text/repeated-word:\n      max: 2\n", ".mtlint.yml:4: rule `text/repeated-word` has no option `max`"),
        ("rules:\n  options:\n    text/*: {}\n", ".mtlint.yml:3: rules.options: options are set per rule, not for `text/*`"),
        (
            "language:\n  paths:\n    \"corpora/[fr\": fr\n",
            ".mtlint.yml:3: language.paths: bad glob `corpora/[fr`: `[` is never closed with `]`; write `\\[` for a literal bracket"
        ),
        (
            "language:\n  default: it\n  paths:\n    corpora/fr/**: french\n",
            ".mtlint.yml:4: language for `corpora/fr/**`: ICU knows no language `french`; use a BCP 47 language tag such as it, fr, es, de, pt, en or pt-BR"
        ),
        (
            "exclude:\n  - drafts\n  - \"a\\\\\"\n",
            ".mtlint.yml:3: exclude: bad glob `a\\`: `\\` at the end escapes nothing; write `\\\\` for a backslash"
        ),
        ("fail-on: sometimes\n", ".mtlint.yml:1: fail-on `sometimes`: expected one of `error`, `warning`, `info`, `never`"),
        ("min-score: 120\n", ".mtlint.yml:1: min-score must be between 0 and 100, not 120.0"),
        ("min-score: high\n", ".mtlint.yml:1: `min-score` must be a number, not `high`"),
        ("version: 2\n", ".mtlint.yml:1: version 2 is not one this mtlint reads; write `version: 1`"),
        ("glossary: [missing.yml]\n", ".mtlint.yml:1: glossary: no file `missing.yml` (paths are relative to the folder of .mtlint.yml)"),
        ("baseline: old.json\n", ".mtlint.yml:1: baseline: no file `old.json`; make it with `mtlint check --write-baseline old.json`"),
        ("include: {a: b}\n", ".mtlint.yml:1: `include` must be a list, e.g. `include: [a, b]`"),
        ("rules: [a, b]\n", ".mtlint.yml:1: `rules` must be a mapping of keys to values"),
        ("rules:\n  enable: [a\n", ".mtlint.yml:3: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'"),
        ("fail-on: error\nfail-on: never\n", ".mtlint.yml:1: `fail-on` appears twice in the same mapping; keep one"),
    ])
    func errorsNameTheLineAndTheNearestValidChoice(yaml: String, expected: String) {
        #expect(configurationError(yaml) == expected)
    }

    @Test func rulesAreEnabledAndDisabledByIdOrFamilyTheIdWinning() throws {
        let resolved = try settings(
            """
            rules:
              disable: [figure/*]
              enable: [figure/garbled-scale]
              severity:
                text/*: info
                text/mixed-script: error
                figure/garbled-scale: error
            """)
        let all = RuleRegistry.all.map { $0.metadata }
        #expect(resolved.rules.enabled == all.map(\.id).filter { !$0.hasPrefix("figure/") || $0 == "figure/garbled-scale" })
        // Only changes from the default are kept: garbled-scale is an error by default, and
        // text rules that are infos by default stay out.
        var expected: [String: Severity] = ["text/mixed-script": .error]
        for rule in all where rule.family == "text" && rule.id != "text/mixed-script" && rule.severity != .info {
            expected[rule.id] = .info
        }
        #expect(resolved.rules.severities == expected)
    }

    @Test func theCommandLineWinsOverTheFile() throws {
        let commandLine = LintSettings.CommandLine(
            language: try ICULocale(languageTag: "fr"), failOn: .never, minScore: 50,
            enable: [try RuleReference("text/repeated-word")], disable: [try RuleReference("figure/*")])
        let resolved = try settings(
            """
            language: it
            fail-on: info
            min-score: 90
            rules:
              disable: [text/repeated-word]
            """, commandLine: commandLine)
        #expect(resolved.failOn == .never)
        #expect(resolved.minScore == 50)
        #expect(resolved.rules.enabled == RuleRegistry.all.map { $0.metadata.id }.filter { !$0.hasPrefix("figure/") })
        let choice = try #require(resolved.languages.choice(for: "a.txt"))
        #expect(choice.tag == "fr")
        #expect(choice.reason == "given with --lang")
    }

    @Test func languagesByPathFirstMatchWinsThenTheDefaultThenDetection() throws {
        let resolved = try settings(
            """
            language:
              default: it
              paths:
                corpora/fr/**: fr
                "*.es.txt": es
                corpora/**: de
            """, workingDirectory: "/project/corpora")
        func choice(_ path: String) -> String? {
            resolved.languages.choice(for: path).map { "\($0.tag) \($0.source.rawValue) (\($0.reason))" }
        }
        // Paths are relative to the working folder; globs to the configuration's folder.
        #expect(choice("fr/a.txt") == "fr given (given in .mtlint.yml for corpora/fr/**)")
        #expect(choice("it/b.es.txt") == "es given (given in .mtlint.yml for *.es.txt)")
        #expect(choice("it/a.txt") == "de given (given in .mtlint.yml for corpora/**)")
        #expect(choice("../notes.txt") == "it given (given in .mtlint.yml)")
        #expect(choice("/elsewhere/notes.txt") == "it given (given in .mtlint.yml)")
        #expect(try settings("language:\n  paths:\n    a/**: fr\n").languages.choice(for: "b/x.txt") == nil)
    }

    @Test func inputFormatsByPathThenExtensionThenTheDefaultTheCommandLineWinning() throws {
        let yaml = """
            input-format:
              default: markdown
              paths:
                "site/**/*.txt": html
                notes/raw/**: text
            """
        let resolved = try settings(yaml, workingDirectory: "/project")
        func format(_ path: String) -> InputFormat { resolved.formats.format(for: path) }
        #expect(format("site/a/index.txt") == .html)
        #expect(format("notes/raw/a.md") == .text)
        #expect(format("notes/a.md") == .markdown)
        #expect(format("page.HTM") == .html)
        #expect(format("notes/a.txt") == .markdown)
        #expect(format("<stdin>") == .markdown)
        #expect(try settings("input-format: html\n").formats.format(for: "a.txt") == .html)
        #expect(try settings("input-format: html\n").formats.format(for: "a.md") == .markdown)
        #expect(try settings("").formats.format(for: "a.txt") == .text)
        #expect(try settings("").formats.format(for: "a.xhtml") == .html)
        let given = try settings(yaml, commandLine: .init(inputFormat: .text))
        #expect(given.formats.format(for: "site/a/index.txt") == .text)
        #expect(given.formats.format(for: "a.md") == .text)
        #expect(configurationError("input-format: markdwn\n") == ".mtlint.yml:1: input-format `markdwn`: did you mean `markdown`?")
        #expect(
            configurationError("input-format:\n  paths:\n    \"*.txt\": htm\n")
                == ".mtlint.yml:3: input-format for `*.txt` `htm`: did you mean `html`?")
        #expect(
            configurationError("input-format:\n  default: text\n  path: {}\n")
                == ".mtlint.yml:3: unknown key `path` in `input-format`; did you mean `paths`?")
    }

    @Test func includeAndExcludeFilterFilesUnderTheConfigurationFolder() throws {
        let filter = try #require(try settings("include: [\"corpora/**\"]\nexclude: [\"**/drafts\", \"*.bak.txt\"]\n").pathFilter)
        #expect(filter.includes(file: "corpora/it/a.txt"))
        #expect(!filter.includes(file: "notes/a.txt"))
        #expect(!filter.includes(file: "corpora/it/drafts/a.txt"))
        #expect(!filter.includes(file: "corpora/it/a.bak.txt"))
        #expect(!filter.searches(folder: "corpora/drafts"))
        #expect(filter.searches(folder: "corpora/it"))
        // Outside the configuration's folder nothing is filtered.
        #expect(filter.includes(file: "/elsewhere/a.txt"))
    }

    @Test func glossaryAndBaselinePathsAreRelativeToTheConfigurationFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("glossary"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{}".utf8).write(to: folder.appendingPathComponent("glossary/it.yml"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("base.json"))
        let resolver = PathResolver(workingDirectory: folder.path)
        let yaml = "glossary: [glossary/it.yml]\nbaseline: base.json\n"
        let resolved = try settings(yaml, folder: resolver.workingDirectory, workingDirectory: resolver.workingDirectory + "/glossary")
        #expect(resolved.glossaryFiles == [resolver.workingDirectory + "/glossary/it.yml"])
        #expect(resolved.baselineFile == resolver.workingDirectory + "/base.json")
    }

    @Test func aMissingBaselineIsFineWhileWritingIt() throws {
        let resolved = try settings("baseline: new.json\n", commandLine: .init(writingBaseline: true))
        #expect(resolved.baselineFile == "/project/new.json")
    }

    @Test func theLinterRunsOnlyEnabledRulesAtTheirConfiguredSeverity() throws {
        let resolved = try settings("rules:\n  disable: [text/mixed-script]\n  severity:\n    text/repeated-word: error\n")
        let linter = Linter(settings: resolved)
        #expect(!linter.ruleMetadata.map(\.id).contains("text/mixed-script"))
        let report = try linter.lint(
            Document(path: "a.txt", text: "Ha pagato il il conto. Lingue: EnglishРусскийDeutsch"), using: Analyzer())
        #expect(report.diagnostics.map(\.ruleID) == ["text/repeated-word"])
        #expect(report.diagnostics.map(\.severity) == [.error])
    }

    @Test func nearestConfigurationFileIsFoundInAFolderAbove() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-discover-\(UUID().uuidString)")
        let deep = root.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("version: 1\n".utf8).write(to: root.appendingPathComponent(".mtlint.yml"))
        let resolver = PathResolver(workingDirectory: deep.path)
        #expect(ConfigurationFile.discover(from: deep.path, resolver: resolver) == resolver.absolute(root.path + "/.mtlint.yml"))
        let file = try ConfigurationFile.load(
            try #require(ConfigurationFile.discover(from: deep.path, resolver: resolver)), resolver: resolver)
        #expect(file.displayPath == "../../.mtlint.yml")
        #expect(file.version?.value == 1)
    }
}
