import ICU
import MTLintCore
import MTLintText

/// `text/broken-sentence`: a full stop inside a sentence (`Membri di. il comitato`), or a
/// sentence that ends on an article or preposition (`... Membri di.`).
public struct BrokenSentenceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/broken-sentence",
        severity: .warning,
        category: .fluency,
        summary: "A full stop in the middle of a sentence, or a sentence that ends on an article or preposition.",
        explanation: """
            Machine translation sometimes breaks a sentence where the source had a line or \
            cell break, or drops the words after a preposition: `in un elenco completo Membri \
            di. il comitato ha espresso...`. mtlint flags a full stop followed by a word in \
            lower case, and a sentence whose last word is an article or preposition that \
            needs a noun after it (per language: Italian `di`, `della`, `il` ...; French `de`, \
            `du`, `les` ...; English `the`, `an`; German only contracted prepositions, since \
            separable prefixes end German sentences), or a paragraph of eight words or more \
            that stops on one with no mark at all (`le due parti hanno concordato di`).

            Not flagged: abbreviations (`ecc.`, `p.es.`, `Sig.`, `S.p.A.`, `U.S.A.`, `etc.`, \
            `z.B.`, `p. ej.`, `v. Chr.`, per language, and `et al.`), words the language's \
            dictionary does not list before the full stop when they are in lower case or short \
            (`trasm.`, `Std.`: abbreviations), Roman numerals (German `Friedrich II. der \
            Große`), initials (`J. R. R. Tolkien`), ellipses, decimal points, web addresses, \
            two spaces or a tab after the full stop (layout), brand names in lower case with \
            capitals inside (`iPhone`). After the full stop: a word the dictionary does not \
            list (a command, `grep`), the word before it again (`chmod. chmod`), a name glued \
            to more (`login(1)`, `nome-servizio`), code nearby. A text, or a paragraph that \
            starts in lower case, whose sentences mostly start in lower case has lost its \
            capitals, not broken its sentences: no junction is flagged there. Not dangling: \
            pronouns and numerals that share a spelling with an article (French `une`, \
            Portuguese `um`, Italian `dei`, the gods), a pronoun joined to its verb \
            (`prends-les.`).
            """,
        examples: [
            .flags(
                "it", "Il CEO lo ha annunciato in un elenco completo Membri ⟦di. il⟧ comitato ha espresso insoddisfazione.", suggestion: nil
            ),
            .flags("it", "Il CEO lo ha annunciato ai Membri ⟦di.⟧", suggestion: nil),
            .flags("it", "Secondo il portavoce, le due parti hanno concordato ⟦di⟧\n\nIl resto segue.", suggestion: nil),
            .passes("it", "Il piano di\n\nElenco dei nomi con la data di\n\nVoce di spesa del comune   Importo   Quota di"),
            .passes(
                "it", "Se si usa il comando in uno di questi programmi, il programma tenterà di funzionare con\n\nargc = 0 e nulla più."),
            .flags("fr", "Le groupe a présenté la liste ⟦des. le⟧ comité a réagi.", suggestion: nil),
            .flags("es", "La empresa publicó la lista ⟦de. el⟧ comité respondió.", suggestion: nil),
            .flags("en", "The company sent the list to ⟦the. board⟧ members reacted.", suggestion: nil),
            .flags("de", "Der Vorstand kam ins ⟦Büro. die⟧ Sitzung begann sofort.", suggestion: nil),
            .flags("it", "Il CEO lo ha detto ai Membri ⟦di. l'⟧azienda ha reagito.", suggestion: nil),
            .passes(
                "it",
                "Lo hanno detto il Sig. Rossi, la S.p.A. e gli U.S.A. ecc. e p.es. anche J. R. R. Tolkien... con 3.5 e https://example.com/a. fine."
            ),
            .passes("it", "Lo ha comprato. iPhone e eBay restano marchi. Vieni su."),
            .passes("fr", "Il a cité M. Dupont, etc. et le groupe. Les résultats suivent."),
            .passes("de", "Er kommt morgen an. Wir rufen z.B. die Firma an. Das weiß ich."),
            .passes("en", "He met Mr. Smith, e.g. the CEO, in the U.S. yesterday. What is it made of?"),
            .passes("it", "notizie in breve\n\nil governo ha deciso. la legge passa domani. i sindacati protestano."),
            .passes(
                "it",
                "Il comando copia i file. grep cerca le righe. login(1) apre la sessione, come hanno scritto Rossi et al. nel manuale."),
            .passes("it", "L'ufficio trasm. dati è chiuso e la pratica è nel reparto amministraz. del comune."),
            .passes("es", "Lo dijo el Sr. Pérez (p. ej. el lunes), y lo repitió Vd. ayer."),
            .passes("de", "Papst Leo XIII. und der Rat tagten 2 Std. lang im 3. Jh. nach Chr. wie üblich."),
            .passes("fr", "Il en reste une. Prends-les."),
            .passes("pt", "Todos deveriam ter um."),
            .passes("it", "La pace sia con gli dei."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let words = analysis.language.profile?.textWords ?? TextWords()
        let tokens = analysis.tokens
        let profile = analysis.languageProfileIndex
        /// True when the word is a function word of the language (`l'`, which the Italian
        /// dictionary lists only with its noun) or the lexicon lists it as written (or there
        /// is no lexicon).
        func isKnown(_ index: Int) -> Bool {
            if let profile, analysis.isStopWord(index, in: profile) { return true }
            let token = tokens[index]
            guard let found = analysis.lexicon else { return true }
            return found.isCommonWord(TextTransforms.normalize(analysis.string(token), .nfc))
        }
        var starts = SentenceStarts(paragraphCount: analysis.paragraphs.count)
        var paragraph = 0
        var junctions: [(diagnostic: Diagnostic, paragraph: Int)] = []
        var endings: [Diagnostic] = []
        for (index, token) in tokens.enumerated() {
            while paragraph < analysis.paragraphs.count, Int(token.start) >= analysis.paragraphs[paragraph].upperBound { paragraph += 1 }
            if token.kind.isLetters, paragraph < analysis.paragraphs.count, starts.isFirst(in: paragraph) {
                starts.count(token, in: paragraph, text, first: true)
            }
            guard token.kind == .punctuation, token.end - token.start == 1 else { continue }
            let offset = Int(token.start)
            let mark = text[offset]
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let gap = next.map { (offset + 1)..<Int($0.start) } ?? offset..<offset
            let sameLine = !text[gap].contains { $0 == 0x0A || $0 == 0x0D }
            if mark == 0x2E || mark == 0x21 || mark == 0x3F, let next, next.kind.isLetters, !gap.isEmpty, sameLine,
                paragraph < analysis.paragraphs.count
            {
                starts.count(next, in: paragraph, text, first: false)
            }
            guard mark == 0x2E, index > 0, tokens[index - 1].end == token.start, tokens[index - 1].kind.isLetters,
                !analysis.isInURL(offset..<(offset + 1))
            else { continue }
            let previous = tokens[index - 1]
            let word = analysis.lowercased(previous)
            // Abbreviations, initials and dotted forms (`S.p.A`, `J.`) end with a period, and
            // so do German ordinals in Roman numerals (`Friedrich II. der Große`).
            if words.abbreviations.contains(word) || text[previous.range].contains(0x2E) || previous.end - previous.start == 1
                || Self.isRomanNumeral(previous, text) || Self.isLatinEtAl(word, index - 2, analysis)
            {
                continue
            }
            if offset + 1 < text.count, text[offset + 1] == 0x2E { continue }  // an ellipsis
            if let next, sameLine, next.kind == .word, gap.count == 1, text[gap.lowerBound] == 0x20 || text[gap.lowerBound] == 0xA0,
                Self.isLowercaseWord(next, text)
            {
                guard !Self.isPartOfName(next, index + 2, analysis), analysis.lowercased(next) != word,
                    !TechnicalText.isCodeLikeNear(Int(previous.start)..<Int(next.end), in: text),
                    isKnown(index + 1), isKnown(index - 1) || (!Self.isLowercaseWord(previous, text) && previous.end - previous.start > 4)
                else { continue }
                junctions.append(
                    (
                        diagnostic(
                            Int(previous.start)..<Int(next.end),
                            "a full stop between `\(analysis.string(previous))` and `\(analysis.string(next))`, which goes on in lower case: a sentence broken in two"
                        ),
                        paragraph
                    ))
            } else if words.danglingWords.contains(word), Self.isLowercaseWord(previous, text),
                next == nil || !sameLine || CodeUnit.startsUppercase(next!, in: text) || next!.kind == .punctuation,
                !Self.isEnclitic(previous, index - 2, analysis),
                !TechnicalText.isCodeLikeNear(Int(previous.start)..<(offset + 1), in: text)
            {
                endings.append(
                    diagnostic(
                        Int(previous.start)..<(offset + 1),
                        "the sentence ends on `\(analysis.string(previous))`, which needs a word after it: words are missing"))
            }
        }
        endings += paragraphsEndingOnDanglingWords(analysis, words.danglingWords)
        // A text that lost its capitals (every sentence in lower case) has no broken
        // sentences to show: each `. word` is a lost capital, which another rule reports.
        if starts.lostCapitals() { return endings.sorted { $0.range.lowerBound < $1.range.lowerBound } }
        let kept = junctions.filter { !starts.lostCapitals(paragraph: $0.paragraph) }.map(\.diagnostic)
        return (kept + endings).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The fewest words of a paragraph that ends on an article or preposition with no mark
    /// after it: a heading or a label is shorter.
    static let shortestCutParagraph = 8

    /// Paragraphs of prose that stop on an article or preposition with no punctuation after
    /// it (`le due parti hanno concordato di`): a segment whose end was lost.
    private func paragraphsEndingOnDanglingWords(_ analysis: Analysis, _ danglingWords: Set<String>) -> [Diagnostic] {
        guard !danglingWords.isEmpty else { return [] }
        let tokens = analysis.tokens, text = analysis.text
        var diagnostics: [Diagnostic] = []
        var tokenIndex = 0
        for (number, paragraph) in analysis.paragraphs.enumerated() {
            var words = 0
            var last: Int?
            while tokenIndex < tokens.count, Int(tokens[tokenIndex].start) < paragraph.upperBound {
                if Int(tokens[tokenIndex].start) >= paragraph.lowerBound {
                    if tokens[tokenIndex].kind.isLetters { words += 1 }
                    last = tokenIndex
                }
                tokenIndex += 1
            }
            guard words >= Self.shortestCutParagraph, let last, tokens[last].kind == .word, Self.isLowercaseWord(tokens[last], text),
                danglingWords.contains(analysis.lowercased(tokens[last]))
            else { continue }
            let lineStart = text[..<Int(tokens[last].start)].lastIndex { $0 == 0x0A }.map { $0 + 1 } ?? 0
            let range = Int(tokens[last].start)..<Int(tokens[last].end)
            guard !TableLines.isTableLike(text[lineStart..<range.upperBound]), !TechnicalText.isCodeLikeNear(range, in: text)
            else { continue }
            // The next paragraph starts a sentence of its own (`Il`, `Le`): one in lower case,
            // a path or a command (`argc = 0`, `/dev/cdrom`, `TIME`) is the rest of this one, as
            // manuals converted to text cut their sentences around code.
            if number + 1 < analysis.paragraphs.count {
                let next = analysis.firstTokenIndex(atOrAfter: analysis.paragraphs[number + 1].lowerBound)
                guard next < tokens.count, tokens[next].kind == .word, CapitalMidSentenceRule.isCapitalised(tokens[next], text)
                else { continue }
            }
            diagnostics.append(
                diagnostic(
                    range,
                    "the paragraph ends on `\(analysis.string(tokens[last]))` with no full stop, and it needs a word after it: words are missing"
                ))
        }
        return diagnostics
    }

    /// How the sentences of a document and of each paragraph start: with a capital or in
    /// lower case. A paragraph's first word and each word after `.`, `!` or `?` count.
    private struct SentenceStarts {
        private var lower = 0, upper = 0
        private var paragraphLower: [Int32], paragraphUpper: [Int32]
        private var firstIsLower: [Bool], seenFirst: [Bool]

        init(paragraphCount: Int) {
            paragraphLower = Array(repeating: 0, count: paragraphCount)
            paragraphUpper = paragraphLower
            firstIsLower = Array(repeating: false, count: paragraphCount)
            seenFirst = firstIsLower
        }

        func isFirst(in paragraph: Int) -> Bool { !seenFirst[paragraph] }

        mutating func count(_ token: Token, in paragraph: Int, _ text: [UInt16], first: Bool) {
            let unit = text[Int(token.start)]
            if first {
                seenFirst[paragraph] = true
                firstIsLower[paragraph] = CodeUnit.isLowercase(unit)
            }
            if CodeUnit.isLowercase(unit) {
                lower += 1
                paragraphLower[paragraph] += 1
            } else if CodeUnit.isUppercase(unit) {
                upper += 1
                paragraphUpper[paragraph] += 1
            }
        }

        /// More sentences start in lower case than with a capital, and at least three do.
        func lostCapitals() -> Bool { lower >= 3 && lower > upper }

        /// The paragraph starts in lower case, and no more of its sentences start with a
        /// capital than without.
        func lostCapitals(paragraph: Int) -> Bool {
            firstIsLower[paragraph] && paragraphLower[paragraph] >= paragraphUpper[paragraph]
        }
    }

    /// `II`, `XIV`: Roman numerals, which German writes with a period as ordinals.
    private static func isRomanNumeral(_ token: Token, _ text: [UInt16]) -> Bool {
        text[token.range].allSatisfy { [0x49, 0x56, 0x58, 0x4C, 0x43, 0x44, 0x4D].contains($0) }
    }

    /// A name glued to more: a manual's reference (`login(1)`), a placeholder or identifier
    /// (`nome-servizio`, `sat_port`), a path (`file/`), which may start a sentence in lower case.
    private static func isPartOfName(_ word: Token, _ following: Int, _ analysis: Analysis) -> Bool {
        guard following < analysis.tokens.count, analysis.tokens[following].start == word.end else { return false }
        return [0x28, 0x2D, 0x5F, 0x2F, 0x3D, 0x40, 0x5B].contains(analysis.text[Int(word.end)])
    }

    /// French `Prends-les.`: a pronoun joined to its verb by a hyphen ends sentences.
    private static func isEnclitic(_ word: Token, _ before: Int, _ analysis: Analysis) -> Bool {
        before >= 0 && analysis.tokens[before].end == word.start && analysis.text[Int(analysis.tokens[before].start)] == 0x2D
    }

    /// `et al.`, Latin in any language, where `al` would read as Italian or Spanish `al`.
    private static func isLatinEtAl(_ word: String, _ before: Int, _ analysis: Analysis) -> Bool {
        guard word == "al", before >= 0, analysis.tokens[before].kind == .word else { return false }
        return analysis.lowercased(analysis.tokens[before]) == "et"
    }

    /// Lower case throughout its start, with no capital inside (`iPhone` is a name).
    static func isLowercaseWord(_ token: Token, _ text: [UInt16]) -> Bool {
        let units = text[token.range]
        guard let first = units.first, CodeUnit.isLowercase(first) else { return false }
        return !units.dropFirst().contains(where: CodeUnit.isUppercase)
    }
}
