import MTLintCore
import MTLintText

/// source/figure-added: a figure of the translation that the source does not have.
struct SourceFigureAddedRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/figure-added",
        severity: .warning,
        category: .accuracy,
        summary: "A figure of the translation is not in the source.",
        explanation: """
            A quantity or a year in a translation that no figure of its source accounts for \
            (compared by value, see `source/figure-mismatch`) was added: a hallucinated number, \
            or one moved from another segment. A conversion the translation adds in brackets \
            right after a matched figure (`1 miliardo di yuan (circa 128 milioni di euro)`) is \
            not flagged, nor are dates, times, versions and ordinals, nor number words, nor a \
            figure the source writes in words (`three` as `3`). Small bare numbers (below ten, \
            without a unit or scale word) are not flagged: list marks and examples that a \
            translation adapts.
            """,
        examples: [
            .flags("zh", "公司发布了新产品。", "it", "L'azienda ha lanciato ⟦15⟧ nuovi prodotti.", suggestion: nil),
            .flags("en", "Sales grew last year.", "it", "Le vendite sono cresciute del ⟦12⟧% l'anno scorso.", suggestion: nil),
            .passes("zh", "营收10亿元。", "it", "Ricavi per 1 miliardo di yuan (circa 128 milioni di euro)."),
            .passes("zh", "公司发布了三款新产品。", "it", "L'azienda ha lanciato tre nuovi prodotti."),
            .passes("en", "Released on 31 July 2023.", "it", "Pubblicato il 31 luglio 2023."),
            .passes("en", "Sales grew 12% last year.", "it", "Le vendite sono cresciute del 12% l'anno scorso."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var found: [Diagnostic] = []
        for comparison in bilingual.figureComparisons(target: analysis) {
            let unit = bilingual.units[comparison.unitIndex]
            for figure in comparison.added {
                found.append(
                    diagnostic(
                        figure.range, "`\(analysis.string(figure.range))` is not in the source",
                        related: [SourceUnits.related(unit)]))
            }
        }
        return found
    }
}
