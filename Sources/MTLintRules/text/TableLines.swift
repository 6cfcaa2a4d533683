import MTLintText

/// Lines of a table copied as text: what reads as a row is layout, not prose, for the rules
/// that judge spacing (text/spacing) and style (figure/inconsistent-style).
enum TableLines {
    /// A row of a table: line `lineIndex` looks like one by itself (`isTableLike`), or a cell
    /// of it starts after two spaces or more at the same column as a cell of the line before
    /// or after it (`Tasso sulle operazioni principali  2,15%` above `Inflazione area euro
    /// (novembre)    2,1%`): columns that line up, which two lines of prose do not by chance.
    static func isRow(_ lineIndex: Int, _ map: SourceMap, _ text: [UInt16]) -> Bool {
        let line = map.lineRange(lineIndex, in: text)
        if isTableLike(text[line]) { return true }
        let columns = cellStarts(text[line])
        guard !columns.isEmpty else { return false }
        for neighbour in [lineIndex - 1, lineIndex + 1] where neighbour >= 0 && neighbour < map.lineCount {
            if !cellStarts(text[map.lineRange(neighbour, in: text)]).isDisjoint(with: columns) { return true }
        }
        return false
    }

    /// The columns (code units from the line's start) where a cell starts after two spaces or
    /// more; indentation starts none.
    static func cellStarts(_ line: ArraySlice<UInt16>) -> Set<Int> {
        var starts = Set<Int>()
        var spaces = 0, seenText = false
        for (column, unit) in line.enumerated() {
            if unit == 0x20 {
                spaces += 1
                continue
            }
            if spaces >= 2, seenText { starts.insert(column) }
            spaces = 0
            seenText = true
        }
        return starts
    }

    /// An item of a list of facts: a bullet, a label, a colon and a figure, in twelve words at
    /// most (`- Pil, primi tre trimestri: +4,8%`). A fact box writes `%` where the prose
    /// writes `per cento`, as a table does.
    static func isFactListItem(_ line: ArraySlice<UInt16>) -> Bool {
        guard let first = line.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            [0x2D, 0x2022, 0x2A, 0x2013, 0x2014, 0xB7].contains(line[first]),
            first + 1 < line.endIndex, line[first + 1] == 0x20, line.contains(0x3A)
        else { return false }
        return line.count(where: { $0 == 0x20 }) <= 12
    }

    /// Columns: a tab, a `|`, or runs of spaces between short cells. A line of prose with
    /// stray double spaces has long stretches of words between them, or ends a sentence.
    static func isTableLike(_ line: ArraySlice<UInt16>) -> Bool {
        if line.contains(0x09) || line.contains(0x7C) { return true }
        var runs = 0, current = 0, longestRun = 0, wideRuns = 0
        // Single spaces inside the current cell, and the most in any cell.
        var cellSpaces = 0, widestCell = 0
        for unit in line {
            if unit == 0x20 {
                current += 1
            } else {
                if current >= 2 {
                    runs += 1
                    if current >= 3 { wideRuns += 1 }
                    longestRun = max(longestRun, current)
                    widestCell = max(widestCell, cellSpaces)
                    cellSpaces = 0
                } else if current == 1 {
                    cellSpaces += 1
                }
                current = 0
            }
        }
        widestCell = max(widestCell, cellSpaces)
        let last = line.last { $0 != 0x20 }
        if longestRun == 2, let last, [0x2E, 0x21, 0x3F, 0xBB, 0x201D].contains(last) { return false }
        // Cells of up to six words; a two-column row (`Voce   Valore`) has one wide run.
        // Two runs of three spaces or more are columns whatever their cells hold (`1
        // 18 aliados (p. ej., Alemania, Japón o Taiwán)     Sin límites`): a stray space
        // doubles, it does not triple twice on a line.
        return wideRuns >= 2 || (widestCell <= 5 && (runs >= 2 || longestRun >= 3))
    }
}
