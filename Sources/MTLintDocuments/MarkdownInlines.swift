import CMarkdown

/// Places the inline nodes of one paragraph or heading in the file's text, in order, and
/// appends what they read to the segment (see MarkdownReader for why and how).
///
/// `candidates` are the places where the next node may start, the likeliest first: after a
/// line break, the end of the next line's container marks (`> `, indentation), then the
/// places just before it (a lazy line keeps its indentation, a text may start with `>`);
/// after a link's `]`, the end of its destination or label, then the `]` itself; after
/// reference definitions, the line after each. A node that fits at none is looked for a
/// little further, within a budget; one not found ends the segment.
struct MarkdownInlineAligner {
    let units: [UInt16]
    let kind: SegmentKind
    /// The end of the block's last line: no node of it reaches further.
    let limit: Int
    private var candidates: [Int]
    private var frames: [Frame] = []
    /// Inside an image: nodes are placed but read nothing.
    private var muted = 0
    /// Inside an autolink: its nodes are not placed (the whole `<...>` is already read).
    private var skipping = 0

    static let placeholder: UInt16 = 0xFFFC
    static let lookAhead = 256
    static let searchWindow = 4_096
    /// What the searches past the candidates may still read, in units: a few times the
    /// block's length, so that a block whose nodes cannot be placed still costs linear time.
    private var searchBudget: Int

    private enum Frame {
        case link, autolink
        case image(start: Int)
    }

    /// Part of a text node's match: `count` characters of the literal standing for `file`.
    private struct Piece {
        var count: Int
        var file: Range<Int>
        var isVerbatim: Bool
    }

    init(source: SourceText, kind: SegmentKind, event: cmarkdown_event) {
        units = source.units
        self.kind = kind
        let start = source.unitOffset(line: Int(event.start_line), column: Int(event.start_column))
        limit = max(start, source.lineEnd(ofLine: Int(event.end_line)))
        searchBudget = 4 * (limit - start) + Self.searchWindow
        candidates = [start]
        if kind == .heading, let content = Self.atxContent(units, start, limit) {
            candidates = [content]
        } else {
            // A paragraph, or a setext heading: its first lines may define references.
            // A line that reads as a definition may be text (a lazy line keeps its indentation,
            // which a definition cannot have): after each definition is a candidate, the last first.
            let ends = linesAfterReferenceDefinitions(from: start)
            if !ends.isEmpty {
                candidates = ends.reversed().flatMap { lineStartCandidates(after: $0) } + [start]
            }
        }
    }

    // MARK: Events

    mutating func handle(_ event: cmarkdown_event, into builder: inout SegmentedText.Builder) {
        let entering = event.entering != 0
        let kind = Int(event.kind)
        if skipping > 0 {
            // An autolink holds one text node, its address; its end ends the skip.
            if kind == Int(CMARKDOWN_LINK), !entering {
                if !frames.isEmpty { frames.removeLast() }
                skipping -= 1
            }
            return
        }
        switch kind {
        case Int(CMARKDOWN_TEXT):
            placeText(Self.utf16(event), into: &builder)
        case Int(CMARKDOWN_SOFTBREAK), Int(CMARKDOWN_LINEBREAK):
            placeBreak(into: &builder)
        case Int(CMARKDOWN_CODE):
            placeCode(into: &builder)
        case Int(CMARKDOWN_HTML_INLINE):
            placeHTML(Self.utf16(event), into: &builder)
        case Int(CMARKDOWN_EMPH):
            placeDelimiters(1)
        case Int(CMARKDOWN_STRONG):
            placeDelimiters(2)
        case Int(CMARKDOWN_LINK):
            if entering { enterLink(into: &builder) } else { leaveLink(into: &builder) }
        case Int(CMARKDOWN_IMAGE):
            if entering { enterImage() } else { leaveImage(into: &builder) }
        default:
            break
        }
    }

    private static func utf16(_ event: cmarkdown_event) -> [UInt16] {
        guard let literal = event.literal, event.literal_length > 0 else { return [] }
        return literal.withMemoryRebound(to: UInt8.self, capacity: Int(event.literal_length)) { bytes in
            Array(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(event.literal_length)), as: UTF8.self).utf16)
        }
    }

    // MARK: Placing

    /// The first candidate where `match` fits, else the first place within `lookAhead`
    /// units past the likeliest candidate, over punctuation and white space only (markup
    /// this aligner does not model), where it fits.
    private mutating func locate(_ match: (Int) -> Int?) -> (start: Int, end: Int)? {
        for candidate in candidates {
            if let end = match(candidate) { return (candidate, end) }
        }
        guard var position = candidates.first else { return nil }
        let stop = min(limit, position + min(Self.lookAhead, searchBudget))
        defer { searchBudget -= position - (candidates.first ?? position) }
        while position < stop, !CodeUnitClass.isWordLike(units[position]) {
            position += 1
            if let end = match(position) { return (position, end) }
        }
        return nil
    }

    /// Ends the segment where a node could not be placed; what follows is a new segment.
    private func lose(_ builder: inout SegmentedText.Builder) {
        builder.skipUnplaced()
    }

    private mutating func placeText(_ literal: [UInt16], into builder: inout SegmentedText.Builder) {
        guard !literal.isEmpty else { return }
        // The pieces of the last match tried: the one found, since the search stops there.
        var pieces: [Piece] = []
        var found = locate { [self] in matchText(literal, at: $0, into: &pieces) }
        if found == nil, literal.count >= 4, let origin = candidates.first {
            // A longer text is distinctive enough to look for across words.
            var position = origin + 1
            let stop = min(limit, origin + min(Self.searchWindow, searchBudget))
            defer { searchBudget -= position - origin }
            while position < stop {
                if units[position] == literal[0] || units[position] == 0x26 || units[position] == 0x5C,
                    let end = matchText(literal, at: position, into: &pieces)
                {
                    found = (position, end)
                    break
                }
                position += 1
            }
        }
        guard let (_, end) = found else { return lose(&builder) }
        if muted == 0 {
            var offset = 0
            for piece in pieces {
                if piece.isVerbatim {
                    builder.appendVerbatim(piece.file, of: units)
                } else {
                    builder.append(literal[offset..<(offset + piece.count)], standingFor: piece.file)
                }
                offset += piece.count
            }
        }
        candidates = [end]
    }

    /// Matches a text node's literal at `start`: each character as itself, as a backslash
    /// escape of it, or as a character reference that decodes to it. Leaves the pieces in
    /// `pieces`; returns where the match ends.
    private func matchText(_ literal: [UInt16], at start: Int, into pieces: inout [Piece]) -> Int? {
        pieces.removeAll(keepingCapacity: true)
        var index = 0, position = start
        while index < literal.count {
            guard position < limit else { return nil }
            let unit = units[position]
            if unit == 0x5C, position + 1 < limit, CodeUnitClass.isASCIIPunctuation(units[position + 1]) {
                // A backslash before ASCII punctuation always escapes it in text.
                guard units[position + 1] == literal[index] else { return nil }
                pieces.append(Piece(count: 1, file: position..<(position + 2), isVerbatim: false))
                index += 1
                position += 2
            } else if unit == 0x26, let reference = CharacterReferences.markdown(in: units, at: position, limit: limit) {
                let count: Int
                if let value = reference.value {
                    guard literal[index...].starts(with: value) else { return nil }
                    count = value.count
                } else {
                    count = Self.scalarLength(literal, at: index)
                }
                pieces.append(Piece(count: count, file: position..<reference.end, isVerbatim: false))
                index += count
                position = reference.end
            } else if unit == 0x09, literal[index] == 0x20 {
                // A tab that a list item's indentation consumed in part reads as spaces.
                var count = 0
                while index + count < literal.count, count < 4, literal[index + count] == 0x20 { count += 1 }
                pieces.append(Piece(count: count, file: position..<(position + 1), isVerbatim: false))
                index += count
                position += 1
            } else if unit == literal[index] {
                if let last = pieces.last, last.isVerbatim, last.file.upperBound == position {
                    pieces[pieces.count - 1].count += 1
                    pieces[pieces.count - 1].file = last.file.lowerBound..<(position + 1)
                } else {
                    pieces.append(Piece(count: 1, file: position..<(position + 1), isVerbatim: true))
                }
                index += 1
                position += 1
            } else {
                return nil
            }
        }
        return position
    }

    private static func scalarLength(_ units: [UInt16], at index: Int) -> Int {
        (0xD800..<0xDC00).contains(units[index]) && index + 1 < units.count && (0xDC00..<0xE000).contains(units[index + 1]) ? 2 : 1
    }

    /// A soft or hard line break: trailing spaces or a backslash, the line end (read as one
    /// LF), then the next line's container marks.
    private mutating func placeBreak(into builder: inout SegmentedText.Builder) {
        var found = locate { [self] in lineEnd(at: $0) }
        if found == nil, let origin = candidates.first {
            // Whatever was not placed on this line, the line ends where it ends.
            var position = origin
            while position < limit, !CodeUnitClass.isLineEnd(units[position]) { position += 1 }
            if position < limit, let end = lineEnd(at: position) { found = (position, end) }
        }
        guard let (start, end) = found else { return lose(&builder) }
        var terminator = start
        while !CodeUnitClass.isLineEnd(units[terminator]) { terminator += 1 }
        if muted == 0 {
            if end - terminator == 1, units[terminator] == 0x0A {
                builder.appendVerbatim(terminator..<end, of: units)
            } else {
                builder.append(0x0A, standingFor: terminator..<end)
            }
        }
        candidates = lineStartCandidates(after: end)
    }

    /// At `position`: spaces or tabs, at most one backslash, a line end; returns the end of
    /// the line end.
    private func lineEnd(at position: Int) -> Int? {
        var index = position
        while index < limit, CodeUnitClass.isBlank(units[index]) { index += 1 }
        if index < limit, units[index] == 0x5C { index += 1 }
        guard index < limit, CodeUnitClass.isLineEnd(units[index]) else { return nil }
        return index + (units[index] == 0x0D && index + 1 < units.count && units[index + 1] == 0x0A ? 2 : 1)
    }

    /// Where a line's content may start: after its container marks (spaces, tabs, `>`),
    /// else at any place among them, the last first: the text after a backslash line break
    /// keeps its indentation, and a text may start with `>`.
    private func lineStartCandidates(after lineStart: Int) -> [Int] {
        var index = lineStart
        while index < limit, CodeUnitClass.isBlank(units[index]) || units[index] == 0x3E { index += 1 }
        // Content starts at most a few units before the marks end (`>`, indentation kept).
        return Array((max(lineStart, index - Self.markWindow)...index).reversed())
    }

    static let markWindow = 16

    /// A code span: a run of backticks, anything, the same number of backticks.
    private mutating func placeCode(into builder: inout SegmentedText.Builder) {
        guard let (start, end) = locate({ [self] in codeSpanEnd(at: $0) }) else { return lose(&builder) }
        if muted == 0 { builder.append(Self.placeholder, standingFor: start..<end) }
        candidates = [end]
    }

    private func codeSpanEnd(at start: Int) -> Int? {
        guard start < limit, units[start] == 0x60 else { return nil }
        var index = start
        while index < limit, units[index] == 0x60 { index += 1 }
        let length = index - start
        while index < limit {
            guard units[index] == 0x60 else {
                index += 1
                continue
            }
            let run = index
            while index < limit, units[index] == 0x60 { index += 1 }
            if index - run == length { return index }
        }
        return nil
    }

    /// Inline HTML: its literal is the file's text without the container marks of its
    /// continuation lines. Markup: it reads nothing.
    private mutating func placeHTML(_ literal: [UInt16], into builder: inout SegmentedText.Builder) {
        guard !literal.isEmpty else { return }
        guard let (_, end) = locate({ [self] in matchRaw(literal, at: $0) }) else { return lose(&builder) }
        candidates = [end]
    }

    private func matchRaw(_ literal: [UInt16], at start: Int) -> Int? {
        var index = 0, position = start
        while index < literal.count {
            guard position < limit else { return nil }
            if CodeUnitClass.isLineEnd(literal[index]) {
                guard CodeUnitClass.isLineEnd(units[position]) else { return nil }
                index += literal[index] == 0x0D && index + 1 < literal.count && literal[index + 1] == 0x0A ? 2 : 1
                position += units[position] == 0x0D && position + 1 < units.count && units[position + 1] == 0x0A ? 2 : 1
                while index < literal.count, CodeUnitClass.isBlank(literal[index]) { index += 1 }
                while position < limit,
                    CodeUnitClass.isBlank(units[position])
                        || (units[position] == 0x3E && (index >= literal.count || literal[index] != 0x3E))
                {
                    position += 1
                }
                continue
            }
            guard units[position] == literal[index] else { return nil }
            index += 1
            position += 1
        }
        return position
    }

    /// Emphasis marks: `count` of `*` or `_`. Not found, nothing moves: the next node's
    /// search steps over them.
    private mutating func placeDelimiters(_ count: Int) {
        for candidate in candidates where candidate + count <= limit {
            if units[candidate..<(candidate + count)].allSatisfy({ $0 == 0x2A || $0 == 0x5F }) {
                candidates = [candidate + count]
                return
            }
        }
    }

    // MARK: Links and images

    private mutating func enterLink(into builder: inout SegmentedText.Builder) {
        let found = locate { [self] position in
            guard position < limit else { return nil }
            if units[position] == 0x5B { return position + 1 }
            if units[position] == 0x3C { return autolinkEnd(at: position) }
            return nil
        }
        guard let (start, end) = found else {
            frames.append(.link)
            return
        }
        if units[start] == 0x3C {
            if muted == 0 { builder.append(Self.placeholder, standingFor: start..<end) }
            frames.append(.autolink)
            skipping += 1
        } else {
            frames.append(.link)
        }
        candidates = [end]
    }

    private func autolinkEnd(at start: Int) -> Int? {
        var index = start + 1
        while index < limit, units[index] != 0x3E {
            if units[index] == 0x3C || CodeUnitClass.isHTMLSpace(units[index]) { return nil }
            index += 1
        }
        return index < limit ? index + 1 : nil
    }

    private mutating func leaveLink(into builder: inout SegmentedText.Builder) {
        if !frames.isEmpty { frames.removeLast() }
        _ = placeCloser()
    }

    private mutating func enterImage() {
        let found = locate { [self] position in
            position + 1 < limit && units[position] == 0x21 && units[position + 1] == 0x5B ? position + 2 : nil
        }
        muted += 1
        guard let (start, end) = found else {
            frames.append(.image(start: candidates.first ?? limit))
            return
        }
        frames.append(.image(start: start))
        candidates = [end]
    }

    private mutating func leaveImage(into builder: inout SegmentedText.Builder) {
        muted = max(0, muted - 1)
        var start = candidates.first ?? limit
        if case .image(let imageStart)? = frames.last { start = imageStart }
        if !frames.isEmpty { frames.removeLast() }
        let end = placeCloser() ?? start
        if muted == 0, end > start { builder.append(Self.placeholder, standingFor: start..<end) }
    }

    /// A link's or image's `]` and what follows it: `(destination "title")`, `[label]`, `[]`,
    /// or nothing (a shortcut reference). cmark does not say which; when the text after `]`
    /// can be read as a destination or a label, both that end and the `]` are candidates.
    private mutating func placeCloser() -> Int? {
        guard let (_, afterBracket) = locate({ [self] in $0 < limit && units[$0] == 0x5D ? $0 + 1 : nil }) else { return nil }
        if let end = destinationEnd(at: afterBracket) ?? labelEnd(at: afterBracket) {
            candidates = [end, afterBracket]
            return end
        }
        candidates = [afterBracket]
        return afterBracket
    }

    /// `(`, white space, a destination (`<...>` or without spaces, its parentheses
    /// balanced), white space, an optional title in `"`, `'` or `()`, white space, `)`.
    private func destinationEnd(at start: Int) -> Int? {
        guard start < limit, units[start] == 0x28 else { return nil }
        var index = skipSpace(from: start + 1)
        if index < limit, units[index] == 0x3C {
            index += 1
            while index < limit, units[index] != 0x3E {
                if CodeUnitClass.isLineEnd(units[index]) || units[index] == 0x3C { return nil }
                index += units[index] == 0x5C ? 2 : 1
            }
            guard index < limit else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < limit, units[index] > 0x20 {
                let unit = units[index]
                if unit == 0x5C {
                    index += 2
                    continue
                }
                if unit == 0x28 { depth += 1 }
                if unit == 0x29 {
                    if depth == 0 { break }
                    depth -= 1
                }
                index += 1
            }
            guard depth == 0 else { return nil }
        }
        let beforeTitle = index
        index = skipSpace(from: index)
        if index > beforeTitle, index < limit, let end = titleEnd(at: index) {
            index = skipSpace(from: end)
        }
        guard index < limit, units[index] == 0x29 else { return nil }
        return index + 1
    }

    private func titleEnd(at start: Int) -> Int? {
        let close: UInt16
        switch units[start] {
        case 0x22: close = 0x22
        case 0x27: close = 0x27
        case 0x28: close = 0x29
        default: return nil
        }
        var index = start + 1
        var lineEnds = 0
        while index < limit, units[index] != close {
            let unit = units[index]
            // A title in parentheses holds no other unescaped `(`; no title holds a blank line.
            if close == 0x29, unit == 0x28 { return nil }
            if unit == 0x0A || (unit == 0x0D && (index + 1 == limit || units[index + 1] != 0x0A)) {
                lineEnds += 1
                if lineEnds > 1 { return nil }
            } else if !CodeUnitClass.isBlank(unit) && unit != 0x0D && unit != 0x3E {
                lineEnds = 0
            }
            index += unit == 0x5C ? 2 : 1
        }
        return index < limit ? index + 1 : nil
    }

    /// `[label]` or `[]` after a link's `]`.
    private func labelEnd(at start: Int) -> Int? {
        guard start < limit, units[start] == 0x5B else { return nil }
        var index = start + 1
        while index < limit, index - start <= 1_000 {
            switch units[index] {
            case 0x5C: index += 2
            case 0x5B: return nil
            case 0x5D: return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// Spaces and tabs, and at most one line end with the next line's container marks.
    private func skipSpace(from start: Int) -> Int {
        var index = start
        while index < limit, CodeUnitClass.isBlank(units[index]) { index += 1 }
        if index < limit, CodeUnitClass.isLineEnd(units[index]) {
            index += units[index] == 0x0D && index + 1 < limit && units[index + 1] == 0x0A ? 2 : 1
            while index < limit, CodeUnitClass.isBlank(units[index]) || units[index] == 0x3E { index += 1 }
        }
        return index
    }

    // MARK: Block starts

    /// After an ATX heading's `#` marks and the spaces after them; nil for a setext heading.
    private static func atxContent(_ units: [UInt16], _ start: Int, _ limit: Int) -> Int? {
        var index = start
        while index < limit, units[index] == 0x23 { index += 1 }
        let marks = index - start
        guard (1...6).contains(marks), index == limit || CodeUnitClass.isBlank(units[index]) || CodeUnitClass.isLineEnd(units[index]) else {
            return nil
        }
        while index < limit, CodeUnitClass.isBlank(units[index]) { index += 1 }
        return index
    }

    /// Link reference definitions at a paragraph's start (`[label]: destination "title"`),
    /// which cmark takes out of the paragraph without moving its start: the start of the line
    /// after each of them.
    private func linesAfterReferenceDefinitions(from start: Int) -> [Int] {
        var position = start
        var lineStarts: [Int] = []
        while position < limit, units[position] == 0x5B {
            guard let label = labelEnd(at: position), label < limit, units[label - 1] == 0x5D, units[label] == 0x3A else { break }
            var index = skipSpace(from: label + 1)
            let destinationStart = index
            if index < limit, units[index] == 0x3C {
                while index < limit, units[index] != 0x3E, !CodeUnitClass.isLineEnd(units[index]) { index += 1 }
                guard index < limit, units[index] == 0x3E else { break }
                index += 1
            } else {
                while index < limit, units[index] > 0x20 { index += 1 }
                guard index > destinationStart else { break }
            }
            var end = nextLineStart(ifBlankFrom: index)
            let titleStart = skipSpace(from: index)
            if titleStart > index, titleStart < limit, let title = titleEnd(at: titleStart),
                let afterTitle = nextLineStart(ifBlankFrom: title)
            {
                end = afterTitle
            }
            guard let end else { break }
            lineStarts.append(end)
            position = lineStartCandidates(after: end)[0]
        }
        return lineStarts
    }

    /// When nothing but spaces follows `start` on its line: where the next line starts, or
    /// the limit at the block's last line.
    private func nextLineStart(ifBlankFrom start: Int) -> Int? {
        var index = start
        while index < limit, CodeUnitClass.isBlank(units[index]) { index += 1 }
        if index == limit { return limit }
        guard CodeUnitClass.isLineEnd(units[index]) else { return nil }
        return index + (units[index] == 0x0D && index + 1 < limit && units[index + 1] == 0x0A ? 2 : 1)
    }
}
