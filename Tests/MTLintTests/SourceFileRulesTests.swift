import Foundation
import ICU
import MTLintDocuments
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintRules

/// The `source/*` rules that read lengths or the whole file, on PO files of several units:
/// what the examples cannot show (the messages with their lengths, the related places, a
/// ratio measured on the file, PO contexts and plural forms).
@Suite struct SourceFileRulesTests {
    /// A PO file of `units` (msgctxt, msgid, msgstr), in UTF-8 with a header.
    static func po(_ units: [(context: String?, source: String, target: String)]) -> String {
        var file = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n"
        for unit in units {
            file += "\n"
            if let context = unit.context { file += "msgctxt \"\(context)\"\n" }
            file += "msgid \"\(unit.source)\"\nmsgstr \"\(unit.target)\"\n"
        }
        return file
    }

    static func lint(
        _ file: String, rule: any Rule.Type, source: String = "zh", target: String = "it", format: InputFormat = .po
    ) throws -> [LocatedDiagnostic] {
        let document = try Document(
            path: "test.\(format.rawValue)", bytes: Array(file.utf8), format: format, options: ReadOptions(sourceLanguage: source))
        var linter = Linter(rules: [rule.init()], language: try ICULocale(languageTag: target))
        linter.level = .picky
        return try linter.lint(document, using: Analyzer()).diagnostics
    }

    @Test func truncatedSaysBothLengths() throws {
        let file = Self.po([(nil, "公司今天宣布，将在明年第一季度在欧洲和北美开设新门店，并招聘更多员工。", "L'azienda ha annunciato oggi che")])
        let found = try Self.lint(file, rule: SourceTruncatedRule.self)
        #expect(found.map(\.text) == ["L'azienda ha annunciato oggi che"])
        #expect(
            found.first?.diagnostic.message
                == "the target has 27 letters where its source's 32 lead to expect about 96 (at 3.0 per source letter, a default for these scripts), and it stops before the end of the source's sentence"
        )
        #expect(found.first?.related.first?.text == "公司今天宣布，将在明年第一季度在欧洲和北美开设新门店，并招聘更多员工。")
        #expect(found.first?.location.line == 5)
    }

    /// Eight units or more: the file's own median ratio (here about 1.4 letters per Han
    /// character) replaces the default of three, and the message says so.
    @Test func truncatedMeasuresTheFile() throws {
        var units: [(String?, String, String)] = (0..<8).map { (nil, "第\($0)段的内容比较长一些。", "Paragrafo \($0), lungo.") }
        units.append((nil, "这是一个相当长而且完整的中文句子，说明了很多事情的细节和来龙去脉。", "Frase"))
        let found = try Self.lint(Self.po(units), rule: SourceTruncatedRule.self)
        #expect(found.map(\.text) == ["Frase"])
        let message = try #require(found.first?.diagnostic.message)
        #expect(message.contains("this file's median"), "\(message)")
    }

    @Test func additionOfAnEmptySourceAndOfTooMuchText() throws {
        let file = Self.po([
            (nil, "The report was published today.", "Il rapporto è stato pubblicato oggi."),
            (nil, " ", "Questa frase non ha alcuna origine nel testo di partenza."),
            (nil, " ", "Breve."),
            (
                nil, "The board met in the morning.",
                "Il consiglio si è riunito al mattino. Ha discusso a lungo del bilancio. Poi ha votato all'unanimità la proposta del presidente."
            ),
        ])
        let found = try Self.lint(file, rule: SourceAdditionRule.self, source: "en")
        #expect(
            found.map(\.text) == [
                "Questa frase non ha alcuna origine nel testo di partenza.",
                "Il consiglio si è riunito al mattino. Ha discusso a lungo del bilancio. Poi ha votato all'unanimità la proposta del presidente.",
            ])
        #expect(
            found.map(\.diagnostic.message) == [
                "the target has no source: text added in translation",
                "the target has 3 sentences and 103 letters for a source of 1 and 23 letters (about 23 expected, at 1.0 per source letter, a default for these scripts): text the source does not have",
            ])
    }

    /// A file whose units all lack a source (a TMX read with a source language it does not
    /// have) has nothing to compare with.
    @Test func noAdditionsInAFileWithoutSources() throws {
        let file = Self.po([
            (nil, " ", "Questa frase non ha alcuna origine nel testo di partenza."), (nil, " ", "Nemmeno questa ne ha una."),
        ])
        #expect(try Self.lint(file, rule: SourceAdditionRule.self, source: "en").isEmpty)
    }

    @Test func inconsistentTranslationNamesTheOther() throws {
        let file = Self.po([
            (nil, "Save the file", "Salva il file"),
            ("toolbar", "Save the file", "Memorizza"),
            (nil, "Close all windows", "Chiudi tutte le finestre"),
            (nil, "close all  windows", "Chiudi ogni finestra"),
        ])
        let found = try Self.lint(file, rule: SourceInconsistentTranslationRule.self, source: "en")
        // Another context is another entry; the tie goes to the first translation.
        #expect(found.map(\.text) == ["Chiudi ogni finestra"])
        #expect(
            found.first?.diagnostic.message
                == "the source `close all  windows` is translated `Chiudi tutte le finestre` elsewhere in this file")
        #expect(found.first?.diagnostic.suggestions == ["Chiudi tutte le finestre"])
        #expect(found.first?.related.map(\.text) == ["close all  windows", "Chiudi tutte le finestre"])
    }

    @Test func pluralFormsAreNotComparedWithEachOther() throws {
        let file = """
            msgid ""
            msgstr "Content-Type: text/plain; charset=UTF-8\\n"

            msgid "%d file deleted"
            msgid_plural "%d files deleted"
            msgstr[0] "%d plik usunięty"
            msgstr[1] "%d pliki usunięte"
            msgstr[2] "%d plików usuniętych"

            """
        #expect(try Self.lint(file, rule: SourceInconsistentTranslationRule.self, source: "en", target: "pl").isEmpty)
    }

    @Test func differentFiguresOneTranslation() throws {
        let file = Self.po([(nil, "Delete 3 files", "Supprimer 3 fichiers"), (nil, "Delete 5 files", "Supprimer 3 fichiers")])
        let found = try Self.lint(file, rule: SourceInconsistentTranslationRule.self, source: "en", target: "fr")
        #expect(found.map(\.location.line) == [8])
        #expect(
            found.first?.diagnostic.message
                == "`Supprimer 3 fichiers` also translates `Delete 3 files`, though the sources differ in a figure (`3`, `5`)")
    }

    @Test func pinyinNameMessageAndPlaces() throws {
        let file = Self.po([
            (nil, "文心是一个模型。", "Wenxin è un modello."),
            (nil, "文心昨天发布了新版本。", "Ieri il modello Cuore Letterario ha ricevuto una nuova versione."),
        ])
        let found = try Self.lint(file, rule: SourceNameMismatchRule.self)
        #expect(found.map(\.text) == ["Cuore Letterario"])
        #expect(
            found.first?.diagnostic.message
                == "`Cuore Letterario` stands where the source has `文心`, which this file renders `Wenxin` elsewhere")
        #expect(found.first?.related.map(\.text) == ["文心", "Wenxin"])
        #expect(found.first?.related.map(\.location.line) == [7, 5])
    }

    /// XLIFF: a repeated segment, the classic case of a translation memory, and a glossary
    /// name in a unit with inline tags.
    @Test func xliffUnits() throws {
        let file = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
              <file source-language="zh" target-language="it" datatype="plaintext" original="a.txt">
                <body>
                  <trans-unit id="a"><source>请保存文件后再关闭窗口。</source><target>Salva il file prima di chiudere la finestra.</target></trans-unit>
                  <trans-unit id="b"><source>豆包的<g id="1">用户</g>翻了一番。</source><target>Gli <g id="1">utenti</g> di pouf sono raddoppiati.</target></trans-unit>
                  <trans-unit id="c"><source>请保存文件后再关闭窗口。</source><target>Memorizza il file e chiudi la finestra.</target></trans-unit>
                  <trans-unit id="d"><source>请保存文件后再关闭窗口。</source><target>Salva il file prima di chiudere la finestra.</target></trans-unit>
                </body>
              </file>
            </xliff>
            """
        let names = try Self.lint(file, rule: SourceNameMismatchRule.self, format: .xliff)
        #expect(names.map(\.text) == ["pouf"])
        #expect(names.map(\.diagnostic.suggestions) == [["Doubao"]])
        let repeated = try Self.lint(file, rule: SourceInconsistentTranslationRule.self, format: .xliff)
        #expect(repeated.map(\.text) == ["Memorizza il file e chiudi la finestra."])
        #expect(repeated.map(\.location.line) == [7])
    }

    /// CSV: a row without source among rows with one is an addition; a short target for a
    /// long source is cut.
    @Test func csvRows() throws {
        let file = """
            source,target
            The committee approved the new budget after a long debate that lasted until late in the evening.,Il comitato ha approvato
            ,Questa frase non ha alcuna origine nel testo di partenza.
            """
        let truncated = try Self.lint(file, rule: SourceTruncatedRule.self, source: "en", format: .csv)
        #expect(truncated.map(\.text) == ["Il comitato ha approvato"])
        let added = try Self.lint(file, rule: SourceAdditionRule.self, source: "en", format: .csv)
        #expect(added.map(\.text) == ["Questa frase non ha alcuna origine nel testo di partenza."])
        #expect(added.map(\.location.line) == [3])
    }

    /// A common word that starts the sentence before the wrong name is not flagged with it
    /// (when a hunspell dictionary of the target language is installed to say so).
    @Test func sentenceStartIsNotPartOfTheName() throws {
        let file = Self.po([
            (nil, "王小川是公司的创始人。", "Wang Xiaochuan è il fondatore della società."),
            (nil, "王小川表示，大模型将改变搜索。", "Secondo Wang Piccolo Fiume, i grandi modelli cambieranno la ricerca."),
        ])
        let found = try Self.lint(file, rule: SourceNameMismatchRule.self)
        let hasDictionary = LanguageResources(locale: try ICULocale(languageTag: "it")).lexicon != nil
        #expect(found.map(\.text) == [hasDictionary ? "Wang Piccolo Fiume" : "Secondo Wang Piccolo Fiume"])
        #expect(found.first?.diagnostic.suggestions == ["Wang Xiaochuan"])
    }

    /// The name rendered right in no unit: nothing to compare with, nothing flagged.
    @Test func pinyinNameNeedsARightRendering() throws {
        let file = Self.po([
            (nil, "文心是一个模型。", "Cuore Letterario è un modello."),
            (nil, "文心昨天发布了新版本。", "Ieri il modello Cuore Letterario ha ricevuto una nuova versione."),
        ])
        #expect(try Self.lint(file, rule: SourceNameMismatchRule.self).isEmpty)
    }

    /// Found by the FuzzDocuments fuzz target: two figures of a target that share the sign
    /// between them (`12$0` reads as `12 $` and `$0`) stopped the run when the comparison
    /// looked for a bracket between them.
    @Test func targetFiguresSharingASign() throws {
        let file = Self.po([(nil, "沿线共设有12个车站，投资5亿。", "Ci sono 12$0 stazioni.")])
        let mismatches = try Self.lint(file, rule: SourceFigureMismatchRule.self)
        #expect(mismatches.map(\.text) == ["0"])
        #expect(mismatches.first?.diagnostic.suggestions == ["500 milioni"])
        #expect(try Self.lint(file, rule: SourceFigureAddedRule.self).isEmpty)
    }
}
