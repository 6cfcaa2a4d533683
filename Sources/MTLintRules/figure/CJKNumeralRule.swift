import MTLintCore
import MTLintText

/// `figure/cjk-numeral`: Chinese or Japanese numerals or units left in a text in Latin script.
public struct CJKNumeralRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/cjk-numeral",
        severity: .warning,
        category: .localeConvention,
        summary: "A Chinese or Japanese numeral or unit left in a text written in Latin script.",
        explanation: """
            Machine translation sometimes leaves a figure untouched: `10亿 dollari`, `1.5亿`, \
            `3万`, `十亿`. A reader of the translation cannot read it, and the units (万 = \
            10,000, 亿 = 100,000,000) are the ones translation most often gets wrong. mtlint \
            values the figure (digits times unit characters, or Han numerals through ICU's \
            Chinese spell-out rules) and suggests the language's own wording of the value, from \
            ICU's compact-long patterns.

            Not flagged: Chinese and Japanese documents; numerals inside a longer Han word, \
            which are part of a name (`三星`, Samsung); a name with its original script in \
            brackets (`Doubao (豆包)`).
            """,
        examples: [
            .flags("it", "La società ha incassato ⟦10亿⟧ dollari.", suggestion: "1 miliardo"),
            .flags("it", "Un investimento da ⟦1.5亿⟧ yuan.", suggestion: "150 milioni"),
            .flags("fr", "Le groupe compte ⟦3万⟧ employés.", suggestion: "30 mille"),
            .flags("en", "The deal is worth ⟦十亿⟧ yuan.", suggestion: "1 billion"),
            .flags("es", "La empresa vendió ⟦5万⟧ coches.", suggestion: "50 mil"),
            .flags("de", "Der Umsatz lag bei ⟦20亿⟧ Yuan.", suggestion: "2 Milliarden"),
            .flags("pt", "A empresa investiu ⟦3亿⟧ reais.", suggestion: "300 milhões"),
            .passes("zh", "字节跳动投资了10亿美元，员工3万人。"),
            .passes("it", "Samsung (三星) e Doubao (豆包) sono marchi asiatici."),
            .passes("en", "Revenue was 1 billion dollars."),
            .passes("ja", "売上高は10億円、従業員は3万人。"),
            .passes("de", "Der Umsatz lag bei 2 Milliarden Yuan."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// One finding per figure on `8亿 8亿 ...`: made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        guard analysis.isLatinScript, let numbers = analysis.numbers else { return findings }
        for figure in analysis.figures where figure.notation == .cjk {
            let written = analysis.string(figure.numberRange)
            let wording = numbers.compact(figure.value)
            findings.append(
                diagnostic(
                    figure.numberRange,
                    "`\(written)` is a Chinese number (\(numbers.plain(figure.value))) left in the \(analysis.languageName) text; write `\(wording)`",
                    suggestions: [wording]
                ))
        }
        return findings
    }
}
