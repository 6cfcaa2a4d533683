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
        summary: "The same word twice in a row.",
        explanation: """
            A doubled word (`il il`, `di di`, `the the`) is one of the most visible slips in a \
            published text, and spell checkers accept it because each word is spelled right. \
            mtlint compares neighbouring words case-insensitively, across a line break too, and \
            suggests the single word.

            Not flagged: a run of three or more, which is deliberate (`bla bla bla`, `ha ha ha`, \
            `la la la`); numbers (`10 10` in a table); words with punctuation between them, so \
            nothing across a sentence end; words across a blank line (a heading and the text \
            under it); names written twice with capitals (`Bora Bora`); and the doublings a \
            language's grammar allows, kept per language: Italian reduplication (`piano piano`, \
            `via via`, `poco poco`, `bene bene`), French pronominal verbs (`nous nous`, \
            `vous vous`), German relative pronoun and article after a comma (`..., die die \
            Firma ...`), English `had had`, `that that`, `is is`.
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
            .passes("fr", "Nous nous sommes trompés, et vous vous en souvenez."),
            .passes("de", "Die Firma, die die Lizenz besitzt, wächst schnell."),
            .passes("en", "He had had enough, and I said that that was fine. What it is is a bug."),
            .passes("zh", "他们常常看看书。"),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let tokens = analysis.tokens
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
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
                  analysis.lowercased(tokens[last + 1]) == word {
                last += 1
            }
            let isRun = last > index
            let second = tokens[index]
            index = last + 1
            if isRun || isName(first, second, text) || isAllowed(word, before: first, analysis) { continue }
            let original = analysis.string(first)
            let range = Int(first.start)..<Int(second.end)
            diagnostics.append(diagnostic(
                range,
                "repeated word: `\(analysis.string(range).collapsingWhiteSpace)`; write `\(original)` once",
                suggestions: [original]
            ))
        }
        return diagnostics
    }

    /// Two letter tokens of equal length with only white space between, at most one line end.
    private func isCandidatePair(_ first: Token, _ second: Token, _ text: [UInt16]) -> Bool {
        guard first.kind == .word, second.kind == .word,
              first.end - first.start == second.end - second.start else { return false }
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


    private func isAllowed(_ word: String, before first: Token, _ analysis: Analysis) -> Bool {
        guard let context = analysis.language.profile?.allowedRepetitions[word] else { return false }
        switch context {
        case .always:
            return true
        case .afterComma:
            var position = Int(first.start) - 1
            while position >= 0, analysis.text[position] == 0x20 { position -= 1 }
            return position >= 0 && analysis.text[position] == 0x2C
        }
    }
}

extension String {
    /// Line ends and runs of white space shown as one space, for messages.
    var collapsingWhiteSpace: String {
        // Most flagged texts have single spaces only: splitting them into Characters
        // (grapheme breaking) to join them again was 1% of a run over the bench folder.
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
