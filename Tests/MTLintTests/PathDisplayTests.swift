import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite("PathDisplay: names in one-line messages")
struct PathDisplayTests {
    @Test(
        "invalid UTF-8 bytes are shown as \\xNN, each byte of the bad sequence",
        arguments: [
            (Array("caff".utf8) + [0xE8] + Array(".txt".utf8), #"caff\xE8.txt"#),
            ([0x61, 0xE6, 0x97, 0x62], #"a\xE6\x97b"#),
            ([0xFF, 0xFE], #"\xFF\xFE"#),
            (Array("già/日本.txt".utf8), "già/日本.txt"),
        ] as [([UInt8], String)])
    func invalidBytes(_ bytes: [UInt8], _ shown: String) {
        #expect(PathDisplay.escaped(bytes) == shown)
    }

    @Test("control and bidirectional characters are escaped as every printed name is (PrintableText), so that the line stays one line")
    func controls() {
        #expect(PathDisplay.escaped(Array("a\nb\tc\u{1B}[0m.txt".utf8)) == #"a\nb\tc\u{1B}[0m.txt"#)
        #expect(PathDisplay.escaped(Array("txt.\u{202E}exe".utf8)) == #"txt.\u{202E}exe"#)
        #expect(PathDisplay.escaped(Array("x\u{85}y".utf8) + [0xFF]) == #"x\u{85}y\xFF"#)
        #expect(PathDisplay.escaped(Array("corpus/a.txt".utf8)) == "corpus/a.txt")
    }

    @Test("a problem's one line quotes and escapes its path")
    func problemLine() {
        #expect(InputProblem(path: "a\nb.txt", message: "no such file or folder").description == #""a\nb.txt": no such file or folder"#)
    }
}
