import MTLintCore
import MTLintText

/// What `mtlint align` prints: each bead of an alignment (SentenceAlignment) with its kind,
/// the lines its source and target sentences stand on, and their text, as TSV or JSON, so
/// that a user can check how mtlint paired a source and its translation. A pure function of
/// the alignment and the two files' maps.
public struct AlignmentListing: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case tsv, json
    }

    /// One bead as listed.
    struct Row: Codable, Equatable {
        /// 1-based number of the bead.
        var bead: Int
        /// `1-1`, `2-1`, `1-2`, `1-0` or `0-1`.
        var kind: String
        /// First and last line of the source sentences; absent for a 0-1 bead.
        var sourceLines: [Int]?
        var targetLines: [Int]?
        var source: String
        var target: String
    }

    struct Side: Codable {
        var path: String
        var language: String
        var sentences: Int
    }

    struct Listing: Codable {
        var version = 1
        var source: Side
        var target: Side
        var beads: [Row]
    }

    let listing: Listing

    /// `sourceMap` and `targetMap` are the two files' maps, for line numbers.
    public init(
        _ alignment: SentenceAlignment, sourcePath: String, sourceLanguage: String, sourceMap: SourceMap, targetPath: String,
        targetLanguage: String, targetMap: SourceMap
    ) {
        func lines(_ side: AlignmentSide, _ indices: Range<Int>, _ map: SourceMap) -> [Int]? {
            guard let range = side.range(of: indices) else { return nil }
            return [map.lineIndex(of: range.lowerBound) + 1, map.lineIndex(of: max(range.lowerBound, range.upperBound - 1)) + 1]
        }
        let rows = alignment.beads.enumerated().map { index, bead in
            Row(
                bead: index + 1, kind: bead.kind, sourceLines: lines(alignment.source, bead.source, sourceMap),
                targetLines: lines(alignment.target, bead.target, targetMap), source: alignment.source.string(of: bead.source),
                target: alignment.target.string(of: bead.target))
        }
        listing = Listing(
            source: Side(path: sourcePath, language: sourceLanguage, sentences: alignment.source.sentences.count),
            target: Side(path: targetPath, language: targetLanguage, sentences: alignment.target.sentences.count), beads: rows)
    }

    /// The listing in `format`, ending with a line end.
    public func text(_ format: Format) -> String {
        switch format {
        case .json:
            return JSONPieces.encode(listing, pretty: true) + "\n"
        case .tsv:
            func lines(_ pair: [Int]?) -> String {
                guard let pair else { return "" }
                return pair[0] == pair[1] ? "\(pair[0])" : "\(pair[0])-\(pair[1])"
            }
            var text = "bead\tkind\tsource_lines\ttarget_lines\tsource\ttarget\n"
            for row in listing.beads {
                text += "\(row.bead)\t\(row.kind)\t\(lines(row.sourceLines))\t\(lines(row.targetLines))\t\(row.source)\t\(row.target)\n"
            }
            return text
        }
    }
}
