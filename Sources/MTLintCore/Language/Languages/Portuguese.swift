import MTLintText

/// Portuguese (European and Brazilian): everything mtlint knows of the language that ICU's
/// locale data does not hold. `LanguageProfile.all` adds ICU's own data to these lists
/// (currency and unit names, percent, quotation marks, minutes; see
/// LanguageProfile.addingLocaleData).
package extension LanguageProfile {
    static let portuguese = LanguageProfile(
        code: "pt",
        dictionaries: ["pt_PT"],
        // Articles, contracted prepositions, conjunctions, pronouns and auxiliaries among the
        // most frequent words of Portuguese news prose.
        stopWords: """
            o a os as um uma de do da dos das em no na nos nas por para com que é não se ao aos à às e
            mais como mas foi são também seu sua seus suas pelo pela pelos pelas entre sobre já está
            ele ela eles elas ou muito sem até quando isso este esta num numa
            """,
        // `se se` (`if` and the impersonal pronoun: `se se tentar`), and the Brazilian
        // intensifiers `já já` and `logo logo` (`right away`), and `muito muito` in quoted speech.
        allowedRepetitions: ["se": .always, "já": .always, "logo": .always, "muito": .always],
        figureWords: FigureWords(
            currencies: [
                "dólar": "USD", "dólares": "USD", "dólares americanos": "USD", "dólares norte-americanos": "USD",
                "euro": "EUR", "euros": "EUR", "yuan": "CNY", "yuans": "CNY", "renminbi": "CNY",
                "iene": "JPY", "ienes": "JPY", "libra": "GBP", "libras": "GBP", "libras esterlinas": "GBP",
                "dólares de hong kong": "HKD", "franco suíço": "CHF", "francos suíços": "CHF",
                "won": "KRW", "wons": "KRW", "rupia": "INR", "rupias": "INR", "rublo": "RUB", "rublos": "RUB",
                "real": "BRL", "reais": "BRL",
            ],
            unitConnectors: ["de"],
            percentPhrases: ["por cento"],
            conversionMarkers: ["cerca de", "ou seja", "equivalentes a", "equivalente a", "aproximadamente"],
            timeMarkers: ["às", "as"],
            versionMarkers: ["versão", "v"],
            articleNumberWords: ["um", "uma"],
            halfPhrases: ["e meio", "e meia"],
            rangeWords: [("de", "a"), ("entre", "e")],
            // Both spellings, Brazilian `quilômetros` and European `quilómetros`; `quilos`, as
            // news writes kilograms.
            measureWords: [
                "quilômetros": "km", "quilómetros": "km", "quilômetro": "km", "milhas": "mi", "milha": "mi",
                "quilos": "kg", "quilogramas": "kg", "libras": "lb", "metros": "m", "metro": "m", "pés": "ft",
            ],
            // Portugal's long scale: `mil milhões` (10^9), `biliões` (10^12).
            regionalScaleLocales: ["pt-PT"],
            // After digits, 万 or 亿 rendered word by word.
            countedScales: [
                "dezenas de milhares": 10_000, "centenas de milhares": 100_000, "dezenas de milhões": 10_000_000,
                "centenas de milhões": 100_000_000, "dezenas de bilhões": 10_000_000_000,
                "centenas de bilhões": 100_000_000_000,
            ],
            pointPhrases: ["pontos percentuais", "ponto percentual", "pontos-base", "pontos base", "ponto-base", "ponto base"]
        ),
        textWords: TextWords(
            abbreviations: [
                "etc", "p.ex", "sr", "sra", "srs", "dr", "dra", "pág", "págs", "n", "nº", "cap", "fig", "vol",
                "s.a", "ltda", "av", "tel", "min", "máx", "mín", "aprox", "eua", "ex", "exmo", "exma", "profa",
            ],
            // Not `um`: also the numeral, which ends sentences (`todos deveriam ter um`).
            danglingWords: [
                "de", "do", "da", "dos", "das", "uns", "no", "na", "nos", "nas", "em", "com", "para", "pelo", "pela", "ao", "aos",
            ],
            conjunctions: ["e", "ou"],
            quotePairs: [("«", "»"), ("“", "”")],
            pageLabels: [
                // Chinese news sites' own labels, translated with the article (图片来源：网络, 查看原文, 扫描二维码).
                "fonte da imagem: rede", "fonte da imagem: internet", "clique para ver mais imagens", "ver o texto original",
                "digitalize o código qr", "siga-nos no wechat", "siga a nossa conta pública", "siga nossa conta pública",
                "publicidade", "anúncio", "fechar anúncio", "fechar publicidade", "conteúdo patrocinado",
                "leia também", "leia mais", "continue lendo", "continuar a ler", "compartilhar", "partilhar",
                "compartilhe", "partilhe este artigo", "compartilhar no facebook", "artigos relacionados",
                "você também pode gostar", "assine a nossa newsletter", "voltar ao topo", "deixe um comentário",
                "ver mais", "carregar mais", "continua após a publicidade", "continua depois da publicidade", "ouvir este artigo",
                "ouvir artigo", "exclusivo para assinantes", "compartilhar no whatsapp",
            ],
            minuteWords: ["min", "minutos"],
            readingPhrases: ["de leitura", "tempo de leitura", "leitura"]
        ),
        nameWords: NameWords(
            aliasMarkers: [
                "antigo", "antiga", "agora", "conhecido como", "conhecida como", "alias", "renomeado", "renomeada",
                "rebatizado", "rebatizada", "ex", "em inglês", "em chinês", "ou seja",
            ],
            termGroups: [["IA", "AI"], ["e-mail", "email"], ["start-up", "startup"]],
            writesTermsInLowerCase: true,
            namingHeads: [
                "versão", "versões", "modelo", "modelos", "variante", "variantes", "série", "gama", "linha", "edição",
                "marca", "chip", "aplicativo", "plataforma", "projeto", "programa", "plano", "decreto", "lei", "caso",
                "operação", "missão", "efeito", "momento", "prêmio", "prémio", "fundo", "pacote", "reforma", "sonda", "foguete",
                "satélite", "cúpula", "fórum", "pacto", "acordo", "tratado", "iniciativa", "assistente", "rua", "avenida",
                "praça", "estação", "palácio", "teatro", "museu", "parque", "hospital", "associação", "federação", "fundação",
                "seguradora", "companhia", "filme", "romance", "canção", "álbum",
                // Who leads it, or whose it is: `o governo Lula`, `a gestão Haddad`, `a equipe Qwen`.
                "governo", "gestão", "administração", "grupo", "equipe", "equipa", "divisão", "unidade",
                // A storm's name: `o furacão Milton`.
                "furacão", "tufão", "ciclone", "tempestade",
                // Cinemas, magazines and newspapers: `o cinema Odeon`, `a revista Veja`.
                "cinema", "revista", "semanário", "jornal", "diário",
            ],
            prepositions: [
                "ante", "após", "até", "contra", "perante", "sem", "sob", "trás", "mediante", "conforme", "frente", "junto",
                "exceto", "salvo", "inclusive", "através", "via", "rumo", "perto", "dentro", "fora", "atrás", "diante",
            ],
            conventionalCapitals: [
                // Institutions that Portuguese news writes with a capital (`o Governo`).
                "governo", "governos", "estado", "estados", "executivo", "congresso", "senado", "parlamento", "ministério",
                "tribunal", "igreja", "papa", "prefeitura", "câmara", "assembleia", "fazenda", "supremo", "república",
            ]
        )
    )
}
