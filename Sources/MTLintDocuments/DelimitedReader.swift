/// Reads CSV (RFC 4180) and TSV files with a header row: one unit per record, its source and
/// target the columns `--columns source,target` names; without the option, the columns
/// named `source` and `target`, or the two columns of a two-column file. A field in double
/// quotes may hold separators, line breaks and doubled quotes (`""`); the readers map each
/// character back to the file, a doubled quote standing for its two bytes. Written here, not
/// taken from a package: the Swift CSV readers at hand return fields without their place
/// in the file, which a finding needs, and some accept an unterminated quote silently.
enum DelimitedReader {
    /// A field as written: its range in the file, whether it was quoted.
    private struct Field {
        var range: Range<Int>
        var quoted: Bool
        var line: Int
    }

    static func read(_ text: [UInt16], separator: UInt16, options: ReadOptions) throws(ReadError) -> BilingualText {
        let format: InputFormat = separator == 0x09 ? .tsv : .csv
        var reader = Records(text: text, separator: separator, format: format)
        guard let header = try reader.next() else { throw ReadError(format, line: 1, "no header row") }
        let names = header.map { field in
            String(decoding: unquoted(field, text), as: UTF16.self).trimmingSpaces()
        }
        let (sourceColumn, targetColumn) = try columns(names, options: options, format: format)
        var builder = BilingualBuilder()
        builder.sourceLanguage = options.sourceLanguage
        builder.targetLanguage = options.targetLanguage
        var row = 1
        while let record = try reader.next() {
            row += 1
            // A blank line is no record.
            if record.count == 1, record[0].range.isEmpty { continue }
            builder.source.begin()
            builder.target.begin()
            let source = sourceColumn < record.count ? record[sourceColumn] : nil
            let target = targetColumn < record.count ? record[targetColumn] : nil
            if let source { append(source, text, to: &builder.source) }
            if let target { append(target, text, to: &builder.target) }
            let end = record.last.map { $0.range.upperBound + ($0.quoted ? 1 : 0) } ?? 0
            builder.endUnit(
                id: "row \(row)", sourceAnchor: source?.range.lowerBound ?? end,
                targetAnchor: target?.range.lowerBound ?? end, hasTarget: target != nil)
        }
        return builder.finish()
    }

    private static func columns(_ names: [String], options: ReadOptions, format: InputFormat) throws(ReadError) -> (Int, Int) {
        func index(of name: String) -> Int? {
            names.firstIndex(of: name) ?? names.firstIndex { $0.lowercased() == name.lowercased() }
        }
        let listed = names.map { "`\($0)`" }.joined(separator: ", ")
        if let columns = options.columns {
            guard let source = index(of: columns.source) else {
                throw ReadError(format, line: 1, "no column `\(columns.source)` in the header (\(listed))")
            }
            guard let target = index(of: columns.target) else {
                throw ReadError(format, line: 1, "no column `\(columns.target)` in the header (\(listed))")
            }
            return (source, target)
        }
        if let source = index(of: "source"), let target = index(of: "target") { return (source, target) }
        if names.count == 2 { return (0, 1) }
        throw ReadError(format, line: 1, "name the source and target columns with --columns source,target (the header has \(listed))")
    }

    /// The field's text without its quotes and with doubled quotes made one.
    private static func unquoted(_ field: Field, _ text: [UInt16]) -> [UInt16] {
        var side = SideBuilder()
        append(field, text, to: &side)
        return side.text
    }

    private static func append(_ field: Field, _ text: [UInt16], to side: inout SideBuilder) {
        guard field.quoted else {
            side.appendVerbatim(field.range, of: text)
            return
        }
        var run = field.range.lowerBound
        var index = field.range.lowerBound
        while index < field.range.upperBound {
            if text[index] == 0x22 {
                side.appendVerbatim(run..<index, of: text)
                side.append(CollectionOfOne(0x22), standingFor: index..<(index + 2))
                index += 2
                run = index
            } else {
                index += 1
            }
        }
        side.appendVerbatim(run..<field.range.upperBound, of: text)
    }

    /// The records of the file, one at a time.
    private struct Records {
        let text: [UInt16]
        let separator: UInt16
        let format: InputFormat
        var index = 0
        var line = 1

        mutating func next() throws(ReadError) -> [Field]? {
            guard index < text.count else { return nil }
            var fields: [Field] = []
            while true {
                let field = try readField()
                fields.append(field)
                guard index < text.count else { return fields }
                let unit = text[index]
                if unit == separator {
                    index += 1
                    continue
                }
                // A line end ends the record.
                index += unit == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
                line += 1
                return fields
            }
        }

        private mutating func readField() throws(ReadError) -> Field {
            let start = index
            let startLine = line
            if index < text.count, text[index] == 0x22 {
                index += 1
                let contentStart = index
                while index < text.count {
                    if text[index] == 0x22 {
                        if index + 1 < text.count, text[index + 1] == 0x22 {
                            index += 2
                            continue
                        }
                        let contentEnd = index
                        index += 1
                        guard index == text.count || text[index] == separator || text[index] == 0x0A || text[index] == 0x0D else {
                            throw ReadError(format, line: line, "text after the closing quote of a field")
                        }
                        return Field(range: contentStart..<contentEnd, quoted: true, line: startLine)
                    }
                    if text[index] == 0x0A || (text[index] == 0x0D && (index + 1 == text.count || text[index + 1] != 0x0A)) { line += 1 }
                    index += 1
                }
                throw ReadError(format, line: startLine, "a quoted field is never closed")
            }
            while index < text.count, text[index] != separator, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            return Field(range: start..<index, quoted: false, line: startLine)
        }
    }
}
