/// What a segment is in its document. Each segment is a paragraph of the text rules read:
/// sentences never run from one segment into the next.
public enum SegmentKind: String, Sendable, CaseIterable {
    case paragraph
    case heading
    /// A paragraph of a list item (Markdown `-`, `1.`; HTML `li`, `dt`, `dd`).
    case listItem = "list-item"
    /// HTML `td` and `th`; a cell of a Markdown pipe table (MarkdownTable).
    case tableCell = "table-cell"
    /// HTML `title`.
    case title
    /// HTML `caption`, `figcaption`.
    case caption
}

/// One piece of a document's text: a paragraph, a heading, a list item, a table cell.
/// Its characters are `SegmentedText.text[range]`; `SegmentedText.map` says where each of
/// them stands in the file. Bilingual formats will fill `id` and `state` (an XLIFF unit's id
/// and state, a PO entry's context and flags) and pair a target segment with its source
/// (docs/documents.md).
public struct Segment: Equatable, Sendable {
    public var kind: SegmentKind
    /// UTF-16 range in the text of the whole document (SegmentedText.text).
    public var range: Range<Int>
    /// The id the file gives the segment (XLIFF `id`, PO `msgctxt`), if any.
    public var id: String?
    /// The state the file gives it (XLIFF `state`, PO `fuzzy`), if any.
    public var state: String?

    public init(kind: SegmentKind, range: Range<Int>, id: String? = nil, state: String? = nil) {
        self.kind = kind
        self.range = range
        self.id = id
        self.state = state
    }
}
