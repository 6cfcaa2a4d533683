import MTLintCore
import MTLintText

/// source/url: web addresses that differ between source and target.
struct SourceURLRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/url",
        severity: .error,
        category: .accuracy,
        summary: "A web address of the source is missing from the translation, or changed.",
        explanation: """
            Web addresses are copied, not translated: an address of the source must stand in \
            its translation as written (the scheme and host in any case, a final `/` or \
            punctuation aside). A target address that no source address matches is flagged \
            where it stands, with the source's address as the suggestion when one is left \
            over; a source address the target lacks flags the whole target.
            """,
        examples: [
            .flags(
                "en", "See https://example.org/help for details.", "it", "Vedere ⟦https://example.org/aiuto⟧ per i dettagli.",
                suggestion: "https://example.org/help"),
            .flags("zh", "详情见 https://example.com/news", "fr", "⟦Détails sur le site.⟧", suggestion: nil),
            .passes("en", "See https://example.org/help for details.", "it", "Vedere https://example.org/help per i dettagli."),
            .passes("en", "See https://Example.org/help/.", "fr", "Voir https://example.org/help."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        SourceAddresses.check(analysis, kind: .web, rule: self)
    }
}
