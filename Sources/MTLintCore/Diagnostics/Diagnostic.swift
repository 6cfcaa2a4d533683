import MTLintText

/// Another place a diagnostic refers to, e.g. where the other spelling of a name stands.
public struct RelatedPlace: Equatable, Sendable {
    /// UTF-16 range in the document's text.
    public let range: Range<Int>
    /// What the place is, e.g. "first use of `Doubao`".
    public let message: String
    /// True when `range` is in the sources of a bilingual document (BilingualText.source)
    /// rather than in the document's text.
    public let inSource: Bool

    public init(range: Range<Int>, message: String, inSource: Bool = false) {
        self.range = range
        self.message = message
        self.inSource = inSource
    }
}

/// One finding, as a rule makes it: a plain value with the flagged range in the document's
/// UTF-16 coordinates. Lines, columns and byte offsets are worked out once, by the linter,
/// from the source map (see LocatedDiagnostic).
public struct Diagnostic: Equatable, Sendable {
    /// Equal findings say the same and fix the same, however their fixes were given.
    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.ruleID == rhs.ruleID && lhs.severity == rhs.severity && lhs.category == rhs.category && lhs.range == rhs.range
            && lhs.message == rhs.message && lhs.suggestions == rhs.suggestions && lhs.related == rhs.related
            && lhs.confidence == rhs.confidence && lhs.picky == rhs.picky && lhs.fixes == rhs.fixes
    }

    public let ruleID: String
    public var severity: Severity
    public let category: RuleCategory
    /// UTF-16 range of the flagged text.
    public let range: Range<Int>
    /// What is wrong, quoting the text and giving the expected form.
    public let message: String
    /// Replacement texts for the flagged range, best first.
    public let suggestions: [String]
    /// The changes that resolve the finding, best first: by default one per suggestion,
    /// replacing the flagged range, to be reviewed (see Fix). Made when asked: held as two
    /// arrays per finding they were a tenth of the 21 MB file's peak (docs/performance.md).
    public var fixes: [Fix] {
        explicitFixes ?? suggestions.map { Fix(replacing: range, with: $0, applicability: fixApplicability) }
    }
    /// Fixes of another shape than one per suggestion; nil for that shape.
    private let explicitFixes: [Fix]?
    /// How a fix of the default shape may be applied.
    private let fixApplicability: Fix.Applicability
    public let related: [RelatedPlace]
    public let confidence: Confidence
    /// A typographic convention that much edited text ignores (French no-break spaces, two
    /// spaces after a full stop): reported only at the `picky` level (ReportLevel).
    public let picky: Bool

    public init(
        ruleID: String, severity: Severity, category: RuleCategory, range: Range<Int>, message: String, suggestions: [String] = [],
        related: [RelatedPlace] = [],
        confidence: Confidence = .high, picky: Bool = false, fixes: [Fix]? = nil, fixApplicability: Fix.Applicability = .needsReview
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.category = category
        self.range = range
        self.message = message
        self.suggestions = suggestions
        explicitFixes = fixes
        self.fixApplicability = fixApplicability
        self.related = related
        self.confidence = confidence
        self.picky = picky
    }
}
