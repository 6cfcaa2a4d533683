import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// Every text in corpora/ has its expected JSON report beside it (NAME.expected.json); the
/// report of the current rules must match it byte for byte. `make update-golden` re-records
/// them (MTLINT_RECORD=1) when a change of findings is deliberate.
@Suite struct GoldenCorpusTests {
    static let corpusFiles: [String] = {
        let root = packageRoot.appendingPathComponent("corpora")
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return enumerator.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".txt") || ($0.hasSuffix(".md") && !$0.hasSuffix("README.md")) }
            .map { "corpora/" + $0 }
            .sorted()
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["MTLINT_RECORD"] == "1" }

    @Test func thereAreCorporaInSeveralLanguages() {
        let languages = Set(Self.corpusFiles.map { $0.split(separator: "/")[1] })
        #expect(languages.isSuperset(of: ["it", "fr", "es"]))
        #expect(Self.corpusFiles.filter { $0.hasPrefix("corpora/it/") }.count >= 3)
    }

    @Test(arguments: corpusFiles)
    func matchesItsExpectedReport(_ path: String) throws {
        let source = packageRoot.appendingPathComponent(path)
        let bytes = try [UInt8](Data(contentsOf: source))
        let report = try Linter().lint(Document(path: path, bytes: bytes), using: Analyzer())
        let rendered = JSONReporter().render(LintRun(outcomes: [.linted(report)]))
        let expectedFile = source.deletingPathExtension().appendingPathExtension("expected.json")
        if Self.recording {
            try rendered.write(to: expectedFile, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(rendered == expected, "\(path): the report changed; if that is deliberate, run `make update-golden` and review the diff")
    }

    /// The language each corpus file is in is the folder it lives in, and the detector finds it.
    @Test(arguments: corpusFiles)
    func detectsTheFolderLanguage(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: packageRoot.appendingPathComponent(path)))
        let document = try Document(path: path, bytes: bytes)
        #expect(LanguageDetector().detect(document.text).tag == String(path.split(separator: "/")[1]))
    }
}

/// The real article that motivated mtlint (../shared/corpora/seed-it.txt, present in CI).
let seedArticlePath = sharedFolder.appendingPathComponent("corpora/seed-it.txt").path

@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedArticlePath), "../shared/corpora/seed-it.txt is not present"))
struct SeedArticleTests {
    static let path = seedArticlePath

    private func report() throws -> FileReport {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: Self.path)))
        return try Linter().lint(Document(path: "seed-it.txt", bytes: bytes), using: Analyzer())
    }

    @Test func isDetectedAsItalian() throws {
        let report = try report()
        #expect(report.language.tag == "it")
        #expect(report.language.source == .detected)
    }

    @Test func flagsThePastedLanguageMenuOnce() throws {
        let findings = try report().diagnostics.filter { $0.ruleID == "text/mixed-script" }
        #expect(findings.count == 1)
        let menu = try #require(findings.first)
        #expect(menu.text == "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina")
        #expect(menu.location.line == 7)
        #expect(menu.location.column == 1)
        #expect(menu.diagnostic.message.contains("5 scripts"))
    }

    /// Every text finding on the article, each once. `Varie` (`applicazioni avanzate Varie
    /// esigenze`) and `Allo` (a capital after a semicolon) are damage too, beyond the issue's
    /// list; no fluent sentence of the article is flagged.
    @Test func flagsTheTextDamageOnce() throws {
        let text = try report().diagnostics.filter { $0.ruleID.hasPrefix("text/") }
        let found = text.map { "\($0.ruleID) \($0.text)" }
        let menu = "한어Русский языкEnglishFrançaisIndonesianSanskrit日本語DeutschPortuguêsΕλληνικάespañolItalianoSuomalainenLatina"
        #expect(
            found == [
                "text/language-menu \(menu)",
                "text/mixed-script \(menu)",
                "text/capital-mid-sentence Varie",
                "text/capital-mid-sentence Allo",
                "text/capital-mid-sentence Membri",
                "text/broken-sentence di. il",
                "text/broken-hyphen -sviluppo",
                "text/quote-spacing \"Doubao \"",
                "text/capital-mid-sentence Ambizione",
            ])
        #expect(text.first { $0.ruleID == "text/quote-spacing" }?.diagnostic.suggestions == ["\"Doubao\""])
        #expect(text.first { $0.text == "Ambizione" }?.diagnostic.suggestions == ["ambizione"])
        #expect(text.first { $0.ruleID == "text/language-menu" }?.diagnostic.suggestions == [""])
    }

    /// The names MT got wrong, with the glossary's names, and the AI/IA mix; no finding on
    /// the names it writes right, nor on the declared alias Skylark / Doubao.
    @Test func flagsTheWrongNamesOnly() throws {
        let names = try report().diagnostics.filter { $0.ruleID.hasPrefix("name/") || $0.ruleID.hasPrefix("term/") }
        #expect(
            names.map { "\($0.ruleID) \($0.text) -> \($0.diagnostic.suggestions.first ?? "")" } == [
                "name/glossary Notizie sulla balenottera azzurra -> Blue Whale News",
                "name/glossary pouf -> Doubao",
                "term/inconsistent IA -> AI",
                "name/glossary Buttons -> Kouzi",
            ])
        let flagged = Set(names.map(\.text))
        for name in [
            "TikTok", "ByteDance", "Microsoft", "OpenAI", "Azure", "Oracle", "Meta", "Google", "Amazon", "Apple",
            "Alibaba", "Tencent", "Liang Rubo", "Zhu Junxi", "The Information", "The Verge", "Skylark", "Doubao",
        ] {
            #expect(!flagged.contains(name), "\(name)")
        }
    }

    /// The article has no doubled word.
    @Test func hasNoRepeatedWord() throws {
        let repeated = try report().diagnostics.filter { $0.ruleID == "text/repeated-word" }
        #expect(repeated.map(\.text).isEmpty)
    }

    /// Exactly one figure finding: the garbled `10 Cento milioni` (10亿), which means one
    /// billion. The article's legal figures (`30,6%`, `77,6%`, `13 miliardi`, `20 milioni`,
    /// `1 miliardo`, `25%`, dates, `GPT-4`, years, `15 anni`) are left alone.
    @Test func flagsOnlyTheGarbledBillion() throws {
        let figures = try report().diagnostics.filter { $0.ruleID.hasPrefix("figure/") }
        #expect(figures.map(\.ruleID) == ["figure/garbled-scale"])
        let garbled = try #require(figures.first)
        #expect(garbled.text == "10 Cento milioni")
        #expect(garbled.severity == .error)
        #expect(garbled.diagnostic.suggestions == ["1 miliardo"])
        #expect(garbled.diagnostic.message.contains("1.000.000.000"))
        #expect(garbled.location.line == 14)
    }
}

/// Every defect planted in the sample corpora (listed in docs/corpora.md, `- Lnn \`text\``)
/// is flagged on its line; for a pair (`A vs B`), the second form is the one flagged.
@Suite struct PlantedDefectsTests {
    struct Planted: CustomTestStringConvertible, Sendable {
        let file: String
        let line: Int
        let text: String
        var testDescription: String { "\(file):\(line) `\(text)`" }
    }

    static let planted: [Planted] = {
        guard let listing = try? String(contentsOf: packageRoot.appendingPathComponent("docs/corpora.md"), encoding: .utf8) else {
            return []
        }
        var result: [Planted] = []
        var file: String?
        let item = /^- L(\d+) `([^`]+)`/
        let pair = /\ vs L(\d+) `([^`]+)`/
        for line in listing.split(separator: "\n") {
            if line.hasPrefix("## ") { file = "corpora/" + line.dropFirst(3).trimmingCharacters(in: .whitespaces) }
            guard let file, let match = line.firstMatch(of: item) else { continue }
            if let second = line.firstMatch(of: pair) {
                result.append(Planted(file: file, line: Int(second.1)!, text: String(second.2)))
            } else {
                result.append(Planted(file: file, line: Int(match.1)!, text: String(match.2)))
            }
        }
        return result
    }()

    @Test func theListingIsThere() {
        #expect(Self.planted.count >= 60)
    }

    @Test(arguments: planted)
    func isFlagged(_ defect: Planted) throws {
        let url = packageRoot.appendingPathComponent(defect.file)
        let bytes = try [UInt8](Data(contentsOf: url))
        let document = try Document(path: defect.file, bytes: bytes)
        let report = try Linter().lint(document, using: Analyzer())
        let line = document.sourceMap.lineRange(defect.line - 1, in: document.text)
        let lineText = document.string(line)
        let found = try #require(lineText.range(of: defect.text), "`\(defect.text)` is not on line \(defect.line)")
        let start =
            line.lowerBound
            + lineText.utf16.distance(from: lineText.utf16.startIndex, to: found.lowerBound.samePosition(in: lineText.utf16)!)
        let span = start..<(start + defect.text.utf16.count)
        let hits = report.diagnostics.filter { $0.diagnostic.range.overlaps(span) }
        #expect(!hits.isEmpty, "nothing flags `\(defect.text)`")
    }
}
