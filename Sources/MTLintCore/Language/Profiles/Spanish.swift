import MTLintText

package extension LanguageProfile {
    /// Spanish.
    /// - stopWords: articles, prepositions, conjunctions, pronouns and auxiliaries among the
    ///   most frequent words of Spanish news prose.
    /// - allowedRepetitions: the colloquial intensifier `casi casi`.
    static let spanish = LanguageProfile(
        code: "es",
        stopWords: """
            el la los las un una unos unas de del al y en que es por con para no se su sus lo como más
            pero ha han fue son está están este esta estos estas entre sobre también cuando muy sin hasta
            desde ya o le les nos ser según tras durante donde porque él ella ellos
            """,
        allowedRepetitions: ["casi": .always],
        figureWords: .spanish,
        textWords: .spanish,
        nameWords: .spanish
    )
}
