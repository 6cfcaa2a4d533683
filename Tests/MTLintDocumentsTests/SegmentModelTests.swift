import Testing

@testable import MTLintDocuments

@Suite("Segments, the text map and positions")
struct SegmentModelTests {
    @Test("segments are joined by a blank line that stands for nothing; empty ones leave no trace")
    func builder() {
        let file = Array("<p>uno</p><p> </p><p>due</p>".utf16)
        var builder = SegmentedText.Builder()
        builder.begin(.heading)
        builder.appendVerbatim(3..<6, of: file)
        builder.begin(.paragraph)
        builder.begin(.listItem, id: "u2", state: "translated")
        builder.appendVerbatim(21..<24, of: file)
        builder.append(0xFFFC, standingFor: 24..<28)
        let result = builder.finish()
        #expect(String(decoding: result.text, as: UTF16.self) == "uno\n\ndue\u{FFFC}")
        #expect(
            result.segments == [
                Segment(kind: .heading, range: 0..<3),
                Segment(kind: .listItem, range: 5..<9, id: "u2", state: "translated"),
            ])
        #expect(result.map.runs.count == 3)
        #expect(result.map.fileRange(ofUnit: 3) == nil)
        #expect(result.map.fileRange(ofUnit: 6) == 22..<23)
        #expect(result.map.fileRange(ofUnit: 8) == 24..<28)
    }

    @Test("a range maps from its first mapped unit to the end of its last; an unmapped one to where the file resumes")
    func fileRanges() {
        var map = TextMap()
        map.append(TextMap.Run(text: 0..<3, file: 10..<13, isVerbatim: true))
        map.append(TextMap.Run(text: 3..<4, file: 13..<18, isVerbatim: false))  // `&amp;`
        map.append(TextMap.Run(text: 6..<8, file: 30..<32, isVerbatim: true))
        #expect(map.fileRange(of: 1..<3) == 11..<13)
        #expect(map.fileRange(of: 2..<4) == 12..<18)
        #expect(map.fileRange(of: 3..<4) == 13..<18)
        #expect(map.fileRange(of: 2..<7) == 12..<31)
        #expect(map.fileRange(of: 4..<6) == 18..<18)
        #expect(map.fileRange(of: 5..<5) == 18..<18)
        #expect(map.fileRange(of: 8..<8) == 32..<32)
        #expect(map.fileRange(of: 0..<0) == 10..<10)
        #expect(map.fileRange(of: 4..<7) == 30..<31)
    }

    @Test("adjacent verbatim runs merge; truncating cuts a verbatim run and drops another")
    func runs() {
        var map = TextMap()
        map.append(TextMap.Run(text: 0..<2, file: 0..<2, isVerbatim: true))
        map.append(TextMap.Run(text: 2..<4, file: 2..<4, isVerbatim: true))
        map.append(TextMap.Run(text: 4..<5, file: 4..<6, isVerbatim: false))
        #expect(map.runs.count == 2)
        map.truncate(at: 5)
        #expect(map.runs.count == 2)
        map.truncate(at: 4)
        #expect(map.runs.count == 1)
        map.truncate(at: 3)
        #expect(map.runs == [TextMap.Run(text: 0..<3, file: 0..<3, isVerbatim: true)])
    }

    @Test("UTF-8 offsets and cmark's line and byte column map to UTF-16 offsets across checkpoints")
    func sourceText() {
        // 100 emoji (2 units, 4 bytes each) cross the checkpoints of every 64 units.
        let text = String(repeating: "😀", count: 100) + "é\r\nab\rc\nd"
        let units = Array(text.utf16)
        let source = SourceText(units)
        #expect(source.utf8 == Array(text.utf8))
        for (offset, _) in text.utf8.enumerated() {
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
            guard let unit = index.samePosition(in: text.utf16) else { continue }
            let expected = text.utf16.distance(from: text.utf16.startIndex, to: unit)
            #expect(source.unitOffset(ofByte: offset) == expected, "byte \(offset)")
            #expect(source.byteOffset(ofUnit: expected) == offset, "unit \(expected)")
        }
        #expect(source.lineStarts == [0, 203, 206, 208])
        #expect(source.unitOffset(line: 1, column: 401) == 200)
        #expect(source.unitOffset(line: 2, column: 2) == 204)
        #expect(source.lineEnd(ofLine: 1) == 201)
        #expect(source.lineEnd(ofLine: 4) == 209)
    }

    @Test("HTML5 reads the longest name it defines; CommonMark only names closed by `;`")
    func references() {
        func html(_ text: String) -> (Int, String?)? {
            CharacterReferences.html(in: Array(text.utf16), at: 0, limit: text.utf16.count).map {
                ($0.end, $0.value.map { String(decoding: $0, as: UTF16.self) })
            }
        }
        func markdown(_ text: String) -> (Int, String?)? {
            CharacterReferences.markdown(in: Array(text.utf16), at: 0, limit: text.utf16.count).map {
                ($0.end, $0.value.map { String(decoding: $0, as: UTF16.self) })
            }
        }
        #expect(html("&amp;x")! == (5, "&"))
        #expect(html("&ampx")! == (4, "&"))
        #expect(html("&notit;")! == (4, "¬"))
        #expect(html("&notin;")! == (7, "∉"))
        #expect(html("&NotEqualTilde;")! == (15, "\u{2242}\u{338}"))
        #expect(html("&#233x")! == (5, nil))
        #expect(html("&#x1F600;")! == (9, nil))
        #expect(html("&hellip") == nil)
        #expect(html("&#;") == nil)
        #expect(markdown("&amp;")! == (5, "&"))
        #expect(markdown("&amp x") == nil)
        #expect(markdown("&#12345678;") == nil)
        #expect(markdown("&#1234567;")! == (10, nil))
        #expect(markdown("&#x10FFFF;")! == (10, nil))
    }

    @Test("formats by extension")
    func formats() {
        #expect(InputFormat(path: "a/b.MD") == .markdown)
        #expect(InputFormat(path: "notes.markdown") == .markdown)
        #expect(InputFormat(path: "index.htm") == .html)
        #expect(InputFormat(path: "x.xhtml") == .html)
        #expect(InputFormat(path: "a.txt") == nil)
        #expect(InputFormat(path: "v1.5/README") == nil)
        #expect(InputFormat(path: "<stdin>") == nil)
    }
}

/// Documents put together from fragments, as a fuzzer would: whatever the mix, every
/// character read stands for bytes that spell it.
@Suite("Readers on generated documents")
struct GeneratedDocumentTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be reproduced.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    }

    static let markdownPieces = [
        "parola ", "il il ", "**forte** ", "*enfasi* ", "_sotto_ ", "`codice` ", "``a`b`` ", "[link](http://a.it) ",
        "[rif][r] ", "![img](i.png) ", "<http://b.it> ", "<b>html</b> ", "&amp; ", "&egrave; ", "&#233; ", "\\* ",
        "😀 ", "中文 ", "\n", "\r\n", "  \n", "\\\n", "\n\n", "\n> ", "\n- ", "\n1. ", "\n# ", "\n```\ncodice\n```\n",
        "\n    indentato\n", "\n\t", "[", "]", "(", ")", "*", "_", "`", "<", ">", "&", "\\", "#", "---\n", "\n===\n",
        "[r]: http://r.it\n",
    ]

    static let htmlPieces = [
        "parola ", "il il ", "<b>", "</b>", "<i>", "</i>", "<p>", "</p>", "<div>", "</div>", "<br>", "<li>", "<ul>",
        "<td>", "<table>", "</table>", "<code>x</code>", "<img src=a.png>", "<script>il il</script>", "&amp;", "&nbsp;",
        "&#233;", "&#x1F600;", "&notit;", "&amp", "&", "<", ">", "</span>", "<!-- c -->", "\n", "\r\n", "  ", "😀",
        "中文", "<pre>il</pre>", "<h2>", "</h2>", "\"", "<p title='a b'>", "<![CDATA[x]]>", "<svg><text>t</text></svg>",
    ]

    @Test("Markdown", arguments: 0..<40)
    func markdown(seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 7919)
        let text = (0..<60).map { _ in generator.pick(Self.markdownPieces) }.joined()
        let document = ReadDocument(text, as: .markdown)
        document.checkMap()
        #expect(document.result.unplaced == 0, "\(text.debugDescription)")
        // Markdown is read in the file's order.
        let starts = document.result.map.runs.map(\.fileStart)
        #expect(starts == starts.sorted(), "\(text.debugDescription)")
    }

    @Test("HTML", arguments: 0..<40)
    func html(seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 104_729)
        let text = (0..<60).map { _ in generator.pick(Self.htmlPieces) }.joined()
        let document = ReadDocument(text, as: .html)
        document.checkMap()
        #expect(document.result.unplaced == 0, "\(text.debugDescription)")
    }
}
