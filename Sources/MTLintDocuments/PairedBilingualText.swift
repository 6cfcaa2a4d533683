extension BilingualText {
    /// A source and its translation kept in two files, paired unit by unit by a sentence
    /// aligner: each side's text is its whole file's text, mapped unit for unit on to it, so
    /// that the target is read exactly as the plain text it is and a unit's ranges are ranges
    /// of the files. `units` gives, in order, the source range and the target range of each
    /// unit; an empty range is a side with no sentence (an omission's target, an addition's
    /// source), standing where the side's previous unit ends.
    package static func paired(
        source: [UInt16], target: [UInt16], units ranges: [(source: Range<Int>, target: Range<Int>)],
        sourceLanguage: String?, targetLanguage: String?
    ) -> BilingualText {
        func side(_ text: [UInt16], _ segments: [Range<Int>]) -> SegmentedText {
            var map = TextMap()
            map.append(TextMap.Run(text: 0..<text.count, file: 0..<text.count, isVerbatim: true))
            return SegmentedText(
                text: text, segments: segments.enumerated().map { Segment(kind: .paragraph, range: $1, id: String($0 + 1), state: nil) },
                map: map)
        }
        let units = ranges.enumerated().map { index, pair in
            BilingualUnit(id: String(index + 1), index: index + 1, source: pair.source, target: pair.target)
        }
        return BilingualText(
            target: side(target, ranges.map(\.target)), source: side(source, ranges.map(\.source)), units: units,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
}
