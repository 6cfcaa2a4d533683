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
