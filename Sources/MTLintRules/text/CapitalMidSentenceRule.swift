import ICU
import MTLintCore
import MTLintText

/// `text/capital-mid-sentence`: a common word written with a capital in the middle of a
/// sentence (`il prossima Ambizione applicativa`, `un elenco completo Membri`).
public struct CapitalMidSentenceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/capital-mid-sentence",
        severity: .warning,
        category: .fluency,
        summary: "A common word capitalised in the middle of a sentence.",
        explanation: """
            Machine translation capitalises words that started a segment or a table cell in \
            the source: `il prossima Ambizione applicativa globale`, `un elenco completo \
            Membri di.`. mtlint flags a capitalised word inside a sentence, right after a \
            lower-case content word (or a semicolon), or an article right after a function \
            word and before a word in lower case (`ha detto che La società`; in Italian, \
            French, Spanish and Portuguese; only when the document also writes the two words \
            in lower case, `la società`, and not twice with the capital, since a capitalised \
            article also starts a title: `ha letto Il nome della rosa`), when the word is a \
            common word: it \
            stands in lower case elsewhere in the document (a warning), or only the \
            language's hunspell dictionary (Debian's hunspell-it, hunspell-fr ...) accepts it \
            in lower case (a low-confidence note at info level: the word may be a name, \
            `Dio`, `il pesce Babele`). The suggestion is the lower-case word.

            Not flagged: the first word of a sentence, of a line, after a colon or after an \
            opening quotation mark or bracket; other words after a function word (an elided one \
            too: `Piano d’Azione`) or a comma, where names stand (`di Internet`, `a Meta`); \
            words next to another capitalised word (`Silicon Valley`, `Saint-Pétersbourg`) or \
            next to another language's function word (`Software as a Service`, `for \
            China`); a word the document also uses in a longer name (`il sindaco Yin Yong`, \
            then `ha affermato Yin`); acronyms and words with inner capitals (`AI`, \
            `OpenAI`); a name after a noun that names things in apposition (`la versione Pro`, \
            `il decreto Sicurezza`, `un momento Sputnik`, `piazza Duomo`) or after a preposition \
            (`contro Apple`, `derrière Vivo`; each language lists these nouns and prepositions); \
            a word after one the dictionary does not know (a command or option: \
            `--sync Sincronizza`) or after a column's spaces; a label with a number \
            (`Windows 95`, `Sezione 5`); names joined by a function word (`Braccio di \
            Ferro`); proper nouns of the dictionary (`Roma`), names of the glossary (`Vivo`) and a few \
            companies named like common words (`ha superato Tesla`); words \
            the language writes with a capital by convention though its dictionary has them in \
            lower case (Italian `alcuni Paesi`, `il tardo Medioevo`, `gli anni Settanta`, `le forniture Usa`; French \
            `certains Américains`; Spanish `otros Gobiernos`); the items of a list of titles or \
            names after semicolons (`Il ponte (1966); Ritorno a casa (1989)`: two or more \
            short items with capitals on one line); headings, titles and captions \
            (a line of up to 20 words without a sentence's final punctuation); and, in \
            German, every noun.

            In Italian, Spanish, French and Portuguese it also flags the capitalised words of \
            a common-noun term before its acronym in brackets, when the acronym is one of the \
            language's term groups: `la Inteligencia Artificial (IA)`, `a Intelligenza \
            artificiale (IA)`; an organisation's name before its acronym keeps its capitals.
            """,
        examples: [
            .flags("it", "Mostra il desiderio di costruire il prossima ⟦Ambizione⟧ applicativa globale.", suggestion: "ambizione"),
            .flags("it", "Lo ha annunciato in un elenco completo ⟦Membri⟧ del comitato, insieme ad altri membri.", suggestion: "membri"),
            .flags("fr", "Le groupe veut construire sa prochaine ⟦Ambition⟧ mondiale.", suggestion: "ambition"),
            .flags("es", "La empresa quiere construir su próxima ⟦Ambición⟧ global.", suggestion: "ambición"),
            .flags("en", "The company wants to build its next global ⟦Ambition⟧ in apps.", suggestion: "ambition"),
            .passes("it", "Ha riferito The Information: Meta e Google crescono; nell'era di Internet mobile, a Roma."),
            .passes("it", "La Silicon Valley usa Software as a Service e OpenAI, ha detto il CEO. «Ambizione» è il nome."),
            .passes("it", "Strategie Globali Per La Crescita\n\nIl testo comincia qui."),
            .passes("it", "In Europa il marchio ha superato in alcuni mesi Tesla, e riduce la dipendenza dalle forniture Usa."),
            .flags("it", "Cresce il fatturato: il gruppo ha aggiunto che ⟦Il⟧ fatturato salirà.", suggestion: "il"),
            .flags("fr", "Il parle des robots : il rappelle que ⟦Les⟧ robots coûtent cher et que les robots s'usent.", suggestion: "les"),
            .flags("es", "Afirmó que ⟦El⟧ gobierno apoya el plan, y el gobierno lo confirma.", suggestion: "el"),
            .flags("pt", "Afirmou que ⟦Os⟧ carros são baratos e que os carros vendem.", suggestion: "os"),
            .flags("pt", "O ministro disse que ⟦O⟧ governo vai investir, e o governo confirmou.", suggestion: "o"),
            .passes("pt", "O clube subiu à Série A e o jornal O Globo contou tudo, de A a Z: a vitamina A é boa e a a seguir."),
            .passes("pt", "No governo Lula, a lula é servida grelhada."),
            .flags("es", "La reunión se celebró el ⟦Martes⟧ 3 de marzo en Madrid.", suggestion: "martes"),
            .flags("pt", "A reunião aconteceu na ⟦Terça-feira⟧ 5 em Brasília.", suggestion: "terça-feira"),
            .passes(
                "it",
                "Arrivano il Venerdì Santo, il Lunedì dell'Angelo e il Martedì grasso; la commedia Sabato, domenica e lunedì; il film Domenica 5 volte."
            ),
            .flags("es", "La junta celebró ⟦Martes⟧ 4 una sesión, y el martes siguiente otra.", suggestion: "martes"),
            .passes("it", "Il Venerdì Santo e il Primo Maggio; Il Venerdì di Repubblica esce il venerdì."),
            .passes("fr", "Elle dirige l’équipe Apprentissage et raisonnement du laboratoire, et l’apprentissage progresse."),
            .passes("it", "Le altre Borse europee hanno chiuso in calo, mentre le borse di lusso salgono."),
            .passes("es", "El huracán Ida dejó daños; la ida y la vuelta se suspendieron."),
            .passes("pt", "Nasceu no Rio de Janeiro em 5 de Março e mora na Rua 25 de Março."),
            .passes("fr", "Devant la colonne de Juillet, Mai 68 et le Mardi gras ; il relit Vendredi ou les Limbes du Pacifique."),
            .passes("fr", "La division Eau industrielle progresse, et l’eau manque ailleurs."),
            .passes("it", "Che cosa si è deciso al quarto Plenum? Il plenum ha votato."),
            .passes("it", "Ha scritto che La Stampa e Il Sole 24 Ore lo sapevano, e che LA società è nota."),
            .passes("fr", "Il a dit que Le Monde et Les Échos le savaient."),
            .passes("it", "La società cresce. Ha ricordato che La vita è bella vinse tre Oscar, e ha letto Il nome della rosa."),
            .passes("it", "Il problema è noto: ha letto Il problema dei tre corpi, e dice che Il problema dei tre corpi è un classico."),
            .passes("it", "La serie che ha reso L'amica geniale un successo internazionale."),
            .flags("it", "Cresce l'azienda: ha detto che ⟦L'⟧azienda assumerà.", suggestion: "l'"),
            .flags("fr", "Les États-Unis et les robots : il rappelle que ⟦Les⟧ robots coûtent cher.", suggestion: "les"),
            .passes("de", "Die Firma will ihre nächste globale Ambition bauen."),
            .passes("it", "Ha presentato la versione Pro e il modello Max; il decreto Sicurezza e il caso Moro, in piazza Duomo."),
            .passes("fr", "Elle lance la version Pro et le modèle Max ; le plan Marshall, rue Royale."),
            .passes("es", "Presentó la versión Pro y el modelo Max; fue un momento Sputnik en la calle Mayor."),
            .passes("fr", "Sa part a progressé derrière Vivo, malgré Honor et face à Vivo."),
            .passes("it", "La quota cresce dietro Vivo e contro Honor, verso Nord, senza Meta."),
            .passes("it", "Nel trimestre la cinese Vivo ha superato Xiaomi, e Huawei prepara il chip Kirin."),
            .passes("it", "Negli anni Settanta alcuni Paesi crescevano, tra il tardo Medioevo e il primo Novecento."),
            .passes("fr", "Selon certains Américains et plusieurs Européennes interrogées, l’offre plaît."),
            .passes("es", "Otros Gobiernos dudan, según varios Estados miembros."),
            .passes("it", "Filmografia: La città di notte (1961); Il ponte (1966); Ritorno a casa (1989); L'ultimo tram (2004)."),
            .flags(
                "it",
                "Il piano rafforza la ricerca nelle università del Paese; ⟦In⟧ secondo luogo promuove la formazione dei docenti di ogni scuola; ⟦In⟧ terzo luogo sostiene le imprese in difficoltà.",
                suggestion: "in"),
            .passes("en", "He works at Apple in Cupertino, said the Wall Street Journal."),
            .passes("it", "Lo ha detto il sindaco Yin Yong. “Siamo primi”, ha affermato Yin, con il Piano d’Azione in mano."),
            .passes("fr", "Le titre, ‘Building a solid backbone for China’, est en anglais ; il vit à Saint-Pétersbourg."),
            .passes("it", "Le sei Tigri cinesi dell’intelligenza artificiale\n\nIl testo comincia qui."),
            .flags("es", "El desarrollo de la ⟦Inteligencia Artificial⟧ (IA) en China avanza.", suggestion: "inteligencia artificial"),
            .flags("it", "Il piano punta a ⟦Intelligenza⟧ artificiale (IA) e robotica.", suggestion: "intelligenza"),
            .passes("it", "La Banca Centrale Europea (BCE) e l'intelligenza artificiale (IA) crescono."),
            .passes(
                "it",
                "Il programma usa Windows 95, come si veda Sezione 5, e il cartone di Braccio di Ferro.\n--sync Sincronizza le chiamate.\nNessun errore       Niente errori gravi."
            ),
        ]
    )

    public init() {}

    /// The articles of each language with a capital that machine translation leaves when it
    /// joins a clause to the sentence before (`ha affermato che Il gruppo`).
    static let articles: [String: Set<String>] = [
        "it": ["il", "lo", "la", "gli", "le", "un", "uno", "una", "l'", "l’"],
        "fr": ["le", "la", "les", "un", "une", "l'", "l’"],
        "es": ["el", "la", "los", "las", "un", "una"],
        "pt": ["o", "a", "os", "as", "um", "uma"],
    ]

    /// True when the capitalised token at `index` is an article of `language` between two
    /// words in lower case, one space on each side (none after an elided one): `che La
    /// società`, `che L'azienda`, but not `che La Stampa`, a newspaper.
    static func isArticleBeforeLowerCaseWord(_ index: Int, _ analysis: Analysis, language: String) -> Bool {
        let tokens = analysis.tokens, text = analysis.text
        guard let articles = articles[language], index + 1 < tokens.count else { return false }
        let token = tokens[index], previous = tokens[index - 1], next = tokens[index + 1]
        guard next.kind == .word, CodeUnit.startsLowercase(previous, in: text), CodeUnit.startsLowercase(next, in: text),
            Int(token.start) - Int(previous.end) == 1, text[Int(previous.end)] == 0x20,
            isArticleSpacing(token, next, text)
        else { return false }
        return articles.contains(analysis.lowercased(token))
    }

    /// One space between an article and its word, none after an elided one (`l'azienda`).
    static func isArticleSpacing(_ article: Token, _ word: Token, _ text: [UInt16]) -> Bool {
        let last = text[Int(article.end) - 1]
        if last == 0x27 || last == 0x2019 { return word.start == article.end }
        return Int(word.start) - Int(article.end) == 1 && text[Int(article.end)] == 0x20
    }

    /// The key of the capitalised article at token `index` and the word after it, in lower
    /// case (`la società`).
    static func articlePhraseKey(_ index: Int, _ analysis: Analysis) -> UInt64 {
        let span = Int(analysis.tokens[index].start)..<Int(analysis.tokens[index + 1].end)
        return key(CodeUnit.lowercased(analysis.text[span], locale: analysis.language.locale).utf16)
    }

    /// Those of `wanted` that are keys of an article in lower case and the word after it, one
    /// space apart (`la società`): one pass over the tokens, a short word at a time.
    static func lowercaseArticlePhraseKeys(_ analysis: Analysis, among wanted: Set<UInt64>) -> Set<UInt64> {
        let tokens = analysis.tokens, text = analysis.text
        var found = Set<UInt64>()
        guard tokens.count >= 2 else { return found }
        for index in 0..<(tokens.count - 1) {
            let token = tokens[index], next = tokens[index + 1]
            guard token.kind == .word, token.end - token.start <= 4, next.kind == .word, isArticleSpacing(token, next, text),
                CodeUnit.startsLowercase(token, in: text), CodeUnit.startsLowercase(next, in: text)
            else { continue }
            let phraseKey = key(text[Int(token.start)..<Int(next.end)])
            if wanted.contains(phraseKey) { found.insert(phraseKey) }
        }
        return found
    }

    /// Companies that news about Chinese technology and cars names at every turn (as rivals,
    /// partners, suppliers) and whose names are common words of some language: `ha superato
    /// Tesla` (the unit `tesla`), `rivali come Meta` (`meta`, a goal), `la britannica Jaguar`.
    /// Chinese companies are names of the default glossary instead.
    static let companiesNamedLikeWords: Set<String> = [
        "Tesla", "Meta", "Apple", "Amazon", "Oracle", "Jaguar", "Lancia", "Mercedes", "Orange", "Shell", "Visa",
        "Micron", "Lotus", "Arm",
    ]

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard analysis.isLatinScript, let profile = analysis.language.profile,
            analysis.numbers?.capitalizesNouns != true
        else { return [] }
        let tokens = analysis.tokens
        let text = analysis.text
        guard let ownProfile = analysis.languageProfileIndex else { return [] }
        let weekdays = Self.lowerCaseCalendarNames(analysis.language.locale)
        var numberWords: Set<Int>?
        var capitalisedListItems: Set<Int>?
        // Looked up once per document, on the first candidate.
        // Capitalised words that pass every test but the last, with their lower-case forms;
        // whether each is a common word is asked once all are known.
        // `articlePhrase`: for an article before a word in lower case, the key of the two.
        var candidates: [(token: Token, word: String, lower: String, composedLower: String, key: UInt64, articlePhrase: UInt64?)] = []
        for index in 1..<max(tokens.count, 1) {
            let token = tokens[index]
            guard token.kind == .word, Self.isCapitalised(token, text) else { continue }
            // One letter: only an article after a function word (Portuguese `que O governo`);
            // `Série A`, `vitamina A` and `de A a Z` are labels.
            if token.end - token.start < 2,
                !(analysis.isStopWord(index - 1, in: ownProfile)
                    && Self.isArticleBeforeLowerCaseWord(index, analysis, language: profile.code))
            {
                continue
            }
            let previous = tokens[index - 1]
            // Right after a lower-case content word, or a semicolon; an article also after a
            // function word (`ha detto che La società`), since a name's article before a word
            // in lower case is no name's.
            let afterSemicolon = previous.kind == .punctuation && analysis.string(previous) == ";"
            let isArticle =
                !afterSemicolon && previous.kind == .word && Self.isArticleBeforeLowerCaseWord(index, analysis, language: profile.code)
            let articleAfterFunctionWord = isArticle && analysis.isStopWord(index - 1, in: ownProfile)
            guard
                afterSemicolon || articleAfterFunctionWord
                    || (previous.kind == .word && CodeUnit.startsLowercase(previous, in: text)
                        && !analysis.isStopWord(index - 1, in: ownProfile) && !Self.isElided(previous, text))
            else { continue }
            // After another language's function word: a quotation in that language (`for China`).
            if !afterSemicolon, !articleAfterFunctionWord, analysis.hasStopWord(index - 1) { continue }
            // Part of a hyphenated name (`Saint-Pétersbourg`, `Baden-Württemberg`).
            if Self.isHyphenatedToName(index, tokens, text) { continue }
            // A name in apposition to the noun before it (`la versione Pro`, `il decreto
            // Sicurezza`, `piazza Duomo`), or after a preposition that is no function word
            // (`contro Apple`, `derrière Vivo`): the capital is the name's.
            let previousLower = afterSemicolon ? nil : analysis.lowercased(previous)
            if let before = previousLower, profile.nameWords.namingHeads.contains(before) || profile.nameWords.prepositions.contains(before)
            {
                continue
            }
            // An item of a list whose items start with capitals (`Filmografia: La città di
            // notte (1961); Il ponte (1966); Via Padova 12 (1978)`): titles or names, each
            // with its own capital. Machine translation's capital after a semicolon starts a
            // clause, longer than a list's item.
            if afterSemicolon {
                if capitalisedListItems == nil { capitalisedListItems = Self.shortCapitalisedListItems(analysis) }
                if capitalisedListItems!.contains(Int(previous.start)) { continue }
            }
            // Number words in figures are figure/number-word-case's.
            if numberWords == nil { numberWords = Self.figureNumberWords(analysis) }
            if numberWords!.contains(Int(token.start)) { continue }
            // One space between them: more is a table's or a list's column (`--help   Mostra`).
            guard afterSemicolon || Int(token.start) - Int(previous.end) == 1 else { continue }
            guard !text[Int(previous.end)..<Int(token.start)].contains(where: { $0 == 0x0A || $0 == 0x0D }) else { continue }
            // A label with a number (`Windows 95`, `Sezione 5.9`), or a name of several words
            // joined by a function word (`Braccio di Ferro`, `Centri di Calcolo`).
            if index + 1 < tokens.count, tokens[index + 1].kind == .number, Int(tokens[index + 1].start) == Int(token.end) + 1 { continue }
            if index + 2 < tokens.count, tokens[index + 1].kind == .word, analysis.isStopWord(index + 1, in: ownProfile),
                tokens[index + 2].kind == .word, CodeUnit.isUppercase(text[Int(tokens[index + 2].start)])
            {
                continue
            }
            // Not part of a run of capitalised words (`Silicon Valley`), nor of a phrase in
            // another language (`Software as a Service`).
            if index + 1 < tokens.count, tokens[index + 1].kind == .word {
                let next = tokens[index + 1]
                if Self.isCapitalised(next, text) || Self.hasCapitals(next, text) { continue }
                let elided = [0x27, 0x2019].contains(text[Int(next.end) - 1])  // `d'`, `l'`: the document's own
                if !elided, !analysis.isStopWord(index + 1, in: ownProfile),
                    LanguageProfile.all.indices.contains(where: { $0 != ownProfile && analysis.isStopWord(index + 1, in: $0) })
                {
                    continue
                }
            }
            let word = analysis.string(token)
            let lower = analysis.lowercased(token)
            guard !analysis.isSentenceStart(tokenIndex: index), !analysis.isHeading(at: Int(token.start)),
                !Self.isTitleOrCaption(at: Int(token.start), analysis)
            else { continue }
            // Dictionaries and the document may be composed differently (NFC against NFD).
            let composedWord = Self.composed(word), composedLower = Self.composed(lower)
            // Not an article before a word in lower case: dictionaries list `Las` and `El` for
            // `Las Palmas` and `El Salvador`.
            if !isArticle, analysis.lexicon?.properNouns.contains(composedWord) == true { continue }
            // A word the language writes with a capital by convention (`alcuni Paesi`, `il
            // tardo Medioevo`, `certains Américains`), though the dictionary lists it in lower case.
            if profile.nameWords.isConventionalCapital(composedLower) { continue }
            // A name of the glossary (`Vivo`, `Kirin`, and the user's own products).
            if analysis.glossary.entityIndex(withNameKey: NameFinder.key(word, { nil }).lowercased()) != nil { continue }
            if Self.companiesNamedLikeWords.contains(composedWord) { continue }
            // A weekday is flagged only in a date, by its own check; elsewhere its capital
            // names a work or a feast (`la commedia Sabato, domenica e lunedì`).
            if weekdays.contains(composedLower) { continue }
            // The word before is one of the language's (`prossima`), not a command, an option or
            // a term of another language (`--sync Sincronizza`, `return Devuelve`).
            if let before = previousLower, let found = analysis.lexicon, !found.isCommonWord(Self.composed(before)) { continue }
            if Self.isInPathOrCode(previous.range, text) || Self.isInPathOrCode(token.range, text) { continue }
            candidates.append(
                (token, word, lower, composedLower, Self.key(composedLower.utf16), isArticle ? Self.articlePhraseKey(index, analysis) : nil)
            )
        }
        let calendarFindings = capitalisedCalendarNames(analysis)
        let expansions = capitalisedTermExpansions(analysis) + calendarFindings
        guard !candidates.isEmpty else { return expansions }
        let lowercaseWords = Self.lowercaseWordKeys(tokens, text, among: Set(candidates.map(\.key)))
        let articleKeys = candidates.compactMap(\.articlePhrase)
        let articlePhrases = articleKeys.isEmpty ? [] : Self.lowercaseArticlePhraseKeys(analysis, among: Set(articleKeys))
        // The same capitalised article and word twice inside sentences: a title the text
        // keeps naming (`Il problema dei tre corpi`), not a clause's lost capital.
        var articleCounts: [UInt64: Int] = [:]
        for key in articleKeys { articleCounts[key, default: 0] += 1 }
        let nameWords = Self.wordsStandingInNames(analysis, among: Set(candidates.map { Self.key(analysis.text[$0.token.range]) }))
        var diagnostics: [Diagnostic] = []
        for candidate in candidates {
            // The document names someone or something with it (`il sindaco Yin Yong`, then
            // `ha affermato Yin`). Not an article before a word in lower case: `Les États-Unis`
            // does not make `que Les robots` a name.
            if candidate.articlePhrase == nil, nameWords.contains(Self.key(analysis.text[candidate.token.range])) { continue }
            // The document writes the word in lower case too: sure. Only the dictionary knows
            // it: a name may be meant (`il pesce Babele`, `Dio`), so a low-confidence note.
            let inDocument = lowercaseWords.contains(candidate.key)
            guard inDocument || analysis.lexicon?.isCommonWord(candidate.composedLower) == true else { continue }
            // An article with a capital begins a title as often as a clause (`ha letto Il nome
            // della rosa`, `che La vita è bella`): flagged only when the document writes the
            // article and the word after it in lower case too (`che La società` beside `la
            // società`), which no title of a work is.
            if let phrase = candidate.articlePhrase {
                guard articlePhrases.contains(phrase), articleCounts[phrase, default: 0] < 2 else { continue }
            }
            diagnostics.append(
                diagnostic(
                    candidate.token.range,
                    "`\(candidate.word)` is a common word with a capital letter in the middle of a sentence; write `\(candidate.lower)`",
                    suggestions: [candidate.lower], confidence: inDocument ? .high : .low))
        }
        // A calendar name is reported once, by its own check.
        let calendarStarts = Set(calendarFindings.map(\.range.lowerBound))
        diagnostics.removeAll { calendarStarts.contains($0.range.lowerBound) }
        return (diagnostics + expansions).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Weekday names of each language, lower case, when CLDR writes them in lower case
    /// (Italian, French, Spanish, Portuguese; not English or German, which capitalise them);
    /// empty otherwise.
    private static let calendarNames = LanguageCache<Set<String>>()

    static func lowerCaseCalendarNames(_ locale: ICULocale) -> Set<String> {
        calendarNames.value(for: locale.language) {
            guard let symbols = try? DateSymbols(locale: locale) else { return [] }
            // Not months: `Mai 68`, `la révolution de Juillet`, and European Portuguese before
            // the 1990 agreement (`5 de Março`) write them with a capital.
            let names = symbols.weekdays
            guard !names.isEmpty, names.allSatisfy({ $0.first?.isLowercase == true }) else { return [] }
            return Set(names.map { TextTransforms.lowercased($0, locale: locale) })
        }
    }

    /// A weekday with a capital in a date, after a word in lower case, article and preposition
    /// included (`el Martes 3 de marzo`, `na Terça-feira 5`), in a language that writes
    /// weekdays in lower case: the capital of an English or German source. Not at a
    /// sentence's start, in a heading or a caption.
    private func capitalisedCalendarNames(_ analysis: Analysis) -> [Diagnostic] {
        let names = Self.lowerCaseCalendarNames(analysis.language.locale)
        guard !names.isEmpty else { return [] }
        let tokens = analysis.tokens, text = analysis.text
        var diagnostics: [Diagnostic] = []
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && Self.isCapitalised(tokens[index], text) {
            let token = tokens[index], previous = tokens[index - 1]
            guard previous.kind == .word, CodeUnit.startsLowercase(previous, in: text), Int(token.start) - Int(previous.end) == 1,
                text[Int(previous.end)] == 0x20
            else { continue }
            // After `de` that follows a capitalised word or a number: a name or a feast (`Rio
            // de Janeiro`, `Maré de Março`, `Rua 25 de Março`, `il 25 Aprile` is left by the
            // first guard).
            if index >= 2, analysis.hasStopWord(index - 1),
                tokens[index - 2].kind == .number
                    || (tokens[index - 2].kind == .word && CodeUnit.isUppercase(text[Int(tokens[index - 2].start)]))
            {
                continue
            }
            // A hyphenated name (`Terça-feira`) is three tokens.
            var last = index
            if index + 2 < tokens.count, tokens[index + 1].end - tokens[index + 1].start == 1, text[Int(tokens[index + 1].start)] == 0x2D,
                tokens[index + 1].start == token.end, tokens[index + 2].start == tokens[index + 1].end, tokens[index + 2].kind == .word
            {
                last = index + 2
            }
            let range = Int(token.start)..<Int(tokens[last].end)
            let lower = TextTransforms.lowercased(analysis.string(range), locale: analysis.language.locale)
            guard names.contains(lower) || (last != index && names.contains(analysis.lowercased(token))) else { continue }
            let flagged = names.contains(lower) ? range : token.range
            let flaggedLower = names.contains(lower) ? lower : analysis.lowercased(token)
            // Only a date: the day of the month after it (`el Martes 3 de marzo`). Otherwise a
            // capitalised weekday names a feast (`Martedì grasso`, `Lunedì dell'Angelo`), a
            // work (`Sabato, domenica e lunedì`, `Vendredi ou les Limbes`) or a person.
            let next = analysis.firstTokenIndex(atOrAfter: flagged.upperBound)
            guard next < tokens.count, tokens[next].kind == .number, Int(tokens[next].start) == flagged.upperBound + 1 else { continue }
            // A naming noun before it: `il film Domenica`.
            if let profile = analysis.language.profile, profile.nameWords.namingHeads.contains(analysis.lowercased(previous)) { continue }
            guard !analysis.isSentenceStart(tokenIndex: index), !analysis.isHeading(at: flagged.lowerBound),
                !Self.isTitleOrCaption(at: flagged.lowerBound, analysis)
            else { continue }
            diagnostics.append(
                diagnostic(
                    flagged,
                    "`\(analysis.string(flagged))`: \(analysis.languageName) writes the names of weekdays and months in lower case; write `\(flaggedLower)`",
                    suggestions: [flaggedLower]))
        }
        return diagnostics
    }

    /// The words of a common-noun term capitalised before its acronym in brackets: `la
    /// Inteligencia Artificial (IA)`, `a Intelligenza artificiale (Ia)`. The acronym is one
    /// of the language's term groups (AI, IA), so the words are a common noun, which Italian,
    /// Spanish, French and Portuguese write in lower case; an organisation's name before its
    /// acronym (`Banca Centrale Europea (BCE)`) is not of a term group and keeps its capitals.
    private func capitalisedTermExpansions(_ analysis: Analysis) -> [Diagnostic] {
        guard let profile = analysis.language.profile, profile.nameWords.writesTermsInLowerCase else { return [] }
        let acronyms = profile.nameWords.acronyms
        let tokens = analysis.tokens, text = analysis.text
        var diagnostics: [Diagnostic] = []
        for index in tokens.indices.dropFirst(2) where tokens[index].kind == .word && index + 1 < tokens.count {
            // `( ACRONYM )` right after the words.
            guard tokens[index - 1].kind == .punctuation, text[Int(tokens[index - 1].start)] == 0x28,
                tokens[index + 1].kind == .punctuation, text[Int(tokens[index + 1].start)] == 0x29,
                acronyms.contains(analysis.string(tokens[index]).uppercased())
            else { continue }
            // The dictionary is read at the first acronym in brackets: most texts have none.
            guard let lexicon = analysis.lexicon else { return [] }
            // Up to three words before the bracket; the capitalised ones that are common words.
            var words: [Int] = []
            var word = index - 2
            while word >= 0, words.count < 3, tokens[word].kind == .word, !analysis.hasStopWord(word) {
                words.insert(word, at: 0)
                word -= 1
            }
            let capitalised = words.filter {
                CodeUnit.isUppercase(text[Int(tokens[$0].start)]) && !analysis.isSentenceStart(tokenIndex: $0)
                    && lexicon.isCommonWord(Self.composed(analysis.lowercased(tokens[$0])))
            }
            guard let first = capitalised.first, let last = capitalised.last,
                Self.isCapitalised(tokens[first], text)
            else { continue }
            let range = Int(tokens[first].start)..<Int(tokens[last].end)
            let written = analysis.string(range)
            let lower = CodeUnit.lowercased(text[range], locale: analysis.language.locale)
            diagnostics.append(
                diagnostic(
                    range,
                    "`\(written)` is a common noun, the term behind `\(analysis.string(tokens[index]))`; \(analysis.languageName) writes it in lower case: `\(lower)`",
                    suggestions: [lower]))
        }
        return diagnostics
    }

    /// The offsets of the semicolons that open a short item (up to six words, to the next
    /// semicolon, full stop or line end) starting with a capital, on lines that have two or
    /// more of them: a list of titles or names, not clauses. One pass; each item is read up
    /// to its seventh word at most.
    static func shortCapitalisedListItems(_ analysis: Analysis) -> Set<Int> {
        let text = analysis.text, tokens = analysis.tokens
        let map = analysis.document.sourceMap
        var shortItems: [(semicolon: Int, line: Int)] = []
        var itemsPerLine: [Int: Int] = [:]
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && text[Int(token.start)] == 0x3B {
            guard index + 1 < tokens.count, tokens[index + 1].kind == .word,
                CodeUnit.isUppercase(text[Int(tokens[index + 1].start)])
            else { continue }
            var words = 0, next = index + 1, ended = false
            while next < tokens.count, words <= 6 {
                let item = tokens[next]
                let endsItem =
                    text[Int(tokens[next - 1].end)..<Int(item.start)].contains(where: { $0 == 0x0A || $0 == 0x0D })
                    || (item.kind == .punctuation && [0x3B, 0x2E, 0x3F, 0x21].contains(text[Int(item.start)]))
                if endsItem {
                    ended = true
                    break
                }
                if item.kind == .word || item.kind == .number { words += 1 }
                next += 1
            }
            guard ended || next == tokens.count, words <= 6 else { continue }
            let line = map.lineIndex(of: Int(token.start))
            shortItems.append((Int(token.start), line))
            itemsPerLine[line, default: 0] += 1
        }
        return Set(shortItems.filter { itemsPerLine[$0.line, default: 0] >= 2 }.map(\.semicolon))
    }

    /// An elided function word (`d’`, `l'`, `dell’`): it stands before names (`Piano d’Azione`).
    static func isElided(_ token: Token, _ text: [UInt16]) -> Bool {
        let last = text[Int(token.end) - 1]
        return last == 0x27 || last == 0x2019
    }

    /// Joined by a hyphen to a capitalised word: `Saint-Pétersbourg`.
    static func isHyphenatedToName(_ index: Int, _ tokens: [Token], _ text: [UInt16]) -> Bool {
        let token = tokens[index]
        let start = Int(token.start), end = Int(token.end)
        if end + 1 < text.count, text[end] == 0x2D, CodeUnit.isUppercase(text[end + 1]) { return true }
        if start >= 2, text[start - 1] == 0x2D, index >= 2, Int(tokens[index - 2].end) == start - 1,
            CodeUnit.isUppercase(text[Int(tokens[index - 2].start)])
        {
            return true
        }
        return false
    }

    /// A line without a sentence's final punctuation and of at most 20 words: a title, a
    /// kicker or a caption, where news writes names and stylised capitals (`le sei Tigri`).
    static func isTitleOrCaption(at offset: Int, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        let map = analysis.document.sourceMap
        let line = map.lineRange(map.lineIndex(of: offset), in: text)
        guard let last = text[line].last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
        if [0x2E, 0x3F, 0x21, 0x3B, 0x2026, 0x3A, 0x2C].contains(last) { return false }
        var spaces = 0
        for unit in text[line] where unit == 0x20 {
            spaces += 1
            if spaces >= 20 { return false }
        }
        return true
    }

    /// Those of `wanted` (keys of words as written) that the document also uses inside a
    /// name of several words (`il sindaco Yin Yong`): a KeyFilter turns most words away
    /// before a name is looked for around them.
    static func wordsStandingInNames(_ analysis: Analysis, among wanted: Set<UInt64>) -> Set<UInt64> {
        let filter = KeyFilter(wanted)
        let text = analysis.text
        var found = Set<UInt64>()
        for (index, token) in analysis.tokens.enumerated() where token.kind == .word && CodeUnit.isUppercase(text[Int(token.start)]) {
            let key = key(text[token.range])
            guard filter.mayContain(key), wanted.contains(key), !found.contains(key),
                analysis.standsInName(tokenIndex: index)
            else { continue }
            found.insert(key)
        }
        return found
    }

    /// NFC, through ICU only when there is something to compose: a word without combining
    /// marks (all below U+0300) already is.
    static func composed(_ word: String) -> String {
        word.utf16.allSatisfy { $0 < 0x300 } ? word : TextTransforms.normalize(word, .nfc)
    }

    /// Those of `wanted` that are the keys of words of the document that start in lower case,
    /// composed: the document's own evidence that a word is common. Keys are hashes of code
    /// units, so that no String is made per word of a long document, and a KeyFilter of the
    /// few wanted keys turns most words away before any Set is hashed.
    static func lowercaseWordKeys(_ tokens: [Token], _ text: [UInt16], among wanted: Set<UInt64>) -> Set<UInt64> {
        let filter = KeyFilter(wanted)
        var found = Set<UInt64>()
        for token in tokens where token.kind == .word && CodeUnit.startsLowercase(token, in: text) {
            // A word of a path, a command or a file name (`/usr/lib/gtk`, `gtk-demo`) is no
            // evidence that the language writes it in lower case.
            if isInPathOrCode(token.range, text) { continue }
            let units = text[token.range]
            let key = units.allSatisfy { $0 < 0x300 } ? key(units) : key(composed(String(utf16Units: units)).utf16)
            if filter.mayContain(key), wanted.contains(key) { found.insert(key) }
        }
        return found
    }

    /// Joined to `/ . _ -` or `\` on either side: part of a path, a file name or a command.
    static func isInPathOrCode(_ range: Range<Int>, _ text: [UInt16]) -> Bool {
        func isJoiner(_ unit: UInt16) -> Bool { unit == 0x2F || unit == 0x5F || unit == 0x2D || unit == 0x5C || unit == 0x2E }
        if range.lowerBound > 0, isJoiner(text[range.lowerBound - 1]) { return true }
        if range.upperBound + 1 < text.count, isJoiner(text[range.upperBound]), CodeUnit.isLetterOrDigit(text[range.upperBound + 1]) {
            return true
        }
        return false
    }

    /// A word's key: the 64-bit FNV-1a hash that fingerprints use, so that two words share
    /// a key by chance about once in 10^19 pairs.
    static func key(_ units: ArraySlice<UInt16>) -> UInt64 {
        var hash = Fingerprint.FNV1a()
        hash.add(units)
        return hash.value
    }

    static func key(_ units: String.UTF16View) -> UInt64 {
        var hash = Fingerprint.FNV1a()
        hash.add(units)
        return hash.value
    }

    /// Start offsets of the words of spelled-out figures.
    static func figureNumberWords(_ analysis: Analysis) -> Set<Int> {
        var starts = Set<Int>()
        for figure in analysis.figures where figure.notation == .words || figure.scale != nil {
            var index = analysis.firstTokenIndex(atOrAfter: figure.range.lowerBound)
            while index < analysis.tokens.count, Int(analysis.tokens[index].start) < figure.range.upperBound {
                starts.insert(Int(analysis.tokens[index].start))
                index += 1
            }
        }
        return starts
    }

    /// A capital first, then lower case only (`Ambizione`, not `AI`, `OpenAI`, `Doubao2`).
    /// Asked of every word: the first unit is read before any slice of the text is made.
    static func isCapitalised(_ token: Token, _ text: [UInt16]) -> Bool {
        guard token.end > token.start, CodeUnit.isUppercase(text[Int(token.start)]) else { return false }
        return text[(Int(token.start) + 1)..<Int(token.end)].allSatisfy { unit in
            if CodeUnit.isLowercase(unit) || unit == 0x27 || unit == 0x2019 { return true }
            return Unicode.Scalar(unit)?.properties.generalCategory == .nonspacingMark
        }
    }

    static func hasCapitals(_ token: Token, _ text: [UInt16]) -> Bool {
        text[token.range].contains(where: CodeUnit.isUppercase)
    }
}
