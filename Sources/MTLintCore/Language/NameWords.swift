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

    /// The words a language file writes; by default none.
    public init(
        aliasMarkers: [String] = [],
        termGroups: [[String]] = [],
        writesTermsInLowerCase: Bool = false,
        namingHeads: Set<String> = [],
        prepositions: Set<String> = []
    ) {
        self.aliasMarkers = aliasMarkers
        self.termGroups = termGroups
        self.writesTermsInLowerCase = writesTermsInLowerCase
        self.namingHeads = namingHeads
        self.prepositions = prepositions
    }
}

extension NameWords {
    /// The forms of the term groups written in capitals (`AI`, `IA`, `KI`): acronyms, which
    /// lose their meaning in lower case and name a common noun before brackets.
    public var acronyms: Set<String> {
        Set(termGroups.joined().filter { form in form.count >= 2 && form.allSatisfy { $0.isUppercase || $0.isNumber } })
    }
}
