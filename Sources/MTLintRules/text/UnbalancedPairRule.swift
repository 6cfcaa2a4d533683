import MTLintCore
import MTLintText

/// `text/unbalanced-pair`: a quotation mark or bracket without its partner in a paragraph.
public struct UnbalancedPairRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/unbalanced-pair",
        severity: .warning,
        category: .fluency,
        summary: "A quotation mark or bracket without its partner in the same paragraph.",
        explanation: """
            Machine translation drops or moves quotation marks and brackets, so that a \
            quotation never closes or a bracket closes nothing: `"Non possiamo dipendere da \
            licenze straniere, ha detto.` mtlint matches, within each paragraph, straight \
            double quotes (in alternation), the language's curly quotes and guillemets \
            (`“ ”`, `« »`, German `„ “` and `» «`; English `“ ”` in every language), and \
            round and square brackets, and flags each mark left without its partner, and a \
            closing quotation mark of the wrong kind (`«...”`, `"...»`, with the right one as \
            the suggestion).

            Not flagged: apostrophes and single quotes; `"` after a digit when no quotation is \
            open (inches, `12"`); the `)` of an enumeration (`a)`, `1)`) when no `(` is open; \
            smileys (`:)`, `:-(`); marks inside web addresses; a quotation left open at the \
            end of a paragraph when the next one opens with the same mark (the convention for \
            a quotation over several paragraphs), or at the end of a text cut off in \
            mid-sentence; a quotation closed in a later paragraph (`«Cresceremo.` then `E lo \
            faremo», ha detto.`); a straight `"` closing a curly quotation (`„Wir wachsen."`). A \
            bracket may close in the next paragraph when a paragraph stops in mid-sentence \
            (a line break from extraction). Lines that read as code, a command synopsis or a \
            table (braces, `|`, `=`, `$HOME`, `--help`, more symbols than letters ...) are \
            left alone, and so is a mark left without a partner beside them; so are marks \
            named rather than used: a bracket whose inner side touches no word (`ESC ( B`, \
            `'['`), a mark in a chunk without letters or digits (`„“`), an opening mark that \
            ends its paragraph.
            """,
        examples: [
            .flags("it", "⟦\"⟧Non possiamo dipendere da licenze straniere, ha detto il manager.", suggestion: nil),
            .flags("it", "Il gruppo ⟦(⟧con sede a Pechino ha chiuso l'anno in utile.", suggestion: nil),
            .flags("it", "Ha parlato di «sovranità digitale⟦”⟧ davanti agli investitori.", suggestion: "»"),
            .flags("fr", "Le groupe a parlé de ⟦«⟧ souveraineté numérique, puis s'est tu⟦)⟧.", suggestions: [nil, nil]),
            .flags("es", "La empresa ⟦[⟧con sede en Pekín ganó dinero.", suggestion: nil),
            .flags("en", "The company said ⟦“⟧we will grow, and left.", suggestion: nil),
            .flags("it", "È stata la “battaglia dei cento modelli⟦“⟧, e ne sono nate sei aziende.", suggestion: "”"),
            .flags("it", "Il piano si chiama \"crescere in Europa⟦»⟧ e parte a marzo.", suggestion: "\""),
            .flags("it", "Il fondatore Zhang Yiming⟦)⟧ ha parlato agli investitori.", suggestion: nil),
            .passes("it", "Ha detto: «Cresceremo» e \"presto\" (forse) [nota]. Un monitor da 27\" basta."),
            .passes("it", "Il manager ha detto: “Cresceremo ancora.\n\n“E lo faremo in Europa”, ha aggiunto."),
            .passes("de", "Er sagte: „Wir wachsen und bleiben.\" Dann ging er."),
            .passes("it", "Le opzioni sono: a) vendere; b) chiudere :) e poi https://example.com/a_(b) resta."),
            .passes("fr", "Il a dit : « Nous grandirons » (peut-être)."),
            .passes("de", "Er sagte: „Wir wachsen“ und »sicher« (vielleicht)."),
            .passes("en", "He said “we will grow” (maybe) and left [sic]."),
            .passes("it", "Il rapporto (vedi il punto 2) cita il fondo (serie B) e il libro \"Capitolo 3\", poi chiude."),
            .passes("it", "Il piano ha due fasi: 1) tagliare i costi; 2) assumere."),
            .passes(
                "it",
                "Per avviarlo si scrive:\n\navvia [ -v|--verboso ] { rete|disco }\n\nif (conta < 0) {\n\nLC_ALL=\"it_IT.UTF-8\"\n\nE poi si aspetta."
            ),
            .passes("it", "La tabella riporta i totali (solo per il formato\n\neuropeo) di ogni anno."),
            .passes("it", "Oggi piove :( ma domani torna il sole :-))"),
            .passes("it", "Il tasto ESC ( A cambia alfabeto e il carattere '[' apre un intervallo."),
            .passes("de", "Die Fähigkeit “E3” ist im Terminal definiert."),
            .passes("it", "«Cresceremo ancora in Europa.\n\nE lo faremo con nuovi partner», ha detto il manager."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        analysis.pairedMarks.marks.compactMap { mark in
            if mark.mismatched, let expected = mark.expected, let partner = mark.partner {
                let opening = analysis.string(partner..<(partner + 1))
                return diagnostic(
                    mark.offset..<(mark.offset + 1), "`\(mark.character)` closes a quotation opened with `\(opening)`; write `\(expected)`",
                    suggestions: [String(expected)])
            }
            guard mark.partner == nil, !mark.continues else { return nil }
            let message: String
            if mark.character == "\"" {
                message = "`\"` has no partner in this paragraph: a quotation is opened or closed but not both"
            } else if mark.isOpening {
                message = "`\(mark.character)` is never closed in this paragraph"
            } else if let expected = mark.expected {
                message = "`\(mark.character)` closes a `\(expected)` that this paragraph never opens"
            } else {
                message = "`\(mark.character)` has no partner in this paragraph"
            }
            return diagnostic(mark.offset..<(mark.offset + 1), message)
        }
    }
}
