import ICU
import MTLintCore
import MTLintText

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
            where the word before it is the first half of the compound. Where the part before \
            the hyphen is no word but the two parts together are one (`intelli- genza`), the \
            text kept the hyphen of a word cut at the end of a line: the suggestion is the \
            whole word, `intelligenza`.

            Not flagged: a dash with spaces on both sides (` - `) and the dashes `–` and `—`; \
            a minus before a number (`-5%`); a list bullet at the start of a line; a \
            hyphen at the end of a line (wrapped text); web addresses. Suspended compounds, \
            whose hyphen stands for a part written once, after or before a conjunction or a \
            comma, in any language (`pre- e post-produzione`, `Ein- und Ausgang`, \
            `Zitronenschale und -saft`, `Daten-, Text- und Bildformate`). Runs of syllables \
            each with its hyphen (`tum- tum- tum-`), and a parenthesis typed with hyphens \
            (`la vida -dijo- es breve`). Command-line options: short ones (`-v`), names with \
            capitals inside or glued to more option text (`-vET`, `-Tps`, `-SEGV`, \
            `-ftest-coverage`), a word the language's dictionary does not list (`-mdoc`), \
            after a word it does not list (`xterm -geometry`), or on a line that reads as \
            code (another option, `$HOME`, `|`, `bs=N`, `/usr/bin`) or has an option that is no \
            word.
            """,
        examples: [
            .flags("it", "Ha deciso di dedicare tutti i suoi sforzi a se stessa ⟦-sviluppo⟧ di modelli.", suggestion: nil),
            .flags("it", "Il piano punta sull'⟦auto- sviluppo⟧ dei chip.", suggestion: "auto-sviluppo"),
            .flags("fr", "Le groupe mise sur l'⟦auto- développement⟧ de ses puces.", suggestion: "auto-développement"),
            .flags("es", "La empresa apuesta por el ⟦auto- desarrollo⟧ de chips.", suggestion: "autodesarrollo"),
            .flags("en", "The firm bets on ⟦self- development⟧ of chips.", suggestion: "self-development"),
            .flags("it", "Il settore dell'⟦intelli- genza⟧ artificiale cresce.", suggestion: "intelligenza"),
            .flags("fr", "Le secteur de l'⟦intelli- gence⟧ artificielle progresse.", suggestion: "intelligence"),
            .flags("de", "Der Bereich der künstlichen ⟦Intelli- genz⟧ wächst.", suggestion: "Intelligenz"),
            .flags("de", "Huawei verkauft mehr ⟦Smart- phones⟧ als Apple.", suggestion: "Smartphones"),
            .passes("it", "Investe nelle micro- e nanotecnologie e nel settore bio- o agroalimentare."),
            .passes("it", "La crescita - dice il rapporto - è forte; i margini – e i costi — salgono del -5%, nel pre- e post-vendita."),
            .passes("it", "- primo punto\n- secondo punto\nun testo an-\ndato a capo e l'opzione -v del comando."),
            .passes("de", "Der Ein- und Ausgang liegt links."),
            .passes("fr", "Le pré- et post-traitement coûte cher ; le self-service aussi."),
            .passes("en", "The pre- and post-processing is costly; see https://example.com/a -b."),
            .passes("de", "Man braucht Orangenschale und -saft, Apfelmus oder -kompott sowie Daten-, Text- und Bildformate."),
            .passes("de", "Der Server-Hersteller und -Betreiber haftet, die Ein- bzw. Ausfuhr auch."),
            .passes("it", "Il tamburo fa tum- tum- tum- e poi tace."),
            .passes("es", "La vida -dijo el autor- es breve."),
            .passes("it", "Per fermarlo si usa kill -HUP oppure gcc -fstack-check; si avvia con xterm -geometry 80x24."),
            .passes("it", "Si scrive con l'opzione -mdoc, non con l'opzione -man."),
            .passes("fr", "Lancez ls -l pour voir les fichiers, ou tapez la commande -verbose."),
        ]
    )

    public init() {}

    /// Conjunctions of every profile, and Dutch `en`, `of`: a suspended compound (`Ein- und
    /// Ausgang`, `architecture- and kernel-dependent` in a translated manual) keeps the
    /// conjunction of its own language whatever the document's language.
    private static let anyConjunction: Set<String> = LanguageProfile.all.reduce(["en", "of"]) { $0.union($1.textWords.conjunctions) }

    /// How far a parenthesis written with hyphens (`-toda la vida los tiene-`) is looked for,
    /// in UTF-16 units: a bound keeps the rule linear.
    private static let parenthesisReach = 200

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        /// True when the lexicon knows the word as written (or there is no lexicon).
        func isKnown(_ token: Token) -> Bool { isKnownWord(analysis.string(token)) }
        func isKnownWord(_ word: String) -> Bool {
            guard let found = analysis.lexicon else { return true }
            return found.isCommonWord(TextTransforms.normalize(word, .nfc))
        }
        var linesWithOptions: [Int: Bool] = [:]
        /// True when the line holding `offset` has an option that is no word (`groff -Tascii
        /// -man`, `l'opzione -mdoc ... l'opzione -man`): its other `-words` are options too.
        func hasOptionThatIsNoWord(_ offset: Int) -> Bool {
            let map = analysis.document.sourceMap
            let line = map.lineIndex(of: offset)
            if let known = linesWithOptions[line] { return known }
            let range = map.lineRange(line, in: text)
            var found = false
            var index = analysis.firstTokenIndex(atOrAfter: range.lowerBound)
            while !found, index + 1 < analysis.tokens.count, Int(analysis.tokens[index].start) < range.upperBound {
                let name = analysis.tokens[index + 1]
                if TechnicalText.startsOption(at: Int(analysis.tokens[index].start), in: text), name.kind == .word,
                    name.start == analysis.tokens[index].end
                {
                    found = Self.isOptionName(name, index + 2, analysis) || !isKnown(name)
                }
                index += 1
            }
            linesWithOptions[line] = found
            return found
        }
        for (index, token) in analysis.tokens.enumerated() where token.kind == .punctuation && token.end - token.start == 1 {
            let offset = Int(token.start)
            guard text[offset] == 0x2D || text[offset] == 0x2010,
                !analysis.isInURL(offset..<(offset + 1))
            else { continue }
            let before: UInt16? = offset > 0 ? text[offset - 1] : nil
            let after: UInt16? = offset + 1 < text.count ? text[offset + 1] : nil
            let previous = index > 0 ? analysis.tokens[index - 1] : nil
            let next = index + 1 < analysis.tokens.count ? analysis.tokens[index + 1] : nil

            if before == 0x20, let previous, previous.kind.isLetters, Int(previous.end) == offset - 1,
                let next, next.kind == .word, Int(next.start) == offset + 1
            {
                // ` -sviluppo`: glued to the next word only.
                guard next.end - next.start > 2 || !analysis.string(next).allSatisfy(\.isASCII),
                    !Self.isOptionName(next, index + 2, analysis),
                    !Self.anyConjunction.contains(analysis.lowercased(previous)),
                    !Self.closesParenthesis(after: Int(next.end), analysis),
                    !TechnicalText.isCodeLikeNear(offset..<(offset + 1), in: text),
                    isKnown(next), Self.isAcronym(previous, text) || isKnown(previous),
                    !hasOptionThatIsNoWord(offset)
                else { continue }
                diagnostics.append(
                    diagnostic(
                        offset..<Int(next.end),
                        "`-\(analysis.string(next))` has a hyphen detached from the word before it: a compound split in two"))
            } else if after == 0x20, let previous, previous.kind.isLetters, Int(previous.end) == offset,
                let next, next.kind.isLetters, Int(next.start) == offset + 2
            {
                // `auto- sviluppo`: glued to the word before only.
                guard previous.end - previous.start > 1, CodeUnit.startsLowercase(next, in: text),
                    !Self.anyConjunction.contains(analysis.lowercased(next)),
                    !Self.isInHyphenRun(previous, next, analysis),
                    !Self.opensParenthesis(before: Int(previous.start), analysis),
                    !TechnicalText.isCodeLikeNear(offset..<(offset + 1), in: text)
                else { continue }
                let first = analysis.string(previous), second = analysis.string(next)
                // `intelli- genza`: one word with the part after the hyphen, a word hyphenated
                // at the end of a line and joined into one line since. Also when the part before
                // is a word of its own (`Smart- phones`: `Smartphones`, not `Smart-phones`).
                let joined = first + second
                let isOneWord = analysis.lexicon != nil && isKnownWord(joined)
                if !isKnown(previous) || isOneWord {
                    guard isOneWord else { continue }
                    diagnostics.append(
                        diagnostic(
                            Int(previous.start)..<Int(next.end),
                            "`\(first)- \(second)` is one word cut by a hyphen where a line once ended; write `\(joined)`",
                            suggestions: [joined]))
                    continue
                }
                diagnostics.append(
                    diagnostic(
                        Int(previous.start)..<Int(next.end),
                        "`\(first)- \(second)` has a hyphen detached from the word after it; write `\(first)-\(second)`",
                        suggestions: [first + "-" + second]))
            }
        }
        return diagnostics
    }

    /// A command-line option rather than half a compound: capitals after the first letter
    /// (`-vET`, `-Tps`, `-SEGV`, `-HHOST`), or glued to more option text (`-ftest-coverage`,
    /// `-P-pa4`, `-n5`, `-o=file`).
    private static func isOptionName(_ word: Token, _ following: Int, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        if text[(Int(word.start) + 1)..<Int(word.end)].contains(where: CodeUnit.isUppercase) { return true }
        guard following < analysis.tokens.count, analysis.tokens[following].start == word.end else { return false }
        let glued = text[Int(word.end)]
        return glued == 0x2D || glued == 0x3D || analysis.tokens[following].kind == .number
    }

    /// `UNIX`, `KI`: the first half of many compounds, which no dictionary lists.
    private static func isAcronym(_ word: Token, _ text: [UInt16]) -> Bool {
        word.end - word.start > 1 && text[word.range].allSatisfy(CodeUnit.isUppercase)
    }

    /// `bumm- bumm- quitsch`: a run of syllables, each with its hyphen, is sound, not a
    /// compound.
    private static func isInHyphenRun(_ previous: Token, _ next: Token, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        let start = Int(previous.start), end = Int(next.end)
        let runsOn = end + 1 < text.count && text[end] == 0x2D && text[end + 1] == 0x20
        let ranBefore = start >= 3 && text[start - 1] == 0x20 && text[start - 2] == 0x2D && CodeUnit.isLetter(text[start - 3])
        return runsOn || ranBefore
    }

    /// True when a hyphen glued to the end of a word and followed by a space or punctuation
    /// (`... los tiene-,`) comes soon after `offset` in the same paragraph: the hyphen before
    /// opened a parenthesis (`-toda la vida los tiene-`), which some writers type with hyphens.
    private static func closesParenthesis(after offset: Int, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        var position = offset
        let limit = min(text.count, offset + parenthesisReach)
        while position < limit {
            let unit = text[position]
            if unit == 0x0A, position + 1 < text.count, text[position + 1] == 0x0A || text[position + 1] == 0x0D { return false }
            if unit == 0x2D, position > offset, CodeUnit.isLetter(text[position - 1]),
                position + 1 == text.count || !CodeUnit.isLetterOrDigit(text[position + 1])
            {
                return true
            }
            position += 1
        }
        return false
    }

    /// True when a hyphen glued to the start of a word after a space (` -si es posible-`)
    /// comes shortly before `offset` in the same paragraph: the hyphen after closes a
    /// parenthesis written with hyphens.
    private static func opensParenthesis(before offset: Int, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        var position = offset - 1
        let limit = max(0, offset - parenthesisReach)
        while position > limit {
            let unit = text[position]
            if unit == 0x0A, text[position - 1] == 0x0A || text[position - 1] == 0x0D { return false }
            if unit == 0x2D, position + 1 < offset, CodeUnit.isLetter(text[position + 1]),
                CodeUnit.isWhitespace(text[position - 1]) || text[position - 1] == 0x28
            {
                return true
            }
            position -= 1
        }
        return false
    }
}
