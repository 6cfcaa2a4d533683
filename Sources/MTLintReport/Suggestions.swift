import MTLintCore
import MTLintText

package extension LocatedDiagnostic {
    /// The suggestions as reports print them: `a | b`, an empty one as `(remove)`; nil when
    /// there are none.
    var suggestionText: String? {
        let suggestions = diagnostic.suggestions
        guard !suggestions.isEmpty else { return nil }
        return suggestions.map { $0.isEmpty ? "(remove)" : $0 }.joined(separator: " | ")
    }
}
