import ICU
import MTLintCore
import MTLintText

/// `text/untranslated`: a sentence left in another language (an English or Chinese sentence
/// in an Italian article).
public struct UntranslatedRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/untranslated",
        severity: .warning,
        category: .accuracy,
        summary: "A sentence or a phrase in another language than the document's: left untranslated.",
        explanation: """
            Machine translation leaves a sentence in the source language when a segment \
            fails, or passes through an English sentence of the source: `Sales in Germany \
            doubled compared with the same period last year.` in an Italian article. mtlint \
            decides per sentence, the way it detects a document's language: by script (a \
            sentence mostly in Han, kana, Hangul, Cyrillic ... letters in a Latin-script \
            document) and by function words (a sentence of six words or more where another \
            language's function words are at least three and a quarter of the words, and more \
            than twice the document language's).

            Inside a line, it also finds English phrases (an English headline above the \
            translated one, `share this article with your friends`) with two hunspell \
            dictionaries (Debian's hunspell-en-us and the document language's): starting at an \
            English function word or contraction (`the`, `with`, `China’s`), it reads the words \
            around it on the line until one that only the document's language knows. A word \
            counts as English when the English dictionary knows it and the other does not; \
            words both know (`in`, `data`, `weekend`), names neither knows, acronyms, numbers \
            and code (`--no-pager`, `LC_ALL`) are neutral. Five English words or more, more \
            than the neutral ones, are flagged, with medium confidence. And it finds words in \
            letters the document's language does not use, by CLDR's letters of the language \
            (ICU's exemplar characters, with those of loanwords and foreign names): three \
            words or more on a line, two of them in lower case (a Vietnamese tagline in a \
            German article). Two Chinese or Japanese letters or more inside a sentence (`una \
            fase di 价格战 che…`) or an editor's credit in Chinese (`(编辑：陈静)`) are flagged \
            too, with medium confidence, unless a gloss explains them: brackets or quotation \
            marks around them, a reading or meaning in brackets after them (`内卷 \
            (nèijuǎn)`), a word before them that introduces a term (`la parola`, `il concetto \
            di`, `das Schlagwort`), or a translation in quotation marks after a comma.

            Not flagged: a single foreign word or a name (`Software as a Service`, `The \
            Information`), which have too few function words; a name with its original script \
            in brackets (`Doubao (豆包)`); a quotation or title in quotation marks of twelve \
            words or fewer, or a sentence whose foreign function words are all inside such \
            quotations (`«We are not for sale», ha detto`) or have one letter (a command's \
            synopsis, `[ -i ] { -e | -l }`); a longer quotation in another language beside its \
            translation, the next or previous quotation in the paragraph, of about its length \
            (`«We see the potential…» («Vemos margen…»)`). Inside a line: names and titles in capitalised \
            English words (`National Development and Reform Commission`, `Full \
            Self-Driving`) unless they fill a line of six English words or more (a headline); \
            words in quotation marks (a quotation of twelve words or fewer, a title of \
            capitalised words); idioms and loanwords of four English words or fewer (`too big \
            to fail`, `data center`); a name in foreign letters (`Nguyễn Phú Trọng`), which is \
            capitalised.
            """,
        examples: [
            .flags(
                "it",
                "Il gruppo ha aperto tre fabbriche. ⟦Sales in Germany doubled compared with the same period last year.⟧ Il resto è stabile.",
                suggestion: nil),
            .flags("it", "Il gruppo cresce. ⟦该公司今年在欧洲的销售额翻了一番。⟧ Il resto è stabile.", suggestion: nil),
            .flags(
                "es", "La empresa presentó sus resultados. ⟦Click here to subscribe to our daily newsletter.⟧ Los analistas esperan.",
                suggestion: nil),
            .flags(
                "fr", "Le groupe grandit. ⟦The company said that it will open a new plant in the spring.⟧ Le reste suit.", suggestion: nil),
            .flags(
                "es", "La empresa crece. ⟦Il gruppo ha detto che aprirà una nuova fabbrica in primavera.⟧ El resto sigue.", suggestion: nil),
            .flags(
                "it",
                "Il gruppo cresce.\n\n⟦Market wrap: Shenzhen’s Big Gamble, Battery Giants Retreat & a Surprise Merger (May 5, 2025)⟧\n\nLe vendite crescono.",
                suggestion: nil),
            .flags(
                "it", "In fondo alla pagina resta la scritta ⟦share this story with all your friends⟧ e il resto è tradotto.",
                suggestion: nil),
            .flags(
                "fr",
                "Selon le journal, le groupe a publié hier un texte en anglais, ⟦the board will meet again next week⟧, que personne n’a traduit.",
                suggestion: nil),
            .flags("de", "Die Überschrift lautet ⟦Đường sắt tốc độ⟧ cao und bleibt so stehen.", suggestion: nil),
            .passes("it", "La piattaforma offre Software as a Service (SaaS) e Platform as a Service, secondo The Information."),
            .passes("it", "Il modello Doubao (豆包) è di ByteDance; il motto è \"Move fast and break things\"."),
            .flags("it", "Ha parlato ai giornalisti. ⟦我们会继续。⟧ Poi è andato via.", suggestion: nil),
            .passes("it", "Il termine cinese 内卷 indica la competizione sfrenata; lo slogan è 共同富裕."),
            .flags("it", "Il mercato è entrato in una fase di ⟦价格战⟧ che comprime i margini.", suggestion: nil),
            .flags("de", "Im Bereich ⟦动力电池⟧ will der Konzern wachsen. (⟦编辑：陈静⟧)", suggestion: nil),
            .passes(
                "it",
                "La «prosperità comune» (共同富裕) e il concetto di 新质生产力, ripetuto, e 遥遥领先 (yaoyao lingxian); ha scritto «我们会继续努力。» e poi 内卷, la «involuzione», e la serie Fiori (繁花, Fánhuā) con il motto (未来属于电动汽车。). Foto Xinhua/新华社. Deutsch English 中文 Español"
            ),
            .passes("fr", "Le slogan « Think different » reste célèbre, dit le groupe."),
            .passes(
                "es",
                "Los analistas escriben: «We see the potential for a structural re-rating of Chinese equities driven by the adoption of new tools» («Vemos margen para una revalorización estructural de la Bolsa china impulsada por la adopción de nuevas herramientas»)."
            ),
            .passes(
                "pt",
                "“This goes to a woman who, after a loss suffered during an authoritarian regime, decided not to bend and to resist”, disse o diretor, em inglês. “Isto vai para uma mulher que, depois de uma perda sofrida durante um regime autoritário, decidiu não se curvar e resistir.”"
            ),
            .flags(
                "it",
                "Il direttore ha detto: «⟦We will open a new plant in the spring and hire more than a thousand workers in the region⟧». Poi ha parlato dei conti.",
                suggestion: nil),
            .passes("en", "The company, known in China as 字节跳动, grew fast."),
            .passes("it", "Blue Origin, Apple Intelligence, la China Passenger Car Association e il Full Self-Driving di Tesla crescono."),
            .passes(
                "it",
                "Nel weekend la startup ha presentato uno smartphone, il software per il cloud, un data center e il business del manager."),
            .passes(
                "it",
                "Secondo la National Development and Reform Commission, il saggio “Attention Is All You Need” e il motto “stay hungry, stay foolish” restano attuali."
            ),
            .passes("it", "La banca è ormai too big to fail, ha detto, e il problema è the elephant in the room."),
            .passes("es", "Con la opción --no-preserve-root y la variable LC_ALL, el programa lee /usr/share/the-file-of-the-day."),
            .passes("de", "Der Präsident Nguyễn Phú Trọng besuchte mit Võ Văn Thưởng die Stadt."),
            .passes("fr", "« We have no plans to sell this business to anyone », a dit le fondateur lundi."),
            .passes("fr", "archive [ -u utilisateur ] [ -i ] { -e | -l | -a }"),
            .passes(
                "it",
                "Il gruppo ha citato il paper “Rules for Small Teams in Large Firms” e ha detto “this is the best phone we have ever made”."
            ),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard analysis.isLatinScript, let ownIndex = analysis.languageProfileIndex else { return [] }
        // Quotations of twelve words or fewer, kept in their language on purpose; made once,
        // when first needed.
        var madeQuotations: KeptQuotations?
        func quotations() -> KeptQuotations {
            if let madeQuotations { return madeQuotations }
            let made = KeptQuotations(analysis, longest: Self.longestQuotation)
            madeQuotations = made
            return made
        }
        var diagnostics = sentences(analysis, ownIndex: ownIndex, quotations: quotations)
        // Inside a line: phrases not already flagged with their sentence.
        let flagged = diagnostics.map(\.range)  // in text order, disjoint
        func isFlagged(_ range: Range<Int>) -> Bool {
            var low = 0, high = flagged.count
            while low < high {
                let middle = (low + high) / 2
                if flagged[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
            }
            return low < flagged.count && flagged[low].overlaps(range)
        }
        if ForeignPhraseFinder.hasSeed(analysis, ownProfile: ownIndex),
            var finder = ForeignPhraseFinder(analysis, ownProfile: ownIndex, quotations: quotations())
        {
            for phrase in finder.phrases(outside: flagged) {
                diagnostics.append(
                    diagnostic(
                        phrase.range,
                        "these words read as English (\(phrase.englishWords) of \(phrase.words) words are English), not \(analysis.languageName): left untranslated?",
                        confidence: .medium))
            }
        }
        for fragment in ChineseFragmentFinder.fragments(in: analysis) where !isFlagged(fragment) {
            diagnostics.append(
                diagnostic(
                    fragment,
                    "`\(analysis.string(fragment))` is Chinese or Japanese left in the \(analysis.languageName) text: untranslated?",
                    confidence: .medium))
        }
        for phrase in ForeignLetterFinder.phrases(in: analysis) where !isFlagged(phrase.range) {
            let letters = phrase.letters.prefix(3).map(String.init).joined(separator: ", ")
            diagnostics.append(
                diagnostic(
                    phrase.range,
                    "these words are in another language (letters such as \(letters)), not \(analysis.languageName): left untranslated?"))
        }
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// True when the sentence's last mark is a Chinese or Japanese full stop, question or
    /// exclamation mark (`。`, `？`, `！`).
    static func endsInCJKStop(_ range: Range<Int>, _ text: [UInt16]) -> Bool {
        guard let end = range.last else { return false }
        return text[end] == 0x3002 || text[end] == 0xFF1F || text[end] == 0xFF01
    }

    /// Whole sentences in another script, or with another language's function words.
    private func sentences(_ analysis: Analysis, ownIndex: Int, quotations: () -> KeptQuotations) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        // A language's English name, looked up in ICU once per rival: a long untranslated
        // text has thousands of findings naming the same language.
        var rivalNames = EnglishLanguageNames()
        var tokenIndex = 0
        var hits = [Int](repeating: 0, count: LanguageProfile.all.count)
        for sentence in analysis.sentences {
            // The sentence's text without the white space around it.
            var range = sentence
            while range.lowerBound < range.upperBound, Self.isSpace(text[range.lowerBound]) {
                range = (range.lowerBound + 1)..<range.upperBound
            }
            while range.lowerBound < range.upperBound, Self.isSpace(text[range.upperBound - 1]) {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            guard !range.isEmpty else { continue }
            var wordCount = 0
            for profile in hits.indices { hits[profile] = 0 }
            var foreignLetters = 0, letters = 0
            var scripts: [Script: Int] = [:]
            while tokenIndex < analysis.tokens.count, Int(analysis.tokens[tokenIndex].start) < sentence.lowerBound { tokenIndex += 1 }
            var index = tokenIndex
            while index < analysis.tokens.count, Int(analysis.tokens[index].start) < sentence.upperBound {
                let token = analysis.tokens[index]
                defer { index += 1 }
                guard token.kind.isLetters else { continue }
                for unit in text[token.range] {
                    if unit < 0x80 {
                        if CodeUnit.isASCIILetter(unit) { letters += 1 }
                        continue
                    }
                    if CodeUnit.isLatinLetter(unit) {
                        letters += 1
                        continue
                    }
                    guard let scalar = Unicode.Scalar(unit), scalar.properties.isAlphabetic else { continue }
                    letters += 1
                    let script = Script(of: scalar)
                    if script != .latin, !script.isShared {
                        foreignLetters += 1
                        scripts[script, default: 0] += 1
                    }
                }
                if token.kind == .word {
                    wordCount += 1
                    if analysis.hasStopWord(index) {
                        for profile in hits.indices where analysis.isStopWord(index, in: profile) { hits[profile] += 1 }
                    }
                }
            }
            if let language = foreignScriptLanguage(
                letters: letters, foreign: foreignLetters, scripts: scripts, endsInCJKStop: Self.endsInCJKStop(range, text))
            {
                diagnostics.append(diagnostic(range, "this sentence is in \(language), not \(analysis.languageName): left untranslated?"))
                continue
            }
            guard wordCount >= 6, !isShortQuotation(range, words: wordCount, text: text) else { continue }
            let ownHits = hits[ownIndex]
            guard let rivalIndex = hits.indices.lazy.filter({ $0 != ownIndex }).max(by: { hits[$0] < hits[$1] }) else { continue }
            let rival = LanguageProfile.all[rivalIndex], rivalHits = hits[rivalIndex]
            guard rivalHits >= 3, rivalHits * 4 >= wordCount, rivalHits > ownHits * 2 else { continue }
            // Every such function word in a short quotation: `«We are not for sale», ha detto.`
            // Words of one letter, which many languages share (French `a`), are no evidence
            // here: a command's synopsis (`[-d c] [-n n]`) has no other.
            let rivalWords = (tokenIndex..<index).filter {
                analysis.isStopWord($0, in: rivalIndex) && !analysis.isStopWord($0, in: ownIndex)
                    && analysis.tokens[$0].end - analysis.tokens[$0].start > 1
            }
            let quoted = quotations()
            if rivalWords.allSatisfy({ quoted.contains(analysis.tokens[$0].range) }) { continue }
            let name = rivalNames.name(rivalIndex, rival.code)
            diagnostics.append(
                diagnostic(
                    range,
                    "this sentence reads as \(name) (\(rivalHits) of \(wordCount) words are \(name) function words), not \(analysis.languageName): left untranslated?"
                ))
        }
        return diagnostics
    }

    /// A sentence written mostly in a script other than Latin: the language that script suggests.
    /// Six letters at least; two of Han, kana or Hangul when the sentence ends in a Chinese or
    /// Japanese full stop (`我们会继续。`), a sentence in any length, where a gloss (`il
    /// termine cinese 内卷`) has none.
    private func foreignScriptLanguage(letters: Int, foreign: Int, scripts: [Script: Int], endsInCJKStop: Bool) -> String? {
        guard foreign * 2 >= letters, let (script, _) = scripts.max(by: { $0.value < $1.value }) else { return nil }
        let isCJK = script == .han || script == .hiragana || script == .katakana || script == .hangul
        guard foreign >= 6 || (isCJK && endsInCJKStop && foreign >= 2) else { return nil }
        switch script {
        case .han: return scripts[.hiragana, default: 0] + scripts[.katakana, default: 0] > 0 ? "Japanese" : "Chinese"
        case .hiragana, .katakana: return "Japanese"
        case .hangul: return "Korean"
        case .cyrillic: return "a Cyrillic-script language"
        case .greek: return "Greek"
        case .arabic: return "Arabic"
        default: return "\(script.name) script"
        }
    }

    /// The longest quotation left in its language on purpose, in words.
    static let longestQuotation = 12

    /// A quotation or title in quotation marks, twelve words or fewer.
    private func isShortQuotation(_ range: Range<Int>, words: Int, text: [UInt16]) -> Bool {
        words <= Self.longestQuotation && [0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E].contains(text[range.lowerBound])
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
    }
}

/// English names of languages by profile index, each asked of ICU once.
private struct EnglishLanguageNames {
    private var names: [Int: String] = [:]

    mutating func name(_ index: Int, _ code: String) -> String {
        if let known = names[index] { return known }
        let name = (try? ICULocale(languageTag: code)).map { $0.displayLanguage(in: try? ICULocale(languageTag: "en")) } ?? code
        names[index] = name
        return name
    }
}
