import MTLintText

package extension FigureWords {
    /// Spanish: currency names, `de` before the unit, `unos` and its kin before a conversion.
    static let spanish: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dólar": "USD", "dólares": "USD", "dólares estadounidenses": "USD", "dólares americanos": "USD",
            "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuanes": "CNY", "renminbi": "CNY",
            "yen": "JPY", "yenes": "JPY", "libra": "GBP", "libras": "GBP", "libras esterlinas": "GBP",
            "dólares de hong kong": "HKD", "franco suizo": "CHF", "francos suizos": "CHF",
            "won": "KRW", "wones": "KRW", "rupia": "INR", "rupias": "INR", "rublo": "RUB", "rublos": "RUB",
        ]
        words.unitConnectors = ["de"]
        words.percentPhrases = ["por ciento"]
        words.conversionMarkers = ["unos", "es decir", "equivalentes a", "equivalente a", "alrededor de", "cerca de"]
        words.timeMarkers = ["a las", "las"]
        words.versionMarkers = ["versión", "v"]
        words.articleNumberWords = ["un", "uno", "una"]
        words.measureWords = [
            "kilómetros": "km", "kilómetro": "km", "millas": "mi", "milla": "mi",
            "kilogramos": "kg", "kilos": "kg", "kilo": "kg", "libras": "lb",
            "metros": "m", "metro": "m", "pies": "ft", "pie": "ft",
        ]
        words.halfPhrases = ["y medio", "y media"]
        words.rangeWords = [("de", "a"), ("entre", "y")]
        return words
    }()
}
