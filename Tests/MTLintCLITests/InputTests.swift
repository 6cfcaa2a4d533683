import Foundation
import Testing

/// A file mtlint must refuse, and what its one-line error must say.
struct BadInput: Sendable, CustomTestStringConvertible {
    var name: String
    /// nil: the file is not created.
    var bytes: [UInt8]?
    var reason: String

    var testDescription: String { "\(name): \(reason)" }

    static let all: [BadInput] = [
        BadInput(name: "manca.txt", bytes: nil, reason: "no such file or folder"),
        BadInput(
            name: "latin1.txt", bytes: Array("ciao ".utf8) + [0xFF] + Array(" mondo\n".utf8),
            reason: "invalid UTF-8 at byte 5"),
        BadInput(
            name: "binario.txt", bytes: Array("Ha pagato il conto.".utf8) + [0] + Array("Poi è uscito.\n".utf8),
            reason: "binary file (NUL byte at byte 19)"),
        BadInput(
            name: "utf16le.txt", bytes: utf16Bytes(repeatedWordLine + "\n", bigEndian: false, byteOrderMark: false),
            reason: "UTF-16 without a byte-order mark"),
        BadInput(
            name: "utf16be.txt", bytes: utf16Bytes(repeatedWordLine + "\n", bigEndian: true, byteOrderMark: false),
            reason: "UTF-16 without a byte-order mark"),
    ]
}

@Suite("Inputs: files, folders, encodings, line ends, sizes")
struct InputTests {
    /// Lints one file with `--format json --lang it` and returns its only diagnostic.
    private func onlyDiagnostic(of bytes: [UInt8], named name: String = "testo.txt") throws -> JSONObject {
        let folder = try TemporaryFolder()
        try folder.write(name, bytes: bytes)
        let result = folder.run(["--format", "json", "--lang", "it", name])
        #expect(result.status == Status.clean, "stderr: \(result.stderr)")
        return try MTLintCLITests.onlyDiagnostic(result.stdout)
    }

    // MARK: Unreadable input

    @Test(
        "an unreadable input gets one line on stderr and exit 3; the good file is still reported",
        arguments: BadInput.all)
    func badInput(input: BadInput) throws {
        let folder = try TemporaryFolder()
        if let bytes = input.bytes { try folder.write(input.name, bytes: bytes) }
        let good = try folder.write("buono.txt", repeatedWordLine + "\n")
        let result = folder.run([input.name, good])
        #expect(result.status == Status.unreadable)
        let lines = result.stderr.lines
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        let line = try #require(lines.first)
        #expect(line.hasPrefix("mtlint: error: \(input.name): "))
        #expect(line.contains(input.reason), "stderr: \(line)")
        #expect(result.stdout.contains("buono.txt:1:11: warning: repeated word"))
        #expect(result.stdout.contains("1 file checked"))
        #expect(result.stdout.contains("1 input could not be read"))
    }

    @Test("the JSON report counts unreadable inputs and still lists the good file")
    func badInputJSON() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("buono.txt", repeatedWordLine + "\n")
        let result = folder.run(["--format", "json", "manca.txt", good])
        #expect(result.status == Status.unreadable)
        let report = try jsonObject(result.stdout)
        #expect(try reportFiles(report).map { $0["path"] as? String } == ["buono.txt"])
        #expect((report["summary"] as? JSONObject)?["unreadable"] as? Int == 1)
    }

    // MARK: Encodings

    @Test("UTF-16 with a byte-order mark is linted; offsets count the file's bytes", arguments: [false, true])
    func utf16WithBOM(bigEndian: Bool) throws {
        // Before `il il`: 😀 (2 units), a space, `Ha pagato ` (10 units) = 13 units = 26 bytes, after the 2-byte BOM.
        let bytes = utf16Bytes("😀 " + repeatedWordLine + "\n", bigEndian: bigEndian, byteOrderMark: true)
        let diagnostic = try onlyDiagnostic(of: bytes)
        #expect(diagnostic["text"] as? String == "il il")
        #expect(Place(diagnostic) == Place(line: 1, column: 14, offset: 28, length: 10))
    }

    @Test("a UTF-8 byte-order mark counts in offsets, not in columns")
    func utf8WithBOM() throws {
        let diagnostic = try onlyDiagnostic(of: [0xEF, 0xBB, 0xBF] + Array((repeatedWordLine + "\n").utf8))
        #expect(Place(diagnostic) == Place(line: 1, column: 11, offset: 13, length: 5))
    }

    // MARK: Line ends

    @Test("CRLF and CR line ends: a finding on line 3 is on line 3", arguments: ["\r\n", "\r"])
    func lineEnds(end: String) throws {
        let text = ["Prima riga.", "Seconda riga.", "Allè il il conto.", ""].joined(separator: end)
        let offset = "Prima riga.".utf8.count + "Seconda riga.".utf8.count + 2 * end.utf8.count + "Allè ".utf8.count
        #expect(Place(try onlyDiagnostic(of: Array(text.utf8))) == Place(line: 3, column: 6, offset: offset, length: 5))

        let folder = try TemporaryFolder()
        let file = try folder.write("righe.txt", text)
        let stdout = folder.run(["--lang", "it", file]).stdout
        #expect(stdout.contains("righe.txt:3:6: warning: "))
        #expect(stdout.lines.contains(" 3 | Allè il il conto."))
        #expect(!stdout.contains("\r"))
    }

    // MARK: Sizes

    @Test("an empty file is checked and clean")
    func emptyFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("vuoto.txt", "")
        let text = folder.run([file])
        #expect(text.status == Status.clean)
        #expect(text.stderr.isEmpty)
        #expect(text.stdout.lines.last == "1 file checked (0 words): 0 errors, 0 warnings, 0 infos; score 100.0")
        #expect(try onlyFileDiagnostics(folder.run(["--format", "json", file]).stdout).isEmpty)
    }

    /// 50 MB on one line: the report must show a window of the line, not the line.
    @Test("a 50 MB file without line breaks gives a short report")
    func hugeLine() throws {
        let filler = "la parola nuova "  // 16 bytes, no word twice in a row
        let repeats = 50_000_000 / filler.utf8.count
        let text = String(repeating: filler, count: repeats) + "il il " + String(repeating: filler, count: 20)
        let folder = try TemporaryFolder()
        let file = try folder.write("enorme.txt", text)

        let start = ContinuousClock.now
        let result = folder.run([file])
        let elapsed = ContinuousClock.now - start
        print("mtlint on a 50 MB line took \(elapsed)")

        #expect(result.status == Status.clean)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.utf8.count < 10_000)
        #expect(result.stdout.contains("enorme.txt:1:\(repeats * filler.utf16.count + 1): warning: repeated word: `il il`"))
        let source = try #require(result.stdout.lines.first { $0.hasPrefix(" 1 | ") })
        #expect(source.hasPrefix(" 1 | …") && source.hasSuffix("…"))
        #expect(source.contains("nuova il il la"))
        #expect(source.count < 300)
    }

    /// One long paragraph of prose with names, capitals in mid-sentence and words in capitals,
    /// as an article extracted from HTML without line breaks is: every rule must stay linear
    /// in the paragraph's length. Asking whether each capitalised word stands on a heading
    /// line read the whole line each time, and 400 kB took 6 s (quadratic). The timeout only
    /// guards against that blow-up; speed itself is measured by `make bench`.
    @Test("a paragraph of 1 MB on one line is linted in linear time, every finding found")
    func longParagraph() throws {
        let paragraph =
            "Il presidente Mario Rossi ha detto che la XIAOMI cresce e il prossima Ambizione del gruppo è chiara; "
            + "secondo Rossi, le vendite salgono mentre la Banca d'Italia osserva e il il mercato ride. "
        let repeats = 1_000_000 / paragraph.utf8.count
        let folder = try TemporaryFolder()
        let file = try folder.write("riga.txt", String(repeating: paragraph, count: repeats) + "\n")
        let result = folder.run(["--lang", "it", "--format", "jsonl", "--fail-on", "never", file], timeout: .seconds(240))
        #expect(result.status == Status.clean)
        let lines = result.stdout.split(separator: "\n")
        // One doubled word and one capital per repeat, nothing lost.
        #expect(lines.filter { $0.contains("\"rule\":\"text/repeated-word\"") }.count == repeats)
        #expect(lines.filter { $0.contains("\"rule\":\"text/capital-mid-sentence\"") }.count == repeats)
    }

    /// A run of three or more is deliberate (`bla bla bla`) and not flagged, however long;
    /// the doubled word after it still is.
    @Test("a long run of one repeated word gives a short report")
    func longRepeatedRun() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("parole.txt", String(repeating: "parola ", count: 150_000) + "il il.\n")
        let result = folder.run(["--lang", "it", file])
        #expect(result.status == Status.clean)
        #expect(!result.stdout.contains("parole.txt:1:1: warning: "))
        #expect(result.stdout.contains("parole.txt:1:1050001: warning: repeated word: `il il`"))
        #expect(result.stdout.utf8.count < 10_000, "stdout is \(result.stdout.utf8.count) bytes")
    }

    // MARK: Folders

    @Test("a folder is searched recursively for *.txt and *.md, hidden entries skipped, in sorted order")
    func folder() throws {
        let folder = try TemporaryFolder()
        let line = repeatedWordLine + "\n"
        // Written out of order on purpose.
        for name in [
            "corpus/z.txt", "corpus/b/note.md", "corpus/b.txt", "corpus/a.md", "corpus/b/c/d.txt", "corpus/B.TXT",
            "corpus/.nascosto.txt", "corpus/.git/e.txt", "corpus/b/.cache/f.md",
            "corpus/dati.json", "corpus/LEGGIMI", "corpus/txt",
        ] {
            try folder.write(name, line)
        }
        let result = folder.run(["--format", "json", "corpus"])
        #expect(result.status == Status.clean)
        #expect(result.stderr.isEmpty)
        let paths = try reportFiles(jsonObject(result.stdout)).map { $0["path"] as? String ?? "" }
        #expect(paths == ["corpus/B.TXT", "corpus/a.md", "corpus/b.txt", "corpus/b/c/d.txt", "corpus/b/note.md", "corpus/z.txt"])
    }

    @Test("a folder with no text files is an unreadable input")
    func folderWithoutText() throws {
        let folder = try TemporaryFolder()
        try folder.write("vuota/dati.json", "{}")
        try folder.write("vuota/.nascosta/testo.txt", repeatedWordLine)
        let good = try folder.write("buono.txt", repeatedWordLine + "\n")
        let result = folder.run(["vuota", good])
        #expect(result.status == Status.unreadable)
        #expect(result.stderr.lines.count == 1)
        #expect(result.stderr.hasPrefix("mtlint: error: vuota"))
        #expect(result.stderr.contains("no text files"))
        #expect(result.stdout.contains("buono.txt:1:11: warning: "))
    }
}
