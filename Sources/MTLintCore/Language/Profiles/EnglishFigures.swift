import MTLintText

package extension FigureWords {
    /// English: currency names, `about` and its kin before a conversion, and `hundred`, which
    /// ICU's spell-out parses only as `one hundred`. `pounds` is left out: money or mass.
    static let english: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
            "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "pounds sterling": "GBP", "sterling": "GBP",
            "hong kong dollars": "HKD", "swiss francs": "CHF", "won": "KRW", "rupees": "INR", "rupee": "INR",
            "rubles": "RUB", "roubles": "RUB",
        ]
        words.percentPhrases = ["percent", "per cent"]
        words.conversionMarkers = ["about", "roughly", "around", "or about", "equivalent to", "some"]
        words.timeMarkers = ["at", "by"]
        words.versionMarkers = ["version", "v"]
        words.unitNumberWords = ["hundred": 100]
        words.articleNumberWords = ["one", "a", "an"]
        words.measureWords = [
            "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "mi", "mile": "mi",
            "kilograms": "kg", "kilogram": "kg", "metres": "m", "meters": "m", "feet": "ft", "foot": "ft",
        ]
        words.halfPhrases = ["and a half"]
        words.rangeWords = [("from", "to"), ("between", "and")]
        return words
    }()
}
