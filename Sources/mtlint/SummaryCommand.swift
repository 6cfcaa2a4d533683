import ArgumentParser
import MTLint

/// `mtlint summary FILE...|-`: merges results into one summary (Summarize).
struct SummaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Merge results into one summary: records' results, JSON reports, and summaries.",
        discussion: """
            Reads the results of `mtlint check --input-format jsonl --format jsonl`, JSON \
            reports (`--format json`) and summaries (`mtlint summary --format json`), and \
            writes their summary: findings by rule and severity, the distribution of scores, \
            the worst records. Merging is exact and associative: the summaries of the parts \
            of a run merge into the summary of the whole run (docs/scale.md). Exit code 3 \
            when some input is not one of these (the rest is still summarized).
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json

        var summaryFormat: SummaryFormat {
            switch self {
            case .text: .text
            case .json: .json
            }
        }
    }

    @Argument(help: ArgumentHelp("Files of results, or - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(help: "text, or json: one line that `mtlint summary` reads back and merges.")
    var format = Format.text

    @Option(help: ArgumentHelp("How many of the worst records to list.", valueName: "count"))
    var worst = RunSummary.defaultWorstLimit

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give files of results, or - for standard input") }
        if worst < 0 { throw ValidationError("--worst must be 0 or more") }
    }

    func run() throws {
        var summarize = Summarize(paths: paths)
        summarize.format = format.summaryFormat
        summarize.worstLimit = worst
        let status = summarize.run(output: TerminalOutput(showsProgress: false))
        if status != .clean { throw ExitCode(status.rawValue) }
    }
}
