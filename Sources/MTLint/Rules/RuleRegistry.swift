/// Every rule mtlint has, sorted by id. Adding a rule means adding its file and one line here;
/// a test checks the order, the uniqueness and the form of the ids.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        CJKNumeralRule.self,
        ConversionMismatchRule.self,
        ForeignSeparatorRule.self,
        GarbledScaleRule.self,
        InconsistentStyleRule.self,
        NumberWordCaseRule.self,
        GivenNameAloneRule.self,
        GlossaryNameRule.self,
        NameVariantRule.self,
        InconsistentTermRule.self,
        BrokenHyphenRule.self,
        BrokenSentenceRule.self,
        CapitalMidSentenceRule.self,
        EncodingDamageRule.self,
        LanguageMenuRule.self,
        LostCapitalsRule.self,
        MissingSpaceRule.self,
        MixedScriptRule.self,
        PageFurnitureRule.self,
        QuoteSpacingRule.self,
        RepeatedWordRule.self,
        SpacingRule.self,
        UnbalancedPairRule.self,
        UntranslatedRule.self,
    ]

    public static func rule(withID id: String) -> (any Rule.Type)? {
        all.first { $0.metadata.id == id }
    }

    /// The ids closest to `id` in edit distance, for "did you mean" messages.
    public static func suggestions(for id: String) -> [String] {
        let scored = all.map { ($0.metadata.id, editDistance($0.metadata.id, id)) }
        let best = scored.map(\.1).min() ?? 0
        guard best <= max(3, id.count / 3) else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }
}

/// Levenshtein distance over characters.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}
