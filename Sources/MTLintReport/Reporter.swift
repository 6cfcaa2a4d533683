import MTLintCore

/// One report format. A run hands its reporter each linted file as it finishes, in the
/// inputs' order (`write(_:to:)`), then the whole run (`finish(_:to:)`). A format that is
/// written file by file (text, JSON, JSON Lines) lets the run forget a file once written, so
/// memory stays flat over any number of files; one that needs the whole run (SARIF, JUnit)
/// writes everything in `finish`. Adding a format is one file with a type conforming to this
/// protocol and one line in `ReportFormats.all`.
public protocol Reporter: Sendable {
    /// The name `--format` takes.
    static var name: String { get }
    /// What the format is for, in a few words (`--help` lists it).
    static var summary: String { get }
    /// True when `write(_:to:)` writes each file, so that the run need not keep its files.
    static var writesFilesAsTheyFinish: Bool { get }
    /// True when the format shows the source line around a finding: the linter makes the
    /// excerpts only then (they cost time on files with many findings).
    static var showsExcerpts: Bool { get }
    /// True when the format shows each file's whole text (HTML): the linter then hands the
    /// document on with each file's report (FileReport.document), and the run lets it go
    /// once the file is written.
    static var showsText: Bool { get }

    init(options: ReportOptions)

    /// Called with each linted file, as the run goes on.
    mutating func write(_ report: FileReport, to output: (String) -> Void)
    /// Called once, with the run (whose files may have been forgotten when the format writes
    /// them as they finish: its tally is complete).
    mutating func finish(_ run: LintRun, to output: (String) -> Void)
}

extension Reporter {
    public static var writesFilesAsTheyFinish: Bool { false }
    public static var showsExcerpts: Bool { false }
    public static var showsText: Bool { false }
    public mutating func write(_ report: FileReport, to output: (String) -> Void) {}
}

/// What a front end decides about a report that the formats cannot know: whether the
/// terminal shows colours, and whether what was checked are files or records.
public struct ReportOptions: Sendable {
    /// ANSI colours in the text report: only on a terminal, never when NO_COLOR is set.
    public var color: Bool
    /// Records mode (`--input-format jsonl`): each report is a record, named by its id, and
    /// the summaries count records, not files.
    public var checksRecords: Bool
    /// Threads that may encode a report's findings at once (JSON, SARIF): the run's `--jobs`,
    /// so that `--jobs 1` stays on one thread. The bytes are the same for any number.
    public var threads: Int

    public init(color: Bool = false, checksRecords: Bool = false, threads: Int = 1) {
        self.color = color
        self.checksRecords = checksRecords
        self.threads = threads
    }
}

/// The formats mtlint writes, in the order `--help` lists them.
public enum ReportFormats {
    public static let all: [any Reporter.Type] = [
        TextReporter.self,
        JSONReporter.self,
        SARIFReporter.self,
        JUnitReporter.self,
        GitHubReporter.self,
        JSONLinesReporter.self,
        CheckstyleReporter.self,
        HTMLReporter.self,
    ]

    public static var names: [String] { all.map { $0.name } }

    /// The format called `name`, or nil.
    public static func named(_ name: String) -> (any Reporter.Type)? {
        all.first { $0.name == name }
    }
}
