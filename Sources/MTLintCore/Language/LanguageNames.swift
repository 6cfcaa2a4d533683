import ICU
import MTLintText

/// ICU's names of languages as a web page's language menu lists them (`English`, `Français`,
/// `日本語`), lower-cased and indexed for matching inside a line (text/language-menu). Made
/// once per document language and process: gathering ICU's display names is slow
/// (docs/performance.md).
package enum LanguageNames {
    /// Names are indexed by their first two code units (every name has two or more: four
    /// letters, or two ideographs), so that few are compared at each place a name could start.
    package static func startKey(_ first: UInt16, _ second: UInt16) -> UInt32 {
        UInt32(first) << 16 | UInt32(second)
    }

    /// A language name in lower case, as UTF-16 code units, and how many letters it has.
    package struct MenuName {
        package let units: [UInt16]
        package let letters: Int
    }

    /// Lower case unit for unit (Unicode's simple case mapping, which keeps the length), so
    /// that offsets in the lower-case text are offsets in the line.
    package static func lowercasedUnitForUnit(_ units: [UInt16]) -> [UInt16] {
        units.map { unit in
            if unit < 0x80 { return unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit }
            guard CodeUnit.isUppercase(unit), let scalar = Unicode.Scalar(unit) else { return unit }
            let lower = scalar.properties.lowercaseMapping.utf16
            return lower.count == 1 ? lower.first! : unit
        }
    }

    package static func scalar(at index: Int, _ units: [UInt16]) -> Unicode.Scalar? {
        let unit = units[index]
        if UTF16.isLeadSurrogate(unit), index + 1 < units.count, UTF16.isTrailSurrogate(units[index + 1]) {
            return Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([unit, units[index + 1]])).value)
        }
        return Unicode.Scalar(unit)
    }

    package static func scalar(endingAt index: Int, _ units: [UInt16]) -> Unicode.Scalar? {
        guard index >= 0 else { return nil }
        if UTF16.isTrailSurrogate(units[index]), index > 0 { return scalar(at: index - 1, units) }
        return Unicode.Scalar(units[index])
    }

    package static func isLetter(endingAt index: Int, _ units: [UInt16]) -> Bool {
        guard index >= 0 else { return false }
        if units[index] < 0xD800 { return CodeUnit.isLetter(units[index]) }
        return scalar(endingAt: index, units)?.properties.isAlphabetic ?? false
    }

    /// Letters counted by code point; a pair of surrogates is one.
    package static func letterCount(_ units: [UInt16]) -> Int {
        var count = 0
        var index = 0
        while index < units.count {
            let scalar = scalar(at: index, units)
            if units[index] < 0xD800 ? CodeUnit.isLetter(units[index]) : scalar?.properties.isAlphabetic == true { count += 1 }
            index += scalar.map { $0.utf16.count } ?? 1
        }
        return count
    }

    private static let cache = Lock<[String: [UInt32: [MenuName]]]>([:])
    /// Held while names are gathered: a rule that needs them while a warm-up gathers them
    /// (LanguageResources) waits for it instead of doing the same work.
    private static let gathering = Lock(())

    /// Language names from ICU, by their first two code units (startKey), longest first: every language's name in
    /// its own language, in English, and in the document's language (at least 4 letters,
    /// or 2 for scripts without spaces such as 中文).
    package static func names(for locale: ICULocale) -> [UInt32: [MenuName]] {
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
        // Menus name Chinese by its script, as CLDR's dialect names do (`zh_Hans`); ICU's
        // language display names give only `中文`.
        all.formUnion(["简体中文", "繁體中文", "繁体中文"])
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
