import Dispatch
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

    /// Gathering ICU's names takes some 12 ms, once per language and process: start on it
    /// while the document is analyzed, when the text has a line that could be a menu.
    public func prepare(for document: Document, in language: LanguageChoice) {
        let locale = language.locale
        guard Self.cache.withLock({ $0[locale.identifier] == nil }), Self.hasThreeNameStarts(document.text[...]),
              Self.prefetched.withLock({ $0.insert(locale.identifier).inserted }) else { return }
        DispatchQueue.global(qos: .userInitiated).async { _ = Self.names(for: locale) }
    }

    /// Not while the names that `prepare` started gathering are still being gathered.
    public func isReady(for language: LanguageChoice) -> Bool {
        let identifier = language.locale.identifier
        return Self.cache.withLock { $0[identifier] != nil } || !Self.prefetched.withLock { $0.contains(identifier) }
    }

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        // ICU's names are gathered on the first line that could be a menu, not before.
        var names: [UInt32: [MenuName]]?
        var diagnostics: [Diagnostic] = []
        let map = analysis.document.sourceMap
        for lineIndex in 0..<map.lineCount {
            var line = map.lineRange(lineIndex, in: text)
            while line.lowerBound < line.upperBound, text[line.lowerBound] == 0x20 || text[line.lowerBound] == 0x09 { line = (line.lowerBound + 1)..<line.upperBound }
            while line.lowerBound < line.upperBound, text[line.upperBound - 1] == 0x20 || text[line.upperBound - 1] == 0x09 { line = line.lowerBound..<(line.upperBound - 1) }
            guard line.count >= 12, line.count <= 400, let last = text[line].last,
                  ![0x2E, 0x21, 0x3F, 0x3A, 0x3B, 0x2C].contains(last),
                  Self.hasThreeNameStarts(text[line]) else { continue }
            if names == nil { names = Self.names(for: analysis.language.locale) }
            let found = Self.matches(in: text[line], names: names!)
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

    /// Names are indexed by their first two code units (every name has two or more: four
    /// letters, or two ideographs), so that few are compared at each place a name could start.
    static func startKey(_ first: UInt16, _ second: UInt16) -> UInt32 {
        UInt32(first) << 16 | UInt32(second)
    }

    /// A language name in lower case, as UTF-16 code units, and how many letters it has.
    struct MenuName {
        let units: [UInt16]
        let letters: Int
    }

    /// The language names found in a line, greedily, longest first, and how many of the
    /// line's letters they cover. Names are tried only where one can start: at the start, after
    /// a character that is not a letter, after the previous name, or where the case or the
    /// script changes (`EnglishFrançais`, `Deutsch日本語`). The line is compared as code
    /// units, composed (NFC) like ICU's names, so that a decomposed `Français` matches too.
    static func matches(in line: ArraySlice<UInt16>, names: [UInt32: [MenuName]]) -> (names: [String], matchedLetters: Int, letters: Int) {
        // Combining marks start at U+0300: below it, the line is composed already.
        let units = line.contains(where: { $0 >= 0x300 })
            ? Array(TextTransforms.normalize(String(utf16Units: line), .nfc).utf16) : Array(line)
        let lower = lowercasedUnitForUnit(units)
        var found: [String] = []
        var matched = 0
        var index = 0
        var afterMatch = true
        while index < lower.count {
            let canStart = !UTF16.isTrailSurrogate(units[index])
                && (afterMatch || !isLetter(endingAt: index - 1, units)
                    || (CodeUnit.isUppercase(units[index]) && CodeUnit.isLowercase(units[index - 1]))
                    || isScriptChange(scalar(endingAt: index - 1, units), scalar(at: index, units)))
            afterMatch = false
            if canStart, index + 1 < lower.count, let candidates = names[Self.startKey(lower[index], lower[index + 1])],
               let name = candidates.first(where: { index + $0.units.count <= lower.count && lower[index..<(index + $0.units.count)].elementsEqual($0.units) }) {
                found.append(String(utf16Units: units[index..<(index + name.units.count)]))
                matched += name.letters
                index += name.units.count
                afterMatch = true
            } else {
                index += 1
            }
        }
        return (found, matched, letterCount(units))
    }

    /// Lower case unit for unit (Unicode's simple case mapping, which keeps the length), so
    /// that offsets in the lower-case text are offsets in the line.
    static func lowercasedUnitForUnit(_ units: [UInt16]) -> [UInt16] {
        units.map { unit in
            if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
            guard CodeUnit.isUppercase(unit), let scalar = Unicode.Scalar(unit) else { return unit }
            let lower = scalar.properties.lowercaseMapping.utf16
            return lower.count == 1 ? lower.first! : unit
        }
    }

    private static func scalar(at index: Int, _ units: [UInt16]) -> Unicode.Scalar? {
        let unit = units[index]
        if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
            return Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([unit, units[index + 1]])).value)
        }
        return Unicode.Scalar(unit)
    }

    private static func scalar(endingAt index: Int, _ units: [UInt16]) -> Unicode.Scalar? {
        guard index >= 0 else { return nil }
        if UTF16.isTrailSurrogate(units[index]), index > 0 { return scalar(at: index - 1, units) }
        return Unicode.Scalar(units[index])
    }

    private static func isLetter(endingAt index: Int, _ units: [UInt16]) -> Bool {
        guard index >= 0 else { return false }
        if units[index] < 0xD800 { return CodeUnit.isLetter(units[index]) }
        return scalar(endingAt: index, units)?.properties.isAlphabetic ?? false
    }

    /// Letters counted by code point; a pair of surrogates is one.
    static func letterCount(_ units: [UInt16]) -> Int {
        var count = 0
        var index = 0
        while index < units.count {
            let scalar = scalar(at: index, units)
            if units[index] < 0xD800 ? CodeUnit.isLetter(units[index]) : scalar?.properties.isAlphabetic == true { count += 1 }
            index += scalar.map { $0.utf16.count } ?? 1
        }
        return count
    }

    private static func isScriptChange(_ before: Unicode.Scalar?, _ after: Unicode.Scalar?) -> Bool {
        guard let a = before, let b = after, a.isASCII != b.isASCII || !a.isASCII else { return false }
        return Script(of: a) != Script(of: b)
    }

    private static let cache = Lock<[String: [UInt32: [MenuName]]]>([:])
    private static let prefetched = Lock<Set<String>>([])
    /// Held while names are gathered: a rule that needs them while the prefetch gathers
    /// them waits for it instead of doing the same work.
    private static let gathering = Lock(())

    /// Language names from ICU, by their first two code units (startKey), longest first: every language's name in
    /// its own language, in English, and in the document's language (at least 4 letters,
    /// or 2 for scripts without spaces such as 中文).
    static func names(for locale: ICULocale) -> [UInt32: [MenuName]] {
        if let cached = cache.withLock({ $0[locale.identifier] }) { return cached }
        return gathering.withLock { _ in
            if let cached = cache.withLock({ $0[locale.identifier] }) { return cached }
            return gatherNames(for: locale)
        }
    }

    /// Every language's name in its own language and in English: the same for every
    /// document language, so gathered once per process (ICU's display names are most of
    /// the gathering's time).
    private static let nativeAndEnglishNames: Set<String> = {
        let english = try? ICULocale(languageTag: "en")
        return languageNames { language in [language, english].compactMap { $0 } }
    }()

    /// The names of ICU's languages, shown in the locales `displays` gives for each, that a
    /// menu would list: not a bare code, no qualifier in brackets, long enough.
    private static func languageNames(in displays: (ICULocale) -> [ICULocale]) -> Set<String> {
        var names = Set<String>()
        for code in ICULocale.isoLanguageCodes {
            guard let language = try? ICULocale(languageTag: code) else { continue }
            for display in displays(language) {
                let name = language.displayLanguage(in: display)
                guard name.lowercased() != code, !name.utf16.contains(0x28), !name.isEmpty else { continue }
                let isIdeographic = name.unicodeScalars.contains { Script(of: $0) == .han || Script(of: $0) == .hangul }
                if name.count >= 4 || (isIdeographic && name.count >= 2) { names.insert(TextTransforms.normalize(name, .nfc)) }
            }
        }
        return names
    }

    private static func gatherNames(for locale: ICULocale) -> [UInt32: [MenuName]] {
        var all = nativeAndEnglishNames
        if locale != .undetermined { all.formUnion(languageNames { _ in [locale] }) }
        all.insert("中文")
        var byStart: [UInt32: [MenuName]] = [:]
        for name in all {
            let units = lowercasedUnitForUnit(Array(name.utf16))
            guard units.count >= 2 else { continue }
            byStart[startKey(units[0], units[1]), default: []].append(MenuName(units: units, letters: letterCount(units)))
        }
        for key in byStart.keys { byStart[key]!.sort { $0.units.count > $1.units.count } }
        // The same name may come lower-cased from two spellings (`Deutsch`, `deutsch`).
        for key in byStart.keys {
            var seen = Set<[UInt16]>()
            byStart[key]!.removeAll { !seen.insert($0.units).inserted }
        }
        cache.withLock { $0[locale.identifier] = byStart }
        return byStart
    }
}
