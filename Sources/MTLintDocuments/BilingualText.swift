/// A bilingual file read into two texts: the targets, which every rule reads as a document of
/// its own, and the sources, which the `source/*` rules read beside them. Both are
/// SegmentedTexts whose maps lead to the same file's text, and `units` pairs them: unit `k`
/// is `source.text[units[k].source]` translated as `target.text[units[k].target]`.
///
/// Each segment of either side is followed by a blank line that stands for an empty range
/// of the file where the segment ends, so that an empty target (an untranslated PO entry,
/// an XLIFF `<target/>`) still has a place in the file: a finding on it points there.
public struct BilingualText: Sendable {
    /// The target segments, one per unit and in the units' order (empty ones included).
    public internal(set) var target: SegmentedText
    /// The source segments, likewise.
    public internal(set) var source: SegmentedText
    public internal(set) var units: [BilingualUnit]
    /// The languages the file declares (XLIFF `srcLang`/`trgLang`, TMX `srclang` and
    /// `xml:lang`, PO `Language:`), as BCP 47 tags; nil when it declares none.
    public internal(set) var sourceLanguage: String?
    public internal(set) var targetLanguage: String?

    /// The unit whose target range holds text offset `offset` (or, for an empty target,
    /// starts at it), by binary search: units follow each other in the target text.
    public func unitIndex(atTarget offset: Int) -> Int? {
        var low = 0, high = units.count - 1, found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if units[middle].target.lowerBound <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let index = found else { return nil }
        // The blank line after a segment belongs to it.
        return offset <= units[index].target.upperBound + SegmentedText.Builder.separator.count ? index : nil
    }
}

/// One translation unit: a source segment and its target, with what the file says about it.
public struct BilingualUnit: Sendable, Equatable {
    /// What the file calls the unit: an XLIFF unit (and segment) id, a PO entry's msgctxt
    /// and msgid, a TMX `tuid` or the unit's number, a CSV row number.
    public var id: String
    /// 1-based number of the unit in the file.
    public var index: Int
    /// The translation's state: XLIFF `state` (`approved` when approved), PO `fuzzy`.
    public var state: String?
    /// PO flags (`c-format`, `python-format`, `no-c-format` ...).
    public var flags: [String]
    /// Notes and comments for translators, joined.
    public var note: String?
    /// UTF-16 range of the source in `BilingualText.source.text`.
    public var source: Range<Int>
    /// UTF-16 range of the target in `BilingualText.target.text`; empty when not translated.
    public var target: Range<Int>
    /// False when the file has no target at all for the unit (an XLIFF unit without
    /// `<target>`, a TMX unit without the target language's variant).
    public var hasTarget: Bool
    /// Inline tags (XLIFF `x`, `g`, `ph`, `pc` ...; TMX `ph`, `bpt` ...), in order.
    public var sourceTags: [InlineTag]
    public var targetTags: [InlineTag]

    public init(
        id: String, index: Int, state: String? = nil, flags: [String] = [], note: String? = nil,
        source: Range<Int>, target: Range<Int>, hasTarget: Bool = true,
        sourceTags: [InlineTag] = [], targetTags: [InlineTag] = []
    ) {
        self.id = id
        self.index = index
        self.state = state
        self.flags = flags
        self.note = note
        self.source = source
        self.target = target
        self.hasTarget = hasTarget
        self.sourceTags = sourceTags
        self.targetTags = targetTags
    }

    /// True when the translation is marked as not finished (PO `fuzzy`, XLIFF `needs-*`,
    /// `new`, `initial`).
    public var isDraft: Bool {
        guard let state else { return false }
        return state == "fuzzy" || state == "new" || state == "initial" || state.hasPrefix("needs-")
    }
}

/// An inline tag of a segment, which the text shows as U+FFFC (a code like `<x/>`, `<ph>`)
/// or not at all (a container like `<g>`, `<pc>`, whose content is text).
public struct InlineTag: Sendable, Equatable {
    /// The element's name (`x`, `g`, `ph`, `pc`, `bpt`, `ept`, `it`, `sc`, `ec`).
    public var name: String
    /// Its `id` (XLIFF) or `i`/`x` (TMX), when it has one.
    public var id: String?
    /// Where it stands in its side's text: the U+FFFC, or the empty place of a container's start.
    public var range: Range<Int>

    public init(name: String, id: String?, range: Range<Int>) {
        self.name = name
        self.id = id
        self.range = range
    }

    /// How tags are compared between source and target: name and id.
    public var key: String { id.map { "\(name)#\($0)" } ?? name }
}

/// What the bilingual readers take from the command line and configuration.
public struct ReadOptions: Sendable, Equatable {
    /// `--source-lang`: the source language (TMX: which variant is the source).
    public var sourceLanguage: String?
    /// `--lang`: the target language (TMX: which variant is the target).
    public var targetLanguage: String?
    /// `--columns source,target`: the CSV/TSV header names of the two columns.
    public var columns: Columns?

    public struct Columns: Sendable, Equatable {
        public var source: String
        public var target: String

        public init(source: String, target: String) {
            self.source = source
            self.target = target
        }
    }

    public init(sourceLanguage: String? = nil, targetLanguage: String? = nil, columns: Columns? = nil) {
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.columns = columns
    }
}

/// Why a bilingual file could not be read: its line (1-based) and what is wrong there.
public struct ReadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var format: InputFormat
    public var line: Int
    public var reason: String

    public init(_ format: InputFormat, line: Int, _ reason: String) {
        self.format = format
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason) (read as \(format.rawValue.uppercased()))" }
}

/// Builds one side of a bilingual text: its segments in the units' order, each followed by a
/// blank line that stands for the empty range where the segment ends in the file.
extension [String] {
    /// Adds the text of a note element read by the XLIFF or TMX reader (`note`), white space
    /// trimmed, unless it is empty.
    mutating func appendNote(_ note: SideBuilder?) {
        guard let note else { return }
        let written = String(decoding: note.text, as: UTF16.self).trimmingSpaces()
        if !written.isEmpty { append(written) }
    }
}

struct SideBuilder {
    private(set) var text: [UInt16] = []
    private(set) var map = TextMap()
    private(set) var segments: [Segment] = []
    private var start = 0
    /// Where the open segment's last mapped unit ends in the file.
    private var fileEnd: Int?
    private(set) var tags: [InlineTag] = []

    mutating func begin() {
        start = text.count
        fileEnd = nil
        tags = []
    }

    var currentCount: Int { text.count - start }

    mutating func appendVerbatim(_ file: Range<Int>, of source: [UInt16]) {
        guard !file.isEmpty else { return }
        let at = text.count
        text.append(contentsOf: source[file])
        map.append(TextMap.Run(text: at..<text.count, file: file, isVerbatim: true))
        fileEnd = file.upperBound
    }

    mutating func append(_ units: some Collection<UInt16>, standingFor file: Range<Int>) {
        guard !units.isEmpty else { return }
        let at = text.count
        text.append(contentsOf: units)
        map.append(TextMap.Run(text: at..<text.count, file: file, isVerbatim: false))
        fileEnd = file.upperBound
    }

    /// A code tag: U+FFFC in the text, standing for the tag's bytes.
    mutating func appendTag(_ name: String, id: String?, standingFor file: Range<Int>) {
        tags.append(InlineTag(name: name, id: id, range: text.count..<(text.count + 1)))
        append(CollectionOfOne(0xFFFC), standingFor: file)
    }

    /// A container tag: no text, only its place.
    mutating func noteTag(_ name: String, id: String?) {
        tags.append(InlineTag(name: name, id: id, range: text.count..<text.count))
    }

    /// Ends the segment; `anchor` is where an empty one stands in the file. Returns its range.
    mutating func end(anchor: Int, id: String?, state: String?) -> Range<Int> {
        let range = start..<text.count
        segments.append(Segment(kind: .paragraph, range: range, id: id, state: state))
        let place = fileEnd ?? anchor
        let at = text.count
        text.append(contentsOf: SegmentedText.Builder.separator)
        map.append(TextMap.Run(text: at..<text.count, file: place..<place, isVerbatim: false))
        return range
    }

    func finish() -> SegmentedText {
        SegmentedText(text: text, segments: segments, map: map)
    }
}

/// Builds a BilingualText unit by unit.
struct BilingualBuilder {
    var source = SideBuilder()
    var target = SideBuilder()
    var units: [BilingualUnit] = []
    var sourceLanguage: String?
    var targetLanguage: String?

    /// Ends the open source and target segments as one unit.
    mutating func endUnit(
        id: String, state: String? = nil, flags: [String] = [], note: String? = nil,
        sourceAnchor: Int, targetAnchor: Int, hasTarget: Bool = true
    ) {
        let sourceTags = source.tags, targetTags = target.tags
        let sourceRange = source.end(anchor: sourceAnchor, id: id, state: state)
        let targetRange = target.end(anchor: targetAnchor, id: id, state: state)
        units.append(
            BilingualUnit(
                id: id, index: units.count + 1, state: state, flags: flags, note: note,
                source: sourceRange, target: targetRange, hasTarget: hasTarget,
                sourceTags: sourceTags, targetTags: targetTags))
    }

    func finish() -> BilingualText {
        BilingualText(
            target: target.finish(), source: source.finish(), units: units,
            sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }
}

extension BilingualText {
    /// Reads a file's decoded text as the bilingual `format`.
    public static func read(
        _ text: [UInt16], as format: InputFormat, options: ReadOptions = ReadOptions()
    ) throws(ReadError) -> BilingualText {
        switch format {
        case .po: return try POReader.read(text)
        case .xliff: return try XLIFFReader.read(text)
        case .tmx: return try TMXReader.read(text, options: options)
        case .csv: return try DelimitedReader.read(text, separator: 0x2C, options: options)
        case .tsv: return try DelimitedReader.read(text, separator: 0x09, options: options)
        case .text, .markdown, .html: throw ReadError(format, line: 1, "not a bilingual format")
        }
    }
}

extension BilingualText {
    /// The languages given on the command line win over those the file declares.
    public mutating func override(sourceLanguage: String?, targetLanguage: String?) {
        if let sourceLanguage { self.sourceLanguage = sourceLanguage }
        if let targetLanguage { self.targetLanguage = targetLanguage }
    }
}
