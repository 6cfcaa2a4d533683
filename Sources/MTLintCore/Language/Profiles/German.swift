import MTLintText

package extension LanguageProfile {
    /// German.
    /// - stopWords: articles, prepositions, conjunctions, pronouns and auxiliaries among the
    ///   most frequent words of German news prose.
    /// - allowedRepetitions: a relative pronoun followed by the article of the same form,
    ///   which grammar allows right after the comma that opens the clause, or after the comma
    ///   and a preposition (`die Firma, die die Lizenz besitzt`, `Geräte, für die die Regel
    ///   gilt`).
    static let german = LanguageProfile(
        code: "de",
        stopWords: """
            der die das den dem des ein eine einen einem einer eines und ist in im zu zum zur mit von vom
            auf für nicht sich auch es sie er an am als bei nach aus wird werden hat haben sind war wie
            noch nur über um oder aber dass wurde ich wir ihr
            """,
        allowedRepetitions: ["die", "der", "das", "den", "dem"].reduce(into: [:]) { $0[$1] = .afterComma(orPreposition: relativePrepositions) },
        figureWords: .german,
        textWords: .german,
        nameWords: .german
    )

    /// Prepositions that open a relative clause (`die Geräte, für die die Regel gilt`).
    private static let relativePrepositions: Set<String> = [
        "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "neben", "ohne",
        "seit", "über", "um", "unter", "von", "vor", "wegen", "zu", "zwischen", "trotz", "während", "gemäß",
        "dank", "statt", "außer", "bis", "ab",
    ]
}
