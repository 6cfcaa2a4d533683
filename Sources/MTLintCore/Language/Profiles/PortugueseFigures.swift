import MTLintText

package extension FigureWords {
    /// Portuguese: currency names, `de` before the unit, `cerca de` and its kin before a conversion.
    static let portuguese: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dólar": "USD", "dólares": "USD", "dólares americanos": "USD", "dólares norte-americanos": "USD",
            "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
            "iene": "JPY", "ienes": "JPY", "libra": "GBP", "libras": "GBP", "libras esterlinas": "GBP",
            "dólares de hong kong": "HKD", "franco suíço": "CHF", "francos suíços": "CHF",
            "won": "KRW", "wons": "KRW", "rupia": "INR", "rupias": "INR", "rublo": "RUB", "rublos": "RUB",
            "real": "BRL", "reais": "BRL",
        ]
        words.unitConnectors = ["de"]
        words.percentPhrases = ["por cento"]
        words.conversionMarkers = ["cerca de", "ou seja", "equivalentes a", "equivalente a", "aproximadamente"]
        words.timeMarkers = ["às", "as"]
        words.versionMarkers = ["versão", "v"]
        words.articleNumberWords = ["um", "uma"]
        words.measureWords = [
            "quilômetros": "km", "quilómetros": "km", "quilômetro": "km", "milhas": "mi", "milha": "mi",
            "quilos": "kg", "quilogramas": "kg", "libras": "lb", "metros": "m", "metro": "m", "pés": "ft",
        ]
        words.halfPhrases = ["e meio", "e meia"]
        words.rangeWords = [("de", "a"), ("entre", "e")]
        return words
    }()
}
