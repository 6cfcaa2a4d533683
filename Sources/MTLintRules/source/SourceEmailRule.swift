import MTLintCore
import MTLintText

/// source/email: e-mail addresses that differ between source and target.
struct SourceEmailRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/email",
        severity: .error,
        category: .accuracy,
        summary: "An e-mail address of the source is missing from the translation, or changed.",
        explanation: """
            E-mail addresses are copied, not translated: each address of the source must stand \
            in its translation, without regard to case. A target address that no source \
            address matches is flagged where it stands, with the source's address as the \
            suggestion when one is left over; a source address the target lacks flags the \
            whole target.
            """,
        examples: [
            .flags("en", "Write to help@example.org.", "it", "Scrivere a ⟦aiuto@example.org⟧.", suggestion: "help@example.org"),
            .flags("en", "Report bugs to bugs@example.org.", "fr", "⟦Signalez les bogues à l'équipe.⟧", suggestion: nil),
            .passes("en", "Write to help@example.org.", "it", "Scrivere a help@example.org."),
            .passes("en", "Write to Help@Example.org.", "fr", "Écrivez à help@example.org."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        SourceAddresses.check(analysis, kind: .email, rule: self)
    }
}
