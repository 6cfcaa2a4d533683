import Foundation
import MTLintDocuments
import MTLintText

/// What the `source/*` rules read beside a target document's own analysis: the analysis of
/// the sources (in the source language: its figures, URLs and tokens) and the units that
/// pair each source segment with its target segment.
public final class BilingualAnalysis: Sendable {
    /// The sources, analyzed as one document in the source language; its ranges are those of
    /// `text.source.text`.
    public let source: Analysis
    public let text: BilingualText
    /// Number words of the targets (`tre`, `un`), in text order.
    public let targetNumberWords: [NumberWord]
    /// Number words of the sources (`three`), which a target may write in digits.
    public let sourceNumberWords: [NumberWord]
    /// For a source in a file of its own (Document.pairedSource): how its sentences were
    /// aligned with the target's into `text`'s units. Nil for a bilingual file.
    public let alignment: SentenceAlignment?
    private let comparisons = Lock<[FigureComparison]?>(nil)

    public init(
        source: Analysis, text: BilingualText, targetNumberWords: [NumberWord] = [], sourceNumberWords: [NumberWord] = [],
        alignment: SentenceAlignment? = nil
    ) {
        self.source = source
        self.alignment = alignment
        self.text = text
        self.targetNumberWords = targetNumberWords
        self.sourceNumberWords = sourceNumberWords
    }

    /// The figures of every unit compared, made on first use and shared by the figure rules.
    public func figureComparisons(target: Analysis) -> [FigureComparison] {
        comparisons.withLock { cached in
            if let cached { return cached }
            let made = FigureComparison.compareAll(self, target: target)
            cached = made
            return made
        }
    }

    public var units: [BilingualUnit] { text.units }

    /// The source segment of a unit as a String.
    public func sourceString(_ unit: BilingualUnit) -> String { source.string(unit.source) }
}

extension Array {
    /// The elements whose range, given by `range`, lies inside `bounds`, for an array sorted
    /// by range start: found by binary search, so a walk over all units stays linear. Callers
    /// pass a closure (`{ $0.range }`), not a key path, which is projected at run time for
    /// each element; and the elements are copied only when one of them reaches past `bounds`
    /// (as a unit's tokens were, for every unit of a file). Inlinable, so that the rules of
    /// other modules get it specialized for their element, not walked through generic calls.
    @inlinable
    package func slice(inside bounds: Range<Int>, by range: (Element) -> Range<Int>) -> ArraySlice<Element> {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if range(self[middle]).lowerBound < bounds.lowerBound { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < count, range(self[end]).lowerBound < bounds.upperBound { end += 1 }
        let starting = self[low..<end]
        if starting.allSatisfy({ range($0).upperBound <= bounds.upperBound }) { return starting }
        return starting.filter { range($0).upperBound <= bounds.upperBound }[...]
    }
}

/// A number word of a text and its value.
public struct NumberWord: Sendable, Equatable {
    public var range: Range<Int>
    public var value: Decimal
}
