/// JSON Lines for pipelines: one compact JSON object per finding per line, with the fields of
/// the JSON report's diagnostics plus `path`. Printed file by file as files finish (see
/// `lines(for:)`), so that a consumer can start before the run ends. Clean files print nothing;
/// unreadable inputs are named on stderr.
public struct JSONLinesReporter: Sendable {
    public init() {}

    public func render(_ run: LintRun) -> String {
        run.reports.map(lines(for:)).joined()
    }

    /// The lines of one file's findings.
    public func lines(for report: FileReport) -> String {
        report.diagnostics.map { JSONReporter.encode(Line(path: report.path, entry: .init($0)), pretty: false) + "\n" }.joined()
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
