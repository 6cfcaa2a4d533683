import MTLintText

/// The outcome of linting a set of inputs, in the order the inputs were given.
public struct LintRun: Sendable {
    public enum Outcome: Sendable {
        case linted(FileReport)
        case failed(InputProblem)
    }

    /// Every input's outcome, in the inputs' order; empty for a run that handed its outcomes
    /// on as they came and kept only their tally (Linter.run, `keepingOutcomes`).
    public let outcomes: [Outcome]
    /// What the summaries read: counts, words, score, unreadable inputs.
    public let tally: Tally
    /// The rules that ran, in the registry's order (JUnit and SARIF list them).
    public var rules: [RuleMetadata]
    /// What a baseline took away, when one was used.
    public var baseline: BaselineSummary?

    public init(outcomes: [Outcome], rules: [RuleMetadata], baseline: BaselineSummary? = nil) {
        var tally = Tally()
        for outcome in outcomes { tally.add(outcome) }
        self.init(outcomes: outcomes, tally: tally, rules: rules, baseline: baseline)
    }

    /// A run that keeps `outcomes` (possibly none) and the tally of all of its inputs.
    public init(outcomes: [Outcome], tally: Tally, rules: [RuleMetadata], baseline: BaselineSummary? = nil) {
        self.outcomes = outcomes
        self.tally = tally
        self.rules = rules
        self.baseline = baseline
    }

    public var reports: [FileReport] {
        outcomes.compactMap { if case .linted(let report) = $0 { report } else { nil } }
    }

    public var problems: [InputProblem] {
        outcomes.compactMap { if case .failed(let problem) = $0 { problem } else { nil } }
    }

    public func count(_ severity: Severity) -> Int { tally.count(severity) }

    /// The score of all files taken as one text.
    public var score: QualityScore { QualityScore(penalty: tally.penalty, words: tally.words) }

    /// The files whose score is below `minimum`.
    public func reports(scoringBelow minimum: Double) -> [FileReport] {
        reports.filter { $0.score.value < minimum }
    }

    /// True when some finding is at or above `severity`.
    public func hasFindings(atOrAbove severity: Severity) -> Bool {
        Severity.allCases.contains { $0 >= severity && tally.count($0) > 0 }
    }

    /// A run's files summed up: all a summary needs, a few words of memory whatever the
    /// number of files, so that a streamed run need not keep its outcomes.
    public struct Tally: Sendable, Equatable {
        /// Files linted (unreadable inputs are counted apart).
        public private(set) var files = 0
        public private(set) var words = 0
        public private(set) var unreadable = 0
        /// The findings' penalty (QualityScore).
        public private(set) var penalty = 0
        /// The file with the lowest score, the first of them on a tie.
        public var lowest: (path: String, score: QualityScore)? { lowestFile.map { ($0.path, $0.score) } }
        private var lowestFile: ScoredFile?
        private var errors = 0, warnings = 0, infos = 0

        private struct ScoredFile: Sendable, Equatable {
            let path: String
            let score: QualityScore
        }

        public init() {}

        public func count(_ severity: Severity) -> Int {
            switch severity {
            case .error: errors
            case .warning: warnings
            case .info: infos
            }
        }

        public mutating func add(_ outcome: Outcome) {
            switch outcome {
            case .failed:
                unreadable += 1
            case .linted(let report):
                files += 1
                words += report.wordCount
                errors += report.count(.error)
                warnings += report.count(.warning)
                infos += report.count(.info)
                let score = report.score
                penalty += score.penalty
                if lowestFile.map({ score.value < $0.score.value }) ?? true { lowestFile = ScoredFile(path: report.path, score: score) }
            }
        }
    }
}
