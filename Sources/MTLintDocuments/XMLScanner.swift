import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The XML of XLIFF and TMX files, read in two steps. Foundation's XMLParser (libxml2) first
/// decides whether the file is well-formed and says where it is not, with external entities
/// and DTDs never loaded, and a file that declares entities of its own refused. Then, the
/// file being well-formed, a scan of its markup gives each tag and each piece of text with
/// its exact place in the file's text, which the parser's events do not: the readers map
/// every character of a segment back to the bytes it was read from.
struct XMLScanner {
    enum Event {
        /// A start tag (or an empty-element tag), its attributes decoded, and its range.
        case start(name: String, attributes: [String: String], range: Range<Int>, isEmpty: Bool)
        case end(name: String, range: Range<Int>)
        /// Character data as written, references undecoded (see `decodeText`).
        case text(Range<Int>)
        /// The contents of a CDATA section, taken as they are.
        case cdata(Range<Int>)
    }

    let text: [UInt16]
    let format: InputFormat

    /// Checks that `text` is well-formed XML without entity declarations, then scans it.
    static func events(of text: [UInt16], as format: InputFormat) throws(ReadError) -> [Event] {
        let scanner = XMLScanner(text: text, format: format)
        try scanner.validate()
        return try scanner.scan()
    }

    /// The line (1-based) of text offset `offset`.
    func line(of offset: Int) -> Int {
        var line = 1
        var index = 0
        while index < min(offset, text.count) {
            if text[index] == 0x0A || (text[index] == 0x0D && (index + 1 == text.count || text[index + 1] != 0x0A)) { line += 1 }
            index += 1
        }
        return line
    }

    private func fail(_ offset: Int, _ reason: String) -> ReadError {
        ReadError(format, line: line(of: offset), reason)
    }

    /// Lets libxml2 judge the file. Entity declarations are refused before it sees them, so
    /// that nothing is expanded; external entities and the DTD are never fetched.
    private func validate() throws(ReadError) {
        if let declaration = find(Array("<!ENTITY".utf16), from: 0) {
            throw fail(declaration, "the file declares an entity; mtlint does not expand entities")
        }
        var utf8 = Array(String(decoding: text, as: UTF16.self).utf8)
        // The text was decoded already: an encoding declaration other than UTF-8 would now be wrong.
        if let declarationEnd = find(Array("?>".utf16), from: 0), text.starts(with: Array("<?xml".utf16)) {
            let declared = String(decoding: text[0..<declarationEnd], as: UTF16.self)
            if let range = declared.range(of: #"encoding\s*=\s*["'][^"']*["']"#, options: .regularExpression) {
                let start = declared.utf8.distance(from: declared.utf8.startIndex, to: range.lowerBound)
                let length = declared.utf8.distance(from: range.lowerBound, to: range.upperBound)
                let replacement = Array(("encoding=\"UTF-8\"" + String(repeating: " ", count: max(0, length - 16))).utf8)
                if length >= 16 { utf8.replaceSubrange(start..<(start + length), with: replacement) }
            }
        }
        let parser = XMLParser(data: Data(utf8))
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        guard !parser.parse() else { return }
        let reason = (parser.parserError as NSError?)?.localizedDescription ?? "not well-formed XML"
        throw ReadError(format, line: max(1, parser.lineNumber), "not well-formed XML: \(reason.trimmingSpaces())")
    }

    private func find(_ pattern: [UInt16], from start: Int) -> Int? {
        guard let first = pattern.first, text.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= text.count {
            if text[index] == first, text[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }

    private func scan() throws(ReadError) -> [Event] {
        var events: [Event] = []
        var open: [String] = []
        var index = 0
        var textStart = 0
        func flushText(_ end: Int) {
            if end > textStart { events.append(.text(textStart..<end)) }
        }
        while index < text.count {
            guard text[index] == 0x3C else {
                index += 1
                continue
            }  // <
            flushText(index)
            if hasPrefix("<!--", at: index) {
                index = try skip(past: "-->", from: index + 4)
            } else if hasPrefix("<![CDATA[", at: index) {
                guard let close = find(Array("]]>".utf16), from: index + 9) else { throw fail(index, "unterminated CDATA section") }
                events.append(.cdata((index + 9)..<close))
                index = close + 3
            } else if hasPrefix("<?", at: index) {
                index = try skip(past: "?>", from: index + 2)
            } else if hasPrefix("<!", at: index) {
                // DOCTYPE, with an internal subset in brackets.
                var depth = 0
                var probe = index + 2
                while probe < text.count, !(text[probe] == 0x3E && depth == 0) {
                    if text[probe] == 0x5B { depth += 1 } else if text[probe] == 0x5D { depth -= 1 }
                    probe += 1
                }
                index = probe + 1
            } else {
                let (event, next) = try tag(at: index)
                // The parser's verdict, checked again: an end tag closes the element open.
                switch event {
                case .start(let name, _, _, let isEmpty): if !isEmpty { open.append(name) }
                case .end(let name, _):
                    guard open.last == name else {
                        throw fail(index, "not well-formed XML: `</\(name)>` closes " + (open.last.map { "`<\($0)>`" } ?? "no element"))
                    }
                    open.removeLast()
                default: break
                }
                events.append(event)
                index = next
            }
            textStart = index
        }
        flushText(text.count)
        if let last = open.last { throw fail(text.count, "not well-formed XML: `<\(last)>` is never closed") }
        return events
    }

    private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
        var probe = index
        for unit in prefix.utf16 {
            guard probe < text.count, text[probe] == unit else { return false }
            probe += 1
        }
        return true
    }

    private func skip(past terminator: String, from start: Int) throws(ReadError) -> Int {
        let pattern = Array(terminator.utf16)
        guard let found = find(pattern, from: start) else { throw fail(start, "unterminated markup") }
        return found + pattern.count
    }

    private static func isNameUnit(_ unit: UInt16) -> Bool {
        !(unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x3E || unit == 0x2F || unit == 0x3D || unit == 0x22
            || unit == 0x27)
    }

    private static func isSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D
    }

    /// A start, end or empty-element tag at `start` (`<`).
    private func tag(at start: Int) throws(ReadError) -> (Event, Int) {
        var index = start + 1
        let closing = index < text.count && text[index] == 0x2F
        if closing { index += 1 }
        let nameStart = index
        while index < text.count, Self.isNameUnit(text[index]) { index += 1 }
        let name = String(decoding: text[nameStart..<index], as: UTF16.self)
        var attributes: [String: String] = [:]
        while index < text.count {
            while index < text.count, Self.isSpace(text[index]) { index += 1 }
            guard index < text.count else { break }
            if text[index] == 0x3E {
                let range = start..<(index + 1)
                return (
                    closing ? .end(name: name, range: range) : .start(name: name, attributes: attributes, range: range, isEmpty: false),
                    index + 1
                )
            }
            if text[index] == 0x2F, index + 1 < text.count, text[index + 1] == 0x3E {
                return (.start(name: name, attributes: attributes, range: start..<(index + 2), isEmpty: true), index + 2)
            }
            let attributeStart = index
            while index < text.count, Self.isNameUnit(text[index]) { index += 1 }
            let attribute = String(decoding: text[attributeStart..<index], as: UTF16.self)
            while index < text.count, Self.isSpace(text[index]) { index += 1 }
            guard index < text.count, text[index] == 0x3D else { throw fail(index, "attribute `\(attribute)` without a value") }
            index += 1
            while index < text.count, Self.isSpace(text[index]) { index += 1 }
            guard index < text.count, text[index] == 0x22 || text[index] == 0x27 else { throw fail(index, "unquoted attribute value") }
            let quote = text[index]
            let valueStart = index + 1
            index = valueStart
            while index < text.count, text[index] != quote { index += 1 }
            var value = SideBuilder()
            try decodeText(valueStart..<index, into: &value)
            attributes[attribute] = String(decoding: value.text, as: UTF16.self)
            index += 1
        }
        throw fail(start, "unterminated tag")
    }

    /// Appends character data to `side`, each reference (`&amp;`, `&#233;`) standing for its bytes.
    func decodeText(_ range: Range<Int>, into side: inout SideBuilder) throws(ReadError) {
        var run = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            guard text[index] == 0x26 else {
                index += 1
                continue
            }  // &
            side.appendVerbatim(run..<index, of: text)
            var end = index + 1
            while end < range.upperBound, end - index < 12, text[end] != 0x3B { end += 1 }
            guard end < range.upperBound, text[end] == 0x3B else { throw fail(index, "`&` that starts no reference") }
            let name = String(decoding: text[(index + 1)..<end], as: UTF16.self)
            let value: UInt32?
            switch name {
            case "lt": value = 0x3C
            case "gt": value = 0x3E
            case "amp": value = 0x26
            case "quot": value = 0x22
            case "apos": value = 0x27
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    value = UInt32(name.dropFirst(2), radix: 16)
                } else if name.hasPrefix("#") {
                    value = UInt32(name.dropFirst())
                } else {
                    value = nil
                }
            }
            guard let value, let scalar = Unicode.Scalar(value) else { throw fail(index, "unknown reference `&\(name);`") }
            side.append(Array(String(scalar).utf16), standingFor: index..<(end + 1))
            index = end + 1
            run = index
        }
        side.appendVerbatim(run..<range.upperBound, of: text)
    }
}
