import CMarkdown

/// Reads Markdown as CommonMark, with cmark (Debian's libcmark), into segments: each
/// paragraph, heading and list item paragraph one segment, and each cell of a GFM pipe table
/// (which CommonMark reads as a paragraph: MarkdownTable) one segment. Left out: code blocks and code
/// spans, HTML blocks and inline HTML, link destinations and titles, images (alt text
/// included), autolinks, reference definitions, and front matter (`---` or `+++` fences at
/// the very top). A code span, an image or an autolink inside a paragraph reads as one
/// U+FFFC OBJECT REPLACEMENT CHARACTER, so that the words around it are not run together.
///
/// cmark gives reliable positions for blocks, but not for what is inside them (a column on a
/// paragraph's continuation line ignores the line's indentation and `>` marks; a line break
/// by backslash is not counted as a line). So each block's inline nodes are matched, in
/// order, against the file's text from the block's start: a text node character by
/// character (as itself, as a backslash escape or as a character reference that decodes to
/// it), markup by its syntax. Every character of a segment then stands for bytes of the file
/// that spell it. Where a node cannot be found, the segment ends there: nothing is ever
/// placed at bytes that do not hold it.
public enum MarkdownReader {
    public static func read(_ text: [UInt16]) -> SegmentedText {
        guard !text.isEmpty else { return SegmentedText() }
        var source = SourceText(text)
        if let end = FrontMatter.end(in: text) {
            source.blank(bytes: 0..<source.byteOffset(ofUnit: end))
        }
        var reader = MarkdownBlockReader(source: source)
        source.utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { bytes in
                guard let walk = cmarkdown_parse(bytes.baseAddress, bytes.count) else { return }
                defer { cmarkdown_free(walk) }
                var event = cmarkdown_event()
                while cmarkdown_next(walk, &event) != 0 { reader.handle(event) }
            }
        }
        return reader.builder.finish()
    }
}

/// Front matter: YAML between `---` lines (closed by `---` or `...`), or TOML between `+++`
/// lines, at the very top of a Markdown file. Site generators read it; it is not text.
enum FrontMatter {
    /// The UTF-16 offset just after the closing fence's line end, or nil when `text` has no
    /// front matter (no opening fence on the first line, or none closing it).
    static func end(in text: [UInt16]) -> Int? {
        let fences: [(open: [UInt16], close: [[UInt16]])] = [
            (Array("---".utf16), [Array("---".utf16), Array("...".utf16)]),
            (Array("+++".utf16), [Array("+++".utf16)]),
        ]
        guard let fence = fences.first(where: { text.starts(with: $0.open) }) else { return nil }
        var lineStart = 0
        var first = true
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, !CodeUnitClass.isLineEnd(text[lineEnd]) { lineEnd += 1 }
            var next = lineEnd
            if next < text.count { next += text[next] == 0x0D && next + 1 < text.count && text[next + 1] == 0x0A ? 2 : 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart, CodeUnitClass.isBlank(text[contentEnd - 1]) { contentEnd -= 1 }
            let line = text[lineStart..<contentEnd]
            if first {
                guard line.elementsEqual(fence.open) else { return nil }
                first = false
            } else if fence.close.contains(where: { line.elementsEqual($0) }) {
                return next
            }
            lineStart = next
        }
        return nil
    }
}

/// Walks cmark's events: blocks open and close segments; inline nodes go to the aligner of
/// the open paragraph or heading.
struct MarkdownBlockReader {
    let source: SourceText
    var builder = SegmentedText.Builder()
    private var itemDepth = 0
    private var inlines: MarkdownInlineAligner?

    init(source: SourceText) {
        self.source = source
    }

    mutating func handle(_ event: cmarkdown_event) {
        let entering = event.entering != 0
        switch Int(event.kind) {
        case Int(CMARKDOWN_ITEM):
            itemDepth += entering ? 1 : -1
        case Int(CMARKDOWN_PARAGRAPH), Int(CMARKDOWN_HEADING):
            if entering {
                let kind: SegmentKind = Int(event.kind) == Int(CMARKDOWN_HEADING) ? .heading : itemDepth > 0 ? .listItem : .paragraph
                inlines = MarkdownInlineAligner(source: source, kind: kind, event: event)
                builder.begin(kind)
                // A GFM pipe table, which CommonMark reads as a paragraph: a segment per cell.
                if kind != .heading,
                    let table = MarkdownTable.table(
                        in: source, start: source.unitOffset(line: Int(event.start_line), column: Int(event.start_column)),
                        firstLine: Int(event.start_line), lastLine: Int(event.end_line))
                {
                    builder.setTable(start: table.start, cells: table.cells)
                }
            } else {
                builder.end()
                builder.setTable(start: 0, cells: nil)
                inlines = nil
            }
        default:
            inlines?.handle(event, into: &builder)
        }
    }
}
