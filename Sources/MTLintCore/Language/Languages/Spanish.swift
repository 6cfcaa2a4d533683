import MTLintText

/// Spanish: everything mtlint knows of the language that ICU's locale data does not hold.
/// `LanguageProfile.all` adds ICU's own data to these lists (currency and unit names, percent,
/// quotation marks, minutes; see LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let spanish = LanguageProfile(
        code: "es",
        dictionaries: ["es_ES"],
        // Articles, prepositions, conjunctions, pronouns and auxiliaries among the most
        // frequent words of Spanish news prose.
        stopWords: """
            el la los las un una unos unas de del al y en que es por con para no se su sus lo como más
            pero ha han fue son está están este esta estos estas entre sobre también cuando muy sin hasta
            desde ya o le les nos ser según tras durante donde porque él ella ellos
            """,
        // The colloquial intensifiers `casi casi` and, in quoted speech, `muy muy`.
        allowedRepetitions: ["casi": .always, "muy": .always],
        figureWords: FigureWords(
            currencies: [
                "dólar": "USD", "dólares": "USD", "dólares estadounidenses": "USD", "dólares americanos": "USD",
                "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuanes": "CNY", "renminbi": "CNY",
                "yen": "JPY", "yenes": "JPY", "libra": "GBP", "libras": "GBP", "libras esterlinas": "GBP",
                "dólares de hong kong": "HKD", "franco suizo": "CHF", "francos suizos": "CHF",
                "won": "KRW", "wones": "KRW", "rupia": "INR", "rupias": "INR", "rublo": "RUB", "rublos": "RUB",
            ],
            unitConnectors: ["de"],
            percentPhrases: ["por ciento"],
            conversionMarkers: ["unos", "es decir", "equivalentes a", "equivalente a", "alrededor de", "cerca de"],
            timeMarkers: ["a las", "las"],
            versionMarkers: ["versión", "v"],
            articleNumberWords: ["un", "uno", "una"],
            halfPhrases: ["y medio", "y media"],
            rangeWords: [("de", "a"), ("entre", "y")],
            // `kilos` and `kilo`, as news writes kilograms.
            measureWords: [
                "kilómetros": "km", "kilómetro": "km", "millas": "mi", "milla": "mi",
                "kilogramos": "kg", "kilos": "kg", "kilo": "kg", "libras": "lb",
                "metros": "m", "metro": "m", "pies": "ft", "pie": "ft",
            ],
            // Mexico and Central America: `3.5%`, `2,500` (the RAE accepts the point).
            regionalNumberLocales: ["es-MX"],
            // After digits, 万 or 亿 rendered word by word.
            countedScales: [
                "decenas de miles": 10_000, "cientos de miles": 100_000, "centenares de miles": 100_000,
                "decenas de millones": 10_000_000, "cientos de millones": 100_000_000, "centenares de millones": 100_000_000,
            ],
            // 10^18 in this language, the English `trillion` (10^12) in news.
            trillionCalques: ["trillón", "trillones"],
            pointPhrases: ["puntos porcentuales", "punto porcentual", "puntos básicos", "punto básico"]
        ),
        textWords: TextWords(
            abbreviations: [
                "etc", "p.ej", "sr", "sra", "sres", "srta", "dr", "dra", "d", "dña", "ud", "uds", "pág", "págs", "núm",
                "aprox", "cap", "fig", "vol", "s.a", "s.l", "av", "avda", "tel", "min", "máx", "mín", "ee.uu", "n",
                "ej", "vd", "vds", "sig", "sigs", "ibid", "excmo", "excma", "gral", "lic",
            ],
            danglingWords: ["de", "del", "el", "los", "las", "un", "unos", "al", "en", "con", "por", "para", "sin"],
            conjunctions: ["y", "e", "o", "u"],
            quotePairs: [("«", "»"), ("“", "”")],
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "fuente de la imagen: red", "fuente de la imagen: internet", "haga clic para ver más imágenes",
                "haz clic para ver más imágenes", "ver el texto original", "escanee el código qr", "síguenos en wechat",
                "siga nuestra cuenta pública",
                "publicidad", "anuncio", "cerrar anuncio", "cerrar publicidad", "contenido patrocinado",
                "lee también", "leer también", "leer más", "seguir leyendo", "compartir", "compartir artículo",
                "compartir en facebook", "artículos relacionados", "te puede interesar", "también te puede interesar",
                "suscríbete a nuestro boletín", "volver arriba", "deja un comentario", "ver más", "cargar más", "sigue leyendo",
                "continúa después de la publicidad", "sigue después de la publicidad", "escuchar artículo",
                "escuchar este artículo", "compartir en whatsapp", "exclusivo para suscriptores",
            ],
            minuteWords: ["min", "minutos", "minutas"],
            readingPhrases: ["de lectura", "tiempo de lectura", "lectura"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "antes", "antiguo", "antigua", "ahora", "conocido como", "conocida como", "alias", "rebautizado como",
                "rebautizada como", "renombrado", "renombrada", "ex", "en inglés", "en chino", "es decir",
            ],
            termGroups: [["IA", "AI"], ["e-mail", "email"], ["start-up", "startup"]],
            writesTermsInLowerCase: true,
            namingHeads: [
                "versión", "versiones", "modelo", "modelos", "variante", "variantes", "serie", "gama", "línea", "edición",
                "marca", "chip", "aplicación", "plataforma", "proyecto", "programa", "plan", "decreto", "ley", "caso",
                "operación", "misión", "efecto", "momento", "premio", "fondo", "paquete", "reforma", "sonda", "cohete",
                "satélite", "cumbre", "foro", "pacto", "acuerdo", "tratado", "iniciativa", "asistente", "calle", "avenida",
                "plaza", "paseo", "estación", "palacio", "teatro", "museo", "parque", "hospital",
                "asociación", "federación", "fundación", "aseguradora", "compañía", "película", "novela", "canción", "álbum",
                // Who leads it, or whose it is: `el gobierno Sánchez`, `la administración Trump`.
                "gobierno", "administración", "grupo", "equipo", "división", "unidad",
                // A storm's name: `el huracán Ida`.
                "huracán", "tifón", "ciclón", "tormenta",
                // Cinemas, magazines and newspapers: `el cine Doré`, `la revista Hola`.
                "cine", "revista", "semanario", "periódico", "diario",
            ],
            prepositions: [
                "ante", "bajo", "contra", "hacia", "mediante", "frente", "junto", "detrás", "delante", "excepto", "salvo",
                "incluso", "menos", "vía", "versus", "cerca", "dentro", "fuera", "encima", "debajo", "alrededor",
            ],
            conventionalCapitals: [
                // Institutions that Spanish news writes with a capital (`otros Gobiernos`).
                "gobierno", "gobiernos", "estado", "estados", "ejecutivo", "congreso", "senado", "parlamento", "ministerio",
                "tribunal", "iglesia", "papa", "corona", "administración", "ayuntamiento", "hacienda",
            ]
        )
    )
}
