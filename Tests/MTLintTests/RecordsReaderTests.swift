import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport

/// The pieces of records mode below the command line: the JSON object reader, the line
/// reader, and the batches.
@Suite("Records: reading lines and JSON objects")
struct RecordsReaderTests {
    // MARK: JSONObjectLine

    @Test("members keep the bytes they were written with")
    func membersAsWritten() throws {
        let line = #"{ "id" : 17 , "t\u0065xt":"a\"b\\c\n", "n": -0.50e+3, "o": {"a": [true, false, null, "}"]} }"#
        let object = try JSONObjectLine(Array(line.utf8))
        #expect(object.members.map(\.key) == ["id", "text", "n", "o"])
        #expect(object.members.map(\.kind) == [.number, .string, .number, .object])
        #expect(
            object.members.map { object.written($0.value) } == ["17", #""a\"b\\c\n""#, "-0.50e+3", #"{"a": [true, false, null, "}"]}"#])
        #expect(
            object.members.map { object.written($0.written) } == [
                #""id" : 17"#, #""t\u0065xt":"a\"b\\c\n""#, #""n": -0.50e+3"#, #""o": {"a": [true, false, null, "}"]}"#,
            ])
        let text = try #require(object.member("text"))
        #expect(try object.string(text) == "a\"b\\c\n")
    }

    @Test("escapes decode to UTF-8, surrogate pairs to one character")
    func escapes() throws {
        let object = try JSONObjectLine(Array(#"{"t":"\u00e9\ud83d\ude00\/\t\b\f\r"}"#.utf8))
        let member = try #require(object.member("t"))
        #expect(try object.stringBytes(member) == Array("é😀/\t\u{8}\u{C}\r".utf8))
    }

    @Test(
        "what is not a JSON object on one line is refused with the reason",
        arguments: [
            ("", "empty line; a record is a JSON object on one line"),
            ("   ", "empty line; a record is a JSON object on one line"),
            ("null", "a record is a JSON object; this line holds null"),
            (#""text""#, "a record is a JSON object; this line holds a string"),
            ("{", "not JSON: the line ends where a key in quotes should be"),
            (#"{"a":1,}"#, "not JSON: `}` at byte 8 where a key in quotes should be"),
            (#"{"a" 1}"#, "not JSON: `1` at byte 6 where `:` should be"),
            (#"{"a":01}"#, "not JSON: `1` at byte 7 where `,` or `}` should be"),
            (#"{"a":1.}"#, "not JSON: `}` at byte 8 where a digit should be"),
            (#"{"a":tru}"#, "not JSON: `}` at byte 9 where `true` should be"),
            (#"{"a":"\x"}"#, "not JSON: unknown escape at byte 7"),
            (#"{"a":"\u12"}"#, "not JSON: `\\u` at byte 7 is not followed by four hex digits"),
            ("{\"a\":\"\t\"}", "not JSON: a control character (0x9) at byte 7 inside a string; write it as an escape"),
            (#"{"a":"b}"#, "not JSON: a string is not closed before the end of the line"),
            (#"{"a":1,"a":2}"#, "the field `a` appears twice"),
            (#"{"a":[1 2]}"#, "not JSON: `2` at byte 9 where `,` or `]` should be"),
        ])
    func refused(line: String, reason: String) {
        #expect(throws: JSONLineError(reason)) { try JSONObjectLine(Array(line.utf8)) }
    }

    @Test("ill-formed UTF-8 is refused at its byte: overlong forms, surrogates, truncated sequences")
    func invalidUTF8() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80]] {
            let line = Array(#"{"a":""#.utf8) + bad + Array(#""}"#.utf8)
            #expect(throws: JSONLineError("invalid UTF-8 at byte 7 (0x\(String(bad[0], radix: 16, uppercase: true))); records are UTF-8")) {
                try JSONObjectLine(line)
            }
        }
    }

    @Test("nesting beyond the limit is refused, not a crash")
    func deepNesting() {
        let depth = JSONObjectLine.maximumDepth + 10
        let line = #"{"a":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
        #expect(throws: JSONLineError("values nested deeper than \(JSONObjectLine.maximumDepth) levels")) {
            try JSONObjectLine(Array(line.utf8))
        }
    }

    @Test("an unpaired surrogate escape is an error when the string is read")
    func unpairedSurrogate() throws {
        for escaped in [#"\ud800"#, #"\udc00"#, #"\ud800\u0041"#] {
            let object = try JSONObjectLine(Array(#"{"t":"x\#(escaped)"}"#.utf8))
            let member = try #require(object.member("t"))
            #expect(throws: JSONLineError.self) { try object.stringBytes(member) }
        }
    }

    // MARK: LineReader

    /// The lines `LineReader` reads from `bytes`, in a file, with a small line limit and chunk.
    private func lines(_ bytes: [UInt8], maximum: Int = 8, chunk: Int = 3) throws -> [LineReader.Line] {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-lines-\(UUID().uuidString)")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let descriptor = open(file.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maximumLineLength: maximum, chunkSize: chunk)
        var lines: [LineReader.Line] = []
        while let line = try reader.next() { lines.append(line) }
        return lines
    }

    @Test("lines end at line feeds; the last may have none; a BOM at the start is left out")
    func lineEnds() throws {
        #expect(try lines(Array("ab\ncd\n".utf8)) == [.line(Array("ab".utf8)), .line(Array("cd".utf8))])
        #expect(try lines(Array("ab\n\ncd".utf8)) == [.line(Array("ab".utf8)), .line([]), .line(Array("cd".utf8))])
        #expect(try lines([0xEF, 0xBB, 0xBF] + Array("ab\r\n".utf8)) == [.line(Array("ab\r".utf8))])
        #expect(try lines([]) == [])
        #expect(try lines(Array("\n".utf8)) == [.line([])])
        // A BOM further on is the line's own.
        #expect(try lines(Array("a\n".utf8) + [0xEF, 0xBB, 0xBF]) == [.line(Array("a".utf8)), .line([0xEF, 0xBB, 0xBF])])
    }

    @Test("a line over the limit is skipped to its end and counted, and the next line is read")
    func longLines() throws {
        let long = String(repeating: "x", count: 20)
        #expect(try lines(Array("ab\n\(long)\ncd\n".utf8)) == [.line(Array("ab".utf8)), .tooLong(byteCount: 20), .line(Array("cd".utf8))])
        #expect(try lines(Array("\(long)".utf8)) == [.tooLong(byteCount: 20)])
        #expect(try lines(Array("12345678\n123456789\n".utf8)) == [.line(Array("12345678".utf8)), .tooLong(byteCount: 9)])
        // Longer than a chunk but under the limit: read whole.
        #expect(try lines(Array("1234567\n".utf8), maximum: 8, chunk: 2) == [.line(Array("1234567".utf8))])
    }

    // MARK: Batches

    @Test("results come in the input's order across batch boundaries, whatever the number of threads")
    func batches() throws {
        let lines = (0..<23).map { index in
            index == 11 ? "broken" : #"{"id":\#(index),"text":"Ha pagato il il conto \#(index).","language":"it"}"#
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-batches-\(UUID().uuidString).jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        var outputs: [String] = []
        for (jobs, batch) in [(1, 2048), (2, 4), (2, 1), (3, 5)] {
            var run = RecordsRun(
                linter: Linter(), jobs: jobs, format: JSONLinesReporter.self, reportOptions: ReportOptions(),
                standardInputName: "<stdin>", minScore: nil, failOn: .error)
            run.batchRecords = batch
            let output = RecordedOutput()
            #expect(run.run(paths: [file.path], output: output) == .unreadableInput)
            #expect(output.messages == ["mtlint: error: \(file.path):12: not JSON: a record is a JSON object, from `{` to `}` on one line"])
            let results = output.report.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(results.count == 23)
            #expect(
                results.enumerated().allSatisfy { index, line in
                    index == 11 ? line.hasPrefix(#"{"error":"#) : line.hasPrefix(#"{"id":\#(index),"language":"it","#)
                })
            outputs.append(output.report)
        }
        #expect(Set(outputs).count == 1)
    }
}
