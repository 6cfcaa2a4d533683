import MTLintCore
import MTLintText

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
            inside (a plain space there is text/spacing's finding); spaces on both sides \
            inside brackets or straight quotes (`( expr )`, `[ nota ]`: a deliberate style, or \
            the gap between two quotations, `"a" e "b"`), and inside longer curly quotations; \
            a space after an open ending (`(1948- )`, `(Roma, Milano, ... )`); content \
            without letters or digits (`[ -%]`); brackets glued to a word before them \
            (`f(x)`, `amico(a)`); marks inside a word (`(ri)costruzione`, `(Mehrfach-)Auswahl`, \
            `(A)nnulla`, a word the dictionary knows once the marks are gone); marks in a \
            chunk of code (`[[UTENTE@]HOST:]FILE`); and, as for text/unbalanced-pair, every \
            mark on a line that reads as code, a command synopsis or a table.
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
            .flags("it", "La versione di ⟦“ Doubao ”⟧ si chiama Cici.", suggestion: "“Doubao”"),
            .flags("it", "Il gruppo (Pechino⟦)e⟧ la filiale hanno firmato.", suggestion: ") e"),
            .passes("it", "La versione estera di \"Doubao\" si chiama «Cici» (da Pechino), e f(x) vale amico(a)."),
            .passes("fr", "Le service «\u{A0}Doubao\u{A0}» et «\u{202F}Cici\u{202F}» sont chinois (Pékin)."),
            .passes("es", "La versión de “Doubao” se llama «Cici» (Pekín)."),
            .passes("en", "The app \"Doubao\" is Chinese (Beijing), and (s)he knows."),
            .passes("it", "La sintassi è ( espressione ) e la nota [ vedi sotto ] resta."),
            .passes("it", "Ha detto \"sì\" e poi \"no\", e il pittore (1948- ) ha elencato (Roma, Milano, ... ) e [ -%]."),
            .passes("it", "La (ri)costruzione del ponte e il tasto (A)nnulla."),
            .passes("de", "Die (Mehrfach-)Auswahl ist neu."),
            .passes("it", "Il comando:\n\ncopia [ -v ] [--formato=TESTO] [[UTENTE@]HOST:]FILE\n\nè semplice."),
        ],
        fixes: .safe
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let french = analysis.language.profile?.textWords.spacesAroundHighPunctuation ?? false
        func isWord(_ word: String) -> Bool {
            guard let found = analysis.lexicon else { return false }
            return found.isCommonWord(word.lowercased()) || found.isCommonWord(word)
        }
        var diagnostics: [Diagnostic] = []
        for mark in analysis.pairedMarks.marks {
            guard mark.isOpening, let close = mark.partner else { continue }
            let open = mark.offset
            let isBracket = PairedMarks.brackets[mark.character] != nil
            let guillemets = french && mark.character == "«"
            let inner = (open + 1)..<close
            guard !inner.isEmpty, text[inner].contains(where: { CodeUnit.isLetterOrDigit($0) }) else { continue }
            if guillemets {
                let spacedAfter = Self.isNoBreakSpace(text[open + 1]) || text[open + 1] == 0x20
                let spacedBefore = Self.isNoBreakSpace(text[close - 1]) || text[close - 1] == 0x20
                if !spacedAfter || !spacedBefore, close - open <= 80 {
                    let content = analysis.string(inner).trimmingSpaces
                    diagnostics.append(
                        diagnostic(
                            open..<(close + 1),
                            "French guillemets take a no-break space inside: `« \(content) »`",
                            suggestions: ["«\u{A0}" + content + "\u{A0}»"]))
                }
                continue
            }
            let spaceAfterOpening = Self.isSpace(text[open + 1]), spacedBeforeClosing = Self.isSpace(text[close - 1])
            // Spaces on both sides are a choice (`( expr )`, `[ nota ]`), or the gap between two
            // quotations when straight marks were paired wrongly (`"a" e "b"`); only curly
            // quotes around a short name are taken for a slip there (`“ Doubao ”`).
            if spaceAfterOpening && spacedBeforeClosing, isBracket || mark.character == "\"" || close - open > 40 { continue }
            let spaceBeforeClosing = spacedBeforeClosing && !Self.endsOpenly(text, inner)
            if spaceAfterOpening || spaceBeforeClosing {
                let content = analysis.string(inner).trimmingSpaces
                let closing = analysis.string(close..<(close + 1))
                let range = close - open <= 80 ? open..<(close + 1) : (spaceAfterOpening ? open..<(open + 2) : (close - 1)..<(close + 1))
                let suggestion = close - open <= 80 ? [String(mark.character) + content + closing] : []
                diagnostics.append(
                    diagnostic(
                        range,
                        "a space just inside `\(mark.character)\(closing)`: \(analysis.languageName) writes `\(mark.character)\(content.prefix(30))\(content.count > 30 ? "…" : "")\(closing)`",
                        suggestions: suggestion))
                continue
            }
            let gluedBefore = open > 0 && Self.isLetterOrDigit(text[open - 1])
            let gluedAfter = close + 1 < text.count && Self.isLetter(text[close + 1])
            // Marks inside a word (`Tele"f"on`, `(Versions)nummern`, `(Back-)Pflaumen`) or in
            // code (`[[USER@]HOST:]FILE`) are not quotations.
            if gluedBefore || gluedAfter {
                if Self.isCodeChunk(text, around: open) || Self.isCodeChunk(text, around: close) { continue }
                if text[close - 1] == 0x2D { continue }
                let word = Self.wordWithoutMarks(text, open, close)
                if gluedAfter, !word.isEmpty, isWord(word) { continue }
            }
            // A quotation mark glued to the word before it: `parola"Doubao"`.
            if !isBracket, gluedBefore {
                let before = analysis.string((open - 1)..<open)
                diagnostics.append(
                    diagnostic(
                        (open - 1)..<(open + 1),
                        "no space before the opening `\(mark.character)`",
                        suggestions: [before + " " + String(mark.character)]))
            }
            // A closing mark glued to the word after it: `"Doubao"è`, `(Pechino)e`.
            if gluedAfter, mark.character != "[", !(isBracket && Self.isAffix(text[inner])) {
                let closing = analysis.string(close..<(close + 1))
                let after = analysis.string((close + 1)..<(close + 2))
                diagnostics.append(
                    diagnostic(
                        close..<(close + 2),
                        "no space after the closing `\(closing)`",
                        suggestions: [closing + " " + after]))
            }
        }
        return diagnostics
    }

    /// A bracketed letter, prefix or ending: `(s)he`, `(A)bort`, `(re)build`,
    /// `(des)criptografia`.
    static func isAffix(_ units: ArraySlice<UInt16>) -> Bool {
        units.count <= 2 || (units.count <= 4 && units.allSatisfy { CodeUnit.isLowercase($0) })
    }

    static func isSpace(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x09 || isNoBreakSpace(unit) }

    /// Content that ends open before its space: `(1951- )`, `(A, B, ... )`, `(non ancora :-( )`.
    static func endsOpenly(_ text: [UInt16], _ inner: Range<Int>) -> Bool {
        var end = inner.upperBound
        while end > inner.lowerBound, isSpace(text[end - 1]) { end -= 1 }
        guard end > inner.lowerBound else { return false }
        let last = text[end - 1]
        if last == 0x2026 || last == 0x2D || last == 0x2013 || last == 0x28 || last == 0x29 { return true }
        return last == 0x2E && end - 2 >= inner.lowerBound && text[end - 2] == 0x2E
    }

    /// The chunk (between white space) around `offset` holds characters of code: `@ % = < > /
    /// \ _ | $ & ~ ^ * # { }`, or more than two brackets (`[[CC]YY]MM`).
    static func isCodeChunk(_ text: [UInt16], around offset: Int) -> Bool {
        // Up to 64 units each way: asked for each glued mark, it must not read a long run twice.
        var start = offset, end = offset + 1
        while start > 0, offset - start < 64, !CodeUnit.isWhitespace(text[start - 1]) { start -= 1 }
        while end < text.count, end - offset < 64, !CodeUnit.isWhitespace(text[end]) { end += 1 }
        var brackets = 0
        for unit in text[start..<end] {
            switch unit {
            case 0x40, 0x25, 0x3D, 0x3C, 0x3E, 0x2F, 0x5C, 0x5F, 0x7C, 0x24, 0x26, 0x7E, 0x5E, 0x2A, 0x23, 0x7B, 0x7D: return true
            case 0x28, 0x29, 0x5B, 0x5D: brackets += 1
            default: break
            }
        }
        return brackets > 2
    }

    /// The word the marks stand in, without them: `Tele"f"on` → `Telefon`, `(des)criptografia`
    /// → `descriptografia`. Empty when the marks hold a space.
    static func wordWithoutMarks(_ text: [UInt16], _ open: Int, _ close: Int) -> String {
        guard close - open <= 32 else { return "" }
        var start = open, end = close + 1
        while start > 0, open - start < 32, isLetter(text[start - 1]) { start -= 1 }
        while end < text.count, end - close < 32, isLetter(text[end]) { end += 1 }
        var units: [UInt16] = []
        for offset in start..<end where offset != open && offset != close {
            guard isLetter(text[offset]) else { return "" }
            units.append(text[offset])
        }
        return String(decoding: units, as: UTF16.self)
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

package extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    var trimmingSpaces: String {
        let spaces: Set<Character> = [" ", "\t", "\u{A0}", "\u{202F}"]
        return String(drop { spaces.contains($0) }.reversed().drop { spaces.contains($0) }.reversed())
    }
}
