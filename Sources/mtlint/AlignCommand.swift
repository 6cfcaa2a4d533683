import ArgumentParser
import MTLint
import MTLintReport

/// `mtlint align --source SOURCE TRANSLATION`: print how mtlint pairs the sentences of a
/// source and its translation, as `check --source` aligns them.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Print the sentence alignment of a source and its translation (plain texts), as check --source makes it.",
        discussion: """
            Each line (TSV) or item (JSON) is a bead: its kind (1-1, 2-1, 1-2, 1-0 for a source sentence \
            left untranslated, 0-1 for a target sentence without source), the lines of its source and \
            target sentences, and their text. docs/bilingual.md explains the alignment.
            """
    )

    @Argument(help: ArgumentHelp("The translation, or - for standard input.", valueName: "translation"))
    var target: String

    @Option(help: ArgumentHelp("The source of the translation, as plain text.", valueName: "file"))
    var source: String

    @Option(name: .customLong("lang"), help: ArgumentHelp("The translation's language (default: detected).", valueName: "code"))
    var language: String?

    @Option(name: .customLong("source-lang"), help: ArgumentHelp("The source's language (default: detected).", valueName: "code"))
    var sourceLanguage: String?

    @Option(help: ArgumentHelp("tsv or json.", valueName: "format"))
    var format: AlignmentListing.Format = .tsv

    func run() throws {
        var align = Align(sourcePath: source, targetPath: target)
        do {
            align.language = try language.map { try LanguageTag.locale(for: $0) }
        } catch { throw ValidationError("--lang: \(error)") }
        do {
            align.sourceLanguage = try sourceLanguage.map { try LanguageTag.locale(for: $0) }
        } catch { throw ValidationError("--source-lang: \(error)") }
        align.format = format
        let status = align.run(output: TerminalOutput(showsProgress: false))
        if status != .clean { throw ExitCode(status.rawValue) }
    }
}

extension AlignmentListing.Format: ExpressibleByArgument {}
