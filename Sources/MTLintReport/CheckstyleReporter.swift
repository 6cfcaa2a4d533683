import MTLintCore
import MTLintText

/// Checkstyle XML, which code review tools (reviewdog, Jenkins' warnings plugin, Danger) read:
/// one `<file>` per input, one `<error>` per finding with its line, column (UTF-16), severity
/// (`error`, `warning`, `info`), message and rule id as `source`. An input that could not be
/// read is a file with one error whose source is `mtlint/input` and which has no line.
public struct CheckstyleReporter: Reporter {
    public static let name = "checkstyle"
    public static let summary = "Checkstyle XML"

    public init() {}
    public init(options: ReportOptions) {}

    public func finish(_ run: LintRun, to output: (String) -> Void) {
        output(render(run))
    }

    public func render(_ run: LintRun) -> String {
        var output = XMLText.declaration + "<checkstyle version=\"4.3\">\n"
        for outcome in run.outcomes {
            switch outcome {
            case .linted(let report):
                guard !report.diagnostics.isEmpty else {
                    output += "  <file name=\"\(XMLText.escape(report.path))\"/>\n"
                    continue
                }
                output += "  <file name=\"\(XMLText.escape(report.path))\">\n"
                for located in report.diagnostics {
                    output +=
                        "    <error line=\"\(located.location.line)\" column=\"\(located.location.column)\""
                        + " severity=\"\(located.severity.rawValue)\" message=\"\(XMLText.escape(message(located)))\""
                        + " source=\"\(XMLText.escape(located.ruleID))\"/>\n"
                }
                output += "  </file>\n"
            case .failed(let problem):
                output += "  <file name=\"\(XMLText.escape(problem.path))\">\n"
                output += "    <error severity=\"error\" message=\"\(XMLText.escape(problem.message))\" source=\"mtlint/input\"/>\n"
                output += "  </file>\n"
            }
        }
        return output + "</checkstyle>\n"
    }

    /// The message, with the suggestions that review tools would otherwise not show.
    private func message(_ located: LocatedDiagnostic) -> String {
        located.diagnostic.message + (located.suggestionText.map { " (suggestion: \($0))" } ?? "")
    }
}
