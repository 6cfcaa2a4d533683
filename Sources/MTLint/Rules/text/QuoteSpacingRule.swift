/// `text/quote-spacing`: a space just inside quotation marks or brackets (`"Doubao "`,
/// `( Doubao)`), a missing one outside them (`parola"Doubao"`), and French guillemets
/// without their no-break spaces (`«Doubao»`).
public struct QuoteSpacingRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/quote-spacing",
        severity: .warning,
        category: .fluency,
        summary: "A space just inside quotation marks or brackets, or a missing one outside them.",
        explanation: """
            Machine translation often keeps the spaces of the source's segmentation: \
            `"Doubao "`, `( Doubao)`, `« Doubao»`. Italian, Spanish, Portuguese, German and \
            English put no space inside quotation marks and brackets, and one outside them; \
            French puts a no-break space inside guillemets (`« Doubao »`). mtlint matches the \
            marks of each paragraph (as text/unbalanced-pair does) and flags a quotation or \
            bracket with a space inside, French guillemets without one, and a quotation mark \
            glued to the word outside it. The suggestion is the quotation respaced.

            Not flagged: French guillemets with a no-break space or a narrow no-break space \
            inside (a plain space there is text/spacing's finding); brackets glued to a word \
            before them (`f(x)`, `amico(a)`); short bracketed endings (`(s)he`).
            """,
        examples: [
            .flags("it", "La versione estera di ⟦\"Doubao \"⟧ si chiama Cici.", suggestion: "\"Doubao\""),
            .flags("it", "Il modello ⟦( Doubao)⟧ è cinese.", suggestion: "(Doubao)"),
            .flags("it", "L'app ⟦« Doubao»⟧ è cinese.", suggestion: "«Doubao»"),
            .flags("it", "Si chiam⟦a\"⟧Coze\" all'estero.", suggestion: "a \""),
            .flags("it", "Lo chiamano \"Coze⟦\"a⟧ll'estero.", suggestion: "\" a"),
            .flags("fr", "Le service ⟦«Doubao»⟧ est chinois.", suggestion: "«\u{A0}Doubao\u{A0}»"),
            .flags("es", "La versión de ⟦“ Doubao”⟧ se llama Cici.", suggestion: "“Doubao”"),
            .flags("en", "The app ⟦\" Doubao\"⟧ is Chinese.", suggestion: "\"Doubao\""),
            .passes("it", "La versione estera di \"Doubao\" si chiama «Cici» (da Pechino), e f(x) vale amico(a)."),
            .passes("fr", "Le service «\u{A0}Doubao\u{A0}» et «\u{202F}Cici\u{202F}» sont chinois (Pékin)."),
            .passes("es", "La versión de “Doubao” se llama «Cici» (Pekín)."),
            .passes("en", "The app \"Doubao\" is Chinese (Beijing), and (s)he knows."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let french = analysis.language.profile?.textWords.spacesAroundHighPunctuation ?? false
        var diagnostics: [Diagnostic] = []
        for mark in analysis.pairedMarks.marks {
            guard mark.isOpening, let close = mark.partner else { continue }
            let open = mark.offset
            let isBracket = PairedMarks.brackets[mark.character] != nil
            let guillemets = french && mark.character == "«"
            let inner = (open + 1)..<close
            guard !inner.isEmpty else { continue }
            if guillemets {
                let spacedAfter = Self.isNoBreakSpace(text[open + 1]) || text[open + 1] == 0x20
                let spacedBefore = Self.isNoBreakSpace(text[close - 1]) || text[close - 1] == 0x20
                if !spacedAfter || !spacedBefore, close - open <= 80 {
                    let content = analysis.string(inner).trimmingSpaces
                    diagnostics.append(diagnostic(open..<(close + 1),
                        "French guillemets take a no-break space inside: `« \(content) »`",
                        suggestions: ["«\u{A0}" + content + "\u{A0}»"]))
                }
                continue
            }
            let spaceAfterOpening = text[open + 1] == 0x20 || text[open + 1] == 0x09 || Self.isNoBreakSpace(text[open + 1])
            let spaceBeforeClosing = text[close - 1] == 0x20 || text[close - 1] == 0x09 || Self.isNoBreakSpace(text[close - 1])
            if spaceAfterOpening || spaceBeforeClosing {
                let content = analysis.string(inner).trimmingSpaces
                let closing = analysis.string(close..<(close + 1))
                let range = close - open <= 80 ? open..<(close + 1) : (spaceAfterOpening ? open..<(open + 2) : (close - 1)..<(close + 1))
                let suggestion = close - open <= 80 ? [String(mark.character) + content + closing] : []
                diagnostics.append(diagnostic(range,
                    "a space just inside `\(mark.character)\(closing)`: \(analysis.languageName) writes `\(mark.character)\(content.prefix(30))\(content.count > 30 ? "…" : "")\(closing)`",
                    suggestions: suggestion))
                continue
            }
            // A quotation mark glued to the word before it: `parola"Doubao"`.
            if !isBracket, open > 0, Self.isLetterOrDigit(text[open - 1]) {
                let before = analysis.string((open - 1)..<open)
                diagnostics.append(diagnostic((open - 1)..<(open + 1),
                    "no space before the opening `\(mark.character)`",
                    suggestions: [before + " " + String(mark.character)]))
            }
            // A closing mark glued to the word after it: `"Doubao"è`, `(Pechino)e`.
            if close + 1 < text.count, Self.isLetter(text[close + 1]), !(isBracket && inner.count <= 2) {
                let closing = analysis.string(close..<(close + 1))
                let after = analysis.string((close + 1)..<(close + 2))
                diagnostics.append(diagnostic(close..<(close + 2),
                    "no space after the closing `\(closing)`",
                    suggestions: [closing + " " + after]))
            }
        }
        return diagnostics
    }

    static func isNoBreakSpace(_ unit: UInt16) -> Bool { unit == 0xA0 || unit == 0x202F }

    static func isLetter(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit) else { return false }
        return scalar.properties.isAlphabetic
    }

    static func isLetterOrDigit(_ unit: UInt16) -> Bool {
        isLetter(unit) || (unit >= 0x30 && unit <= 0x39)
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        let spaces: Set<Character> = [" ", "\t", "\u{A0}", "\u{202F}"]
        return String(drop { spaces.contains($0) }.reversed().drop { spaces.contains($0) }.reversed())
    }
}
