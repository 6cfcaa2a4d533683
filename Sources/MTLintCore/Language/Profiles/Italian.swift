import MTLintText

package extension LanguageProfile {
    /// Italian.
    /// - stopWords: articles, prepositions (simple and articulated), conjunctions, pronouns and
    ///   auxiliaries among the most frequent words of Italian news prose.
    /// - allowedRepetitions: reduplications that intensify an adverb or adjective or narrate a
    ///   repeated action (`piano piano`, `via via`, `molto molto`, `cammina cammina`), standard
    ///   Italian; `se se` before the pronouns `ne`, `lo`, `la`, `li`, `le` (`se se ne va`:
    ///   `if` and the pronoun `si`, written `se` before them).
    static let italian = LanguageProfile(
        code: "it",
        stopWords: """
            il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle
            da dal dallo dalla dai dagli dalle in nel nello nella nei negli nelle con su sul sullo sulla
            sui sugli sulle per tra fra e ed o ma che non è sono ha hanno anche come più questo questa
            questi queste quello quella suo sua suoi sue loro essere stato stata cui dopo sia se ci si
            ne già molto tutto tutti mentre perché quando ancora secondo oltre nell dell all dall sull
            l un quest quell
            """,
        allowedRepetitions: [
            "via": .always, "piano": .always, "poco": .always, "bene": .always, "così": .always,
            "quasi": .always, "adagio": .always, "zitto": .always, "lento": .always, "passo": .always,
            "lì": .always, "appena": .always, "subito": .always, "cammina": .always,
            "molto": .always, "tanto": .always, "se": .before(["ne", "lo", "la", "li", "le"]),
        ],
        figureWords: .italian,
        textWords: .italian,
        nameWords: .italian
    )
}
