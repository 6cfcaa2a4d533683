import MTLintCore
import MTLintText

/// A check. Rules are pure values: they read the shared Analysis and return what they find,
/// never mutating anything, so files can be linted in parallel.
public protocol Rule: Sendable {
    static var metadata: RuleMetadata { get }
    init()
    func check(_ analysis: Analysis) -> [Diagnostic]
    /// Called before `document`, in `language`, is analyzed: a rule may start loading data
    /// it will need (on another thread), so that the load overlaps the analysis.
    func prepare(for document: Document, in language: LanguageChoice)
    /// False while data that `prepare` started loading for `language` is still being made:
    /// a Linter run then lints other inputs first instead of waiting (the output order does
    /// not change). `check` must work either way; it waits when called before.
    func isReady(for language: LanguageChoice) -> Bool
}

package extension Rule {
    public var metadata: RuleMetadata { Self.metadata }

    public func prepare(for document: Document, in language: LanguageChoice) {}

    public func isReady(for language: LanguageChoice) -> Bool { true }

    /// A diagnostic of this rule at its default severity; a `low`-confidence one at `info`.
    /// Each suggestion is a fix replacing `range`; it is safe to apply unread only when the
    /// rule's fixes are (RuleMetadata.fixes), the finding is of high confidence and it is the
    /// only suggestion.
    public func diagnostic(_ range: Range<Int>, _ message: String, suggestions: [String] = [], related: [RelatedPlace] = [],
                           confidence: Confidence = .high, picky: Bool = false) -> Diagnostic {
        let safe = Self.metadata.fixes == .safe && confidence == .high && suggestions.count == 1
        return Diagnostic(ruleID: Self.metadata.id, severity: confidence == .low ? .info : Self.metadata.severity, category: Self.metadata.category,
                          range: range, message: message, suggestions: suggestions, related: related, confidence: confidence, picky: picky,
                          fixes: suggestions.map { Fix(replacing: range, with: $0, applicability: safe ? .safe : .needsReview) })
    }
}
