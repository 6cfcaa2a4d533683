import Testing

@testable import MTLintDocuments

@Suite("Markdown read as CommonMark")
struct MarkdownReaderTests {
    private func read(_ text: String) -> ReadDocument {
        let document = ReadDocument(text, as: .markdown)
        document.checkMap()
        return document
    }

    @Test("code blocks, fenced and indented, are left out")
    func codeBlocks() {
        let document = read("Prima frase.\n\n```\nil il\n```\n\n    il il indentato\n\nUltima frase.\n")
        #expect(document.segments == ["paragraph: Prima frase.", "paragraph: Ultima frase."])
    }

    @Test("a code span reads as one placeholder standing for the whole span")
    func codeSpan() {
        let document = read("Usa `il il` e ``a`b`` qui.")
        #expect(document.segments == ["paragraph: Usa \u{FFFC} e \u{FFFC} qui."])
        #expect(document.fileText(of: "\u{FFFC}") == "`il il`")
        #expect(document.fileText(of: "\u{FFFC}", occurrence: 2) == "``a`b``")
    }

    @Test("link text is read, its destination and title are not; reference links and autolinks too")
    func links() {
        let document = read(
            "Vedi [il sito](http://x.it/il_il \"il il\") e [altro][ref] e [ref] e <http://y.it> fine.\n\n[ref]: http://z.it\n")
        #expect(document.segments == ["paragraph: Vedi il sito e altro e ref e \u{FFFC} fine."])
        #expect(document.fileText(of: "il sito") == "il sito")
        #expect(document.fileText(of: "sito e altro") == "sito](http://x.it/il_il \"il il\") e [altro")
        #expect(document.fileText(of: "\u{FFFC}") == "<http://y.it>")
        #expect(document.fileText(of: "fine") == "fine")
    }

    @Test("an image, alt text included, reads as one placeholder")
    func images() {
        let document = read("Il grafico ![il il *x*](grafico.png \"t\") mostra.")
        #expect(document.segments == ["paragraph: Il grafico \u{FFFC} mostra."])
        #expect(document.fileText(of: "\u{FFFC}") == "![il il *x*](grafico.png \"t\")")
    }

    @Test("emphasis marks are not text; the words inside them are")
    func emphasis() {
        let document = read("Ha pagato **il il** conto, ***tutto*** e _solo_ a*b.")
        #expect(document.segments == ["paragraph: Ha pagato il il conto, tutto e solo a*b."])
        #expect(document.fileText(of: "il il") == "il il")
        #expect(document.fileText(of: "pagato il") == "pagato **il")
        #expect(document.fileText(of: "tutto") == "tutto")
        #expect(document.fileText(of: "a*b") == "a*b")
    }

    @Test("YAML and TOML front matter at the very top is left out; a `---` elsewhere is a rule")
    func frontMatter() {
        #expect(read("---\ntitle: il il\ntags: [a]\n---\nTesto.\n").segments == ["paragraph: Testo."])
        #expect(read("---\ntitle: il il\n...\nTesto.\n").segments == ["paragraph: Testo."])
        #expect(read("+++\ntitle = \"il il\"\n+++\r\nTesto.\r\n").segments == ["paragraph: Testo."])
        #expect(read("Testo.\n\n---\n\nAltro.\n").segments == ["paragraph: Testo.", "paragraph: Altro."])
        // Not closed: not front matter; the text is read as Markdown (a setext heading here).
        #expect(read("---\nUna riga\n").segments == ["paragraph: Una riga"])
        let document = read("---\na: 1\n---\nTesto qui.\n")
        #expect(document.fileRange(of: "qui") == 19..<22)
    }

    @Test("headings, list items and paragraphs are segments of their own kinds")
    func kinds() {
        let document = read("# Titolo #\n\nUn paragrafo\nsu due righe.\n\n- uno\n- due\n  continua\n\n1. tre\n\nSottotitolo\n---\n")
        #expect(
            document.segments == [
                "heading: Titolo", "paragraph: Un paragrafo\nsu due righe.", "list-item: uno", "list-item: due\ncontinua",
                "list-item: tre", "heading: Sottotitolo",
            ])
        #expect(document.fileText(of: "continua") == "continua")
        #expect(document.fileRange(of: "continua") == 54..<62)
    }

    @Test("block quotes: the `>` marks of each line are not text, lazy lines are")
    func blockQuotes() {
        let document = read("> > citazione\n> su righe\npigre\n")
        #expect(document.segments == ["paragraph: citazione\nsu righe\npigre"])
        #expect(document.fileText(of: "citazione\nsu") == "citazione\n> su")
        #expect(document.fileText(of: "pigre") == "pigre")
    }

    @Test("escapes and character references read as their characters and stand for their bytes")
    func escapesAndReferences() {
        let document = read("Costo \\*10\\* &amp; caff&egrave; &#233; &#x1F600; &copy &nosuch; fine")
        #expect(document.segments == ["paragraph: Costo *10* & caffè é 😀 &copy &nosuch; fine"])
        #expect(document.fileText(of: "*10*") == "\\*10\\*")
        #expect(document.fileText(of: "&") == "&amp;")
        #expect(document.fileText(of: "è") == "&egrave;")
        #expect(document.fileText(of: "é") == "&#233;")
        #expect(document.fileText(of: "😀") == "&#x1F600;")
        #expect(document.fileText(of: "&copy") == "&copy")
        #expect(document.fileText(of: "&nosuch;") == "&nosuch;")
    }

    @Test("CRLF: a line break reads as LF and stands for CR LF")
    func crlf() {
        let document = read("# Titolo\r\n\r\nUna riga\r\ne un'altra.\r\n")
        #expect(document.segments == ["heading: Titolo", "paragraph: Una riga\ne un'altra."])
        #expect(document.fileText(of: "riga\ne") == "riga\r\ne")
        #expect(document.fileRange(of: "un'altra") == 24..<32)
    }

    @Test("hard line breaks, by two spaces or a backslash, read as LF")
    func hardBreaks() {
        let document = read("uno  \ndue\\\n   tre\n")
        #expect(document.segments == ["paragraph: uno\ndue\ntre"])
        #expect(document.fileText(of: "due\ntre") == "due\\\n   tre")
    }

    @Test("HTML blocks and inline HTML are left out")
    func html() {
        let document = read("<div>\nil il\n</div>\n\nTesto <span class=\"a\n b\">rosso</span> qui.\n")
        #expect(document.segments == ["paragraph: Testo rosso qui."])
        #expect(document.fileText(of: "rosso") == "rosso")
    }

    @Test("link reference definitions before a paragraph are left out")
    func referenceDefinitions() {
        let document = read("[a]: http://a.it\n[b]: <http://b.it> \"titolo\"\nTesto dopo.\n")
        #expect(document.segments == ["paragraph: Testo dopo."])
        #expect(document.fileRange(of: "Testo") == 45..<50)
    }

    @Test("positions in lines with indentation, tabs and multibyte characters before them")
    func positions() {
        let document = read("- 😀 primo\n\t- 中文 secondo\n")
        #expect(document.segments == ["list-item: 😀 primo", "list-item: 中文 secondo"])
        #expect(document.fileRange(of: "primo") == 5..<10)
        #expect(document.fileRange(of: "secondo") == 17..<24)
    }

    @Test("an empty file, or one with only code, has no segment")
    func empty() {
        #expect(read("").segments.isEmpty)
        #expect(read("```\ncodice\n```\n").segments.isEmpty)
    }
}

@Suite("Markdown: links and what cmark leaves ambiguous")
struct MarkdownLinkTests {
    private func read(_ text: String) -> ReadDocument {
        let document = ReadDocument(text, as: .markdown)
        document.checkMap()
        return document
    }

    @Test("destinations with parentheses, angle brackets, a title on the next line")
    func destinations() {
        let document = read("Vedi [uno](http://a.it/x_(y)) e [due](<http://b.it/a b>) e [tre](http://c.it\n  'titolo (tre)') fine.")
        #expect(document.segments == ["paragraph: Vedi uno e due e tre fine."])
        #expect(document.fileText(of: "fine") == "fine")
        #expect(document.fileText(of: "tre fine") == "tre](http://c.it\n  'titolo (tre)') fine")
    }

    @Test("a `[label]` after a link that is not a reference stays text")
    func shortcutThenBrackets() {
        let document = read("Il [nome][nessuno] e [nome] [x].\n\n[nome]: http://a.it\n")
        #expect(document.segments == ["paragraph: Il [nome][nessuno] e nome [x]."])
        #expect(document.fileText(of: "[x]") == "[x]")
        #expect(document.fileText(of: "nome [x]") == "nome] [x]")
    }

    @Test("link text over two lines of a block quote")
    func linkOverLines() {
        let document = read("> Vedi [il\n> sito](http://a.it) ora.\n")
        #expect(document.segments == ["paragraph: Vedi il\nsito ora."])
        #expect(document.fileText(of: "sito ora") == "sito](http://a.it) ora")
    }

    @Test("every character stands for bytes that spell it, in a mixed document")
    func mixedDocument() {
        let text = """
            ---
            layout: post
            ---
            # Un *titolo* con `codice`

            Paragrafo con **grassetto**, _corsivo_, [link](http://a.it "t"), ![img](b.png),
            <span>html</span> e &amp; &#8364; 10\\% e una riga  
            spezzata\\
            a mano.

            > citazione con [rif][r] e <mailto:a@b.it>
            continua
            >
            > - lista in citazione
            >   con `codice su
            >   due righe`

            1. primo

               secondo paragrafo dello stesso punto
            2. \tsecondo punto

            ```swift
            let il = il
            ```

            [r]: http://r.it

            Fine.
            """
        let document = read(text)
        #expect(
            document.segments == [
                "heading: Un titolo con \u{FFFC}",
                "paragraph: Paragrafo con grassetto, corsivo, link, \u{FFFC},\nhtml e & € 10% e una riga\nspezzata\na mano.",
                "paragraph: citazione con rif e \u{FFFC}\ncontinua",
                "list-item: lista in citazione\ncon \u{FFFC}",
                "list-item: primo",
                "list-item: secondo paragrafo dello stesso punto",
                "list-item: secondo punto",
                "paragraph: Fine.",
            ])
        #expect(document.fileText(of: "\u{FFFC}", occurrence: 4) == "`codice su\n>   due righe`")
        #expect(document.fileText(of: "secondo punto") == "secondo punto")
    }
}

/// Cases the generated documents found, kept as they were found.
@Suite("Markdown: cases found by generated documents")
struct MarkdownRegressionTests {
    private func read(_ text: String) -> ReadDocument {
        let document = ReadDocument(text, as: .markdown)
        document.checkMap()
        #expect(document.result.unplaced == 0)
        return document
    }

    @Test("an escaped backslash is one backslash")
    func escapedBackslash() {
        let document = read("Uno \\\\😀 due")
        #expect(document.segments == ["paragraph: Uno \\😀 due"])
        #expect(document.fileText(of: "\\") == "\\\\")
    }

    @Test("after a backslash line break the next line keeps its indentation; a tab in part read as spaces")
    func indentationAfterBreak() {
        // Lazy lines (without the quote's `>`): cmark keeps their indentation.
        #expect(read("> uno\nlazy\\\n    due\n").segments == ["paragraph: uno\nlazy\n    due"])
        let document = read("- > uno\nlazy\\\n\t**due**\n")
        #expect(document.segments == ["list-item: uno\nlazy\n  due"])
        #expect(document.fileText(of: "  due") == "\t**due")
    }

    @Test("definitions before a setext heading; a lazy line after a definition is text")
    func definitions() {
        #expect(read("[r]: http://r.it\n[rif][r] \n- \n").segments == ["heading: rif"])
        #expect(read("> [r]: http://r.it\n\t[r]: http://r.it\nfine\n").segments == ["paragraph: \tr: http://r.it\nfine"])
    }

    @Test("a title in parentheses cannot hold `(`: the line after a definition is text")
    func parenthesizedTitle() {
        let document = read("[r]: http://r.it\n(uno (due) tre)\n")
        #expect(document.segments == ["paragraph: (uno (due) tre)"])
    }

    // MARK: GFM pipe tables

    @Test("a pipe table is read cell by cell: each cell a segment, pipes and the delimiter row are not text")
    func pipeTable() {
        let document = read("| Nome | Età | Città |\n| --- | :-: | --: |\n| Anna Rossi | 34 | Roma |\n|Marco|1.200|  Milano  |\n")
        #expect(
            document.segments == [
                "table-cell: Nome", "table-cell: Età", "table-cell: Città",
                "table-cell: Anna Rossi", "table-cell: 34", "table-cell: Roma",
                "table-cell: Marco", "table-cell: 1.200", "table-cell: Milano",
            ])
        #expect(document.fileRange(of: "Anna Rossi") == 45..<55)
        #expect(document.fileText(of: "Milano") == "Milano")
        #expect(document.fileRange(of: "Milano") == 85..<91)
    }

    @Test("cells keep their inline markup's reading: emphasis, code spans, references, an escaped pipe")
    func pipeTableInlines() {
        let document = read("Prima frase.\n\nTermine | Nota\n--- | ---\n**il** `a|b` | A \\| B &amp; C\nsolo\n\nDopo.\n")
        // A backslash keeps a pipe in its cell. GFM cuts a code span at a pipe; CommonMark reads
        // it whole, so its placeholder stays in the cell where it starts.
        #expect(
            document.segments == [
                "paragraph: Prima frase.", "table-cell: Termine", "table-cell: Nota", "table-cell: il \u{FFFC}",
                "table-cell: A | B & C", "table-cell: solo", "paragraph: Dopo.",
            ])
        #expect(document.fileText(of: "A | B & C") == "A \\| B &amp; C")
        #expect(document.fileText(of: "il \u{FFFC}") == "il** `a")
    }

    @Test("a table in a block quote; rows without a delimiter row, or with another count of cells, are a paragraph")
    func pipeTableOrNot() {
        #expect(
            read("> | a | b |\n> |---|---|\n> | c | d |\n").segments == [
                "table-cell: a", "table-cell: b", "table-cell: c", "table-cell: d",
            ])
        #expect(read("| a | b |\n| c | d |\n").segments == ["paragraph: | a | b |\n| c | d |"])
        #expect(read("| a | b |\n| --- |\n").segments == ["paragraph: | a | b |\n| --- |"])
        #expect(read("a | b\n\n--- | ---\n").segments == ["paragraph: a | b", "paragraph: --- | ---"])
        // A table may follow text without a blank line, as in GFM: the lines before its
        // header row are a paragraph.
        let after = read("Ecco i dati:\n| Nome | Età |\n| --- | --- |\n| Anna | 34 |\n")
        #expect(
            after.segments == ["paragraph: Ecco i dati:\n", "table-cell: Nome", "table-cell: Età", "table-cell: Anna", "table-cell: 34"])
        #expect(after.fileRange(of: "Anna") == 44..<48)
        // One column needs its pipes.
        #expect(read("| Nome |\n| --- |\n| Anna |\n").segments == ["table-cell: Nome", "table-cell: Anna"])
    }
}
