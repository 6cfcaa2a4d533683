import MTLintText

/// The words of a language that figures are made of and that ICU has no list of: currency
/// names as news prose writes them, the little words between a number and its unit, the
/// phrases that introduce a conversion. Scale words (`milioni`, `Milliarden`), month names and
/// number words come from ICU instead (compact-long formats, calendar names, spell-out rules).
public struct FigureWords: Sendable {
    /// Currency names, lower case, one or more words, to ISO 4217 codes.
    public var currencies: [String: String] = [:]
    /// Words between a scale word or number and its unit (`20 milioni di dollari`).
    public var unitConnectors: Set<String> = []
    /// Spelled-out percent (`per cento`), lower case.
    public var percentPhrases: [String] = []
    /// Phrases that introduce the same amount in another currency or unit (`pari a`), lower case.
    public var conversionMarkers: [String] = []
    /// Words before a time of day (`alle 14.30`).
    public var timeMarkers: Set<String> = []
    /// Words before a version number (`versione 2.1`).
    public var versionMarkers: Set<String> = []
    /// Number words that ICU's spell-out rules parse only with a number before them
    /// (English `hundred` needs `one hundred`), with their values.
    public var unitNumberWords: [String: Int] = [:]
    /// Number words that are more often articles (`un`, `one`): never miscapitalised numbers.
    public var articleNumberWords: Set<String> = []
    /// Phrases after a scale word that add a half (`due milioni e mezzo`), lower case.
    public var halfPhrases: [String] = []
    /// Words around a range (`da 20 a 25`), lower case: the word before the first number and
    /// the word between the two.
    public var rangeWords: [(from: String, to: String)] = []
    /// Units of length and mass as words, lower case, to their symbols (`chilometri` -> `km`).
    public var measureWords: [String: String] = [:]

    public init() {}
}
