import MTLintText

package extension FigureWords {
    /// Italian: currency names as Italian news writes them (singular and plural; `dollari USA`
    /// and the like count as dollars), `di`/`d'` before the unit, `pari a` and its kin before a
    /// conversion, `alle`/`ore` before a time.
    static let italian: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dollaro": "USD", "dollari": "USD", "dollari usa": "USD", "dollari statunitensi": "USD",
            "dollari americani": "USD", "dollaro usa": "USD", "dollaro statunitense": "USD",
            "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "yuan cinesi": "CNY",
            "yen": "JPY", "sterlina": "GBP", "sterline": "GBP", "sterline britanniche": "GBP",
            "dollari di hong kong": "HKD", "dollaro di hong kong": "HKD", "dollari hongkonghesi": "HKD",
            "franco svizzero": "CHF", "franchi svizzeri": "CHF", "won": "KRW", "won sudcoreani": "KRW",
            "rupia": "INR", "rupie": "INR", "rupie indiane": "INR", "rublo": "RUB", "rubli": "RUB",
        ]
        words.unitConnectors = ["di", "d'", "d’"]
        words.percentPhrases = ["per cento", "percento"]
        words.conversionMarkers = ["pari a", "circa", "ovvero", "cioè", "equivalenti a", "equivalente a", "vale a dire"]
        words.timeMarkers = ["alle", "ore", "dalle", "entro le"]
        words.versionMarkers = ["versione", "v"]
        words.articleNumberWords = ["un", "uno", "una"]
        words.measureWords = [
            "chilometri": "km", "chilometro": "km", "miglia": "mi", "miglio": "mi",
            "chilogrammi": "kg", "chili": "kg", "chilo": "kg", "libbre": "lb", "libbra": "lb",
            "metri": "m", "metro": "m", "piedi": "ft", "piede": "ft",
        ]
        words.halfPhrases = ["e mezzo", "e mezza"]
        words.rangeWords = [("da", "a"), ("tra", "e"), ("fra", "e")]
        return words
    }()
}
