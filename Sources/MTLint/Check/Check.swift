import Foundation
import MTLintCore
import MTLintReport
import MTLintText

/// What `mtlint check` does, for any front end: read the configuration, the baseline and the
/// glossaries, collect the inputs, lint them, write the report in the chosen format as files
/// finish, apply or record the baseline, check the minimum score, and say which exit status
/// the run earns. The command line only parses its options into a `Check` and prints what
/// it is handed (see `CheckOutput`).
public struct Check: Sendable {
    /// Which configuration file the run reads.
    public enum ConfigurationChoice: Sendable, Equatable {
        /// The nearest .mtlint.yml, from the working folder up.
        case nearest
        /// This file.
        case file(String)
        /// None (`--no-config`).
        case none
    }

    /// Files, folders, or `-` for standard input.
    public var paths: [String]
    /// The name reports give standard input.
    public var standardInputName = "<stdin>"
    /// The options given on the command line, which win over the configuration file.
    public var commandLine = LintSettings.CommandLine()
    public var configuration = ConfigurationChoice.nearest
    /// Glossary files added to the configuration's, in order.
    public var glossaryFiles: [String] = []
    /// False to leave out the glossary that ships with mtlint.
    public var usesDefaultGlossary = true
    /// Where to record the current findings as a baseline (the run then gates on nothing
    /// but unreadable inputs).
    public var baselineToWrite: String?
    /// The report format.
    public var format: any Reporter.Type = TextReporter.self
    /// The file the report is written to (`-o`), instead of `output.report`: checked before
    /// the run like the baseline, written as the run goes on to a temporary file beside it,
    /// and renamed over it at the end (see OutputFile).
    public var outputFile: String?
    public var reportOptions = ReportOptions()
    /// Files linted in parallel.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// No notes on stderr (errors are still written).
    public var quiet = false
    /// The source of the one input, a translation, in a file of its own (`--source`): the
    /// two are aligned sentence by sentence and the `source/*` rules run (SentenceAligner).
    public var sourcePath: String?

    /// Records mode (`--input-format jsonl`): each input is JSON Lines of records, each
    /// linted as a text of its own (Records/RecordsRun.swift).
    public var readsRecords = false

    /// Apply the safe fixes of each file in place before it is reported (`--fix`): the
    /// report then shows what remains. Standard input is never rewritten: see `fixStandardInput`.
    public var fix = false
    /// With `fix` or `showsDiff`, also apply the fixes that need review (`--unsafe-fixes`):
    /// the first fix of each finding.
    public var unsafeFixes = false
    /// Print what fixing would change as a unified diff instead of a report, writing no file
    /// (`--diff`); the status is `.findings` when something would change.
    public var showsDiff = false

    public init(paths: [String]) {
        self.paths = paths
    }

    /// Runs the check, writing the report and the messages to `output`.
    public func run(output: some CheckOutput) -> CheckStatus {
        if readsRecords, baselineToWrite != nil || commandLine.baseline != nil {
            output.message("mtlint: error: a baseline records the findings of files; it cannot be used with --input-format jsonl")
            return .usage
        }
        if sourcePath != nil, let problem = pairingProblem {
            output.message("mtlint: error: \(problem)")
            return .usage
        }
        if usesDefaultGlossary { Glossary.decodeInBackground() }
        let resolver = PathResolver()
        let settings: LintSettings
        let accepted: Baseline?
        var configurationPath: String?
        do {
            (settings, configurationPath) = try Self.resolveSettings(configuration, commandLine: commandLine, resolver: resolver)
            // Records have no files for a baseline to name: the configuration's is not read.
            accepted =
                readsRecords
                ? nil
                : try settings.baselineFile.flatMap { path throws(BaselineError) -> Baseline? in
                    // A baseline being written for the first time need not exist yet.
                    baselineToWrite != nil && !FileManager.default.fileExists(atPath: path)
                        ? nil : try Baseline.load(path, resolver: resolver)
                }
        } catch {
            output.message("mtlint: error: \(error)")
            return .usage
        }
        // mtlint's glossary (unless left out), then the user's: the default one decodes on
        // another thread while the first input is read and analyzed.
        let allGlossaryFiles = settings.glossaryFiles + glossaryFiles
        let userGlossaries: Glossary?
        switch Self.loadGlossaries(allGlossaryFiles) {
        case .success(let glossary): userGlossaries = glossary
        case .failure(let error):
            output.message("mtlint: error: glossary \(error)")
            return .usage
        }
        let usesDefaultGlossary = self.usesDefaultGlossary
        let makeGlossary: @Sendable () -> Glossary = { Self.glossary(user: userGlossaries, usesDefault: usesDefaultGlossary) }

        // Records are read from the files and standard input named, never searched for.
        let collection: InputCollector.Collected
        if readsRecords {
            collection = InputCollector.Collected(
                inputs: paths.map { path in
                    (source: path == "-" ? .standardInput(name: standardInputName) : .file(path), problem: nil)
                })
        } else {
            var collector = InputCollector()
            collector.standardInputName = standardInputName
            collector.filter = settings.pathFilter
            collection = collector.collect(paths)
        }
        let collected = collection.inputs
        // Checked before linting, so that a wrong path costs no run.
        var baselineOutput: OutputFile?
        let reportWriter: OutputFile.Writer?
        do {
            if let baselineToWrite {
                baselineOutput = try Self.checkedOutput(
                    baselineToWrite, what: "the baseline", collected: collected, configurationFile: configurationPath,
                    glossaryFiles: allGlossaryFiles, sourceFile: sourcePath, resolver: resolver)
            }
            if let outputFile {
                let reportOutput = try Self.checkedOutput(
                    outputFile, what: "the report", collected: collected, configurationFile: configurationPath,
                    glossaryFiles: allGlossaryFiles, baselineFile: settings.baselineFile, sourceFile: sourcePath, resolver: resolver)
                if let baselineOutput, baselineOutput.target == reportOutput.target {
                    throw OutputFileError(path: outputFile, what: "the report", reason: "it is also the baseline this run writes")
                }
                reportWriter = try reportOutput.open()
            } else {
                reportWriter = nil
            }
        } catch {
            output.message("mtlint: error: \(error)")
            return .writeFailure
        }
        // The report goes to the output file when there is one; the first failure to write
        // it is kept, nothing more is written, and the run ends with it.
        let reportFailure = Lock<OutputFileError?>(nil)
        let emit: @Sendable (String) -> Void = { text in
            guard let reportWriter else { return output.report(text) }
            guard !text.isEmpty, reportFailure.withLock({ $0 == nil }) else { return }
            do throws(OutputFileError) { try reportWriter.write(text) } catch { reportFailure.withLock { $0 = error } }
        }
        // The report file, once the run wrote it: moved into place, or the failure to write it.
        func commitReport() -> CheckStatus? {
            guard let reportWriter, let outputFile else { return nil }
            do {
                if let failure = reportFailure.withLock({ $0 }) { throw failure }
                try reportWriter.commit()
            } catch {
                output.message("mtlint: error: \(error)")
                return .writeFailure
            }
            if !quiet { output.message("mtlint: wrote the \(format.name) report to \(PrintableText.name(outputFile))") }
            return nil
        }
        if readsRecords {
            if !quiet, let baseline = settings.baselineFile {
                output.message(
                    "mtlint: note: the baseline \(PrintableText.name(resolver.display(baseline))) of the configuration does not apply to records"
                )
            }
            var linter = Linter(settings: settings, makingGlossary: makeGlossary)
            linter.configureReportText(for: format)
            var recordsReportOptions = reportOptions
            recordsReportOptions.checksRecords = true
            let records = RecordsRun(
                linter: linter, jobs: jobs, format: format, reportOptions: recordsReportOptions,
                standardInputName: standardInputName, minScore: settings.minScore, failOn: settings.failOn.threshold)
            let status = records.run(paths: paths, output: output, report: emit)
            return commitReport() ?? status
        }

        // What a folder held but was not read (a FIFO named like a text file): said once,
        // before the report; not a failure, since it holds no text to check.
        if !quiet {
            for note in collection.notes { output.message("mtlint: note: \(note)") }
        }
        let total = collected.filter { $0.problem == nil }.count

        // A format written file by file keeps nothing of a written file but the run's tally,
        // unless a baseline is read (it is applied to the whole run) or written. Files under
        // the minimum score are noted as they pass, for the errors at the end. Problems go to
        // stderr as they come, in the inputs' order.
        var reportOptions = reportOptions
        reportOptions.threads = max(1, jobs)
        let reporter = Lock<any Reporter>(format.init(options: reportOptions))
        let forgetsFiles = format.writesFilesAsTheyFinish && accepted == nil && baselineToWrite == nil
        let minScore = baselineToWrite == nil ? settings.minScore : nil
        let forgottenLowScores = Lock<[(path: String, score: QualityScore)]>([])
        var linter = Linter(settings: settings, makingGlossary: makeGlossary)
        linter.configureReportText(for: format)
        var sourceUnreadable = false
        if let sourcePath {
            if let path = paths.first, settings.formats.format(for: path).isBilingual {
                output.message(
                    "mtlint: error: --source pairs a plain translation with its source; \(PrintableText.name(path)) is read as \(settings.formats.format(for: path).rawValue.uppercased()), which holds its sources already"
                )
                return .usage
            }
            // A source that cannot be read leaves the translation linted alone, and exit code 3.
            do {
                let bytes = try (sourcePath == "-" ? InputSource.standardInput(name: "<stdin>") : .file(sourcePath)).read()
                do {
                    linter.pairedSource = try PairedSource(
                        path: sourcePath, bytes: bytes, language: settings.formats.options.sourceLanguage)
                } catch {
                    throw InputProblem(path: sourcePath, message: error.description)
                }
                // Most likely the wrong file, or one a pipeline failed to write: said, since
                // every sentence of the translation then has no source.
                if linter.pairedSource?.text.contains(where: CodeUnit.isLetterOrDigit) == false {
                    output.message(
                        "mtlint: warning: \(PrintableText.name(sourcePath)): the source given with --source has no text; the translation is compared with nothing"
                    )
                }
            } catch {
                output.message("mtlint: error: \(error) (the source given with --source; the translation is checked without it)")
                sourceUnreadable = true
            }
        }
        if showsDiff {
            return Self.diffFiles(collected, linter: linter, unsafe: unsafeFixes, jobs: jobs, output: output)
        }
        let fixFailed =
            fix
            && !Self.fixFiles(collected.compactMap(\.source), linter: linter, unsafe: unsafeFixes, jobs: jobs, quiet: quiet, output: output)
        let linted = linter.run(
            collected: collected, jobs: jobs,
            progress: { output.progress(done: $0, total: total) },
            keepingOutcomes: !forgetsFiles,
            onOutcome: { outcome in
                switch outcome {
                case .failed(let problem):
                    output.message("mtlint: error: \(problem)")
                case .linted(let report):
                    if report.unplacedText > 0 { output.message(Self.unplacedWarning(report)) }
                    if forgetsFiles, let minScore, report.score.value < minScore {
                        forgottenLowScores.withLock { $0.append((report.path, report.score)) }
                    }
                    let shown = accepted?.filter(report).report ?? report
                    reporter.withLock { $0.write(shown, to: emit) }
                }
            }
        )
        let run = accepted?.apply(to: linted, name: resolver.display(settings.baselineFile ?? "")) ?? linted
        output.progressFinished()
        reporter.withLock { $0.finish(run, to: emit) }
        if let failure = commitReport() { return failure }

        if let baselineToWrite, let baselineOutput {
            // Paths in it are relative to the folder of the path given (a link's, not its
            // target's), where `--baseline` with the same path reads them from.
            let recorded = Baseline(recording: linted, folder: resolver.folder(of: baselineToWrite), resolver: resolver)
            do {
                try baselineOutput.write(recorded.encoded())
            } catch {
                output.message("mtlint: error: \(error)")
                return .writeFailure
            }
            if !quiet {
                output.message("mtlint: wrote \(recorded.entries.count) findings to the baseline \(PrintableText.name(baselineToWrite))")
            }
        }

        let lowScores =
            forgetsFiles
            ? forgottenLowScores.withLock { $0 }
            : minScore.map { run.reports(scoringBelow: $0).map { ($0.path, $0.score) } } ?? []
        for (path, score) in lowScores {
            output.message(
                "mtlint: error: \(PrintableText.name(path)): quality score \(score) is below the minimum \(QualityScore.format(minScore ?? 0))"
            )
        }
        if run.tally.unreadable > 0 || sourceUnreadable { return .unreadableInput }
        if fixFailed { return .writeFailure }
        // Writing a baseline accepts the current state: no gate then, only unreadable inputs.
        if baselineToWrite != nil { return .clean }
        if let threshold = settings.failOn.threshold, run.hasFindings(atOrAbove: threshold) { return .findings }
        if !lowScores.isEmpty { return .findings }
        return .clean
    }

    /// Why `--source` cannot be used with these inputs, if it cannot: it pairs one source
    /// with one translated file (or standard input), never with several inputs, a folder or
    /// records, which carry their own sources.
    var pairingProblem: String? {
        guard let sourcePath else { return nil }
        if readsRecords {
            return "--source pairs one source with one translated file; records carry their own `source` field (docs/scale.md)"
        }
        guard paths.count == 1, let path = paths.first else {
            return "--source pairs one source with one translated file, but \(paths.count) inputs were given"
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "--source pairs one source with one translated file, but \(PrintableText.name(path)) is a folder"
        }
        if path == "-" && sourcePath == "-" {
            return "--source and the translation cannot both be standard input"
        }
        return nil
    }

    /// The warning for a file whose reader left out text it could not place in the file
    /// (FileReport.unplacedText): that text was not checked, which is never silent. Given
    /// with `--quiet` too: it is about what the report covers, not a note on the run.
    static func unplacedWarning(_ report: FileReport) -> String {
        let count = report.unplacedText
        return "mtlint: warning: \(PrintableText.name(report.path)): "
            + (count == 1 ? "a piece of text" : "\(count) pieces of text")
            + " could not be placed in the file's bytes and \(count == 1 ? "was" : "were") not checked"
    }

    /// The glossary files merged in order, read now: a file that cannot be read is a
    /// configuration error, before any linting. Nil when there are none.
    /// The settings of a run: the configuration file the choice names (the nearest
    /// `.mtlint.yml` is searched from the working folder up), read, with the command line's
    /// choices over it; and that file's path.
    static func resolveSettings(
        _ configuration: ConfigurationChoice, commandLine: LintSettings.CommandLine, resolver: PathResolver
    ) throws(ConfigurationError) -> (settings: LintSettings, configurationPath: String?) {
        let path: String?
        switch configuration {
        case .none: path = nil
        case .file(let file): path = file
        case .nearest: path = ConfigurationFile.discover(from: resolver.workingDirectory, resolver: resolver)
        }
        let file = try path.map { path throws(ConfigurationError) in try ConfigurationFile.load(path, resolver: resolver) }
        return (try LintSettings.resolve(file: file, commandLine: commandLine, resolver: resolver), path)
    }

    /// mtlint's glossary (unless left out) with the user's merged over it.
    static func glossary(user: Glossary?, usesDefault: Bool) -> Glossary {
        let base = usesDefault ? Glossary.builtIn : Glossary()
        return user.map { base.merged(with: $0) } ?? base
    }

    static func loadGlossaries(_ files: [String]) -> Result<Glossary?, GlossaryError> {
        guard !files.isEmpty else { return .success(nil) }
        var glossary = Glossary()
        for path in files {
            do {
                glossary = glossary.merged(with: try GlossaryFile.load(path: path))
            } catch {
                return .failure(error)
            }
        }
        return .success(glossary)
    }

    /// Where the baseline or the report is written, refused when it is a folder, a FIFO or a
    /// device, is in a missing folder, or is a file this run reads: an input, standard input,
    /// the configuration, a glossary, the baseline or the source given with `--source`. See
    /// OutputFile.
    static func checkedOutput(
        _ path: String, what: String, collected: [(source: InputSource?, problem: InputProblem?)],
        configurationFile: String?, glossaryFiles: [String], baselineFile: String? = nil, sourceFile: String? = nil,
        resolver: PathResolver
    ) throws(OutputFileError) -> OutputFile {
        var readFiles: [OutputFile.ReadFile] = []
        func note(_ file: OutputFile.ReadFile?) { if let file { readFiles.append(file) } }
        if let sourceFile {
            note(
                sourceFile == "-"
                    ? OutputFile.ReadFile(role: "standard input", descriptor: STDIN_FILENO)
                    : OutputFile.ReadFile(role: "the source \(PrintableText.name(sourceFile))", path: sourceFile))
        }
        for case let source? in collected.map(\.source) {
            switch source {
            case .file(let input): note(OutputFile.ReadFile(role: "the input \(PrintableText.name(input))", path: input))
            case .standardInput: note(OutputFile.ReadFile(role: "standard input", descriptor: STDIN_FILENO))
            }
        }
        if let configurationFile {
            note(
                OutputFile.ReadFile(
                    role: "the configuration \(PrintableText.name(resolver.display(configurationFile)))", path: configurationFile))
        }
        for glossary in glossaryFiles {
            note(OutputFile.ReadFile(role: "the glossary \(PrintableText.name(resolver.display(glossary)))", path: glossary))
        }
        if let baselineFile {
            note(OutputFile.ReadFile(role: "the baseline \(PrintableText.name(resolver.display(baselineFile)))", path: baselineFile))
        }
        return try OutputFile(path: path, what: what, reading: readFiles, resolver: resolver)
    }
}

/// Where a check writes: the report (standard output for the command line), one-line
/// messages (errors and notes, standard error), and its progress. Called from the run's
/// worker threads, one call at a time.
public protocol CheckOutput: Sendable {
    /// A piece of the report.
    func report(_ text: String)
    /// One line: `mtlint: error: ...` or `mtlint: note: ...`.
    func message(_ line: String)
    /// `done` of `total` inputs linted.
    func progress(done: Int, total: Int)
    /// The run is over: a progress display can go.
    func progressFinished()
}

extension CheckOutput {
    public func progress(done: Int, total: Int) {}
    public func progressFinished() {}
}

/// The exit statuses of DESIGN.md.
public enum CheckStatus: Int32, Sendable {
    /// No finding at or above the failing severity, no file under the minimum score.
    case clean = 0
    /// Findings at or above the failing severity, or a file under the minimum score.
    case findings = 1
    /// A usage or configuration error: nothing was linted.
    case usage = 2
    /// Some input could not be read; the rest was linted and reported.
    case unreadableInput = 3

    /// The report or the baseline could not be written (stdout closed or full, a reader that
    /// went away, a full disk): like a usage error, a problem of the run, not of the texts.
    public static let writeFailure = CheckStatus.usage
}
