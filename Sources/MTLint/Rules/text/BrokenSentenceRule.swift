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
            separable prefixes end German sentences).

            Not flagged: abbreviations (`ecc.`, `p.es.`, `Sig.`, `S.p.A.`, `U.S.A.`, `etc.`, \
            `z.B.`, per language), initials (`J. R. R. Tolkien`), ellipses, decimal points, \
            web addresses, and brand names in lower case with capitals inside (`iPhone`).
            """,
        examples: [
            .flags("it", "Il CEO lo ha annunciato in un elenco completo Membri ⟦di. il⟧ comitato ha espresso insoddisfazione.", suggestion: nil),
            .flags("it", "Il CEO lo ha annunciato ai Membri ⟦di.⟧", suggestion: nil),
            .flags("fr", "Le groupe a présenté la liste ⟦des. le⟧ comité a réagi.", suggestion: nil),
            .flags("es", "La empresa publicó la lista ⟦de. el⟧ comité respondió.", suggestion: nil),
            .flags("en", "The company sent the list to ⟦the. board⟧ members reacted.", suggestion: nil),
            .passes("it", "Lo hanno detto il Sig. Rossi, la S.p.A. e gli U.S.A. ecc. e p.es. anche J. R. R. Tolkien... con 3.5 e https://example.com/a. fine."),
            .passes("it", "Lo ha comprato. iPhone e eBay restano marchi. Vieni su."),
            .passes("fr", "Il a cité M. Dupont, etc. et le groupe. Les résultats suivent."),
            .passes("de", "Er kommt morgen an. Wir rufen z.B. die Firma an. Das weiß ich."),
            .passes("en", "He met Mr. Smith, e.g. the CEO, in the U.S. yesterday. What is it made of?"),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let words = analysis.language.profile?.textWords ?? TextWords()
        var diagnostics: [Diagnostic] = []
        let tokens = analysis.tokens
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && token.end - token.start == 1 && text[Int(token.start)] == 0x2E {
            let offset = Int(token.start)
            guard index > 0, tokens[index - 1].end == token.start, tokens[index - 1].kind.isLetters,
                  !analysis.isInURL(offset..<(offset + 1)) else { continue }
            let previous = tokens[index - 1]
            let word = analysis.lowercased(previous)
            // Abbreviations, initials and dotted forms (`S.p.A`, `J.`) end with a period.
            if words.abbreviations.contains(word) || text[previous.range].contains(0x2E) || previous.end - previous.start == 1 { continue }
            if offset + 1 < text.count, text[offset + 1] == 0x2E { continue }  // an ellipsis
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let sameLine = next.map { !text[(offset + 1)..<Int($0.start)].contains { $0 == 0x0A || $0 == 0x0D } } ?? false
            if let next, sameLine, next.kind == .word, Int(next.start) > offset + 1,
               text[(offset + 1)..<Int(next.start)].allSatisfy({ $0 == 0x20 || $0 == 0xA0 }),
               Self.isLowercaseWord(next, text) {
                diagnostics.append(diagnostic(Int(previous.start)..<Int(next.end),
                    "a full stop between `\(analysis.string(previous))` and `\(analysis.string(next))`, which goes on in lower case: a sentence broken in two"))
            } else if words.danglingWords.contains(word), Self.isLowercaseWord(previous, text), next == nil || !sameLine || CodeUnit.startsUppercase(next!, in: text) || next!.kind == .punctuation {
                diagnostics.append(diagnostic(Int(previous.start)..<(offset + 1),
                    "the sentence ends on `\(analysis.string(previous))`, which needs a word after it: words are missing"))
            }
        }
        return diagnostics
    }

    /// Lower case throughout its start, with no capital inside (`iPhone` is a name).
    static func isLowercaseWord(_ token: Token, _ text: [UInt16]) -> Bool {
        let units = text[token.range]
        guard let first = units.first, CodeUnit.isLowercase(first) else { return false }
        return !units.dropFirst().contains(where: CodeUnit.isUppercase)
    }

}
