import MTLintText

/// An MQM-style quality score of a text: penalty points per finding by severity, per 1000
/// words, turned into 0–100. MQM (Multidimensional Quality Metrics) is how translation
/// reviewers weigh errors: a critical error costs more than a minor one, and the same number of
/// errors weighs less in a longer text.
///
///     penalty = 10 × errors + 5 × warnings + 1 × infos
///     score   = max(0, 100 − penalty × 1000 / words)
///
/// A text without words scores 100 when it has no findings, else 0. The score is rounded
/// down to one decimal, so that a text with findings never shows 100.0.
public struct QualityScore: Sendable, Equatable, CustomStringConvertible {
    /// Penalty points per finding of each severity (documented in docs/ci.md).
    public static func weight(of severity: Severity) -> Int {
        switch severity {
        case .error: 10
        case .warning: 5
        case .info: 1
        }
    }

    public let penalty: Int
    public let words: Int
    /// 0–100, one decimal.
    public let value: Double

    public init(penalty: Int, words: Int) {
        self.penalty = penalty
        self.words = words
        let raw: Double = words > 0 ? 100 - Double(penalty) * 1000 / Double(words) : (penalty == 0 ? 100 : 0)
        value = max(0, (raw * 10 + 1e-9).rounded(.down) / 10)
    }

    /// The score of `diagnostics` in a text of `words` words.
    public init(_ diagnostics: [LocatedDiagnostic], words: Int) {
        self.init(penalty: diagnostics.reduce(0) { $0 + Self.weight(of: $1.severity) }, words: words)
    }

    /// The score of several files taken as one text.
    public init(combining reports: [FileReport]) {
        self.init(penalty: reports.reduce(0) { $0 + $1.score.penalty }, words: reports.reduce(0) { $0 + $1.wordCount })
    }

    /// `87.5`, `100.0`: always one decimal.
    public var description: String { Self.format(value) }

    /// A score (or a minimum) with one decimal.
    public static func format(_ score: Double) -> String {
        let tenths = Int((score * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
