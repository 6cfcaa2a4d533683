import ICU
import MTLintCore
import MTLintText

/// `text/repeated-word`: the same word twice in a row.
///
/// Machine translation and hurried editing both leave doubled words (`il il`, `the the`); a
/// spell checker accepts each word on its own. Compares neighbouring letter tokens that only
/// white space separates, case-insensitively, and leaves alone what a language's grammar allows.
public struct RepeatedWordRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/repeated-word",
        severity: .warning,
        category: .fluency,
        summary: "The same word, or the same two words, twice in a row.",
        explanation: """
            A doubled word (`il il`, `di di`, `the the`) is one of the most visible slips in a \
            published text, and spell checkers accept it because each word is spelled right. \
            mtlint compares neighbouring words case-insensitively, across a line break too, and \
            suggests the single word. Two words said twice (`la società la società`, `di cui di \
            cui`), as a repeated segment leaves them, are flagged the same way, on one line and \
            written the same twice; not a content word and its preposition (`miliardi di \
            miliardi di`), a phrase after a conjunction (`e spingo e spingo`, `und nach und \
            nach`) nor a longer run (`step by step by step`).

            Not flagged: a run of three or more, which is deliberate (`bla bla bla`, `ha ha ha`, \
            `la la la`), and two doublings in one sentence (a play on words); numbers (`10 10` \
            in a table); words with punctuation between them, so nothing across a sentence end; \
            words across a blank line (a heading and the text under it); names written twice \
            with capitals (`Bora Bora`); two words told apart by their capitals (`il tipo \
            TIPO`, German `Sie sie`), unless the capital only opens the sentence (`Il il`); \
            single letters in a range (`da a a z`); a content word doubled for emphasis before \
            a comma, `!` or an ellipsis (`flebile flebile,`); abbreviations (`ecc ecc`) and \
            words the language's dictionary does not list (`very very`, `addr addr`). \
            Technical text: an option and its argument (`--socket socket`, `-n n`), the \
            placeholder of an option after its noun (`le fichier fichier` where the manual \
            wrote `-f fichier`), a command quoted alone (`"man man"`), code nearby (`$HOME`, \
            `a_b`, `x=1`, `-v`). And the doublings a language's grammar allows, kept per \
            language: Italian reduplication (`piano piano`, `via via`, `molto molto`) and `se \
            se` before `ne`, `lo`, `la` (`se se ne va`); French pronominal verbs (`nous nous`, \
            `vous vous`) and `très très`; German relative pronoun and article after a comma, or \
            a comma and a preposition (`..., die die Firma ...`, `..., für die die Regel gilt`); \
            Spanish `casi casi`, `muy muy`; Portuguese `se se`, `já já`, `logo logo`, `muito \
            muito`; English `had had`, `that that`, `is is`, `very very`.
            """,
        examples: [
            .flags("it", "Ha pagato ⟦il il⟧ conto del ristorante.", suggestion: "il"),
            .flags("it", "La crescita ⟦del del⟧ mercato è rallentata.", suggestion: "del"),
            .flags("it", "⟦Il il⟧ governo ha approvato la legge.", suggestion: "Il"),
            .flags("it", "Il rapporto è stato pubblicato\n⟦dal\ndal⟧ ministero dell'economia.", suggestion: "dal"),
            .flags("it", "Bla bla bla, disse, e poi pagò ⟦il il⟧ conto.", suggestion: "il"),
            .flags("en", "This is ⟦the the⟧ answer we expected.", suggestion: "the"),
            .flags("fr", "Il a lu ⟦le le⟧ rapport annuel.", suggestion: "le"),
            .flags("de", "Wir haben ⟦die die⟧ Zahlen geprüft.", suggestion: "die"),
            .flags("es", "Es ⟦la la⟧ empresa más grande del sector.", suggestion: "la"),
            .flags("pt", "O relatório ⟦da da⟧ empresa saiu ontem.", suggestion: "da"),
            .passes("it", "Camminava piano piano verso casa, e via via il rumore cresceva."),
            .passes("it", "Risultati: 10 10 20 30 40."),
            .passes("it", "Il ritornello fa la la la, e il pubblico ride: ah ah ah."),
            .passes("it", "La partita è finita così. Così ha detto l'allenatore."),
            .passes("it", "Mercati\n\nMercati in calo dopo l'annuncio."),
            .passes("it", "Il viaggio a Bora Bora è costato caro."),
            .passes("it", "Ha detto: «di», di nuovo."),
            .passes("fr", "Nous nous sommes trompés, et vous vous en souvenez. « C'est très très bon », dit-il."),
            .passes("es", "«Es muy muy bueno», dijo el directivo."),
            .passes("de", "Die Firma, die die Lizenz besitzt, wächst schnell."),
            .passes("en", "He had had enough, and I said that that was fine. What it is is a bug."),
            .passes("zh", "他们常常看看书。"),
            .passes("de", "Die Geräte, für die die Regel gilt, stehen am Hang,\ndie die Leute kennen. Kennen Sie sie?"),
            .passes("es", "Limita la lista al tipo TIPO y copia BYTES bytes cada vez."),
            .passes("fr", "Avec -o sortie, le programme écrit dans la sortie sortie ; --port port choisit le port."),
            .passes("it", "Le lettere da a a z e da A a Z; il comando «man man» spiega il manuale."),
            .passes("it", "Parlava con voce flebile flebile, e se se ne va era molto molto stanco."),
            .passes("it", "Il gioco è dire dire e fare fare tutto due volte, ecc ecc."),
            .passes("pt", "E se se tentar de novo? Já já começa, e logo logo acaba."),
            .flags("de", "Er sagte, dass ⟦die die⟧ Regel gilt.", suggestion: "die"),
            .flags("fr", "Le texte doit ⟦être être⟧ relu avant la sortie.", suggestion: "être"),
            .flags("pt", "O programa apaga os ⟦arquivos arquivos⟧ antigos.", suggestion: "arquivos"),
            .flags(
                "it", "⟦La società la società⟧ ha detto che il piano ⟦di cui di cui⟧ si parla è pronto.",
                suggestions: ["La società", "di cui"]),
            .flags("fr", "Le groupe a publié ⟦le rapport le rapport⟧ annuel.", suggestion: "le rapport"),
            .passes(
                "it",
                "E spingo e spingo, disse.\nVideo suggerito\nvideo suggerito\nLa tabella: A Q a q, B R b r. Crebbero passo dopo passo dopo passo."
            ),
            .passes("de", "Die Preise stiegen und nach und nach sank die Nachfrage."),
            .passes("it", "Il valore è di 3 miliardi di miliardi di yuan, dicono."),
            .passes("en", "They grew step by step by step, and sang New York New York; --set key --set key."),
        ],
        fixes: .safe
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// A finding every few words on `ciao ciao. ciao ciao. ...`: the pairs are found first
    /// (a few bytes each), their findings made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        let tokens = analysis.tokens
        let text = analysis.text
        var found: [(first: Token, range: Range<Int>, sentence: Int?)] = []
        var evidence = Evidence(analysis)
        var index = 1
        while index < tokens.count {
            let first = tokens[index - 1]
            guard isCandidatePair(first, tokens[index], text) else {
                index += 1
                continue
            }
            let word = analysis.lowercased(first)
            guard analysis.lowercased(tokens[index]) == word else {
                index += 1
                continue
            }
            // A run of three or more is deliberate (`bla bla bla`): skip it whole.
            var last = index
            while last + 1 < tokens.count, isCandidatePair(tokens[last], tokens[last + 1], text),
                analysis.lowercased(tokens[last + 1]) == word
            {
                last += 1
            }
            let isRun = last > index
            let pair = (first: index - 1, second: index)
            let second = tokens[index]
            index = last + 1
            if isRun || isName(first, second, text) || isAllowed(word, pair, analysis)
                || writtenApart(pair, analysis) || standsForSymbols(pair, analysis)
                || evidence.isTechnicalOrForeign(word, pair)
            {
                continue
            }
            found.append((first, Int(first.start)..<Int(second.end), analysis.sentenceIndex(of: Int(first.start))))
        }
        // Two doublings in one sentence are play on words (`non dire dire le le cose cose`).
        var perSentence: [Int: Int] = [:]
        for finding in found { if let sentence = finding.sentence { perSentence[sentence, default: 0] += 1 } }
        let phrases = repeatedPhrases(analysis, &evidence)
        var nextPhrase = 0
        var findings = LimitedFindings(limit: limit)
        func appendPhrases(before offset: Int) {
            while nextPhrase < phrases.count, phrases[nextPhrase].range.lowerBound < offset {
                let phrase = phrases[nextPhrase]
                let original = analysis.string(phrase.kept).collapsingWhiteSpace
                findings.append(
                    diagnostic(
                        phrase.range,
                        "repeated words: `\(analysis.string(phrase.range).collapsingWhiteSpace)`; write `\(original)` once",
                        suggestions: [original]))
                nextPhrase += 1
            }
        }
        for finding in found where finding.sentence.map({ perSentence[$0, default: 0] < 2 }) ?? true {
            appendPhrases(before: finding.range.lowerBound)
            let original = analysis.string(finding.first)
            findings.append(
                diagnostic(
                    finding.range,
                    "repeated word: `\(analysis.string(finding.range).collapsingWhiteSpace)`; write `\(original)` once",
                    suggestions: [original]
                ))
        }
        appendPhrases(before: Int.max)
        return findings
    }

    /// Two words said twice in a row (`la società la società`, `di cui di cui`), as a
    /// translation that repeats a segment leaves them: words joined by white space only,
    /// on one line, the second time in lower case. Not a longer run (`step by step by step`),
    /// names (`New York New York`), a content word and its preposition (`miliardi di
    /// miliardi di`), nor technical or foreign words (as for one word).
    private func repeatedPhrases(_ analysis: Analysis, _ evidence: inout Evidence) -> [(range: Range<Int>, kept: Range<Int>)] {
        let tokens = analysis.tokens, text = analysis.text
        let conjunctions = analysis.language.profile?.textWords.conjunctions ?? []
        var found: [(range: Range<Int>, kept: Range<Int>)] = []
        var index = 0
        while index + 3 < tokens.count {
            let first = tokens[index], second = tokens[index + 1], third = tokens[index + 2], fourth = tokens[index + 3]
            guard first.kind == .word, second.kind == .word, third.kind == .word, fourth.kind == .word,
                first.end - first.start == third.end - third.start, second.end - second.start == fourth.end - fourth.start,
                Self.isWhiteSpaceGap(first, second, text), Self.isWhiteSpaceGap(second, third, text),
                Self.isWhiteSpaceGap(third, fourth, text)
            else {
                index += 1
                continue
            }
            let word = analysis.lowercased(first), next = analysis.lowercased(second)
            guard word != next, analysis.lowercased(third) == word, analysis.lowercased(fourth) == next else {
                index += 1
                continue
            }
            // A run that goes on is deliberate (`step by step by step`).
            if index + 4 < tokens.count, Self.isWhiteSpaceGap(fourth, tokens[index + 4], text),
                analysis.lowercased(tokens[index + 4]) == word
            {
                index += 5
                continue
            }
            index += 4
            // Said twice on purpose (`e spingo e spingo`), or an idiom after a conjunction
            // (`und nach und nach`); two lines alike (a page's label twice) are no slip of one
            // sentence; a second time in other capitals is a table (`A Q a q`).
            let range = Int(first.start)..<Int(fourth.end)
            // A content word and its preposition twice is one phrase inside another
            // (`miliardi di miliardi di yuan`, `millions of millions of`).
            if !Self.isFunctionWord(index - 4, analysis), Self.isFunctionWord(index - 3, analysis) { continue }
            guard !conjunctions.contains(word), !text[range].contains(where: { $0 == 0x0A || $0 == 0x0D }),
                text[Int(second.start)..<Int(second.end)] == text[Int(fourth.start)..<Int(fourth.end)],
                text[(Int(first.start) + 1)..<Int(first.end)] == text[(Int(third.start) + 1)..<Int(third.end)],
                !CodeUnit.startsUppercase(third, in: text), !CodeUnit.startsUppercase(fourth, in: text),
                !evidence.isTechnicalOrForeign(word, (index - 4, index - 2)),
                !evidence.isTechnicalOrForeign(next, (index - 3, index - 1))
            else { continue }
            found.append((range, Int(first.start)..<Int(second.end)))
        }
        return found
    }

    /// Two letter tokens of equal length with only white space between, at most one line end.
    private func isCandidatePair(_ first: Token, _ second: Token, _ text: [UInt16]) -> Bool {
        first.kind == .word && second.kind == .word && first.end - first.start == second.end - second.start
            && Self.isWhiteSpaceGap(first, second, text)
    }

    /// Only white space between the two tokens, at least one unit, at most one line end.
    private static func isWhiteSpaceGap(_ first: Token, _ second: Token, _ text: [UInt16]) -> Bool {
        var lineEnds = 0
        var position = Int(first.end)
        while position < Int(second.start) {
            switch text[position] {
            case 0x20, 0x09, 0xA0, 0x202F: break
            case 0x0A: lineEnds += 1
            case 0x0D: if position + 1 >= text.count || text[position + 1] != 0x0A { lineEnds += 1 }
            default: return false
            }
            position += 1
        }
        return lineEnds <= 1 && position > Int(first.end)
    }

    /// `Bora Bora`, `Duran Duran`: both words start with a capital.
    private func isName(_ first: Token, _ second: Token, _ text: [UInt16]) -> Bool {
        CodeUnit.startsUppercase(first, in: text) && CodeUnit.startsUppercase(second, in: text)
    }

    /// Two different words that share a spelling, told apart by their capitals: a placeholder
    /// after its noun (`il tipo TIPO`, `BYTES bytes`), German `Sie sie` (the polite `you`,
    /// then `her`), a name then the word (`Getty getty`). A capital that only opens the
    /// sentence (`Il il governo`) tells nothing.
    private func writtenApart(_ pair: (first: Int, second: Int), _ analysis: Analysis) -> Bool {
        let text = analysis.text
        let first = text[analysis.tokens[pair.first].range], second = text[analysis.tokens[pair.second].range]
        let firstHasCapital = first.contains(where: CodeUnit.isUppercase)
        if !firstHasCapital { return second.contains(where: CodeUnit.isUppercase) }
        if first.count > 1, first.allSatisfy({ !CodeUnit.isLowercase($0) }) { return !second.allSatisfy { !CodeUnit.isLowercase($0) } }
        return !analysis.isSentenceStart(tokenIndex: pair.first)
    }

    /// Letters standing for themselves in a range or a list (`da a a z`, `A a Z`, `x x y`):
    /// single letters next to another single letter or a number.
    private func standsForSymbols(_ pair: (first: Int, second: Int), _ analysis: Analysis) -> Bool {
        let tokens = analysis.tokens
        guard tokens[pair.first].end - tokens[pair.first].start == 1, pair.second + 1 < tokens.count else { return false }
        let following = tokens[pair.second + 1]
        return following.kind == .number || (following.kind == .word && following.end - following.start == 1)
    }

    /// What the document as a whole says about a doubled word, worked out on first need.
    private struct Evidence {
        let analysis: Analysis
        private var placeholders: Set<String>?

        init(_ analysis: Analysis) { self.analysis = analysis }

        /// True when the doubling belongs to technical text or another language: an option and
        /// its argument (`--socket socket`, `-n n`), a command quoted alone (`"man man"`), the
        /// placeholder of an option after its noun (`le fichier fichier` after `-f fichier`),
        /// a line that reads as code, an abbreviation (`ecc ecc`), or a word the language's
        /// dictionary does not list (`addr addr`, `very very`).
        mutating func isTechnicalOrForeign(_ word: String, _ pair: (first: Int, second: Int)) -> Bool {
            let text = analysis.text
            let first = analysis.tokens[pair.first], second = analysis.tokens[pair.second]
            let start = Int(first.start), end = Int(second.end)
            if start > 0, text[start - 1] == 0x2D { return true }
            if start > 0, end < text.count, Self.isQuote(text[start - 1]), Self.isQuote(text[end]) { return true }
            if analysis.language.profile?.textWords.abbreviations.contains(word) == true { return true }
            if TechnicalText.isCodeLikeNear(start..<end, in: text) { return true }
            if placeholders == nil { placeholders = TechnicalText.placeholderWords(analysis) }
            if placeholders?.contains(word) == true { return true }
            if RepeatedWordRule.isFunctionWord(pair.first, analysis) { return false }  // `l' l'`: listed only with a noun
            guard let found = analysis.lexicon else { return false }
            return !found.isCommonWord(TextTransforms.normalize(analysis.string(first), .nfc))
        }

        private static func isQuote(_ unit: UInt16) -> Bool {
            [0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E].contains(unit)
        }
    }

    private func isAllowed(_ word: String, _ pair: (first: Int, second: Int), _ analysis: Analysis) -> Bool {
        if isEmphasis(word, pair, analysis) { return true }
        guard let context = analysis.language.profile?.allowedRepetitions[word] else { return false }
        let text = analysis.text
        switch context {
        case .always:
            return true
        case .afterComma(let prepositions):
            var previous = pair.first - 1
            if previous >= 0, analysis.tokens[previous].kind == .word, prepositions.contains(analysis.lowercased(analysis.tokens[previous]))
            {
                previous -= 1  // `..., für die die ...`
            }
            return previous >= 0 && analysis.tokens[previous].kind == .punctuation && text[Int(analysis.tokens[previous].start)] == 0x2C
        case .before(let words):
            let next = pair.second + 1
            return next < analysis.tokens.count && analysis.tokens[next].kind == .word
                && words.contains(analysis.lowercased(analysis.tokens[next]))
        }
    }

    /// A content word doubled and set off by a comma, an exclamation mark or an ellipsis is
    /// said for emphasis (`flebile flebile,`, `bravi bravi!`, `ciccio ciccio...`); slips of
    /// translation double function words, or run on.
    private func isEmphasis(_ word: String, _ pair: (first: Int, second: Int), _ analysis: Analysis) -> Bool {
        guard !Self.isFunctionWord(pair.first, analysis) else { return false }
        let text = analysis.text
        let end = Int(analysis.tokens[pair.second].end)
        guard end < text.count else { return false }
        switch text[end] {
        case 0x2C, 0x21, 0x2026: return true
        case 0x2E: return end + 2 < text.count && text[end + 1] == 0x2E && text[end + 2] == 0x2E
        default: return false
        }
    }

    /// True when the token is a function word of the document's language.
    private static func isFunctionWord(_ index: Int, _ analysis: Analysis) -> Bool {
        guard let code = analysis.language.profile?.code,
            let profile = LanguageProfile.all.firstIndex(where: { $0.code == code })
        else { return false }
        return analysis.isStopWord(index, in: profile)
    }
}

package extension String {
    /// Line ends and runs of white space shown as one space, for messages.
    var collapsingWhiteSpace: String {
        // Most flagged texts have single spaces only: splitting them into Characters
        // (grapheme breaking) to join them again showed in profiles of the bench folder.
        if utf8.withContiguousStorageIfAvailable(Self.hasOnlySingleSpaces) == true { return self }
        return split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// True when the UTF-8 text has no white space (Unicode's White_Space) but single
    /// spaces between other characters.
    private static func hasOnlySingleSpaces(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true  // a leading space is not collapsed
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            let third = index + 2 < bytes.count ? bytes[index + 2] : 0
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                index += 1
                continue
            }
            previousWasSpace = false
            switch byte {
            case 0x09...0x0D: return false
            case 0xC2 where next == 0x85 || next == 0xA0: return false  // U+0085, U+00A0
            case 0xE1 where next == 0x9A && third == 0x80: return false  // U+1680
            case 0xE2 where next == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF):
                return false  // U+2000 ... U+200A, U+2028, U+2029, U+202F
            case 0xE2 where next == 0x81 && third == 0x9F: return false  // U+205F
            case 0xE3 where next == 0x80 && third == 0x80: return false  // U+3000
            default: break
            }
            index += 1
        }
        return !previousWasSpace || bytes.isEmpty
    }
}
