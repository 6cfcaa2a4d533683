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
    /// What `check` finds, at most `limit.cap` findings kept (of those the run reports at
    /// `limit.level`), the rest counted. The default runs `check` and cuts its result; a rule
    /// that can find something every few characters (text/spacing on `. . . .`) implements it
    /// to make no finding past the cap, so that its memory stays bounded on degenerate text.
    func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings
}

package extension Rule {
    public var metadata: RuleMetadata { Self.metadata }

    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        for diagnostic in check(analysis) { findings.append(diagnostic) }
        return findings
    }

    /// A diagnostic of this rule at its default severity; a `low`-confidence one at `info`.
    /// Each suggestion is a fix replacing `range`; it is safe to apply unread only when the
    /// rule's fixes are (RuleMetadata.fixes), the finding is of high confidence and it is the
    /// only suggestion.
    public func diagnostic(
        _ range: Range<Int>, _ message: String, suggestions: [String] = [], related: [RelatedPlace] = [],
        confidence: Confidence = .high, picky: Bool = false
    ) -> Diagnostic {
        let safe = Self.metadata.fixes == .safe && confidence == .high && suggestions.count == 1
        return Diagnostic(
            ruleID: Self.metadata.id, severity: confidence == .low ? .info : Self.metadata.severity, category: Self.metadata.category,
            range: range, message: message, suggestions: suggestions, related: related, confidence: confidence, picky: picky,
            fixApplicability: safe ? .safe : .needsReview)
    }
}

/// How many findings one rule may report in one document, and at which level (picky findings
/// are not reported at the standard level, so they do not count there).
public struct FindingsLimit: Sendable, Equatable {
    public var cap: Int
    public var level: ReportLevel

    public init(cap: Int, level: ReportLevel) {
        self.cap = cap
        self.level = level
    }

    /// The most findings one rule reports in one document: one for every ten words, and at
    /// least 1,000. A degenerate text (half a million `. `) would otherwise make a report of
    /// hundreds of megabytes that no one reads; real damage stays far below it.
    public static func cap(words: Int) -> Int { max(1_000, words / 10) }

    /// No cap, every level: what `check(_:)` returns.
    public static let unlimited = FindingsLimit(cap: .max, level: .picky)
}

/// The findings of one rule in one document as the rule makes them: the first `limit.cap`
/// of those reported at the limit's level, in the rule's order; past the cap, only how many
/// more there were and where the first of them stands, for the note that says so.
public struct LimitedFindings: Sendable {
    public let limit: FindingsLimit
    public private(set) var kept: [Diagnostic] = []
    /// Findings past the cap, counted and not kept.
    public private(set) var omitted = 0
    /// The range of the first finding past the cap.
    public private(set) var firstOmitted: Range<Int>?

    public init(limit: FindingsLimit) {
        self.limit = limit
    }

    /// True once the cap is reached: a rule may stop looking when it only counts (it must
    /// still append each finding, which is then counted, to say how many there were).
    public var isFull: Bool { kept.count >= limit.cap }

    /// Keeps `finding` below the cap, counts it past the cap; a picky finding is dropped at
    /// the standard level. Made only when asked: past the cap a finding is built, counted and
    /// let go at once, so that no more than the cap are ever held.
    public mutating func append(_ finding: @autoclosure () -> Diagnostic) {
        let diagnostic = finding()
        if diagnostic.picky && limit.level == .standard { return }
        if kept.count < limit.cap {
            kept.append(diagnostic)
        } else {
            if omitted == 0 { firstOmitted = diagnostic.range }
            omitted += 1
        }
    }

    /// Every finding kept, and one `info` note at the first finding left out that says how
    /// many more there were.
    public var reported: [Diagnostic] {
        guard omitted > 0, let first = kept.first, let place = firstOmitted else { return kept }
        let note = Diagnostic(
            ruleID: first.ruleID, severity: .info, category: first.category, range: place,
            message:
                "and \(omitted) more findings of \(first.ruleID) in this file, not listed: a rule reports at most \(limit.cap) per file",
            confidence: .high)
        return kept + [note]
    }
}
