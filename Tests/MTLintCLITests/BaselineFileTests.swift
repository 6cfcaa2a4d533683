import Foundation
import Testing

/// What `--write-baseline` may and may not do to the file system.
@Suite("Writing the baseline file")
struct BaselineFileTests {
    private let linted = ["--lang", "it", "a.txt"]

    /// A folder with `a.txt` (one finding) in it.
    private func folderWithInput() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", repeatedWordLine + "\n")
        return folder
    }

    private func contents(_ name: String, in folder: TemporaryFolder) throws -> String {
        try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    }

    /// The kind of `name` (S_IFREG, S_IFLNK, S_IFIFO, S_IFDIR ...), the link itself for a link.
    private func kind(_ name: String, in folder: TemporaryFolder) -> mode_t {
        var info = stat()
        guard lstat(folder.url.appendingPathComponent(name).path, &info) == 0 else { return 0 }
        return info.st_mode & S_IFMT
    }

    /// Names in `folder` other than those given: temporary files left behind.
    private func leftovers(in folder: TemporaryFolder, besides names: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { !names.contains($0) }
    }

    @Test("a symbolic link is written through: the link stays, its target gets the baseline")
    func symbolicLink() throws {
        let folder = try folderWithInput()
        try folder.write("ci/real.json", "{}\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.json").path, withDestinationPath: "ci/real.json")
        let result = folder.run(linted + ["--write-baseline", "link.json"])
        #expect(result.status == Status.clean, "\(result.stderr)")
        #expect(kind("link.json", in: folder) == S_IFLNK)
        let stored = try jsonObject(contents("ci/real.json", in: folder))
        // Paths are relative to the link's folder, where --baseline link.json reads them from.
        #expect((stored["findings"] as? [JSONObject])?.first?["path"] as? String == "a.txt")
        #expect(folder.run(linted + ["--baseline", "link.json", "--fail-on", "warning"]).status == Status.clean)
    }

    /// The device is reached through a link in the test's folder, never named itself: an
    /// mtlint that replaced what it writes to would replace the link, not /dev/full.
    @Test("a FIFO, a device or a folder is refused with exit 2 and left alone", arguments: ["fifo", "full", "folder"])
    func notARegularFile(target: String) throws {
        let folder = try folderWithInput()
        #expect(mkfifo(folder.url.appendingPathComponent("fifo").path, 0o644) == 0)
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("folder"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("full").path, withDestinationPath: "/dev/full")
        let result = folder.run(linted + ["--write-baseline", target])
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty, "refused before linting")
        let reason =
            switch target {
            case "fifo": "it is not a regular file but a FIFO"
            case "folder": "it is a folder"
            default: "it is not a regular file but a device"
            }
        #expect(result.stderr == "mtlint: error: \(target): cannot write the baseline: \(reason)\n")
        #expect(kind("fifo", in: folder) == S_IFIFO)
        #expect(kind("folder", in: folder) == S_IFDIR)
    }

    @Test("a missing folder is an error naming it; no folder is created")
    func missingFolder() throws {
        let folder = try folderWithInput()
        let result = folder.run(linted + ["--write-baseline", "ci/out/baseline.json"])
        #expect(result.status == Status.usage)
        #expect(
            result.stderr
                == "mtlint: error: ci/out/baseline.json: cannot write the baseline: the folder ci/out does not exist (mtlint creates no folders)\n"
        )
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("ci").path))
    }

    @Test(
        "a file the run reads is refused: an input, by name, hard link or folder walk; stdin; the configuration; a glossary",
        arguments: [
            (["--lang", "it", "a.txt"], "a.txt", "the input a.txt"),
            (["--lang", "it", "a.txt"], "same.txt", "the input a.txt"),
            (["--lang", "it", "testi"], "testi/b.txt", "the input testi/b.txt"),
            (["--lang", "it", "-"], "a.txt", "standard input"),
            (["--lang", "it", "--config", "conf.yml", "b.txt"], "conf.yml", "the configuration conf.yml"),
            (["--lang", "it", "--glossary", "g.yml", "b.txt"], "g.yml", "the glossary g.yml"),
        ])
    func fileOfTheRun(arguments: [String], target: String, role: String) throws {
        let folder = try folderWithInput()
        try folder.write("testi/b.txt", repeatedWordLine + "\n")
        try folder.write("b.txt", repeatedWordLine + "\n")
        try folder.write("conf.yml", "version: 1\n")
        try folder.write("g.yml", "version: 1\nentities: []\n")
        try FileManager.default.linkItem(at: folder.url.appendingPathComponent("a.txt"), to: folder.url.appendingPathComponent("same.txt"))
        let before = try contents(target, in: folder)
        let result = runMTLint(
            ["-c", "exec \"$0\" \"$@\" < a.txt", try #require(mtlintExecutable).path]
                + arguments + ["--write-baseline", target], shell: true, in: folder.url)
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: \(target): cannot write the baseline: it is \(role), which this run reads\n")
        #expect(try contents(target, in: folder) == before)
    }

    @Test("a write that fails (a file size limit here) is exit 2; the old baseline stays, no temporary file is left")
    func failedWrite() throws {
        let folder = try folderWithInput()
        #expect(folder.run(linted + ["--write-baseline", "baseline.json"]).status == Status.clean)
        let before = try contents("baseline.json", in: folder)
        try folder.write("a.txt", repeatedWordLine + "\n" + "Poi è andato a a casa.\n")
        let result = runMTLint(
            ["-c", "ulimit -f 0; exec \"$0\" \"$@\"", try #require(mtlintExecutable).path]
                + linted + ["--write-baseline", "baseline.json"], shell: true, in: folder.url)
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: baseline.json: cannot write the baseline: File too large\n")
        #expect(try contents("baseline.json", in: folder) == before)
        #expect(try leftovers(in: folder, besides: ["a.txt", "baseline.json"]).isEmpty)
    }

    @Test("a replaced baseline keeps its permissions; a new one follows the umask")
    func keepsMode() throws {
        let folder = try folderWithInput()
        try folder.write("baseline.json", "{}\n")
        let path = folder.url.appendingPathComponent("baseline.json").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(folder.run(linted + ["--write-baseline", "baseline.json"]).status == Status.clean)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o640)
        #expect(try contents("baseline.json", in: folder).contains("\"findings\""))

        let created = runMTLint(
            ["-c", "umask 027; exec \"$0\" \"$@\"", try #require(mtlintExecutable).path]
                + linted + ["--write-baseline", "new.json"], shell: true, in: folder.url)
        #expect(created.status == Status.clean)
        let newPath = folder.url.appendingPathComponent("new.json").path
        #expect(try FileManager.default.attributesOfItem(atPath: newPath)[.posixPermissions] as? Int == 0o640)
        #expect(try leftovers(in: folder, besides: ["a.txt", "baseline.json", "new.json"]).isEmpty)
    }
}

@Suite("A run changes no file unless asked")
struct NoFileChangedTests {
    /// Every entry under `folder`, with its bytes and modification time.
    private func snapshot(_ folder: TemporaryFolder) throws -> [String: String] {
        var entries: [String: String] = [:]
        let root = folder.url.path
        for case let relative as String in FileManager.default.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
            let path = root + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: path))).map { $0.base64EncodedString() } ?? "folder"
            entries[relative] = "\(bytes) \(attributes[.modificationDate] as? Date ?? .distantPast)"
        }
        return entries
    }

    @Test("linting in every format, with a configuration, a glossary and a baseline, leaves every file as it was")
    func everyFormat() throws {
        let folder = try TemporaryFolder()
        try folder.write("testi/a.txt", repeatedWordLine + "\n")
        try folder.write("testi/b.md", "Il pouf di ByteDance cresce.\n")
        try folder.write("testi/rotto.txt", bytes: [0x63, 0xFF, 0x0A])
        try folder.write("g.yml", "version: 1\nentities: []\n")
        try folder.write(".mtlint.yml", "language: it\nbaseline: baseline.json\nglossary: [g.yml]\n")
        #expect(folder.run(["--write-baseline", "baseline.json", "testi"]).status == Status.unreadable)
        let before = try snapshot(folder)
        for format in ["text", "json", "jsonl", "sarif", "junit", "github", "checkstyle", "html"] {
            let result = folder.run(["--format", format, "testi", "-"], stdin: Data("Ha pagato il il conto.\n".utf8))
            #expect(result.status == Status.unreadable, "\(format): \(result.stderr)")
        }
        #expect(try snapshot(folder) == before)
    }
}
