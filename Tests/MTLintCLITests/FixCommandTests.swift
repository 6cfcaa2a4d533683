import Foundation
import Testing

/// `mtlint check --fix`: safe fixes applied in place, byte for byte, never the others.
@Suite struct FixCommandTests {
    /// Four safe fixes (two doubled words, a double space, a space before a comma, a space
    /// inside quotes) and one that needs review (the garbled figure), with CRLF line ends and
    /// multibyte characters before them.
    static let damaged =
        "L’azienda 😀 ha pagato il il conto  di 10 Cento milioni di dollari , disse il portavoce di \"Doubao \".\r\n"
        + "Seconda riga con con parole.\r\n"
    static let fixed =
        "L’azienda 😀 ha pagato il conto di 10 Cento milioni di dollari, disse il portavoce di \"Doubao\".\r\n"
        + "Seconda riga con parole.\r\n"

    @Test func safeFixesAreAppliedExactlyAndTheRestIsReported() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.damaged)
        let path = folder.url.appendingPathComponent("a.txt").path
        #expect(chmod(path, 0o640) == 0)
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--format", "json", "a.txt"])
        // The garbled figure, an error, remains: exit code 1.
        #expect(result.status == Status.findings)
        #expect(result.stderr == "mtlint: fixed a.txt: 5 fixes (text/quote-spacing ×1, text/repeated-word ×2, text/spacing ×2)\n")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("a.txt")) == Data(Self.fixed.utf8))
        let remaining = try onlyFileDiagnostics(result.stdout)
        #expect(remaining.map { $0["rule"] as? String } == ["figure/garbled-scale"])
        #expect(remaining.first?["text"] as? String == "10 Cento milioni")
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == 0o640)
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["a.txt"])

        // Fixing again changes nothing and says nothing.
        let again = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--format", "json", "a.txt"])
        #expect(again.status == Status.findings)
        #expect(again.stderr == "")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("a.txt")) == Data(Self.fixed.utf8))
    }

    @Test func unsafeFixesAreNeverApplied() throws {
        let folder = try TemporaryFolder()
        let text = "Il fatturato è di 10 Cento milioni di dollari. Il pouf di ByteDance risponde.\n"
        try folder.write("b.txt", text)
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--format", "json", "b.txt"])
        #expect(result.status == Status.findings)
        #expect(result.stderr == "")
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("b.txt")) == Data(text.utf8))
        #expect(try onlyFileDiagnostics(result.stdout).count >= 2)
    }

    @Test func aLinkIsWrittenThroughAndStaysALink() throws {
        let folder = try TemporaryFolder()
        try folder.write("real/c.txt", repeatedWordLine + "\n")
        try FileManager.default.createSymbolicLink(
            atPath: folder.url.appendingPathComponent("link.txt").path, withDestinationPath: "real/c.txt")
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "link.txt"])
        #expect(result.status == Status.clean)
        #expect(result.stderr == "mtlint: fixed link.txt: 1 fix (text/repeated-word ×1)\n")
        let link = folder.url.appendingPathComponent("link.txt").path
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/c.txt")
        #expect(
            try String(contentsOfFile: folder.url.appendingPathComponent("real/c.txt").path, encoding: .utf8) == "Ha pagato il conto.\n")
    }

    @Test func utf16FilesKeepTheirEncoding() throws {
        let folder = try TemporaryFolder()
        try folder.write("d.txt", bytes: utf16Bytes(repeatedWordLine + "\r\n", bigEndian: true, byteOrderMark: true))
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "d.txt"])
        #expect(result.status == Status.clean)
        let bytes = try Data(contentsOf: folder.url.appendingPathComponent("d.txt"))
        #expect(bytes == Data(utf16Bytes("Ha pagato il conto.\r\n", bigEndian: true, byteOrderMark: true)))
    }

    @Test func standardInputIsFixedToStandardOutput() throws {
        let result = runMTLint(["check", "--no-config", "--lang", "it", "--fix", "-"], stdin: Data((repeatedWordLine + "\n").utf8))
        #expect(result.status == Status.clean)
        #expect(result.stdout == "Ha pagato il conto.\n")
        #expect(result.stderr == "mtlint: fixed <stdin>: 1 fix (text/repeated-word ×1); 0 findings left\n")
        let mixed = runMTLint(["check", "--fix", "-", "a.txt"], stdin: Data())
        #expect(mixed.status == Status.usage)
        #expect(mixed.stderr.contains("--fix cannot rewrite standard input"))
    }

    @Test func aFileThatCannotBeWrittenIsLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        // A name so long that no temporary name beside it fits in the folder (NAME_MAX).
        let name = String(repeating: "n", count: 240) + ".txt"
        try folder.write(name, repeatedWordLine + "\n")
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--format", "json", name])
        #expect(result.status == Status.usage)
        #expect(result.stderr == "mtlint: error: \(name): cannot write the fixed file: File name too long; left as it was\n")
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent(name).path, encoding: .utf8) == repeatedWordLine + "\n")
        // The finding is still reported.
        #expect(try onlyFileDiagnostics(result.stdout).map { $0["rule"] as? String } == ["text/repeated-word"])
    }

    @Test func everyCorpusFileFixedLeavesNoFixedFindingAndNoNewOne() throws {
        let folder = try TemporaryFolder()
        let corpora = packageRoot.appendingPathComponent("corpora")
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpora.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for file in files {
            try folder.write(file, bytes: Array(try Data(contentsOf: corpora.appendingPathComponent(file))))
        }
        func findings() throws -> [String: [String]] {
            let report = try jsonObject(folder.run(["check", "--no-config", "--format", "json", "."]).stdout)
            var byFile: [String: [String]] = [:]
            for file in try reportFiles(report) {
                let path = file["path"] as? String ?? ""
                byFile[path] = (file["diagnostics"] as? [JSONObject] ?? []).map { "\($0["rule"] ?? "") \($0["text"] ?? "")" }
            }
            return byFile
        }
        let before = try findings()
        let fixed = folder.run(["check", "--no-config", "--fix", "--format", "json", "."])
        #expect(fixed.status != Status.usage, "\(fixed.stderr)")
        let after = try findings()
        for (path, remaining) in after {
            let earlier = Set(before[path] ?? [])
            let new = remaining.filter { !earlier.contains($0) }
            #expect(new.isEmpty, "\(path): new findings after --fix: \(new)")
        }
        // No safe fix is left (SARIF carries only safe fixes).
        let sarif = try jsonObject(folder.run(["check", "--no-config", "--format", "sarif", "."]).stdout)
        let results = (sarif["runs"] as? [JSONObject])?.first?["results"] as? [JSONObject] ?? []
        #expect(!results.isEmpty)
        #expect(results.filter { $0["fixes"] != nil }.map { $0["ruleId"] as? String ?? "" } == [])
        // Fixing twice equals fixing once.
        let snapshot = try files.map { try Data(contentsOf: folder.url.appendingPathComponent($0)) }
        let twice = folder.run(["check", "--no-config", "--fix", "--format", "json", "."])
        #expect(twice.stderr == "")
        #expect(try files.map { try Data(contentsOf: folder.url.appendingPathComponent($0)) } == snapshot)
    }
}
