import ICU
import MTLintCore
import MTLintText

/// `text/language-menu`: a line made of language names, such as a web page's language menu
/// pasted into the article (`한국어Русский языкEnglishFrançais日本語Deutsch…`).
public struct LanguageMenuRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/language-menu",
        severity: .warning,
        category: .accuracy,
        summary: "A line of language names: a website's language menu pasted into the text.",
        explanation: """
            Text copied from a news site brings its language menu along, and machine \
            translation passes it through: a line of language names, glued together or \
            separated by bars, with no sentence around it. The names are ICU's: each \
            language's name in its own language (`English`, `Français`, `Deutsch`, `日本語`, \
            `Русский`, `Italiano`), in English, and in the document's language. A line is \
            flagged when it holds at least three of them, they make up most of its letters, \
            and it does not end like a sentence; the suggestion is to remove it.

            Not flagged: a sentence that lists languages (`Il sito è disponibile in italiano, \
            inglese e francese.`); a single language name; a heading such as `English summary`.
            """,
        examples: [
            .flags(
                "it", "Titolo\n\n⟦한국어Русский языкEnglishFrançais日本語DeutschPortuguêsΕλληνικάespañolItaliano⟧\n\nIl testo comincia qui.",
                suggestion: ""),
            .flags("fr", "⟦English | Français | Deutsch | Español | 中文⟧\n\nLe texte commence ici.", suggestion: ""),
            .flags("es", "⟦English Français Deutsch Italiano 日本語⟧\n\nEl texto empieza aquí.", suggestion: ""),
            .flags("it", "⟦简体中文 繁體中文 English Italiano⟧\n\nIl testo comincia qui.", suggestion: ""),
            .flags("en", "⟦DeutschFrançaisEspañolItaliano中文⟧\nThe story starts here.", suggestion: ""),
            .passes("it", "Il sito è disponibile in italiano, inglese, francese, tedesco e spagnolo."),
            .passes("it", "English summary\n\nIl testo comincia qui."),
            .passes("fr", "Le site existe en English, Français et Deutsch."),
            .passes("en", "Available in English, French, German and Italian."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        // ICU's names are gathered on the first line that could be a menu, not before.
        var names: [UInt32: [LanguageNames.MenuName]]?
        var diagnostics: [Diagnostic] = []
        let map = analysis.document.sourceMap
        for lineIndex in 0..<map.lineCount {
            var line = map.lineRange(lineIndex, in: text)
            while line.lowerBound < line.upperBound, text[line.lowerBound] == 0x20 || text[line.lowerBound] == 0x09 {
                line = (line.lowerBound + 1)..<line.upperBound
            }
            while line.lowerBound < line.upperBound, text[line.upperBound - 1] == 0x20 || text[line.upperBound - 1] == 0x09 {
                line = line.lowerBound..<(line.upperBound - 1)
            }
            guard line.count >= 12, line.count <= 400, let last = text[line].last,
                ![0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains(last),
                LanguageResources.mayHoldLanguageMenu(text[line])
            else { continue }
            if names == nil { names = analysis.resources.menuNames }
            let found = Self.matches(in: text[line], names: names!)
            guard found.names.count >= 3, found.letters > 0, found.matchedLetters * 10 >= found.letters * 6 else { continue }
            let shown = found.names.prefix(5).joined(separator: ", ") + (found.names.count > 5 ? " …" : "")
            diagnostics.append(
                diagnostic(
                    line,
                    "a line of \(found.names.count) language names (\(shown)): a language menu pasted from the source page; remove it",
                    suggestions: [""]))
        }
        return diagnostics
    }

    /// The language names found in a line, greedily, longest first, and how many of the
    /// line's letters they cover. Names are tried only where one can start: at the start, after
    /// a character that is not a letter, after the previous name, or where the case or the
    /// script changes (`EnglishFrançais`, `Deutsch日本語`). The line is compared as code
    /// units, composed (NFC) like ICU's names, so that a decomposed `Français` matches too.
    static func matches(
        in line: ArraySlice<UInt16>, names: [UInt32: [LanguageNames.MenuName]]
    ) -> (names: [String], matchedLetters: Int, letters: Int) {
        // Combining marks start at U+0300: below it, the line is composed already.
        let units =
            line.contains(where: { $0 >= 0x300 })
            ? Array(TextTransforms.normalize(String(utf16Units: line), .nfc).utf16) : Array(line)
        let lower = LanguageNames.lowercasedUnitForUnit(units)
        var found: [String] = []
        var matched = 0
        var index = 0
        var afterMatch = true
        while index < lower.count {
            let canStart =
                !UTF16.isTrailSurrogate(units[index])
                && (afterMatch || !LanguageNames.isLetter(endingAt: index - 1, units)
                    || (CodeUnit.isUppercase(units[index]) && CodeUnit.isLowercase(units[index - 1]))
                    || isScriptChange(LanguageNames.scalar(endingAt: index - 1, units), LanguageNames.scalar(at: index, units)))
            afterMatch = false
            if canStart, index + 1 < lower.count, let candidates = names[LanguageNames.startKey(lower[index], lower[index + 1])],
                let name = candidates.first(where: {
                    index + $0.units.count <= lower.count && lower[index..<(index + $0.units.count)].elementsEqual($0.units)
                })
            {
                found.append(String(utf16Units: units[index..<(index + name.units.count)]))
                matched += name.letters
                index += name.units.count
                afterMatch = true
            } else {
                index += 1
            }
        }
        return (found, matched, LanguageNames.letterCount(units))
    }

    private static func isScriptChange(_ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
        guard let a = before, let b = after, a.isASCII != b.isASCII || !a.isASCII else { return false }
        return Script(of: a) != Script(of: b)
    }

}
