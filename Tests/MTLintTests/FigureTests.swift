import Foundation
import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// Figure extraction: what each number in a text is, its exact value, scale and unit.
@Suite struct FigureExtractionTests {
    private func figures(_ text: String, _ language: String) throws -> (Analysis, [Figure]) {
        let analysis = try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: language)))
        return (analysis, analysis.figures)
    }

    /// The kind of the figure whose text (full range) is `written`.
    private func kind(of written: String, in text: String, _ language: String = "it") throws -> Figure.Kind? {
        let (analysis, figures) = try figures(text, language)
        return figures.first { analysis.string($0.fullRange) == written || analysis.string($0.numberRange) == written }?.kind
    }

    @Test(arguments: [
        ("2", "Il 2 agosto 2024 è uscito.", Figure.Kind.date),
        ("2024", "Il 2 agosto 2024 è uscito.", .date),
        ("2024-08-02", "Datato 2024-08-02, il documento.", .date),
        ("31/07", "Dal 31/07 si cambia.", .date),
        ("31.07.2024", "In vigore dal 31.07.2024 in poi.", .date),
        ("14:30", "Alle 14:30 inizia.", .time),
        ("14.30", "Si parte alle 14.30 in punto.", .time),
        ("2023", "Nel 2023 è cresciuta.", .year),
        ("1", "Il 1° ottobre parte.", .date),
        ("2ª", "È la 2ª edizione.", .ordinal),
        ("1st", "It is the 1st edition.", .ordinal),
        ("4", "Usa GPT-4 ogni giorno.", .version),
        ("17.4", "Serve iOS 17.4 o successivo.", .version),
        ("3.1", "Il modello Llama 3.1 è aperto.", .version),
        ("10", "Gira su Windows 10 e basta.", .version),
        ("2.1", "Esce la versione 2.1 oggi.", .version),
        ("39", "Chiamate il +39 02 1234 5678 subito.", .phone),
        ("2024", "Vedi https://example.com/report-2024.pdf per i dati.", .identifier),
        ("1", "Lo dice la fonte [1] citata.", .identifier),
        ("30,6%", "Crescita del 30,6% annuo.", .quantity),
        ("15", "Servono 15 anni per ripagarli.", .quantity),
    ])
    func recognisesWhatANumberIs(_ written: String, _ text: String, _ expected: Figure.Kind) throws {
        #expect(try kind(of: written, in: text) == expected)
    }

    @Test func valuesAreExactDecimals() throws {
        let (analysis, figures) = try figures("Investe 13 miliardi di dollari, lo 0,1% del totale, e 1.234,56 euro.", "it")
        let quantities = figures.filter { $0.kind == .quantity }
        #expect(quantities.map { analysis.string($0.fullRange) } == ["13 miliardi di dollari", "0,1%", "1.234,56 euro"])
        #expect(quantities.map(\.value) == [Decimal(string: "13000000000")!, Decimal(string: "0.1")!, Decimal(string: "1234.56")!])
        #expect(quantities.map(\.notation) == [.mixed, .digits, .digits])
        #expect(quantities.map { $0.unit?.kind } == [.currency("USD"), .percent, .currency("EUR")])
        #expect(quantities[0].scale?.isLegal == true)
        #expect(quantities[0].scale?.multiplier == 1_000_000_000)
    }

    @Test func readsMinusSignsButNotHyphens() throws {
        let (analysis, figures) = try figures("Utile a -5%, poi −3,5 milioni di euro; una forbice 20-25% e GPT-4.", "it")
        let quantities = figures.filter { $0.kind == .quantity }
        #expect(quantities.map { analysis.string($0.range) } == ["-5", "−3,5 milioni", "20", "25"])
        #expect(quantities.map(\.value) == [-5, -3_500_000, 20, 25])
    }

    @Test func readsHalvesAndRanges() throws {
        let (analysis, figures) = try figures(
            "Vale due milioni e mezzo di euro; i ricavi vanno da 20 a 25 milioni, i margini 20-25%.", "it")
        let quantities = figures.filter { $0.kind == .quantity }
        #expect(quantities.map { analysis.string($0.range) } == ["due milioni e mezzo", "20", "25 milioni", "20", "25"])
        #expect(quantities.first?.value == 2_500_000)
        #expect(quantities.map { $0.rangePartner.map { analysis.string($0) } } == [nil, "25 milioni", "20", "25%", "20"])
    }

    /// Only a dash or one word between two figures can make them a range; the test on code
    /// units that spares the rest a String keeps every linking gap, a decomposed accent too.
    @Test func onlyADashOrOneWordMayLinkARange() throws {
        for gap in ["-", " – ", "至", "~", " a ", " e ", "  and  ", " a\u{300} ", "bis"] {
            #expect(FigureExtractor.mayLinkRange(Array(gap.utf16)[...]), "\(gap.debugDescription)")
        }
        for gap in [" euro e ", " and\u{A0}", ", poi ", " (2023) ", "    "] {
            #expect(!FigureExtractor.mayLinkRange(Array(gap.utf16)[...]), "\(gap.debugDescription)")
        }
        let (analysis, figures) = try figures("Saliranno de 10 a\u{300} 20 millions.", "fr")
        #expect(figures.first?.rangePartner.map { analysis.string($0) } == "20 millions")
    }

    @Test func findsUnitsBeforeAndAfter() throws {
        let (analysis, figures) = try figures("Costa $20, € 4,99, USD 30, 40 dollari USA, 50 yen e 60 chilometri.", "it")
        #expect(figures.map { analysis.string($0.fullRange) } == ["$20", "€ 4,99", "USD 30", "40 dollari USA", "50 yen", "60 chilometri"])
        #expect(figures.map { $0.unit?.form } == [.symbol, .symbol, .code, .word, .word, .word])
        #expect(figures.map { $0.unit?.isPrefix } == [true, true, true, false, false, false])
    }

    /// Currency and unit names from CLDR, beside those of the language files: `Chinese yuan`
    /// (not in the English file: `Chinese` starts no unit there), `chilogrammo`, German `Kilometern`.
    @Test func readsCurrencyAndUnitNamesFromCLDR() throws {
        let (english, inEnglish) = try figures("It raised 10 billion Chinese yuan, or 5 billion Indian rupees.", "en")
        #expect(inEnglish.map { english.string($0.fullRange) } == ["10 billion Chinese yuan", "5 billion Indian rupees"])
        #expect(inEnglish.map { $0.unit?.kind } == [.currency("CNY"), .currency("INR")])
        let (italian, inItalian) = try figures("Pesa 1 chilogrammo e costa 3 sterline britanniche.", "it")
        #expect(inItalian.map { italian.string($0.fullRange) } == ["1 chilogrammo", "3 sterline britanniche"])
        let (german, inGerman) = try figures("Mit 300 Kilometern pro Stunde.", "de")
        #expect(inGerman.map { $0.unit?.kind } == [.measure("km")])
        #expect(inGerman.map { german.string($0.fullRange) } == ["300 Kilometern"])
    }

    @Test func readsSpelledOutNumbers() throws {
        let (analysis, figures) = try figures("Ha raccolto due miliardi di euro e ventitré milioni di dollari, non tre aziende.", "it")
        #expect(figures.map { analysis.string($0.range) } == ["due miliardi", "ventitré milioni"])
        #expect(figures.map(\.value) == [2_000_000_000, 23_000_000])
        #expect(figures.allSatisfy { $0.notation == .words })
    }

    @Test func joinsFrenchSpaceGrouping() throws {
        let (analysis, figures) = try figures(
            "Le groupe compte 2\u{202F}500\u{202F}000 utilisateurs et 1 200 salariés en 2023 100 fois.", "fr")
        let quantities = figures.filter { $0.kind == .quantity }
        #expect(quantities.map { analysis.string($0.numberRange) } == ["2\u{202F}500\u{202F}000", "1 200", "100"])
        #expect(quantities.map(\.value) == [2_500_000, 1200, 100])
    }

    @Test func marksGarbledScalePhrases() throws {
        let (analysis, figures) = try figures(
            "Vale 10 Cento milioni di dollari, 100 mila milioni di yuan e 3 dieci mila utenti, ma 10 mila euro.", "it")
        let scales = figures.compactMap(\.scale)
        #expect(scales.map(\.text) == ["cento milioni", "mila milioni", "dieci mila", "mila"])
        #expect(scales.map(\.isLegal) == [false, false, false, true])
        #expect(figures.map(\.value) == [1_000_000_000, 100_000_000_000, 30_000, 10_000])
        #expect(analysis.string(scales[0].numberWordRanges[0]) == "Cento")
    }

    @Test func valuesCJKNumerals() throws {
        let (analysis, figures) = try figures("Incassa 10亿 dollari, 1.5亿 yuan, 3万 utenti e 十亿 yuan; Samsung è 三星.", "it")
        let cjk = figures.filter { $0.notation == .cjk }
        #expect(cjk.map { analysis.string($0.numberRange) } == ["10亿", "1.5亿", "3万", "十亿"])
        #expect(cjk.map(\.value) == [1_000_000_000, 150_000_000, 30_000, 1_000_000_000])
    }

    /// A translation turns the digits' separators into its own and leaves the unit: the digits
    /// tell a decimal mark from a grouping one, whichever character it is.
    @Test func valuesCJKUnitsAfterTranslatedSeparators() throws {
        let (analysis, figures) = try figures(
            "Vende 3,5万 auto, 1.200万 moto, 1,200万 bici, 12,345.6万 treni, 44,5 万 navi; nel 2024 万科 ha perso.", "it")
        let cjk = figures.filter { $0.notation == .cjk }
        #expect(cjk.map { analysis.string($0.numberRange) } == ["3,5万", "1.200万", "1,200万", "12,345.6万", "44,5 万"])
        #expect(cjk.map(\.value) == [35_000, 12_000_000, 12_000_000, 123_456_000, 445_000])
    }

    /// Where the point is the decimal mark (Chinese, English), `.` is always one: `2.345万` is
    /// 23,450.
    /// Han digits without a unit are a date or a code, not a quantity: `五一` is May Day.
    @Test func hanDigitsWithoutAUnitAreNoQuantity() throws {
        let (analysis, figures) = try figures("La festa 五一 (wǔyī) e il 二〇二四, ma 三万 utenti.", "it")
        #expect(figures.filter { $0.notation == .cjk }.map { analysis.string($0.numberRange) } == ["三万"])
    }

    @Test func valuesCJKUnitsWithChineseMarks() throws {
        let (analysis, figures) = try figures("Sold 2.345万 cars and 1,200万 bikes.", "en")
        let cjk = figures.filter { $0.notation == .cjk }
        #expect(cjk.map { analysis.string($0.numberRange) } == ["2.345万", "1,200万"])
        #expect(cjk.map(\.value) == [23_450, 12_000_000])
    }

    @Test func undeterminedLanguageHasNoFigures() throws {
        let analysis = try Analyzer().analyze(Document(text: "12 34"), language: nil)
        #expect(analysis.language.source == .undetermined)
        #expect(analysis.figures.isEmpty)
    }
}

@Suite struct DigitParserTests {
    let italian = DigitParser(decimalSeparator: ",", groupingSeparator: ".", groupsWithSpaces: false)
    let english = DigitParser(decimalSeparator: ".", groupingSeparator: ",", groupsWithSpaces: false)
    let french = DigitParser(decimalSeparator: ",", groupingSeparator: "\u{202F}", groupsWithSpaces: true)

    @Test(arguments: [
        ("30,6", DigitStyle.Convention.local, "30.6", nil as String?),
        ("1.000", .local, "1000", nil),
        ("1.234.567,5", .local, "1234567.5", nil),
        ("30.6", .foreign, "30.6", "30,6"),
        ("1,000,000", .foreign, "1000000", "1.000.000"),
        ("1,234.5", .foreign, "1234.5", "1.234,5"),
        ("1,000", .ambiguous, "1", nil),
        ("2024", .local, "2024", nil),
    ])
    func readsItalianNumbers(_ written: String, _ convention: DigitStyle.Convention, _ value: String, _ local: String?) throws {
        let reading = try #require(italian.read(written))
        #expect(reading.style.convention == convention)
        #expect(reading.value == Decimal(string: value)!)
        #expect(reading.style.localForm == local)
    }

    @Test func readsEnglishAndFrenchNumbers() throws {
        #expect(english.read("1,000")?.style.convention == .local)
        #expect(english.read("30,6")?.style.localForm == "30.6")
        #expect(english.read("1.000.000")?.style.localForm == "1,000,000")
        #expect(french.read("1 000 000")?.style.convention == .local)
        #expect(french.read("1,000,000")?.style.localForm == "1\u{202F}000\u{202F}000")
    }

    @Test(arguments: ["31.07.2024", "1.2.3", "1,2,3", "1.23,4.5", "12a"])
    func refusesWhatIsNotAPlainNumber(_ written: String) {
        #expect(italian.read(written) == nil)
    }
}

/// The scale words and number words come from ICU, not from a hand list.
@Suite struct NumberVocabularyTests {
    private func vocabulary(_ tag: String) throws -> NumberVocabulary {
        let locale = try ICULocale(languageTag: tag)
        return try NumberVocabulary(locale: locale, words: LanguageProfile.named(locale.language)?.figureWords ?? FigureWords())
    }

    @Test func legalScalesComeFromCompactLongPatterns() throws {
        let italian = try vocabulary("it")
        #expect(italian.legalScales["mila"] == 1000)
        #expect(italian.legalScales["milioni"] == 1_000_000)
        #expect(italian.legalScales["miliardo"] == 1_000_000_000)
        #expect(italian.legalScales["mila miliardi"] == 1_000_000_000_000)
        #expect(italian.legalScales["cento milioni"] == nil)
        #expect(try vocabulary("es").legalScales["mil millones"] == 1_000_000_000)
        #expect(try vocabulary("de").legalScales["milliarden"] == 1_000_000_000)
        #expect(try vocabulary("de").capitalizesNouns)
        #expect(try !vocabulary("fr").capitalizesNouns)
    }

    @Test func numberWordsAreCardinalsOnly() throws {
        let italian = try vocabulary("it")
        #expect(italian.numberWordValue("cento") == 100)
        #expect(italian.numberWordValue("ventitré") == 23)
        #expect(italian.numberWordValue("secondo") == nil)  // an ordinal and a preposition
        #expect(italian.numberWordValue("milioni") == nil)
        #expect(try vocabulary("es").numberWordValue("millones") == nil)  // not `mil` + rest
        #expect(try vocabulary("en").numberWordValue("hundred") == 100)
    }

    /// The word after every number is tested on its first code units before it is lower-cased
    /// for the unit tables: units, connectors and glued connectors pass in any case, other
    /// words do not, and a start that folds otherwise than it lower-cases always passes.
    @Test func unitWordPretestTurnsAwayOnlyWordsThatStartNoUnit() throws {
        let italian = try vocabulary("it")
        func passes(_ word: String) -> Bool { italian.mayStartUnitWord(Array(word.utf16)[...]) }
        for unit in ["dollari", "DOLLARI", "Euro", "per", "di", "d'", "d’euro", "d'euro", "chilometri", "yuan"] {
            #expect(passes(unit), "\(unit)")
        }
        for word in ["aziende", "anni", "Milano", "è", "(", "2024"] {
            #expect(!passes(word), "\(word)")
        }
        #expect(passes("ΔΟΛΆΡΙΑ"))  // capitals above Latin-1: left to the full test
        let turkish = try vocabulary("tr")
        #expect(turkish.mayStartUnitWord(Array("IRGAT".utf16)[...]))  // `I` lower-cases to `ı` there
    }

    @Test func monthNamesComeFromTheCalendar() throws {
        #expect(try vocabulary("it").monthNames.isSuperset(of: ["agosto", "ago", "gennaio"]))
        #expect(try vocabulary("de").monthNames.contains("august"))
    }
}

/// Clean, professionally edited text in each language: no figure rule may fire.
@Suite struct FigureRulesOnCleanTextTests {
    @Test(arguments: [
        (
            "it",
            """
            Il 1° gennaio 2025, alle 9.30, la società ha presentato ricavi per 1.234,5 milioni di euro (+12,4%), contro 1.100 milioni di euro nel 2023.
            Per informazioni chiamare il +39 02 1234 5678 o visitare https://www.example.it/report-2024.pdf (pagina 12).
            I modelli GPT-4, Qwen2.5, Llama 3.1 e DeepSeek-V3 girano su chip A100 con iOS 17.4, Windows 11 e Android 14; la rete 5G copre il 98% del Paese.
            La partita è finita 3-1 davanti a 20-25 mila spettatori; negli anni '90 il club contava da 20 a 25 milioni di tifosi [1].
            Prezzi: 4,99 euro al mese, 49,90 euro l'anno, 1.200 euro per le imprese. L'art. 3.2 del regolamento è in vigore dal 31.07.2024.
            La Mille Miglia, il Movimento Cinque Stelle e le Tre Valli Varesine sono nomi propri; Otto è il nome del fondatore.
            Nel 2023 cento milioni di persone hanno usato l'app, con un miliardo di messaggi al giorno.
            Al cambio di 7,8 yuan per dollaro, 100 milioni di yuan (circa 13,8 milioni di dollari) e 10 milioni di dollari (78 milioni di yuan).
            """
        ),
        (
            "en",
            """
            On January 1, 2025, at 9:30 a.m., the company reported revenue of $1.2 billion, up 12.4% from 2023.
            Call +1 (555) 123-4567 or see https://example.com/report. Version 2.1 of the app runs on iOS 17.4 and Windows 11.
            The company has 1,000 employees, 350,000 customers and one hundred million users; sales reached $1,234.5 million.
            It invested 10 billion yuan (about $1.4 billion) and 500 million euros ($540 million), a 3.5% stake.
            """
        ),
        (
            "de",
            """
            Am 2. August 2024 um 14.30 Uhr meldete der Konzern einen Umsatz von 1,2 Milliarden Euro, ein Plus von 3,5 %.
            Der Konzern beschäftigt 1.200 Mitarbeiter und hat 2,5 Millionen Kunden; die Aktie stieg um 4,5 %.
            Die Firma, die die Lizenz besitzt, investiert 3 Milliarden Yuan, rund 400 Millionen Euro, in Version 2.1.
            """
        ),
        (
            "pt",
            """
            Em 2 de agosto de 2024, às 14h30, a empresa anunciou receita de 2,5 bilhões de reais, alta de 12,4%.
            A empresa tem 1.200 funcionários e 350 mil clientes; investiu 10 milhões de dólares e cobra R$ 4,99 por mês.
            """
        ),
        (
            "fr",
            """
            Le 2 août 2024, à 14 h 30, le groupe a annoncé un chiffre d'affaires de 1,5 milliard d'euros, en hausse de 12,4\u{A0}%.
            Le groupe emploie 1\u{202F}200 salariés et compte 2\u{202F}500\u{202F}000 utilisateurs ; il a levé 10 milliards de yuans (environ 1,3 milliard d'euros).
            La version 2.1 fonctionne sous iOS 17.4 ; le 31/07, le 1er janvier et au XXIe siècle.
            """
        ),
        (
            "es",
            """
            El 2 de agosto de 2024, a las 14:30, la empresa anunció ingresos de 1.500 millones de euros, un 30,6 % más.
            Tiene 1.200 empleados y 2,5 millones de clientes; invirtió 10 mil millones de dólares en la versión 2.1.
            """
        ),
    ])
    func noFigureFindings(_ language: String, _ text: String) throws {
        let report = try lint(text, language: language)
        let figures = report.diagnostics.filter { $0.ruleID.hasPrefix("figure/") }
        #expect(figures.map { "\($0.ruleID): \($0.text)" } == [])
    }
}

@Suite struct ConversionMismatchEdgeTests {
    /// Found by an audit after the fuzzers' finds: amounts of 1e-126 made the corrected
    /// scale (1e-123 times 0.000001) fall below Decimal's smallest magnitude, and Foundation
    /// trapped (exit 132). The implausible rate is still reported, without a correction.
    @Test func amountsTooSmallForACorrectedScale() throws {
        let tiny = "0." + String(repeating: "0", count: 125) + "1"
        let report = try lint("₩\(tiny) ($\(tiny) thousand)\n", language: "en", rules: [ConversionMismatchRule()])
        #expect(report.diagnostics.map(\.text) == ["$\(tiny) thousand"])
        let finding = try #require(report.diagnostics.first)
        #expect(finding.diagnostic.message.contains("implies 1 KRW = 1,000 USD, far from any plausible rate"))
        #expect(finding.diagnostic.suggestions.isEmpty)
    }
}
