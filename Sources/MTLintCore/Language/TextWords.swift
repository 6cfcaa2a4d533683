import MTLintText

/// A language's conventions for the text rules: abbreviations that end with a period, words
/// that cannot end a sentence, quotation marks, and French-style spacing around punctuation.
public struct TextWords: Sendable {
    /// Abbreviations, lower case, without their final period (`ecc`, `p.es`, `s.p.a`).
    public var abbreviations: Set<String> = []
    /// Articles and prepositions that never end a sentence (`di`, `della`, `the`).
    public var danglingWords: Set<String> = []
    /// Conjunctions after a suspended hyphen (`pre- e post-produzione`, `Ein- und Ausgang`).
    public var conjunctions: Set<String> = []
    /// The quotation marks the language uses, as opening and closing pairs.
    public var quotePairs: [(open: Character, close: Character)] = [("“", "”")]
    /// Italian and French elide articles and prepositions before a vowel (`dell'OpenAI`,
    /// `l'accord`), which ICU keeps in one word; the analyzer splits them after the apostrophe.
    public var splitsElisions = false
    /// French: a no-break space before `; : ! ?` and inside « ».
    public var spacesAroundHighPunctuation = false

    public init() {}
}
