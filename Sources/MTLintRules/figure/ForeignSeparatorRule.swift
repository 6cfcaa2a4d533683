import ICU
import MTLintCore
import MTLintText

/// `figure/foreign-separator`: decimal or grouping separators of another convention
/// (`30.6%` in Italian, `1,000,000` in Italian, `1.000.000` in English).
///
/// The language's own separators come from ICU's number symbols; the DigitParser says which
/// numbers can only be read with another convention's. Ambiguous numbers are left alone.
public struct ForeignSeparatorRule: Rule {
    public static let metadata = RuleMetadata(
        id: "figure/foreign-separator",
        severity: .warning,
        category: .localeConvention,
        summary: "A number written with the decimal or grouping separator of another language.",
        explanation: """
            Machine translation copies numbers as the source wrote them: `30.6%` stays `30.6%` \
            in Italian, which writes `30,6%`; `1,000,000` stays as it was. Italian, French, \
            Spanish, German and Portuguese write a decimal comma, English a decimal point; \
            each groups thousands in its own way (`1.000.000`, `1 000 000` with a narrow \
            no-break space in French, `1,000,000` in English). The separators come from ICU's \
            number symbols of the language, and the suggestion rewrites the number with them.

            Only what cannot be read the language's way is flagged: several grouping marks of \
            the other convention (`1,000,000`); both marks in the other order (`1,234.5`); a \
            decimal mark of the other convention that is not followed by exactly three digits, \
            in a figure with a unit or scale word (`30.6%`, `1.5 miliardi`, `4.99 euro`) or \
            before percentage or basis points (`0.5 punti percentuali`); a \
            comma before three digits right before a word that counts things (`16,500 \
            dipendenti`: three decimals do not count people), or three that end in `00` in an \
            amount of money (`1,500 euro`; not a price per unit or a rate, `1,800 euro al \
            litro`), with medium confidence. A number inside a quotation in another language \
            keeps that language's marks. \
            Not flagged: a Spanish text of no given region that writes all its numbers the \
            way Mexico and Central America do (`3.5%`, `2,500 millones`; the RAE accepts the \
            decimal point), and none the Spanish of Spain's way; a text that mixes the two is \
            flagged. Numbers that could be either (`1.000`, `1,000` alone); versions and \
            model names (`iOS 17.4`, `Llama 3.1`); dates (`31.07.2024`) and times \
            (`alle 14.30`); numbers with no unit (`capitolo 3.2`).
            """,
        examples: [
            .flags("it", "I ricavi sono cresciuti del ⟦30.6⟧%.", suggestion: "30,6"),
            .flags("it", "L'app ha ⟦1,000,000⟧ di utenti.", suggestion: "1.000.000"),
            .flags("it", "Il gruppo ha investito ⟦1.5⟧ miliardi di euro.", suggestion: "1,5"),
            .flags("it", "Il bilancio indica ⟦1,234.5⟧ euro di utile.", suggestion: "1.234,5"),
            .flags("fr", "Une hausse de ⟦30.6⟧ % en un an.", suggestion: "30,6"),
            .flags("fr", "Le service compte ⟦1,000,000⟧ d'utilisateurs.", suggestion: "1\u{202F}000\u{202F}000"),
            .flags("es", "Una subida del ⟦42.5⟧ % en ventas, con 1.250.000 clientes.", suggestion: "42,5"),
            .flags("de", "Der Konzern investiert ⟦3.5⟧ Milliarden Euro.", suggestion: "3,5"),
            .flags("pt", "A empresa faturou ⟦2.5⟧ bilhões de reais.", suggestion: "2,5"),
            .flags("en", "Sales grew by ⟦30,6⟧% last year.", suggestion: "30.6"),
            .flags("en", "The app has ⟦1.000.000⟧ users.", suggestion: "1,000,000"),
            .passes("it", "L'azienda ha 1.000 dipendenti, un utile di 1.234,5 euro e una crescita del 30,6%."),
            .passes("it", "Funziona con iOS 17.4 e Llama 3.1, versione 2.1, dal 31.07.2024 alle 14.30."),
            .passes("it", "Si veda il capitolo 3.2 del rapporto."),
            .flags("it", "Il rendimento è salito di ⟦0.5⟧ punti percentuali.", suggestion: "0,5"),
            .flags("de", "Die Quote sank um ⟦0.3⟧ Prozentpunkte.", suggestion: "0,3"),
            .passes("it", "Il rendimento è salito di 0,5 punti percentuali e di 25 punti base; il capitolo 3.2 tratta i punti."),
            .flags("it", "Il gruppo ha ⟦16,500⟧ dipendenti in Europa.", suggestion: "16.500"),
            .flags("pt", "A fábrica vai criar ⟦2,000⟧ empregos.", suggestion: "2.000"),
            .flags("de", "Der Konzern hat ⟦16,500⟧ Mitarbeiter.", suggestion: "16.500"),
            .passes("it", "Una bottiglia da 0,750 litri, quota 1,750 per la vittoria, 1,250 chilometri e 3,125 milioni."),
            .flags("it", "L'abbonamento annuale costa ⟦1,500⟧ euro.", suggestion: "1.500"),
            .passes("it", "Il peso regolamentare del disco è di 2,000 kg; «we sold 1,200,000 cars and 1,500 trucks», ha detto."),
            .passes(
                "it",
                "La benzina costa 1,859 euro al litro, il gasolio 1,800 euro al litro, il dollaro 7,100 yuan per dollaro; il lancio è di 8,250 chilometri, la crescita del 3,100%."
            ),
            .passes("it", "Da 0 a 100 km/h in 4,957 secondi, e il giro in 1,250 minuti."),
            .passes("es", "La planta dará empleo a 2,500 trabajadores."),
            .passes("fr", "Le service compte 1\u{202F}000\u{202F}000 d'utilisateurs et 30,6\u{A0}% de parts de marché."),
            .passes("en", "The app has 1,000 users and grew 3.5% to 1,234.5 dollars."),
            .passes("de", "Der Umsatz stieg um 3,5 Prozent auf 1.000.000 Euro."),
            .passes("es", "La economía de México creció 3.5% y la inversión alcanzó 2,500 millones de dólares."),
            .flags("es", "La economía creció un 3,5 % en el año y un ⟦4.2⟧ % en el trimestre.", suggestion: "4,2"),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// One finding per figure on `30.6% 30.6% ...`: made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        if Self.followsAnotherRegion(analysis) { return findings }
        // Read once per document, at the first number that needs them.
        var durationWords: Set<String>?
        func durations() -> Set<String> {
            if let durationWords { return durationWords }
            let read = Self.durationWords(in: analysis.language.locale)
            durationWords = read
            return read
        }
        // Read at the first finding: a number inside a quotation in another language keeps
        // that language's marks (`«we sold 1,200,000 cars»`).
        var foreignQuotations: KeptQuotations?
        for figure in analysis.figures {
            if let found = finding(for: figure, in: analysis) ?? englishGroupingBeforeCount(figure, in: analysis, durationWords: durations)
            {
                if foreignQuotations == nil { foreignQuotations = KeptQuotations(analysis, longest: 0) }
                if foreignQuotations?.isInForeignQuotation(found.range) == true { continue }
                findings.append(found)
            }
        }
        return findings
    }

    /// CLDR's names of time units in `locale`'s language (`secondi`, `ore`), word by word.
    private static func durationWords(in locale: ICULocale) -> Set<String> {
        var words = Set<String>()
        for unit in ["duration/millisecond", "duration/second", "duration/minute", "duration/hour", "duration/day"] {
            for name in (try? UnitNames.names(of: unit, locale: locale)) ?? [] {
                words.formUnion(TextTransforms.lowercased(name, locale: locale).split(separator: " ").map(String.init))
            }
        }
        return words
    }

    /// `16,500 dipendenti`: one group of three digits after a comma, which the language reads
    /// as a decimal comma (16,5), right before a word that counts things. Three decimals are
    /// not how news counts people, cars or jobs: the comma groups thousands, the English
    /// way. Not with a unit or scale word (`1,250 chilometri`), a time (`4,957 secondi`, a
    /// measure), a whole part of 0 (`0,750`), a function word after the number (`quota 1,750
    /// per la vittoria`), or in a language whose other regions group with the comma (Mexican
    /// Spanish `2,500 empleados`).
    private func englishGroupingBeforeCount(
        _ figure: Figure, in analysis: Analysis, durationWords: () -> Set<String>
    ) -> Diagnostic? {
        guard figure.kind == .quantity, let style = figure.digits, style.convention == .ambiguous,
            style.decimalSeparator == ",", figure.scale == nil, figure.value >= 1,
            let profile = analysis.language.profile, profile.figureWords.regionalNumberLocales.isEmpty,
            let numbers = analysis.numbers, numbers.decimalSeparator == ",",
            let index = analysis.tokenIndex(startingAt: figure.numberRange.lowerBound), index + 1 < analysis.tokens.count
        else { return nil }
        let text = analysis.text
        let written = analysis.string(figure.numberRange)
        let digits = written.filter(\.isNumber)
        let grouped = DigitParser.group(digits, with: numbers.groupingSeparator)
        if let unit = figure.unit {
            // Money with three decimals that end in `00` (`1,500 euro`): news would write `1,5`.
            // Money has a third decimal only as a price per unit or a rate (`1,859 euro al
            // litro`, `7,100 yuan per dollaro`), left alone; a measure has one when it is
            // precise (`4,000 kg`, a discus), also left alone.
            guard case .currency = unit.kind, digits.hasSuffix("00") else { return nil }
            let after = analysis.firstTokenIndex(atOrAfter: max(figure.fullRange.upperBound, unit.range.upperBound))
            if after < analysis.tokens.count, Self.rateWords.contains(analysis.lowercased(analysis.tokens[after])) { return nil }
            let shown = analysis.string(figure.fullRange).collapsingWhiteSpace
            return diagnostic(
                figure.numberRange,
                "`\(shown)`: `\(written)` reads as \(written) with three decimals in \(analysis.languageName), which an amount"
                    + " of this kind does not have: the comma groups thousands the English way; \(analysis.languageName) writes `\(grouped)`",
                suggestions: [grouped], confidence: .medium)
        }
        let next = analysis.tokens[index + 1]
        guard next.kind == .word, next.end - next.start >= 4, Int(next.start) - figure.numberRange.upperBound == 1,
            text[figure.numberRange.upperBound] == 0x20, !analysis.hasStopWord(index + 1),
            CodeUnit.startsLowercase(next, in: text) || (numbers.capitalizesNouns && CodeUnit.isUppercase(text[Int(next.start)])),
            !durationWords().contains(analysis.lowercased(next))
        else { return nil }
        return diagnostic(
            figure.numberRange,
            "`\(written) \(analysis.string(next))`: `\(written)` reads as a decimal in \(analysis.languageName); before a count it groups"
                + " thousands the English way: \(analysis.languageName) writes `\(grouped)`",
            suggestions: [grouped], confidence: .medium)
    }

    /// Words after an amount that make it a price per unit or an exchange rate (`al litro`,
    /// `per dollaro`, `contre l'euro`), in any of the languages.
    static let rateWords: Set<String> = [
        "al", "allo", "alla", "per", "contro", "sul", "sulla", "par", "pour", "contre", "por", "contra", "pelo", "pela",
        "je", "pro", "gegen", "gegenüber", "a", "à",
    ]

    /// True when a text of no region writes every number that shows its marks the way one
    /// other region of its language does (Mexican Spanish `3.5%` and `2,500`), and none the
    /// language's own way: that region's convention, not another language's. A text that
    /// mixes the two is flagged as before.
    static func followsAnotherRegion(_ analysis: Analysis) -> Bool {
        guard let profile = analysis.language.profile, !profile.figureWords.regionalNumberLocales.isEmpty,
            analysis.language.locale.identifier == analysis.language.locale.language
        else { return false }
        let styles = analysis.figures.compactMap(\.digits)
        guard styles.contains(where: { $0.convention == .foreign }) else { return false }
        // The language's own marks anywhere: the text follows the language's convention.
        if styles.contains(where: { $0.convention == .local && ($0.decimalSeparator != nil || $0.groupingSeparator != nil) }) {
            return false
        }
        return profile.figureWords.regionalNumberLocales.contains { tag in
            guard let locale = try? ICULocale(languageTag: tag), let symbols = try? NumberSymbols(locale: locale) else { return false }
            return styles.allSatisfy { style in
                guard style.convention == .foreign else { return true }
                let decimalFits = style.decimalSeparator.map { String($0) == symbols.decimalSeparator } ?? true
                let groupingFits = style.groupingSeparator.map { String($0) == symbols.groupingSeparator } ?? true
                return decimalFits && groupingFits
            }
        }
    }

    /// True when percentage or basis points follow the number, one space after it (`0.5
    /// punti percentuali`): a measure, as a unit is.
    static func isBeforePointPhrase(_ figure: Figure, in analysis: Analysis) -> Bool {
        guard let phrases = analysis.language.profile?.figureWords.pointPhrases, !phrases.isEmpty else { return false }
        let text = analysis.text
        let start = figure.numberRange.upperBound + 1
        guard start < text.count, [0x20, 0xA0, 0x202F].contains(text[figure.numberRange.upperBound]) else { return false }
        let longest = phrases.map(\.utf16.count).max() ?? 0
        let following = TextTransforms.lowercased(
            String(utf16Units: text[start..<min(text.count, start + longest + 1)]), locale: analysis.language.locale)
        return phrases.contains { phrase in
            guard following.hasPrefix(phrase) else { return false }
            let after = following.dropFirst(phrase.count).first
            return after.map { !$0.isLetter } ?? true
        }
    }

    private func finding(for figure: Figure, in analysis: Analysis) -> Diagnostic? {
        guard figure.kind == .quantity, let style = figure.digits, style.convention == .foreign,
            let local = style.localForm
        else { return nil }
        let hasGroups = style.groupingSeparator != nil
        // A lone foreign decimal mark needs a unit or scale word to be unambiguous.
        guard hasGroups || figure.unit != nil || figure.scale != nil || Self.isBeforePointPhrase(figure, in: analysis) else { return nil }
        let written = analysis.string(figure.numberRange)
        let shown = analysis.string(figure.fullRange).collapsingWhiteSpace
        let reason: String
        if let decimal = style.decimalSeparator, style.groupingSeparator == nil {
            reason = "uses `\(decimal)` as the decimal mark"
        } else if let grouping = style.groupingSeparator, style.decimalSeparator == nil {
            reason = "groups thousands with `\(grouping)`"
        } else {
            reason = "uses another language's decimal and grouping marks"
        }
        let own = analysis.numbers.map { " (decimal `\($0.decimalSeparator)`)" } ?? ""
        return diagnostic(
            figure.numberRange,
            "`\(shown)` \(reason), the convention of another language; \(analysis.languageName)\(own) writes `\(local)` for `\(written)`",
            suggestions: [local]
        )
    }
}
