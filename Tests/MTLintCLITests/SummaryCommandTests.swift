import Foundation
import Testing

/// `mtlint summary`: the summary of a run's parts, merged, is byte for byte the summary of
/// the whole run, however the parts are cut and merged.
@Suite("mtlint summary")
struct SummaryCommandTests {
    /// Records made from the paragraphs of corpora/ (the Spark test's corpus in small): each
    /// paragraph a record, every third without its language.
    static func corpusRecords() throws -> [String] {
        let root = packageRoot.appendingPathComponent("corpora")
        let files = try FileManager.default.subpathsOfDirectory(atPath: root.path).filter { $0.hasSuffix(".txt") }.sorted()
        var records: [String] = []
        for file in files {
            let language = file.split(separator: "/").first.map(String.init) ?? "und"
            let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            for paragraph in text.components(separatedBy: "\n\n") {
                let trimmed = paragraph.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !trimmed.isEmpty else { continue }
                var record: [String: String] = ["id": "\(file)#\(records.count + 1)", "text": trimmed]
                if records.count % 3 != 0 { record["language"] = language }
                let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])
                records.append(String(decoding: data, as: UTF8.self))
            }
        }
        return records
    }

    @Test("merged in any grouping, the parts' summaries are the whole run's summary, byte for byte")
    func associativeForReal() throws {
        let folder = try TemporaryFolder()
        let records = try Self.corpusRecords()
        try #require(records.count > 40)
        try folder.write("corpus.jsonl", records.joined(separator: "\n") + "\n")
        let linted = folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "--fail-on", "never", "corpus.jsonl"])
        #expect(linted.status == Status.clean, "stderr: \(linted.stderr)")
        let results = linted.stdout.lines
        #expect(results.count == records.count)
        try folder.write("results.jsonl", linted.stdout)
        let whole = folder.run(["summary", "--format", "json", "results.jsonl"])
        #expect(whole.status == Status.clean, "stderr: \(whole.stderr)")
        #expect(whole.stdout.lines.count == 1)
        #expect(whole.stdout.contains(#""records":\#(records.count),"#))

        // Cut the results in several ways; summarize each part on its own.
        let n = results.count
        for cuts in [[n / 2], [1, n - 1], [7, 19, 20, 33], Array(stride(from: 9, to: n, by: 9))] {
            let bounds = [0] + cuts + [n]
            var partNames: [String] = []
            for (index, (start, end)) in zip(bounds, bounds.dropFirst()).enumerated() {
                let name = try folder.write("part-\(index).jsonl", results[start..<end].map { $0 + "\n" }.joined())
                let part = folder.run(["summary", "--format", "json", name])
                #expect(part.status == Status.clean)
                partNames.append(try folder.write("part-\(index).json", part.stdout))
            }
            // All at once, as files; concatenated on stdin; and as a tree of partial merges.
            let files = folder.run(["summary", "--format", "json"] + partNames)
            #expect(files.stdout == whole.stdout, "cuts \(cuts)")
            let concatenated = try partNames.map { try String(contentsOf: folder.url.appendingPathComponent($0), encoding: .utf8) }.joined()
            let piped = folder.run(["summary", "--format", "json", "-"], stdin: Data(concatenated.utf8))
            #expect(piped.stdout == whole.stdout, "cuts \(cuts)")
            var level = partNames
            var round = 0
            while level.count > 1 {
                var next: [String] = []
                for index in stride(from: 0, to: level.count, by: 2) {
                    let group = Array(level[index..<min(index + 2, level.count)])
                    let merged = folder.run(["summary", "--format", "json"] + group.reversed())
                    next.append(try folder.write("tree-\(round)-\(index).json", merged.stdout))
                }
                level = next
                round += 1
            }
            let tree = try String(contentsOf: folder.url.appendingPathComponent(level[0]), encoding: .utf8)
            #expect(tree == whole.stdout, "cuts \(cuts)")
            // A results file and a summary mixed.
            let mixed = folder.run(["summary", "--format", "json", partNames[0]] + (1..<(bounds.count - 1)).map { "part-\($0).jsonl" })
            #expect(mixed.stdout == whole.stdout, "cuts \(cuts)")
        }

        // The input linted in parts by separate runs, as workers of a cluster do.
        let halves = [records[..<(n / 3)], records[(n / 3)...]]
        var pieces = ""
        for (index, half) in halves.enumerated() {
            let name = try folder.write("input-\(index).jsonl", half.map { $0 + "\n" }.joined())
            pieces += folder.run(["check", "--input-format", "jsonl", "--format", "jsonl", "--fail-on", "never", name]).stdout
        }
        #expect(pieces == linted.stdout)
    }

    @Test("the text summary, byte for byte")
    func textSummary() throws {
        let input = Data(
            """
            {"id":"a1","text":"Ha pagato il il conto.","language":"it"}
            {"id":2,"text":"Tutto bene, grazie.","language":"it"}
            not json

            """.utf8)
        let results = runMTLint(["check", "--input-format", "jsonl", "--format", "jsonl", "-"], stdin: input).stdout
        let summary = runMTLint(["summary", "-"], stdin: Data(results.utf8))
        let expected = """
            2 records (8 words): 0 errors, 1 warning, 0 infos; score 0.0
            1 record could not be linted
            scores: min 0.0, p1 0.0, p5 0.0, p10 0.0, p25 0.0, p50 0.0, p75 100.0, p90 100.0, p95 100.0, p99 100.0, max 100.0; mean 50.0
            findings by rule:
              text/repeated-word  1 warning
            languages: it 2
            worst 2 records:
                0.0  a1 (it, 5 words: 0 errors, 1 warning, 0 infos)
              100.0  2 (it, 3 words: 0 errors, 0 warnings, 0 infos)

            """
        #expect(Array(summary.stdout.utf8) == Array(expected.utf8), "stdout:\n\(summary.stdout)")
        #expect(summary.status == Status.clean)
    }

    @Test("a JSON report counts each file as a record; its unreadable inputs too")
    func jsonReport() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", repeatedWordLine + "\n")
        try folder.write("b.txt", "Tutto bene, grazie.\n")
        let report = folder.run(["check", "--no-config", "--lang", "it", "--format", "json", "a.txt", "b.txt", "manca.txt"])
        try folder.write("report.json", report.stdout)
        let summary = folder.run(["summary", "--format", "json", "report.json"])
        let object = try jsonObject(summary.stdout)
        #expect(object["records"] as? Int == 2)
        #expect(object["unreadable"] as? Int == 1)
        #expect(object["warnings"] as? Int == 1)
        #expect((object["worst"] as? [JSONObject])?.map { $0["id"] as? String } == ["a.txt", "b.txt"])
    }

    @Test("what is not a result is named with its line, left out, and makes the exit code 3")
    func notResults() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", repeatedWordLine + "\n")
        let findings = folder.run(["check", "--no-config", "--lang", "it", "--format", "jsonl", "a.txt"])
        try folder.write("findings.jsonl", findings.stdout)
        let refused = folder.run(["summary", "findings.jsonl", "manca.json"])
        #expect(refused.status == Status.unreadable)
        #expect(
            refused.stderr.lines == [
                "mtlint: error: findings.jsonl:1: a finding of `--format jsonl` without --input-format jsonl: it has no words or score; summarize the JSON report (--format json) instead",
                "mtlint: error: manca.json: no such file or folder",
            ])
        #expect(refused.stdout.hasPrefix("0 records (0 words)"))

        let good = #"{"id":"b","language":"it","languageReason":"","languageSource":"given","score":100,"words":3,"diagnostics":[]}"#
        let mixed = runMTLint(["summary", "--format", "json", "-"], stdin: Data((good + "\n{\"id\":1}\n[\n" + good + "\n").utf8))
        #expect(mixed.status == Status.unreadable)
        #expect(
            mixed.stderr.lines == [
                "mtlint: error: <stdin>:2: not a record's result (`id`, `language`, `words`, `score`, `diagnostics`) nor a summary of mtlint",
                "mtlint: error: <stdin>:3: not JSON: a record is a JSON object, from `{` to `}` on one line",
            ])
        #expect(try jsonObject(mixed.stdout)["records"] as? Int == 2)
    }
}
