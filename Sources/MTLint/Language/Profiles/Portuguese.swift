extension LanguageProfile {
    /// Portuguese (European and Brazilian).
    /// - stopWords: articles, contracted prepositions, conjunctions, pronouns and auxiliaries
    ///   among the most frequent words of Portuguese news prose.
    /// - allowedRepetitions: none known to be both common and grammatical.
    static let portuguese = LanguageProfile(
        code: "pt",
        stopWords: """
            o a os as um uma de do da dos das em no na nos nas por para com que é não se ao aos à às e
            mais como mas foi são também seu sua seus suas pelo pela pelos pelas entre sobre já está
            ele ela eles elas ou muito sem até quando isso este esta num numa
            """,
        figureWords: .portuguese,
        textWords: .portuguese,
        nameWords: .portuguese
    )
}
