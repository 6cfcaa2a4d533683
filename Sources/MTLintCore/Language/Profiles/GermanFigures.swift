import MTLintText

package extension FigureWords {
    /// German: currency names (nouns, matched case-insensitively), `rund` and its kin before a
    /// conversion, and `hundert`, which ICU's spell-out parses only as `einhundert`.
    static let german: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dollar": "USD", "us-dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
            "yen": "JPY", "pfund": "GBP", "pfund sterling": "GBP", "hongkong-dollar": "HKD",
            "franken": "CHF", "schweizer franken": "CHF", "won": "KRW", "rupien": "INR", "rupie": "INR", "rubel": "RUB",
        ]
        words.percentPhrases = ["prozent"]
        words.conversionMarkers = ["rund", "umgerechnet", "etwa", "also", "knapp", "gut"]
        words.timeMarkers = ["um", "gegen"]
        words.versionMarkers = ["version", "v"]
        words.unitNumberWords = ["hundert": 100]
        words.articleNumberWords = ["ein", "eine", "einen", "einem", "einer", "eins"]
        words.measureWords = [
            "kilometer": "km", "meilen": "mi", "meile": "mi", "kilogramm": "kg", "kilo": "kg",
            "meter": "m", "fuß": "ft",
        ]
        words.halfPhrases = []
        words.rangeWords = [("von", "bis"), ("zwischen", "und")]
        return words
    }()
}
