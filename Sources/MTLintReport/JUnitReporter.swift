import MTLintCore
import MTLintText

/// JUnit XML, which CI servers (GitLab, Jenkins, Azure Pipelines, CircleCI) show as test
/// results: one `<testsuite>` per file, one `<testcase>` per rule that ran, and for a rule with
/// findings one `<failure>` that lists them all (one element, since several tools show only the
/// first failure of a test case). A clean file is a passing suite. The file's language, word
/// count and quality score are suite properties. An input that could not be read is a suite
/// with one test case, `read`, in error. No times or timestamps, so the bytes are stable.
public struct JUnitReporter: Reporter {
    public static let name = "junit"
    public static let summary = "JUnit XML, one test case per file"

    public init() {}
    public init(options: ReportOptions) {}

    public func finish(_ run: LintRun, to output: (String) -> Void) {
        output(render(run))
    }

    public func render(_ run: LintRun) -> String {
        var suites = ""
        var tests = 0, failures = 0, errors = 0
        for outcome in run.outcomes {
            switch outcome {
            case .linted(let report):
                let (text, failed) = suite(report, rules: run.rules)
                suites += text
                tests += run.rules.count
                failures += failed
            case .failed(let problem):
                let path = XMLText.escape(problem.path)
                suites += "  <testsuite name=\"\(path)\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n"
                suites += "    <testcase classname=\"\(path)\" name=\"read\">\n"
                suites += "      <error type=\"unreadable\" message=\"\(XMLText.escape(problem.message))\"/>\n"
                suites += "    </testcase>\n  </testsuite>\n"
                tests += 1
                errors += 1
            }
        }
        return XMLText.declaration
            + "<testsuites name=\"mtlint\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
            + suites + "</testsuites>\n"
    }

    private func suite(_ report: FileReport, rules: [RuleMetadata]) -> (String, failures: Int) {
        let path = XMLText.escape(report.path)
        let byRule = Dictionary(grouping: report.diagnostics, by: \.ruleID)
        let failures = rules.filter { byRule[$0.id] != nil }.count
        var output = "  <testsuite name=\"\(path)\" tests=\"\(rules.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        output += "    <properties>\n"
        for (name, value) in [("language", report.language.tag), ("words", String(report.wordCount)), ("score", report.score.description)] {
            output += "      <property name=\"\(name)\" value=\"\(XMLText.escape(value))\"/>\n"
        }
        output += "    </properties>\n"
        for rule in rules {
            let opening = "    <testcase classname=\"\(path)\" name=\"\(XMLText.escape(rule.id))\""
            guard let findings = byRule[rule.id] else {
                output += opening + "/>\n"
                continue
            }
            let worst = findings.map(\.severity).max() ?? rule.severity
            let count = findings.count == 1 ? "1 finding" : "\(findings.count) findings"
            let summary = "\(count): \(findings[0].diagnostic.message)"
            output += opening + ">\n"
            output += "      <failure type=\"\(worst.rawValue)\" message=\"\(XMLText.escape(summary))\">"
            for located in findings {
                let location = located.location
                let line =
                    "\(PrintableText.name(report.path)):\(location.line):\(location.column): \(located.severity.rawValue): \(located.diagnostic.message)"
                    + (located.suggestionText.map { " (suggestion: \($0))" } ?? "")
                output += XMLText.escape(line, attribute: false) + "\n"
            }
            output += "</failure>\n    </testcase>\n"
        }
        return (output + "  </testsuite>\n", failures)
    }
}
