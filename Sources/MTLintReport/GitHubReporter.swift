import Foundation
import MTLintCore
import MTLintText

/// GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
/// which GitHub shows as an annotation on the file and line in the run and the pull request.
/// Escaping is GitHub's: in the message `%`, CR and LF become `%25`, `%0D`, `%0A`; in property
/// values `:` and `,` too (`%3A`, `%2C`), since they separate the properties. The runner
/// decodes these, so a file name with a line break still names its file. The other control
/// characters of a file name (ESC, NEL, U+2028, bidi controls), which GitHub has no escape
/// for, are written as PrintableText writes them (`\u{1B}`).
public struct GitHubReporter: Reporter {
    public static let name = "github"
    public static let summary = "GitHub Actions annotations"

    public init() {}
    public init(options: ReportOptions) {}

    public func finish(_ run: LintRun, to output: (String) -> Void) {
        output(render(run))
    }

    public func render(_ run: LintRun) -> String {
        var output = ""
        for outcome in run.outcomes {
            switch outcome {
            case .linted(let report):
                for located in report.diagnostics { output += line(located, path: report.path) }
            case .failed(let problem):
                output +=
                    "::error file=\(Self.file(problem.path)),title=\(Self.property("mtlint: unreadable input"))::\(Self.data(problem.message))\n"
            }
        }
        return output
    }

    func line(_ located: LocatedDiagnostic, path: String) -> String {
        let location = located.location
        let command =
            switch located.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
        // CR and LF get GitHub's escapes below; the other controls of the quoted text, none.
        let message = PrintableText.line(
            located.diagnostic.message + (located.suggestionText.map { "\nsuggestion: \($0)" } ?? ""),
            keeping: ["\r", "\n"])
        return "::\(command) file=\(Self.file(path)),line=\(location.line),col=\(location.column),"
            + "endLine=\(location.endLine),endColumn=\(location.endColumn),title=\(Self.property(located.ruleID))::\(Self.data(message))\n"
    }

    /// Escapes the message part of a workflow command, scalar by scalar: Foundation's
    /// `replacingOccurrences` matches whole composed sequences, and missed a line feed
    /// followed by a combining mark (`\n\u{059E}`), which then broke the command's line.
    static func data(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": escaped.append(contentsOf: "%25".unicodeScalars)
            case "\r": escaped.append(contentsOf: "%0D".unicodeScalars)
            case "\n": escaped.append(contentsOf: "%0A".unicodeScalars)
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// A file name as a property value.
    static func file(_ path: String) -> String {
        property(PrintableText.line(path, keeping: ["\r", "\n"]))
    }

    /// Escapes a property value of a workflow command.
    static func property(_ text: String) -> String {
        data(text).unicodeScalars.reduce(into: "") { escaped, scalar in
            switch scalar {
            case ":": escaped += "%3A"
            case ",": escaped += "%2C"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
    }
}
