import MTLintDocuments

/// A source and its translation, split into sentences and aligned (SentenceAligner): the two
/// sides and the beads that pair their sentences.
public struct SentenceAlignment: Sendable {
    public let source: AlignmentSide
    public let target: AlignmentSide
    public let beads: [AlignmentBead]

    public init(source: AlignmentSide, target: AlignmentSide, aligner: SentenceAligner = SentenceAligner()) {
        self.source = source
        self.target = target
        self.beads = aligner.align(source: source, target: target)
    }

    /// Per bead, the text ranges of its source and target sentences. A side with no sentence
    /// is the empty range where that side's previous bead ends (its first sentence's start
    /// when none is before it): an omission's target points just after the sentence before.
    public var unitRanges: [(source: Range<Int>, target: Range<Int>)] {
        var sourceEnd = source.sentences.first?.lowerBound ?? 0
        var targetEnd = target.sentences.first?.lowerBound ?? 0
        return beads.map { bead in
            let sourceRange = source.range(of: bead.source) ?? sourceEnd..<sourceEnd
            let targetRange = target.range(of: bead.target) ?? targetEnd..<targetEnd
            sourceEnd = sourceRange.upperBound
            targetEnd = targetRange.upperBound
            return (sourceRange, targetRange)
        }
    }

    /// The pair as a BilingualText whose units are the beads, for the `source/*` rules: a
    /// 1-0 bead is a unit with an empty target (source/omission), a 0-1 bead a unit with an
    /// empty source.
    public func bilingualText(sourceLanguage: String?, targetLanguage: String?) -> BilingualText {
        BilingualText.paired(
            source: source.text, target: target.text, units: unitRanges, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
}
