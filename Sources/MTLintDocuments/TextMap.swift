/// Where each UTF-16 code unit of a document's text (what rules read) stands in the file's
/// decoded text (the file as stored, without its markup decoded): a list of runs sorted by
/// their place in the text. The file's text maps on to the bytes as stored through its
/// SourceMap, which knows the encoding and the BOM.
///
/// A verbatim run copies the file unit for unit; any other run stands as a whole for its
/// file range: a character reference (`&amp;` for `&`), a backslash escape (`\*` for `*`), a
/// line end read as one LF (`\r\n`), white space HTML collapses to one space, a placeholder
/// (U+FFFC) for left-out code or an image. Units outside every run (the blank line between
/// two segments) stand for nothing in the file.
public struct TextMap: Sendable, Equatable {
    public struct Run: Sendable, Equatable {
        public var textStart: Int
        public var textCount: Int
        public var fileStart: Int
        public var fileCount: Int
        /// True when unit `textStart + k` is file unit `fileStart + k`.
        public var isVerbatim: Bool

        public var text: Range<Int> { textStart..<(textStart + textCount) }
        public var file: Range<Int> { fileStart..<(fileStart + fileCount) }

        public init(text: Range<Int>, file: Range<Int>, isVerbatim: Bool) {
            textStart = text.lowerBound
            textCount = text.count
            fileStart = file.lowerBound
            fileCount = file.count
            self.isVerbatim = isVerbatim && text.count == file.count
        }
    }

    public private(set) var runs: [Run] = []

    public init() {}

    /// Adds a run after the last one; a verbatim run that continues the last verbatim run in
    /// both texts extends it.
    mutating func append(_ run: Run) {
        guard run.textCount > 0 else { return }
        precondition(runs.last.map { $0.textStart + $0.textCount <= run.textStart } ?? true, "runs must be added in text order")
        if run.isVerbatim, let last = runs.last, last.isVerbatim,
            last.textStart + last.textCount == run.textStart, last.fileStart + last.fileCount == run.fileStart
        {
            runs[runs.count - 1].textCount += run.textCount
            runs[runs.count - 1].fileCount += run.fileCount
            return
        }
        runs.append(run)
    }

    /// Drops the runs at or after text offset `offset` (a segment given up).
    mutating func truncate(at offset: Int) {
        while let last = runs.last, last.textStart >= offset { runs.removeLast() }
        if let last = runs.last, last.textStart + last.textCount > offset {
            // Only a verbatim run can be cut inside; another is dropped whole.
            if last.isVerbatim {
                runs[runs.count - 1].textCount = offset - last.textStart
                runs[runs.count - 1].fileCount = offset - last.textStart
            } else {
                runs.removeLast()
            }
        }
    }

    /// The index of the run holding text unit `offset`, or of the last run before it (nil
    /// when none starts at or before it).
    private func runIndex(atOrBefore offset: Int) -> Int? {
        var low = 0, high = runs.count - 1
        var found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if runs[middle].textStart <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// The file range that text unit `offset` stands for; nil when it stands for nothing.
    public func fileRange(ofUnit offset: Int) -> Range<Int>? {
        guard let index = runIndex(atOrBefore: offset) else { return nil }
        let run = runs[index]
        guard offset < run.textStart + run.textCount else { return nil }
        if run.isVerbatim {
            let unit = run.fileStart + offset - run.textStart
            return unit..<(unit + 1)
        }
        return run.file
    }

    /// The file range a text range stands for: from the first unit of it that stands for
    /// something to the end of the last one. A range that stands for nothing (empty, or in
    /// the blank line between segments) is the empty range where the file's text resumes
    /// after the last mapped unit before it.
    public func fileRange(of range: Range<Int>) -> Range<Int> {
        if !range.isEmpty, let start = firstMapped(in: range), let end = lastMapped(in: range) {
            let first = fileRange(ofUnit: start)!, last = fileRange(ofUnit: end)!
            return first.lowerBound..<max(first.lowerBound, last.upperBound)
        }
        let position = filePosition(before: range.lowerBound)
        return position..<position
    }

    /// The file offset just before text unit `offset`: where that unit stands, or the end of
    /// the last mapped unit before it; 0 before every run.
    public func filePosition(before offset: Int) -> Int {
        if let unit = fileRange(ofUnit: offset) { return unit.lowerBound }
        guard let index = runIndex(atOrBefore: offset) else { return runs.first?.fileStart ?? 0 }
        return runs[index].fileStart + runs[index].fileCount
    }

    private func firstMapped(in range: Range<Int>) -> Int? {
        if fileRange(ofUnit: range.lowerBound) != nil { return range.lowerBound }
        let next = (runIndex(atOrBefore: range.lowerBound).map { $0 + 1 } ?? 0)
        guard next < runs.count, runs[next].textStart < range.upperBound else { return nil }
        return runs[next].textStart
    }

    private func lastMapped(in range: Range<Int>) -> Int? {
        let last = range.upperBound - 1
        guard let index = runIndex(atOrBefore: last) else { return nil }
        let run = runs[index]
        let end = min(last, run.textStart + run.textCount - 1)
        return end >= range.lowerBound ? end : nil
    }
}
