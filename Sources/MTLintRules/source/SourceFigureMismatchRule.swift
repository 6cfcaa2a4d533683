import Foundation
import MTLintCore
import MTLintText

/// source/figure-mismatch: a source figure translated with another value.
struct SourceFigureMismatchRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/figure-mismatch",
        severity: .error,
        category: .accuracy,
        summary: "A figure of the source has another value in the translation.",
        explanation: """
            In a bilingual file, the figures of each source segment are read by value in the \
            source language and those of its translation in the target language: Chinese `10亿` \
            is 1,000,000,000, and so are Italian `1 miliardo` and `un miliardo`, while \
            `100 milioni` is a tenth of it and `10 Cento milioni` is 亿 written word by word. \
            A source figure that no target figure matches, paired in order with a target \
            figure that no source figure matches, is flagged at the target figure, with the \
            target language's wording of the source value as the suggestion.

            A target figure matches when its value is the same; when its digits are the same \
            as written (`1.5` copied into an Italian text); when it is the source value rounded \
            to the target's significant digits (at least two: `1,53亿` as `153 milioni` or \
            `150 milioni`); or within a tenth when either side says it is approximate (`约`, \
            `近`, `超`, `多`, `about`, `circa`, `oltre`). A range is two values, the first \
            taking the second's scale and percent (`10到20亿` is 1 to 2 billion, `10-20%`); \
            a difference of percentages (`3个百分点`, `punti percentuali`, `points de \
            pourcentage`, `Prozentpunkte`) is paired only with another; Chinese `百分之三十` \
            is 30%. Years are values too; dates, times, \
            versions, ordinals and figures inside placeholders are not compared, and a \
            conversion the translation adds in brackets is no mismatch.
            """,
        examples: [
            .flags(
                "zh", "该公司去年营收10亿美元。", "it", "L'azienda ha fatturato ⟦100 milioni⟧ di dollari lo scorso anno.", suggestion: "1 miliardo"),
            .flags(
                "zh", "该公司去年营收10亿美元。", "it", "L'azienda ha fatturato ⟦10 Cento milioni⟧ di dollari lo scorso anno.",
                suggestion: "1 miliardo"),
            .flags("zh", "用户增长了35%。", "fr", "Le nombre d'utilisateurs a augmenté de ⟦53⟧ %.", suggestion: "35"),
            .flags("en", "The plant employs 1,200 people.", "it", "Lo stabilimento impiega ⟦12.000⟧ persone.", suggestion: "1.200"),
            .flags("zh", "失业率上升了3个百分点。", "it", "La disoccupazione è salita di ⟦5⟧ punti percentuali.", suggestion: "3"),
            .flags("zh", "销量增长了10至20%。", "it", "Le vendite sono cresciute dal 10 al ⟦30⟧%.", suggestion: "20"),
            .flags("zh", "营收预计在10到20亿元之间。", "it", "I ricavi sono attesi tra 1 e ⟦20 miliardi⟧ di yuan.", suggestion: "2 miliardi"),
            .flags("zh", "支持率为百分之三十。", "it", "Il consenso è al ⟦13⟧%.", suggestion: "30"),
            .passes("zh", "该公司去年营收10亿美元。", "it", "L'azienda ha fatturato 1 miliardo di dollari lo scorso anno."),
            .passes("zh", "失业率上升了3个百分点。", "it", "La disoccupazione è salita di 3 punti percentuali."),
            .passes("zh", "失业率上升了3个百分点。", "fr", "Le chômage a augmenté de 3 points de pourcentage."),
            .passes("zh", "失业率上升了3个百分点。", "de", "Die Arbeitslosigkeit stieg um 3 Prozentpunkte."),
            .passes("en", "Unemployment rose by 2.5 percentage points.", "es", "El desempleo subió 2,5 puntos porcentuales."),
            .passes("zh", "销量增长了10-20%。", "it", "Le vendite sono cresciute del 10-20%."),
            .passes("zh", "营收预计在10到20亿元之间。", "it", "I ricavi sono attesi tra 1 e 2 miliardi di yuan."),
            .passes(
                "en", "Revenue should be between 10 and 20 billion dollars.", "it",
                "I ricavi dovrebbero essere tra 10 e 20 miliardi di dollari."),
            .passes("zh", "支持率为百分之三十。", "it", "Il consenso è al 30%."),
            .passes("zh", "增长了百分之三点五。", "fr", "Une hausse de 3,5 %."),
            .passes("zh", "该报告发布于2023-10-20。", "it", "Il rapporto è uscito il 20 ottobre 2023."),
            .passes("zh", "该公司去年营收10亿美元。", "it", "L'azienda ha fatturato un miliardo di dollari lo scorso anno."),
            .passes("zh", "约15亿人使用该应用。", "it", "Circa 1,5 miliardi di persone usano l'app."),
            .passes("zh", "营收1.53亿元。", "it", "Ricavi per 153 milioni di yuan."),
            .passes("zh", "营收1.53亿元。", "fr", "Un chiffre d'affaires de 150 millions de yuans."),
            .passes("zh", "１０亿用户，占３０％。", "it", "Un miliardo di utenti, il 30%."),
            .passes("zh", "2023年7月31日，公司发布了3款产品。", "it", "Il 31 luglio 2023 l'azienda ha lanciato tre prodotti."),
            .passes("zh", "营收10亿元。", "it", "Ricavi per 1 miliardo di yuan (circa 128 milioni di euro)."),
            .passes("en", "The plant employs 1,200 people.", "it", "Lo stabilimento impiega 1.200 persone."),
            .passes("en", "Version 2.4 fixes 12 bugs.", "fr", "La version 2.4 corrige 12 bogues."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var found: [Diagnostic] = []
        for comparison in bilingual.figureComparisons(target: analysis) {
            for (source, target) in comparison.mismatches {
                let sourceText = bilingual.source.string(source.range)
                let targetText = analysis.string(target.range)
                let suggestion =
                    target.scale != nil || source.value >= 1_000_000
                    ? analysis.numbers?.compact(source.value) : analysis.numbers?.plain(source.value)
                let message =
                    target.scale?.isLegal == false
                    ? "`\(targetText)` renders the source's `\(sourceText)` (\(SourceUnits.plain(source.value))) word by word"
                    : "`\(targetText)` is \(SourceUnits.plain(target.value)), but the source's `\(sourceText)` is \(SourceUnits.plain(source.value))"
                found.append(
                    diagnostic(
                        target.range, message,
                        suggestions: suggestion.map { [$0] } ?? [],
                        related: [SourceUnits.related(source.range, "`\(sourceText)` in the source")]))
            }
        }
        return found
    }
}
