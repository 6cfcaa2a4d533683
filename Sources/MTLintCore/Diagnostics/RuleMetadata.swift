import MTLintText

/// A text that shows a rule at work. In a triggering example the flagged spans are marked
/// with ⟦ and ⟧, and `suggestions` lists, per marked span in order, the first suggestion the
/// rule must make (nil for none). Examples are run as tests and printed as documentation.
public struct RuleExample: Sendable, Equatable {
    public static let openMark: Character = "⟦"
    public static let closeMark: Character = "⟧"

    /// BCP 47 tag of the example's language.
    public let language: String
    /// The text, with ⟦ ⟧ around each span the rule must flag.
    public let markedText: String
    /// Per marked span, the expected first suggestion.
    public let suggestions: [String?]
    /// Why the example cannot be run in derived variants (prefix, CRLF, NFD, embedded), if so.
    public let variantOptOut: String?
    /// For a bilingual rule (`source/*`): the source segment the marked text translates, and
    /// its language. The example is then run as a unit of a PO file.
    public var source: String? = nil
    public var sourceLanguage: String? = nil
    /// For a bilingual rule that reads the whole file (a name rendered right in another unit,
    /// one source translated two ways): the units that stand before the example's own unit,
    /// in the same languages.
    public var otherUnits: [ExampleUnit] = []

    /// An example the rule must flag, with one marked span (or several sharing a suggestion).
    public static func flags(_ language: String, _ markedText: String, suggestion: String?, variantOptOut: String? = nil) -> RuleExample {
        let spans = markedText.filter { $0 == openMark }.count
        return RuleExample(
            language: language, markedText: markedText, suggestions: Array(repeating: suggestion, count: max(spans, 1)),
            variantOptOut: variantOptOut)
    }

    /// An example the rule must flag, with one expected suggestion per marked span.
    public static func flags(_ language: String, _ markedText: String, suggestions: [String?], variantOptOut: String? = nil) -> RuleExample
    {
        RuleExample(language: language, markedText: markedText, suggestions: suggestions, variantOptOut: variantOptOut)
    }

    /// An example the rule must not flag.
    public static func passes(_ language: String, _ text: String, variantOptOut: String? = nil) -> RuleExample {
        RuleExample(language: language, markedText: text, suggestions: [], variantOptOut: variantOptOut)
    }

    /// A bilingual example the rule must flag: `source` in `sourceLanguage`, translated as
    /// `markedText` in `language`.
    public static func flags(
        _ sourceLanguage: String, _ source: String, _ language: String, _ markedText: String, suggestion: String?
    ) -> RuleExample {
        var example = flags(language, markedText, suggestion: suggestion)
        example.source = source
        example.sourceLanguage = sourceLanguage
        return example
    }

    /// A bilingual example the rule must not flag.
    public static func passes(_ sourceLanguage: String, _ source: String, _ language: String, _ text: String) -> RuleExample {
        var example = passes(language, text)
        example.source = source
        example.sourceLanguage = sourceLanguage
        return example
    }

    /// The example with `units` standing before its own unit in the file.
    public func after(_ units: [ExampleUnit]) -> RuleExample {
        var example = self
        example.otherUnits = units
        return example
    }

    /// True when the example marks spans the rule must flag.
    public var triggers: Bool { markedText.contains(Self.openMark) }

    /// The text without marks, and the marked spans as UTF-16 ranges of that text.
    public var unmarked: (text: String, spans: [Range<Int>]) {
        var text = ""
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = 0
        for character in markedText {
            if character == Self.openMark {
                open = offset
            } else if character == Self.closeMark, let start = open {
                spans.append(start..<offset)
                open = nil
            } else {
                text.append(character)
                offset += character.utf16.count
            }
        }
        return (text, spans)
    }
}

/// A unit of a bilingual example's file besides the example's own: a source and its target.
public struct ExampleUnit: Sendable, Equatable {
    public var source: String
    public var target: String

    public init(_ source: String, _ target: String) {
        self.source = source
        self.target = target
    }
}

/// What a rule is, for people and tools: the same metadata feeds `mtlint rules`,
/// `mtlint explain`, docs/rules.md and, through the examples, the tests.
public struct RuleMetadata: Sendable {
    /// `family/name`, kebab case; never changes once released.
    public let id: String
    public let severity: Severity
    public let category: RuleCategory
    /// One line: what the rule finds.
    public let summary: String
    /// Why it matters and what the rule does and does not flag; a few short paragraphs.
    public let explanation: String
    public let examples: [RuleExample]
    /// How safe the rule's suggestions are to apply unread (Fix): `safe` only for rules whose
    /// suggestion is mechanical; even then a finding of less than high confidence, or with
    /// a choice of suggestions, needs review.
    public let fixes: Fix.Applicability

    public init(
        id: String, severity: Severity, category: RuleCategory, summary: String, explanation: String, examples: [RuleExample],
        fixes: Fix.Applicability = .needsReview
    ) {
        self.id = id
        self.severity = severity
        self.category = category
        self.summary = summary
        self.explanation = explanation
        self.examples = examples
        self.fixes = fixes
    }

    /// The family part of the id (`text` in `text/repeated-word`).
    public var family: String { String(id.prefix { $0 != "/" }) }
    public var triggeringExamples: [RuleExample] { examples.filter(\.triggers) }
    public var passingExamples: [RuleExample] { examples.filter { !$0.triggers } }
}
