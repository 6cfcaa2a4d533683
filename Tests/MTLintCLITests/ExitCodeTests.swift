import Foundation
import Testing

@Suite("Exit codes")
struct ExitCodeTests {
    @Test(
        "a warning fails the run only at --fail-on warning or info",
        arguments: [
            (["--fail-on", "error"], Status.clean),
            ([], Status.clean),
            (["--fail-on", "warning"], Status.findings),
            (["--fail-on", "info"], Status.findings),
            (["--fail-on", "never"], Status.clean),
        ])
    func failOn(options: [String], expected: Int32) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run([file] + options)
        #expect(result.status == expected, "stdout: \(result.stdout)")
        #expect(result.stdout.contains("[text/repeated-word]"))
        #expect(result.stderr.isEmpty)
    }

    @Test("a clean file exits 0 even at --fail-on info")
    func cleanFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("pulito.txt", "Ha pagato il conto del ristorante.\n")
        let result = folder.run([file, "--fail-on", "info"])
        #expect(result.status == Status.clean)
        #expect(result.stdout.hasSuffix(": 0 errors, 0 warnings, 0 infos; score 100.0\n"))
    }

    @Test("mixed scripts are a warning: exit 0 by default, 1 at --fail-on warning")
    func mixedScript() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("menu.txt", "Lingue: 한국어Русский языкEnglishFrançais日本語Deutsch\n")
        let lenient = folder.run(["--lang", "it", file])
        #expect(lenient.status == Status.clean)
        #expect(lenient.stdout.contains("menu.txt:1:9: warning: "))
        #expect(lenient.stdout.contains("[text/mixed-script]"))
        #expect(folder.run(["--lang", "it", "--fail-on", "warning", file]).status == Status.findings)
    }

    @Test("an unreadable input exits 3, even when another file has findings at --fail-on")
    func unreadableBeatsFindings() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(["--fail-on", "warning", "manca.txt", file])
        #expect(result.status == Status.unreadable)
        #expect(result.stdout.contains("conto.txt:1:11: warning: "))
        #expect(result.stderr == "mtlint: error: manca.txt: no such file or folder\n")
    }

    @Test("no arguments at all is a usage error")
    func noArguments() {
        let result = runMTLint([])
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("give a file, a folder, or - for standard input"))
    }

    @Test(
        "usage errors exit 2 with the reason on stderr",
        arguments: [
            (["--jobs", "0", "x.txt"], "--jobs must be at least 1"),
            (["--fail-on", "sometimes", "x.txt"], "sometimes"),
            (["--format", "xml", "x.txt"], "xml"),
            (["--no-such-option", "x.txt"], "--no-such-option"),
        ])
    func usageErrors(arguments: [String], reason: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("x.txt", repeatedWordLine + "\n")
        let result = folder.run(arguments)
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.lines.first?.hasPrefix("Error: ") == true, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(reason))
    }
}
