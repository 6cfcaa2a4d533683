import ICU
import MTLintText

/// The words of a language that figures are made of: currency and unit names as news prose
/// writes them, the little words between a number and its unit, the phrases that introduce a
/// conversion. Each language's file (Language/Languages/) writes its own, and
/// `addingLocaleData` adds what ICU's CLDR data has: currency names, unit names, percent.
/// Scale words (`milioni`, `Milliarden`), month names and number words come from ICU alone
/// (compact-long formats, calendar names, spell-out rules).
public struct FigureWords: Sendable {
    /// Currency names, lower case, one or more words, to ISO 4217 codes: the language file's
    /// and CLDR's long and plural names of the same currencies (`dollari statunitensi`,
    /// `sterline britanniche`). The file's list is for what CLDR lacks: the names news prose
    /// uses (`dollari`, `dollari USA`, `yuan` for the renminbi) and plurals CLDR does not give.
    public var currencies: [String: String]
    /// Words between a scale word or number and its unit (`20 milioni di dollari`). No CLDR
    /// data: its unit patterns have none (`{0} chilometri`).
    public var unitConnectors: Set<String>
    /// The letters before which a connector ending in an apostrophe stands for the plain one,
    /// in the wording of suggestions (French `millions d'euros`, `millions de dollars`). No
    /// CLDR data.
    public var elidingInitials: String
    /// Spelled-out percent (`per cento`), lower case: the language file's and CLDR's long name
    /// of the unit `concentr/percent` (`percento`).
    public var percentPhrases: [String]
    /// Percent signs: `%`, the full-width `％` of CJK text, and the language's own (ICU's
    /// number symbols).
    public var percentSigns: Set<String>
    /// Per-mille signs: `‰` and the language's own (ICU's number symbols).
    public var perMilleSigns: Set<String>
    /// Phrases that introduce the same amount in another currency or unit (`pari a`), lower
    /// case. No CLDR data.
    public var conversionMarkers: [String]
    /// Words before a time of day (`alle 14.30`). No CLDR data (its time patterns are formats,
    /// not the prepositions of prose).
    public var timeMarkers: Set<String>
    /// Words before a version number (`versione 2.1`). No CLDR data.
    public var versionMarkers: Set<String>
    /// Number words that ICU's spell-out rules parse only with a number before them
    /// (English `hundred` needs `one hundred`), with their values.
    public var unitNumberWords: [String: Int]
    /// Number words that are more often articles (`un`, `one`): never miscapitalised numbers.
    /// No CLDR data.
    public var articleNumberWords: Set<String>
    /// Phrases after a scale word that add a half (`due milioni e mezzo`), lower case. No
    /// CLDR data.
    public var halfPhrases: [String]
    /// Words around a range (`da 20 a 25`), lower case: the word before the first number and
    /// the word between the two. CLDR's range pattern is `{0}-{1}`, without words.
    public var rangeWords: [(from: String, to: String)]
    /// Units of length and mass as words, lower case, to their symbols (`chilometri` -> `km`):
    /// the language file's and CLDR's long names of the same units, in every plural form and
    /// grammatical case (`chilogrammo`, German `Kilometern`). The file's list is for what CLDR
    /// lacks: colloquial forms (`chili`, `kilos`) and other spellings (`quilómetros`).
    public var measureWords: [String: String]
    /// Locales of the language's other regions whose scale words (ICU's compact-long
    /// patterns) are also legal in a text whose region is not known: Portuguese `mil milhões`
    /// (Portugal) beside `bilhões` (Brazil, ICU's `pt`). Only words the main locale lacks are
    /// added, so no word changes its value.
    public var regionalScaleLocales: [String]
    /// Locales of the language's other regions that write numbers with other marks, which
    /// the language's norm accepts: Mexican and Central American Spanish a decimal point and a
    /// grouping comma (`3.5%`, `2,500`; the RAE accepts the point). A text of no region that
    /// writes its numbers only that way follows that region (figure/foreign-separator leaves
    /// it alone). Not Swiss German (`3.5 Prozent`): a decimal point copied from the source is
    /// the damage a German translation most often shows, and Duden writes the comma.
    public var regionalNumberLocales: [String]
    /// Vague quantities of a scale (`decine di migliaia`, `centaines de millions`), lower
    /// case, to the power of ten they stand for. Prose writes them without a number; after
    /// digits they are 万 or 亿 rendered word by word (`400 decine di migliaia` for 400万).
    /// No CLDR data.
    public var countedScales: [String: Int]
    /// The language's words for 10^18 (Italian `trilione`, French `trillion`), lower case: in
    /// news they render the English `trillion`, 10^12, a word for a word. No CLDR data (its
    /// compact-long patterns stop at 10^15).
    public var trillionCalques: Set<String>
    /// True when edited news of the language writes that calque too (Italian `33 trilioni di
    /// dollari` in a professional article): a note of low confidence, not an error.
    public var trillionCalqueIsCommon: Bool
    /// Percentage points and basis points, lower case (`punti percentuali`, `points de
    /// base`): a measure after a number, though no unit of CLDR's, so that `0.5 punti
    /// percentuali` shows a decimal point as `0.5%` does.
    public var pointPhrases: [String]

    /// The words a language file writes; by default none (a language mtlint has no file for).
    public init(
        currencies: [String: String] = [:],
        unitConnectors: Set<String> = [],
        elidingInitials: String = "",
        percentPhrases: [String] = [],
        percentSigns: Set<String> = ["%", "％"],
        perMilleSigns: Set<String> = ["‰"],
        conversionMarkers: [String] = [],
        timeMarkers: Set<String> = [],
        versionMarkers: Set<String> = [],
        unitNumberWords: [String: Int] = [:],
        articleNumberWords: Set<String> = [],
        halfPhrases: [String] = [],
        rangeWords: [(from: String, to: String)] = [],
        measureWords: [String: String] = [:],
        regionalScaleLocales: [String] = [],
        regionalNumberLocales: [String] = [],
        countedScales: [String: Int] = [:],
        trillionCalques: Set<String> = [],
        trillionCalqueIsCommon: Bool = false,
        pointPhrases: [String] = []
    ) {
        self.currencies = currencies
        self.unitConnectors = unitConnectors
        self.elidingInitials = elidingInitials
        self.percentPhrases = percentPhrases
        self.percentSigns = percentSigns
        self.perMilleSigns = perMilleSigns
        self.conversionMarkers = conversionMarkers
        self.timeMarkers = timeMarkers
        self.versionMarkers = versionMarkers
        self.unitNumberWords = unitNumberWords
        self.articleNumberWords = articleNumberWords
        self.halfPhrases = halfPhrases
        self.rangeWords = rangeWords
        self.measureWords = measureWords
        self.regionalScaleLocales = regionalScaleLocales
        self.regionalNumberLocales = regionalNumberLocales
        self.countedScales = countedScales
        self.trillionCalques = trillionCalques
        self.trillionCalqueIsCommon = trillionCalqueIsCommon
        self.pointPhrases = pointPhrases
    }
}

extension FigureWords {
    /// The CLDR unit (its unit tree's `type/name`) of each symbol `measureWords` may map to.
    static let cldrUnits: [String: String] = [
        "km": "length/kilometer", "mi": "length/mile", "m": "length/meter", "ft": "length/foot",
        "kg": "mass/kilogram", "lb": "mass/pound",
    ]

    /// These words with ICU's data for `locale` added: the CLDR names of the currencies and
    /// units the lists already name (a language that leaves one out, as English leaves out
    /// `pounds`, keeps it out), the CLDR percent phrase and the number symbols. What the lists
    /// hold is kept as it is; what ICU cannot give is left out.
    package func addingLocaleData(_ locale: ICULocale) -> FigureWords {
        var words = self
        for code in Set(currencies.values).sorted() {
            for name in (try? CurrencyNames.names(of: code, locale: locale)) ?? [] {
                let phrase = Self.phrase(name, locale)
                if !phrase.isEmpty, words.currencies[phrase] == nil { words.currencies[phrase] = code }
            }
        }
        for symbol in Set(measureWords.values).sorted() {
            guard let unit = Self.cldrUnits[symbol] else { continue }
            for name in (try? UnitNames.names(of: unit, locale: locale)) ?? [] {
                let phrase = withoutConnector(Self.phrase(name, locale))
                if !phrase.isEmpty, words.measureWords[phrase] == nil { words.measureWords[phrase] = symbol }
            }
        }
        for name in (try? UnitNames.names(of: "concentr/percent", locale: locale)) ?? [] {
            let phrase = withoutConnector(Self.phrase(name, locale))
            if !phrase.isEmpty, !words.percentPhrases.contains(phrase) { words.percentPhrases.append(phrase) }
        }
        if let symbols = try? NumberSymbols(locale: locale) {
            if !symbols.percentSign.isEmpty { words.percentSigns.insert(symbols.percentSign) }
            if !symbols.perMilleSign.isEmpty { words.perMilleSigns.insert(symbols.perMilleSign) }
        }
        return words
    }

    /// A name as the figure scan reads phrases: lower case, words one space apart.
    static func phrase(_ name: String, _ locale: ICULocale) -> String {
        TextTransforms.lowercased(name, locale: locale).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The phrase without a connector before it (`di chilometri`): the connector is read on its own.
    private func withoutConnector(_ phrase: String) -> String {
        let words = phrase.split(separator: " ", maxSplits: 1)
        guard words.count == 2, unitConnectors.contains(String(words[0])) else { return phrase }
        return String(words[1])
    }
}
