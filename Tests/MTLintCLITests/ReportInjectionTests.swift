import Foundation
import Testing

/// A file name that, printed raw, puts a GitHub Actions workflow command on a line of its own.
private let injectingName = "x\n::error file=y::pwn.txt"

/// Lines split at line feeds only: Swift's Character split would also split at CR and U+2028.
private func logLines(_ text: String) -> [String] {
    text.utf8.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
}

@Suite("File names cannot inject lines into reports and logs")
struct ReportInjectionCLITests {
    /// A folder `testi` holding one file with `name` and a finding.
    private func folder(withFileNamed name: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("testi/" + name, repeatedWordLine + "\n")
        return folder
    }

    @Test("the text report and the errors on stderr quote and escape the name", arguments: [false, true])
    func text(walked: Bool) throws {
        let folder = try folder(withFileNamed: injectingName)
        let input = walked ? "testi" : "testi/" + injectingName
        let result = folder.run(["--lang", "it", "--min-score", "50", input, "testi/" + injectingName + "\u{1B}[2J"])
        #expect(result.status == Status.unreadable)
        let stdout = logLines(result.stdout), stderr = logLines(result.stderr)
        #expect(stdout.allSatisfy { !$0.hasPrefix("::") }, "\(result.stdout)")
        #expect(stderr.allSatisfy { !$0.hasPrefix("::") }, "\(result.stderr)")
        #expect(stdout.contains("\"testi/x\\n::error file=y::pwn.txt\": note: language it (given with --lang)"))
        #expect(stdout.contains { $0.hasPrefix("\"testi/x\\n::error file=y::pwn.txt\":1:11: warning: repeated word") })
        #expect(
            stderr == [
                "mtlint: error: \"testi/x\\n::error file=y::pwn.txt\\u{1B}[2J\": no such file or folder",
                "mtlint: error: \"testi/x\\n::error file=y::pwn.txt\": quality score 0.0 is below the minimum 50.0",
            ])
    }

    @Test("GitHub annotations escape the name as the runner decodes it")
    func github() throws {
        let folder = try folder(withFileNamed: injectingName)
        let result = folder.run(["--lang", "it", "--format", "github", "testi"])
        #expect(result.status == Status.clean)
        #expect(
            logLines(result.stdout) == [
                "::warning file=testi/x%0A%3A%3Aerror file=y%3A%3Apwn.txt,line=1,col=11,endLine=1,endColumn=16,"
                    + "title=text/repeated-word::repeated word: `il il`; write `il` once%0Asuggestion: il"
            ])
    }

    @Test("a baseline error names the file escaped")
    func baselineError() throws {
        let folder = try folder(withFileNamed: injectingName)
        let result = folder.run(["--lang", "it", "--write-baseline", "testi/" + injectingName, "testi"])
        #expect(result.status == Status.usage)
        #expect(
            result.stderr == "mtlint: error: \"testi/x\\n::error file=y::pwn.txt\": cannot write the baseline: "
                + "it is the input \"testi/x\\n::error file=y::pwn.txt\", which this run reads\n")
    }

    @Test("usage errors escape control characters in what was typed")
    func usageError() throws {
        let result = runMTLint(["--format", "x\u{1B}]0;pwn\u{7}\n::error::y", "a.txt"])
        #expect(result.status == Status.usage)
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(logLines(result.stderr).allSatisfy { !$0.hasPrefix("::") }, "\(result.stderr)")
    }
}
