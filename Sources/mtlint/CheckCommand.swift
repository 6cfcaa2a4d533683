import ArgumentParser
import Foundation
import ICU
import MTLint

/// `mtlint check PATH...`: lint files, folders or stdin and print a report.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Lint text files, folders (*.txt and *.md, recursively) or standard input (-)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case error, warning, info, never

        var threshold: Severity? {
            switch self {
            case .error: .error
            case .warning: .warning
            case .info: .info
            case .never: nil
            }
        }
    }

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "The language of the texts as a BCP 47 tag (it, fr, es, de, pt, en, pt-BR ...). Default: detected per file.",
        valueName: "code"))
    var language: String?

    @Option(help: "Report format.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "The lowest severity that makes the exit code 1.")
    var failOn: FailOn = .error

    @Flag(name: .customLong("no-color"), help: "No colours in the text report (also when NO_COLOR is set).")
    var noColor = false

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
        if let language { _ = try Self.locale(for: language) }
    }

    /// The ICU locale of a --lang value; usage errors say what is wrong and how to write it.
    static func locale(for tag: String) throws -> ICULocale {
        let hint = "use a BCP 47 language tag such as it, fr, es, de, pt, en or pt-BR"
        guard let locale = try? ICULocale(languageTag: tag) else {
            throw ValidationError("--lang: `\(tag)` is not a language tag; \(hint)")
        }
        let english = try ICULocale(languageTag: "en")
        let known = (2...3).contains(locale.language.count)
            && ICULocale.undetermined != locale
            && (try? ICULocale(languageTag: locale.language))?.displayLanguage(in: english) != locale.language
        guard known else {
            throw ValidationError("--lang: ICU knows no language `\(locale.language)`; \(hint)")
        }
        return locale
    }

    /// mtlint's glossary (unless --no-default-glossary), then each --glossary file in order.
    /// A file that cannot be read is a configuration error: exit code 2.
    private func loadGlossary() throws -> Glossary {
        var glossary = noDefaultGlossary ? Glossary() : Glossary.builtIn
        for path in glossaries {
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
        let locale = try language.map(Self.locale(for:))
        let glossary = try loadGlossary()
        var collector = InputCollector()
        collector.standardInputName = stdinFilename
        let collected = collector.inputs(for: paths)
        let sources = collected.compactMap(\.source)
        let linter = Linter(language: locale, glossary: glossary)
        let linted = linter.run(sources, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)

        // Put the outcomes back in the order of the arguments, problems in their place.
        var outcomes: [LintRun.Outcome] = []
        var next = linted.outcomes.makeIterator()
        for item in collected {
            if let problem = item.problem { outcomes.append(.failed(problem)) } else if let outcome = next.next() { outcomes.append(outcome) }
        }
        let run = LintRun(outcomes: outcomes)

        for problem in run.problems {
            writeError("mtlint: error: \(problem)")
        }
        switch format {
        case .text:
            writeOutput(TextReporter(color: useColor).render(run))
        case .json:
            writeOutput(JSONReporter().render(run))
        }
        if !run.problems.isEmpty { throw ExitCode(ExitStatus.unreadableInput) }
        if let threshold = failOn.threshold, run.hasFindings(atOrAbove: threshold) { throw ExitCode(ExitStatus.findings) }
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
