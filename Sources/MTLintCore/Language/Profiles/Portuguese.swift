import MTLintText

package extension LanguageProfile {
    /// Portuguese (European and Brazilian).
    /// - stopWords: articles, contracted prepositions, conjunctions, pronouns and auxiliaries
    ///   among the most frequent words of Portuguese news prose.
    /// - allowedRepetitions: `se se` (`if` and the impersonal pronoun: `se se tentar`), and the
    ///   Brazilian intensifiers `já já` and `logo logo` (`right away`).
    static let portuguese = LanguageProfile(
        code: "pt",
        stopWords: """
            o a os as um uma de do da dos das em no na nos nas por para com que é não se ao aos à às e
            mais como mas foi são também seu sua seus suas pelo pela pelos pelas entre sobre já está
            ele ela eles elas ou muito sem até quando isso este esta num numa
            """,
        allowedRepetitions: ["se": .always, "já": .always, "logo": .always],
        figureWords: .portuguese,
        textWords: .portuguese,
        nameWords: .portuguese
    )
}
