/// Where a range stands in the file, in every coordinate a report needs.
public struct Location: Equatable, Sendable {
    /// 1-based line of the first character.
    public var line: Int
    /// 1-based column of the first character, in UTF-16 code units.
    public var column: Int
    /// Line and column just after the last character (exclusive end, as in SARIF and LSP).
    public var endLine: Int
    public var endColumn: Int
    /// Byte offset and length in the file as stored.
    public var offset: Int
    public var length: Int
    /// UTF-16 offset and length in the decoded text (a BOM not counted): SARIF's
    /// `charOffset` and `charLength`.
    public var characterOffset: Int
    public var characterLength: Int
}

/// The source line around a finding, cut to a readable window for long lines.
public struct Excerpt: Equatable, Sendable {
    /// The line's text (or the window of it), tabs shown as spaces.
    public var text: String
    /// The flagged part of `text`, in UTF-16 offsets of `text`.
    public var highlight: Range<Int>
    /// 1-based line number.
    public var line: Int
    /// Terminal columns of `text` before the highlight, and of the highlight: where the text
    /// report puts its underline (DisplayWidth.columns).
    public var columnsBefore: Int
    public var columnsHighlighted: Int
}

/// A related place, located.
public struct LocatedPlace: Equatable, Sendable {
    public var location: Location
    public var text: String
    public var message: String
}

/// A diagnostic with its places resolved once from the document's source map.
public struct LocatedDiagnostic: Equatable, Sendable {
    public var diagnostic: Diagnostic
    public var location: Location
    /// The flagged text, exactly as in the file.
    public var text: String
    /// The source line around the finding; nil when the linter was asked not to make
    /// excerpts (Linter.makesExcerpts), for reports that do not show them.
    public var excerpt: Excerpt?
    public var related: [LocatedPlace]
    /// The finding's identity across edits elsewhere in the file (see Fingerprint): 16 hex digits.
    public var fingerprint: String
    /// 1 for the first finding of the file with this fingerprint, 2 for the second...
    public var occurrence: Int

    public var ruleID: String { diagnostic.ruleID }
    public var severity: Severity { diagnostic.severity }
}

/// What mtlint found in one file.
public struct FileReport: Sendable {
    public var path: String
    public var language: LanguageChoice
    public var wordCount: Int
    /// Sorted by position, then rule id.
    public var diagnostics: [LocatedDiagnostic] {
        get { findings }
        set {
            findings = newValue
            counts = Self.counts(of: newValue)
        }
    }
    private var findings: [LocatedDiagnostic]
    /// Findings per severity (`Severity.allCases` order).
    private var counts: [Int]

    public init(path: String, language: LanguageChoice, wordCount: Int, diagnostics: [LocatedDiagnostic]) {
        self.path = path
        self.language = language
        self.wordCount = wordCount
        findings = diagnostics
        counts = Self.counts(of: diagnostics)
    }

    /// The file's quality score from the findings reported (see QualityScore).
    public var score: QualityScore {
        QualityScore(penalty: Severity.allCases.indices.reduce(0) { $0 + counts[$1] * QualityScore.weight(of: Severity.allCases[$1]) },
                     words: wordCount)
    }

    public func count(_ severity: Severity) -> Int {
        counts[Severity.allCases.firstIndex(of: severity)!]
    }

    private static func counts(of diagnostics: [LocatedDiagnostic]) -> [Int] {
        var counts = [Int](repeating: 0, count: Severity.allCases.count)
        for diagnostic in diagnostics { counts[Severity.allCases.firstIndex(of: diagnostic.severity)!] += 1 }
        return counts
    }
}

/// An input that could not be linted, and why; printed as one line naming the file.
public struct InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as given or found; a name that is not UTF-8 has its bad bytes as `\xNN`.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `a.txt: no such file or folder`, the name escaped (PrintableText) for a line of stderr.
    public var description: String { "\(PrintableText.name(path)): \(message)" }
}

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

    public init(outcomes: [Outcome], rules: [RuleMetadata] = RuleRegistry.all.map { $0.metadata }, baseline: BaselineSummary? = nil) {
        var tally = Tally()
        for outcome in outcomes { tally.add(outcome) }
        self.init(outcomes: outcomes, tally: tally, rules: rules, baseline: baseline)
    }

    /// A run that keeps `outcomes` (possibly none) and the tally of all of its inputs.
    public init(outcomes: [Outcome], tally: Tally, rules: [RuleMetadata] = RuleRegistry.all.map { $0.metadata }, baseline: BaselineSummary? = nil) {
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
