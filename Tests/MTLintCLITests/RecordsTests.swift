import Foundation
import Testing

/// `mtlint check --input-format jsonl`: one result line per input line, in order, with the
/// record's fields passed through, and an error result for a line that cannot be linted.
@Suite("Records mode: --input-format jsonl")
struct RecordsTests {
    /// The result of `{"id":"a1","text":"Ha pagato il il conto.","language":"it"}`: the
    /// repeated word at bytes 10-15 of the text, which is ASCII, so UTF-16 says the same.
    static let repeatedWordResult =
        #"{"id":"a1","language":"it","languageReason":"given in the record","languageSource":"given","score":0,"words":5,"diagnostics":[{"category":"fluency","column":11,"confidence":"high","endColumn":16,"endLine":1,"fingerprint":"1f7418c4a7f6d46a","length":5,"line":1,"message":"repeated word: `il il`; write `il` once","offset":10,"related":[],"rule":"text/repeated-word","severity":"warning","suggestions":["il"],"text":"il il","utf16Length":5,"utf16Offset":10}]"#

    static func records(_ lines: String...) -> Data {
        Data(lines.map { $0 + "\n" }.joined().utf8)
    }

    @Test("each record's result, byte for byte, with its other fields as written")
    func resultLines() throws {
        let input = Self.records(
            #"{"id":"a1","text":"Ha pagato il il conto.","language":"it","url":"https://example.org/1","n":1.50,"big":12345678901234567890,"meta":{"b": [1, 2]}}"#,
            #"{"id":2,"text":"Tutto bene, grazie.","language":"it","source":"一切都好","sourceLanguage":"zh"}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        let expected =
            Self.repeatedWordResult + #","url":"https://example.org/1","n":1.50,"big":12345678901234567890,"meta":{"b": [1, 2]}}"# + "\n"
            + #"{"id":2,"language":"it","languageReason":"given in the record","languageSource":"given","score":100,"words":3,"diagnostics":[],"source":"一切都好","sourceLanguage":"zh"}"#
            + "\n"
        #expect(Array(result.stdout.utf8) == Array(expected.utf8), "stdout:\n\(result.stdout)")
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        #expect(result.status == Status.clean)
    }

    /// Found by an audit: `--jobs` near Int.max made a worker's state for each job before the
    /// first record (memory without end, then a crash); no batch needs more workers than it has records.
    @Test("--jobs beyond the records of a batch is as many workers as a batch has records")
    func jobsBeyondTheRecords() throws {
        let input = Self.records(#"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"#)
        let result = runMTLint(
            ["check", "--no-config", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "\(Int.max)", "-"], stdin: input)
        #expect(result.stdout.contains(#""text":"il il""#), "stdout:\n\(result.stdout)")
        #expect(result.status == Status.clean)
    }

    @Test("a record's source is aligned with its text and the source rules run; both fields pass through")
    func recordSource() throws {
        let input = Self.records(
            #"{"id":"s1","text":"Martedì l'azienda ha presentato un nuovo modello. Prevede di investire 1 miliardo di dollari.","language":"it","source":"公司周二发布了新模型。公司当天宣布裁员1200人。它计划投资10亿美元。","sourceLanguage":"zh"}"#,
            #"{"id":"s2","text":"Ciao.","source":["not","text"]}"#,
            #"{"id":"s3","text":"Ciao.","source":"你好。","sourceLanguage":"qq"}"#)
        let result = runMTLint(["check", "--no-config", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        let lines = result.stdout.lines.filter { !$0.isEmpty }
        #expect(lines.count == 3)
        let first = try jsonObject(lines[0])
        let diagnostics = try #require(first["diagnostics"] as? [JSONObject])
        #expect(diagnostics.map { $0["rule"] as? String } == ["source/omission"])
        // The empty place after `modello.`: 50 bytes (`ì` is two), 49 UTF-16 units.
        #expect(diagnostics.first?["offset"] as? Int == 50)
        #expect(diagnostics.first?["utf16Offset"] as? Int == 49)
        let related = try #require((diagnostics.first?["related"] as? [JSONObject])?.first)
        // Named by the field it is in, with offsets into the record's source.
        #expect(related["path"] as? String == "source")
        #expect(related["text"] as? String == "公司当天宣布裁员1200人。")
        #expect(related["utf16Offset"] as? Int == 11)
        #expect(related["offset"] as? Int == 33)
        #expect(first["source"] as? String == "公司周二发布了新模型。公司当天宣布裁员1200人。它计划投资10亿美元。")
        #expect(first["sourceLanguage"] as? String == "zh")

        #expect(try jsonObject(lines[1])["error"] as? String == "`source` must be a string, not an array")
        #expect((try jsonObject(lines[2])["error"] as? String)?.hasPrefix("`sourceLanguage`: ") == true)
        #expect(result.status == Status.unreadable)
    }

    @Test("offsets count the record's text: UTF-8 bytes in offset, UTF-16 code units in utf16Offset and column")
    func offsetsInBothUnits() throws {
        // 😀 is 4 bytes and 2 UTF-16 units; é 2 bytes and 1 unit; the escaped \u00e9 is é too.
        let input = Self.records(#"{"id":"e","text":"😀 Caff\u00e9: ha pagato il il conto.","language":"it"}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        let record = try jsonObject(result.stdout)
        let diagnostic = try #require((record["diagnostics"] as? [JSONObject])?.first)
        // `😀 Caffé: ha pagato ` is 4+1+7+1+2+1+6+1 = 23 bytes and 2+1+6+1+2+1+6+1 = 20 units.
        #expect(diagnostic["offset"] as? Int == 23)
        #expect(diagnostic["length"] as? Int == 5)
        #expect(diagnostic["utf16Offset"] as? Int == 20)
        #expect(diagnostic["utf16Length"] as? Int == 5)
        #expect(diagnostic["column"] as? Int == 21)
        let text = "😀 Caffé: ha pagato il il conto."
        #expect(Array(text.utf8)[23..<28] == Array("il il".utf8)[...])
        let start = text.utf16.index(text.utf16.startIndex, offsetBy: 20)
        #expect(String(text.utf16[start..<text.utf16.index(start, offsetBy: 5)]) == "il il")
    }

    @Test("a text that opens with U+FEFF: the byte offset counts its 3 bytes, the UTF-16 offset its 1 unit")
    func byteOrderMarkInText() throws {
        let input = Self.records(#"{"id":"b","text":"\ufeffHa pagato il il conto.","language":"it"}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        let diagnostic = try #require((try jsonObject(result.stdout)["diagnostics"] as? [JSONObject])?.first)
        #expect(diagnostic["offset"] as? Int == 13)
        #expect(diagnostic["utf16Offset"] as? Int == 11)
    }

    @Test("a line that cannot be linted gets an error result in its place; the run goes on and exits 3")
    func errorResults() throws {
        let lines = [
            #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"#,
            "not json",
            "",
            #"[1, 2]"#,
            #"{"id":"x","text":5,"url":"u"}"#,
            #"{"text":"senza id"}"#,
            #"{"id":{"a":1},"text":"t"}"#,
            #"{"id":"d","text":"a","id":"e"}"#,
            #"{"id":"s","text":"\ud800"}"#,
            #"{"id":"z","text":"a\u0000b"}"#,
            #"{"id":"l","text":"ciao","language":"qq"}"#,
            #"{"id":"w","text":"ciao","score":3,"url":"u"}"#,
            #"{"id":"c","text":"ciao"} trailing"#,
            #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"#,
        ]
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        let expected = [
            Self.repeatedWordResult + "}",
            #"{"error":"not JSON: a record is a JSON object, from `{` to `}` on one line"}"#,
            #"{"error":"empty line; a record is a JSON object on one line"}"#,
            #"{"error":"a record is a JSON object; this line holds an array"}"#,
            #"{"id":"x","error":"`text` must be a string, not a number","url":"u"}"#,
            #"{"error":"no `id`; a record needs one (a string or a number) to join its result back"}"#,
            #"{"error":"`id` must be a string or a number, not an object"}"#,
            #"{"error":"the field `id` appears twice"}"#,
            #"{"id":"s","error":"`text` holds an unpaired surrogate escape (\\ud800)"}"#,
            #"{"id":"z","error":"`text` holds a NUL character (at byte 1 of the text); mtlint reads text only"}"#,
            #"{"id":"l","error":"`language`: ICU knows no language `qq`; use a BCP 47 language tag such as it, fr, es, de, pt, en or pt-BR"}"#,
            #"{"id":"w","error":"the field `score` is one that mtlint writes in the result; rename it","url":"u"}"#,
            #"{"error":"not JSON: `t` at byte 26 where the end of the line after the object should be"}"#,
            Self.repeatedWordResult + "}",
        ]
        #expect(result.stdout.lines == expected, "stdout:\n\(result.stdout)")
        #expect(result.status == Status.unreadable)
        let errors = result.stderr.lines
        #expect(errors.count == 12, "stderr: \(result.stderr)")
        #expect(errors.first == "mtlint: error: <stdin>:2: not JSON: a record is a JSON object, from `{` to `}` on one line")
        #expect(errors.contains("mtlint: error: <stdin>:5: record x: `text` must be a string, not a number"))
    }

    @Test("invalid UTF-8 in a line is that line's error")
    func invalidUTF8() throws {
        let input =
            Data(#"{"id":1,"text":""#.utf8) + Data([0xFF]) + Data("\"}\n".utf8) + Self.records(#"{"id":2,"text":"ciao","language":"it"}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input)
        // The line's 17th byte: `{"id":1,"text":"` is 16.
        #expect(result.stdout.lines.first == #"{"error":"invalid UTF-8 at byte 17 (0xFF); records are UTF-8"}"#)
        #expect(result.stdout.lines.count == 2)
        #expect(result.status == Status.unreadable)
    }

    @Test("the same bytes with one thread or two, from a file or from stdin, and across files")
    func jobsAndInputs() throws {
        let folder = try TemporaryFolder()
        var lines: [String] = []
        for index in 0..<40 {
            let text = index % 3 == 0 ? "Ha pagato il il conto numero \(index)." : "Tutto bene, grazie mille per il numero \(index)."
            lines.append(#"{"id":"r\#(index)","text":"\#(text)","language":"it"}"#)
        }
        let body = lines.joined(separator: "\n") + "\n"
        try folder.write("a.jsonl", body)
        try folder.write("b.jsonl", "\u{FEFF}" + lines[0] + "\r\n" + lines[1])  // BOM, CRLF, no final line feed
        let one = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "1", "a.jsonl"])
        let two = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "--jobs", "2", "a.jsonl"])
        let piped = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: Data(body.utf8))
        #expect(one.stdout.lines.count == 40)
        #expect(one.stdout == two.stdout)
        #expect(one.stdout == piped.stdout)
        #expect(one.status == Status.clean)
        let both = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "a.jsonl", "b.jsonl"])
        #expect(both.stdout.lines == one.stdout.lines + Array(one.stdout.lines.prefix(2)), "stdout:\n\(both.stdout)")
    }

    @Test("a missing input or a folder is named on stderr with exit 3; the other inputs are still linted")
    func unreadableInputs() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.jsonl", #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"# + "\n")
        try folder.write("sub/x.txt", "x\n")
        let result = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "manca.jsonl", "sub", "a.jsonl"])
        #expect(result.stdout == Self.repeatedWordResult + "}\n")
        #expect(
            result.stderr.lines == [
                "mtlint: error: manca.jsonl: no such file or folder",
                "mtlint: error: sub: is a folder; give files of JSON Lines, or - for standard input",
            ])
        #expect(result.status == Status.unreadable)
    }

    @Test("exit codes: findings at --fail-on, a score below --min-score")
    func exitCodes() throws {
        let input = Self.records(
            #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"#, #"{"id":"b","text":"Tutto bene.","language":"it"}"#)
        let failing = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "--fail-on", "warning", "-"], stdin: input)
        #expect(failing.status == Status.findings)
        let scored = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "--min-score", "50", "-"], stdin: input)
        #expect(scored.status == Status.findings)
        #expect(scored.stderr == "mtlint: error: a1: quality score 0.0 is below the minimum 50.0\n")
    }

    @Test("the record's language wins over --lang, which applies to records without one")
    func languages() throws {
        let input = Self.records(#"{"id":"a","text":"Ha pagato il conto.","language":"fr"}"#, #"{"id":"b","text":"Ha pagato il conto."}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "--lang", "it", "-"], stdin: input)
        let records = try result.stdout.lines.map { try jsonObject($0) }
        #expect(records.map { $0["language"] as? String } == ["fr", "it"])
        #expect(records.map { $0["languageReason"] as? String } == ["given in the record", "given with --lang"])
    }

    @Test("other formats name each record by its id, as a file")
    func otherFormats() throws {
        let input = Self.records(
            #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"#, #"{"id":7,"text":"Tutto bene.","language":"it"}"#, "x")
        let text = runMTLint(["check", "--input-format", "jsonl", "-"], stdin: input)
        #expect(text.stdout.lines.contains("a1:1:11: warning: repeated word: `il il`; write `il` once [text/repeated-word]"))
        #expect(text.stdout.lines.last == "2 records checked (7 words): 0 errors, 1 warning, 0 infos; score 0.0; 1 input could not be read")
        #expect(text.status == Status.unreadable)
        let json = runMTLint(["check", "--input-format", "jsonl", "--format", "json", "-"], stdin: input)
        let files = try reportFiles(jsonObject(json.stdout))
        #expect(files.map { $0["path"] as? String } == ["a1", "7"])
        for format in ["sarif", "junit", "checkstyle", "github"] {
            let result = runMTLint(["check", "--input-format", "jsonl", "--format", format, "-"], stdin: input)
            #expect(result.stdout.contains("a1"), "\(format): \(result.stdout)")
            #expect(result.status == Status.unreadable)
        }
    }

    @Test("the text report counts records, not files: every record of every input")
    func textSummaryCountsRecords() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            "a.jsonl",
            String(
                decoding: Self.records(
                    #"{"id":"a1","text":"Tutto bene.","language":"it"}"#, #"{"id":"a2","text":"Ha pagato il il conto.","language":"it"}"#,
                    #"{"id":"a3","text":"Il conto è pagato.","language":"it"}"#), as: UTF8.self))
        try folder.write("b.jsonl", String(decoding: Self.records(#"{"id":"b1","text":"Va bene così.","language":"it"}"#), as: UTF8.self))
        let result = folder.run(["check", "--input-format", "jsonl", "a.jsonl", "b.jsonl"])
        #expect(result.status == Status.clean)
        #expect(
            result.stdout.lines.last
                == "4 records checked (14 words): 0 errors, 1 warning, 0 infos; score 0.0")
        let one = folder.run(["check", "--input-format", "jsonl", "b.jsonl"])
        #expect(one.stdout.lines.last == "1 record checked (3 words): 0 errors, 0 warnings, 0 infos; score 100.0")
        // Files are still files.
        try folder.write("c.txt", "Tutto bene.\n")
        #expect(folder.run(["check", "--lang", "it", "c.txt"]).stdout.lines.last?.hasPrefix("1 file checked (2 words)") == true)
        // The HTML report's summary, charts and filters say records too.
        let html = folder.run(["check", "--input-format", "jsonl", "--format", "html", "a.jsonl", "b.jsonl"]).stdout
        for wording in [
            "4 records checked", "<h3>Quality scores of the records</h3>", "<h3>Worst records</h3>", "<th>Record</th>",
            "<legend>Records</legend><label>name contains", "only records with findings shown",
        ] {
            #expect(html.contains(wording), "\(wording)")
        }
        // No visible "file" is left (ids such as `#files` and the script's words are not shown;
        // the script's status line reads the page's `data-units`).
        let shown = html.components(separatedBy: "<script>")[0]
        for wording in [" file", ">File", " files", ">Files"] { #expect(!shown.contains(wording), "\(wording)") }
        #expect(html.contains(#"<main id="files" data-units="records""#))
    }

    @Test("-o writes the results to a file; an input named as the output is refused and left as it was")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        let record = #"{"id":"a1","text":"Ha pagato il il conto.","language":"it"}"# + "\n"
        try folder.write("a.jsonl", record)
        let written = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "-o", "out.jsonl", "a.jsonl"])
        #expect(written.status == Status.clean)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr == "mtlint: wrote the jsonl report to out.jsonl\n")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out.jsonl"), encoding: .utf8) == Self.repeatedWordResult + "}\n")
        let refused = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "-o", "a.jsonl", "a.jsonl"])
        #expect(refused.status == Status.usage)
        #expect(refused.stderr == "mtlint: error: a.jsonl: cannot write the report: it is the input a.jsonl, which this run reads\n")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("a.jsonl"), encoding: .utf8) == record)
    }

    @Test("the HTML report shows each record's text")
    func htmlReport() throws {
        // The second paragraph has no finding: it is in the report only if the whole text is.
        let input = Self.records(#"{"id":"a1","text":"Ha pagato il il conto.\n\nTutto bene qui, senza errori.","language":"it"}"#)
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "html", "-"], stdin: input)
        #expect(result.status == Status.clean)
        #expect(result.stdout.contains("a1"))
        #expect(result.stdout.contains("Tutto bene qui, senza errori."), "the record's text is missing from the HTML report")
        #expect(result.stdout.contains("<p class=\"totals\">1 record checked, 10 words: "))
    }

    @Test("a baseline is refused: it records the findings of files")
    func baselineRefused() throws {
        let result = runMTLint(["check", "--input-format", "jsonl", "--baseline", "b.json", "-"], stdin: Data())
        #expect(result.status == Status.usage)
        #expect(
            result.stderr.contains(
                "--baseline and --write-baseline record the findings of files; they cannot be used with --input-format jsonl"))
        #expect(result.stdout.isEmpty)
    }

    @Test("no input lines, no output lines")
    func emptyInput() throws {
        let result = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: Data())
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
        #expect(result.status == Status.clean)
    }
}
