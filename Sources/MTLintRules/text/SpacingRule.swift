import MTLintCore
import MTLintText

/// `text/spacing`: doubled spaces, a space before punctuation where the language writes none,
/// and French spacing (a no-break space before `; : ! ?` and inside « »).
public struct SpacingRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/spacing",
        severity: .info,
        category: .fluency,
        summary: "Doubled spaces, a space before punctuation, or French spacing not followed.",
        explanation: """
            Machine translation joins segments with the spaces of the source: two spaces \
            between words, a space before a comma or a full stop (`crescita , ma`). Italian, \
            Spanish, Portuguese, German and English write no space before `, . ; : ! ?`; \
            French writes a no-break space before `; : ! ?` and inside guillemets, and none \
            before `,` and `.`. mtlint flags doubled spaces inside a line and a space before \
            punctuation where the language uses none. The suggestion is the respaced text.

            Typographic conventions that much professionally edited web text ignores are \
            reported only at the picky level (`--level picky`): in French, a plain space or \
            no space where a no-break one belongs; two spaces after a full stop.

            Not flagged: indentation and spaces at the end of a line; lines laid out as a \
            table (a tab, a `|`, several runs of spaces between short cells, or two runs of \
            three spaces or more); a space before an ellipsis or a decimal (`.5`); smileys; \
            times and ratios (`14:30`, `3:1`); web addresses.
            """,
        examples: [
            .flags("it", "La crescita è forte⟦  ⟧e continua.", suggestion: " "),
            .flags("it", "La crescita è forte⟦ ,⟧ ma rallenta.", suggestion: ","),
            .flags("es", "El crecimiento es fuerte⟦ .⟧ Sigue así.", suggestion: "."),
            .flags("en", "Growth is strong⟦ ;⟧ it continues.", suggestion: ";"),
            .flags("fr", "La croissance est forte⟦ ;⟧ elle continue.", suggestion: "\u{202F};"),
            .flags("fr", "Il a dit⟦:⟧ non.", suggestion: "\u{A0}:"),
            .flags("fr", "Il a parlé de ⟦« ⟧croissance\u{A0}».", suggestion: "«\u{A0}"),
            .passes("it", "La crescita è forte, ma rallenta: 14:30, rapporto 3:1 e .5 di scarto... :) https://example.com/a?b=1"),
            .flags("it", "La crescita è forte⟦  ⟧e continua, il fatturato⟦  ⟧cresce e i margini tengono⟦  ⟧bene.", suggestion: " "),
            .flags("it", "Il fatturato⟦  ⟧cresce ancora.\nIl gruppo⟦  ⟧investe in Europa.", suggestion: " "),
            .passes("it", "Ricavi   2023   2024\nTotale   12     15"),
            .passes("it", "Voce            Valore\nRicavi totali   12 milioni di euro"),
            .passes(
                "it",
                "Tasso sui depositi                 2,00%\nTasso sulle operazioni principali  2,15%\nUsano un modello europeo (Mistral o altri)     23%\nUsano solo servizi chiusi americani            31%"
            ),
            .passes(
                "es",
                "Nivel   Países                                   Acceso\n1       18 aliados (p. ej., Alemania, Japón o Taiwán)     Sin límites"
            ),
            .passes("fr", "La croissance est forte\u{202F}; elle continue\u{A0}: «\u{A0}oui\u{A0}» et 14:30."),
            .passes("en", "Growth is strong; it continues. Really?"),
        ],
        fixes: .safe
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// One finding every other character on `. . . .`: made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        let text = analysis.text
        let french = analysis.language.profile?.textWords.spacesAroundHighPunctuation ?? false
        let urls = analysis.urls
        var urlIndex = 0
        func inURL(_ offset: Int) -> Bool {
            while urlIndex < urls.count, urls[urlIndex].upperBound <= offset { urlIndex += 1 }
            return urlIndex < urls.count && urls[urlIndex].contains(offset)
        }
        var diagnostics = LimitedFindings(limit: limit)
        let map = analysis.document.sourceMap
        for lineIndex in 0..<map.lineCount {
            let line = map.lineRange(lineIndex, in: text)
            guard !line.isEmpty else { continue }
            // Asked only on a line with a double space, most have none.
            var tableLike: Bool?
            var offset = line.lowerBound
            // Indentation is layout, not spacing.
            while offset < line.upperBound, text[offset] == 0x20 || text[offset] == 0x09 { offset += 1 }
            while offset < line.upperBound {
                let unit = text[offset]
                if unit == 0x20 {
                    var end = offset
                    while end < line.upperBound, text[end] == 0x20 { end += 1 }
                    guard end < line.upperBound else { break }  // spaces at the end of the line
                    let next = text[end]
                    let isDouble = end - offset >= 2
                    if isDouble, tableLike == nil { tableLike = TableLines.isRow(lineIndex, map, text) }
                    if isDouble, tableLike == false {
                        // Two spaces after a sentence's end is an old typewriter convention.
                        let afterSentence = offset > line.lowerBound && [0x2E, 0x3F, 0x21].contains(text[offset - 1])
                        diagnostics.append(
                            diagnostic(
                                offset..<end, "\(end - offset) spaces between words; one is enough", suggestions: [" "],
                                picky: afterSentence))
                    } else if let finding = spaceBefore(next, at: offset, end: end, text: text, french: french, line: line), !inURL(end) {
                        diagnostics.append(finding)
                    }
                    offset = end
                    continue
                }
                if french, let finding = frenchSpacing(at: offset, text: text, line: line), !inURL(offset) {
                    diagnostics.append(finding)
                }
                offset += 1
            }
        }
        return diagnostics
    }

    /// Spaces (`offset..<end`) before a punctuation mark at `end` where the language writes none.
    private func spaceBefore(_ mark: UInt16, at offset: Int, end: Int, text: [UInt16], french: Bool, line: Range<Int>) -> Diagnostic? {
        let afterMark: UInt16? = end + 1 < line.upperBound ? text[end + 1] : nil
        switch mark {
        case 0x2C, 0x2E:  // , .
            if mark == 0x2E, let afterMark, afterMark == 0x2E || (afterMark >= 0x30 && afterMark <= 0x39) { return nil }  // ... .5
        case 0x3B, 0x3A, 0x21, 0x3F:  // ; : ! ?
            if let afterMark, afterMark == 0x29 || afterMark == 0x28 || afterMark == 0x2D || afterMark == 0x44 || afterMark == 0x50 {
                return nil
            }  // :) :( :-) :D :P
            if french { return nil }  // a plain space there is handled as French spacing
        default:
            return nil
        }
        guard offset > line.lowerBound, text[offset - 1] != 0x20 else { return nil }
        let punctuation = String(Character(Unicode.Scalar(mark)!))
        return diagnostic(offset..<(end + 1), "a space before `\(punctuation)`; write it right after the word", suggestions: [punctuation])
    }

    /// French: `; : ! ?` take a no-break space before them, and guillemets inside.
    private func frenchSpacing(at offset: Int, text: [UInt16], line: Range<Int>) -> Diagnostic? {
        let unit = text[offset]
        let before: UInt16? = offset > line.lowerBound ? text[offset - 1] : nil
        let after: UInt16? = offset + 1 < line.upperBound ? text[offset + 1] : nil
        switch unit {
        case 0x3B, 0x3A, 0x21, 0x3F:
            guard let before, before != 0xA0, before != 0x202F else { return nil }
            if unit == 0x3A, let after, after >= 0x30 && after <= 0x39, before >= 0x30 && before <= 0x39 { return nil }  // 14:30
            if [0x3B, 0x3A, 0x21, 0x3F].contains(before) { return nil }  // ?! keeps one space before the first
            if let after, after == 0x29 || after == 0x28 || after == 0x2D { return nil }  // smileys
            if unit == 0x3A, let after, after == 0x2F { return nil }  // http:
            let mark = String(Character(Unicode.Scalar(unit)!))
            let space = unit == 0x3A ? "\u{A0}" : "\u{202F}"
            if before == 0x20 {
                guard offset - 1 > line.lowerBound else { return nil }
                return diagnostic(
                    (offset - 1)..<(offset + 1), "French writes a no-break space before `\(mark)`, not a plain one",
                    suggestions: [space + mark], picky: true)
            }
            return diagnostic(
                offset..<(offset + 1), "French writes a no-break space before `\(mark)`", suggestions: [space + mark], picky: true)
        case 0xAB:  // «
            guard after == 0x20 else { return nil }
            return diagnostic(
                offset..<(offset + 2), "French writes a no-break space inside guillemets, not a plain one", suggestions: ["«\u{A0}"],
                picky: true)
        case 0xBB:  // »
            guard before == 0x20, offset - 1 > line.lowerBound else { return nil }
            return diagnostic(
                (offset - 1)..<(offset + 1), "French writes a no-break space inside guillemets, not a plain one", suggestions: ["\u{A0}»"],
                picky: true)
        default:
            return nil
        }
    }
}
