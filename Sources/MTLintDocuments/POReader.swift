/// Reads a gettext PO file: each entry's `msgstr` is a target segment beside its `msgid`
/// (docs/bilingual.md). Plural entries give one unit per `msgstr[n]`: the first beside
/// `msgid`, the others beside `msgid_plural`. The header entry (`msgid ""`) gives the target
/// language (`Language:`) and no unit; obsolete entries (`#~`) and previous strings (`#|`)
/// are skipped. `#,` flags travel with the unit (`fuzzy` becomes its state), and translator
/// and extracted comments are its note. Escapes (`\n`, `\"`, `\\`, `\t`, octal, hex) are
/// decoded, each standing for its bytes in the file; a string continued over several lines
/// is one segment. A line that is none of these is an error naming it, as msgfmt's are.
enum POReader {
    private enum Keyword: Equatable {
        case context, id, plural, string(Int)
    }

    /// A keyword and the file ranges of its quoted pieces' contents.
    private struct Field {
        var keyword: Keyword
        var pieces: [Range<Int>] = []
        var line: Int
    }

    private struct Entry {
        var fields: [Field] = []
        var flags: [String] = []
        var comments: [String] = []
        var hasStrings: Bool { fields.contains { if case .string = $0.keyword { true } else { false } } }
    }

    static func read(_ text: [UInt16]) throws(ReadError) -> BilingualText {
        var builder = BilingualBuilder()
        var entry = Entry()
        var line = 0
        var position = 0
        func finishEntry() throws(ReadError) {
            defer { entry = Entry() }
            guard !entry.fields.isEmpty else { return }
            guard entry.hasStrings else { throw ReadError(.po, line: entry.fields[0].line, "msgid without msgstr") }
            try emit(entry, text, into: &builder)
        }
        while position < text.count {
            line += 1
            var end = position
            while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
            var lineEnd = end
            if end < text.count { lineEnd = text[end] == 0x0D && end + 1 < text.count && text[end + 1] == 0x0A ? end + 2 : end + 1 }
            defer { position = lineEnd }
            var start = position
            while start < end, text[start] == 0x20 || text[start] == 0x09 { start += 1 }
            guard start < end else {
                try finishEntry()
                continue
            }
            let first = text[start]
            if first == 0x23 {  // #
                let second = start + 1 < end ? text[start + 1] : 0
                if second == 0x7E || second == 0x7C { continue }  // #~ obsolete, #| previous
                if entry.hasStrings { try finishEntry() }
                let body = String(decoding: text[min(start + 2, end)..<end], as: UTF16.self)
                if second == 0x2C {  // #, flags
                    entry.flags += body.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                } else if second == 0x20 || second == 0x2E || start + 1 == end {  // # translator, #. extracted
                    let comment = body.trimmingSpaces()
                    if !comment.isEmpty { entry.comments.append(comment) }
                }
                continue
            }
            if first == 0x22 {  // a continued string
                guard !entry.fields.isEmpty else { throw ReadError(.po, line: line, "a string continues no msgid or msgstr") }
                entry.fields[entry.fields.count - 1].pieces.append(try quoted(text, from: start, to: end, line: line))
                continue
            }
            var wordEnd = start
            while wordEnd < end, text[wordEnd] != 0x20, text[wordEnd] != 0x09, text[wordEnd] != 0x22 { wordEnd += 1 }
            let word = String(decoding: text[start..<wordEnd], as: UTF16.self)
            guard let keyword = keyword(word) else {
                throw ReadError(.po, line: line, "expected msgctxt, msgid, msgid_plural, msgstr or a comment, found `\(word.prefix(30))`")
            }
            // A new entry starts with msgctxt, or with msgid when no msgctxt opened it.
            if keyword == .context || (keyword == .id && entry.fields.last?.keyword != .context) {
                if !entry.fields.isEmpty, !entry.hasStrings {
                    throw ReadError(.po, line: entry.fields[0].line, "msgid without msgstr")
                }
                if entry.hasStrings { try finishEntry() }
            }
            var quote = wordEnd
            while quote < end, text[quote] == 0x20 || text[quote] == 0x09 { quote += 1 }
            guard quote < end, text[quote] == 0x22 else { throw ReadError(.po, line: line, "\(word) without a quoted string") }
            entry.fields.append(Field(keyword: keyword, pieces: [try quoted(text, from: quote, to: end, line: line)], line: line))
        }
        if !entry.fields.isEmpty, !entry.hasStrings {
            throw ReadError(.po, line: entry.fields[0].line, "msgid without msgstr")
        }
        try finishEntry()
        return builder.finish()
    }

    private static func keyword(_ word: String) -> Keyword? {
        switch word {
        case "msgctxt": return .context
        case "msgid": return .id
        case "msgid_plural": return .plural
        case "msgstr": return .string(0)
        default:
            guard word.hasPrefix("msgstr["), word.hasSuffix("]"), let index = Int(word.dropFirst(7).dropLast()), index >= 0, index < 100
            else { return nil }
            return .string(index)
        }
    }

    /// The range of the contents of the string that opens at `start` and must close on the line.
    private static func quoted(_ text: [UInt16], from start: Int, to end: Int, line: Int) throws(ReadError) -> Range<Int> {
        var index = start + 1
        while index < end {
            if text[index] == 0x5C {
                index += 2
                continue
            }
            if text[index] == 0x22 {
                var after = index + 1
                while after < end, text[after] == 0x20 || text[after] == 0x09 { after += 1 }
                guard after == end else { throw ReadError(.po, line: line, "text after the closing quote") }
                return (start + 1)..<index
            }
            index += 1
        }
        throw ReadError(.po, line: line, "unterminated string")
    }

    private static func emit(_ entry: Entry, _ text: [UInt16], into builder: inout BilingualBuilder) throws(ReadError) {
        let context = entry.fields.first { $0.keyword == .context }
        guard let id = entry.fields.first(where: { $0.keyword == .id }) else {
            throw ReadError(.po, line: entry.fields[0].line, "msgstr without msgid")
        }
        let plural = entry.fields.first { $0.keyword == .plural }
        let strings = entry.fields.compactMap { field -> (Int, Field)? in
            if case .string(let index) = field.keyword { (index, field) } else { nil }
        }
        let idText = try decodedString(id, text)
        if context == nil, idText.isEmpty {
            // The header: its Language field is the target language.
            if let header = strings.first { builder.targetLanguage = language(inHeader: try decodedString(header.1, text)) }
            return
        }
        let contextText = try context.map { (field) throws(ReadError) in try decodedString(field, text) }
        let name = contextText.map { "[\($0)] \(idText)" } ?? idText
        let state = entry.flags.contains("fuzzy") ? "fuzzy" : nil
        let flags = entry.flags.filter { $0 != "fuzzy" }
        let note = entry.comments.isEmpty ? nil : entry.comments.joined(separator: "\n")
        for (index, string) in strings {
            let source = index == 0 || plural == nil ? id : plural!
            try decode(source, text, into: &builder.source)
            try decode(string, text, into: &builder.target)
            builder.endUnit(
                id: plural == nil ? name : "\(name)[\(index)]", state: state,
                flags: plural == nil ? flags : flags + ["plural"], note: note,
                sourceAnchor: source.pieces[0].lowerBound, targetAnchor: string.pieces[0].lowerBound)
        }
    }

    private static func language(inHeader header: String) -> String? {
        for line in header.split(separator: "\n") where line.hasPrefix("Language:") {
            let value = line.dropFirst("Language:".count).trimmingSpaces()
            return value.isEmpty ? nil : value.replacingUnderscores()
        }
        return nil
    }

    /// Appends a field's decoded text to `side`, each escape standing for its bytes.
    private static func decode(_ field: Field, _ text: [UInt16], into side: inout SideBuilder) throws(ReadError) {
        side.begin()
        for piece in field.pieces {
            var run = piece.lowerBound
            var index = piece.lowerBound
            while index < piece.upperBound {
                guard text[index] == 0x5C else {
                    index += 1
                    continue
                }
                side.appendVerbatim(run..<index, of: text)
                let (unit, length) = try escape(text, at: index, limit: piece.upperBound, line: field.line)
                side.append(CollectionOfOne(unit), standingFor: index..<(index + length))
                index += length
                run = index
            }
            side.appendVerbatim(run..<piece.upperBound, of: text)
        }
    }

    private static func decodedString(_ field: Field, _ text: [UInt16]) throws(ReadError) -> String {
        var side = SideBuilder()
        try decode(field, text, into: &side)
        return String(decoding: side.text, as: UTF16.self)
    }

    /// The unit an escape at `index` stands for, and the escape's length.
    private static func escape(_ text: [UInt16], at index: Int, limit: Int, line: Int) throws(ReadError) -> (UInt16, Int) {
        guard index + 1 < limit else { throw ReadError(.po, line: line, "a backslash ends the string") }
        let next = text[index + 1]
        switch next {
        case 0x6E: return (0x0A, 2)  // \n
        case 0x74: return (0x09, 2)  // \t
        case 0x72: return (0x0D, 2)  // \r
        case 0x22, 0x5C, 0x27, 0x3F: return (next, 2)  // \" \\ \' \?
        case 0x61: return (0x07, 2)
        case 0x62: return (0x08, 2)
        case 0x66: return (0x0C, 2)
        case 0x76: return (0x0B, 2)
        case 0x30...0x37:
            var value: UInt16 = 0, length = 1
            while length <= 3, index + length < limit, (0x30...0x37).contains(text[index + length]) {
                value = value * 8 + text[index + length] - 0x30
                length += 1
            }
            return (value, length)
        case 0x78:
            var value: UInt16 = 0, length = 2
            while length < 4, index + length < limit, let digit = hexValue(text[index + length]) {
                value = value * 16 + digit
                length += 1
            }
            guard length > 2 else { break }
            return (value, length)
        default: break
        }
        throw ReadError(.po, line: line, "invalid escape `\\\(String(decoding: [next], as: UTF16.self))`")
    }

    private static func hexValue(_ unit: UInt16) -> UInt16? {
        switch unit {
        case 0x30...0x39: unit - 0x30
        case 0x41...0x46: unit - 0x41 + 10
        case 0x61...0x66: unit - 0x61 + 10
        default: nil
        }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `pt_BR` as the BCP 47 `pt-BR`.
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
