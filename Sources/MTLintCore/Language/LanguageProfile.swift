import ICU
import MTLintText

/// A language mtlint knows: what it knows of it beyond ICU's locale data, word lists no
/// Unicode or CLDR data holds, and ICU's data where CLDR has some (see `addingLocaleData`).
/// One file per language under Languages/ writes the lists, each documented where it stands;
/// this type and FigureWords, TextWords and NameWords hold no words of any language.
public struct LanguageProfile: Sendable {
    /// ISO 639-1 code, matching ICU's language subtag (`it`).
    public let code: String
    /// The names of the language's hunspell dictionaries (`it_IT`), most usual first: the
    /// lexicon of common words (Lexicon) is the first of them found.
    public let dictionaries: [String]
    /// Frequent function words, lower case: the language detector's profile. No CLDR data.
    public let stopWords: Set<String>
    /// Words the grammar allows to stand twice in a row, lower case, with where they may.
    /// No CLDR data.
    public let allowedRepetitions: [String: RepetitionContext]

    /// Words figures are made of (currency names, connectors, conversion phrases).
    public private(set) var figureWords: FigureWords
    /// Abbreviations, dangling words, quotation marks and spacing conventions.
    public private(set) var textWords: TextWords
    /// Alias markers and term groups.
    public let nameWords: NameWords

    /// Where a doubled word is grammatical.
    public enum RepetitionContext: Sendable, Equatable {
        /// Anywhere: Italian `piano piano`, English `had had`.
        case always
        /// Only as the first words after a comma, or after a comma and one of these
        /// prepositions: German `..., die die Firma ...`, `..., für die die Regel gilt`
        /// (relative pronoun followed by the article).
        case afterComma(orPreposition: Set<String>)
        /// Only before one of these words: Italian `se se ne va` (`if` and the pronoun that
        /// becomes `se` before `ne`, `lo`, `la` ...).
        case before(Set<String>)
    }

    /// A language as its file writes it; `stopWords` are separated by spaces or line breaks.
    public init(
        code: String, dictionaries: [String] = [], stopWords: String, allowedRepetitions: [String: RepetitionContext] = [:],
        figureWords: FigureWords = FigureWords(), textWords: TextWords = TextWords(), nameWords: NameWords = NameWords()
    ) {
        self.code = code
        self.dictionaries = dictionaries
        self.nameWords = nameWords
        self.figureWords = figureWords
        self.textWords = textWords
        self.stopWords = Set(stopWords.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        self.allowedRepetitions = allowedRepetitions
    }

    /// The languages mtlint knows, in detector order, each with ICU's data added to what its
    /// file writes (`files`): what code reads, here or through `named`.
    public static let all: [LanguageProfile] = files.map { $0.addingLocaleData() }

    /// The language files as written, without ICU's data, in detector order. Adding a
    /// language: its file under Languages/, and its line here (README, "Adding a language").
    static let files: [LanguageProfile] = [
        italian,
        french,
        spanish,
        portuguese,
        german,
        english,
    ]

    /// This language with ICU's data for it added to the lists of its file: currency and unit
    /// names, percent phrases and signs, quotation marks, names of minutes (FigureWords and
    /// TextWords say which list takes what). The file's entries are all kept; where ICU has
    /// no data, the file's lists stand alone.
    package func addingLocaleData() -> LanguageProfile {
        guard let locale = try? ICULocale(languageTag: code) else { return self }
        var language = self
        language.figureWords = figureWords.addingLocaleData(locale)
        language.textWords = textWords.addingLocaleData(locale)
        return language
    }

    /// Every profile's function words, each with the bits of the profiles that list it (bit i
    /// for `all[i]`), and the longest one's length in UTF-16 units: the detector and the
    /// analysis look a word up once, not once per profile.
    static let stopWordLanguages: (bits: [String: UInt8], longest: Int) = {
        var bits: [String: UInt8] = [:]
        for (position, profile) in all.enumerated() {
            for word in profile.stopWords { bits[word, default: 0] |= 1 << position }
        }
        return (bits, bits.keys.map(\.utf16.count).max() ?? 0)
    }()

    /// The profiles that list the word written with `units` as a function word (bits as in
    /// `stopWordLanguages`). Most words are short and Latin-1 (`di`, `più`, `où`): they are
    /// looked up as an integer, without a String, where Latin-1 capitals lower-case one for
    /// one (not in Turkish, Azerbaijani or Lithuanian; see CodeUnit.lowercased).
    static func functionWordLanguages(of units: ArraySlice<UInt16>, locale: ICULocale) -> UInt8 {
        if CodeUnit.lowerCasesLatin1ByFolding(locale), let key = packedLatin1Word(units) {
            return shortStopWordLanguages[key]
        }
        return stopWordLanguages.bits[CodeUnit.lowercased(units, locale: locale)] ?? 0
    }

    /// The same table for the words of at most eight Latin-1 letters, keyed by
    /// `packedLatin1Word` of their composed (NFC) form, as a String key would match it.
    private static let shortStopWordLanguages = PackedWordTable(
        stopWordLanguages.bits.compactMap { word, languages in
            packedLatin1Word(Array(TextTransforms.normalize(word, .nfc).utf16)[...]).map { ($0, languages) }
        })

    /// Packed words to language bits, in an open-addressing table with a multiplicative
    /// hash: every word of every document is looked up here, and a Dictionary's hashing
    /// (SipHash) cost more than the rest of the lookup.
    private struct PackedWordTable {
        private let keys: [UInt64]
        private let values: [UInt8]
        private let shift: UInt64

        init(_ entries: [(UInt64, UInt8)]) {
            // At most a quarter full, so that probes stay short.
            var bitCount: UInt64 = 4
            while (1 << bitCount) < entries.count * 4 { bitCount += 1 }
            shift = 64 - bitCount
            var keys = [UInt64](repeating: 0, count: 1 << Int(bitCount))
            var values = [UInt8](repeating: 0, count: keys.count)
            for (key, value) in entries {
                var slot = Self.slot(key, shift)
                while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                values[slot] |= value
            }
            self.keys = keys
            self.values = values
        }

        @inline(__always)
        private static func slot(_ key: UInt64, _ shift: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

        /// The bits of `key` (never 0: a packed word has at least one character), or 0.
        subscript(key: UInt64) -> UInt8 {
            var slot = Self.slot(key, shift)
            while true {
                let found = keys[slot]
                if found == key { return values[slot] }
                if found == 0 { return 0 }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }

    /// A word of one to eight Latin-1 characters in lower case, packed one byte a character;
    /// nil for a longer word or one with other characters.
    private static func packedLatin1Word(_ units: ArraySlice<UInt16>) -> UInt64? {
        guard !units.isEmpty, units.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for unit in units {
            guard unit < 0x100 else { return nil }
            packed = packed << 8 | UInt64(CodeUnit.foldedKey(unit))
        }
        return packed
    }

    /// The profile for a language subtag (`pt` for `pt-BR`), if mtlint has one.
    public static func named(_ language: String) -> LanguageProfile? {
        all.first { $0.code == language }
    }
}
