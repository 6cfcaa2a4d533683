import Foundation
import MTLintCore
import MTLintText

/// `figure/garbled-scale`: a number followed by number and scale words that the language does
/// not use after a number, the trace of a Chinese unit translated word by word.
///
/// Chinese counts in units of 10^4 (万) and 10^8 (亿): 10亿, one billion, comes out of
/// machine translation as `10 Cento milioni` (10 × "hundred million"). The legal scale phrases
/// of each language come from ICU's compact-long patterns (see NumberVocabulary); the figure
/// extractor marks any other run of number and scale words that multiplies to a power of ten.
public struct GarbledScaleRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/garbled-scale",
        severity: .error,
        category: .accuracy,
        summary: "A number followed by a scale phrase the language does not use: a Chinese unit translated word by word.",
        explanation: """
            Chinese groups digits by ten thousands: 万 is 10,000 and 亿 is 100,000,000. A \
            machine translation that renders 10亿 (one billion) word by word writes \
            `10 Cento milioni`, `10 cent millions`, `10 hundred million`: a figure no reader can \
            trust, and the most expensive kind of error in a published article. mtlint reads the \
            words after a number; when they are number and scale words that multiply to a power \
            of ten but are not a scale phrase of the language, or are one number word for \
            10,000 or more (`5 diecimila`, `3 centomila`: 万 and 十万 in one word), or a vague \
            quantity of a scale that prose writes without a number (`400 decine di migliaia`, \
            `87 centaines de millions`), it flags the figure, gives the value the words \
            multiply to, and suggests the language's own wording of it. The language's word \
            for 10^18 after a number (Italian `134,9 trilioni`, French `trillions`, Spanish \
            `trillones`, German `Trillionen`) renders the English `trillion`, 10^12: it is \
            flagged with the wording of 10^12, in an amount of money (no economy counts in \
            10^18; computing does: `1,3 trillion d'opérations`); in Italian, whose edited \
            news writes it too, as a low-confidence note.

            The legal scale phrases of each language are not a hand list: they are ICU's \
            compact-long number patterns for 10^3 to 10^15 (Italian `mila`, `milioni`, \
            `miliardi`, `mila miliardi`; Spanish `mil millones`; German `Milliarden` ...), and \
            the suggestion is ICU's compact-long formatting of the value (`1 miliardo`, \
            `1 milliard`, `1 Milliarde`, `1 mil millones`, `1 bilhão`, `1 billion`).

            Scale words multiplied with no number word between them (`100 mila milioni`) are \
            an old wording of the language itself, not a calque: a low-confidence note on \
            style, at info level, with the same suggestion.

            Not flagged: a figure that is all of a quotation (`« 10 cent millions »` in an \
            article about translation errors), which cites the words; legal forms (`10 mila`, `100 milioni`, `1,5 miliardi`, `due miliardi`, \
            `10 mil millones`, `10 milliards`); spelled-out numbers the language writes that \
            way (`cento milioni`, `one hundred million`); a year before a number word \
            (`nel 2023 cento milioni di persone`); a whole number below ten before a vague \
            quantity, which counts it (`2 centinaia di migliaia`).
            """,
        examples: [
            .flags("it", "TikTok pagava ⟦10 Cento milioni⟧ di dollari l'anno.", suggestion: "1 miliardo"),
            .flags("it", "Le vendite hanno raggiunto ⟦5 diecimila⟧ unità in ottobre.", suggestion: "50 mila"),
            .passes("it", "Nel 2023 diecimila persone hanno visitato la mostra, e 5 mila la fiera."),
            .flags("it", "Il modello è stato scaricato ⟦400 decine di migliaia⟧ di volte.", suggestion: "4 milioni"),
            .flags("it", "Il PIL ha raggiunto ⟦134,9 trilioni⟧ di yuan.", suggestion: "134,9 mila miliardi"),
            .flags("es", "El PIB alcanzó ⟦134,9 trillones⟧ de yuanes.", suggestion: "134,9 billones"),
            .flags("fr", "Le groupe a investi ⟦87 centaines de millions⟧ de yuans.", suggestion: "8,7 milliards"),
            .passes("it", "Nel 2023 decine di migliaia di persone, e 2 centinaia di migliaia di euro; centinaia di milioni di utenti."),
            .passes("it", "Per il Mate 70 centinaia di migliaia di utenti si sono registrati."),
            .passes("fr", "Le supercalculateur atteindrait 1,3 trillion d'opérations par seconde, soit 1,3 exaflops."),
            .passes("fr", "L’outil écrit parfois « 10 cent millions » au lieu d’« un milliard »."),
            .passes("pt", "A despesa é de 118,7 mil milhões de euros, e a dívida de 2,5 bilhões de reais."),
            .flags("it", "Il fatturato ha raggiunto ⟦25 cento milioni⟧ di yuan.", suggestion: "2,5 miliardi"),
            .flags("it", "Gli investimenti valgono ⟦100 mila milioni⟧ di yuan.", suggestion: "100 miliardi"),
            .flags("it", "La piattaforma conta ⟦3 dieci mila⟧ sviluppatori.", suggestion: "30 mila"),
            .flags("it", "Il progetto costa ⟦dieci cento milioni⟧ di euro.", suggestion: "1 miliardo"),
            .flags("fr", "Les revenus atteignent ⟦10 cent millions⟧ de dollars.", suggestion: "1 milliard"),
            .flags("de", "Der Umsatz lag bei ⟦10 hundert Millionen⟧ Dollar.", suggestion: "1 Milliarde"),
            .flags("es", "Los ingresos llegaron a ⟦10 cien millones⟧ de dólares.", suggestion: "1 mil millones"),
            .flags("pt", "A receita chegou a ⟦10 cem milhões⟧ de dólares.", suggestion: "1 bilhão"),
            .flags("en", "Revenue reached ⟦10 hundred million⟧ dollars.", suggestion: "1 billion"),
            .flags("en", "The app has ⟦100 ten thousand⟧ users.", suggestion: "1 million"),
            .passes("it", "Ha 10 mila dipendenti, 100 milioni di utenti e 1,5 miliardi di ricavi, più due miliardi di debiti."),
            .passes("it", "Nel 2023 cento milioni di persone hanno usato l'app; cento milioni di dollari sono stati investiti."),
            .passes("es", "La empresa invirtió 10 mil millones de dólares."),
            .passes("fr", "Le groupe a levé 10 milliards d'euros et compte cent millions d'utilisateurs."),
            .passes("de", "Der Konzern investiert 2,5 Milliarden Euro."),
            .passes("pt", "A empresa faturou 2 bilhões de reais."),
            .passes("en", "The service has one hundred million users and 1.5 billion dollars in sales."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// One finding per figure on `10 Cento milioni 10 Cento milioni ...`: made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        guard let numbers = analysis.numbers else { return findings }
        for figure in analysis.figures {
            if let found = finding(for: figure, numbers, in: analysis) { findings.append(found) }
        }
        return findings
    }

    private func finding(for figure: Figure, _ numbers: NumberFormatting, in analysis: Analysis) -> Diagnostic? {
        guard figure.kind == .quantity, let scale = figure.scale, !scale.isLegal,
            !Self.isWholeQuotation(figure.range, analysis.text)
        else { return nil }
        let written = analysis.string(figure.range)
        let wording = numbers.compact(figure.value)
        // Only an amount of money: `1,3 trillion d'opérations` (exaflops) is a true 10^18.
        if let literal = scale.literalMultiplier {
            guard case .currency = figure.unit?.kind else { return nil }
            // Where edited news writes the calque too, a note on usage.
            let isCommon = analysis.language.profile?.figureWords.trillionCalqueIsCommon == true
            return diagnostic(
                figure.range,
                "`\(written.collapsingWhiteSpace)` reads as \(numbers.plain(figure.number)) × \(numbers.plain(literal)) in \(analysis.languageName):"
                    + " the English `trillion` (10^12) translated as a word; \(analysis.languageName) writes `\(wording)`",
                suggestions: [wording], confidence: isCommon ? .low : .high)
        }
        // Scale words only (`5 mila milioni`, `tremila milioni`): an old wording of the
        // language itself, not a Chinese unit; a note on style at most.
        if scale.numberWordRanges.isEmpty {
            return diagnostic(
                figure.range,
                "`\(written.collapsingWhiteSpace)` (\(numbers.plain(figure.value))) is an old wording; \(analysis.languageName) now writes `\(wording)`",
                suggestions: [wording], confidence: .low)
        }
        let message =
            "`\(written.collapsingWhiteSpace)` reads as \(numbers.plain(figure.number)) × \(numbers.plain(scale.multiplier))"
            + " = \(numbers.plain(figure.value)), \(Self.origin(of: scale.multiplier)) translated word by word;"
            + " \(analysis.languageName) writes `\(wording)`"
        return diagnostic(figure.range, message, suggestions: [wording])
    }

    /// The figure is all there is between two quotation marks (`« 10 cent millions »`): the
    /// words are cited, as an article about translation cites the error, not used.
    static func isWholeQuotation(_ range: Range<Int>, _ text: [UInt16]) -> Bool {
        let marks: Set<UInt16> = [0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A]
        func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0xA0 || unit == 0x202F }
        var before = range.lowerBound - 1
        while before >= 0, isSpace(text[before]) { before -= 1 }
        var after = range.upperBound
        while after < text.count, isSpace(text[after]) { after += 1 }
        return before >= 0 && after < text.count && marks.contains(text[before]) && marks.contains(text[after])
    }

    /// The Chinese unit a power of ten most likely renders.
    static func origin(of multiplier: Decimal) -> String {
        switch multiplier {
        case 10_000: "the Chinese unit 万 (10,000)"
        case 100_000: "the Chinese 十万 (100,000)"
        case 1_000_000: "the Chinese 百万 (1,000,000)"
        case 10_000_000: "the Chinese 千万 (10,000,000)"
        case 100_000_000: "the Chinese unit 亿 (100,000,000)"
        case 1_000_000_000: "the Chinese 十亿 (1,000,000,000)"
        default: "a Chinese or Japanese unit"
        }
    }
}
