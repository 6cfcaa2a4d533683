import MTLintCore
import MTLintText

/// Every rule mtlint has, sorted by id. Adding a rule means adding its file and one line here;
/// a test checks the order, the uniqueness and the form of the ids.
public enum RuleRegistry {
    /// Every rule's metadata, in the registry's order: what `mtlint rules` and the docs list.
    public static var allMetadata: [RuleMetadata] { all.map { $0.metadata } }

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
        SourceAdditionRule.self,
        SourceEmailRule.self,
        SourceFigureAddedRule.self,
        SourceFigureMismatchRule.self,
        SourceFigureMissingRule.self,
        SourceInconsistentTranslationRule.self,
        SourceNameMismatchRule.self,
        SourceOmissionRule.self,
        SourcePlaceholderRule.self,
        SourceTruncatedRule.self,
        SourceUntranslatedRule.self,
        SourceURLRule.self,
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

extension LintRun {
    /// A run whose rules are all the registry's (what a run with the default configuration
    /// lists in JUnit and SARIF).
    public init(outcomes: [Outcome], baseline: BaselineSummary? = nil) {
        self.init(outcomes: outcomes, rules: RuleRegistry.allMetadata, baseline: baseline)
    }

    public init(outcomes: [Outcome], tally: Tally, baseline: BaselineSummary? = nil) {
        self.init(outcomes: outcomes, tally: tally, rules: RuleRegistry.allMetadata, baseline: baseline)
    }
}
