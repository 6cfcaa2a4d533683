import CHTML

/// Reads HTML as HTML5, with gumbo (Debian's libgumbo), which recovers from errors as
/// browsers do, into segments: the text of each block element (`p`, `h1`-`h6`, `li`, `td`,
/// `div` ...) a segment of its own; inline elements (`b`, `a`, `span` ...) continue it.
/// Left out: attributes, comments, and what is in `script`, `style`, `template`,
/// `noscript`, `pre`, `textarea`; `code`, `kbd`, `samp`, `var`, `tt`, images, form controls
/// and embedded objects read as one U+FFFC OBJECT REPLACEMENT CHARACTER each. White space
/// reads as browsers show it: a run of it is one space, none at a segment's ends; `br` is
/// a line break. Character references are decoded.
///
/// gumbo gives each text node's decoded text and the bytes it was read from; the two are
/// matched character by character, a reference (`&amp;`, `&#233;`, `&notin;`) standing for
/// the character it decodes to, so that every character maps back to the bytes that spell it.
public enum HTMLReader {
    public static func read(_ text: [UInt16]) -> SegmentedText {
        guard !text.isEmpty else { return SegmentedText() }
        let source = SourceText(text)
        var reader = HTMLSegmenter(source: source)
        source.utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { bytes in
                guard let walk = chtml_parse(bytes.baseAddress, bytes.count) else { return }
                defer { chtml_free(walk) }
                var event = chtml_event()
                while chtml_next(walk, &event) != 0 { reader.handle(event) }
            }
        }
        return reader.builder.finish()
    }
}

/// Elements by what they do to the text.
enum HTMLElements {
    /// Elements whose start and end end a segment.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html",
        "legend", "li", "listing", "main", "menu", "nav", "ol", "optgroup", "option", "p", "plaintext",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "ul", "xmp",
    ]
    /// Elements whose content is not text to lint, left out without a trace: not shown, or
    /// shown as they are (preformatted text, a block of its own).
    static let hidden: Set<String> = [
        "script", "style", "template", "noscript", "noframes", "pre", "listing", "xmp", "plaintext",
    ]
    /// Elements that read as one placeholder character: code, and what is not text.
    static let objects: Set<String> = [
        "code", "kbd", "samp", "var", "tt", "img", "input", "select", "button", "textarea", "video",
        "audio", "canvas", "iframe", "object", "embed", "svg", "math", "map", "meter", "progress",
    ]

    /// The kind of segment inside element `name`, if it sets one (others keep their parent's).
    static func kind(of name: String) -> SegmentKind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt", "dd": .listItem
        case "td", "th": .tableCell
        case "caption", "figcaption": .caption
        case "title": .title
        default: nil
        }
    }
}

/// Walks gumbo's events into segments.
struct HTMLSegmenter {
    let units: [UInt16]
    let source: SourceText
    var builder = SegmentedText.Builder()
    /// Per open element: the segment kind inside it.
    private var kinds: [SegmentKind] = []
    /// Per open element left out or read as a placeholder: where its start tag began.
    private var leftOut: [(name: String, start: Int, isObject: Bool)] = []
    /// White space seen since the last character read, not yet written: one space if more
    /// text follows in the segment.
    private var pendingSpace: Range<Int>?
    /// After a `br` or at a segment's start: white space is dropped.
    private var atLineStart = true

    static let placeholder: UInt16 = 0xFFFC

    init(source: SourceText) {
        self.source = source
        units = source.units
    }

    private var kind: SegmentKind { kinds.last ?? .paragraph }

    private func range(_ event: chtml_event) -> Range<Int>? {
        guard event.source_offset >= 0, event.source_length > 0 else { return nil }
        let start = source.unitOffset(ofByte: Int(event.source_offset))
        let end = source.unitOffset(ofByte: Int(event.source_offset + event.source_length))
        return start..<max(start, end)
    }

    mutating func handle(_ event: chtml_event) {
        switch Int(event.kind) {
        case Int(CHTML_ELEMENT_START): start(event)
        case Int(CHTML_ELEMENT_END): end(event)
        case Int(CHTML_TEXT): text(event)
        default: break
        }
    }

    private mutating func start(_ event: chtml_event) {
        let name = event.name.map { String(cString: $0) } ?? ""
        let tag = range(event)
        if !leftOut.isEmpty {
            leftOut.append((name, -1, false))
            return
        }
        // Foreign content (SVG, MathML) is an object with its root.
        let isObject = HTMLElements.objects.contains(name) || event.is_html == 0
        if isObject || HTMLElements.hidden.contains(name) {
            if HTMLElements.blocks.contains(name) { breakSegment(kind) }
            leftOut.append((name, tag?.lowerBound ?? -1, isObject))
            return
        }
        if name == "br" {
            if let tag, builder.currentCount > 0 {
                builder.append(0x0A, standingFor: tag)
            }
            pendingSpace = nil
            atLineStart = true
            kinds.append(kind)
            return
        }
        let inner = HTMLElements.kind(of: name) ?? kind
        kinds.append(inner)
        if HTMLElements.blocks.contains(name) { breakSegment(inner) }
    }

    private mutating func end(_ event: chtml_event) {
        if let element = leftOut.popLast() {
            guard leftOut.isEmpty, element.isObject, element.start >= 0 else {
                if leftOut.isEmpty, HTMLElements.blocks.contains(element.name) { breakSegment(kind) }
                return
            }
            let end = range(event)?.upperBound ?? lastTagEnd(from: element.start)
            appendContent([Self.placeholder], standingFor: element.start..<max(element.start + 1, end))
            return
        }
        let name = event.name.map { String(cString: $0) } ?? ""
        if !kinds.isEmpty { kinds.removeLast() }
        if HTMLElements.blocks.contains(name) { breakSegment(kind) }
    }

    /// The end of the start tag at `start` (an element without end tag: `img`, `input`).
    private func lastTagEnd(from start: Int) -> Int {
        var index = start
        while index < units.count, units[index] != 0x3E { index += 1 }
        return min(units.count, index + 1)
    }

    private mutating func breakSegment(_ kind: SegmentKind) {
        builder.begin(kind)
        pendingSpace = nil
        atLineStart = true
    }

    // MARK: Text

    /// Writes content: the pending space first, if the segment has text before it.
    private mutating func appendContent(_ content: [UInt16], standingFor file: Range<Int>, verbatim: Bool = false) {
        flushSpace()
        if verbatim { builder.appendVerbatim(file, of: units) } else { builder.append(content, standingFor: file) }
    }

    private mutating func flushSpace() {
        if let space = pendingSpace, builder.currentCount > 0, !atLineStart {
            if space.count == 1, units[space.lowerBound] == 0x20 {
                builder.appendVerbatim(space, of: units)
            } else {
                builder.append(0x20, standingFor: space)
            }
        }
        pendingSpace = nil
        atLineStart = false
    }

    private mutating func addSpace(_ file: Range<Int>) {
        if let space = pendingSpace {
            // Collapsed white space stands for its first run only when runs are apart.
            if space.upperBound == file.lowerBound { pendingSpace = space.lowerBound..<file.upperBound }
        } else {
            pendingSpace = file
        }
    }

    private mutating func text(_ event: chtml_event) {
        guard leftOut.isEmpty, let pointer = event.text else { return }
        let decoded: [UInt16] = pointer.withMemoryRebound(to: UInt8.self, capacity: Int(event.text_length)) { bytes in
            Array(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(event.text_length)), as: UTF8.self).utf16)
        }
        // A text node without a place in the bytes (gumbo gives each one read from the file
        // its place): its text cannot be placed, and is counted.
        guard let file = range(event) else {
            if !decoded.allSatisfy(CodeUnitClass.isHTMLSpace) { lose(decoded[...]) }
            return
        }
        var index = 0, position = file.lowerBound
        var verbatimStart: Int?
        func flushVerbatim(_ segmenter: inout HTMLSegmenter, upTo end: Int) {
            if let start = verbatimStart, end > start { segmenter.appendContent([], standingFor: start..<end, verbatim: true) }
            verbatimStart = nil
        }
        while index < decoded.count {
            guard position < file.upperBound else {
                // The text and its bytes disagree: end the segment rather than guess.
                flushVerbatim(&self, upTo: position)
                lose(decoded[index...])
                return
            }
            let unit = units[position], character = decoded[index]
            if unit == 0x26, let reference = CharacterReferences.html(in: units, at: position, limit: file.upperBound) {
                let count = reference.value?.count ?? Self.scalarLength(decoded, at: index)
                if index + count <= decoded.count, reference.value.map({ decoded[index..<(index + count)].elementsEqual($0) }) ?? true {
                    flushVerbatim(&self, upTo: position)
                    let value = Array(decoded[index..<(index + count)])
                    if value.allSatisfy(CodeUnitClass.isHTMLSpace) {
                        addSpace(position..<reference.end)
                    } else {
                        appendContent(value, standingFor: position..<reference.end)
                    }
                    index += count
                    position = reference.end
                    continue
                }
            }
            if unit == 0x3C, let end = Self.tagEnd(units, at: position, limit: file.upperBound),
                !decoded[index...].starts(with: units[position..<end])
            {
                // A tag the parser ignored (a stray `</span>`) inside the text's bytes; not
                // one the text holds as it is (`<b>` in a `title`, whose content is text).
                flushVerbatim(&self, upTo: position)
                position = end
            } else if unit == character {
                if CodeUnitClass.isHTMLSpace(unit) {
                    flushVerbatim(&self, upTo: position)
                    addSpace(position..<(position + 1))
                } else if verbatimStart == nil {
                    flushSpace()
                    verbatimStart = position
                }
                index += 1
                position += 1
            } else if unit == 0x0D, character == 0x0A {
                flushVerbatim(&self, upTo: position)
                let end = position + 1 < file.upperBound && units[position + 1] == 0x0A ? position + 2 : position + 1
                addSpace(position..<end)
                index += 1
                position = end
            } else {
                flushVerbatim(&self, upTo: position)
                lose(decoded[index...])
                return
            }
        }
        flushVerbatim(&self, upTo: position)
    }

    /// Ends the segment where the rest of a text node, `rest`, cannot be placed in its bytes.
    /// White space only (what a frameset document keeps of its text) is no text lost;
    /// anything else is counted as unplaced, for the warning that names the file.
    private mutating func lose(_ rest: ArraySlice<UInt16>) {
        if !rest.allSatisfy(CodeUnitClass.isHTMLSpace) { builder.skipUnplaced() }
        breakSegment(kind)
    }

    /// The end of the tag at `start`, where `<` is followed by a letter, `/` and a letter,
    /// or `/>` (as HTML's tokenizer reads a tag); nil where `<` is text. Quoted attribute
    /// values may hold `>`.
    static func tagEnd(_ units: [UInt16], at start: Int, limit: Int) -> Int? {
        var index = start + 1
        guard index < limit else { return nil }
        if units[index] == 0x2F {
            index += 1
            if index < limit, units[index] == 0x3E { return index + 1 }
        }
        guard index < limit, CodeUnitClass.isASCIIAlphanumeric(units[index]), !CodeUnitClass.isDigit(units[index]) else { return nil }
        var quote: UInt16?
        while index < limit {
            let unit = units[index]
            if let open = quote {
                if unit == open { quote = nil }
            } else if unit == 0x22 || unit == 0x27 {
                quote = unit
            } else if unit == 0x3E {
                return index + 1
            }
            index += 1
        }
        return limit
    }

    private static func scalarLength(_ units: [UInt16], at index: Int) -> Int {
        (0xD800..<0xDC00).contains(units[index]) && index + 1 < units.count && (0xDC00..<0xE000).contains(units[index + 1]) ? 2 : 1
    }
}
