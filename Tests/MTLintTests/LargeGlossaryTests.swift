import Foundation
import ICU
import Testing
@testable import MTLint
@testable import MTLintRules
@testable import MTLintCore
@testable import MTLintText

/// A TBX file as translation tools export it: one concept per line, each with a right Italian
/// term and a deprecated one, `count` concepts in all.
private func termbase(concepts count: Int) -> String {
    var tbx = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<martif type=\"TBX-Basic\" xml:lang=\"en\"><text><body>\n"
    tbx.reserveCapacity(count * 220)
    for number in 0..<count {
        tbx += "<termEntry id=\"c\(number)\"><langSet xml:lang=\"it\"><tig><term>Marca\(number)</term></tig>"
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
        let text = "<?xml version=\"1.0\"?>\n<martif><text><body><termEntry id=\"" + String(repeating: "a", count: 10_000_001)
            + "\"><langSet xml:lang=\"it\"><tig><term>Marca</term></tig></langSet></termEntry></body></text></martif>\n"
        let path = try folder.write("long.tbx", text)
        #expect(throws: GlossaryError(path: path, line: 3, message: "is not valid TBX: libxml2 gave up "
                                      + "(error 1, which it gives for a name or attribute value over 10,000,000 bytes)")) {
            try GlossaryFile.load(path: path)
        }
    }

    @Test("other XML errors say what libxml2 found, not Foundation's empty message")
    func namedXMLError() {
        #expect(throws: GlossaryError(path: "t.tbx", line: 1, message: "is not valid TBX: a closing tag that does not match the element it closes (libxml2 error 76) at column 30")) {
            try TBXGlossary.decode(data: Data("<martif><text><body></martif>".utf8), path: "t.tbx")
        }
    }
}
