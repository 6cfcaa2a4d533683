import MTLintText

/// German: everything mtlint knows of the language that ICU's locale data does not hold.
/// `LanguageProfile.all` adds ICU's own data to these lists (currency and unit names, percent,
/// quotation marks, minutes; see LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let german = LanguageProfile(
        code: "de",
        dictionaries: ["de_DE"],
        // Articles, prepositions, conjunctions, pronouns and auxiliaries among the most
        // frequent words of German news prose.
        stopWords: """
            der die das den dem des ein eine einen einem einer eines und ist in im zu zum zur mit von vom
            auf für nicht sich auch es sie er an am als bei nach aus wird werden hat haben sind war wie
            noch nur über um oder aber dass wurde ich wir ihr
            """,
        // A relative pronoun followed by the article of the same form, which grammar allows
        // right after the comma that opens the clause, or after the comma and a preposition
        // (`die Firma, die die Lizenz besitzt`, `Geräte, für die die Regel gilt`).
        allowedRepetitions: ["die", "der", "das", "den", "dem"].reduce(into: [:]) {
            $0[$1] = .afterComma(orPreposition: relativePrepositions)
        },
        // Nouns, matched case-insensitively. No word stands between a number and its unit
        // (`20 Millionen Dollar`); `zweieinhalb` is one word, so there are no half phrases.
        figureWords: FigureWords(
            currencies: [
                "dollar": "USD", "us-dollar": "USD", "euro": "EUR", "yuan": "CNY", "renminbi": "CNY",
                "yen": "JPY", "pfund": "GBP", "pfund sterling": "GBP", "hongkong-dollar": "HKD",
                "franken": "CHF", "schweizer franken": "CHF", "won": "KRW", "rupien": "INR", "rupie": "INR", "rubel": "RUB",
            ],
            percentPhrases: ["prozent"],
            conversionMarkers: ["rund", "umgerechnet", "etwa", "also", "knapp", "gut"],
            timeMarkers: ["um", "gegen"],
            versionMarkers: ["version", "v"],
            // ICU's spell-out reads `hundert` only as `einhundert`.
            unitNumberWords: ["hundert": 100],
            articleNumberWords: ["ein", "eine", "einen", "einem", "einer", "eins"],
            rangeWords: [("von", "bis"), ("zwischen", "und")],
            // `Kilo`, as news writes kilograms.
            measureWords: [
                "kilometer": "km", "meilen": "mi", "meile": "mi", "kilogramm": "kg", "kilo": "kg",
                "meter": "m", "fuß": "ft",
            ],
            // After digits, 万 or 亿 rendered word by word.
            countedScales: [
                "zehntausende": 10_000, "hunderttausende": 100_000, "hunderte millionen": 100_000_000,
                "hunderte milliarden": 100_000_000_000,
            ],
            // 10^18 in this language, the English `trillion` (10^12) in news.
            trillionCalques: ["trillion", "trillionen"],
            pointPhrases: ["prozentpunkte", "prozentpunkten", "prozentpunkt", "basispunkte", "basispunkten", "basispunkt"]
        ),
        textWords: TextWords(
            abbreviations: [
                "z.b", "usw", "bzw", "ca", "nr", "s", "vgl", "d.h", "u.a", "dr", "prof", "hr", "fr", "mio", "mrd",
                "str", "tel", "abs", "art", "bzgl", "evtl", "ggf", "inkl", "max", "min", "o.ä", "sog", "u.ä", "zzgl", "gmbh", "ag",
                "chr", "jh", "jhd", "std", "hrsg", "co", "inc", "geb", "gest", "ehem", "ebd", "bd", "bde", "kap",
            ],
            // Articles and separable prefixes can end German sentences (`Er kommt an.`), so only
            // contracted prepositions are listed.
            danglingWords: ["zum", "zur", "vom", "beim", "des"],
            conjunctions: ["und", "oder", "bzw", "sowie"],
            quotePairs: [("„", "“"), ("»", "«"), ("«", "»")],
            // `es` written `’s` after a word: `gibt’s`, `wie’s`.
            apostropheSuffixes: ["s"],
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "bildquelle: netzwerk", "bildquelle: netz", "klicken sie, um weitere bilder anzuzeigen", "originaltext anzeigen",
                "den originaltext anzeigen", "scannen sie den qr-code", "folgen sie uns auf wechat", "folgen sie unserem offiziellen konto",
                "anzeige", "werbung", "werbung schließen", "anzeige schließen", "gesponserter inhalt",
                "auch interessant", "das könnte sie auch interessieren", "lesen sie auch", "weiterlesen",
                "mehr lesen", "mehr dazu", "teilen", "artikel teilen", "auf facebook teilen", "ähnliche artikel",
                "newsletter abonnieren", "zum newsletter anmelden", "nach oben", "kommentar schreiben",
                "mehr anzeigen", "mehr laden", "artikel anhören", "artikel vorlesen lassen", "auf whatsapp teilen",
                "exklusiv für abonnenten", "weiter nach der anzeige",
            ],
            minuteWords: ["min", "minuten"],
            readingPhrases: ["lesezeit", "lesedauer"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "ehemals", "früher", "vormals", "jetzt", "heute", "auch bekannt als", "bekannt als", "alias",
                "umbenannt in", "auf Englisch", "auf Chinesisch", "also",
            ],
            termGroups: [["KI", "AI"], ["E-Mail", "Email"], ["Start-up", "Startup"]]
        )
    )

    /// Prepositions that open a relative clause (`die Geräte, für die die Regel gilt`).
    private static let relativePrepositions: Set<String> = [
        "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "neben", "ohne",
        "seit", "über", "um", "unter", "von", "vor", "wegen", "zu", "zwischen", "trotz", "während", "gemäß",
        "dank", "statt", "außer", "bis", "ab",
    ]
}
