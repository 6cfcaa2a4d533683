import ArgumentParser
import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// `mtlint check PATH...`: lint files, folders or stdin and print a report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint text files, folders (*.txt, *.md, *.html, recursively) or standard input (-).",
        discussion: """
            Settings come from the nearest .mtlint.yml (this folder or one above it), unless \
            --config names another or --no-config ignores it; options on the command line win \
            over the file. docs/configuration.md describes it; `mtlint init` writes one.
            """
    )

    /// A name of `ReportFormats`.
    struct Format: ExpressibleByArgument {
        var reporter: any Reporter.Type

        init?(argument: String) {
            guard let reporter = ReportFormats.named(argument) else { return nil }
            self.reporter = reporter
        }

        init(_ reporter: any Reporter.Type) {
            self.reporter = reporter
        }

        static var allValueStrings: [String] { ReportFormats.names }
        var defaultValueDescription: String { reporter.name }
    }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of the texts as a BCP 47 tag (it, fr, es, de, pt, en, pt-BR ...). Default: the configuration's, else detected per file.",
            valueName: "code"))
    var language: String?

    /// How the inputs are read: as documents of a format (InputFormat), or as JSON Lines of
    /// records, each linted on its own (records mode, docs/scale.md).
    enum InputOption: ExpressibleByArgument {
        case document(InputFormat)
        case records

        init?(argument: String) {
            if argument == "jsonl" {
                self = .records
            } else if let format = InputFormat(rawValue: argument) {
                self = .document(format)
            } else {
                return nil
            }
        }

        static var allValueStrings: [String] { InputFormat.allCases.map(\.rawValue) + ["jsonl"] }

        var documentFormat: InputFormat? {
            if case .document(let format) = self { format } else { nil }
        }
    }

    @Option(
        help: ArgumentHelp(
            "Report format: " + ReportFormats.all.map { "\($0.name) (\($0.summary))" }.joined(separator: ", ") + ".",
            valueName: "format"))
    var format = Format(TextReporter.self)

    @Option(
        name: .customLong("input-format"),
        help: ArgumentHelp(
            "Read every input as text, markdown, html, or as a bilingual file: xliff, po, tmx, csv, tsv (default: the configuration's, else by extension: .md, .markdown; .html, .htm, .xhtml; .xlf, .xliff, .po, .tmx, .csv, .tsv; else text); or jsonl: JSON Lines of records ({\"id\", \"text\", \"language\"?, ...}), each linted on its own; with --format jsonl, one result line per input line (docs/scale.md).",
            valueName: "format"))
    var inputFormat: InputOption?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write the report to this file instead of standard output (replaced whole at the end of the run; never an input).",
            valueName: "file"))
    var output: String?

    @Option(
        name: .customLong("source-lang"),
        help: ArgumentHelp(
            "Bilingual files and --source: the language of the sources as a BCP 47 tag (TMX: the variant read as the source). Default: the file's, else detected.",
            valueName: "code"))
    var sourceLanguage: String?

    @Option(
        help: ArgumentHelp(
            "The source of the one translated file given, as plain text: the two are aligned sentence by sentence and the source/* rules run (docs/bilingual.md).",
            valueName: "file"))
    var source: String?

    @Option(
        help: ArgumentHelp(
            "CSV and TSV files: the header names of the source and target columns. Default: the columns named source and target, or the two columns of a two-column file.",
            valueName: "source,target"))
    var columns: String?

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit code 1 (default: error).")
    var failOn: FailOn?

    @Option(
        help: ArgumentHelp(
            "standard, or picky to report typographic conventions too (French no-break spaces, two spaces after a full stop).",
            valueName: "level"))
    var level: ReportLevel?

    @Option(
        name: .customLong("min-score"),
        help: ArgumentHelp("Exit code 1 when a file's quality score (0-100) is below this.", valueName: "score"))
    var minScore: Double?

    @Option(help: ArgumentHelp("The configuration file to use instead of the nearest .mtlint.yml.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .mtlint.yml files.")
    var noConfig = false

    @Option(help: ArgumentHelp("Report and fail only on findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Record the current findings in this baseline file, then exit 0.", valueName: "file"))
    var writeBaseline: String?

    @Option(help: ArgumentHelp("Run this rule or family (figure/*) even if the configuration disables it. Repeatable.", valueName: "rule"))
    var enable: [String] = []

    @Option(help: ArgumentHelp("Do not run this rule or family (figure/*). Repeatable.", valueName: "rule"))
    var disable: [String] = []

    @Flag(name: .customLong("no-color"), help: "No colours in the text report (also when NO_COLOR is set).")
    var noColor = false

    @Flag(name: .shortAndLong, help: "No progress line and no notes on stderr; errors are still printed.")
    var quiet = false

    @Option(help: "Files linted in parallel. Default: the number of cores.")
    var jobs: Int?

    @Option(name: .customLong("stdin-filename"), help: ArgumentHelp("The name reports give standard input.", valueName: "name"))
    var stdinFilename = "<stdin>"

    @Option(
        name: .customLong("glossary"),
        help: ArgumentHelp(
            "A glossary of entity names (YAML, or TBX with .tbx/.xml); repeatable. Added to mtlint's default glossary.",
            valueName: "file"))
    var glossaries: [String] = []

    @Flag(name: .customLong("no-default-glossary"), help: "Do not use the glossary that ships with mtlint.")
    var noDefaultGlossary = false

    @Flag(
        help: """
            Apply the safe fixes (a doubled word, a stray space, text damaged by a wrong encoding) to each file in place, \
            then report what remains. Fixes that need review are applied only with --unsafe-fixes. With - alone, the \
            fixed text goes to standard output.
            """)
    var fix = false

    @Flag(
        name: .customLong("unsafe-fixes"),
        help: """
            With --fix or --diff, also apply the fixes that need review (a figure's wording, a name, a term): the first \
            fix of each finding. Read the result.
            """)
    var unsafeFixes = false

    @Flag(
        help: """
            Print what --fix (with --unsafe-fixes if given) would change, as a unified diff that applies with patch -p1, \
            instead of a report; write no file. Exit code 1 when something would change, 0 when nothing would.
            """)
    var diff = false

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("give a file, a folder, or - for standard input")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs must be at least 1")
        }
        if let minScore, !(0...100).contains(minScore) {
            throw ValidationError("--min-score must be between 0 and 100")
        }
        if case .records = inputFormat, baseline != nil || writeBaseline != nil {
            throw ValidationError(
                "--baseline and --write-baseline record the findings of files; they cannot be used with --input-format jsonl")
        }
        if noConfig, let config {
            throw ValidationError("--config \(config) and --no-config contradict each other; give one")
        }
        if unsafeFixes, !fix, !diff {
            throw ValidationError("--unsafe-fixes applies the fixes that need review; give it with --fix or --diff")
        }
        if diff, writeBaseline != nil || baseline != nil || output != nil {
            throw ValidationError(
                "--diff prints the changes to standard output and reports nothing; it cannot be used with --baseline, --write-baseline or -o"
            )
        }
        if diff, case .records = inputFormat {
            throw ValidationError("--diff shows changes to files; it cannot be used with --input-format jsonl")
        }
        if fix, !diff, paths.contains("-"), paths.count > 1 {
            throw ValidationError("--fix cannot rewrite standard input; give - alone to print the fixed text, or name files")
        }
        if fix, !diff, writeBaseline != nil {
            throw ValidationError("--fix and --write-baseline contradict each other; fix first, then record the baseline")
        }
        if source != nil {
            if paths.count != 1 {
                throw ValidationError("--source pairs one source with one translated file, but \(paths.count) inputs were given")
            }
            if case .records = inputFormat {
                throw ValidationError("--source pairs one source with one translated file; records carry their own `source` field")
            }
        }
        _ = try commandLineSettings()
    }

    /// The options that override the configuration file, checked; usage errors say what is wrong.
    private func commandLineSettings() throws -> LintSettings.CommandLine {
        func references(_ values: [String], _ option: String) throws -> [RuleReference] {
            try values.map { value in
                do { return try RuleReference(value) } catch { throw ValidationError("\(option): \(error)") }
            }
        }
        var settings = LintSettings.CommandLine(
            inputFormat: inputFormat?.documentFormat, failOn: failOn, level: level, minScore: minScore, baseline: baseline,
            enable: try references(enable, "--enable"),
            disable: try references(disable, "--disable"),
            writingBaseline: writeBaseline != nil)
        if let language {
            do { settings.language = try LanguageTag.locale(for: language) } catch { throw ValidationError("--lang: \(error)") }
        }
        if let sourceLanguage {
            do { settings.readOptions.sourceLanguage = try LanguageTag.locale(for: sourceLanguage).languageTag } catch {
                throw ValidationError("--source-lang: \(error)")
            }
        }
        if let columns {
            let names = columns.split(separator: ",", omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespaces)
            }
            guard names.count == 2, !names[0].isEmpty, !names[1].isEmpty else {
                throw ValidationError("--columns `\(columns)`: give two header names, the source's and the target's, as `source,target`")
            }
            settings.readOptions.columns = ReadOptions.Columns(source: names[0], target: names[1])
        }
        return settings
    }

    func run() throws {
        var check = Check(paths: paths)
        check.standardInputName = stdinFilename
        check.commandLine = try commandLineSettings()
        check.configuration = noConfig ? .none : config.map { .file($0) } ?? .nearest
        check.glossaryFiles = glossaries
        check.usesDefaultGlossary = !noDefaultGlossary
        check.baselineToWrite = writeBaseline
        check.format = format.reporter
        check.outputFile = output
        check.reportOptions = ReportOptions(color: useColor)
        check.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        check.quiet = quiet
        if case .records = inputFormat { check.readsRecords = true }
        check.fix = fix
        check.unsafeFixes = unsafeFixes
        check.showsDiff = diff
        check.sourcePath = source
        let terminal = TerminalOutput(showsProgress: !quiet && isatty(STDERR_FILENO) == 1)
        let status = fix && !diff && paths == ["-"] ? check.fixStandardInput(output: terminal) : check.run(output: terminal)
        if status != .clean { throw ExitCode(status.rawValue) }
    }

    /// Colour only on a terminal, never with --no-color or a non-empty NO_COLOR
    /// (https://no-color.org), never in a file (-o); FORCE_COLOR (not empty, not 0) asks for
    /// it off a terminal, as in CI logs that render ANSI colours.
    private var useColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if noColor || output != nil { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if let value = environment["FORCE_COLOR"], !value.isEmpty, value != "0" { return true }
        return isatty(STDOUT_FILENO) == 1
    }
}

extension FailOn: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
extension ReportLevel: ExpressibleByArgument {}
