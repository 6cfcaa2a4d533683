import MTLintCore

/// The summary of a run over many texts (records or files), kept so that summaries merge
/// exactly: every part is a count, a sum or a bounded sorted list, and `merge` adds them.
/// Merging is associative and commutative, so the summaries of a run's parts, made on many
/// workers and merged in any grouping and order, are equal to the summary of the whole run,
/// and their JSON (SummaryFormats) is the same bytes. What is derived (the score, the
/// percentiles, the mean) is computed from the parts when written, never merged.
///
/// Scores are kept as a histogram of tenths of a point, the precision of every score mtlint
/// writes (QualityScore): percentiles read from it are exact, whatever the grouping.
public struct RunSummary: Equatable, Sendable {
    /// Texts linted.
    public private(set) var texts = 0
    /// Lines or inputs that could not be linted.
    public private(set) var unreadable = 0
    public private(set) var words = 0
    /// The findings' penalty (QualityScore), for the score of all texts as one.
    public private(set) var penalty = 0
    /// Findings by rule id, then severity.
    public private(set) var rules: [String: SeverityCounts] = [:]
    /// Texts by language tag.
    public private(set) var languages: [String: Int] = [:]
    /// Texts by score, in tenths of a point (0...1000).
    public private(set) var histogram: [Int: Int] = [:]
    /// The sum of the scores in tenths, for the mean.
    public private(set) var scoreTenthsSum = 0
    /// The texts with the lowest scores, worst first (TextSummary's order), at most `worstLimit`.
    public private(set) var worst: [TextSummary] = []
    /// How many of the worst texts are kept: the smallest of the limits of the summaries
    /// merged, so that the list stays exact.
    public private(set) var worstLimit: Int

    public static let defaultWorstLimit = 10

    /// An empty summary that keeps the `worstLimit` worst texts.
    public init(worstLimit: Int = defaultWorstLimit) {
        self.worstLimit = max(0, worstLimit)
    }

    /// Findings of each severity.
    public struct SeverityCounts: Equatable, Sendable {
        public var errors = 0, warnings = 0, infos = 0

        public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
            (self.errors, self.warnings, self.infos) = (errors, warnings, infos)
        }

        public mutating func add(_ severity: Severity, _ count: Int = 1) {
            switch severity {
            case .error: errors = errors.addingSaturated(count)
            case .warning: warnings = warnings.addingSaturated(count)
            case .info: infos = infos.addingSaturated(count)
            }
        }

        public mutating func add(_ other: SeverityCounts) {
            errors = errors.addingSaturated(other.errors)
            warnings = warnings.addingSaturated(other.warnings)
            infos = infos.addingSaturated(other.infos)
        }

        public var total: Int { errors.addingSaturated(warnings).addingSaturated(infos) }

        public var penalty: Int {
            errors.multipliedSaturated(by: QualityScore.weight(of: .error))
                .addingSaturated(warnings.multipliedSaturated(by: QualityScore.weight(of: .warning)))
                .addingSaturated(infos.multipliedSaturated(by: QualityScore.weight(of: .info)))
        }
    }

    /// Adds one linted text: its findings, by rule id and severity, are given apart.
    public mutating func add(_ text: TextSummary, findings: [(rule: String, severity: Severity)]) {
        texts = texts.addingSaturated(1)
        words = words.addingSaturated(text.words)
        penalty = penalty.addingSaturated(text.counts.penalty)
        for finding in findings { rules[finding.rule, default: SeverityCounts()].add(finding.severity) }
        languages[text.language, default: 0] += 1
        histogram[text.scoreTenths, default: 0] += 1
        scoreTenthsSum = scoreTenthsSum.addingSaturated(text.scoreTenths)
        insertWorst([text])
    }

    /// Adds texts that could not be linted.
    public mutating func addUnreadable(_ count: Int = 1) {
        unreadable = unreadable.addingSaturated(count)
    }

    /// Adds everything in `other`.
    public mutating func merge(_ other: RunSummary) {
        texts = texts.addingSaturated(other.texts)
        unreadable = unreadable.addingSaturated(other.unreadable)
        words = words.addingSaturated(other.words)
        penalty = penalty.addingSaturated(other.penalty)
        for (rule, counts) in other.rules { rules[rule, default: SeverityCounts()].add(counts) }
        for (language, count) in other.languages { languages[language] = languages[language, default: 0].addingSaturated(count) }
        for (tenths, count) in other.histogram { histogram[tenths] = histogram[tenths, default: 0].addingSaturated(count) }
        scoreTenthsSum = scoreTenthsSum.addingSaturated(other.scoreTenthsSum)
        worstLimit = min(worstLimit, other.worstLimit)
        insertWorst(other.worst)
    }

    private mutating func insertWorst(_ texts: [TextSummary]) {
        worst.append(contentsOf: texts)
        worst.sort()
        if worst.count > worstLimit { worst.removeLast(worst.count - worstLimit) }
    }

    /// Findings of each severity, all rules together.
    public var counts: SeverityCounts {
        rules.values.reduce(into: SeverityCounts()) { $0.add($1) }
    }

    /// The score of all texts taken as one.
    public var score: QualityScore { QualityScore(penalty: penalty, words: words) }

    /// The percentiles written, in percent.
    public static let percentiles = [1, 5, 10, 25, 50, 75, 90, 95, 99]

    /// The score at `percent` by the nearest-rank method, in tenths: the lowest score that
    /// at least `percent`% of the texts have or stay below. Nil without texts.
    public func percentileTenths(_ percent: Int) -> Int? {
        guard texts > 0 else { return nil }
        let rank = max(1, percent.multipliedSaturated(by: texts).addingSaturated(99) / 100)
        var seen = 0
        for tenths in histogram.keys.sorted() {
            seen = seen.addingSaturated(histogram[tenths] ?? 0)
            if seen >= rank { return tenths }
        }
        return histogram.keys.max()
    }

    public var minimumTenths: Int? { histogram.keys.min() }
    public var maximumTenths: Int? { histogram.keys.max() }

    /// The mean score; nil without texts.
    public var mean: Double? {
        texts > 0 ? Double(scoreTenthsSum) / Double(texts) / 10 : nil
    }

    /// Rebuilds a summary from its written parts (SummaryFormats' JSON); nil when they do
    /// not agree with each other.
    init?(
        texts: Int, unreadable: Int, words: Int, penalty: Int, rules: [String: SeverityCounts], languages: [String: Int],
        histogram: [Int: Int], worst: [TextSummary], worstLimit: Int
    ) {
        guard texts >= 0, unreadable >= 0, words >= 0, penalty >= 0, worstLimit >= 0,
            histogram.values.reduce(0, { $0.addingSaturated($1) }) == texts,
            histogram.allSatisfy({ (0...1000).contains($0.key) && $0.value > 0 }),
            languages.values.reduce(0, { $0.addingSaturated($1) }) == texts,
            rules.values.reduce(0, { $0.addingSaturated($1.penalty) }) == penalty,
            worst.count <= worstLimit, worst.count <= texts
        else { return nil }
        self.texts = texts
        self.unreadable = unreadable
        self.words = words
        self.penalty = penalty
        self.rules = rules
        self.languages = languages
        self.histogram = histogram
        self.scoreTenthsSum = histogram.reduce(0) { $0.addingSaturated($1.key.multipliedSaturated(by: $1.value)) }
        self.worstLimit = worstLimit
        self.worst = worst.sorted()
    }
}

/// One linted text as the summary lists its worst: its id (a record's `id`, a file's path),
/// language, words, score and findings by severity.
public struct TextSummary: Equatable, Sendable, Comparable {
    public var id: RecordID
    public var language: String
    public var words: Int
    /// The score in tenths of a point (975 for 97.5).
    public var scoreTenths: Int
    public var counts: RunSummary.SeverityCounts

    public init(id: RecordID, language: String, words: Int, scoreTenths: Int, counts: RunSummary.SeverityCounts) {
        self.id = id
        self.language = language
        self.words = words
        self.scoreTenths = scoreTenths
        self.counts = counts
    }

    /// Worst first: the lower score, then the higher penalty, then the longer text; the id
    /// and the remaining fields break every tie, so that the order is total and the list of
    /// the worst the same whatever the order texts were added in.
    public static func < (a: TextSummary, b: TextSummary) -> Bool {
        if a.scoreTenths != b.scoreTenths { return a.scoreTenths < b.scoreTenths }
        if a.counts.penalty != b.counts.penalty { return a.counts.penalty > b.counts.penalty }
        if a.words != b.words { return a.words > b.words }
        if a.id != b.id { return a.id < b.id }
        if a.language != b.language { return Array(a.language.utf8).lexicographicallyPrecedes(Array(b.language.utf8)) }
        return (a.counts.errors, a.counts.warnings, a.counts.infos) > (b.counts.errors, b.counts.warnings, b.counts.infos)
    }
}

/// A record's id as its result wrote it: a string, or a number (an integer exactly; another
/// number, or an integer beyond 64 bits, as a double). A file's path is a string id.
public enum RecordID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case string(String)
    case integer(Int)
    case real(Double)

    /// The id of a number as written in JSON (`17`, `1.5e3`); nil when it is not one.
    public init?(number written: String) {
        if let integer = Int(written) {
            self = .integer(integer)
        } else if let real = Double(written), real.isFinite {
            self = .real(real)
        } else {
            return nil
        }
    }

    public var description: String {
        switch self {
        case .string(let text): text
        case .integer(let value): String(value)
        case .real(let value): String(value)
        }
    }

    private var number: Double? {
        switch self {
        case .string: nil
        case .integer(let value): Double(value)
        case .real(let value): value
        }
    }

    /// Strings before numbers; strings by their UTF-8 bytes (canonically equivalent
    /// spellings are different ids); numbers by value, an integer before a double of the
    /// same value, integers beyond 2^53 by their exact value.
    public static func < (a: RecordID, b: RecordID) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): return Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        case (.string, _): return true
        case (_, .string): return false
        case (.integer(let x), .integer(let y)): return x < y
        default:
            let (u, v) = (a.number ?? 0, b.number ?? 0)
            if u != v { return u < v }
            if case .integer = a, case .real = b { return true }
            return false
        }
    }
}

extension Int {
    /// The sum, or the nearest bound when it would overflow. A summary adds counts read from
    /// files anyone may have written (results, reports, other summaries): an overflow stopped
    /// `mtlint summary` with SIGILL, where a count past any real corpus is only a large number.
    func addingSaturated(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? (other > 0 ? .max : .min) : sum
    }

    /// The product, or the nearest bound when it would overflow.
    func multipliedSaturated(by other: Int) -> Int {
        let (product, overflow) = multipliedReportingOverflow(by: other)
        return overflow ? ((self < 0) == (other < 0) ? .max : .min) : product
    }
}
