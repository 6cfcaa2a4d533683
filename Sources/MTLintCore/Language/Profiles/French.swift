import MTLintText

package extension LanguageProfile {
    /// French.
    /// - stopWords: articles, prepositions, conjunctions, pronouns and auxiliaries among the
    ///   most frequent words of French news prose.
    /// - allowedRepetitions: the reflexive pronoun doubled by pronominal verbs
    ///   (`nous nous levons`, `vous vous trompez`).
    static let french = LanguageProfile(
        code: "fr",
        stopWords: """
            le la les un une des de du au aux et est en que qui dans pour pas sur avec ne se ce il elle
            ils elles sont ont été par plus son sa ses leur leurs cette ces mais ou comme aussi nous vous
            être fait tout selon entre après lui y dont très sans sous cet d l qu n s c j
            jusqu lorsqu puisqu quoiqu
            """,
        allowedRepetitions: ["nous": .always, "vous": .always],
        figureWords: .french,
        textWords: .french,
        nameWords: .french
    )
}
