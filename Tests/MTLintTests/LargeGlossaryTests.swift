import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintRules
@testable import MTLintText

/// A TBX file as translation tools export it: one concept per line, each with a right Italian
/// term and a deprecated one, `count` concepts in all.
private func termbase(concepts count: Int) -> String {
    var tbx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body>\n"
    tbx.reserveCapacity(count * 220)
    for number in 0..<count {
        tbx +=
            "<termEntry id=\"c\(number)\"><langSet xml:lang=\"it\"><tig><term>Marca\(number)</term></tig>"
            + "<tig><term>Calco\(number)</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig>"
            + "</langSet></termEntry>\n"
    }
    return tbx + "</body></text></martif>\n"
}

/// A new folder under the system's temporary folder, removed when the value goes away.
private final class GlossaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-glossary-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }
}

@Suite("Large TBX glossaries")
struct LargeGlossaryTests {
    @Test("a TBX glossary over 10 MB loads whole (libxml2 refused it when handed the file at once)")
    func termbaseOverTenMegabytes() throws {
        let folder = try GlossaryFolder()
        let count = 52_000
        let text = termbase(concepts: count)
        try #require(text.utf8.count > 10_500_000)
        let path = try folder.write("termbase.tbx", text)
        let glossary = try GlossaryFile.load(path: path)
        #expect(glossary.entities.count == count)
        let last = try #require(glossary.entities.last)
        #expect(last.id == "c\(count - 1)")
        #expect(last.canonicalName(in: "it") == "Marca\(count - 1)")
        #expect(last.wrong["it"] == [Glossary.WrongRendering(text: "Calco\(count - 1)", requiresMention: false)])
    }

    @Test("a single attribute over libxml2's 10,000,000-byte limit is one line naming the file, the line and the limit")
    func attributeOverTheParserLimit() throws {
        let folder = try GlossaryFolder()
        let text =
            "<?xml version=\"1.0\"?>\n<martif><text><body><termEntry id=\"" + String(repeating: "a", count: 10_000_001)
            + "\"><langSet xml:lang=\"it\"><tig><term>Marca</term></tig></langSet></termEntry></body></text></martif>\n"
        let path = try folder.write("long.tbx", text)
        #expect(
            throws: GlossaryError(
                path: path, line: 2,
                message: "is not valid TBX: internal error: Huge input lookup (column 35); "
                    + "libxml2 reads at most 10,000,000 bytes in one name, attribute value or text")
        ) {
            try GlossaryFile.load(path: path)
        }
    }
}

@Suite("TBX files that crashed or misled the XML parser")
struct TBXParserTests {
    /// The Italian names of the one concept `tbx` defines, right and wrong.
    private func names(_ tbx: String) throws -> (right: [String], wrong: [String]) {
        let glossary = try TBXGlossary.decode(data: Data(tbx.utf8), path: "t.tbx")
        let entity = try #require(glossary.entities.first)
        return ([entity.canonicalName(in: "it")].compactMap { $0 } + entity.also, entity.wrong["it"]?.map(\.text) ?? [])
    }

    private let concept =
        "<termEntry id=\"k\"><langSet xml:lang=\"it\"><tig><term>Kouzi</term></tig>"
        + "<tig><term>Bottoni</term><termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>"

    // Found by the glossary fuzz target: Foundation's XMLParser read a processing instruction
    // without data through a null pointer (SIGSEGV), in the prolog, in the DTD and from an entity.
    @Test(
        "a processing instruction without data is read past, wherever it stands",
        arguments: ["<?a?>", "<!DOCTYPE martif [<?a?>]>", "<!DOCTYPE martif [<!ENTITY e \"&#60;?a?>\">]>"])
    func processingInstructionWithoutData(prolog: String) throws {
        let tbx =
            "<?xml version=\"1.0\"?>\n" + prolog + "\n<martif><text><body>" + concept
            + "<?b?><termEntry id=\"j\">&#60;<?c?></termEntry></body></text></martif>\n"
        let body = prolog.contains("ENTITY") ? tbx.replacingOccurrences(of: "&#60;<?c?>", with: "&e;") : tbx
        #expect(try names(body) == (["Kouzi"], ["Bottoni"]))
    }

    @Test("entities the file declares are not expanded into terms, and external ones are not read")
    func entities() throws {
        let tbx = """
            <?xml version="1.0"?>
            <!DOCTYPE martif [<!ENTITY w "Pulsanti"><!ENTITY x SYSTEM "file:///etc/passwd">]>
            <martif><text><body><termEntry id="k"><langSet xml:lang="it"><tig><term>Kouzi&x;</term></tig>
            <tig><term>Bottoni&w;</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
            <tig><term>&w;</term></tig></langSet></termEntry></body></text></martif>
            """
        #expect(try names(tbx) == (["Kouzi"], ["Bottoni"]))
    }

    @Test("character references, predefined entities and CDATA are text of the term")
    func characterData() throws {
        let tbx =
            "<martif><text><body><termEntry><langSet xml:lang=\"it\"><tig><term>A&amp;B &#x4B;<![CDATA[<x>]]></term></tig>"
            + "</langSet></termEntry></body></text></martif>"
        #expect(try names(tbx) == (["A&B K<x>"], []))
    }

    @Test("an XML error is libxml2's message with its line and column, on one line")
    func xmlError() {
        #expect(
            throws: GlossaryError(
                path: "t.tbx", line: 2, message: "is not valid TBX: Opening and ending tag mismatch: body line 2 and martif (column 30)")
        ) {
            try TBXGlossary.decode(data: Data("\n<martif><text><body></martif>".utf8), path: "t.tbx")
        }
        #expect(throws: GlossaryError(path: "t.tbx", message: "is empty")) {
            try TBXGlossary.decode(data: Data(), path: "t.tbx")
        }
        #expect(throws: GlossaryError(path: "t.tbx", line: 1, message: "is not a TBX file (no `martif` or `tbx` root element)")) {
            try TBXGlossary.decode(data: Data("x".utf8), path: "t.tbx")
        }
    }
}
