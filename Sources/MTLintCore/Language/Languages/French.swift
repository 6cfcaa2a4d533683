import MTLintText

/// French: everything mtlint knows of the language that ICU's locale data does not hold.
/// `LanguageProfile.all` adds ICU's own data to these lists (currency and unit names, percent,
/// quotation marks, minutes; see LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let french = LanguageProfile(
        code: "fr",
        dictionaries: ["fr_FR"],
        // Articles, prepositions, conjunctions, pronouns and auxiliaries among the most
        // frequent words of French news prose, and the elided forms (`d`, `l`, `qu`).
        stopWords: """
            le la les un une des de du au aux et est en que qui dans pour pas sur avec ne se ce il elle
            ils elles sont ont été par plus son sa ses leur leurs cette ces mais ou comme aussi nous vous
            être fait tout selon entre après lui y dont très sans sous cet d l qu n s c j
            jusqu lorsqu puisqu quoiqu
            """,
        // The reflexive pronoun doubled by pronominal verbs (`nous nous levons`, `vous vous
        // trompez`), and the intensifier doubled in quoted speech (`c'est très très bon`).
        allowedRepetitions: ["nous": .always, "vous": .always, "très": .always],
        figureWords: FigureWords(
            currencies: [
                "dollar": "USD", "dollars": "USD", "dollars américains": "USD", "dollars us": "USD",
                "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
                "yen": "JPY", "yens": "JPY", "livre sterling": "GBP", "livres sterling": "GBP",
                "dollars de hong kong": "HKD", "dollars hongkongais": "HKD",
                "franc suisse": "CHF", "francs suisses": "CHF", "won": "KRW", "wons": "KRW",
                "roupie": "INR", "roupies": "INR", "rouble": "RUB", "roubles": "RUB",
            ],
            unitConnectors: ["de", "d'", "d’"],
            // `de` becomes `d'` before a vowel or a mute h: `millions d'euros`.
            elidingInitials: "aeiouyéèêh",
            percentPhrases: ["pour cent", "pourcent"],
            conversionMarkers: ["soit", "environ", "l'équivalent de", "l’équivalent de", "c'est-à-dire", "c’est-à-dire"],
            timeMarkers: ["à", "vers"],
            versionMarkers: ["version", "v"],
            articleNumberWords: ["un", "une"],
            halfPhrases: ["et demi", "et demie"],
            rangeWords: [("de", "à"), ("entre", "et")],
            // `kilos` and `kilo`, as news writes kilograms.
            measureWords: [
                "kilomètres": "km", "kilomètre": "km", "miles": "mi", "mile": "mi",
                "kilogrammes": "kg", "kilos": "kg", "kilo": "kg", "livres": "lb",
                "mètres": "m", "mètre": "m", "pieds": "ft", "pied": "ft",
            ],
            // After digits, 万 or 亿 rendered word by word.
            countedScales: [
                "dizaines de milliers": 10_000, "centaines de milliers": 100_000, "dizaines de millions": 10_000_000,
                "centaines de millions": 100_000_000, "dizaines de milliards": 10_000_000_000,
                "centaines de milliards": 100_000_000_000,
            ],
            // 10^18 in this language, the English `trillion` (10^12) in news.
            trillionCalques: ["trillion", "trillions"],
            pointPhrases: ["points de pourcentage", "point de pourcentage", "points de base", "point de base"]
        ),
        textWords: TextWords(
            abbreviations: [
                "etc", "p.ex", "cf", "env", "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av",
                "apr", "j.-c", "n", "no", "p", "pp", "vol", "chap", "fig", "tél", "éd", "coll", "min", "max", "s.a",
                "ex", "hab", "mgr", "resp", "ibid",
            ],
            // Not `un`, `une`: pronouns that end sentences (`il en reste une`).
            danglingWords: ["de", "du", "des", "au", "aux", "les", "dans", "sur", "pour", "par"],
            conjunctions: ["et", "ou"],
            quotePairs: [("«", "»"), ("“", "”")],
            splitsElisions: true,
            spacesAroundHighPunctuation: true,
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "source de l'image: réseau", "source de l’image: réseau", "source de l'image : réseau", "source de l’image : réseau",
                "source de l'image : internet", "source de l’image : internet", "cliquez pour voir plus d'images",
                "cliquez pour voir plus d’images", "voir le texte original", "scannez le code qr", "suivez-nous sur wechat",
                "suivez notre compte public",
                "publicité", "annonce", "fermer la publicité", "fermer l'annonce", "fermer l’annonce",
                "contenu sponsorisé", "lire aussi", "à lire aussi", "lire la suite", "partager",
                "partager cet article", "partager sur facebook", "articles similaires", "sur le même sujet",
                "abonnez-vous à notre newsletter", "inscrivez-vous à notre newsletter", "retour en haut",
                "laisser un commentaire", "voir plus", "charger plus", "réservé aux abonnés", "article réservé aux abonnés",
                "la suite après cette publicité", "la suite après la publicité", "écouter cet article", "partager sur whatsapp",
            ],
            minuteWords: ["min", "minutes"],
            readingPhrases: ["de lecture", "temps de lecture"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "anciennement", "aujourd'hui", "aujourd’hui", "désormais", "dit", "dite", "alias", "connu sous le nom de",
                "connue sous le nom de", "rebaptisé", "rebaptisée", "renommé", "renommée", "ex", "en anglais", "en chinois", "soit",
            ],
            termGroups: [["IA", "AI"], ["e-mail", "email", "courriel"], ["start-up", "startup"]],
            writesTermsInLowerCase: true,
            namingHeads: [
                "version", "versions", "modèle", "modèles", "variante", "variantes", "série", "gamme", "édition", "marque",
                "puce", "application", "plateforme", "projet", "programme", "plan", "décret", "loi", "affaire", "opération",
                "mission", "effet", "moment", "prix", "fonds", "paquet", "réforme", "sonde", "fusée", "satellite", "sommet",
                "forum", "pacte", "accord", "traité", "initiative", "assistant", "rue", "avenue", "boulevard", "place", "quai",
                "gare", "palais", "théâtre", "musée", "parc", "hôpital", "association", "fédération", "fondation", "compagnie",
                "assureur", "film", "roman", "chanson", "album",
                // Who leads it, or whose it is: `le gouvernement Barnier`, `l'équipe Apprentissage et raisonnement`.
                "gouvernement", "administration", "groupe", "équipe", "division", "branche", "pôle", "activité", "unité",
                // A storm's name: `l'ouragan Milton`.
                "ouragan", "typhon", "cyclone", "tempête",
                // Cinemas, magazines and newspapers: `le cinéma Rex`, `le magazine Challenges`.
                "cinéma", "revue", "magazine", "hebdomadaire", "quotidien", "journal",
            ],
            prepositions: [
                "derrière", "devant", "chez", "vers", "contre", "avant", "malgré", "parmi", "pendant", "depuis", "envers",
                "hors", "outre", "via", "face", "auprès", "grâce", "près", "sauf", "hormis", "excepté", "durant", "dès",
                "jusque", "concernant", "voici", "voilà",
            ],
            conventionalCapitals: [
                // Nationality and city nouns, capitalised (`certains Américains`); plural and
                // feminine forms are matched by their endings.
                "chinois", "américain", "européen", "japonais", "coréen", "russe", "ukrainien", "allemand", "français",
                "britannique", "anglais", "italien", "espagnol", "portugais", "indien", "taïwanais", "hongkongais",
                "canadien", "australien", "brésilien", "mexicain", "africain", "asiatique", "occidental", "occidentaux",
                "oriental", "orientaux", "iranien", "israélien", "palestinien", "turc", "turque", "arabe", "suisse",
                "belge", "néerlandais", "hollandais", "suédois", "norvégien", "danois", "finlandais", "polonais", "grec",
                "grecque", "vietnamien", "thaïlandais", "indonésien", "singapourien", "malaisien", "philippin",
                "pakistanais", "saoudien", "égyptien", "marocain", "algérien", "tunisien", "sénégalais", "nigérian",
                "argentin", "chilien", "colombien", "cubain", "irlandais", "écossais", "autrichien", "hongrois", "tchèque",
                "roumain", "bulgare", "serbe", "croate", "québécois", "parisien", "lyonnais", "marseillais", "pékinois",
                "londonien", "berlinois", "tibétain", "ouïghour", "mongol", "afghan", "irakien", "syrien", "libanais",
                "jordanien", "qatari", "émirati", "éthiopien", "kényan", "congolais", "ivoirien", "camerounais", "malien",
                "libyen", "soudanais",
                // Institutions.
                "état", "états", "église",
            ]
        )
    )
}
