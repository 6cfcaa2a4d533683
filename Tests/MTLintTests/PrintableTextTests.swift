import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// A file name that, printed raw, puts a GitHub Actions workflow command on a line of its own.
let injectingName = "x\n::error file=y::pwn.txt"

/// The lines of a report, split at line feeds only (Swift's `split` on Character would also
/// split at CR and at U+2028, which is what the tests look for).
private func reportLines(_ text: String) -> [String] {
    text.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
}

@Suite struct PrintableTextTests {
    @Test(arguments: [
        ("a.txt", "a.txt"),
        ("dir/città, 1.txt", "dir/città, 1.txt"),
        ("back\\slash.txt", "back\\slash.txt"),
        (injectingName, "\"x\\n::error file=y::pwn.txt\""),
        ("a\rb\tc", "\"a\\rb\\tc\""),
        ("esc\u{1B}[31mred", "\"esc\\u{1B}[31mred\""),
        ("del\u{7F}nel\u{85}csi\u{9B}", "\"del\\u{7F}nel\\u{85}csi\\u{9B}\""),
        ("line\u{2028}para\u{2029}", "\"line\\u{2028}para\\u{2029}\""),
        ("txt.\u{202E}exe", "\"txt.\\u{202E}exe\""),
        ("\u{2066}\u{2069}\u{200E}\u{200F}\u{061C}", "\"\\u{2066}\\u{2069}\\u{200E}\\u{200F}\\u{61C}\""),
        ("a\\b\n\"c\"", "\"a\\\\b\\n\\\"c\\\"\""),
        ("\"quoted\".txt", "\"\\\"quoted\\\".txt\""),
    ])
    func namesWithControlCharactersAreQuotedAndEscaped(name: String, printed: String) {
        #expect(PrintableText.name(name) == printed)
        #expect(!PrintableText.name(name).unicodeScalars.contains(where: PrintableText.isEscaped))
    }

    @Test func linesEscapeWithoutQuoting() {
        #expect(
            PrintableText.line("mtlint: error: \(injectingName): no such file")
                == "mtlint: error: x\\n::error file=y::pwn.txt: no such file")
        #expect(PrintableText.line("a\\b") == "a\\b")
        #expect(PrintableText.line("a\r\nb\u{1B}", keeping: ["\r", "\n"]) == "a\r\nb\\u{1B}")
        #expect(PrintableText.lines("Usage: mtlint\n  --x\u{1B}]0;title\u{7}\n") == "Usage: mtlint\n  --x\\u{1B}]0;title\\u{7}\n")
    }

    /// Every character a name could hold: only these are escaped, nothing printable.
    @Test func escapedAreControlsSeparatorsAndBidiControlsOnly() {
        let escaped = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter(PrintableText.isEscaped).map(\.value)
        let expected = Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x061C, 0x200E, 0x200F] + Array(0x2028...0x202E) + Array(0x2066...0x2069)
        #expect(escaped == expected.map(UInt32.init))
    }
}

@Suite struct ReportInjectionTests {
    private func run(path: String) throws -> LintRun {
        let report = try lint("Ha pagato il il conto.\n", language: "it", path: path)
        return LintRun(
            outcomes: [.linted(report), .failed(InputProblem(path: path + ".missing", message: "no such file or folder"))],
            rules: RuleRegistry.all.map { $0.metadata })
    }

    @Test func theTextReportQuotesTheName() throws {
        let output = TextReporter(color: false).render(try run(path: injectingName))
        #expect(reportLines(output).allSatisfy { !$0.hasPrefix("::") }, "\(output)")
        #expect(
            output.hasPrefix(
                """
                "x\\n::error file=y::pwn.txt": note: language it (given with --lang)
                "x\\n::error file=y::pwn.txt":1:11: warning: repeated word:
                """))
    }

    /// GitHub decodes %0A back into a line feed, so the annotation names the real file; what
    /// GitHub has no escape for is written as PrintableText writes it.
    @Test func theGitHubReportEscapesNamesAsGitHubDecodesThem() throws {
        let output = GitHubReporter().render(try run(path: injectingName + "\r\u{1B}[8m\u{2028}%,"))
        let lines = reportLines(output)
        #expect(lines.count == 2, "\(output)")
        #expect(lines[0].hasPrefix("::warning file=x%0A%3A%3Aerror file=y%3A%3Apwn.txt%0D\\u{1B}[8m\\u{2028}%25%2C,line=1,col=11,"))
        #expect(
            lines[1].hasPrefix(
                "::error file=x%0A%3A%3Aerror file=y%3A%3Apwn.txt%0D\\u{1B}[8m\\u{2028}%25%2C.missing,title=mtlint%3A unreadable input::"))
        #expect(!output.unicodeScalars.contains { PrintableText.isEscaped($0) && $0 != "\n" })
    }

    /// GitHub's workflow-command escaping, exactly: `%`, CR and LF in the message; `:` and
    /// `,` too in property values, and nothing else.
    @Test func gitHubEscaping() {
        #expect(GitHubReporter.data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad")
        #expect(GitHubReporter.property("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad")
        #expect(GitHubReporter.data("%0A") == "%250A")
    }

    @Test func theJUnitFailureLinesQuoteTheName() throws {
        let output = JUnitReporter().render(try run(path: injectingName))
        #expect(output.contains(">\"x\\n::error file=y::pwn.txt\":1:11: warning: "))
        #expect(reportLines(output).allSatisfy { !$0.hasPrefix("::") })
    }

    /// XML 1.0 cannot hold C0 controls other than tab, LF and CR, even as references.
    @Test(arguments: ["junit", "checkstyle"])
    func xmlReportsHoldNoForbiddenCharacter(format: String) throws {
        let run = try run(path: "a\u{1}b\u{1B}\u{FFFE}\u{7F}\u{85}.txt")
        let output = format == "junit" ? JUnitReporter().render(run) : CheckstyleReporter().render(run)
        let forbidden = output.unicodeScalars.filter {
            ($0.value < 0x20 && !["\t", "\n", "\r"].contains($0)) || $0.value == 0xFFFE || $0.value == 0xFFFF
        }
        #expect(forbidden.isEmpty)
        #expect(output.contains("name=\"a\u{FFFD}b\u{FFFD}\u{FFFD}\u{7F}\u{85}.txt\""))
    }

    @Test func anInputProblemNamesItsFileEscaped() {
        #expect(
            InputProblem(path: injectingName, message: "no such file or folder").description
                == "\"x\\n::error file=y::pwn.txt\": no such file or folder")
    }
}

/// Flags each ⚑ with a message that quotes text holding a line feed and an ESC sequence, as a
/// message quoting a damaged document could.
private struct QuotingRule: Rule {
    static let metadata = RuleMetadata(
        id: "test/quote", severity: .warning, category: .fluency, summary: "Quotes a line break.",
        explanation: "Used by the report injection tests.", examples: [])

    func check(_ analysis: Analysis) -> [Diagnostic] {
        analysis.text.indices.filter { analysis.text[$0] == 0x2691 }.map { index in
            diagnostic(index..<index + 1, "quoted `a\n::error::b\u{1B}[2J`", suggestions: ["c\n::d"])
        }
    }
}

@Suite struct MessageInjectionTests {
    private func run() throws -> LintRun {
        let linter = Linter(rules: [QuotingRule()], language: try ICULocale(languageTag: "it"))
        return LintRun(
            outcomes: [.linted(try linter.lint(Document(path: "a.txt", text: "Un ⚑ qui.\n"), using: Analyzer()))],
            rules: linter.ruleMetadata)
    }

    @Test func theTextReportEscapesMessagesAndSuggestions() throws {
        let output = TextReporter(color: false).render(try run())
        #expect(output.contains("a.txt:1:4: warning: quoted `a\\n::error::b\\u{1B}[2J` [test/quote]\n"))
        #expect(output.contains("= suggestion: c\\n::d\n"))
        #expect(!output.unicodeScalars.contains { PrintableText.isEscaped($0) && $0 != "\n" })
    }

    @Test func theGitHubReportEscapesMessagesAsGitHubDecodesThem() throws {
        #expect(
            GitHubReporter().render(try run())
                == "::warning file=a.txt,line=1,col=4,endLine=1,endColumn=5,title=test/quote::quoted `a%0A::error::b\\u{1B}[2J`%0Asuggestion: c%0A::d\n"
        )
    }
}
