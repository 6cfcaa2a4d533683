/// GFM pipe tables in a CommonMark paragraph. Debian's libcmark reads plain CommonMark, which
/// has no tables: a pipe table arrives as one paragraph whose lines are its rows. Read as
/// one text, its cells would run together (`Anna | 34 | Roma`): a name at a cell's start
/// looks like a capital in mid-sentence, the same word in two cells like a repeated word.
///
/// So a paragraph with a header row followed by a delimiter row (`| --- | :-: |`, as many
/// cells as the header) is read as a table from its header row on: each cell is a segment
/// of its own (`table-cell`); the pipes, the delimiter row and the line ends between rows
/// stand for nothing. The inline nodes are still placed by MarkdownInlineAligner, so a cell's
/// emphasis, code spans and references read as anywhere else; the Builder keeps what lands in
/// a cell and starts a new segment when the next piece lands in another cell
/// (`SegmentedText.Builder.setTable`).
///
/// As in GFM: the leading and trailing pipes of a row are optional, `\|` is a pipe inside a
/// cell, white space around a cell's content is not part of it, and every line after the
/// delimiter row is a row, whatever its number of cells (cells past the header's are kept:
/// they are text the file holds, which a renderer drops but a linter should still read).
enum MarkdownTable {
    /// Where the table of the paragraph on lines `firstLine...lastLine` (1-based), starting at
    /// unit `start`, begins (its header row's first unit: lines before it are the paragraph's
    /// text, as in GFM, where a table may follow text without a blank line), and the file
    /// ranges of its cells' content in the file's order; nil when the paragraph holds no pipe
    /// table. Linear in the paragraph's length.
    static func table(in source: SourceText, start: Int, firstLine: Int, lastLine: Int) -> (start: Int, cells: [Range<Int>])? {
        guard lastLine > firstLine, firstLine >= 1, lastLine <= source.lineStarts.count else { return nil }
        let units = source.units
        let firstStart = source.lineStarts[firstLine - 1]
        guard start >= firstStart, start <= source.lineEnd(ofLine: firstLine) else { return nil }
        // The container marks before the first line (a block quote's `>`, a list item's
        // indentation): the other lines are read after as many `>`, and any blanks.
        let quoteMarks = units[firstStart..<start].filter { $0 == 0x3E }.count
        func content(ofLine line: Int) -> Range<Int> {
            let end = source.lineEnd(ofLine: line)
            if line == firstLine { return start..<end }
            var index = source.lineStarts[line - 1], marks = 0
            while index < end {
                if CodeUnitClass.isBlank(units[index]) {
                    index += 1
                } else if units[index] == 0x3E, marks < quoteMarks {
                    marks += 1
                    index += 1
                } else {
                    break
                }
            }
            return index..<end
        }

        // The first line that is a delimiter row for the line before it.
        for headerLine in firstLine..<lastLine {
            let delimiter = content(ofLine: headerLine + 1)
            // The delimiter row has pipes (without, `---` would be a setext heading, or text)
            // and only `-` with optional `:` at either end in each cell.
            guard units[delimiter].contains(0x7C), units[delimiter].contains(0x2D),
                units[delimiter].allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || CodeUnitClass.isBlank($0) })
            else { continue }
            let header = content(ofLine: headerLine)
            let headerCells = split(header, in: units)
            let delimiterCells = split(delimiter, in: units)
            guard delimiterCells.count == headerCells.count, delimiterCells.allSatisfy({ isDelimiterCell(units[$0]) }) else { continue }
            // One column needs a pipe in its header too (`| Nome |`), as in GFM.
            guard headerCells.count > 1 || units[header].contains(0x7C) else { continue }
            var cells = headerCells
            if lastLine > headerLine + 1 {
                for line in (headerLine + 2)...lastLine { cells += split(content(ofLine: line), in: units) }
            }
            return (header.lowerBound, cells.filter { !$0.isEmpty })
        }
        return nil
    }

    /// The cells of a row: its content split at pipes that no backslash escapes, without the
    /// row's leading and trailing pipe, each cell without the blanks around it.
    static func split(_ row: Range<Int>, in units: [UInt16]) -> [Range<Int>] {
        var lower = row.lowerBound, upper = row.upperBound
        while lower < upper, CodeUnitClass.isBlank(units[lower]) { lower += 1 }
        while upper > lower, CodeUnitClass.isBlank(units[upper - 1]) { upper -= 1 }
        guard lower < upper else { return [] }
        if units[lower] == 0x7C { lower += 1 }
        if upper > lower, units[upper - 1] == 0x7C, !isEscaped(upper - 1, in: units, from: lower) { upper -= 1 }
        var cells: [Range<Int>] = []
        var cellStart = lower, index = lower
        while index <= upper {
            if index == upper || (units[index] == 0x7C && !isEscaped(index, in: units, from: lower)) {
                var from = cellStart, to = index
                while from < to, CodeUnitClass.isBlank(units[from]) { from += 1 }
                while to > from, CodeUnitClass.isBlank(units[to - 1]) { to -= 1 }
                cells.append(from..<to)
                cellStart = index + 1
            }
            index += 1
        }
        return cells
    }

    /// True when the character at `index` follows an odd run of backslashes (from `start` on).
    private static func isEscaped(_ index: Int, in units: [UInt16], from start: Int) -> Bool {
        var backslashes = 0, position = index
        while position > start, units[position - 1] == 0x5C {
            backslashes += 1
            position -= 1
        }
        return backslashes % 2 == 1
    }

    /// `---`, `:--`, `--:`, `:-:`: at least one `-`, a colon at either end.
    private static func isDelimiterCell(_ cell: ArraySlice<UInt16>) -> Bool {
        var body = cell
        if body.first == 0x3A { body = body.dropFirst() }
        if body.last == 0x3A { body = body.dropLast() }
        return !body.isEmpty && body.allSatisfy { $0 == 0x2D }
    }
}
