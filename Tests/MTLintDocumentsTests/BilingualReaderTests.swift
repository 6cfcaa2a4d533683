import Testing

@testable import MTLintDocuments

/// The bilingual readers: what each unit pairs, and that every character of a segment maps to
/// the file's characters that spell it (escapes and references standing for theirs).
@Suite struct BilingualReaderTests {
    struct Read {
        let file: [UInt16]
        let result: BilingualText

        init(_ text: String, as format: InputFormat, options: ReadOptions = ReadOptions()) throws {
            file = Array(text.utf16)
            result = try BilingualText.read(file, as: format, options: options)
        }

        var pairs: [String] {
            result.units.map { unit in
                String(decoding: result.source.text[unit.source], as: UTF16.self) + " => "
                    + String(decoding: result.target.text[unit.target], as: UTF16.self)
            }
        }

        /// The file's text that the unit's target (or source) stands for.
        func fileText(target index: Int) -> String {
            String(decoding: file[result.target.map.fileRange(of: result.units[index].target)], as: UTF16.self)
        }

        func fileText(source index: Int) -> String {
            String(decoding: file[result.source.map.fileRange(of: result.units[index].source)], as: UTF16.self)
        }

        /// The file offset an empty target stands at.
        func anchor(target index: Int) -> Int {
            result.target.map.fileRange(of: result.units[index].target).lowerBound
        }
    }

    @Test func poEntriesContextsPluralsFlagsAndEscapes() throws {
        let po = """
            # header
            msgid ""
            msgstr ""
            "Language: pt_BR\\n"

            #. shown in the menu
            #, fuzzy, c-format
            msgctxt "menu"
            msgid "Open \\"%s\\""
            msgstr "Abrir \\"%s\\""

            msgid "one file"
            msgid_plural "%d files"
            msgstr[0] "um arquivo"
            msgstr[1] "%d arquivos"

            msgid ""
            "Two lines\\n"
            "joined"
            msgstr ""
            "Duas linhas\\n"
            "unidas"

            msgid "Untranslated"
            msgstr ""

            #~ msgid "Old"
            #~ msgstr "Velho"

            """
        let read = try Read(po, as: .po)
        #expect(
            read.pairs == [
                "Open \"%s\" => Abrir \"%s\"", "one file => um arquivo", "%d files => %d arquivos",
                "Two lines\njoined => Duas linhas\nunidas", "Untranslated => ",
            ])
        #expect(read.result.targetLanguage == "pt-BR")
        let units = read.result.units
        #expect(units.map(\.id) == ["[menu] Open \"%s\"", "one file[0]", "one file[1]", "Two lines\njoined", "Untranslated"])
        #expect(units[0].state == "fuzzy" && units[0].flags == ["c-format"] && units[0].note == "shown in the menu")
        #expect(units[1].flags == ["plural"])
        #expect(read.fileText(target: 0) == "Abrir \\\"%s\\\"")
        #expect(read.fileText(target: 3) == "Duas linhas\\n\"\n\"unidas")
        #expect(read.fileText(source: 2) == "%d files")
        // The empty msgstr stands between its quotes.
        let anchor = read.anchor(target: 4)
        #expect(String(decoding: read.file[(anchor - 8)..<(anchor + 1)], as: UTF16.self) == "msgstr \"\"")
    }

    @Test func poErrorsNameTheLine() {
        let cases: [(String, Int, String)] = [
            ("msgid \"a\"\nmsgstr \"b\n", 2, "unterminated string"),
            ("msgid \"a\"\nmsgstr \"b\"\nbogus\n", 3, "expected msgctxt"),
            ("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n", 1, "msgid without msgstr"),
            ("msgid \"a\"\nmsgstr \"\\q\"\n", 2, "invalid escape"),
        ]
        for (text, line, reason) in cases {
            #expect {
                try BilingualText.read(Array(text.utf16), as: .po)
            } throws: { error in
                guard let error = error as? ReadError else { return false }
                return error.line == line && error.reason.contains(reason)
            }
        }
    }

    @Test func xliff12UnitsStatesTagsAndAltTrans() throws {
        let xliff = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="zh-CN" target-language="it" datatype="plaintext" original="a.txt">
                <body>
                  <trans-unit id="t1" approved="yes">
                    <source>营收<x id="1"/>10亿 &amp; <g id="2">更多</g></source>
                    <target state="translated">Ricavi<x id="1"/>1 miliardo &amp; <g id="2">altro</g></target>
                    <alt-trans><target>proposta</target></alt-trans>
                    <note>nota</note>
                  </trans-unit>
                  <trans-unit id="t2"><source>无译文</source></trans-unit>
                  <trans-unit id="t3"><source>空</source><target/></trans-unit>
                </body>
              </file>
            </xliff>
            """
        let read = try Read(xliff, as: .xliff)
        #expect(read.pairs == ["营收\u{FFFC}10亿 & 更多 => Ricavi\u{FFFC}1 miliardo & altro", "无译文 => ", "空 => "])
        #expect(read.result.sourceLanguage == "zh-CN" && read.result.targetLanguage == "it")
        let units = read.result.units
        #expect(units.map(\.id) == ["t1", "t2", "t3"])
        #expect(units[0].state == "approved" && units[0].note == "nota")
        #expect(units[0].targetTags.map(\.key) == ["x#1", "g#2"])
        #expect(units.map(\.hasTarget) == [true, false, true])
        #expect(read.fileText(target: 0) == "Ricavi<x id=\"1\"/>1 miliardo &amp; <g id=\"2\">altro")
        #expect(String(decoding: read.file[read.anchor(target: 2)...].prefix(9), as: UTF16.self) == "<target/>")
    }

    @Test func xliff2SegmentsAndInlineCodes() throws {
        let xliff = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">
              <file id="f1"><unit id="u1">
                <notes><note>a note</note></notes>
                <segment id="s1" state="final"><source>Hello <ph id="1" disp="{name}"/>.</source><target>Bonjour <ph id="1"/>.</target></segment>
                <ignorable><source> </source></ignorable>
                <segment id="s2"><source>Click <pc id="2">here</pc>.</source><target>Cliquez <pc id="2">ici</pc>.</target></segment>
              </unit></file>
            </xliff>
            """
        let read = try Read(xliff, as: .xliff)
        #expect(read.pairs == ["Hello \u{FFFC}. => Bonjour \u{FFFC}.", "Click here. => Cliquez ici."])
        #expect(read.result.units.map(\.id) == ["u1/s1", "u1/s2"])
        #expect(read.result.units[0].state == "final")
        #expect(read.result.units[1].targetTags.map(\.key) == ["pc#2"])
    }

    @Test func xmlIsCheckedAndEntitiesAreRefused() {
        let broken = "<xliff version=\"1.2\"><file><body>\n<trans-unit id=\"1\"><source>a</target></trans-unit></body></file></xliff>"
        #expect { try BilingualText.read(Array(broken.utf16), as: .xliff) } throws: { error in
            (error as? ReadError).map { $0.line == 2 && $0.reason.contains("not well-formed") } ?? false
        }
        let entities = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [\n<!ENTITY a \"aaaa\">\n]>\n<xliff/>"
        #expect { try BilingualText.read(Array(entities.utf16), as: .xliff) } throws: { error in
            (error as? ReadError).map { $0.line == 3 && $0.reason.contains("entity") } ?? false
        }
        let external =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"/nonexistent/tmx14.dtd\">\n<tmx version=\"1.4\"><header srclang=\"en\"/><body/></tmx>"
        #expect((try? BilingualText.read(Array(external.utf16), as: .tmx))?.units.count == 0)
    }

    @Test func tmxVariantsByLanguage() throws {
        let tmx = """
            <tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="x"/>
            <body>
            <tu tuid="7"><tuv xml:lang="it-IT"><seg>Ciao <ph x="1">&lt;b&gt;</ph>mondo</seg></tuv><tuv xml:lang="en-US"><seg>Hello <ph x="1">&lt;b&gt;</ph>world</seg></tuv><tuv xml:lang="fr"><seg>Bonjour</seg></tuv></tu>
            <tu><tuv xml:lang="en"><seg>Only English</seg></tuv></tu>
            </body></tmx>
            """
        let read = try Read(tmx, as: .tmx)
        #expect(read.pairs == ["Hello \u{FFFC}world => Ciao \u{FFFC}mondo", "Only English => "])
        #expect(read.result.targetLanguage == "it-IT")
        #expect(read.result.units.map(\.id) == ["7", "2"])
        #expect(read.result.units.map(\.hasTarget) == [true, false])
        let french = try Read(tmx, as: .tmx, options: ReadOptions(targetLanguage: "fr"))
        #expect(french.pairs.first == "Hello \u{FFFC}world => Bonjour")
    }

    @Test func csvQuotedFieldsColumnsAndErrors() throws {
        let csv = "id,zh,it\n1,\"营收10亿, 增长\",\"Ricavi di 1 miliardo, \"\"in\"\" crescita\"\n2,\"两行\n文本\",\"due righe\r\ntesto\"\n\n3,空,\n"
        let read = try Read(csv, as: .csv, options: ReadOptions(columns: .init(source: "zh", target: "it")))
        #expect(read.pairs == ["营收10亿, 增长 => Ricavi di 1 miliardo, \"in\" crescita", "两行\n文本 => due righe\r\ntesto", "空 => "])
        #expect(read.result.units.map(\.id) == ["row 2", "row 3", "row 5"])
        #expect(read.fileText(target: 0) == "Ricavi di 1 miliardo, \"\"in\"\" crescita")
        #expect { try BilingualText.read(Array(csv.utf16), as: .csv) } throws: { error in
            (error as? ReadError).map { $0.line == 1 && $0.reason.contains("--columns") } ?? false
        }
        let open = "source,target\na,\"b\nc\n"
        #expect { try BilingualText.read(Array(open.utf16), as: .csv) } throws: { error in
            (error as? ReadError).map { $0.line == 2 && $0.reason.contains("never closed") } ?? false
        }
        let tsv = try Read("source\ttarget\nHello\tCiao\n", as: .tsv)
        #expect(tsv.pairs == ["Hello => Ciao"])
    }
}
