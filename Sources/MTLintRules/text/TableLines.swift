/// Lines of a table copied as text: what reads as a row is layout, not prose, for the rules
/// that judge spacing (text/spacing) and style (figure/inconsistent-style).
enum TableLines {
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
