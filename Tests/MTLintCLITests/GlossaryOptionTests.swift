import Foundation
import Testing

@Suite("Glossary options")
struct GlossaryOptionTests {
    static let article = "ByteDance ha lanciato il pouf assistente AI.\n"

    @Test("the default glossary flags `pouf` for Doubao; --no-default-glossary leaves it")
    func defaultGlossary() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", Self.article)
        let withDefault = folder.run(["--lang", "it", file])
        #expect(withDefault.status == Status.findings)
        #expect(
            withDefault.stdout.contains("a.txt:1:26: error: `pouf` is a word-by-word rendering of 豆包; the name is `Doubao` [name/glossary]")
        )
        let without = folder.run(["--lang", "it", "--no-default-glossary", file])
        #expect(without.status == Status.clean)
        #expect(!without.stdout.contains("name/glossary"))
    }

    @Test("--glossary adds a team's YAML and TBX glossaries")
    func userGlossaries() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Il Gruppo Lumino e Luminosa Spa crescono.\n")
        try folder.write(
            "names.yml",
            """
            version: 1
            entities:
              - id: lumino
                canonical: Lumen Group
                wrong:
                  it: [Gruppo Lumino]
            """)
        try folder.write(
            "terms.tbx",
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX-Basic"><text><body><termEntry id="luminosa">
              <langSet xml:lang="it"><tig><term>Luminosa S.p.A.</term></tig>
                <tig><term>Luminosa Spa</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
            </termEntry></body></text></martif>
            """)
        let result = folder.run([
            "--lang", "it", "--no-default-glossary", "--glossary", "names.yml", "--glossary", "terms.tbx", "--format", "json", file,
        ])
        #expect(result.status == Status.findings, "\(result.stderr)")
        let diagnostics = try reportFiles(jsonObject(result.stdout)).first?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.map { $0["text"] as? String } == ["Gruppo Lumino", "Luminosa Spa"])
        #expect(diagnostics.map { ($0["suggestions"] as? [String])?.first } == ["Lumen Group", "Luminosa S.p.A."])
    }

    @Test("a broken glossary is a usage error naming the file and line")
    func brokenGlossary() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", Self.article)
        try folder.write("bad.yml", "version: 1\nentities:\n  - id: x\n    canonicl: X\n")
        let result = folder.run(["--lang", "it", "--glossary", "bad.yml", file])
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "mtlint: error: glossary bad.yml:4: unknown key `canonicl` (did you mean `canonical`?)\n")
        let missing = folder.run(["--glossary", "none.yml", file])
        #expect(missing.status == Status.usage)
        #expect(missing.stderr == "mtlint: error: glossary none.yml: no such file\n")
    }
}
