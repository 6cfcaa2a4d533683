import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore

/// RunSummary: merging is exact, associative and commutative; percentiles are exact.
@Suite("Run summaries")
struct RunSummaryTests {
    /// A small deterministic generator (SplitMix64), so that the texts are the same every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let rules = ["figure/garbled-scale", "name/variant", "text/repeated-word", "text/spacing"]

    /// `count` texts with findings, words and ids drawn at random; many share a score, and
    /// some share score, penalty and words, so that the worst list's ties are exercised.
    static func texts(_ count: Int, seed: UInt64) -> [(TextSummary, [(rule: String, severity: Severity)])] {
        var generator = Generator(state: seed)
        return (0..<count).map { index in
            var findings: [(rule: String, severity: Severity)] = []
            for _ in 0..<Int.random(in: 0...3, using: &generator) {
                findings.append((rules.randomElement(using: &generator) ?? "", Severity.allCases.randomElement(using: &generator) ?? .info))
            }
            var counts = RunSummary.SeverityCounts()
            for finding in findings { counts.add(finding.severity) }
            let words = [0, 10, 50, 200, 1000].randomElement(using: &generator) ?? 10
            let score = QualityScore(penalty: counts.penalty, words: words)
            let id: RecordID = index % 4 == 0 ? .integer(index) : .string("r\(index % 50)")
            let text = TextSummary(
                id: id, language: ["it", "fr", "und"].randomElement(using: &generator) ?? "it", words: words,
                scoreTenths: Int((score.value * 10).rounded()), counts: counts)
            return (text, findings)
        }
    }

    static func summary(of texts: some Collection<(TextSummary, [(rule: String, severity: Severity)])>, worst: Int = 10) -> RunSummary {
        var summary = RunSummary(worstLimit: worst)
        for (text, findings) in texts { summary.add(text, findings: findings) }
        return summary
    }

    static func json(_ summary: RunSummary) -> String { SummaryFormat.json.render(summary) }

    /// Found by an audit: counts near Int.max in results, reports or summaries (files anyone
    /// may have written) overflowed the sums and stopped `mtlint summary` with SIGILL. They
    /// saturate: a count past any real corpus stays the largest number.
    @Test func countsNearTheLimitSaturate() throws {
        var summary = RunSummary(worstLimit: 10)
        let huge = TextSummary(id: .integer(1), language: "it", words: Int.max, scoreTenths: 1000, counts: .init())
        summary.add(huge, findings: [])
        summary.add(TextSummary(id: .integer(2), language: "it", words: 1, scoreTenths: 1000, counts: .init()), findings: [])
        #expect(summary.words == Int.max)
        summary.addUnreadable(Int.max)
        summary.addUnreadable(1)
        #expect(summary.unreadable == Int.max)

        var counts = RunSummary.SeverityCounts(errors: Int.max)
        #expect(counts.penalty == Int.max)
        counts.add(.error)
        #expect(counts.errors == Int.max && counts.total == Int.max)

        // A written summary whose histogram and languages add up past Int.max: refused, not a trap.
        #expect(
            RunSummary(
                texts: 1, unreadable: 0, words: 1, penalty: 0, rules: [:], languages: ["it": 1],
                histogram: [10: Int.max, 20: 1], worst: [], worstLimit: 10) == nil)
        let many = try #require(
            RunSummary(
                texts: Int.max, unreadable: 0, words: 1, penalty: 0, rules: [:], languages: ["it": Int.max],
                histogram: [1000: Int.max], worst: [], worstLimit: 10))
        #expect(many.percentileTenths(50) == 1000)
        var merged = many
        merged.merge(many)
        #expect(merged.texts == Int.max && merged.languages["it"] == Int.max)
    }

    @Test("the summary of the parts, merged in any grouping and order, is the summary of the whole", arguments: [1, 2, 3, 7])
    func mergeIsAssociative(seed: UInt64) {
        let texts = Self.texts(300, seed: seed)
        let whole = Self.json(Self.summary(of: texts))
        var generator = Generator(state: seed * 31)
        for _ in 0..<10 {
            // Cut at random places into 1 to 8 parts.
            let cuts = (0..<Int.random(in: 0...7, using: &generator)).map { _ in Int.random(in: 0...texts.count, using: &generator) }
                .sorted()
            let bounds = [0] + cuts + [texts.count]
            let parts = zip(bounds, bounds.dropFirst()).map { Self.summary(of: texts[$0..<$1]) }
            // Left to right, right to left, and pairwise as a tree.
            let left = parts.reduce(into: RunSummary()) { $0.merge($1) }
            let right = parts.reversed().reduce(into: RunSummary()) { $0.merge($1) }
            var level = parts
            while level.count > 1 {
                level = stride(from: 0, to: level.count, by: 2).map { index in
                    var merged = level[index]
                    if index + 1 < level.count { merged.merge(level[index + 1]) }
                    return merged
                }
            }
            for merged in [left, right, level[0]] {
                #expect(Self.json(merged) == whole)
                #expect(merged == Self.summary(of: texts))
            }
        }
    }

    @Test("a summary read back from its JSON merges like the summary itself")
    func jsonRoundTrip() throws {
        let summary = Self.summary(of: Self.texts(200, seed: 5))
        let decoded = try JSONDecoder().decode(SummaryJSON.self, from: Data(Self.json(summary).utf8))
        #expect(decoded.summary() == summary)
    }

    @Test("a summary whose parts disagree is refused")
    func tamperedSummary() throws {
        let summary = Self.summary(of: Self.texts(50, seed: 9))
        let decoded = try JSONDecoder().decode(SummaryJSON.self, from: Data(Self.json(summary).utf8))
        var changed = decoded
        changed.errors += 1
        #expect(changed.summary() == nil)
        changed = decoded
        changed.records += 1
        #expect(changed.summary() == nil)
        changed = decoded
        changed.scores.histogram[0].score += 0.05
        #expect(changed.summary() == nil)
        changed = decoded
        changed.version = 2
        #expect(changed.summary() == nil)
    }

    @Test("percentiles by nearest rank, read from the histogram")
    func percentiles() {
        // Scores 0.0, 10.0, 20.0 ... 90.0 and one 100.0: eleven texts.
        var summary = RunSummary()
        for score in stride(from: 0, through: 1000, by: 100) {
            summary.add(TextSummary(id: .integer(score), language: "it", words: 100, scoreTenths: score, counts: .init()), findings: [])
        }
        // Rank ⌈p × 11 / 100⌉: p1 → 1st (0.0), p10 → 2nd (10.0), p50 → 6th (50.0), p90 → 10th (90.0), p99 → 11th.
        #expect(summary.percentileTenths(1) == 0)
        #expect(summary.percentileTenths(10) == 100)
        #expect(summary.percentileTenths(25) == 200)
        #expect(summary.percentileTenths(50) == 500)
        #expect(summary.percentileTenths(90) == 900)
        #expect(summary.percentileTenths(99) == 1000)
        #expect(summary.mean == 50)
        #expect(RunSummary().percentileTenths(50) == nil)
    }

    @Test("the worst texts: lowest score, then most penalty, then most words, then id")
    func worstOrder() {
        let a = TextSummary(id: .string("a"), language: "it", words: 10, scoreTenths: 0, counts: .init(errors: 1))
        let b = TextSummary(id: .string("b"), language: "it", words: 10, scoreTenths: 0, counts: .init(errors: 2))
        let c = TextSummary(id: .string("c"), language: "it", words: 20, scoreTenths: 0, counts: .init(errors: 1))
        let d = TextSummary(id: .integer(2), language: "it", words: 10, scoreTenths: 0, counts: .init(errors: 1))
        let e = TextSummary(id: .string("e"), language: "it", words: 1000, scoreTenths: 950, counts: .init(warnings: 1))
        var summary = RunSummary(worstLimit: 3)
        for text in [e, d, c, b, a] { summary.add(text, findings: []) }
        #expect(summary.worst == [b, c, a])
        var other = RunSummary(worstLimit: 2)
        other.add(d, findings: [])
        summary.merge(other)
        #expect(summary.worstLimit == 2)
        #expect(summary.worst == [b, c])
    }

    @Test("ids: strings by their bytes before numbers by value")
    func idOrder() {
        #expect(RecordID.string("B") < RecordID.string("a"))
        #expect(RecordID.string("e\u{301}") < RecordID.string("\u{E9}"))
        #expect(RecordID.string("z") < RecordID.integer(0))
        #expect(RecordID.integer(2) < RecordID.real(2.5))
        #expect(RecordID.integer(3) < RecordID.real(3))
        #expect(!(RecordID.real(3) < RecordID.integer(3)))
        #expect(RecordID(number: "17") == .integer(17))
        #expect(RecordID(number: "1.5e3") == .real(1500))
    }
}
