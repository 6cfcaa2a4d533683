import MTLintCore
import MTLintText

/// source/figure-missing: a figure of the source that the translation leaves out.
struct SourceFigureMissingRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/figure-missing",
        severity: .warning,
        category: .accuracy,
        summary: "A figure of the source is not in the translation.",
        explanation: """
            Each figure of a source segment must stand in its translation with the same value \
            (see `source/figure-mismatch` for how values are read and compared): in digits, \
            with a scale word, or as a number word (`3` as `tre`). A source figure that no \
            target figure or number word matches, and that no other target figure could be a \
            wrong rendering of, is missing: the whole target segment is flagged, and the source \
            figure is named in the message and as a related place.

            Dates, times, versions, ordinals and placeholders are not compared, nor Chinese \
            dates and times (`7月31日`, `10点`), which a translation writes with month names, \
            nor digits joined by `/`, `:` or `.` (`12/31/99`). Small bare numbers (below ten, \
            without a unit or scale word) are not flagged when missing, but a difference of \
            percentages is (`3个百分点`). A range is two values (`10到20亿`: 1 and 2 billion).
            """,
        examples: [
            .flags(
                "zh", "公司裁员1200人，占员工总数的8%。", "it", "⟦L'azienda ha licenziato 1.200 persone, gran parte del personale.⟧", suggestion: nil),
            .flags("en", "Delete 30 files?", "fr", "⟦Supprimer les fichiers ?⟧", suggestion: nil),
            .flags("zh", "支持率为百分之三十，比去年高3个百分点。", "it", "⟦Il consenso è al 30%, più dell'anno scorso.⟧", suggestion: nil),
            .flags("zh", "支持率为百分之三十五。", "fr", "⟦Le soutien progresse.⟧", suggestion: nil),
            .passes("zh", "公司裁员1200人，占员工总数的8%。", "it", "L'azienda ha licenziato 1.200 persone, l'8% del personale."),
            .passes("zh", "支持率为百分之三十，比去年高3个百分点。", "it", "Il consenso è al 30%, 3 punti percentuali più dell'anno scorso."),
            .passes("zh", "支持率为百分之三十五。", "it", "Il consenso è al 35 per cento."),
            .passes("zh", "价格在10至20元之间。", "fr", "Le prix se situe entre 10 et 20 yuans."),
            .passes("zh", "营收预计在10到20亿元之间。", "it", "I ricavi sono attesi tra 1 e 2 miliardi di yuan."),
            .passes("en", "Delete 3 files?", "it", "Eliminare tre file?"),
            .passes("zh", "2023年7月31日发布。", "it", "Pubblicato il 31 luglio 2023."),
            .passes("zh", "第3季度营收增长。", "it", "I ricavi del terzo trimestre crescono."),
            .passes("en", "Copy %d files", "it", "Copia %d file"),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var found: [Diagnostic] = []
        for comparison in bilingual.figureComparisons(target: analysis) where !comparison.missing.isEmpty {
            let unit = bilingual.units[comparison.unitIndex]
            let quoted = comparison.missing.map { "`\(bilingual.source.string($0.range))` (\(SourceUnits.plain($0.value)))" }
            let target = SourceUnits.trimmed(analysis.text, unit.target)
            let range = target.startIndex..<target.endIndex
            found.append(
                diagnostic(
                    range,
                    "the source's \(quoted.joined(separator: ", ")) \(quoted.count == 1 ? "is" : "are") not in the translation",
                    related: comparison.missing.map {
                        SourceUnits.related($0.range, "`\(bilingual.source.string($0.range))` in the source")
                    }))
        }
        return found
    }
}
