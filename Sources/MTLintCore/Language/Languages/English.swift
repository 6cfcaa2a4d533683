import MTLintText

/// English: everything mtlint knows of the language that ICU's locale data does not hold.
/// `LanguageProfile.all` adds ICU's own data to these lists (currency and unit names, percent,
/// quotation marks, minutes; see LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let english = LanguageProfile(
        code: "en",
        dictionaries: ["en_US"],
        // Articles, prepositions, conjunctions, pronouns and auxiliaries among the most
        // frequent words of English news prose.
        stopWords: """
            the a an of to and in is are was were that it for on with as by at from this be have has had
            not but or which their its they he she we you will would can been said also more than after
            about into who his her our your here there
            """,
        // `had had` (past perfect of have), `that that` (conjunction and demonstrative), `is is`
        // (`what it is is ...`), and `very very` in quoted speech.
        allowedRepetitions: ["had": .always, "that": .always, "is": .always, "very": .always],
        // No word stands between a number and its unit (`20 million dollars`). `pounds` is
        // left out, of currencies and of units: money or mass.
        figureWords: FigureWords(
            currencies: [
                "dollar": "USD", "dollars": "USD", "us dollars": "USD", "euro": "EUR", "euros": "EUR",
                "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "pounds sterling": "GBP", "sterling": "GBP",
                "hong kong dollars": "HKD", "swiss francs": "CHF", "won": "KRW", "rupees": "INR", "rupee": "INR",
                "rubles": "RUB", "roubles": "RUB",
            ],
            percentPhrases: ["percent", "per cent"],
            conversionMarkers: ["about", "roughly", "around", "or about", "equivalent to", "some"],
            timeMarkers: ["at", "by"],
            versionMarkers: ["version", "v"],
            // ICU's spell-out reads `hundred` only as `one hundred`.
            unitNumberWords: ["hundred": 100],
            articleNumberWords: ["one", "a", "an"],
            halfPhrases: ["and a half"],
            rangeWords: [("from", "to"), ("between", "and")],
            // British and American spellings.
            measureWords: [
                "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "miles": "mi", "mile": "mi",
                "kilograms": "kg", "kilogram": "kg", "metres": "m", "meters": "m", "feet": "ft", "foot": "ft",
            ],
            // After digits, 万 or 亿 rendered word by word.
            countedScales: [
                "tens of thousands": 10_000, "hundreds of thousands": 100_000, "tens of millions": 10_000_000,
                "hundreds of millions": 100_000_000, "tens of billions": 10_000_000_000,
                "hundreds of billions": 100_000_000_000,
            ],
            pointPhrases: ["percentage points", "percentage point", "basis points", "basis point"]
        ),
        textWords: TextWords(
            abbreviations: [
                "etc", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "approx", "u.s", "u.k", "u.s.a",
                "inc", "ltd", "co", "corp", "jr", "sr", "no", "fig", "vol", "p", "pp", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
            ],
            // English sentences may end on a preposition (`what is it made of?`): articles only.
            danglingWords: ["the", "an"],
            conjunctions: ["and", "or"],
            quotePairs: [("“", "”")],
            // Checked in every language: sites leave their interface untranslated.
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "image source: network", "image source: internet", "click to view more images", "click to see more images",
                "view original text", "view the original text", "scan the qr code", "follow us on wechat", "follow our official account",
                "advertisement", "advertising", "sponsored", "sponsored content", "close ad", "close the ad",
                "skip ad", "read more", "read also", "see also", "share", "share this", "share this article",
                "share on facebook", "share on twitter", "click here to read more", "related articles",
                "related posts", "you may also like", "recommended for you", "subscribe to our newsletter",
                "sign up for our newsletter", "continue reading", "back to top", "print this article",
                "leave a comment", "load more", "show more", "cookie settings", "accept cookies", "listen to this article",
                "subscribers only", "story continues below advertisement", "article continues below", "share on whatsapp",
            ],
            // `mins`, as reading times write it.
            minuteWords: ["min", "mins", "minute", "minutes"],
            readingPhrases: ["read", "reading time"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "formerly", "now", "also known as", "known as", "aka", "a.k.a.", "renamed", "alias", "previously",
                "in chinese", "in english", "i.e.",
            ],
            termGroups: [["AI", "A.I."], ["e-mail", "email"], ["start-up", "startup"], ["online", "on-line"]],
            prepositions: [
                "behind", "against", "toward", "towards", "despite", "via", "without", "beyond", "amid", "among", "amongst",
                "across", "beside", "besides", "near", "unlike", "versus", "vs", "over", "under", "before", "between",
                "within", "through", "during", "like", "including", "except", "per", "upon", "onto", "along", "around",
                "inside", "outside", "past", "since", "until", "plus", "minus", "up", "down", "off", "out",
            ]
        )
    )
}
