import MTLintText

/// What a baseline did to a run; reports show it in their summary.
public struct BaselineSummary: Sendable, Equatable {
    /// The baseline file as messages name it.
    public var file: String
    /// Findings left out of the report because the baseline has them.
    public var matched: Int
    /// Baseline entries that matched no finding.
    public var stale: Int

    public init(file: String, matched: Int, stale: Int) {
        self.file = file
        self.matched = matched
        self.stale = stale
    }
}
