import ICU
import Synchronization

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
            .flags("it", "Titolo\n\n⟦한국어Русский языкEnglishFrançais日本語DeutschPortuguêsΕλληνικάespañolItaliano⟧\n\nIl testo comincia qui.", suggestion: ""),
            .flags("fr", "⟦English | Français | Deutsch | Español | 中文⟧\n\nLe texte commence ici.", suggestion: ""),
            .flags("es", "⟦English Français Deutsch Italiano 日本語⟧\n\nEl texto empieza aquí.", suggestion: ""),
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
        var names: [Character: [[Character]]]?
        var diagnostics: [Diagnostic] = []
        let map = analysis.document.sourceMap
        for lineIndex in 0..<map.lineCount {
            var line = map.lineRange(lineIndex, in: text)
            while line.lowerBound < line.upperBound, text[line.lowerBound] == 0x20 || text[line.lowerBound] == 0x09 { line = (line.lowerBound + 1)..<line.upperBound }
            while line.lowerBound < line.upperBound, text[line.upperBound - 1] == 0x20 || text[line.upperBound - 1] == 0x09 { line = line.lowerBound..<(line.upperBound - 1) }
            guard line.count >= 12, line.count <= 400, let last = text[line].last,
                  ![0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains(last),
                  Self.hasThreeNameStarts(text[line]) else { continue }
            let content = analysis.string(line)
            if names == nil { names = Self.names(for: analysis.language.locale) }
            let found = Self.matches(in: content, names: names!)
            guard found.names.count >= 3, found.letters > 0, found.matchedLetters * 10 >= found.letters * 6 else { continue }
            let shown = found.names.prefix(5).joined(separator: ", ") + (found.names.count > 5 ? " …" : "")
            diagnostics.append(diagnostic(line,
                "a line of \(found.names.count) language names (\(shown)): a language menu pasted from the source page; remove it",
                suggestions: [""]))
        }
        return diagnostics
    }

    /// A menu's names are written as the languages write them: capitalised (`English`,
    /// `Русский`) or in a script without case (`日本語`). A line with fewer than three such
    /// letters cannot hold three names, and is passed over before any matching.
    static func hasThreeNameStarts(_ line: ArraySlice<UInt16>) -> Bool {
        var count = 0
        for unit in line where CodeUnit.isUppercase(unit) || (unit >= 0x250 && CodeUnit.isLetter(unit) && !CodeUnit.isLowercase(unit)) {
            count += 1
            if count == 3 { return true }
        }
        return false
    }

    /// The language names found in a line, greedily, longest first, and how many of the
    /// line's letters they cover. Names are tried only where one can start: at the start, after
    /// a character that is not a letter, after the previous name, or where the case or the
    /// script changes (`EnglishFrançais`, `Deutsch日本語`).
    static func matches(in line: String, names: [Character: [[Character]]]) -> (names: [String], matchedLetters: Int, letters: Int) {
        let characters = Array(line)
        var lower = Array(line.lowercased())
        if lower.count != characters.count { lower = characters.map { Character($0.lowercased()) } }
        var found: [String] = []
        var matched = 0
        var index = 0
        var afterMatch = true
        while index < lower.count {
            let canStart = afterMatch || !characters[index - 1].isLetter
                || (characters[index].isUppercase && characters[index - 1].isLowercase)
                || isScriptChange(characters[index - 1], characters[index])
            afterMatch = false
            if canStart, let candidates = names[lower[index]],
               let name = candidates.first(where: { index + $0.count <= lower.count && lower[index..<(index + $0.count)].elementsEqual($0) }) {
                found.append(String(characters[index..<(index + name.count)]))
                matched += name.filter(\.isLetter).count
                index += name.count
                afterMatch = true
            } else {
                index += 1
            }
        }
        return (found, matched, characters.filter(\.isLetter).count)
    }

    private static func isScriptChange(_ before: Character, _ after: Character) -> Bool {
        guard let a = before.unicodeScalars.first, let b = after.unicodeScalars.first, a.isASCII != b.isASCII || !a.isASCII else { return false }
        return Script(of: a) != Script(of: b)
    }

    private static let cache = Mutex<[String: [Character: [[Character]]]]>([:])

    /// Language names from ICU, by first character, longest first: every language's name in
    /// its own language, in English, and in the document's language (at least 4 letters,
    /// or 2 for scripts without spaces such as 中文).
    static func names(for locale: ICULocale) -> [Character: [[Character]]] {
        if let cached = cache.withLock({ $0[locale.identifier] }) { return cached }
        let english = try? ICULocale(languageTag: "en")
        var all = Set<String>()
        for code in ICULocale.isoLanguageCodes {
            guard let language = try? ICULocale(languageTag: code) else { continue }
            for display in [language, english, locale == .undetermined ? nil : locale].compactMap({ $0 }) {
                let name = language.displayLanguage(in: display).lowercased()
                guard name != code, !name.contains("("), !name.isEmpty else { continue }
                let isIdeographic = name.unicodeScalars.contains { Script(of: $0) == .han || Script(of: $0) == .hangul }
                if name.count >= 4 || (isIdeographic && name.count >= 2) { all.insert(name) }
            }
        }
        all.insert("中文")
        var byFirst: [Character: [[Character]]] = [:]
        for name in all { byFirst[name.first!, default: []].append(Array(name)) }
        for key in byFirst.keys { byFirst[key]!.sort { $0.count > $1.count } }
        cache.withLock { $0[locale.identifier] = byFirst }
        return byFirst
    }
}
