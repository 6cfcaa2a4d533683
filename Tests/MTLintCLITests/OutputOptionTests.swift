import Foundation
import Testing

/// `-o FILE` / `--output FILE`: the report goes to a file, written like the baseline (see
/// OutputFile): checked before the run, replaced whole at its end, never a file the run reads.
@Suite("Writing the report to a file (-o)")
struct OutputOptionTests {
    private let linted = ["--lang", "it", "a.txt"]

    private func folderWithInput() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", repeatedWordLine + "\n")
        return folder
    }

    private func contents(_ name: String, in folder: TemporaryFolder) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    }

    private func leftovers(in folder: TemporaryFolder, besides names: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !names.contains($0) }.sorted()
    }

    @Test(
        "the file holds the bytes stdout would; stdout stays empty; a note names the file",
        arguments: ["text", "json", "jsonl", "sarif", "junit", "github", "checkstyle", "html"])
    func sameBytesAsStandardOutput(format: String) throws {
        let folder = try folderWithInput()
        let printed = folder.run(linted + ["--format", format])
        let written = folder.run(linted + ["--format", format, "-o", "report.out"])
        #expect(written.status == printed.status)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "mtlint: wrote the \(format) report to report.out\n")
        #expect(try contents("report.out", in: folder) == printed.stdout)
        #expect(!printed.stdout.isEmpty)
        #expect(try leftovers(in: folder, besides: ["a.txt", "report.out"]).isEmpty)
    }

    @Test("--output is the long name; --quiet leaves out the note; an old file is replaced whole")
    func longNameQuietAndReplace() throws {
        let folder = try folderWithInput()
        try folder.write("report.json", String(repeating: "old report\n", count: 10_000))
        let result = folder.run(linted + ["--format", "json", "--output", "report.json", "--quiet"])
        #expect(result.status == Status.clean)
        #expect(result.stderr.isEmpty)
        let report = try jsonObject(contents("report.json", in: folder))
        #expect((report["summary"] as? JSONObject)?["warnings"] as? Int == 1)
    }

    @Test("the text report in a file has no colours, even with FORCE_COLOR (which colours stdout)")
    func noColourInAFile() throws {
        let folder = try folderWithInput()
        #expect(folder.run(linted, environment: ["FORCE_COLOR": "1"]).stdout.contains("\u{1B}["))
        let result = folder.run(linted + ["-o", "report.txt"], environment: ["FORCE_COLOR": "1"])
        #expect(result.status == Status.clean)
        #expect(try !contents("report.txt", in: folder).contains("\u{1B}"))
        #expect(try contents("report.txt", in: folder).contains("a.txt:1:11: warning: repeated word"))
    }

    @Test(
        "a file the run reads, a folder, a FIFO or a missing folder is refused before linting, and left as it was",
        arguments: [
            (["a.txt"], "a.txt", "it is the input a.txt, which this run reads"),
            (["--baseline", "base.json", "a.txt"], "base.json", "it is the baseline base.json, which this run reads"),
            (["--config", "conf.yml", "a.txt"], "conf.yml", "it is the configuration conf.yml, which this run reads"),
            (["a.txt"], "folder", "it is a folder"),
            (["a.txt"], "fifo", "it is not a regular file but a FIFO"),
            (["a.txt"], "out/report.html", "the folder out does not exist (mtlint creates no folders)"),
        ])
    func refused(arguments: [String], target: String, reason: String) throws {
        let folder = try folderWithInput()
        try folder.write("conf.yml", "version: 1\n")
        #expect(folder.run(["--lang", "it", "--write-baseline", "base.json", "a.txt"]).status == Status.clean)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder"), withIntermediateDirectories: false)
        #expect(mkfifo(folder.url.appendingPathComponent("fifo").path, 0o644) == 0)
        let before = try leftovers(in: folder, besides: [])
        let baseline = try contents("base.json", in: folder)
        let result = folder.run(["--lang", "it", "--format", "html", "-o", target] + arguments)
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "mtlint: error: \(target): cannot write the report: \(reason)\n")
        #expect(try leftovers(in: folder, besides: []) == before)
        #expect(try contents("base.json", in: folder) == baseline)
        #expect(try contents("a.txt", in: folder) == repeatedWordLine + "\n")
    }

    @Test("the report and the baseline cannot be the same file")
    func notTheBaselineWritten() throws {
        let folder = try folderWithInput()
        let result = folder.run(linted + ["-o", "same.json", "--write-baseline", "./same.json"])
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: same.json: cannot write the report: it is also the baseline this run writes\n")
        #expect(try leftovers(in: folder, besides: ["a.txt"]).isEmpty)
    }

    @Test("a write that fails (a file size limit here) is exit 2; the old file stays, no temporary file is left")
    func failedWrite() throws {
        let folder = try folderWithInput()
        try folder.write("report.html", "old\n")
        let result = runMTLint(
            ["-c", "ulimit -f 0; exec \"$0\" \"$@\"", try #require(mtlintExecutable).path]
                + linted + ["--format", "html", "-o", "report.html"], shell: true, in: folder.url)
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: report.html: cannot write the report: File too large\n")
        #expect(try contents("report.html", in: folder) == "old\n")
        #expect(try leftovers(in: folder, besides: ["a.txt", "report.html"]).isEmpty)
    }

    @Test("a symbolic link is written through: the link stays, its target gets the report")
    func symbolicLink() throws {
        let folder = try folderWithInput()
        try folder.write("artifacts/real.xml", "old\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.xml").path, withDestinationPath: "artifacts/real.xml")
        let result = folder.run(linted + ["--format", "checkstyle", "-o", "link.xml", "-q"])
        #expect(result.status == Status.clean)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.url.appendingPathComponent("link.xml").path)
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(try contents("artifacts/real.xml", in: folder).contains("<checkstyle"))
    }
}
