import Foundation
import Testing

/// Runs the built `mtlint` through /bin/sh with `redirections` applied to it (`>/dev/full`,
/// `>&-`, `2>&-`), in `folder`. What stays a pipe is captured; a closed or redirected stream
/// reads as empty.
private func runRedirected(
    _ arguments: [String], _ redirections: String, in folder: TemporaryFolder
)
    throws -> (status: Int32, stdout: String, stderr: String)
{
    let binary = try #require(mtlintExecutable).path
    return runMTLint(["-c", "exec \"$0\" \"$@\" \(redirections)", binary] + arguments, shell: true, in: folder.url)
}

/// One Italian line with a finding, as many times as asked: 3,000 lines make a text report
/// of about 600 KB, far more than a pipe holds.
private func article(lines: Int) -> String {
    String(repeating: repeatedWordLine + "\n", count: lines)
}

@Suite("Output that cannot be written")
struct OutputFailureTests {
    @Test(
        "a full stdout is one line on stderr and exit 2, in every format",
        arguments: ["text", "json", "jsonl", "sarif", "junit", "github", "checkstyle"])
    func fullStandardOutput(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article(lines: 1))
        let result = try runRedirected(["--lang", "it", "--format", format, "a.txt"], ">/dev/full", in: folder)
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: cannot write the report to standard output: No space left on device\n")
    }

    @Test("a closed stdout is one line on stderr and exit 2")
    func closedStandardOutput() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article(lines: 1))
        let result = try runRedirected(["--lang", "it", "a.txt"], ">&-", in: folder)
        #expect(result.status == Status.usage)
        // Bad file descriptor, not the error of whatever else took descriptor 1 (an epoll
        // descriptor made the report fail with `Invalid argument`).
        #expect(result.stderr == "mtlint: error: cannot write the report to standard output: Bad file descriptor\n")
    }

    @Test(
        "the other commands report a stdout they cannot write, too",
        arguments: [
            (["rules"], "the rule list"), (["explain", "text/repeated-word"], "the explanation"),
            (["--version"], "the version"), (["version"], "the version"), (["--help"], "the help"),
        ])
    func otherCommands(arguments: [String], what: String) throws {
        let result = try runRedirected(arguments, ">/dev/full", in: TemporaryFolder())
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: cannot write \(what) to standard output: No space left on device\n")
    }

    @Test("an error that cannot be written to stderr leaves the exit code alone", arguments: ["2>/dev/full", "2>&-"])
    func unwritableStandardError(redirection: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article(lines: 1))
        let result = try runRedirected(["--lang", "it", "a.txt", "manca.txt"], redirection, in: folder)
        #expect(result.status == Status.unreadable)
        #expect(result.stdout.contains("a.txt:1:11: warning: "))
        #expect(result.stdout.hasSuffix("1 input could not be read\n"))
    }

    @Test("with neither stdout nor stderr writable, exit 2 and nothing else", arguments: [">/dev/full 2>/dev/full", ">&- 2>&-"])
    func nothingWritable(redirections: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article(lines: 1))
        let result = try runRedirected(["--lang", "it", "a.txt"], redirections, in: folder)
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    }

    @Test("a reader that stops early (| head -1) ends the run quietly with exit 2", arguments: ["text", "jsonl", "sarif"])
    func readerGoneAway(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("big.txt", article(lines: 3000))
        let binary = try #require(mtlintExecutable).path
        // The pipeline's status is mtlint's, written to a file: sh has no PIPESTATUS.
        let script = "{ \"$0\" \"$@\"; echo $? > status; } | head -n 1"
        let result = runMTLint(["-c", script, binary, "--lang", "it", "--format", format, "big.txt"], shell: true, in: folder.url)
        #expect(result.status == 0)
        #expect(result.stdout.lines.count == 1)
        #expect(result.stderr.isEmpty, "no message, no backtrace: \(result.stderr)")
        let status = try String(contentsOf: folder.url.appendingPathComponent("status"), encoding: .utf8)
        #expect(status == "\(Status.usage)\n")
    }
}
