import MTLintText

package extension LanguageProfile {
    /// English.
    /// - stopWords: articles, prepositions, conjunctions, pronouns and auxiliaries among the
    ///   most frequent words of English news prose.
    /// - allowedRepetitions: `had had` (past perfect of have), `that that` (conjunction and
    ///   demonstrative), `is is` (`what it is is ...`).
    static let english = LanguageProfile(
        code: "en",
        stopWords: """
            the a an of to and in is are was were that it for on with as by at from this be have has had
            not but or which their its they he she we you will would can been said also more than after
            about into who his her
            """,
        allowedRepetitions: ["had": .always, "that": .always, "is": .always],
        figureWords: .english,
        textWords: .english,
        nameWords: .english
    )
}
