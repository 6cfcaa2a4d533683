import Foundation

/// Aligns the sentences of a source and its translation: the Gale-Church dynamic programme
/// over beads of 1-1, 2-1, 1-2, 1-0 and 0-1 sentences, each scored by how likely its lengths
/// are (in characters, the target's through the ratio of the two texts' lengths, so that a
/// Chinese source's characters are compared with an Italian target's), plus anchors that
/// survive translation (figures by value, addresses, Latin names, quotations: see
/// AlignmentAnchor) and the paragraph breaks of both texts.
///
/// Cost: the programme runs in a diagonal band of `2 × band + 1` cells around the path that
/// goes straight from the two texts' starts to their ends (source sentence `i` near target
/// sentence `i × m / n`), so a long article costs O(n × band) time and memory, not O(n × m).
/// A pair whose sentences drift more than `band` sentences from that path (a long stretch
/// left untranslated in one place) is aligned as well as the band allows. The programme first
/// runs in a band of `narrowBand`, a quarter of the work: where its best path keeps clear of
/// that band's edges, a wider band would find the same path, and it is the alignment;
/// where the path touches an edge (the texts drift apart), the programme runs again in the
/// full band.
public struct SentenceAligner: Sendable {
    /// Half the width of the band, in sentences.
    public var band = 40
    /// Half the width of the first, narrow band (at most `band`).
    public var narrowBand = 10
    /// The variance of the target's length per unit of expected length between two texts of
    /// the same script (Gale and Church measured 6.8 for European pairs)...
    public var variance = 6.8
    /// ... and between two scripts (Chinese and Italian), where sentence lengths say less.
    public var varianceAcrossScripts = 12.0
    /// What a shared anchor is worth, in the same units as the costs (negative log
    /// probabilities).
    public var anchorBonus = 2.5
    /// Anchors counted per bead, at most: a sentence full of figures is no surer a pair.
    public var maximumAnchors = 4.0
    /// What joining two sentences of different paragraphs into one bead costs.
    public var paragraphCrossing = 8.0
    /// What a bead costs whose first sentences disagree on opening a paragraph.
    public var paragraphMismatch = 1.0
    /// What a sentence left without a partner costs beyond its bead's prior: a constant, not
    /// the length formula, which would make an omission dearer than any wrong merge.
    public var unpairedCost = 1.0
    /// What each figure or address of a bead costs that the bead's other side lacks: a
    /// translation keeps its figures, so a source figure missing from a target says the two
    /// are not each other's, more surely than their lengths do.
    public var unmatchedAnchorCost = 4.0
    /// The most that unmatched anchors cost one bead: less than leaving both sides unpaired,
    /// so that a pair whose figures all read differently (dates, a garbled figure) stays a pair.
    public var maximumUnmatchedCost = 5.0

    public init() {}

    /// The beads, in order, covering every sentence of both sides once.
    public func align(source: AlignmentSide, target: AlignmentSide) -> [AlignmentBead] {
        let n = source.sentences.count, m = target.sentences.count
        guard n > 0, m > 0 else {
            return (0..<n).map { AlignmentBead(source: $0..<($0 + 1), target: 0..<0) }
                + (0..<m).map { AlignmentBead(source: n..<n, target: $0..<($0 + 1)) }
        }
        let ratio = Double(max(1, target.length(of: 0..<m))) / Double(max(1, source.length(of: 0..<n)))
        let variance = source.isLatinScript == target.isLatinScript ? self.variance : varianceAcrossScripts
        // Anchors as small integers, each sentence's sorted, for cheap intersections.
        var ids: [AlignmentAnchor: Int32] = [:]
        var weights: [Double] = []
        func intern(_ anchors: [Set<AlignmentAnchor>]) -> AnchorLists {
            AnchorLists(
                anchors.map { set in
                    set.map { anchor in
                        if let id = ids[anchor] { return id }
                        ids[anchor] = Int32(weights.count)
                        weights.append(anchor.weight)
                        return Int32(weights.count - 1)
                    }.sorted()
                })
        }
        let sourceAnchors = intern(source.anchors), targetAnchors = intern(target.anchors)
        let scoring = Scoring(
            aligner: self, source: source, target: target, ratio: ratio, variance: variance, sourceAnchors: sourceAnchors,
            targetAnchors: targetAnchors, weights: weights)
        if narrowBand < band, let beads = programme(n, m, band: narrowBand, scoring, acceptingEdges: false) { return beads }
        return programme(n, m, band: band, scoring, acceptingEdges: true) ?? []
    }

    /// The dynamic programme in a band of half-width `band` (widened to the slope of the two
    /// texts), and its best path as beads; nil when that path comes within one sentence of an
    /// edge of the band that a wider band would move, unless `acceptingEdges`.
    private func programme(_ n: Int, _ m: Int, band: Int, _ scoring: Scoring, acceptingEdges: Bool) -> [AlignmentBead]? {
        // A row's band must reach the next row's, which starts m / n columns further on: a
        // target of many more sentences than its source widens it, still linear in m.
        let band = max(band, (m + n - 1) / n + 2)
        let width = 2 * band + 1
        // Row i holds columns lower[i] ..< lower[i] + width, worked out once per row: the
        // programme reads them for each of its millions of moves. Costs as Float: half the
        // memory of Double, and ample for sums of a few thousand terms of about 1 to 20.
        let lower = (0...n).map { $0 * m / n - band }
        var cost = [Float](repeating: .infinity, count: (n + 1) * width)
        var step = [UInt8](repeating: 0, count: (n + 1) * width)
        func cell(_ i: Int, _ j: Int) -> Int? {
            let column = j - lower[i]
            return column >= 0 && column < width && j >= 0 && j <= m ? i * width + column : nil
        }
        cost[cell(0, 0)!] = 0
        let moves = Self.moves

        for i in 0...n {
            let low = max(0, lower[i]), high = min(m, lower[i] + width - 1)
            guard low <= high else { continue }
            for j in low...high where i > 0 || j > 0 {
                var best = Float.infinity, bestStep: UInt8 = 0
                for index in moves.indices {
                    let move = moves[index]
                    let fromRow = i - move.source, fromColumn = j - move.target
                    guard fromRow >= 0, fromColumn >= 0 else { continue }
                    let column = fromColumn - lower[fromRow]
                    guard column >= 0, column < width else { continue }
                    let from = cost[fromRow * width + column]
                    guard from < .infinity else { continue }
                    guard
                        let total = scoring.total(from: from, below: best, fromRow, move.source, fromColumn, move.target, prior: move.prior)
                    else { continue }
                    if total < best {
                        best = total
                        bestStep = UInt8(index)
                    }
                }
                let here = i * width + (j - lower[i])
                cost[here] = best
                step[here] = bestStep
            }
        }

        // The band always holds (n, m): it is on the straight path.
        var beads: [AlignmentBead] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let here = cell(i, j), cost[here] < .infinity else { break }
            if !acceptingEdges {
                // Within one sentence of an edge that is not the text's own start or end.
                let column = j - lower[i]
                if (column <= 1 && lower[i] > 0) || (column >= width - 2 && lower[i] + width - 1 < m) { return nil }
            }
            let move = Self.moves[Int(step[here])]
            beads.append(AlignmentBead(source: (i - move.source)..<i, target: (j - move.target)..<j))
            i -= move.source
            j -= move.target
        }
        // Never reached with the band above; were it, every sentence still has its bead.
        while i > 0 || j > 0 {
            if i > 0 {
                i -= 1
                beads.append(AlignmentBead(source: i..<(i + 1), target: j..<j))
            } else {
                j -= 1
                beads.append(AlignmentBead(source: 0..<0, target: j..<(j + 1)))
            }
        }
        return beads.reversed()
    }

    /// The beads' shapes, with the prior cost of each (Gale and Church's frequencies:
    /// 1-1 0.89, 1-0 and 0-1 0.0099 together, 2-1 and 1-2 0.089 together).
    static let moves: [(source: Int, target: Int, prior: Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.005)), (0, 1, -log(0.005)), (2, 1, -log(0.0445)), (1, 2, -log(0.0445)),
    ]

    /// What the programme reads to score a bead, made once per alignment: lengths as prefix
    /// sums, anchors as small sorted integers.
    private struct Scoring {
        let aligner: SentenceAligner
        let source: AlignmentSide
        let target: AlignmentSide
        let ratio: Double
        let variance: Double
        let sourceAnchors: AnchorLists
        let targetAnchors: AnchorLists
        let weights: [Double]
        /// `sourceLength[k]`: the length of the first k source sentences.
        let sourceLength: [Int]
        let targetLength: [Int]

        init(
            aligner: SentenceAligner, source: AlignmentSide, target: AlignmentSide, ratio: Double, variance: Double,
            sourceAnchors: AnchorLists, targetAnchors: AnchorLists, weights: [Double]
        ) {
            (self.aligner, self.source, self.target, self.ratio, self.variance) = (aligner, source, target, ratio, variance)
            (self.sourceAnchors, self.targetAnchors, self.weights) = (sourceAnchors, targetAnchors, weights)
            sourceLength = source.lengths.reduce(into: [0]) { $0.append($0.last! + $1) }
            targetLength = target.lengths.reduce(into: [0]) { $0.append($0.last! + $1) }
        }

        /// What a bead of two non-empty sides costs besides its prior and its length term,
        /// each part as the programme adds it (0 where it adds nothing).
        struct Terms {
            /// Two sentences of different paragraphs are rarely one sentence of the other side.
            var sourceCrossing = 0.0, targetCrossing = 0.0
            /// The first sentences disagree on opening a paragraph.
            var paragraphMismatch = 0.0
            /// The shared anchors' bonus, taken off, and the unmatched anchors' cost.
            var anchorBonus = 0.0, unmatchedAnchors = 0.0

            var sum: Double { sourceCrossing + targetCrossing + paragraphMismatch + unmatchedAnchors - anchorBonus }
        }

        func terms(_ s: Int, _ sourceCount: Int, _ t: Int, _ targetCount: Int) -> Terms {
            var terms = Terms()
            if sourceCount == 2, source.opensParagraph[s + 1] { terms.sourceCrossing = aligner.paragraphCrossing }
            if targetCount == 2, target.opensParagraph[t + 1] { terms.targetCrossing = aligner.paragraphCrossing }
            if source.opensParagraph[s] != target.opensParagraph[t] { terms.paragraphMismatch = aligner.paragraphMismatch }
            let shared = anchors(s, sourceCount, t, targetCount)
            terms.anchorBonus = aligner.anchorBonus * shared.weight
            terms.unmatchedAnchors = min(aligner.unmatchedAnchorCost * Double(shared.unmatched), aligner.maximumUnmatchedCost)
            return terms
        }

        /// The cost of the bead of source sentences `s ..< s + sourceCount` and target
        /// sentences `t ..< t + targetCount`, both non-empty, whose other terms are `terms`.
        func cost(_ s: Int, _ sourceCount: Int, _ t: Int, _ targetCount: Int, prior: Double, terms: Terms) -> Double {
            let expected = Double(sourceLength[s + sourceCount] - sourceLength[s]) * ratio
            let actual = Double(targetLength[t + targetCount] - targetLength[t])
            let mean = max(1, (expected + actual) / 2)
            let delta = (actual - expected) / (variance * mean).squareRoot()
            var total = prior + SentenceAligner.lengthCost(abs(delta))
            total += terms.sourceCrossing
            total += terms.targetCrossing
            total += terms.paragraphMismatch
            total -= terms.anchorBonus
            total += terms.unmatchedAnchors
            return total
        }

        /// `from`, the cost of the path so far, plus the cost of the bead, as the programme
        /// adds them; nil when that cannot be below `best`: when all of the bead's cost but
        /// its length term (never negative, and the dearest to work out) already reaches it.
        /// The bound is taken a hair below its sum, so that no rounding prunes a bead that
        /// the full sum would keep: the alignment is the one the full cost alone gives.
        func total(from: Float, below best: Float, _ s: Int, _ sourceCount: Int, _ t: Int, _ targetCount: Int, prior: Double) -> Float? {
            guard sourceCount > 0, targetCount > 0 else { return from + Float(prior + aligner.unpairedCost) }
            let terms = terms(s, sourceCount, t, targetCount)
            if best < .infinity, from + Float(prior + terms.sum - 1e-9) >= best { return nil }
            return from + Float(cost(s, sourceCount, t, targetCount, prior: prior, terms: terms))
        }

        /// The weight of the anchors both sides hold (at most `maximumAnchors`), and how many
        /// figures and addresses one side holds that the other lacks. Each sentence holds a
        /// few anchors at most, in one flat array per side: plain scans of a few integers,
        /// with no array of arrays to retain (the programme asks this millions of times on
        /// a long article; as slices of `[[Int]]` it was a quarter of a two-file check).
        private func anchors(_ s: Int, _ sourceCount: Int, _ t: Int, _ targetCount: Int) -> (weight: Double, unmatched: Int) {
            let left = sourceAnchors.range(s, sourceCount), right = targetAnchors.range(t, targetCount)
            if left.isEmpty && right.isEmpty { return (0, 0) }
            var shared = 0.0, unmatched = 0
            for position in left {
                let anchor = sourceAnchors.flat[position]
                // Counted once per bead, though both of its sentences hold it.
                if sourceAnchors.contains(anchor, in: left.lowerBound..<position) { continue }
                let weight = weights[Int(anchor)]
                if targetAnchors.contains(anchor, in: right) {
                    shared += weight
                } else if weight >= SentenceAligner.strongAnchor {
                    unmatched += 1
                }
            }
            for position in right {
                let anchor = targetAnchors.flat[position]
                if targetAnchors.contains(anchor, in: right.lowerBound..<position) || sourceAnchors.contains(anchor, in: left) { continue }
                if weights[Int(anchor)] >= SentenceAligner.strongAnchor { unmatched += 1 }
            }
            return (min(shared, aligner.maximumAnchors), unmatched)
        }
    }

    /// The anchors of each sentence of one side, as small integers, all in one array:
    /// sentence `k`'s are `flat[start[k] ..< start[k + 1]]`.
    struct AnchorLists {
        let flat: [Int32]
        let start: [Int]

        init(_ lists: [[Int32]]) {
            flat = lists.flatMap { $0 }
            start = lists.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        }

        /// The positions in `flat` of the anchors of sentences `first ..< first + count`.
        func range(_ first: Int, _ count: Int) -> Range<Int> { start[first]..<start[first + count] }

        func contains(_ anchor: Int32, in positions: Range<Int>) -> Bool {
            for position in positions where flat[position] == anchor { return true }
            return false
        }
    }

    /// How unlikely a length difference of `delta` standard deviations is: −log P(|X| ≥
    /// delta) for a normal X, that is −log erfc(delta / √2), read from a table with linear
    /// interpolation (the programme asks for it millions of times on a long article; erfc
    /// and log cost more than all the rest of a bead's score).
    static func lengthCost(_ delta: Double) -> Double {
        let position = delta / lengthCostStep
        let index = Int(position)
        guard index + 1 < lengthCostTable.count else {
            // Past the table: the tail's asymptote, −log erfc(z) ≈ z² + log(z √π) for z = delta / √2.
            let z = delta / 2.0.squareRoot()
            return z * z + log(z * Double.pi.squareRoot())
        }
        let fraction = position - Double(index)
        return lengthCostTable[index] + (lengthCostTable[index + 1] - lengthCostTable[index]) * fraction
    }

    static let lengthCostStep = 0.01
    static let lengthCostTable: [Double] = (0...2_000).map { -log(max(erfc(Double($0) * lengthCostStep / 2.0.squareRoot()), 1e-300)) }

    /// The weight from which an anchor one side lacks counts against a bead.
    static let strongAnchor = 1.5
}
