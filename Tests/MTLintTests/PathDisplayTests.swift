import Testing
@testable import MTLint

@Suite("PathDisplay: names in one-line messages")
struct PathDisplayTests {
    @Test("invalid UTF-8 bytes are shown as \\xNN, each byte of the bad sequence", arguments: [
        (Array("caff".utf8) + [0xE8] + Array(".txt".utf8), #"caff\xE8.txt"#),
        ([0x61, 0xE6, 0x97, 0x62], #"a\xE6\x97b"#),
        ([0xFF, 0xFE], #"\xFF\xFE"#),
        (Array("già/日本.txt".utf8), "già/日本.txt"),
    ] as [([UInt8], String)])
    func invalidBytes(_ bytes: [UInt8], _ shown: String) {
        #expect(PathDisplay.escaped(bytes) == shown)
    }

    @Test("control and bidirectional characters are escaped, so that the line stays one line and reads as it is")
    func controls() {
        #expect(PathDisplay.escaped("a\nb\tc\u{1B}[0m.txt") == #"a\x0Ab\x09c\x1B[0m.txt"#)
        #expect(PathDisplay.escaped("txt.\u{202E}exe") == #"txt.\u{202E}exe"#)
        #expect(PathDisplay.escaped("x\u{85}y") == #"x\u{85}y"#)
        #expect(PathDisplay.escaped("corpus/a.txt") == "corpus/a.txt")
    }

    @Test("a problem's one line escapes its path")
    func problemLine() {
        #expect(InputProblem(path: "a\nb.txt", message: "no such file or folder").description == #"a\x0Ab.txt: no such file or folder"#)
    }
}
