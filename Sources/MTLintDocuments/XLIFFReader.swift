/// Reads XLIFF 1.2 (`trans-unit` with `source` and `target`, `state` on the target,
/// `approved="yes"` on the unit) and XLIFF 2.x (`unit` with `segment`s, `state` on the
/// segment): each target beside its source (docs/bilingual.md). Inline codes (`x`, `bx`, `ex`,
/// `ph`, `bpt`, `ept`, `it`; 2.x `ph`, `sc`, `ec`) read as U+FFFC, their contents skipped;
/// containers (`g`, `mrk`; 2.x `pc`, `mrk`) are left out and their text kept. Both are kept
/// as inline tags, by name and id, for `source/placeholder`. `alt-trans` proposals and
/// `seg-source` are skipped. Notes are the unit's note.
enum XLIFFReader {
    /// Elements whose contents are native code, not text.
    static let codes: Set<String> = ["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "ut"]
    /// Elements whose contents are text.
    static let containers: Set<String> = ["g", "pc", "mrk", "sm", "em", "hi", "sub"]

    static func read(_ text: [UInt16]) throws(ReadError) -> BilingualText {
        let scanner = XMLScanner(text: text, format: .xliff)
        let events = try XMLScanner.events(of: text, as: .xliff)
        var builder = BilingualBuilder()
        var stack: [String] = []
        /// The unit being read: its id, state, note, and where its source ended.
        var unitID: String?
        var segmentID: String?
        var segmentCount = 0
        var state: String?
        var approved = false
        var notes: [String] = []
        var sourceEnd = 0
        var targetSeen = false
        var targetAnchor: Int?
        var capturing: Side?
        var skipDepth = 0
        var noteText: SideBuilder?
        var index = 0

        func unitStart() {
            builder.source.begin()
            builder.target.begin()
            targetSeen = false
            targetAnchor = nil
            state = nil
            sourceEnd = 0
        }
        func unitEnd() {
            var id = unitID ?? "\(builder.units.count + 1)"
            if let segmentID, segmentCount > 1 || segmentID != id { id += "/" + segmentID }
            let finalState = approved ? "approved" : state
            builder.endUnit(
                id: id, state: finalState, note: notes.isEmpty ? nil : notes.joined(separator: "\n"),
                sourceAnchor: sourceEnd, targetAnchor: targetAnchor ?? sourceEnd, hasTarget: targetSeen)
        }

        while index < events.count {
            let event = events[index]
            index += 1
            if skipDepth > 0 {
                if case .start(_, _, _, let isEmpty) = event, !isEmpty { skipDepth += 1 }
                if case .end = event { skipDepth -= 1 }
                continue
            }
            switch event {
            case .start(let name, let attributes, let range, let isEmpty):
                let local = localName(name)
                if let side = capturing {
                    if codes.contains(local) {
                        let end = isEmpty ? range.upperBound : endOfElement(events, from: &index)
                        builder.append(tag: local, id: attributes["id"] ?? attributes["rid"], standingFor: range.lowerBound..<end, to: side)
                    } else if local == "cp", let hex = attributes["hex"], let value = UInt32(hex, radix: 16),
                        let scalar = Unicode.Scalar(value)
                    {
                        builder.append(Array(String(scalar).utf16), standingFor: range, to: side)
                        if !isEmpty { _ = endOfElement(events, from: &index) }
                    } else {
                        builder.note(tag: local, id: attributes["id"], to: side)
                        if !isEmpty { stack.append(local) }
                    }
                    continue
                }
                let parent = stack.last
                if isEmpty {
                    if local == "xliff" || local == "file" { readLanguages(attributes, into: &builder) }
                    if local == "target", parent == "trans-unit" || parent == "segment" {
                        targetSeen = true
                        targetAnchor = range.lowerBound
                        if parent == "trans-unit" { state = attributes["state"] }
                    }
                    continue
                }
                stack.append(local)
                switch local {
                case "xliff", "file":
                    readLanguages(attributes, into: &builder)
                case "alt-trans", "seg-source", "ignorable", "originalData":
                    stack.removeLast()
                    skipDepth = 1
                case "trans-unit":
                    unitID = attributes["id"]
                    segmentID = nil
                    segmentCount = 1
                    approved = attributes["approved"] == "yes"
                    notes = []
                    unitStart()
                case "unit":
                    unitID = attributes["id"]
                    segmentCount = 0
                    approved = false
                    notes = []
                case "segment":
                    segmentID = attributes["id"]
                    segmentCount += 1
                    unitStart()
                    state = attributes["state"]
                case "source" where parent == "trans-unit" || parent == "segment":
                    capturing = .source
                case "target" where parent == "trans-unit" || parent == "segment":
                    capturing = .target
                    targetSeen = true
                    targetAnchor = range.upperBound
                    if parent == "trans-unit" { state = attributes["state"] }
                case "note":
                    noteText = SideBuilder()
                default:
                    break
                }
            case .end(let name, let range):
                let local = localName(name)
                if let side = capturing {
                    if local == (side == .source ? "source" : "target"), stack.last == local {
                        stack.removeLast()
                        capturing = nil
                        if side == .source { sourceEnd = range.upperBound }
                    } else if stack.last == local {
                        stack.removeLast()
                    }
                    continue
                }
                if stack.last == local { stack.removeLast() }
                switch local {
                case "trans-unit": unitEnd()
                case "segment": unitEnd()
                case "note":
                    notes.appendNote(noteText)
                    noteText = nil
                default: break
                }
            case .text(let range):
                if let side = capturing {
                    try builder.decode(range, scanner, to: side)
                } else if noteText != nil {
                    try scanner.decodeText(range, into: &noteText!)
                }
            case .cdata(let range):
                if let side = capturing { builder.appendVerbatim(range, of: text, to: side) }
            }
        }
        return builder.finish()
    }

    private static func readLanguages(_ attributes: [String: String], into builder: inout BilingualBuilder) {
        if let source = attributes["srcLang"] ?? attributes["source-language"] { builder.sourceLanguage = builder.sourceLanguage ?? source }
        if let target = attributes["trgLang"] ?? attributes["target-language"] { builder.targetLanguage = builder.targetLanguage ?? target }
    }

    /// The name without its namespace prefix.
    static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// Skips to the end tag that closes the element just opened; returns where it ends.
    static func endOfElement(_ events: [XMLScanner.Event], from index: inout Int) -> Int {
        var depth = 1
        var end = 0
        while index < events.count, depth > 0 {
            switch events[index] {
            case .start(_, _, _, let isEmpty): if !isEmpty { depth += 1 }
            case .end(_, let range):
                depth -= 1
                end = range.upperBound
            default: break
            }
            index += 1
        }
        return end
    }
}

enum Side { case source, target }

extension BilingualBuilder {
    mutating func append(tag name: String, id: String?, standingFor file: Range<Int>, to side: Side) {
        switch side {
        case .source: source.appendTag(name, id: id, standingFor: file)
        case .target: target.appendTag(name, id: id, standingFor: file)
        }
    }

    mutating func note(tag name: String, id: String?, to side: Side) {
        switch side {
        case .source: source.noteTag(name, id: id)
        case .target: target.noteTag(name, id: id)
        }
    }

    mutating func append(_ units: [UInt16], standingFor file: Range<Int>, to side: Side) {
        switch side {
        case .source: source.append(units, standingFor: file)
        case .target: target.append(units, standingFor: file)
        }
    }

    mutating func appendVerbatim(_ file: Range<Int>, of text: [UInt16], to side: Side) {
        switch side {
        case .source: source.appendVerbatim(file, of: text)
        case .target: target.appendVerbatim(file, of: text)
        }
    }

    mutating func decode(_ range: Range<Int>, _ scanner: XMLScanner, to side: Side) throws(ReadError) {
        switch side {
        case .source: try scanner.decodeText(range, into: &source)
        case .target: try scanner.decodeText(range, into: &target)
        }
    }
}
