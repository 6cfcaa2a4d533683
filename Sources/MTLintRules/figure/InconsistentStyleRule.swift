import Foundation
import MTLintCore
import MTLintText

/// `figure/inconsistent-style`: one kind of figure written two ways in one document
/// (`20 milioni` and `20.000.000`; `29%` and `29 %`; `$20` and `20 dollari`).
public struct InconsistentStyleRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/inconsistent-style",
        severity: .info,
        category: .style,
        summary: "The same kind of figure written in two styles in one document.",
        explanation: """
            An edited text picks one style for each kind of figure and keeps it; a machine \
            translation follows each source sentence and mixes them. mtlint compares, within \
            one document: large amounts (a million or more) with a scale word (`20 milioni`) \
            and in full digits (`20.000.000`); percentages with and without a space before \
            the sign, or spelled out (`29%`, `29 %`, `29 per cento`); and amounts of one \
            currency with a symbol, a word or a code (`$20`, `20 dollari`, `USD 20`), among \
            amounts written alike (with or without a scale word). The style used most (the \
            first one on a tie) is the document's; each figure in another style gets one \
            finding, related to the first figure in the document's style, with the figure \
            rewritten where the rewrite is certain.

            Not flagged: a document that keeps one style; amounts below a million in digits; \
            counts and amounts of money, which may follow different styles (`2.500.000 utenti` \
            and `20 milioni di euro`); prices with a symbol next to large amounts with a scale \
            word (`€ 4,99` and `20 milioni di euro`); figures in the rows of a table \
            (a tab, a `|` or columns of spaces), which write `%` and `€` where the prose \
            writes `Prozent` and `euro`.
            """,
        examples: [
            .flags(
                "it", "Ha investito 40 milioni di euro nel 2023 e 20 milioni nel 2024; nel 2025 spenderà ⟦40.000.000⟧ di euro.",
                suggestion: "40 milioni"),
            .flags("it", "Le vendite sono salite del 29%, i costi del 12% e i margini del ⟦3 %⟧.", suggestion: "3%"),
            .flags("en", "It paid $20 for one and $35 for the other, then ⟦20 dollars⟧ more.", suggestion: nil),
            .flags("fr", "La hausse est de 30,6\u{A0}%, puis de 12\u{A0}%, enfin de ⟦4%⟧.", suggestion: "4\u{A0}%"),
            .flags(
                "es", "Invirtió 20 millones de dólares y 30 millones de dólares, luego ⟦50.000.000⟧ de dólares.", suggestion: "50 millones"),
            .flags("de", "Der Umsatz stieg um 3,5 % und der Gewinn um 4,2 %, die Kosten um ⟦1,5%⟧.", suggestion: "1,5 %"),
            .flags("pt", "Investiu 20 milhões de reais e 30 milhões de reais, depois ⟦50.000.000⟧ de reais.", suggestion: "50 milhões"),
            .passes("it", "Ha investito 40 milioni di euro, 20 milioni di euro e 1,5 miliardi di euro; l'abbonamento costa € 4,99."),
            .passes("it", "Crescita del 29% e del 30,6%, con 1.200 dipendenti e 350.000 clienti."),
            .passes(
                "it",
                "Il Pil è cresciuto del 4,8 per cento e i prezzi del 2 per cento.\n\n- Pil, primi tre trimestri: +4,8%\n- Disoccupazione giovanile (16-24 anni): 17,3%"
            ),
            .passes("de", "Der Umsatz stieg um 3,5 % auf 1,2 Milliarden Euro, der Gewinn um 4,2 % auf 300 Millionen Euro."),
            .passes("pt", "A receita subiu 12,4% para 2,5 bilhões de reais; o lucro subiu 3% para 300 milhões de reais."),
            .passes("en", "Sales rose 12% to $1.2 billion and profit 3% to $300 million."),
            .passes("es", "Las ventas subieron un 12 % hasta 1.500 millones de euros."),
            .passes(
                "de",
                "Der Umsatz stieg um 20 Prozent, der Gewinn um 12 Prozent.\n\nAlibaba      136,90     +66,0 %\nXiaomi        53,15     +54,1 %"
            ),
            .passes("fr", "Hausse de 30,6\u{A0}% et de 12\u{A0}%, 2\u{202F}500\u{202F}000 utilisateurs et 1,5 milliard d'euros."),
        ]
    )

    public init() {}

    /// The styles, as messages name them.
    private enum Style {
        static let scaleWord = "a scale word"
        static let fullDigits = "full digits"
        static let spelledOut = "the percent spelled out"
        static let attached = "no space before the percent sign"
        static let spaced = "a space before the percent sign"
        static let symbol = "a currency symbol"
        static let word = "a currency name"
        static let code = "a currency code"
    }

    /// The kinds of figure whose style is compared: a document may write money and counts,
    /// or percentages and amounts, in different styles.
    private enum Kind: Hashable {
        /// Values of a million or more, by unit (`count` for none).
        case large(unit: String)
        case percent
        /// Amounts of one currency, with or without a scale word.
        case currency(code: String, scaled: Bool)

        init(large unit: FigureUnit?) {
            switch unit?.kind {
            case .currency(let code): self = .large(unit: code)
            case .measure(let symbol): self = .large(unit: symbol)
            case .percent, .perMille: self = .large(unit: "percent")
            case nil: self = .large(unit: "count")
            }
        }

        var isLarge: Bool {
            if case .large = self { return true }
            return false
        }
    }

    /// A style of one kind of figure, and the figure written in it (an index of
    /// `analysis.figures`: samples are many, and a Figure is large).
    private struct Sample {
        var figure: Int
        var style: String
    }

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let numbers = analysis.numbers else { return [] }
        let figures = analysis.figures
        var groups: [Kind: [Sample]] = [:]
        var order: [Kind] = []
        func add(_ kind: Kind, _ figure: Int, _ style: String) {
            if groups[kind] == nil { order.append(kind) }
            groups[kind, default: []].append(Sample(figure: figure, style: style))
        }
        let map = analysis.document.sourceMap
        let text = analysis.text
        /// Whether each line read so far is a table's row or an item of a list of facts: a
        /// table writes `%` and `€` where the prose around it writes `Prozent` and `euro`, by
        /// design, not by slip.
        var tableRows: [Int: Bool] = [:]
        func isOnTableRow(_ figure: Figure) -> Bool {
            let line = map.lineIndex(of: figure.range.lowerBound)
            if let known = tableRows[line] { return known }
            let isRow = TableLines.isRow(line, map, text) || TableLines.isFactListItem(text[map.lineRange(line, in: text)])
            tableRows[line] = isRow
            return isRow
        }
        // Garbled and CJK figures are other rules' findings, not a style.
        for (index, figure) in figures.enumerated()
        where figure.kind == .quantity && figure.notation != .cjk && figure.scale?.isLegal != false && !isOnTableRow(figure) {
            // The notation first: comparing Decimals costs more.
            if figure.notation == .mixed || (figure.notation == .digits && figure.digits?.groupingSeparator != nil),
                figure.value >= 1_000_000
            {
                // Amounts of money and counts of things may follow different styles.
                add(Kind(large: figure.unit), index, figure.notation == .mixed ? Style.scaleWord : Style.fullDigits)
            }
            if let unit = figure.unit {
                switch unit.kind {
                case .percent where !unit.isPrefix:
                    add(.percent, index, unit.form == .word ? Style.spelledOut : unit.spacing.isEmpty ? Style.attached : Style.spaced)
                case .currency(let code):
                    add(
                        .currency(code: code, scaled: figure.scale != nil), index,
                        unit.form == .symbol ? Style.symbol : unit.form == .word ? Style.word : Style.code)
                default:
                    break
                }
            }
        }
        var diagnostics: [Diagnostic] = []
        for kind in order {
            let samples = groups[kind]!
            var counts: [String: Int] = [:]
            var firstStyles: [String] = []
            for sample in samples {
                if counts[sample.style] == nil { firstStyles.append(sample.style) }
                counts[sample.style, default: 0] += 1
            }
            guard counts.count > 1 else { continue }
            let majority = firstStyles.max {
                counts[$0]! != counts[$1]! ? counts[$0]! < counts[$1]! : firstStyles.firstIndex(of: $0)! > firstStyles.firstIndex(of: $1)!
            }!
            let reference = figures[samples.first { $0.style == majority }!.figure]
            for sample in samples where sample.style != majority {
                diagnostics.append(
                    finding(
                        figures[sample.figure], style: sample.style, kind: kind, majority: majority,
                        count: counts[majority]!, reference: reference, analysis, numbers))
            }
        }
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func finding(
        _ figure: Figure, style: String, kind: Kind, majority: String, count: Int, reference: Figure, _ analysis: Analysis,
        _ numbers: NumberFormatting
    ) -> Diagnostic {
        let isLarge = kind.isLarge
        let example = analysis.string(isLarge ? reference.range : reference.fullRange).collapsingWhiteSpace
        let times = count == 1 ? "once" : "\(count) times"
        var range = figure.fullRange
        var suggestion: String?
        switch kind {
        case .large:
            range = figure.range
            suggestion = majority == Style.scaleWord ? numbers.compact(figure.value) : numbers.plain(figure.value)
        case .percent:
            if let unit = reference.unit, unit.form == .symbol {
                suggestion = analysis.string(figure.numberRange) + unit.spacing + analysis.string(unit.range)
            }
        default:
            break
        }
        let written = analysis.string(range).collapsingWhiteSpace
        return diagnostic(
            range,
            "`\(written)` is written with \(style); this document writes such figures with \(majority) (`\(example)`, \(times))",
            suggestions: suggestion.map { [$0] } ?? [],
            related: [RelatedPlace(range: isLarge ? reference.range : reference.fullRange, message: "first figure in the document's style")]
        )
    }
}
