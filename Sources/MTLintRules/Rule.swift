import MTLintCore
import MTLintText

/// A check. Rules are pure values: they read the shared Analysis and return what they find,
/// never mutating anything, so files can be linted in parallel.
public protocol Rule: Sendable {
    static var metadata: RuleMetadata { get }
    init()
    /// What the rule finds in the analysis: a pure function of it (the language's data
    /// comes through `analysis.resources`).
    func check(_ analysis: Analysis) -> [Diagnostic]
}

package extension Rule {
    public var metadata: RuleMetadata { Self.metadata }

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
