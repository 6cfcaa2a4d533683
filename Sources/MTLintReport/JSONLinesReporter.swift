import MTLintCore
import MTLintText

/// JSON Lines for pipelines: one compact JSON object per finding per line, with the fields of
/// the JSON report's diagnostics plus `path`. Printed file by file as files finish (see
/// `lines(for:)`), so that a consumer can start before the run ends. Clean files print nothing;
/// unreadable inputs are named on stderr.
public struct JSONLinesReporter: Reporter {
    public static let name = "jsonl"
    public static let summary = "JSON Lines, one finding per line"
    public static let writesFilesAsTheyFinish = true

    public init() {}
    public init(options: ReportOptions) {}

    /// Nothing: the lines are all written file by file.
    public func finish(_ run: LintRun, to output: (String) -> Void) {}

    public func render(_ run: LintRun) -> String {
        run.reports.map(lines(for:)).joined()
    }

    /// The lines of one file's findings.
    public func lines(for report: FileReport) -> String {
        var output = ""
        write(report) { output += $0 }
        return output
    }

    /// The same lines handed to `output` in pieces of about 64 KB.
    public func write(_ report: FileReport, to output: (String) -> Void) {
        var pieces = OutputPieces()
        for located in report.diagnostics {
            pieces.add(JSONPieces.encode(Line(path: report.path, entry: .init(located)), pretty: false) + "\n", to: output)
        }
        pieces.finish(to: output)
    }

    /// A diagnostic entry of the JSON report with the file's path beside its fields.
    struct Line: Encodable {
        var path: String
        var entry: JSONReporter.Entry

        enum Key: String, CodingKey { case path }

        func encode(to encoder: any Encoder) throws {
            try entry.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(path, forKey: .path)
        }
    }
}
