import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintDocuments
@testable import MTLintText

/// The sentence aligner on small pairs written for these tests: the beads it makes, the
/// anchors it reads, the BilingualText the `source/*` rules read, and the band.
@Suite struct SentenceAlignerTests {
    private func side(_ text: String, _ language: String) throws -> AlignmentSide {
        AlignmentSide(try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: language))))
    }

    private func kinds(_ source: String, _ sourceLanguage: String, _ target: String, _ targetLanguage: String) throws -> [String] {
        let alignment = SentenceAlignment(source: try side(source, sourceLanguage), target: try side(target, targetLanguage))
        return alignment.beads.map(\.kind)
    }

    @Test func figuresAreAnchorsByValueAcrossScriptsAndScaleWords() throws {
        let chinese = try side("公司计划投资10亿美元。", "zh")
        let italian = try side("L'azienda prevede di investire 1 miliardo di dollari.", "it")
        #expect(chinese.anchors == [[.figure(1_000_000_000)]])
        #expect(italian.anchors == [[.figure(1_000_000_000)]])
        // Small whole numbers are too common to be anchors; a Latin name in Chinese text is one.
        #expect(try side("他有3个孩子，在OpenAI工作。", "zh").anchors == [[.token("openai")]])
        // In Latin-script text only what looks like a name: not the capital at a sentence's start.
        #expect(try side("Oggi OpenAI parla.", "it").anchors == [[.token("openai")]])
        #expect(try side("Si chiama «la guida» da oggi.", "it").anchors == [[.quotation]])
        #expect(try side("Prenotate su https://example.org/a da oggi.", "it").anchors == [[.url("https://example.org/a")]])
    }

    @Test func anOmittedSentenceIsAOneToZeroBeadWithAnEmptyTarget() throws {
        let source = "公司周二发布了新模型。公司当天宣布裁员1200人。它计划投资10亿美元建设数据中心。"
        let target = "Martedì l'azienda ha presentato un nuovo modello. Prevede di investire 1 miliardo di dollari in centri dati."
        #expect(try kinds(source, "zh", target, "it") == ["1-1", "1-0", "1-1"])
        let alignment = SentenceAlignment(source: try side(source, "zh"), target: try side(target, "it"))
        let text = alignment.bilingualText(sourceLanguage: "zh", targetLanguage: "it")
        #expect(text.units.count == 3)
        let omitted = text.units[1]
        #expect(String(utf16Units: text.source.text[omitted.source]) == "公司当天宣布裁员1200人。")
        // The empty target stands just after the sentence before: after `modello.`.
        #expect(omitted.target.isEmpty)
        #expect(omitted.target.lowerBound == "Martedì l'azienda ha presentato un nuovo modello.".utf16.count)
        #expect(String(utf16Units: text.target.text[text.units[2].target]) == "Prevede di investire 1 miliardo di dollari in centri dati.")
    }

    @Test func anAddedSentenceIsAZeroToOneBeadWithAnEmptySource() throws {
        // A translator's note with figures of its own, which no source sentence has.
        let source = "The museum opens in 2026. It has 12 halls on four floors. Tickets cost 15 euros."
        let target =
            "Il museo apre nel 2026. Il vecchio museo aveva accolto 250.000 visitatori nel 2019. Ha 12 sale su quattro piani. I biglietti costano 15 euro."
        let alignment = SentenceAlignment(source: try side(source, "en"), target: try side(target, "it"))
        #expect(alignment.beads.map(\.kind) == ["1-1", "0-1", "1-1", "1-1"])
        let text = alignment.bilingualText(sourceLanguage: "en", targetLanguage: "it")
        let added = text.units[1]
        #expect(added.source.isEmpty)
        #expect(added.source.lowerBound == "The museum opens in 2026.".utf16.count)
        #expect(String(utf16Units: text.target.text[added.target]) == "Il vecchio museo aveva accolto 250.000 visitatori nel 2019.")
    }

    @Test func splitAndMergedSentencesAreOneToTwoAndTwoToOne() throws {
        let source = """
            The mayor said that the museum is part of a wider plan to bring young people back to the city centre. \
            Tickets will cost 15 euros for adults. Children under 12 will get in for free. Work will end in December.
            """
        let target = """
            La sindaca ha detto che il museo fa parte di un piano più ampio. L'obiettivo è riportare i giovani nel centro della città. \
            I biglietti costeranno 15 euro per gli adulti, mentre i bambini sotto i 12 anni entreranno gratis. I lavori termineranno a dicembre.
            """
        #expect(try kinds(source, "en", target, "it") == ["1-2", "2-1", "1-1"])
    }

    @Test func paragraphBreaksKeepBeadsApart() throws {
        // Without the paragraphs, `Il museo apre.` could take both short source sentences.
        let source = "The museum opens today.\n\nIt is big."
        let target = "Il museo apre oggi.\n\nÈ grande."
        #expect(try kinds(source, "en", target, "it") == ["1-1", "1-1"])
    }

    @Test func aSideWithoutSentencesLeavesTheOtherUnpaired() throws {
        #expect(try kinds("Una frase. Un'altra.", "it", "", "it") == ["1-0", "1-0"])
        #expect(try kinds("", "it", "Una frase.", "it") == ["0-1"])
    }

    /// A target of far more sentences than its source (a summary's source, a wrong file)
    /// still gives every sentence its bead: the band widens to the slope.
    @Test func aTargetOfManyMoreSentencesStillGetsEveryBead() throws {
        var aligner = SentenceAligner()
        aligner.band = 3
        let target = (0..<50).map { "Frase numero \($0 + 100) del testo." }.joined(separator: " ")
        let alignment = SentenceAlignment(
            source: try side("Sentence number 100 of the text.", "en"), target: try side(target, "it"), aligner: aligner)
        // Each sentence of either side in exactly one bead, in order (the length ratio of so
        // lopsided a pair leaves the one source sentence unpaired).
        #expect(alignment.beads.flatMap { Array($0.target) } == Array(0..<50))
        #expect(alignment.beads.flatMap { Array($0.source) } == [0])
    }

    /// The band: a long pair costs rows × band cells, and sentences are still paired right
    /// far from the start, with omissions inside the band.
    @Test func aLongPairAlignsInsideItsBand() throws {
        var source: [String] = [], target: [String] = []
        for index in 0..<600 {
            source.append("Nel \(1000 + index) la città numero \(index + 20) contava \(index * 7 + 100) abitanti.")
            // Every hundredth source sentence is left out of the translation.
            if index % 100 != 50 {
                target.append("In \(1000 + index) city number \(index + 20) had \(index * 7 + 100) residents.")
            }
        }
        var aligner = SentenceAligner()
        aligner.band = 20
        let alignment = SentenceAlignment(
            source: try side(source.joined(separator: " "), "it"), target: try side(target.joined(separator: " "), "en"), aligner: aligner)
        #expect(alignment.source.sentences.count == 600)
        #expect(alignment.target.sentences.count == 594)
        #expect(alignment.beads.filter { $0.kind == "1-0" }.map(\.source.lowerBound) == [50, 150, 250, 350, 450, 550])
        #expect(alignment.beads.filter { $0.kind == "1-1" }.count == 594)
    }
}

@Suite struct AlignmentLengthCostTests {
    /// The table gives −log erfc(δ/√2) within a thousandth, and the tail past it follows on.
    @Test func theTableFollowsErfc() {
        for delta in stride(from: 0.0, through: 19.5, by: 0.37) {
            let exact = -log(erfc(delta / 2.0.squareRoot()))
            #expect(abs(SentenceAligner.lengthCost(delta) - exact) < 1e-3 * max(1, exact), "delta \(delta)")
        }
        #expect(abs(SentenceAligner.lengthCost(25) - (-log(erfc(25 / 2.0.squareRoot())))) < 0.05)
        #expect(SentenceAligner.lengthCost(30) > SentenceAligner.lengthCost(20))
    }
}
