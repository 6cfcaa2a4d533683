import Testing

@testable import MTLintDocuments

@Suite("HTML read as HTML5")
struct HTMLReaderTests {
    private func read(_ text: String) -> ReadDocument {
        let document = ReadDocument(text, as: .html)
        document.checkMap()
        return document
    }

    @Test("script, style, template, noscript, pre and attributes are left out")
    func leftOut() {
        let document = read(
            """
            <html><head><title>Titolo</title><style>p { il: il }</style><script>var s = "il il";</script></head>
            <body><p title="il il" data-x='il il'>Testo <script>il il</script>qui.</p><pre>il il</pre>
            <template><p>il il</p></template><noscript>il il</noscript><p>Fine.</p></body></html>
            """)
        #expect(document.segments == ["title: Titolo", "paragraph: Testo qui.", "paragraph: Fine."])
    }

    @Test("code, images and form controls read as one placeholder each")
    func objects() {
        let document = read("<p>Usa <code>il il</code> e <img src=a.png alt=\"il il\"> e <kbd>x</kbd>.</p>")
        #expect(document.segments == ["paragraph: Usa \u{FFFC} e \u{FFFC} e \u{FFFC}."])
        #expect(document.fileText(of: "\u{FFFC}") == "<code>il il</code>")
        #expect(document.fileText(of: "\u{FFFC}", occurrence: 2) == "<img src=a.png alt=\"il il\">")
    }

    @Test("references decode to their characters and stand for their bytes")
    func references() {
        let document = read("<p>A&amp;B, caff&egrave; &#233; &#xE9; &#x1F600; a&nbsp;b &notit; &amp c &copy; &nosuch;</p>")
        #expect(document.segments == ["paragraph: A&B, caffè é é 😀 a\u{A0}b ¬it; & c © &nosuch;"])
        #expect(document.fileText(of: "&") == "&amp;")
        #expect(document.fileText(of: "è") == "&egrave;")
        #expect(document.fileText(of: "é") == "&#233;")
        #expect(document.fileText(of: "é", occurrence: 2) == "&#xE9;")
        #expect(document.fileText(of: "😀") == "&#x1F600;")
        #expect(document.fileText(of: "a\u{A0}b") == "a&nbsp;b")
        #expect(document.fileText(of: "¬it;") == "&notit;")
        #expect(document.fileText(of: "& c") == "&amp c")
        #expect(document.fileText(of: "&nosuch;") == "&nosuch;")
    }

    @Test("white space reads as browsers show it; br is a line break")
    func whiteSpace() {
        let document = read("<p>\n   Una   frase\r\n  su <b> due </b> righe.<br>\n  Poi<br>altro.\n</p>")
        #expect(document.segments == ["paragraph: Una frase su due righe.\nPoi\naltro."])
        #expect(document.fileText(of: "frase su") == "frase\r\n  su")
        #expect(document.fileText(of: "Una frase") == "Una   frase")
        #expect(document.fileText(of: ".\nPoi") == ".<br>\n  Poi")
    }

    @Test("block elements end segments; their kinds")
    func blocks() {
        let document = read(
            """
            <h1>Titolo</h1><div>Uno<div>Due</div>Tre</div><ul><li>Punto <b>uno</b></li><li><p>Punto due</p></li></ul>
            <table><caption>Tabella</caption><tr><th>A</th><td>B</td></tr></table><blockquote>Citazione</blockquote>
            """)
        #expect(
            document.segments == [
                "heading: Titolo", "paragraph: Uno", "paragraph: Due", "paragraph: Tre", "list-item: Punto uno",
                "list-item: Punto due", "caption: Tabella", "table-cell: A", "table-cell: B", "paragraph: Citazione",
            ])
    }

    @Test("invalid HTML is read as browsers read it")
    func invalid() {
        let document = read(
            "<p>Uno <b>due <i>tre</b> quattro</i> cinque</span> sei<p>Sette &amp otto <div>nove</p>\n<table>fuori<tr><td>dentro</table>")
        #expect(
            document.segments == [
                "paragraph: Uno due tre quattro cinque sei", "paragraph: Sette & otto", "paragraph: nove",
                "paragraph: fuori", "table-cell: dentro",
            ])
        #expect(document.fileText(of: "cinque sei") == "cinque</span> sei")
        #expect(document.fileText(of: "fuori") == "fuori")
        #expect(document.fileText(of: "dentro") == "dentro")
    }

    @Test("positions after multibyte characters, with and without a byte-order mark's absence")
    func positions() {
        let document = read("<p>😀 中文 <b>testo</b></p>")
        #expect(document.fileRange(of: "testo") == 12..<17)
        #expect(document.fileRange(of: "中文") == 6..<8)
    }

    @Test("a text without markup is one paragraph; an empty one has no segment")
    func plain() {
        #expect(read("Solo testo.").segments == ["paragraph: Solo testo."])
        #expect(read("").segments.isEmpty)
        #expect(read("<!-- commento --><p> </p>").segments.isEmpty)
    }

    @Test("a title's content is text, tags included: placed as text, not skipped as a stray tag")
    func titleHoldsTags() {
        let document = read("<title>Il <b>nuovo</b> modello</title><p>Testo.</p>")
        #expect(document.segments == ["title: Il <b>nuovo</b> modello", "paragraph: Testo."])
        #expect(document.fileText(of: "<b>nuovo</b>") == "<b>nuovo</b>")
        #expect(document.result.unplaced == 0)
    }

    @Test("text that cannot be placed in the file is left out and counted; white space alone is not counted")
    func unplacedIsCounted() {
        // `</b` and a CR LF in a title: gumbo gives the text with the line end read as LF, and
        // the reader, taking `</b\r\n>` for a tag, cannot find ` bassi` after it.
        let document = read("<title>Prezzi </b\r\n> bassi</title><p>Il testo.</p>")
        #expect(document.segments == ["title: Prezzi", "paragraph: Il testo."])
        #expect(document.result.unplaced == 1)
        // A frameset document keeps only the white space of its text: nothing is lost.
        let frameset = read("<frameset>\r>il <option>")
        #expect(frameset.segments.isEmpty)
        #expect(frameset.result.unplaced == 0)
    }
}
