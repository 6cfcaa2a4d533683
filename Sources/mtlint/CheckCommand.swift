import ArgumentParser
import Foundation
import ICU
import MTLint
import MTLintRules
import MTLintReport
import MTLintCore
import MTLintText

/// `mtlint check PATH...`: lint files, folders or stdin and print a report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint text files, folders (*.txt and *.md, recursively) or standard input (-).",
        discussion: """
            Settings come from the nearest .mtlint.yml (this folder or one above it), unless \
            --config names another or --no-config ignores it; options on the command line win \
            over the file. docs/configuration.md describes it; `mtlint init` writes one.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit, github, jsonl, checkstyle
    }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "The language of the texts as a BCP 47 tag (it, fr, es, de, pt, en, pt-BR ...). Default: the configuration's, else detected per file.",
        valueName: "code"))
    var language: String?

    @Option(help: "Report format: text, json, sarif (code scanning), junit, github (Actions annotations), jsonl (one finding per line), checkstyle.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit code 1 (default: error).")
    var failOn: FailOn?

    @Option(help: ArgumentHelp(
        "standard, or picky to report typographic conventions too (French no-break spaces, two spaces after a full stop).",
        valueName: "level"))
    var level: ReportLevel?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Exit code 1 when a file's quality score (0-100) is below this.", valueName: "score"))
    var minScore: Double?

    @Option(help: ArgumentHelp("The configuration file to use instead of the nearest .mtlint.yml.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .mtlint.yml files.")
    var noConfig = false

    @Option(help: ArgumentHelp("Report and fail only on findings that are not in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .customLong("write-baseline"), help: ArgumentHelp("Record the current findings in this baseline file, then exit 0.", valueName: "file"))
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

    @Option(name: .customLong("glossary"), help: ArgumentHelp(
        "A glossary of entity names (YAML, or TBX with .tbx/.xml); repeatable. Added to mtlint's default glossary.",
        valueName: "file"))
    var glossaries: [String] = []

    @Flag(name: .customLong("no-default-glossary"), help: "Do not use the glossary that ships with mtlint.")
    var noDefaultGlossary = false

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
        if noConfig, let config {
            throw ValidationError("--config \(config) and --no-config contradict each other; give one")
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
        var settings = LintSettings.CommandLine(failOn: failOn, level: level, minScore: minScore, baseline: baseline,
                                                enable: try references(enable, "--enable"),
                                                disable: try references(disable, "--disable"),
                                                writingBaseline: writeBaseline != nil)
        if let language {
            do { settings.language = try LanguageTag.locale(for: language) } catch { throw ValidationError("--lang: \(error)") }
        }
        return settings
    }

    /// The configuration's glossary files and each --glossary file, merged in order, read now:
    /// a file that cannot be read is a configuration error, exit code 2, before any linting.
    private func loadUserGlossaries(files: [String]) throws -> Glossary? {
        guard !files.isEmpty else { return nil }
        var glossary = Glossary()
        for path in files {
            do {
                glossary = glossary.merged(with: try GlossaryFile.load(path: path))
            } catch {
                writeError("mtlint: error: glossary \(error)")
                throw ExitCode(ExitStatus.usage)
            }
        }
        return glossary
    }

    func run() throws {
        if !noDefaultGlossary { Glossary.decodeInBackground() }
        let resolver = PathResolver()
        let settings: LintSettings
        let accepted: Baseline?
        var configurationPath: String?
        do {
            let path = noConfig ? nil : config ?? ConfigurationFile.discover(from: resolver.workingDirectory, resolver: resolver)
            configurationPath = path
            let file = try path.map { path throws(ConfigurationError) in try ConfigurationFile.load(path, resolver: resolver) }
            settings = try LintSettings.resolve(file: file, commandLine: try commandLineSettings(), resolver: resolver)
            accepted = try settings.baselineFile.flatMap { path throws(BaselineError) -> Baseline? in
                // A baseline being written for the first time need not exist yet.
                writeBaseline != nil && !FileManager.default.fileExists(atPath: path) ? nil : try Baseline.load(path, resolver: resolver)
            }
        } catch {
            writeError("mtlint: error: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
        // mtlint's glossary (unless --no-default-glossary), then the user's: the default one
        // decodes on another thread while the first input is read and analyzed.
        let glossaryFiles = settings.glossaryFiles + glossaries
        let userGlossaries = try loadUserGlossaries(files: glossaryFiles)
        let usesDefaultGlossary = !noDefaultGlossary
        let makeGlossary: @Sendable () -> Glossary = {
            let base = usesDefaultGlossary ? Glossary.builtIn : Glossary()
            return userGlossaries.map { base.merged(with: $0) } ?? base
        }

        var collector = InputCollector()
        collector.standardInputName = stdinFilename
        collector.filter = settings.pathFilter
        let collection = collector.collect(paths)
        let collected = collection.inputs
        // Checked before linting, so that a wrong path costs no run.
        let baselineOutput = try writeBaseline.map { path in
            try checkedBaselineOutput(path, collected: collected, configurationFile: configurationPath,
                                      glossaryFiles: glossaryFiles, resolver: resolver)
        }
        // What a folder held but was not read (a FIFO named like a text file): said once,
        // before the report; not a failure, since it holds no text to check.
        if !quiet {
            for note in collection.notes { writeError("mtlint: note: \(note)") }
        }
        let terminal = TerminalOutput(showsProgress: !quiet && isatty(STDERR_FILENO) == 1,
                                      total: collected.filter { $0.problem == nil }.count)

        // Text, JSON and JSON Lines are printed file by file as files finish; the other
        // formats need the whole run. Problems go to stderr as they come, in the inputs' order.
        let textReporter = TextReporter(color: useColor)
        let jsonStream = Lock(JSONReporter.Stream())
        let format = self.format
        // Streamed formats keep nothing of a printed file but the run's tally, unless a
        // baseline is read (it is applied to the whole run) or written. Files under the
        // minimum score are noted as they pass, for the errors at the end.
        let streamed = [.text, .json, .jsonl].contains(format) && accepted == nil && writeBaseline == nil
        let minScore = writeBaseline == nil ? settings.minScore : nil
        let streamedLowScores = Lock<[(path: String, score: QualityScore)]>([])
        var linter = Linter(settings: settings, makingGlossary: makeGlossary)
        linter.makesExcerpts = format == .text
        let linted = linter.run(
            collected: collected, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
            progress: { terminal.progress(done: $0) },
            keepingOutcomes: !streamed,
            onOutcome: { outcome in
                switch outcome {
                case .failed(let problem):
                    terminal.error("mtlint: error: \(problem)")
                case .linted(let report):
                    if streamed, let minScore, report.score.value < minScore {
                        streamedLowScores.withLock { $0.append((report.path, report.score)) }
                    }
                    let shown = accepted?.filter(report).report ?? report
                    switch format {
                    case .text: textReporter.write(shown) { terminal.output($0) }
                    case .jsonl: JSONLinesReporter().write(shown) { terminal.output($0) }
                    case .json: jsonStream.withLock { $0.add(shown) { terminal.output($0) } }
                    default: break
                    }
                }
            }
        )
        let run = accepted?.apply(to: linted, name: resolver.display(settings.baselineFile ?? "")) ?? linted
        terminal.finish()

        switch format {
        case .text: writeOutput(textReporter.summary(run) + "\n")
        case .jsonl: break
        case .json: jsonStream.withLock { $0.finish(run) { writeOutput($0) } }
        case .sarif: SARIFReporter().write(run) { writeOutput($0) }
        case .junit: writeOutput(JUnitReporter().render(run))
        case .github: writeOutput(GitHubReporter().render(run))
        case .checkstyle: writeOutput(CheckstyleReporter().render(run))
        }

        if let writeBaseline, let baselineOutput {
            // Paths in it are relative to the folder of the path given (a link's, not its
            // target's), where `--baseline` with the same path reads them from.
            let recorded = Baseline(recording: linted, folder: resolver.folder(of: writeBaseline), resolver: resolver)
            do {
                try baselineOutput.write(recorded.encoded())
            } catch {
                writeError("mtlint: error: \(error)")
                throw ExitCode(ExitStatus.writeFailure)
            }
            if !quiet { writeError("mtlint: wrote \(recorded.entries.count) findings to the baseline \(PrintableText.name(writeBaseline))") }
        }

        // Writing a baseline accepts the current state: no gate then, only unreadable inputs.
        let lowScores = streamed
            ? streamedLowScores.withLock { $0 }
            : minScore.map { run.reports(scoringBelow: $0).map { ($0.path, $0.score) } } ?? []
        for (path, score) in lowScores {
            writeError("mtlint: error: \(PrintableText.name(path)): quality score \(score) is below the minimum \(QualityScore.format(minScore ?? 0))")
        }
        if run.tally.unreadable > 0 { throw ExitCode(ExitStatus.unreadableInput) }
        if writeBaseline != nil { return }
        if let threshold = settings.failOn.threshold, run.hasFindings(atOrAbove: threshold) { throw ExitCode(ExitStatus.findings) }
        if !lowScores.isEmpty { throw ExitCode(ExitStatus.findings) }
    }

    /// Where --write-baseline writes, refused (exit 2, one line) when it is a folder, a FIFO
    /// or a device, is in a missing folder, or is a file this run reads: an input, standard
    /// input, the configuration or a glossary. See OutputFile.
    private func checkedBaselineOutput(_ path: String, collected: [(source: InputSource?, problem: InputProblem?)],
                                       configurationFile: String?, glossaryFiles: [String],
                                       resolver: PathResolver) throws -> OutputFile {
        var readFiles: [OutputFile.ReadFile] = []
        func note(_ file: OutputFile.ReadFile?) { if let file { readFiles.append(file) } }
        for case let source? in collected.map(\.source) {
            switch source {
            case .file(let input): note(OutputFile.ReadFile(role: "the input \(PrintableText.name(input))", path: input))
            case .standardInput: note(OutputFile.ReadFile(role: "standard input", descriptor: STDIN_FILENO))
            }
        }
        if let configurationFile {
            note(OutputFile.ReadFile(role: "the configuration \(PrintableText.name(resolver.display(configurationFile)))", path: configurationFile))
        }
        for glossary in glossaryFiles {
            note(OutputFile.ReadFile(role: "the glossary \(PrintableText.name(resolver.display(glossary)))", path: glossary))
        }
        do {
            return try OutputFile(path: path, what: "the baseline", reading: readFiles, resolver: resolver)
        } catch {
            writeError("mtlint: error: \(error)")
            throw ExitCode(ExitStatus.writeFailure)
        }
    }

    /// Colour only on a terminal, never with --no-color or a non-empty NO_COLOR
    /// (https://no-color.org); FORCE_COLOR (not empty, not 0) asks for it off a terminal,
    /// as in CI logs that render ANSI colours.
    private var useColor: Bool {
        let environment = ProcessInfo.processInfo.environment
        if noColor { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if let value = environment["FORCE_COLOR"], !value.isEmpty, value != "0" { return true }
        return isatty(STDOUT_FILENO) == 1
    }
}

extension FailOn: ExpressibleByArgument {}
extension ReportLevel: ExpressibleByArgument {}
