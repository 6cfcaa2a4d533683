/// A document read from its stored form: the text rules read, its segments, and where each
/// character stands in the file. The segments follow each other in the text, a blank line
/// (two LF, standing for nothing in the file) between two, so that every segment is a
/// paragraph of its own for sentences, paragraphs and rules.
public struct SegmentedText: Sendable, Equatable {
    /// The segments' text as UTF-16 code units.
    public private(set) var text: [UInt16] = []
    public private(set) var segments: [Segment] = []
    /// From `text` to the file's decoded text.
    public private(set) var map = TextMap()
    /// How many pieces of text the reader could not place in the file: each is left out, and
    /// the segment ends where it stood (0 for any document the readers' tests know).
    public internal(set) var unplaced = 0

    public init() {}

    /// A text that a bilingual reader built side by side (BilingualText).
    init(text: [UInt16], segments: [Segment], map: TextMap) {
        self.text = text
        self.segments = segments
        self.map = map
    }

    /// The characters of `segment`.
    public func string(of segment: Segment) -> String {
        String(decoding: text[segment.range], as: UTF16.self)
    }

    /// Builds a SegmentedText one segment at a time, in the file's order. Readers call
    /// `begin`, then append what the segment reads, then `end`; a segment that received no
    /// character leaves no trace.
    public struct Builder {
        public private(set) var result = SegmentedText()
        private var open: (kind: SegmentKind, start: Int, id: String?, state: String?)?

        /// In a Markdown pipe table (MarkdownTable): the file ranges of its cells' content, in
        /// the file's order. What is appended from `tableStart` on goes to the segment of the
        /// cell it stands in, each cell a `table-cell` segment of its own; what stands outside
        /// every cell (a pipe, the blanks around it, the delimiter row, a line end between
        /// rows) is structure, not text, and is left out. What stands before `tableStart` (the
        /// lines of the paragraph before the header row) is the paragraph's text.
        private var tableCells: [Range<Int>]?
        private var tableStart = 0
        /// The index in `tableCells` of the cell the open segment reads.
        private var currentCell: Int?

        /// Reads what follows as the table whose header row starts at file unit `start`, with
        /// `cells`; nil `cells` ends the table.
        mutating func setTable(start: Int, cells: [Range<Int>]?) {
            tableStart = start
            tableCells = cells
            currentCell = nil
        }

        public init() {}

        /// The code units the current segment holds so far.
        public var currentCount: Int { open.map { result.text.count - $0.start } ?? 0 }

        /// The last code unit of the current segment, if it has one.
        public var lastUnit: UInt16? { currentCount > 0 ? result.text.last : nil }

        /// Opens a segment; one already open is ended first.
        public mutating func begin(_ kind: SegmentKind, id: String? = nil, state: String? = nil) {
            end()
            open = (kind, result.text.count, id, state)
        }

        /// The kind of the open segment.
        public var kind: SegmentKind? { open?.kind }

        /// Appends file units `file` of `source` as they are. Content outside any segment
        /// opens a paragraph.
        public mutating func appendVerbatim(_ file: Range<Int>, of source: [UInt16]) {
            guard !file.isEmpty else { return }
            guard let cells = tableCells, file.upperBound > tableStart else { return appendVerbatimRun(file, of: source) }
            if file.lowerBound < tableStart { appendVerbatimRun(file.lowerBound..<tableStart, of: source) }
            // A run of the file may cross cells (`Anna | 34`): each cell gets its part.
            var index = Self.firstCell(endingAfter: file.lowerBound, in: cells)
            while index < cells.count, cells[index].lowerBound < file.upperBound {
                let part = max(file.lowerBound, cells[index].lowerBound)..<min(file.upperBound, cells[index].upperBound)
                if !part.isEmpty {
                    enterCell(index)
                    appendVerbatimRun(part, of: source)
                }
                index += 1
            }
        }

        private mutating func appendVerbatimRun(_ file: Range<Int>, of source: [UInt16]) {
            startContent()
            let start = result.text.count
            result.text.append(contentsOf: source[file])
            result.map.append(TextMap.Run(text: start..<result.text.count, file: file, isVerbatim: true))
        }

        /// Appends `units` standing as a whole for file range `file` (a reference, an escape, a
        /// line end, a placeholder).
        public mutating func append(_ units: some Collection<UInt16>, standingFor file: Range<Int>) {
            guard !units.isEmpty else { return }
            guard let cells = tableCells, file.lowerBound >= tableStart else { return appendRun(units, standingFor: file) }
            // A reference, an escape or a placeholder belongs to the cell it starts in.
            let index = Self.firstCell(endingAfter: file.lowerBound, in: cells)
            guard index < cells.count, cells[index].lowerBound <= file.lowerBound else { return }
            enterCell(index)
            appendRun(units, standingFor: file.lowerBound..<min(max(file.lowerBound, file.upperBound), cells[index].upperBound))
        }

        private mutating func appendRun(_ units: some Collection<UInt16>, standingFor file: Range<Int>) {
            startContent()
            let start = result.text.count
            result.text.append(contentsOf: units)
            result.map.append(TextMap.Run(text: start..<result.text.count, file: file, isVerbatim: false))
        }

        /// Appends one unit standing for `file`.
        public mutating func append(_ unit: UInt16, standingFor file: Range<Int>) {
            append(CollectionOfOne(unit), standingFor: file)
        }

        /// The first of `cells` (sorted, apart) that ends after `offset`, by binary search.
        private static func firstCell(endingAfter offset: Int, in cells: [Range<Int>]) -> Int {
            var low = 0, high = cells.count
            while low < high {
                let middle = (low + high) / 2
                if cells[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
            }
            return low
        }

        /// Starts the segment of table cell `index`, unless it is the open one.
        private mutating func enterCell(_ index: Int) {
            guard currentCell != index else { return }
            begin(.tableCell)
            currentCell = index
        }

        /// Notes a piece of text the reader could not place in the file: the open segment
        /// ends, and what follows starts a new one of the same kind.
        public mutating func skipUnplaced() {
            result.unplaced += 1
            if let kind = open?.kind { begin(kind) }
        }

        /// Closes the open segment, if any; a segment of white space only is dropped.
        public mutating func end() {
            guard let segment = open else { return }
            open = nil
            let range = segment.start..<result.text.count
            guard result.text[range].contains(where: { !Self.isSpace($0) }) else {
                discard(from: segment.start)
                return
            }
            result.segments.append(Segment(kind: segment.kind, range: range, id: segment.id, state: segment.state))
        }

        private mutating func discard(from start: Int) {
            // The blank line before the segment, added with its first unit, goes with it.
            let hadContent = result.text.count > start
            let cut = hadContent && !result.segments.isEmpty ? start - Self.separator.count : start
            result.map.truncate(at: cut)
            result.text.removeSubrange(cut...)
        }

        /// Before the first unit of a segment: the blank line after the previous segment.
        private mutating func startContent() {
            if open == nil { open = (.paragraph, result.text.count, nil, nil) }
            guard let segment = open, result.text.count == segment.start else { return }
            if !result.segments.isEmpty {
                result.text.append(contentsOf: Self.separator)
                open = (segment.kind, result.text.count, segment.id, segment.state)
            }
        }

        static let separator: [UInt16] = [0x0A, 0x0A]

        static func isSpace(_ unit: UInt16) -> Bool {
            unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x0C
        }

        /// Ends the open segment and returns what was built.
        public mutating func finish() -> SegmentedText {
            end()
            return result
        }
    }
}
