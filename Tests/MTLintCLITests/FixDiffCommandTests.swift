import Foundation
import Testing

/// `mtlint check --fix --unsafe-fixes` and `--diff`: the fixes that need review applied only
/// when asked, and what fixing would change printed as a diff that `patch -p1` applies.
@Suite struct FixDiffCommandTests {
    static let needsReview = "Il fatturato è di 10 Cento milioni di dollari. Il pouf di ByteDance risponde.\n"
    static let reviewed = "Il fatturato è di 1 miliardo di dollari. Il Doubao di ByteDance risponde.\n"

    /// Applies `patch` with `patch -p1` inside `folder`; its exit status.
    static func applyPatch(_ patch: String, in folder: TemporaryFolder) throws -> Int32 {
        try folder.write("fixes.patch", patch)
        defer { try? FileManager.default.removeItem(at: folder.url.appendingPathComponent("fixes.patch")) }
        return runMTLint(["-c", "patch -p1 --quiet --no-backup-if-mismatch < fixes.patch"], shell: true, in: folder.url).status
    }

    @Test func unsafeFixesApplyTheFixesThatNeedReview() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", Self.needsReview)
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--unsafe-fixes", "--format", "json", "b.txt"])
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent("b.txt").path, encoding: .utf8) == Self.reviewed)
        #expect(result.status == Status.clean)
        #expect(result.stderr == "mtlint: fixed b.txt: 2 fixes (figure/garbled-scale ×1, name/glossary ×1)\n")
        // Fixing again changes nothing.
        let again = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--unsafe-fixes", "--format", "json", "b.txt"])
        #expect(again.stderr == "")
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent("b.txt").path, encoding: .utf8) == Self.reviewed)
    }

    /// A fix edits only what the check reads as text: a PO file's translation, not its
    /// msgid (the key the program looks the translation up by); a Markdown paragraph, not a
    /// code block. They were read as plain text, and `--fix` rewrote both.
    @Test func fixesTouchOnlyWhatTheFormatReadsAsText() throws {
        let folder = try TemporaryFolder()
        let po = "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: it\\n\"\n\n"
        try folder.write("a.po", po + "msgid \"Paid the the bill.\"\nmsgstr \"Ha pagato il il conto.\"\n")
        try folder.write("a.md", "# Titolo\n\nHa pagato il il conto.\n\n```\nfor x in x x\n```\n")
        let diff = folder.run(["check", "--no-config", "--lang", "it", "--diff", "a.po", "a.md"])
        #expect(diff.stderr == "")
        let expected = [
            "--- a/a.po", "+++ b/a.po", "@@ -4,4 +4,4 @@", #" "Language: it\n""#, " ", #" msgid "Paid the the bill.""#,
            #"-msgstr "Ha pagato il il conto.""#, #"+msgstr "Ha pagato il conto.""#,
            "--- a/a.md", "+++ b/a.md", "@@ -1,6 +1,6 @@", " # Titolo", " ", "-Ha pagato il il conto.", "+Ha pagato il conto.", " ",
            " ```", " for x in x x",
        ]
        #expect(diff.stdout == expected.joined(separator: "\n") + "\n")
        let fix = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--format", "json", "a.po", "a.md"])
        #expect(fix.stderr == "mtlint: fixed a.po: 1 fix (text/repeated-word ×1)\nmtlint: fixed a.md: 1 fix (text/repeated-word ×1)\n")
        #expect(
            try String(contentsOfFile: folder.url.appendingPathComponent("a.po").path, encoding: .utf8).hasSuffix(
                "msgid \"Paid the the bill.\"\nmsgstr \"Ha pagato il conto.\"\n"))
        #expect(
            try String(contentsOfFile: folder.url.appendingPathComponent("a.md").path, encoding: .utf8)
                == "# Titolo\n\nHa pagato il conto.\n\n```\nfor x in x x\n```\n")
    }

    /// With `--source`, the source checks' fixes are among those applied: an address the
    /// translation changed is put back as the source has it.
    @Test func fixesWithASourceApplyTheSourceChecksFixes() throws {
        let folder = try TemporaryFolder()
        try folder.write("u.zh.txt", "更多信息见 https://example.com/news 。\n")
        try folder.write("u.it.txt", "Maggiori informazioni su https://example.com/notizie .\n")
        let result = folder.run([
            "check", "--no-config", "--lang", "it", "--fix", "--unsafe-fixes", "--format", "json", "--source", "u.zh.txt", "u.it.txt",
        ])
        #expect(result.stderr == "mtlint: fixed u.it.txt: 2 fixes (source/url ×1, text/spacing ×1)\n")
        #expect(
            try String(contentsOfFile: folder.url.appendingPathComponent("u.it.txt").path, encoding: .utf8)
                == "Maggiori informazioni su https://example.com/news.\n")
        #expect(
            try String(contentsOfFile: folder.url.appendingPathComponent("u.zh.txt").path, encoding: .utf8)
                == "更多信息见 https://example.com/news 。\n")
    }

    @Test func unsafeFixesAloneIsAUsageError() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", Self.needsReview)
        let result = folder.run(["check", "--no-config", "--lang", "it", "--unsafe-fixes", "b.txt"])
        #expect(result.status == Status.usage)
        #expect(result.stderr.contains("--unsafe-fixes applies the fixes that need review; give it with --fix or --diff"))
        #expect(result.stdout == "")
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent("b.txt").path, encoding: .utf8) == Self.needsReview)
    }

    @Test func diffShowsWhatFixWouldWriteAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", FixCommandTests.damaged)
        try folder.write("clean.txt", "Ha pagato il conto.\n")
        let result = folder.run(["check", "--no-config", "--lang", "it", "--diff", "a.txt", "clean.txt"])
        #expect(result.status == Status.findings)
        #expect(result.stderr == "")
        // CRLF line ends: "\r\n" is one Character, so split on it.
        let old = FixCommandTests.damaged.components(separatedBy: "\r\n").dropLast().map { $0 + "\r\n" }
        let new = FixCommandTests.fixed.components(separatedBy: "\r\n").dropLast().map { $0 + "\r\n" }
        #expect(result.stdout == "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-\(old[0])-\(old[1])+\(new[0])+\(new[1])")
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent("a.txt").path, encoding: .utf8) == FixCommandTests.damaged)
        // As diff -u prints it, from the first hunk on.
        try folder.write("expected.txt", FixCommandTests.fixed)
        let reference = runMTLint(["-c", "diff -u a.txt expected.txt | tail -n +3"], shell: true, in: folder.url)
        #expect(result.stdout.hasSuffix(reference.stdout) && !reference.stdout.isEmpty)
        // It applies with patch -p1 and gives what --fix writes.
        #expect(try Self.applyPatch(result.stdout, in: folder) == 0)
        #expect(try Data(contentsOf: folder.url.appendingPathComponent("a.txt")) == Data(FixCommandTests.fixed.utf8))

        // Nothing to change: no output, exit code 0, whatever the findings.
        let none = folder.run(["check", "--no-config", "--lang", "it", "--diff", "a.txt", "clean.txt"])
        #expect(none.status == Status.clean)
        #expect(none.stdout == "")
        try folder.write("b.txt", Self.needsReview)
        #expect(folder.run(["check", "--no-config", "--lang", "it", "--diff", "b.txt"]).status == Status.clean)
    }

    @Test func diffWithUnsafeFixesAndOnStandardInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", Self.needsReview)
        let result = folder.run(["check", "--no-config", "--lang", "it", "--diff", "--unsafe-fixes", "b.txt"])
        #expect(result.status == Status.findings)
        #expect(result.stdout == "--- a/b.txt\n+++ b/b.txt\n@@ -1 +1 @@\n-\(Self.needsReview)+\(Self.reviewed)")
        let piped = runMTLint(["check", "--no-config", "--lang", "it", "--diff", "-"], stdin: Data((repeatedWordLine + "\n").utf8))
        #expect(piped.status == Status.findings)
        #expect(piped.stdout == "--- a/<stdin>\n+++ b/<stdin>\n@@ -1 +1 @@\n-Ha pagato il il conto.\n+Ha pagato il conto.\n")
        let named = runMTLint(
            ["check", "--no-config", "--lang", "it", "--diff", "--stdin-filename", "t.txt", "-"], stdin: Data("Ha pagato il conto.\n".utf8))
        #expect(named.status == Status.clean)
        #expect(named.stdout == "")
        let mixed = folder.run(["check", "--no-config", "--diff", "-o", "r.txt", "b.txt"])
        #expect(mixed.status == Status.usage)
    }

    @Test func diffWritesNothingEvenWithFixAndSaysWhatItCannotShow() throws {
        let folder = try TemporaryFolder()
        try folder.write("f.txt", repeatedWordLine + "\n")
        try folder.write("u.txt", bytes: utf16Bytes(repeatedWordLine + "\n", bigEndian: false, byteOrderMark: true))
        let result = folder.run(["check", "--no-config", "--lang", "it", "--fix", "--diff", "f.txt", "u.txt", "missing.txt"])
        #expect(result.status == Status.unreadable)
        #expect(result.stdout == "--- a/f.txt\n+++ b/f.txt\n@@ -1 +1 @@\n-Ha pagato il il conto.\n+Ha pagato il conto.\n")
        #expect(
            result.stderr == "mtlint: error: u.txt: --diff shows changes to UTF-8 files only; run --fix to fix it\n"
                + "mtlint: error: missing.txt: no such file or folder\n")
        #expect(try String(contentsOfFile: folder.url.appendingPathComponent("f.txt").path, encoding: .utf8) == repeatedWordLine + "\n")
        #expect(
            try Data(contentsOf: folder.url.appendingPathComponent("u.txt"))
                == Data(utf16Bytes(repeatedWordLine + "\n", bigEndian: false, byteOrderMark: true)))
    }

    /// Every corpus file: the diff, with and without --unsafe-fixes, applies with patch -p1 and
    /// gives exactly what --fix writes; fixing twice equals fixing once. With --unsafe-fixes,
    /// checking again finds no new finding and none of those that had a fix.
    @Test func everyCorpusFileDiffAppliesAsFixWrites() throws {
        let corpora = packageRoot.appendingPathComponent("corpora")
        let files = try FileManager.default.subpathsOfDirectory(atPath: corpora.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!files.isEmpty)
        for unsafe in [false, true] {
            let options = unsafe ? ["--unsafe-fixes"] : []
            let patched = try TemporaryFolder(), fixed = try TemporaryFolder()
            for file in files {
                let bytes = Array(try Data(contentsOf: corpora.appendingPathComponent(file)))
                try patched.write(file, bytes: bytes)
                try fixed.write(file, bytes: bytes)
            }
            func findings() throws -> [String: [(finding: String, fixable: Bool)]] {
                var byFile: [String: [(finding: String, fixable: Bool)]] = [:]
                for file in try reportFiles(try jsonObject(fixed.run(["check", "--no-config", "--format", "json", "."]).stdout)) {
                    byFile[file["path"] as? String ?? ""] = (file["diagnostics"] as? [JSONObject] ?? []).map {
                        ("\($0["rule"] ?? "") \($0["text"] ?? "")", !(($0["suggestions"] as? [Any]) ?? []).isEmpty)
                    }
                }
                return byFile
            }
            let before = try findings()
            let diff = patched.run(["check", "--no-config", "--diff"] + options + ["."])
            #expect(diff.status == Status.findings, "\(diff.stderr)")
            #expect(diff.stderr == "")
            #expect(try Self.applyPatch(diff.stdout, in: patched) == 0, "\(diff.stdout)")
            let fix = fixed.run(["check", "--no-config", "--fix", "--format", "json"] + options + ["."])
            #expect(fix.status != Status.usage, "\(fix.stderr)")
            for file in files {
                #expect(
                    try Data(contentsOf: patched.url.appendingPathComponent(file))
                        == Data(contentsOf: fixed.url.appendingPathComponent(file)),
                    "\(file)\(unsafe ? " with --unsafe-fixes" : ""): patch -p1 of --diff differs from --fix")
            }
            if unsafe {
                for (path, remaining) in try findings() {
                    let earlier = Set((before[path] ?? []).map(\.finding))
                    #expect(
                        remaining.filter { !earlier.contains($0.finding) }.isEmpty,
                        "\(path): new findings after --fix --unsafe-fixes: \(remaining)")
                    #expect(
                        remaining.filter(\.fixable).isEmpty, "\(path): findings with a fix left after --fix --unsafe-fixes: \(remaining)")
                }
            }
            // Nothing left to change: fixing twice equals fixing once.
            let again = fixed.run(["check", "--no-config", "--diff"] + options + ["."])
            #expect(again.status == Status.clean, "\(again.stdout)")
            #expect(again.stdout == "")
        }
    }
}
