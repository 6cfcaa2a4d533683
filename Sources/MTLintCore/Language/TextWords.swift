import ICU
import MTLintText

/// A language's conventions for the text rules: abbreviations that end with a period, words
/// that cannot end a sentence, quotation marks, spacing around punctuation, the interface text
/// of news sites. Each language's file (Language/Languages/) writes its own, and
/// `addingLocaleData` adds what ICU's CLDR data has: quotation marks and the names of minutes.
public struct TextWords: Sendable {
    /// Abbreviations, lower case, without their final period (`ecc`, `p.es`, `s.p.a`). No
    /// CLDR data: news style guides list them.
    public var abbreviations: Set<String>
    /// Articles and prepositions that never end a sentence (`di`, `della`, `the`). No CLDR data.
    public var danglingWords: Set<String>
    /// Conjunctions after a suspended hyphen (`pre- e post-produzione`, `Ein- und Ausgang`).
    /// No CLDR list: its list patterns give one `and` and one `or` (`{0} e {1}`), not the
    /// variants (`ed`, `oppure`).
    public var conjunctions: Set<String>
    /// The quotation marks the language uses, as opening and closing pairs: the language
    /// file's, then CLDR's quotation and alternate quotation marks. The file's list comes
    /// first and keeps what CLDR lacks: the second style news uses (Italian `“ ”` beside
    /// CLDR's `« »`, German `» «`).
    public var quotePairs: [(open: Character, close: Character)]
    /// Italian and French elide articles and prepositions before a vowel (`dell'OpenAI`,
    /// `l'accord`), which ICU keeps in one word; the analyzer splits them after the apostrophe.
    public var splitsElisions: Bool
    /// French: a no-break space before `; : ! ?` and inside « ».
    public var spacesAroundHighPunctuation: Bool
    /// Accented vowels that end many words of the language (Italian `perché`, `città`, `più`),
    /// which an encoding that drops accented letters cuts off: text/encoding-damage looks for
    /// words cut before them.
    public var accentedFinalVowels: [String]
    /// What the language writes after an apostrophe at the end of a lower-case word (German
    /// `gibt’s`, `wie’s`: `es`); other such endings (`’s`, `’ll`, `n’t`) mark English.
    public var apostropheSuffixes: Set<String>
    /// The interface text of news sites (ad labels, share and read-more links), lower case, as
    /// a whole line reads once its spaces are collapsed (text/page-furniture). No CLDR data.
    /// English labels are looked for in every language, since sites leave them untranslated.
    public var pageLabels: Set<String>
    /// Words for minutes in a reading time (`12 mins read`, `3 minuti di lettura`): the
    /// language file's (abbreviations: `min`, `mins`) and CLDR's long names of
    /// `duration/minute`. A reading time may use any language's.
    public var minuteWords: Set<String>
    /// The words around a reading time's number (`read`, `di lettura`, `Lesezeit`). No CLDR
    /// data. A reading time may use any language's.
    public var readingPhrases: Set<String>

    /// The conventions a language file writes; by default English quotation marks and no words.
    public init(
        abbreviations: Set<String> = [],
        danglingWords: Set<String> = [],
        conjunctions: Set<String> = [],
        quotePairs: [(open: Character, close: Character)] = [("“", "”")],
        splitsElisions: Bool = false,
        spacesAroundHighPunctuation: Bool = false,
        accentedFinalVowels: [String] = [],
        apostropheSuffixes: Set<String> = [],
        pageLabels: Set<String> = [],
        minuteWords: Set<String> = [],
        readingPhrases: Set<String> = []
    ) {
        self.abbreviations = abbreviations
        self.danglingWords = danglingWords
        self.conjunctions = conjunctions
        self.quotePairs = quotePairs
        self.splitsElisions = splitsElisions
        self.spacesAroundHighPunctuation = spacesAroundHighPunctuation
        self.accentedFinalVowels = accentedFinalVowels
        self.apostropheSuffixes = apostropheSuffixes
        self.pageLabels = pageLabels
        self.minuteWords = minuteWords
        self.readingPhrases = readingPhrases
    }
}

extension TextWords {
    /// These conventions with ICU's data for `locale` added: CLDR's quotation marks (the pairs
    /// the list lacks, after its own) and its names of minutes. What ICU cannot give is left out.
    package func addingLocaleData(_ locale: ICULocale) -> TextWords {
        var words = self
        if let marks = try? QuotationMarks(locale: locale) {
            for (open, close) in [(marks.start, marks.end), (marks.alternateStart, marks.alternateEnd)] {
                guard open.count == 1, close.count == 1, let open = open.first, let close = close.first,
                    !words.quotePairs.contains(where: { $0.open == open && $0.close == close })
                else { continue }
                words.quotePairs.append((open, close))
            }
        }
        for name in (try? UnitNames.names(of: "duration/minute", locale: locale)) ?? [] {
            words.minuteWords.insert(FigureWords.phrase(name, locale))
        }
        return words
    }
}
