import MTLintText

package extension FigureWords {
    /// French: currency names, `de`/`d'` before the unit, `soit` and its kin before a conversion.
    static let french: FigureWords = {
        var words = FigureWords()
        words.currencies = [
            "dollar": "USD", "dollars": "USD", "dollars américains": "USD", "dollars us": "USD",
            "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
            "yen": "JPY", "yens": "JPY", "livre sterling": "GBP", "livres sterling": "GBP",
            "dollars de hong kong": "HKD", "dollars hongkongais": "HKD",
            "franc suisse": "CHF", "francs suisses": "CHF", "won": "KRW", "wons": "KRW",
            "roupie": "INR", "roupies": "INR", "rouble": "RUB", "roubles": "RUB",
        ]
        words.unitConnectors = ["de", "d'", "d’"]
        words.percentPhrases = ["pour cent", "pourcent"]
        words.conversionMarkers = ["soit", "environ", "l'équivalent de", "l’équivalent de", "c'est-à-dire", "c’est-à-dire"]
        words.timeMarkers = ["à", "vers"]
        words.versionMarkers = ["version", "v"]
        words.articleNumberWords = ["un", "une"]
        words.measureWords = [
            "kilomètres": "km", "kilomètre": "km", "miles": "mi", "mile": "mi",
            "kilogrammes": "kg", "kilos": "kg", "kilo": "kg", "livres": "lb",
            "mètres": "m", "mètre": "m", "pieds": "ft", "pied": "ft",
        ]
        words.halfPhrases = ["et demi", "et demie"]
        words.rangeWords = [("de", "à"), ("entre", "et")]
        return words
    }()
}
