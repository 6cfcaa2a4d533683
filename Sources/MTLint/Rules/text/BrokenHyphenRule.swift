/// `text/broken-hyphen`: a hyphen cut off from one of the words it joins (`se stessa
/// -sviluppo`, `auto- sviluppo`).
public struct BrokenHyphenRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/broken-hyphen",
        severity: .warning,
        category: .fluency,
        summary: "A hyphen detached from one of the words it joins.",
        explanation: """
            Machine translation splits compounds at the hyphen and leaves the pieces apart: \
            `se stessa -sviluppo` (自我发展, self-development), `auto- sviluppo`. A hyphen joins \
            two words, so it touches both; a dash between clauses has a space on both sides. \
            mtlint flags a hyphen with a space on one side only, and suggests closing the gap \
            where the word before it is the first half of the compound.

            Not flagged: a dash with spaces on both sides (` - `) and the dashes `–` and `—`; \
            a minus before a number (`-5%`); a list bullet at the start of a line; a \
            suspended hyphen before a conjunction (`pre- e post-produzione`, `Ein- und \
            Ausgang`, `pré- et post-`); a hyphen at the end of a line (wrapped text); short \
            options in technical text (`-v`); web addresses.
            """,
        examples: [
            .flags("it", "Ha deciso di dedicare tutti i suoi sforzi a se stessa ⟦-sviluppo⟧ di modelli.", suggestion: nil),
            .flags("it", "Il piano punta sull'⟦auto- sviluppo⟧ dei chip.", suggestion: "auto-sviluppo"),
            .flags("fr", "Le groupe mise sur l'⟦auto- développement⟧ de ses puces.", suggestion: "auto-développement"),
            .flags("es", "La empresa apuesta por el ⟦auto- desarrollo⟧ de chips.", suggestion: "auto-desarrollo"),
            .flags("en", "The firm bets on ⟦self- development⟧ of chips.", suggestion: "self-development"),
            .passes("it", "La crescita - dice il rapporto - è forte; i margini – e i costi — salgono del -5%, nel pre- e post-vendita."),
            .passes("it", "- primo punto\n- secondo punto\nun testo an-\ndato a capo e l'opzione -v del comando."),
            .passes("de", "Der Ein- und Ausgang liegt links."),
            .passes("fr", "Le pré- et post-traitement coûte cher ; le self-service aussi."),
            .passes("en", "The pre- and post-processing is costly; see https://example.com/a -b."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let conjunctions = analysis.language.profile?.textWords.conjunctions ?? []
        var diagnostics: [Diagnostic] = []
        for (index, token) in analysis.tokens.enumerated() where token.kind == .punctuation && token.end - token.start == 1 {
            let offset = Int(token.start)
            guard text[offset] == 0x2D || text[offset] == 0x2010,
                  !analysis.isInURL(offset..<(offset + 1)) else { continue }
            let before: UInt16? = offset > 0 ? text[offset - 1] : nil
            let after: UInt16? = offset + 1 < text.count ? text[offset + 1] : nil
            let previous = index > 0 ? analysis.tokens[index - 1] : nil
            let next = index + 1 < analysis.tokens.count ? analysis.tokens[index + 1] : nil

            if before == 0x20, let next, next.kind == .word, Int(next.start) == offset + 1 {
                // ` -sviluppo`: glued to the next word only.
                guard let previous, previous.kind.isLetters, Int(previous.end) == offset - 1,
                      next.end - next.start > 2 || !analysis.string(next).allSatisfy(\.isASCII) else { continue }
                diagnostics.append(diagnostic(offset..<Int(next.end),
                    "`-\(analysis.string(next))` has a hyphen detached from the word before it: a compound split in two"))
            } else if after == 0x20, let previous, previous.kind.isLetters, Int(previous.end) == offset,
                      let next, next.kind.isLetters, Int(next.start) == offset + 2 {
                // `auto- sviluppo`: glued to the word before only.
                let following = analysis.lowercased(next)
                guard !conjunctions.contains(following), CodeUnit.startsLowercase(next, in: text) else { continue }
                let first = analysis.string(previous), second = analysis.string(next)
                diagnostics.append(diagnostic(Int(previous.start)..<Int(next.end),
                    "`\(first)- \(second)` has a hyphen detached from the word after it; write `\(first)-\(second)`",
                    suggestions: [first + "-" + second]))
            }
        }
        return diagnostics
    }

}
