extension LanguageProfile {
    /// German.
    /// - stopWords: articles, prepositions, conjunctions, pronouns and auxiliaries among the
    ///   most frequent words of German news prose.
    /// - allowedRepetitions: a relative pronoun followed by the article of the same form,
    ///   which grammar allows right after the comma that opens the clause
    ///   (`die Firma, die die Lizenz besitzt`).
    static let german = LanguageProfile(
        code: "de",
        stopWords: """
            der die das den dem des ein eine einen einem einer eines und ist in im zu zum zur mit von vom
            auf für nicht sich auch es sie er an am als bei nach aus wird werden hat haben sind war wie
            noch nur über um oder aber dass wurde ich wir ihr
            """,
        allowedRepetitions: ["die": .afterComma, "der": .afterComma, "das": .afterComma, "den": .afterComma, "dem": .afterComma],
        figureWords: .german,
        textWords: .german,
        nameWords: .german
    )
}
