import MTLintText

/// What the name and term rules know of a language: the words that declare a second name for
/// the same thing (`Skylark, ora ribattezzato Doubao`), and the groups of interchangeable
/// forms of one term that an edited text does not mix (`AI` / `IA`). Each language's file
/// (Language/Languages/) writes its own; CLDR has no such data.
public struct NameWords: Sendable {
    /// Words and phrases, lower case, between a name and another name of the same entity:
    /// `X (ora ribattezzato Y)`, `X, noto come Y`, `X, ex Y`.
    public var aliasMarkers: [String]
    /// Forms of one term, as written; a form in capitals matches only in capitals.
    public var termGroups: [[String]]
    /// True where the words of a common-noun term before its acronym are written in lower case
    /// (Italian `intelligenza artificiale (IA)`; Spanish, French, Portuguese), so that
    /// text/capital-mid-sentence flags capitals there. German capitalises every noun.
    public var writesTermsInLowerCase: Bool
    /// Nouns, lower case, that a name follows in apposition: `la versione Pro`, `il decreto
    /// Sicurezza`, `un momento Sputnik`, `piazza Duomo`. The capitalised word after one is
    /// that name, though the dictionary knows it as a common word (text/capital-mid-sentence).
    public var namingHeads: Set<String>
    /// Prepositions, lower case, that the language's function words (LanguageProfile.stopWords)
    /// leave out: a name stands after them (`contro Apple`, `derrière Vivo`, `hacia Honor`), as
    /// after the function words, so text/capital-mid-sentence reads the capital as a name's.
    public var prepositions: Set<String>
    /// Words, lower case, that the dictionary lists in lower case but that edited text of the
    /// language writes with a capital by convention: institutions and periods in Italian
    /// (`alcuni Paesi`, `il tardo Medioevo`, `il primo Novecento`), nationality nouns in
    /// French (`certains Américains`). text/capital-mid-sentence does not flag them. A form
    /// that adds `s`, `e`, `es` or `nes` to a listed word is the same word (`Américaines`).
    public var conventionalCapitals: Set<String>

    /// The words a language file writes; by default none.
    public init(
        aliasMarkers: [String] = [],
        termGroups: [[String]] = [],
        writesTermsInLowerCase: Bool = false,
        namingHeads: Set<String> = [],
        prepositions: Set<String> = [],
        conventionalCapitals: Set<String> = []
    ) {
        self.aliasMarkers = aliasMarkers
        self.termGroups = termGroups
        self.writesTermsInLowerCase = writesTermsInLowerCase
        self.namingHeads = namingHeads
        self.prepositions = prepositions
        self.conventionalCapitals = conventionalCapitals
    }
}

extension NameWords {
    /// True when `lowercased` is one of the conventional capitals, or one with a plural or
    /// feminine ending added (`américaines`, `ukrainiennes`, `paesi`).
    public func isConventionalCapital(_ lowercased: String) -> Bool {
        guard !conventionalCapitals.isEmpty else { return false }
        if conventionalCapitals.contains(lowercased) { return true }
        for ending in ["s", "e", "es", "nes", "ne"] where lowercased.hasSuffix(ending) {
            if conventionalCapitals.contains(String(lowercased.dropLast(ending.count))) { return true }
        }
        return false
    }

    /// The forms of the term groups written in capitals (`AI`, `IA`, `KI`): acronyms, which
    /// lose their meaning in lower case and name a common noun before brackets.
    public var acronyms: Set<String> {
        Set(termGroups.joined().filter { form in form.count >= 2 && form.allSatisfy { $0.isUppercase || $0.isNumber } })
    }
}
