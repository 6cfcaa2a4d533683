import MTLintText

/// Italian: everything mtlint knows of the language that ICU's locale data does not hold.
/// `LanguageProfile.all` adds ICU's own data to these lists (currency and unit names, percent,
/// quotation marks, minutes; see LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let italian = LanguageProfile(
        code: "it",
        dictionaries: ["it_IT"],
        // Articles, prepositions (simple and articulated), conjunctions, pronouns and
        // auxiliaries among the most frequent words of Italian news prose.
        stopWords: """
            il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle
            da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle con su sul sullo sulla
            sui sugli sulle per tra fra e ed o ma che non è sono ha hanno anche come più questo questa
            questi queste quello quella suo sua suoi sue loro essere stato stata cui dopo sia se ci si
            ne già molto tutto tutti mentre perché quando ancora secondo oltre nell dell all dall sull
            l un quest quell
            """,
        // Reduplications that intensify an adverb or adjective or narrate a repeated action
        // (`piano piano`, `via via`, `molto molto`, `cammina cammina`), standard Italian; `se se`
        // before the pronouns `ne`, `lo`, `la`, `li`, `le` (`se se ne va`: `if` and the pronoun
        // `si`, written `se` before them).
        allowedRepetitions: [
            "via": .always, "piano": .always, "poco": .always, "bene": .always, "così": .always,
            "quasi": .always, "adagio": .always, "zitto": .always, "lento": .always, "passo": .always,
            "lì": .always, "appena": .always, "subito": .always, "cammina": .always,
            "molto": .always, "tanto": .always, "se": .before(["ne", "lo", "la", "li", "le"]),
        ],
        figureWords: FigureWords(
            // As Italian news writes them, singular and plural; `dollari USA` and the like count
            // as dollars, `yuan` as the renminbi.
            currencies: [
                "dollaro": "USD", "dollari": "USD", "dollari usa": "USD", "dollari statunitensi": "USD",
                "dollari americani": "USD", "dollaro usa": "USD", "dollaro statunitense": "USD",
                "euro": "EUR", "yuan": "CNY", "renminbi": "CNY", "yuan cinesi": "CNY",
                "yen": "JPY", "sterlina": "GBP", "sterline": "GBP", "sterline britanniche": "GBP",
                "dollari di hong kong": "HKD", "dollaro di hong kong": "HKD", "dollari hongkonghesi": "HKD",
                "franco svizzero": "CHF", "franchi svizzeri": "CHF", "won": "KRW", "won sudcoreani": "KRW",
                "rupia": "INR", "rupie": "INR", "rupie indiane": "INR", "rublo": "RUB", "rubli": "RUB",
            ],
            unitConnectors: ["di", "d'", "d’"],
            percentPhrases: ["per cento", "percento"],
            conversionMarkers: ["pari a", "circa", "ovvero", "cioè", "equivalenti a", "equivalente a", "vale a dire"],
            timeMarkers: ["alle", "ore", "dalle", "entro le"],
            versionMarkers: ["versione", "v"],
            articleNumberWords: ["un", "uno", "una"],
            halfPhrases: ["e mezzo", "e mezza"],
            rangeWords: [("da", "a"), ("tra", "e"), ("fra", "e")],
            // `chili` and `chilo`, as news writes kilograms.
            measureWords: [
                "chilometri": "km", "chilometro": "km", "miglia": "mi", "miglio": "mi",
                "chilogrammi": "kg", "chili": "kg", "chilo": "kg", "libbre": "lb", "libbra": "lb",
                "metri": "m", "metro": "m", "piedi": "ft", "piede": "ft",
            ],
            // After digits, 万 or 亿 rendered word by word (`400 decine di migliaia`).
            countedScales: [
                "decine di migliaia": 10_000, "centinaia di migliaia": 100_000, "decine di milioni": 10_000_000,
                "centinaia di milioni": 100_000_000, "decine di miliardi": 10_000_000_000,
                "centinaia di miliardi": 100_000_000_000,
            ],
            // 10^18 in this language, the English `trillion` (10^12) in news.
            trillionCalques: ["trilione", "trilioni"],
            // Edited Italian news writes `33 trilioni di dollari` too.
            trillionCalqueIsCommon: true,
            pointPhrases: ["punti percentuali", "punto percentuale", "punti di percentuale", "punti base", "punto base"]
        ),
        textWords: TextWords(
            abbreviations: [
                "ecc", "p.es", "es", "sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "prof.ssa", "ing", "avv",
                "s.p.a", "s.r.l", "s.a.s", "art", "artt", "pag", "pagg", "cfr", "vol", "n", "nr", "ca", "min", "max",
                "tel", "fig", "cap", "c.a", "d.lgs", "ecc.ecc", "u.s.a", "mld", "mln", "mio", "mrd", "on", "sen", "gen", "col",
                "sec", "secc", "cit", "ibid", "tab", "ss", "sgg", "rag", "geom", "arch", "mons",
            ],
            // Not `dei`, also a noun (`gli dei`, the gods), which ends sentences.
            danglingWords: [
                "di", "da", "in", "con", "per", "tra", "fra", "del", "dello", "della", "degli", "delle",
                "al", "allo", "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle",
                "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle",
                "il", "i", "un",
            ],
            conjunctions: ["e", "ed", "o", "od", "oppure"],
            quotePairs: [("«", "»"), ("“", "”")],
            splitsElisions: true,
            // Italian words end in these (`perché`, `città`, `più`); an encoding that drops
            // accented letters cuts them off.
            accentedFinalVowels: ["à", "è", "é", "ì", "ò", "ù"],
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "fonte dell'immagine: rete", "fonte dell’immagine: rete", "fonte dell'immagine: internet", "fonte dell’immagine: internet",
                "fonte immagine: rete", "clicca per visualizzare più immagini", "clicca per vedere più immagini",
                "visualizza il testo originale", "leggi il testo originale", "scansiona il codice qr", "seguici su wechat",
                "segui il nostro account pubblico",
                "pubblicità", "annuncio", "annuncio pubblicitario", "chiudi l'annuncio", "chiudi l’annuncio",
                "chiudi annuncio", "chiudi la pubblicità", "contenuto sponsorizzato", "leggi anche",
                "leggi di più", "leggi tutto", "continua a leggere", "condividi", "condividi l'articolo",
                "condividi l’articolo", "condividi su facebook", "condividi su twitter", "articoli correlati",
                "potrebbe interessarti anche", "ti potrebbe interessare", "iscriviti alla newsletter",
                "torna su", "torna all'inizio", "torna all’inizio", "stampa l'articolo", "stampa l’articolo",
                "lascia un commento", "carica altri", "mostra di più", "condividi su whatsapp", "condividi su linkedin",
                "potrebbe interessarti", "continua dopo la pubblicità", "riservato agli abbonati",
                "articolo riservato agli abbonati", "ascolta l'articolo", "ascolta l’articolo", "ascolta questo articolo",
            ],
            minuteWords: ["minuti", "minuto"],
            readingPhrases: ["di lettura", "tempo di lettura", "lettura"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "ora ribattezzato", "ora ribattezzata", "ribattezzato", "ribattezzata", "noto come", "nota come",
                "conosciuto come", "conosciuta come", "ex", "già", "alias", "detto", "detta", "poi diventato",
                "oggi", "ora", "in inglese", "in cinese", "cioè", "ovvero", "anche chiamato", "anche chiamata",
            ],
            termGroups: [
                ["AI", "IA"], ["e-mail", "email"], ["online", "on-line"], ["start-up", "startup"], ["data center", "datacenter"],
            ],
            writesTermsInLowerCase: true,
            namingHeads: [
                "versione", "versioni", "modello", "modelli", "variante", "varianti", "serie", "gamma", "linea", "edizione",
                "marchio", "chip", "app", "piattaforma", "progetto", "programma", "piano", "decreto", "dl", "ddl", "legge",
                "caso", "operazione", "missione", "effetto", "momento", "premio", "fondo", "bonus", "pacchetto", "riforma",
                "sonda", "razzo", "satellite", "vertice", "forum", "patto", "accordo", "trattato", "iniziativa", "assistente",
                "via", "viale", "piazza", "piazzale", "corso", "largo", "stazione", "palazzo", "teatro", "museo", "parco",
                "ospedale", "associazione", "federazione", "fondazione", "compagnia", "film", "romanzo", "canzone", "album",
                // Who leads it, or whose it is: `il governo Meloni`, `l'amministrazione Trump`, `il team Qwen`.
                "governo", "esecutivo", "amministrazione", "gruppo", "team", "squadra", "divisione", "unità",
                // A storm's name: `l'uragano Milton`.
                "uragano", "tifone", "ciclone", "tempesta",
                // Cinemas, magazines and newspapers: `il cinema Odeon`, `il quotidiano Domani`.
                "cinema", "rivista", "settimanale", "quotidiano", "giornale",
                // A decade's name: `gli anni Settanta`, `i primi anni Duemila`.
                "anni",
            ],
            prepositions: [
                "verso", "contro", "dietro", "davanti", "presso", "senza", "sopra", "sotto", "durante", "tramite", "mediante",
                "tranne", "eccetto", "rispetto", "dentro", "fuori", "lungo", "entro", "circa", "prima", "insieme", "accanto",
                "vicino", "attraverso", "malgrado", "nonostante", "incluso", "inclusa", "inclusi", "compreso", "compresa",
                "compresi", "quanto",
            ],
            conventionalCapitals: [
                // Institutions and places that Italian news writes with a capital.
                "paese", "paesi", "stato", "stati", "regione", "regioni", "provincia", "province", "comune", "comuni",
                "governo", "governi", "parlamento", "ministero", "procura", "tribunale", "questura", "prefettura", "chiesa",
                "papa", "pontefice", "costituzione", "repubblica", "esercito", "borsa", "borse", "plenum", "mezzogiorno", "occidente",
                "oriente",
                "meridione", "settentrione", "nord", "sud", "est", "ovest",
                // Periods: ages and centuries (`il tardo Medioevo`, `il primo Novecento`).
                "medioevo", "rinascimento", "risorgimento", "illuminismo", "umanesimo", "romanticismo", "duecento",
                "trecento", "quattrocento", "cinquecento", "seicento", "settecento", "ottocento", "novecento", "duemila",
                // Acronyms that newspapers write as words (`le forniture Usa`), where one is also
                // a verb (`usa`).
                "usa",
            ]
        )
    )
}
