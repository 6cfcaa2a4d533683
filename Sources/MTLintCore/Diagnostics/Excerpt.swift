import MTLintText

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

    package init(text: String, highlight: Range<Int>, line: Int, columnsBefore: Int, columnsHighlighted: Int) {
        self.text = text
        self.highlight = highlight
        self.line = line
        self.columnsBefore = columnsBefore
        self.columnsHighlighted = columnsHighlighted
    }
}

extension Excerpt {
    /// Lines longer than this around the highlight, each side, are shown as a window.
    static let context = 60
    static let maximumHighlight = 100

    /// The excerpt of the line around `range`, a range of `text` (a file's decoded text, with
    /// its source map).
    package init(around range: Range<Int>, in text: [UInt16], map: SourceMap) {
        let lineIndex = map.lineIndex(of: range.lowerBound)
        let line = map.lineRange(lineIndex, in: text)
        let highlightEnd = min(range.upperBound, line.upperBound, range.lowerBound + Self.maximumHighlight)
        var windowStart = line.lowerBound
        var windowEnd = line.upperBound
        if line.count > 2 * Self.context + Self.maximumHighlight {
            windowStart = max(line.lowerBound, range.lowerBound - Self.context)
            windowEnd = min(line.upperBound, highlightEnd + Self.context)
            // Never cut a surrogate pair in half.
            if windowStart > line.lowerBound, (0xDC00...0xDFFF).contains(text[windowStart]) { windowStart -= 1 }
            if windowEnd < line.upperBound, (0xDC00...0xDFFF).contains(text[windowEnd]) { windowEnd += 1 }
        }
        let prefix = windowStart > line.lowerBound ? "…" : ""
        let suffix = windowEnd < line.upperBound ? "…" : ""
        let window = text[windowStart..<windowEnd]
        let body = window.contains(0x09) ? String(utf16Units: window.lazy.map { $0 == 0x09 ? 0x20 : $0 }) : String(utf16Units: window)
        let shift = prefix.utf16.count - windowStart
        let start = max(range.lowerBound, windowStart) + shift
        let end = max(start, min(highlightEnd, windowEnd) + shift)
        let shown = prefix + body + suffix
        // Counted on the code units at hand when all up to the highlight's end are one
        // column each (most lines); otherwise on the excerpt, grapheme by grapheme.
        let columns =
            window[windowStart..<min(highlightEnd, windowEnd)].allSatisfy { $0 == 0x09 || DisplayWidth.isOneColumn($0) }
            ? (before: start, highlighted: end - start)
            : DisplayWidth.columns(of: shown, highlight: start..<end)
        self.init(
            text: shown, highlight: start..<end, line: lineIndex + 1,
            columnsBefore: columns.before, columnsHighlighted: columns.highlighted)
    }
}
