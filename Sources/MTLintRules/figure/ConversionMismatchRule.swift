import Foundation
import MTLintCore
import MTLintText

/// `figure/conversion-mismatch`: an amount and its conversion into another currency or unit
/// whose ratio is far from any plausible rate (`48 miliardi di yuan (6,6 milioni di dollari)`).
public struct ConversionMismatchRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/conversion-mismatch",
        severity: .warning,
        category: .accuracy,
        summary: "An amount and its conversion into another currency or unit disagree by far more than any rate.",
        explanation: """
            News translated from Chinese often gives an amount in yuan with its value in \
            dollars or euros in brackets. When a scale word goes wrong in translation, the two \
            disagree by a factor of a thousand: `48 miliardi di yuan (6,6 milioni di dollari)`. \
            mtlint checks an amount followed by another in brackets or after a conversion \
            phrase (`pari a`, `circa`, `ovvero`; `soit`; `unos`; `rund`; `about` ...), \
            against broad bands of plausible values in US dollars, wide enough that ordinary \
            rate changes never fire: USD 1; EUR 0.75–1.7; CNY 0.1–0.22; JPY 0.004–0.016; \
            GBP 1–2.4; HKD 0.1–0.16; CHF 0.6–1.4; KRW 0.0005–0.0013; INR 0.008–0.03; \
            RUB 0.005–0.05; BRL 0.1–0.8; and for units km/mi, kg/lb, m/ft within 15%. The \
            message shows the implied rate; when a power of a thousand explains the gap, the \
            suggestion corrects the scale word.

            Not flagged: conversions within the bands; amounts in the same currency; figures \
            that are not next to each other.
            """,
        examples: [
            .flags("it", "Ha investito 48 miliardi di yuan (⟦6,6 milioni di dollari⟧) nel cloud.", suggestion: "6,6 miliardi di dollari"),
            .flags("it", "Un contratto da 2 miliardi di euro, pari a ⟦2,2 milioni di dollari⟧.", suggestion: "2,2 miliardi di dollari"),
            .flags("fr", "Un budget de 3 milliards de yuans (⟦420 000 dollars⟧).", suggestion: "420 millions de dollars"),
            .flags("en", "It raised 10 billion yuan (about ⟦$1.4 million⟧).", suggestion: "$1.4 billion"),
            .flags("es", "Invirtió 500 millones de euros (⟦540.000 dólares⟧).", suggestion: "540 millones de dólares"),
            .flags("de", "Der Konzern investiert 3 Milliarden Yuan, rund ⟦400.000 Euro⟧.", suggestion: "400 Millionen Euro"),
            .flags("pt", "A empresa investiu 7 bilhões de yuans (⟦1 milhão de dólares⟧).", suggestion: "1 bilhão de dólares"),
            .passes("it", "Ha investito 48 miliardi di yuan (6,6 miliardi di dollari) nel cloud."),
            .passes("it", "Un contratto da 2 miliardi di euro, pari a 2,2 miliardi di dollari, e 100 chilometri (62 miglia)."),
            .passes("en", "It raised 10 billion yuan (about $1.4 billion) and 500 million euros ($540 million)."),
            .passes("de", "Der Konzern investiert 3 Milliarden Yuan, rund 400 Millionen Euro."),
            .passes("fr", "Un budget de 3 milliards de yuans (420 millions de dollars) et de 10 millions d'euros."),
            .passes("es", "Invirtió 500 millones de euros (540 millones de dólares)."),
            .passes("pt", "A empresa investiu 7 bilhões de yuans (1 bilhão de dólares)."),
            .passes("en", "The price tag read 12$0, a typo and not a conversion."),
        ]
    )

    public init() {}

    /// The smallest amount whose scale is corrected: far below any price, and far enough
    /// above Decimal's smallest magnitude (1e-128) for a factor of 0.000001.
    static let smallestCorrected = Decimal(sign: .plus, exponent: -100, significand: 1)

    /// Plausible value of one unit in US dollars (currencies) or in the base unit (km, kg, m).
    static let bands: [String: (low: Double, high: Double, dimension: String)] = [
        "USD": (1, 1, "money"), "EUR": (0.75, 1.7, "money"), "CNY": (0.1, 0.22, "money"),
        "JPY": (0.004, 0.016, "money"), "GBP": (1.0, 2.4, "money"), "HKD": (0.1, 0.16, "money"),
        "CHF": (0.6, 1.4, "money"), "KRW": (0.0005, 0.0013, "money"), "INR": (0.008, 0.03, "money"),
        "RUB": (0.005, 0.05, "money"), "BRL": (0.1, 0.8, "money"),
        "km": (0.85, 1.15, "length"), "mi": (1.609 * 0.85, 1.609 * 1.15, "length"),
        "m": (0.85, 1.15, "length-m"), "ft": (0.3048 * 0.85, 0.3048 * 1.15, "length-m"),
        "kg": (0.85, 1.15, "mass"), "lb": (0.4536 * 0.85, 0.4536 * 1.15, "mass"),
    ]

    private func code(_ unit: FigureUnit?) -> String? {
        switch unit?.kind {
        case .currency(let code): code
        case .measure(let symbol): symbol
        default: nil
        }
    }

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let numbers = analysis.numbers else { return [] }
        let markers = analysis.language.profile?.figureWords.conversionMarkers ?? []
        let figures = analysis.figures.filter { $0.kind == .quantity && code($0.unit) != nil }
        var diagnostics: [Diagnostic] = []
        for (first, second) in zip(figures, figures.dropFirst()) {
            // Two figures may share a sign (`12$0`): only figures apart can be a conversion.
            guard first.fullRange.upperBound <= second.fullRange.lowerBound,
                second.fullRange.lowerBound - first.fullRange.upperBound <= 40,
                let fromCode = code(first.unit), let toCode = code(second.unit), fromCode != toCode,
                let from = Self.bands[fromCode], let to = Self.bands[toCode], from.dimension == to.dimension,
                isConversion(analysis.string(first.fullRange.upperBound..<second.fullRange.lowerBound), markers)
            else { continue }
            let amount = NSDecimalNumber(decimal: first.value).doubleValue
            let converted = NSDecimalNumber(decimal: second.value).doubleValue
            guard amount > 0, converted > 0, !Self.plausible(amount, from, converted, to) else { continue }
            let rate = Decimal(converted / amount)
            let fix = [1000.0, 1_000_000, 0.001, 0.000001].first { Self.plausible(amount, from, converted * $0, to) }
            var suggestions: [String] = []
            // Decimal traps when a product falls below 1e-128: an amount too small for any
            // currency gets no corrected scale (`1e-123 thousand` times 0.000001).
            if let fix, second.scale != nil || second.value >= 1000, second.value >= Self.smallestCorrected {
                let prefix = analysis.string(second.fullRange.lowerBound..<second.range.lowerBound)
                var tail = analysis.string(second.range.upperBound..<second.fullRange.upperBound)
                if second.scale == nil, let unit = second.unit, unit.form == .word, !unit.isPrefix {
                    tail = connector(before: tail, analysis) + tail
                }
                let corrected = second.value * Decimal(fix)
                if corrected == corrected.rounded() || corrected >= 1 {
                    suggestions = [prefix + numbers.compact(corrected) + tail]
                }
            }
            var pairEnd = second.fullRange.upperBound
            if pairEnd < analysis.text.count, analysis.text[pairEnd] == 0x29 { pairEnd += 1 }  // the closing bracket
            let pair = analysis.string(first.fullRange.lowerBound..<pairEnd).collapsingWhiteSpace
            let scale =
                fix.map {
                    $0 > 1 ? "; a scale word too small by a factor of \(Int($0))" : "; a scale word too large by a factor of \(Int(1 / $0))"
                } ?? ""
            diagnostics.append(
                diagnostic(
                    second.fullRange,
                    "`\(pair)` implies 1 \(fromCode) = \(numbers.significant(rate)) \(toCode), far from any plausible rate\(scale)",
                    suggestions: suggestions,
                    related: [RelatedPlace(range: first.fullRange, message: "the amount converted")]
                ))
        }
        return diagnostics
    }

    /// A scale word needs `di`/`de` before a currency word in Romance languages
    /// (`540 millones de dólares`); French elides it before a vowel (`millions d'euros`).
    private func connector(before tail: String, _ analysis: Analysis) -> String {
        let words = analysis.language.profile?.figureWords ?? FigureWords()
        let connectors = words.unitConnectors
        guard let plain = connectors.filter({ !$0.hasSuffix("'") && !$0.hasSuffix("’") }).sorted().first else { return "" }
        let word = tail.drop { $0 == " " }
        if let elided = connectors.first(where: { $0.hasSuffix("'") }),
            let first = word.first, words.elidingInitials.contains(first.lowercased())
        {
            return " " + elided + String(word)
        }
        return " " + plain
    }

    /// True when the values can be the same amount: their intervals in the base unit overlap.
    static func plausible(
        _ amount: Double, _ from: (low: Double, high: Double, dimension: String), _ converted: Double,
        _ to: (low: Double, high: Double, dimension: String)
    ) -> Bool {
        amount * from.high >= converted * to.low && converted * to.high >= amount * from.low
    }

    /// Only brackets, commas, white space and one conversion phrase between the two figures.
    private func isConversion(_ between: String, _ markers: [String]) -> Bool {
        var rest = between.lowercased()
        let filler: Set<Character> = [" ", "(", ",", "\u{A0}", "\u{202F}", "~", "≈", "–", "—"]
        rest = String(rest.filter { !filler.contains($0) || $0 == " " })
        let words = rest.split(separator: " ").joined(separator: " ")
        return words.isEmpty || markers.contains(words)
    }
}
