import MTLintCore
import MTLintText

/// `figure/number-word-case`: a number word with a capital letter in the middle of a sentence.
///
/// Machine translation capitalises words it takes for the start of a unit (`pagava Venti
/// milioni`). Only number words that are part of a figure (with a scale word or a unit) are
/// considered, so names such as `Mille Miglia` or `Otto` are left alone.
public struct NumberWordCaseRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/number-word-case",
        severity: .warning,
        category: .fluency,
        summary: "A number word capitalised in the middle of a sentence.",
        explanation: """
            `pagava Venti milioni di dollari`: a number word written with a capital inside a \
            sentence is a typical slip of machine translation, which treats the start of a \
            quantity like the start of a name. mtlint flags number words (recognised by ICU's \
            spell-out rules of the language) that belong to a figure, i.e. that a scale word \
            or a unit follows, and suggests the lower-case word.

            Not flagged: a number word at the start of a sentence, after a colon, or in a \
            heading written in title case or capitals; articles that are also the number one \
            (`Un`, `One`, `Ein`); capitalised words that are not part of a figure (names such \
            as `Mille Miglia`, where the next word has a capital too, in languages that do not \
            capitalise nouns); and number words inside a garbled scale phrase, which \
            `figure/garbled-scale` reports as a whole.
            """,
        examples: [
            .flags("it", "TikTok pagava ⟦Venti⟧ milioni di dollari al mese.", suggestion: "venti"),
            .flags("fr", "Le groupe a investi ⟦Vingt⟧ milliards de yuans.", suggestion: "vingt"),
            .flags("es", "La empresa pagó ⟦Veinte⟧ millones de dólares.", suggestion: "veinte"),
            .flags("pt", "A empresa pagou ⟦Vinte⟧ milhões de reais.", suggestion: "vinte"),
            .flags("de", "Die Firma zahlte ⟦Zwanzig⟧ Millionen Euro.", suggestion: "zwanzig"),
            .flags("en", "The company paid ⟦Twenty⟧ million dollars.", suggestion: "twenty"),
            .passes("it", "Venti milioni di dollari sono stati spesi. Ricavi: Venti milioni di euro."),
            .passes("it", "Venti Milioni Di Utenti Attivi"),
            .passes("it", "Ha corso la Mille Miglia con Otto, e pagava 10 Cento milioni di dollari."),
            .passes("it", "La società ha raccolto Un miliardo? No, venti milioni di euro."),
            .passes("en", "Twenty million users signed up; the band One Direction played."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for figure in analysis.figures where figure.kind == .quantity && figure.notation == .words {
            // A garbled figure is reported whole by figure/garbled-scale.
            if let scale = figure.scale, !scale.isLegal { continue }
            guard var index = analysis.tokenIndex(startingAt: figure.numberRange.lowerBound) else { continue }
            if isPartOfName(figure, analysis) { continue }
            while index < analysis.tokens.count, Int(analysis.tokens[index].start) < figure.numberRange.upperBound {
                defer { index += 1 }
                let token = analysis.tokens[index]
                let word = analysis.string(token)
                let lower = analysis.lowercased(token)
                guard token.kind == .word, word.first?.isUppercase == true, word != word.uppercased(),
                    analysis.language.profile?.figureWords.articleNumberWords.contains(lower) != true,
                    !analysis.isSentenceStart(tokenIndex: index), !analysis.isHeading(at: Int(token.start))
                else { continue }
                let value = analysis.numbers.map { " (\($0.plain(figure.number)))" } ?? ""
                diagnostics.append(
                    diagnostic(
                        token.range,
                        "`\(word)`\(value) is a number word with a capital letter in the middle of a sentence; write `\(lower)`",
                        suggestions: [lower]
                    ))
            }
        }
        return diagnostics
    }

    /// `Mille Miglia`, `Cinque Stelle`: the word after the number has a capital too, in a
    /// language that does not capitalise nouns.
    private func isPartOfName(_ figure: Figure, _ analysis: Analysis) -> Bool {
        let index = analysis.firstTokenIndex(atOrAfter: figure.numberRange.upperBound)
        guard analysis.numbers?.capitalizesNouns == false, index < analysis.tokens.count,
            analysis.tokens[index].kind == .word
        else { return false }
        return analysis.string(analysis.tokens[index]).first?.isUppercase == true
    }
}
