import Foundation
import ICU
import MTLintText

/// What a language's figures are made of, drawn from ICU's locale data, plus the language's
/// FigureWords: legal scale phrases and their multipliers (from the compact-long patterns),
/// number words (from the spell-out rules), month names (from the calendar), number symbols.
/// Holds ICU objects: one per worker and language, not shared between threads.
package final class NumberVocabulary {
    let locale: ICULocale
    let symbols: NumberSymbols
    let words: FigureWords
    /// Legal scale phrases, lower case and single-spaced, to their multipliers:
    /// `mila` -> 1e3, `milioni` -> 1e6, `mila miliardi` -> 1e12.
    let legalScales: [String: Decimal]
    /// Every word that appears in a legal scale phrase.
    let scaleWords: Set<String>
    /// The connectors that end in an apostrophe (`d'`), which glue to the unit word.
    let elidedConnectors: [String]
    /// The first words of the half phrases (`e` of `e mezzo`).
    let halfFirstWords: Set<String>
    /// True when the grouping separator is a kind of space (French, Norwegian ...).
    let groupsWithSpaces: Bool
    /// The first words of the unit phrases (`per` of `per cento`, `dollari`, `chilometri`),
    /// each with the number of words of its longest phrase: a word that is not one of them
    /// starts no unit, and no unit is longer.
    let unitPhraseLengths: [String: Int]
    /// Month names, full and abbreviated, lower case, without a final period.
    let monthNames: Set<String>
    /// The longest counted scale, in words.
    let longestCountedScale: Int
    /// The longest legal scale phrase, in words.
    let longestScale: Int
    /// True when ICU writes the scale words with a capital (German nouns).
    let capitalizesNouns: Bool
    /// Formatters for the wording of findings (NumberFormatting), kept with the vocabulary.
    let formatters = NumberFormatting.Formatters()

    /// Strict spell-out: formats, and tells cheaply whether a word starts with a number.
    private let spellout: NumberSpellout
    /// Lenient spell-out, which reads compounds (`ventitré`) and spacing variants; its first
    /// parse builds a collator, which is slow (docs/performance.md), so it is opened on first use.
    private lazy var lenientSpellout: NumberSpellout? = try? NumberSpellout(locale: locale, lenient: true)
    private let compactFormatter: SkeletonNumberFormatter
    private let plainFormatter: SkeletonNumberFormatter
    private var numberWordCache = BoundedCache<String, Decimal?>(limit: 50_000)
    private var chineseSpellout: NumberSpellout?
    private var spelledCache = BoundedCache<String, Decimal?>(limit: 50_000)
    /// The first three letters (spaces and hyphens dropped) that a spelled-out number can start
    /// with, from ICU's own spellings.
    private let spelledStarts: Set<String>
    /// The same starts, with those of `hundred` and of the articles (`un`, `one`): the figure
    /// scan turns away most words with them, without making a String of each. Constants, not
    /// lazy: the getter of a lazy struct copies it, retaining its storage, on every word.
    private let numberWordStarts: WordStarts
    /// The starts of number words and of scale words (`milioni`, `mila`).
    private let scaleOrNumberWordStarts: WordStarts
    /// The starts of the words that make or lead to a unit after a number: the connectors
    /// (`di`), the first words of unit phrases (`dollari`, `per`), and the elided connectors
    /// glued to a currency (`d'euro`). Most words after a number are none of them.
    private let unitWordStarts: WordStarts
    /// The starts of the first words of the counted scales (`decine` of `decine di migliaia`).
    private let countedScaleStarts: WordStarts
    /// CodeUnit.lowerCasesLatin1ByFolding for the vocabulary's locale.
    private let foldsLikeLowercasing: Bool

    /// True when a word written with `units` can begin a number in words.
    func mayStartNumberWord(_ units: ArraySlice<UInt16>) -> Bool {
        mayMatch(numberWordStarts, units)
    }

    /// True when a word written with `units` can be a number word or a scale word: the words
    /// after every number are asked, and most are neither.
    func mayBeScaleOrNumberWord(_ units: ArraySlice<UInt16>) -> Bool {
        mayMatch(scaleOrNumberWordStarts, units)
    }

    /// True when a word written with `units` may be a unit, a unit's first word or the
    /// connector before one: the word after every number is asked.
    func mayStartUnitWord(_ units: ArraySlice<UInt16>) -> Bool {
        mayMatch(unitWordStarts, units)
    }

    /// True when a word written with `units` may start a counted scale (`decine di
    /// migliaia`): the word after every number in digits is asked.
    func mayStartCountedScale(_ units: ArraySlice<UInt16>) -> Bool {
        !words.countedScales.isEmpty && mayMatch(countedScaleStarts, units)
    }

    /// False only when no word of `starts` lower-cases to a word starting as `units` does.
    /// A word whose start folds otherwise than it lower-cases (capitals above Latin-1, and
    /// `I` in the languages with a dotless `ı`) is let through to the full test.
    private func mayMatch(_ starts: WordStarts, _ units: ArraySlice<UInt16>) -> Bool {
        guard foldsLikeLowercasing, units.prefix(3).allSatisfy({ $0 < 0x100 }) else { return true }
        return starts.contains(units)
    }

    /// Word starts as folded code units packed in an integer (`packedStart`), with a
    /// KeyFilter before the Set: most words miss the filter and are never hashed.
    private struct WordStarts {
        let keys: Set<UInt64>
        let filter: KeyFilter

        init(_ words: some Sequence<String>) {
            self.init(keys: Set(words.map { NumberVocabulary.packedStart(Array($0.utf16)[...]) }))
        }

        private init(keys: Set<UInt64>) {
            self.keys = keys
            filter = KeyFilter(keys)
        }

        /// These starts and those of `words`.
        func adding(_ words: some Sequence<String>) -> WordStarts {
            WordStarts(keys: keys.union(WordStarts(words).keys))
        }

        func contains(_ units: ArraySlice<UInt16>) -> Bool {
            let packed = NumberVocabulary.packedStart(units)
            return filter.mayContain(packed) && keys.contains(packed)
        }
    }

    /// Up to three code units, folded to lower case, and their count, in one integer.
    private static func packedStart(_ units: ArraySlice<UInt16>) -> UInt64 {
        var packed: UInt64 = 0
        for unit in units.prefix(3) { packed = packed << 16 | UInt64(CodeUnit.foldedKey(unit)) }
        return packed | UInt64(min(units.count, 3)) << 48
    }

    init(locale: ICULocale, words: FigureWords) throws(ICUError) {
        self.locale = locale
        self.words = words
        symbols = try NumberSymbols(locale: locale)
        spellout = try NumberSpellout(locale: locale, lenient: false)
        compactFormatter = try SkeletonNumberFormatter(skeleton: "compact-long precision-unlimited", locale: locale)
        plainFormatter = try SkeletonNumberFormatter(skeleton: "", locale: locale)
        var (scales, capitalized) = try Self.scalePhrases(locale)
        // A text of no region may be of any: Portugal's `mil milhões` is as legal as Brazil's
        // `bilhões`.
        if locale.identifier == locale.language {
            for regional in words.regionalScaleLocales {
                let (more, _) = try Self.scalePhrases(try ICULocale(languageTag: regional))
                scales.merge(more) { main, _ in main }
            }
        }
        legalScales = scales
        capitalizesNouns = capitalized
        scaleWords = Set(scales.keys.flatMap { $0.split(separator: " ").map(String.init) })
        elidedConnectors = words.unitConnectors.filter { $0.hasSuffix("'") || $0.hasSuffix("’") }.sorted()
        halfFirstWords = Set(words.halfPhrases.compactMap { $0.split(separator: " ").first.map(String.init) })
        groupsWithSpaces = symbols.groupingSeparator.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
        var unitPhraseLengths: [String: Int] = [:]
        for phrase in Array(words.currencies.keys) + words.percentPhrases + Array(words.measureWords.keys) {
            let phraseWords = phrase.split(separator: " ")
            guard let first = phraseWords.first else { continue }
            unitPhraseLengths[String(first)] = max(unitPhraseLengths[String(first)] ?? 0, phraseWords.count)
        }
        self.unitPhraseLengths = unitPhraseLengths
        longestScale = scales.keys.map { $0.split(separator: " ").count }.max() ?? 1
        let calendar = try DateSymbols(locale: locale)
        monthNames = Set(
            (calendar.months + calendar.shortMonths).map {
                TextTransforms.lowercased($0, locale: locale).trimmingCharacters(in: CharacterSet(charactersIn: "."))
            })
        spelledStarts = Self.spelledStarts(spellout)
        numberWordStarts = WordStarts(spelledStarts.union(words.unitNumberWords.keys).union(words.articleNumberWords))
        scaleOrNumberWordStarts = numberWordStarts.adding(scaleWords)
        countedScaleStarts = WordStarts(words.countedScales.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
        longestCountedScale = words.countedScales.keys.map { $0.split(separator: " ").count }.max() ?? 0
        // An elided connector glued to a currency, or to another connector, as unitAfter reads them.
        let glued = elidedConnectors.flatMap { connector in (Array(words.currencies.keys) + words.unitConnectors).map { connector + $0 } }
        unitWordStarts = WordStarts(Array(words.unitConnectors) + Array(unitPhraseLengths.keys) + glued)
        foldsLikeLowercasing = CodeUnit.lowerCasesLatin1ByFolding(locale)
    }

    /// The scale phrases of ICU's compact-long patterns for 10^3 ... 10^15, with one and two
    /// as the leading number (singular and plural): `1 milione` / `2 milioni` give `milione`
    /// and `milioni`, both 10^6.
    private static func scalePhrases(_ locale: ICULocale) throws(ICUError) -> ([String: Decimal], Bool) {
        let formatter = try SkeletonNumberFormatter(skeleton: "compact-long", locale: locale)
        var result: [String: Decimal] = [:]
        var capitalized = false
        for exponent in 3...15 {
            for mantissa in [1, 2] {
                let formatted = try formatter.format(decimal: "\(mantissa)e\(exponent)")
                let scalars = Array(formatted.unicodeScalars)
                var index = 0
                var digits = ""
                while index < scalars.count,
                    scalars[index].properties.numericType == .decimal || scalars[index] == "." || scalars[index] == ","
                {
                    if scalars[index].properties.numericType == .decimal { digits.unicodeScalars.append(scalars[index]) }
                    index += 1
                }
                let phrase = String(String.UnicodeScalarView(scalars[index...]))
                    .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                guard phrase.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                    !phrase.unicodeScalars.contains(where: { $0.properties.numericType == .decimal })
                else { continue }
                let leading = Decimal(string: digits.isEmpty ? "1" : digits) ?? 1
                let multiplier = Decimal(mantissa) * pow(Decimal(10), exponent) / leading
                result[TextTransforms.lowercased(phrase, locale: locale)] = multiplier
                if exponent == 6, phrase.first?.isUppercase == true { capitalized = true }
            }
        }
        return (result, capitalized)
    }

    /// The value of a single word that is a cardinal number word of the language, or nil:
    /// the spell-out rules must parse the whole word and spell the value back the same way,
    /// which keeps out ordinals (`secondo`) and prefixes (`milioni` read as `mil`).
    func numberWordValue(_ lowercased: String) -> Decimal? {
        if let cached = numberWordCache[lowercased] { return cached }
        var value: Decimal?
        if let unit = words.unitNumberWords[lowercased] {
            value = Decimal(unit)
        } else {
            value = spelledValue(lowercased)
        }
        numberWordCache[lowercased] = value
        return value
    }

    /// The value of words spelled out as one number (`ventitré`, `one hundred twenty`), when
    /// the spell-out rules read all of it and write the value back the same way.
    func spelledValue(_ lowercased: String) -> Decimal? {
        if let cached = spelledCache[lowercased] { return cached }
        let value = parseSpelled(lowercased)
        spelledCache[lowercased] = value
        return value
    }

    private func parseSpelled(_ lowercased: String) -> Decimal? {
        // Most words cannot start a number at all: they are turned away by their first letters,
        // then by the strict parser, which reads at least the first part of any number.
        guard spelledStarts.contains(String(Self.spellingKey(lowercased).prefix(3))),
            let start = spellout.parsePrefix(of: lowercased)
        else { return nil }
        let length = lowercased.utf16.count
        guard let parsed = start.length == length ? start : lenientSpellout?.parsePrefix(of: lowercased),
            parsed.length == length,
            parsed.value >= 0, parsed.value < 1e15, parsed.value == parsed.value.rounded()
        else { return nil }
        guard let spelled = try? spellout.format(parsed.value),
            Self.spellingKey(spelled) == Self.spellingKey(lowercased)
        else { return nil }
        return Decimal(Int64(parsed.value))
    }

    /// Every spelled-out number starts the way one of these does: the spellings of 0...100,
    /// of the hundreds, and of one and two thousand, million ... (`ventitremila` starts like
    /// `ventitré`, `trecentododici` like `trecento`, `un milione e mezzo` like `un milione`).
    private static func spelledStarts(_ spellout: NumberSpellout) -> Set<String> {
        var values = (0...100).map(Double.init) + (2...9).map { Double($0 * 100) }
        for exponent in 3...15 {
            let power = pow(10.0, Double(exponent))
            values += [power, 2 * power]
        }
        return Set(
            values.compactMap { value in
                (try? spellout.format(value)).map { String(spellingKey($0).prefix(3)) }
            })
    }

    private static func spellingKey(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter {
                !($0.properties.isWhitespace || $0 == "-" || $0 == "\u{AD}" || $0 == "\u{200B}")
            }.map(Character.init))
    }

    /// The value of a number written in Han numerals (`十亿`), by ICU's Chinese spell-out rules.
    func chineseValue(_ numerals: String) -> Decimal? {
        if chineseSpellout == nil { chineseSpellout = try? NumberSpellout(locale: ICULocale(languageTag: "zh")) }
        guard let parsed = chineseSpellout?.parsePrefix(of: numerals), parsed.length == numerals.utf16.count,
            parsed.value >= 0, parsed.value < 1e16
        else { return nil }
        return Decimal(Int64(parsed.value))
    }

    /// The language's own wording of a value with a scale word (`1 miliardo`, `2,5 mil millones`).
    func compact(_ value: Decimal) -> String {
        (try? compactFormatter.format(decimal: value.asciiDescription)) ?? value.asciiDescription
    }

    /// The value in full digits with the language's separators (`1.000.000.000`).
    func plain(_ value: Decimal) -> String {
        (try? plainFormatter.format(decimal: value.asciiDescription)) ?? value.asciiDescription
    }

    /// True when ASCII letters lower-case as in English: every language but Turkish and
    /// Azerbaijani, whose `I` lower-cases to a dotless `ı`.
    var foldsASCII: Bool { locale.language != "tr" && locale.language != "az" }

}

package extension Decimal {
    /// Plain ASCII digits with a `.` decimal point, whatever the machine's locale.
    var asciiDescription: String { description }
}
