import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct DefaultGlossaryTests {
    let glossary = Glossary.builtIn

    @Test func shipsTheEntitiesOfTranslatedTechNews() {
        #expect(glossary.entities.count >= 40)
        let ids = Set(glossary.entities.map(\.id))
        #expect(ids.count == glossary.entities.count)
        for id in [
            "bytedance", "douyin", "doubao", "kouzi", "coze", "cici", "feishu", "lark", "kuaishou", "pinduoduo", "temu",
            "alibaba", "taobao", "tmall", "qwen", "tencent", "wechat", "hunyuan", "yuanbao", "baidu", "ernie", "huawei",
            "harmonyos", "pangu", "xiaomi", "byd", "moonshot-ai", "kimi", "zhipu-ai", "minimax", "deepseek", "iflytek",
            "sensetime", "blue-whale-news",
        ] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func everyEntityHasANameSourcesAndValidRenderings() {
        let rightNames = Set(glossary.entities.flatMap { $0.canonical.values.map { $0.lowercased() } + $0.also.map { $0.lowercased() } })
        for entity in glossary.entities {
            #expect(entity.canonicalName(in: "it") != nil, "\(entity.id)")
            #expect(!entity.sources.isEmpty, "\(entity.id) has no source")
            for (language, renderings) in entity.wrong {
                #expect(["it", "fr", "es", "de", "pt", "en"].contains(language), "\(entity.id): \(language)")
                for rendering in renderings {
                    #expect(!rightNames.contains(rendering.text.lowercased()), "\(entity.id): `\(rendering.text)` is also a right name")
                }
            }
        }
    }

    /// The binary reads Resources/default-glossary.json; people edit the YAML beside it.
    /// MTLINT_RECORD=1 (`make glossary`) rewrites the JSON from the YAML.
    @Test func theCompiledGlossaryIsItsYAMLSource() throws {
        let resources = packageRoot.appendingPathComponent("Sources/MTLintCore/Resources")
        let source = try GlossaryFile.load(path: resources.appendingPathComponent("default-glossary.yml").path)
        var expected = source.entities
        for index in expected.indices { expected[index].origin = CompiledGlossary.defaultOrigin }
        if ProcessInfo.processInfo.environment["MTLINT_RECORD"] == "1" {
            try CompiledGlossary.encode(source).write(to: resources.appendingPathComponent("default-glossary.json"))
            return
        }
        #expect(glossary.entities.count == expected.count, "the compiled glossary is stale: run `make glossary`")
        for (compiled, written) in zip(glossary.entities, expected) {
            #expect(compiled == written, "\(written.id): the compiled glossary is stale: run `make glossary`")
        }
    }

    @Test func namesTheSeedArticlesEntities() throws {
        #expect(glossary.entity(withID: "doubao")?.canonicalName(in: "it") == "Doubao")
        #expect(glossary.entity(withID: "kouzi")?.wrong["it"]?.contains { $0.text == "Buttons" } == true)
        #expect(glossary.entity(withID: "blue-whale-news")?.canonicalName(in: "it") == "Blue Whale News")
    }

    /// Car brands and finance names of the default glossary, rendered word by word; the brand's
    /// word alone (`lucciola`, the insect) only beside its owner.
    @Test func flagsLiteralCarBrandsAndFinanceNames() throws {
        let linter = Linter(rules: [GlossaryNameRule()], language: try ICULocale(languageTag: "it"), glossary: glossary)
        let text =
            "BYD ha lanciato Leopardo Equazione, Geely Galassia cresce, NIO punta su Lucciola e l'indice Hengsheng scende; lo dice Lei Esercito a Xinhua She."
        let report = try linter.lint(Document(text: text), using: Analyzer())
        #expect(
            report.diagnostics.map(\.text) == [
                "Leopardo Equazione", "Geely Galassia", "Lucciola", "indice Hengsheng", "Lei Esercito", "Xinhua She",
            ])
        #expect(
            report.diagnostics.map(\.diagnostic.suggestions) == [
                ["Fangchengbao"], ["Geely Galaxy"], ["Firefly"], ["Hang Seng Index"], ["Lei Jun"], ["Xinhua"],
            ])
        let alone = try linter.lint(Document(text: "La Lucciola brillava nel prato d'estate."), using: Analyzer())
        #expect(alone.diagnostics.isEmpty)
    }
}

@Suite struct GlossaryFileTests {
    private func decode(_ yaml: String) throws -> Glossary { try GlossaryFile.decode(yaml: yaml, path: "g.yml") }

    @Test func readsEntities() throws {
        let glossary = try decode(
            """
            version: 1
            entities:
              - id: doubao
                kind: product
                original: 豆包
                canonical: {default: Doubao, fr: Doubao}
                also: [Skylark]
                owner: bytedance
                wrong:
                  it: [Panino di Fagioli, {text: pouf, when: mentioned}]
                sources: [https://example.com]
              - id: bytedance
                canonical: ByteDance
            """)
        let doubao = try #require(glossary.entity(withID: "doubao"))
        #expect(doubao.original == "豆包")
        #expect(doubao.canonicalName(in: "pt-BR") == "Doubao")
        #expect(doubao.also == ["Skylark"])
        #expect(
            doubao.wrong["it"] == [.init(text: "Panino di Fagioli", requiresMention: false), .init(text: "pouf", requiresMention: true)])
        #expect(glossary.entity(withID: "bytedance")?.kind == "organisation")
    }

    /// The sieve that spares most words a lookup keys renderings by their first four units:
    /// a capital first letter and either apostrophe in those units must still match, and
    /// renderings shorter than four units must still be found.
    @Test func renderingsAreFoundWhateverTheirStartLooksLike() throws {
        let glossary = try decode(
            """
            version: 1
            entities:
              - id: ape
                canonical: Apis
                wrong:
                  it: ["l'ape regina", "d’Ape", "Bo", "ronzio"]
            """)
        let linter = Linter(rules: [GlossaryNameRule()], language: try ICULocale(languageTag: "it"), glossary: glossary)
        let text = "Ieri L’ape regina ha detto che d'Ape e Bo e Ronzio sono nomi; l'ape regina no, l’apicoltura sì."
        let report = try linter.lint(Document(text: text), using: Analyzer())
        #expect(report.diagnostics.map(\.text) == ["L’ape regina", "d'Ape", "Bo", "Ronzio", "l'ape regina"])
        #expect(report.diagnostics.allSatisfy { $0.diagnostic.suggestions == ["Apis"] })
    }

    @Test(
        arguments: [
            ("version: 1\nentities:\n  - id: x\n    canonicl: X\n", 4, "unknown key `canonicl` (did you mean `canonical`?)"),
            ("version: 2\nentities: []\n", 1, "`version` must be 1"),
            ("entities: []\n", nil, "has no `version` (write `version: 1`)"),
            (
                "version: 1\nentities:\n  - id: x\n    canonical: X\n    wrong:\n      it: [{text: a, when: always}]\n", 6,
                "entity `x`: a wrong rendering is a string or `{text: ..., when: mentioned}`"
            ),
            ("version: 1\nentities:\n  - id: x\n    canonical: X\n  - id: x\n    canonical: Y\n", 5, "entity `x` is defined twice"),
            (
                "version: 1\nentities:\n  - id: x\n    canonical: X\n    owner: y\n", nil,
                "entity `x` names owner `y`, which is not in this glossary"
            ),
            ("version: 1\nentities:\n  - id: x\n", 3, "entity `x` has no `canonical` name"),
            (
                "version: 1\nentities:\n  - id: x\n    kind: planet\n    canonical: X\n", 4,
                "entity `x`: kind `planet` is not one of company, media, model, organisation, person, place, product, service, slogan"
            ),
        ] as [(String, Int?, String)])
    func explainsMistakes(_ yaml: String, _ line: Int?, _ message: String) {
        #expect(throws: GlossaryError(path: "g.yml", line: line, message: message)) { try decode(yaml) }
    }

    @Test func reportsYAMLSyntaxErrorsWithTheirLine() {
        do {
            _ = try GlossaryFile.decode(yaml: "version: 1\nentities:\n  - id: [x\n", path: "g.yml")
            Issue.record("no error")
        } catch {
            #expect(error.path == "g.yml")
            #expect(error.line != nil)
            #expect(error.message.hasPrefix("is not valid YAML"))
        }
    }

    @Test func laterGlossariesReplaceEntitiesWithTheSameID() throws {
        let first = try decode("version: 1\nentities:\n  - id: x\n    canonical: X\n  - id: y\n    canonical: Y\n")
        let second = try decode("version: 1\nentities:\n  - id: x\n    canonical: Z\n")
        let merged = first.merged(with: second)
        #expect(merged.entities.map(\.id) == ["x", "y"])
        #expect(merged.entity(withID: "x")?.canonicalName(in: "it") == "Z")
    }

    @Test func importsTBXBasicVersionTwo() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic" xml:lang="en"><text><body>
              <termEntry id="doubao">
                <langSet xml:lang="zh"><tig><term>豆包</term></tig></langSet>
                <langSet xml:lang="it-IT">
                  <tig><term>Doubao</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
                  <tig><term>Skylark</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
                  <tig><term>pouf</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
                </langSet>
              </termEntry>
            </body></text></martif>
            """
        let glossary = try TBXGlossary.decode(data: Data(tbx.utf8), path: "t.tbx")
        let entity = try #require(glossary.entities.first)
        #expect(entity.id == "doubao")
        #expect(entity.original == "豆包")
        #expect(entity.canonicalName(in: "it") == "Doubao")
        #expect(entity.also == ["Skylark"])
        #expect(entity.wrong["it"] == [.init(text: "pouf", requiresMention: false)])
    }

    @Test func importsTBXVersionThree() throws {
        let tbx = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>
              <conceptEntry id="c7">
                <langSec xml:lang="en"><termSec><term>Kouzi</term></termSec>
                  <termSec><term>Buttons</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec>
              </conceptEntry>
            </body></text></tbx>
            """
        let glossary = try TBXGlossary.decode(data: Data(tbx.utf8), path: "t.tbx")
        #expect(glossary.entities.map(\.id) == ["c7"])
        #expect(glossary.entities.first?.canonicalName(in: "it") == "Kouzi")
        #expect(glossary.entities.first?.wrong["en"]?.map(\.text) == ["Buttons"])
    }

    @Test func refusesXMLThatIsNotTBX() {
        #expect(throws: GlossaryError(path: "t.xml", message: "is not a TBX file (no `martif` or `tbx` root element)")) {
            try TBXGlossary.decode(data: Data("<html><body/></html>".utf8), path: "t.xml")
        }
        #expect(throws: GlossaryError.self) { try TBXGlossary.decode(data: Data("<martif><text>".utf8), path: "t.tbx") }
    }
}

@Suite struct NameAnalysisTests {
    private func analyze(_ text: String, _ language: String = "it") throws -> Analysis {
        try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: language)))
    }

    @Test func findsNamesWithTheirKeys() throws {
        let analysis = try analyze("Il CEO Liang Rubo di ByteDance parla; Byte Dance e Huawéi (华为) rispondono.")
        #expect(analysis.names.map { analysis.string($0.range) } == ["Liang Rubo", "ByteDance", "Byte Dance", "Huawéi", "华为"])
        #expect(analysis.names.map { analysis.names.key(of: $0) } == ["liangrubo", "bytedance", "bytedance", "huawei", "华为"])
        // Each key is kept once, numbered in order of first appearance.
        #expect(analysis.names.keys == ["liangrubo", "bytedance", "huawei", "华为"])
        #expect(analysis.names.map(\.keyIndex) == [0, 1, 1, 2, 3])
        #expect(analysis.names.map(\.isNonLatin) == [false, false, false, false, true])
    }

    /// A Chinese full name at the end of a run of capitals is the person's name alone; runs
    /// where the name's start cannot be told stay whole.
    @Test func separatesAChineseFullNameFromTheTitleBeforeIt() throws {
        let analysis = try analyze(
            "Il ministro del Commercio Wang Wen Tao e il PDG Lei Jun di Xiaomi; Huawei Ren Zhengfei, Zhang Lei Jun, Wang Xiao Ming e Mary Lou Retton."
        )
        #expect(
            analysis.names.map { analysis.string($0.range) } == [
                "Il", "Wang Wen Tao", "Lei Jun", "Xiaomi", "Ren Zhengfei", "Zhang Lei Jun", "Wang Xiao Ming", "Mary Lou Retton",
            ])
    }

    @Test func keysDropAccentsAndTransliterateWhatIsLeft() {
        #expect(NameFinder.key("Łódź Żywiec", { try? Transliterator(id: "Latin-ASCII") }) == "lodzzywiec")
        #expect(NameFinder.key("Straße", { try? Transliterator(id: "Latin-ASCII") }) == "strasse")
        #expect(NameFinder.key("Pécs", { nil }) == "pecs")
        #expect(NameFinder.key("O'Neill-Smith", { nil }) == "oneillsmith")
        #expect(
            NameFinder.key(
                "Москва",
                {
                    Issue.record("no transliteration for another script")
                    return nil
                }) == "москва")
    }

    @Test(arguments: [
        ("it", "Il modello Skylark (ora ribattezzato \"Doubao\") cresce.", "skylark", "doubao"),
        ("it", "Il servizio Kouzi, noto come Coze all'estero, cresce.", "kouzi", "coze"),
        ("it", "La società Lumen, ex Datalab, cresce.", "lumen", "datalab"),
        ("it", "L'intelligenza artificiale (IA) cresce.", "intelligenza artificiale", "ia"),
        ("fr", "Le groupe Meta (anciennement Facebook) grandit.", "meta", "facebook"),
        ("es", "La empresa X, antes Twitter, crece.", "x", "twitter"),
        ("de", "Die Firma Meta (früher Facebook) wächst.", "meta", "facebook"),
        ("en", "The firm X (formerly Twitter) grew.", "x", "twitter"),
    ])
    func recognisesDeclaredAliases(_ language: String, _ text: String, _ first: String, _ second: String) throws {
        let aliases = try analyze(text, language).aliases
        #expect(aliases.declares(first, second), "\(aliases.pairs)")
    }

    @Test func listsAreNotAliases() throws {
        let aliases = try analyze("Hanno investito Alibaba, Tencent e Baidu (con altri).").aliases
        #expect(!aliases.declares("alibaba", "tencent"))
        #expect(!aliases.declares("baidu", "con"))
    }
}
