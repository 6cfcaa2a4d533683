import Foundation
import Testing

/// The fixtures of Tests/MTLintCLITests/Bilingual, written for these tests: a Chinese news
/// item in PO (Italian) and XLIFF 1.2 (French), an English interface in TMX and a CSV
/// glossary (Italian), each with damage planted beside clean units. The tests run the binary
/// and check the exact findings of the `source/*` rules, their places in the file as stored,
/// their `segment`, and that clean units give nothing.
private let fixtures = packageRoot.appendingPathComponent("Tests/MTLintCLITests/Bilingual")

private struct SourceFinding: Equatable, CustomStringConvertible {
    var rule: String
    var line: Int
    var text: String
    var segment: String

    init(_ rule: String, _ line: Int, _ text: String, _ segment: String) {
        (self.rule, self.line, self.text, self.segment) = (rule, line, text, segment)
    }

    var description: String { "\(rule) line \(line) [\(segment)]: `\(text)`" }
}

/// The findings of the `source/*` rules in `name`, in report order.
private func sourceFindings(
    _ name: String, _ options: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
) throws -> [SourceFinding] {
    let result = runMTLint(["check", "--no-config", "--format", "json", "--enable", "source/*"] + options + [name], in: fixtures)
    #expect(result.stderr.isEmpty, "stderr: \(result.stderr)", sourceLocation: sourceLocation)
    let diagnostics = try onlyFileDiagnostics(result.stdout, sourceLocation: sourceLocation)
    let bytes = try [UInt8](Data(contentsOf: fixtures.appendingPathComponent(name)))
    for diagnostic in diagnostics {
        // The flagged text is the file's bytes at the finding's offset.
        let offset = diagnostic["offset"] as? Int ?? -1, length = diagnostic["length"] as? Int ?? -1
        #expect(offset >= 0 && offset + length <= bytes.count, sourceLocation: sourceLocation)
        if offset >= 0, offset + length <= bytes.count {
            #expect(
                String(decoding: bytes[offset..<(offset + length)], as: UTF8.self) == diagnostic["text"] as? String,
                sourceLocation: sourceLocation)
        }
        #expect(diagnostic["segment"] is JSONObject, "every finding of a bilingual file names its unit", sourceLocation: sourceLocation)
    }
    return diagnostics.compactMap { diagnostic in
        guard let rule = diagnostic["rule"] as? String, rule.hasPrefix("source/") else { return nil }
        let segment = (diagnostic["segment"] as? JSONObject)?["id"] as? String ?? ""
        return SourceFinding(rule, diagnostic["line"] as? Int ?? 0, diagnostic["text"] as? String ?? "", segment)
    }
}

@Suite struct BilingualInputTests {
    @Test func chineseNewsInPO() throws {
        let found = try sourceFindings("notizia.zh-it.po", ["--source-lang", "zh"])
        #expect(
            found == [
                SourceFinding("source/figure-mismatch", 10, "10 Cento milioni", "字节跳动去年营收10亿美元。"),
                SourceFinding("source/figure-mismatch", 18, "53", "海外用户增长了35%。"),
                SourceFinding("source/omission", 22, "", "公司当天宣布裁员1200人。"),
                SourceFinding("source/url", 26, "https://example.com/notizie", "详情见 https://example.com/news"),
            ])
    }

    @Test func chineseNewsInXLIFF() throws {
        let found = try sourceFindings("notizia.zh-fr.xlf")
        #expect(
            found == [
                SourceFinding("source/figure-mismatch", 8, "100 millions", "p1"),
                SourceFinding("source/figure-missing", 16, "L'entreprise prévoit de recruter des ingénieurs d'ici 2025.", "p3"),
                SourceFinding("source/untranslated", 20, "发布会在北京举行。", "p4"),
                SourceFinding("source/email", 24, "presse@example.com", "p5"),
            ])
    }

    @Test func interfaceInTMX() throws {
        let found = try sourceFindings("interfaccia.en-it.tmx")
        #expect(
            found == [
                SourceFinding("source/placeholder", 8, "%d", "open"),
                SourceFinding("source/untranslated", 16, "Save the file before closing the window.", "copy"),
                SourceFinding("source/omission", 19, "", "missing"),
            ])
    }

    @Test func glossaryInCSV() throws {
        let found = try sourceFindings("glossario.en-it.csv", ["--lang", "it", "--columns", "source,target"])
        #expect(
            found == [
                SourceFinding("source/email", 3, "aiuto@example.org", "row 3"),
                SourceFinding("source/figure-added", 4, "12", "row 4"),
            ])
    }

    @Test func relatedNamesTheSourceInTheFile() throws {
        let result = runMTLint(
            ["check", "--no-config", "--format", "json", "--source-lang", "zh", "--enable", "source/*", "notizia.zh-it.po"], in: fixtures)
        let diagnostics = try onlyFileDiagnostics(result.stdout)
        let mismatch = try #require(diagnostics.first { $0["rule"] as? String == "source/figure-mismatch" })
        let related = try #require((mismatch["related"] as? [JSONObject])?.first)
        #expect(related["text"] as? String == "10亿" && related["line"] as? Int == 9)
        #expect(mismatch["suggestions"] as? [String] == ["1 miliardo"])
        let segment = try #require(mismatch["segment"] as? JSONObject)
        #expect(segment["index"] as? Int == 1)
    }

    @Test func malformedFilesAreNamedWithTheirLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("rotto.po", "msgid \"a\"\nmsgstr \"b\n")
        try folder.write("rotto.xlf", "<xliff version=\"1.2\">\n<file><body></file></xliff>\n")
        try folder.write("buono.txt", "Un testo.\n")
        let result = runMTLint(["check", "--no-config", "--lang", "it", "."], in: folder.url)
        #expect(result.status == 3)
        #expect(result.stderr.contains("rotto.po: line 2: unterminated string (read as PO)\n"))
        #expect(result.stderr.contains("rotto.xlf: line 2: not well-formed XML"))
    }
}
