import MTLintText

/// How sure a rule is that a finding is real damage. A rule that needs context to be sure
/// (a capital in mid-sentence, a name spelled two ways) says so, and a `low` finding is
/// reported at `info`: a gate should not fail on a guess.
public enum Confidence: String, Sendable, Codable, CaseIterable, Comparable {
    case low, medium, high

    public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
    /// SARIF's `rank` (0-100): how much a result deserves attention.
    public var rank: Int {
        switch self {
        case .low: 30
        case .medium: 60
        case .high: 90
        }
    }
}
