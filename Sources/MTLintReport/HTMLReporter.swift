import MTLintCore
import MTLintDocuments
import MTLintText

/// One self-contained HTML page, for people: an editor reads the article with its damage
/// marked in place; a team looks at where the damage concentrates in a corpus run.
///
/// - Summary: files, words, findings by severity and by rule (bar charts in inline SVG), the
///   quality scores over files (a histogram), the worst files, a baseline's new and known
///   findings, and filters by severity, rule and file (a little vanilla JavaScript; without
///   it the page is complete, only the filters are missing).
/// - Per file: the text with line numbers and every finding's span highlighted in place
///   (colour by severity, and a marker and an underline style that do not rely on colour),
///   the message and suggestion in a list beside the text, and on hover (the script shows
///   the finding's entry of the list beside the pointer: a `title` on every span would
///   repeat every message, a third of the page).
/// - The explanation of every rule that found something, as `mtlint explain` prints it.
///
/// The page loads nothing from anywhere. Files are written as they finish, each with its text
/// (FileReport.document, which the run then lets go), and the summary last, which the style
/// sheet shows on top: a run of any size keeps only a few numbers per file. Text from the
/// documents never becomes markup (HTMLText).
///
/// Large runs: the first `openFiles` files with findings are shown open; every other file is
/// collapsed, and its content is inside `<noscript>`. Without JavaScript that content is part
/// of the page as usual; with it, the browser keeps it as unparsed text, and the script
/// makes it into elements when the file is opened. A page of 2,000 files then costs the
/// browser the parsing of a few dozen (docs/html-report.md has the figures). Each file's
/// section says in `data-k` the severity and rule of each of its findings, so that the
/// filters can count what they show without the files' elements. A long text is cut into
/// parts (`parts(of:spans:)`), collapsed and made on opening the same way, so that one huge
/// file does not make one huge list of elements either.
public struct HTMLReporter: Reporter {
    public static let name = "html"
    public static let summary = "one self-contained page: the texts with their findings marked, charts, filters"
    public static let writesFilesAsTheyFinish = true
    public static let showsText = true

    /// Files with findings shown open; those after them are collapsed (a click opens them).
    static let openFiles = 25
    /// Rows of the worst-files table.
    static let worstFiles = 10

    /// What the summary needs of a written file (counts: error, warning, info).
    struct FileLine: Sendable {
        var number: Int
        var path: String
        var words: Int
        var score: QualityScore
        var counts: [Int]
    }

    private var pieces = OutputPieces()
    /// The files written, in order.
    private(set) var files: [FileLine] = []
    /// Rule ids in the order they were first seen; a rule's CSS class is `r` and its index.
    private(set) var ruleOrder: [String] = []
    private(set) var ruleIndex: [String: Int] = [:]
    /// Findings per rule and severity (error, warning, info).
    private(set) var ruleCounts: [String: [Int]] = [:]
    private var openedFiles = 0
    /// Whether the style of bilingual files' units was written (before the first of them).
    private var wroteUnitStyle = false

    /// The summary counts records (`--input-format jsonl`), not files.
    var checksRecords = false

    public init() {}
    public init(options: ReportOptions) { checksRecords = options.checksRecords }

    /// The page of a run whose reports carry their documents (a run without `onOutcome`,
    /// Linter.keepsText): for tests and for callers of the library.
    public func render(_ run: LintRun) -> String {
        var reporter = self
        var output = ""
        for report in run.reports { reporter.write(report) { output += $0 } }
        reporter.finish(run) { output += $0 }
        return output
    }

    public mutating func write(_ report: FileReport, to output: (String) -> Void) {
        if files.isEmpty { pieces.add(HTMLPage.head(checksRecords: checksRecords), to: output) }
        let number = files.count + 1
        var counts = [Int](repeating: 0, count: Severity.allCases.count)
        for located in report.diagnostics {
            let severity = Self.severityIndex(located.severity)
            counts[severity] += 1
            if ruleIndex[located.ruleID] == nil {
                ruleIndex[located.ruleID] = ruleOrder.count
                ruleOrder.append(located.ruleID)
            }
            ruleCounts[located.ruleID, default: [0, 0, 0]][severity] += 1
        }
        files.append(FileLine(number: number, path: report.path, words: report.wordCount, score: report.score, counts: counts))
        let open = !report.diagnostics.isEmpty && openedFiles < Self.openFiles
        if open { openedFiles += 1 }
        if !wroteUnitStyle, report.document?.layout?.bilingual != nil {
            pieces.add(Self.unitStyle, to: output)
            wroteUnitStyle = true
        }
        writeFile(report, number: number, open: open, to: output)
    }

    public mutating func finish(_ run: LintRun, to output: (String) -> Void) {
        if files.isEmpty { pieces.add(HTMLPage.head(checksRecords: checksRecords), to: output) }
        if files.isEmpty { pieces.add("<p class=\"muted\">No file was checked.</p>\n", to: output) }
        pieces.add("</main>\n", to: output)
        pieces.add(summary(run), to: output)
        pieces.add(rules(run), to: output)
        pieces.add(HTMLPage.tail, to: output)
        pieces.finish(to: output)
    }

    static func severityIndex(_ severity: Severity) -> Int {
        switch severity {
        case .error: 0
        case .warning: 1
        case .info: 2
        }
    }

    /// Error, warning, info: the order of counts here.
    static let severities: [Severity] = [.error, .warning, .info]

    static func severityClass(_ severity: Severity) -> String {
        switch severity {
        case .error: "e"
        case .warning: "w"
        case .info: "i"
        }
    }

    static func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count.formattedWithGrouping) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// `#rule-` and the rule's anchor in docs/rules.md.
    static func ruleAnchor(_ id: String) -> String { "rule-" + RuleDocumentation.anchor(id) }

    /// The file's path as reports print it (control characters escaped, PrintableText).
    static func shownPath(_ path: String) -> String { PrintableText.name(path) }

    // MARK: - One file

    private mutating func writeFile(_ report: FileReport, number: Int, open: Bool, to output: (String) -> Void) {
        let path = Self.shownPath(report.path)
        let line = files[files.count - 1]
        var head =
            "<section class=\"file\(report.diagnostics.isEmpty ? " clean" : "")\" id=\"F\(number)\" data-path=\"\(HTMLText.attribute(path))\""
        head += " data-k=\"\(report.diagnostics.map(key).joined(separator: " "))\">\n"
        head += "<details\(open ? " open" : "")><summary><h2>\(HTMLText.text(path))</h2> <span class=\"meta\">"
        head += "<span title=\"\(HTMLText.attribute(report.language.reason))\">\(HTMLText.text(report.language.tag))</span>"
        head += " · \(Self.plural(report.wordCount, "word")) · score <b>\(report.score)</b> · "
        if report.diagnostics.isEmpty {
            head += "no findings"
        } else {
            head += Self.severities.enumerated().filter { line.counts[$0.offset] > 0 }.map { index, severity in
                "<span class=\"n \(Self.severityClass(severity))\">\(Self.plural(line.counts[index], severity.rawValue))</span>"
            }.joined(separator: " ")
        }
        head += "</span></summary>\n"
        pieces.add(head, to: output)

        guard let document = report.document else {
            pieces.add(
                (open ? "" : "<noscript class=\"lazy\">")
                    + "<div class=\"body\">\n<p class=\"muted\">(The text was not kept for this report.)</p>\n", to: output)
            writeList(report, findings: report.diagnostics.indices, file: number, to: output)
            pieces.add("</div>" + (open ? "" : "</noscript>") + "\n</details>\n</section>\n", to: output)
            return
        }
        if let layout = document.layout, let bilingual = layout.bilingual {
            writeUnits(report, document: document, layout: layout, bilingual: bilingual, number: number, open: open, to: output)
            pieces.add("\n</details>\n</section>\n", to: output)
            return
        }
        // The file's text as stored: a Markdown or HTML file with its markup, where the
        // findings' places (line, column, `characterOffset`) are.
        let text = document.layout?.fileText ?? document.text
        let lineCount = document.layout?.fileMap.lineCount ?? document.sourceMap.lineCount
        let spans = self.spans(of: report, count: text.count)
        let parts = Self.parts(of: text, spans: spans)
        let language = HTMLText.attribute(report.language.tag)
        let digits = String(lineCount).count
        let width = digits > 3 ? " style=\"--d:\(digits)\"" : ""
        /// One part's text and findings, inside `<div class="body">`.
        func body(_ part: Part) {
            pieces.add(
                "<div class=\"body\">\n<ol class=\"src\" lang=\"\(language)\"\(part.firstLine > 1 ? " start=\"\(part.firstLine)\"" : "")\(width)>",
                to: output)
            writeSource(text, spans: spans[part.spans], range: part.units, file: number, to: output)
            pieces.add("</ol>\n", to: output)
            writeList(report, findings: part.findings, file: number, to: output)
            pieces.add("</div>", to: output)
        }
        // A long text in parts, each collapsed and made on opening but the first of an open file.
        Self.writeParts(parts, open: open, noun: "Lines", add: { pieces.add($0, to: output) }, body: body)
        pieces.add("\n</details>\n</section>\n", to: output)
    }

    // MARK: - A bilingual file

    /// The style of the units' table, written once before the first bilingual file of a page
    /// (the page's head stays the same for every run, so that a page of texts is unchanged).
    static let unitStyle = """
        <style>
        table.units{width:100%;table-layout:fixed;border:1px solid var(--line);border-radius:6px;background:var(--panel)}
        table.units col.u{width:6.5em}
        table.units th,table.units td{padding:4px 8px;border-top:1px solid var(--line)}
        table.units thead th{border-top:0}
        table.units tbody th{font-weight:400;color:var(--muted);font-size:.85em}
        table.units tbody th small{display:block}
        table.units td{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext;line-height:1.6}
        table.units td.us{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.92em}
        table.units ol.src{margin:0;padding:0;border:0;background:none;white-space:normal}
        table.units ol.src>li{display:block}
        table.units td.none::after{content:"(no translation)";color:var(--muted)}
        </style>

        """

    /// Units of a bilingual file shown in a part, at most, and code units of their sources
    /// and targets, at most (a larger unit is a part of its own).
    static let partUnitCount = 500

    /// A bilingual file (XLIFF, PO, TMX, CSV, TSV): a table of its units, each row the unit's
    /// number and place, its source segment and its target segment, the target with its
    /// findings highlighted as a text's are; the list of findings beside it. Findings are
    /// placed by their range in the targets' text (the document's), so each one's span is in
    /// its unit's target. Many units are shown in parts, as a long text is.
    private mutating func writeUnits(
        _ report: FileReport, document: Document, layout: DocumentLayout, bilingual: BilingualText, number: Int, open: Bool,
        to output: (String) -> Void
    ) {
        let units = bilingual.units
        let targetText = document.text
        // Each finding's span, in the target of the unit that holds its start.
        var spans: [(unit: Int, span: Span)] = report.diagnostics.enumerated().map { index, located in
            let range = located.diagnostic.range
            let start = min(max(0, range.lowerBound), targetText.count)
            // The units follow each other in the targets' text from its start: only a place
            // past the last one's end has no unit, and is shown at the end of the last.
            let unit = bilingual.unitIndex(atTarget: start) ?? max(0, units.count - 1)
            let bounds = units.isEmpty ? 0..<0 : units[unit].target
            let clampedStart = min(max(start, bounds.lowerBound), bounds.upperBound)
            let clampedEnd = min(max(clampedStart, range.upperBound), bounds.upperBound)
            return (
                unit,
                Span(
                    start: clampedStart, end: clampedEnd, finding: index + 1,
                    tag: "<mark class=\"\(classes(located))\" data-f=\"\(index + 1)\">")
            )
        }
        spans.sort { ($0.unit, $0.span.start, -$0.span.end, $0.span.finding) < ($1.unit, $1.span.start, -$1.span.end, $1.span.finding) }

        // Parts: whole units, at most `partUnitCount` of them and `partUnits` code units.
        var parts: [Part] = []
        var partStart = 0, partSize = 0, spanStart = 0, nextSpan = 0
        for index in units.indices {
            let size = units[index].source.count + units[index].target.count
            if index > partStart, index - partStart >= Self.partUnitCount || partSize + size > Self.partUnits {
                parts.append(
                    Part(units: partStart..<index, firstLine: partStart + 1, lastLine: index, spans: spanStart..<nextSpan, findings: 0..<0))
                (partStart, partSize, spanStart) = (index, 0, nextSpan)
            }
            partSize += size
            while nextSpan < spans.count, spans[nextSpan].unit == index { nextSpan += 1 }
        }
        parts.append(
            Part(
                units: partStart..<units.count, firstLine: partStart + 1, lastLine: units.count, spans: spanStart..<spans.count,
                findings: 0..<0))
        for index in parts.indices {
            let numbers = spans[parts[index].spans].map(\.span.finding)
            parts[index].findings = numbers.isEmpty ? 0..<0 : (numbers.min()! - 1)..<numbers.max()!
        }
        // Findings are numbered in the file's order, which is the units' order in every format
        // mtlint reads, so each part's are a run of numbers. Were they not, a part's list would
        // repeat another's: the units are then shown in one part, which lists each once.
        if parts.count > 1, parts.reduce(0, { $0 + $1.findings.count }) != spans.count {
            parts = [
                Part(
                    units: 0..<units.count, firstLine: 1, lastLine: units.count, spans: 0..<spans.count,
                    findings: report.diagnostics.indices)
            ]
        }

        // The places in the sources that findings name (the source's figure, address, the
        // segment left untranslated), by unit: marked in the source cell, titled with the
        // finding's number and what the place is.
        var sourceMarks: [[SourceMark]] = Array(repeating: [], count: units.count)
        for (index, located) in report.diagnostics.enumerated() {
            for place in located.diagnostic.related where place.inSource && !place.range.isEmpty {
                guard let unit = Self.unitIndex(atSource: place.range.lowerBound, in: units) else { continue }
                let bounds = units[unit].source
                let start = min(max(place.range.lowerBound, bounds.lowerBound), bounds.upperBound)
                let end = min(max(start, place.range.upperBound), bounds.upperBound)
                guard end > start else { continue }
                var title = "finding \(index + 1)"
                // The message's backticks mark quoted text as code in the page; a title is text.
                let backticks = place.message.filter { $0 == "`" }.count
                if !place.message.isEmpty { title += ": " + (backticks % 2 == 0 ? place.message.filter { $0 != "`" } : place.message) }
                sourceMarks[unit].append(SourceMark(start: start, end: end, classes: classes(located), title: title))
            }
        }

        let targetLanguage = HTMLText.attribute(report.language.tag)
        let sourceLanguage = bilingual.sourceLanguage.map { " lang=\"\(HTMLText.attribute($0))\"" } ?? ""
        /// One part's table of units and its findings, inside `<div class="body">`.
        func body(_ part: Part) {
            var head = "<div class=\"body\">\n<table class=\"units\"><colgroup><col class=\"u\"><col><col></colgroup>\n"
            head += "<thead><tr><th scope=\"col\">Unit</th><th scope=\"col\">Source"
            if let language = bilingual.sourceLanguage { head += " <span class=\"meta\">\(HTMLText.text(language))</span>" }
            head +=
                "</th><th scope=\"col\">Target <span class=\"meta\">\(HTMLText.text(report.language.tag))</span></th></tr></thead>\n<tbody>\n"
            pieces.add(head, to: output)
            var next = part.spans.lowerBound
            for index in part.units {
                let unit = units[index]
                let fileStart = layout.fileRange(of: unit.target).lowerBound
                let line = layout.fileMap.lineIndex(of: min(fileStart, layout.fileText.count)) + 1
                var row = "<tr id=\"U\(number)-\(unit.index)\"><th scope=\"row\" title=\"\(HTMLText.attribute(unit.id))\">\(unit.index)"
                row += "<small>line \(line.formattedWithGrouping)</small>"
                if let state = unit.state { row += "<small>\(HTMLText.text(state))</small>" }
                row += "</th><td class=\"us\"\(sourceLanguage)>"
                Self.appendSource(bilingual.source.text, unit.source, marks: sourceMarks[index], to: &row)
                row += "</td><td" + (unit.target.isEmpty ? " class=\"none\"" : "") + "><ol class=\"src\" lang=\"\(targetLanguage)\">"
                pieces.add(row, to: output)
                let first = next
                while next < part.spans.upperBound, spans[next].unit == index { next += 1 }
                writeSource(targetText, spans: spans[first..<next].map(\.span)[...], range: unit.target, file: number, to: output)
                pieces.add("</ol></td></tr>\n", to: output)
            }
            pieces.add("</tbody></table>\n", to: output)
            writeList(report, findings: part.findings, file: number, to: output)
            pieces.add("</div>", to: output)
        }
        Self.writeParts(parts, open: open, noun: "Units", add: { pieces.add($0, to: output) }, body: body)
    }

    /// A place in a unit's source that a finding names.
    struct SourceMark {
        var start: Int
        var end: Int
        /// The finding's severity and rule classes, which the filters hide.
        var classes: String
        var title: String
    }

    /// The unit whose source holds offset `offset` of the sources' text, by binary search
    /// (the sources follow each other, each with the blank line after it).
    static func unitIndex(atSource offset: Int, in units: [BilingualUnit]) -> Int? {
        var low = 0, high = units.count - 1, found: Int?
        while low <= high {
            let middle = (low + high) / 2
            if units[middle].source.lowerBound <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// A unit's source segment for its cell, each place a finding names in a `<mark>` (the
    /// first of overlapping ones; they carry no `data-f`, which the target's spans have).
    static func appendSource(_ text: [UInt16], _ range: Range<Int>, marks: [SourceMark], to row: inout String) {
        var position = range.lowerBound
        for mark in marks.sorted(by: { ($0.start, -$0.end) < ($1.start, -$1.end) }) where mark.start >= position {
            HTMLText.appendText(String(utf16Units: text[position..<mark.start])[...], to: &row)
            row += "<mark class=\"\(mark.classes)\" title=\"\(HTMLText.attribute(mark.title))\">"
            HTMLText.appendText(String(utf16Units: text[mark.start..<mark.end])[...], to: &row)
            row += "</mark>"
            position = mark.end
        }
        HTMLText.appendText(String(utf16Units: text[position..<range.upperBound])[...], to: &row)
    }

    /// One part as the file's content, or the parts each in a collapsible `details`, made on
    /// opening but the first of an open file.
    private static func writeParts(_ parts: [Part], open: Bool, noun: String, add: (String) -> Void, body: (Part) -> Void) {
        if parts.count == 1 {
            if !open { add("<noscript class=\"lazy\">") }
            body(parts[0])
            if !open { add("</noscript>") }
            return
        }
        // Each part says which findings it lists, for links into it.
        add("<div class=\"parts\">\n")
        for (index, part) in parts.enumerated() {
            let shown = open && index == 0
            var summary = "<details class=\"part\"\(shown ? " open" : "")"
            if !part.findings.isEmpty {
                summary += " data-first=\"\(part.findings.lowerBound + 1)\" data-last=\"\(part.findings.upperBound)\""
            }
            summary += "><summary>\(noun) \(part.firstLine.formattedWithGrouping)–\(part.lastLine.formattedWithGrouping) · "
            summary += (part.findings.isEmpty ? "no findings" : Self.plural(part.findings.count, "finding")) + "</summary>\n"
            add(summary + (shown ? "" : "<noscript class=\"lazy\">"))
            body(part)
            add((shown ? "" : "</noscript>") + "\n</details>\n")
        }
        add("</div>")
    }

    /// The list of `findings` (indices of the report's), if any.
    private mutating func writeList(_ report: FileReport, findings: Range<Int>, file: Int, to output: (String) -> Void) {
        guard !findings.isEmpty else { return }
        pieces.add("<ol class=\"fl\">\n", to: output)
        for index in findings {
            pieces.add(listItem(report.diagnostics[index], file: file, finding: index + 1), to: output)
        }
        pieces.add("</ol>\n", to: output)
    }

    /// `e r3`: a finding's severity and rule classes, which the filters hide.
    private func classes(_ located: LocatedDiagnostic) -> String {
        Self.severityClass(located.severity) + " r\(ruleIndex[located.ruleID] ?? 0)"
    }

    /// `e3`: the same in a word, for the section's `data-k`.
    private func key(_ located: LocatedDiagnostic) -> String {
        Self.severityClass(located.severity) + "\(ruleIndex[located.ruleID] ?? 0)"
    }

    private func listItem(_ located: LocatedDiagnostic, file: Int, finding: Int) -> String {
        let location = located.location
        let severity = Self.severityClass(located.severity)
        var item = "<li class=\"\(classes(located))\" id=\"L\(file)-\(finding)\">"
        item += "<a href=\"#M\(file)-\(finding)\">\(location.line):\(location.column)</a> "
        item += "<span class=\"sv \(severity)\">\(located.severity.rawValue)</span> "
        item += "<a class=\"ru\" href=\"#\(Self.ruleAnchor(located.ruleID))\">\(HTMLText.text(located.ruleID))</a>"
        item += "<p>\(HTMLText.message(located.diagnostic.message))</p>"
        let suggestions = located.diagnostic.suggestions
        if !suggestions.isEmpty {
            item += "<p class=\"sg\">" + (suggestions.count == 1 ? "Suggestion: " : "Suggestions: ")
            item += suggestions.map { $0.isEmpty ? "(remove the text)" : "<code>\(HTMLText.text($0))</code>" }.joined(separator: " or ")
            item += "</p>"
        }
        for place in located.related {
            let inFile = place.path.map { HTMLText.text($0) + ":" } ?? ""
            item +=
                "<p class=\"rel\">See \(inFile)\(place.location.line):\(place.location.column) <code>\(HTMLText.text(place.text))</code>"
            if !place.message.isEmpty { item += " " + HTMLText.message(place.message) }
            item += "</p>"
        }
        return item + "</li>\n"
    }

    /// A finding's span, in the order the text is written.
    struct Span {
        var start: Int
        var end: Int
        /// The finding's number in the file (its list's order).
        var finding: Int
        /// The opening tag of a piece after the first.
        var tag: String
    }

    /// The report's spans, outer ones first: by start, the longer first, then in the list's
    /// order.
    private func spans(of report: FileReport, count: Int) -> [Span] {
        let spans: [Span] = report.diagnostics.enumerated().map { index, located in
            let start = min(max(0, located.location.characterOffset), count)
            let end = min(start + max(0, located.location.characterLength), count)
            return Span(start: start, end: end, finding: index + 1, tag: "<mark class=\"\(classes(located))\" data-f=\"\(index + 1)\">")
        }
        return spans.sorted { ($0.start, -$0.end, $0.finding) < ($1.start, -$1.end, $1.finding) }
    }

    /// Where the line from `offset` of `text` ends, before and after its line end (LF, CRLF
    /// or CR, as in the source map); both are the text's end on the last line.
    static func line(from offset: Int, in text: [UInt16]) -> (content: Int, end: Int) {
        var index = offset
        while index < text.count {
            let unit = text[index]
            if unit == 0x0A { return (index, index + 1) }
            if unit == 0x0D { return (index, index + 1 < text.count && text[index + 1] == 0x0A ? index + 2 : index + 1) }
            index += 1
        }
        return (text.count, text.count)
    }

    /// A stretch of a long text shown on its own: whole lines, the spans and findings that
    /// start in them.
    struct Part {
        var units: Range<Int>
        var firstLine: Int
        var lastLine: Int
        /// Indices into the sorted spans.
        var spans: Range<Int>
        /// Indices into the report's findings (their numbers less one).
        var findings: Range<Int>
    }

    /// Lines in a part, at most; and code units, at most, but for one long line.
    static let partLines = 500
    static let partUnits = 50_000

    /// The text cut into parts of at most `partLines` lines and `partUnits` code units (a line
    /// longer than that is a part of its own), at line ends that no finding crosses, so that
    /// each finding is whole in one part; one part for most texts.
    static func parts(of text: [UInt16], spans: [Span]) -> [Part] {
        var parts: [Part] = []
        var partStart = 0, partLine = 1, spanStart = 0
        var lineNumber = 1, position = 0, nextSpan = 0
        /// The furthest end of the spans that start before the position.
        var reach = 0
        while position < text.count {
            let (content, end) = line(from: position, in: text)
            while nextSpan < spans.count && spans[nextSpan].start < end {
                reach = max(reach, spans[nextSpan].end)
                nextSpan += 1
            }
            let full = lineNumber - partLine + 1 >= partLines || end - partStart >= partUnits
            if full && reach <= content && end < text.count {
                parts.append(
                    Part(units: partStart..<end, firstLine: partLine, lastLine: lineNumber, spans: spanStart..<nextSpan, findings: 0..<0))
                (partStart, partLine, spanStart) = (end, lineNumber + 1, nextSpan)
            }
            position = end
            lineNumber += 1
        }
        parts.append(
            Part(
                units: partStart..<text.count, firstLine: partLine, lastLine: max(partLine, lineNumber - 1),
                spans: spanStart..<spans.count, findings: 0..<0))
        // The findings are numbered in the order of their starts, as the spans are sorted.
        for index in parts.indices {
            let numbers = spans[parts[index].spans].map(\.finding)
            parts[index].findings = (numbers.min() ?? 1) - 1..<(numbers.max() ?? 0)
            if numbers.isEmpty { parts[index].findings = 0..<0 }
        }
        return parts
    }

    /// The text of `range` (whole lines) as a list item per line, with each finding's span in
    /// `<mark>` elements: nested where findings nest, cut where they cross or where a line
    /// ends. Every piece carries the finding's number in `data-f`, the first also the id the
    /// list links to. Line ends stand between the items (the list's white space is not shown,
    /// the items' is), and nothing else does, so the text of the list (`textContent`) is the
    /// text; a finding that takes in a line end has a piece on the next line, empty if need
    /// be: the text from the start of its first piece to the end of its last is the flagged
    /// text. `spans` start in `range` and end in it.
    private mutating func writeSource(
        _ text: [UInt16], spans: ArraySlice<Span>, range: Range<Int>, file: Int, to output: (String) -> Void
    ) {
        let count = range.upperBound
        let spans = Array(spans)
        func firstTag(_ span: Span) -> String {
            "<mark id=\"M\(file)-\(span.finding)\"" + span.tag.dropFirst("<mark".count)
        }

        var html = "<li>"
        var open: [Span] = []
        var next = 0
        var position = range.lowerBound
        var (contentEnd, lineEnd) = Self.line(from: position, in: text)
        while true {
            var target = min(contentEnd, count)
            if next < spans.count { target = min(target, spans[next].start) }
            for span in open { target = min(target, span.end) }
            if target > position {
                HTMLText.appendText(String(utf16Units: text[position..<target])[...], to: &html)
                position = target
            }
            // Close what ends here; what was opened inside it and goes on is opened again.
            if let first = open.firstIndex(where: { $0.end <= position }) {
                html += String(repeating: "</mark>", count: open.count - first)
                let goingOn = open[first...].filter { $0.end > position }
                open.removeSubrange(first...)
                for span in goingOn {
                    html += span.tag
                    open.append(span)
                }
            }
            // Open what starts here (or within the line end, when the line ends here).
            let opening = position == contentEnd ? lineEnd : position + 1
            while next < spans.count && spans[next].start < max(opening, position + 1) {
                let span = spans[next]
                next += 1
                html += firstTag(span)
                if span.end > span.start { open.append(span) } else { html += "</mark>" }
            }
            guard position == contentEnd && contentEnd < count else {
                if position >= count && next >= spans.count && open.isEmpty { break }
                continue
            }
            // The line end, between this item and the next.
            html += String(repeating: "</mark>", count: open.count) + "</li>"
            HTMLText.appendLineEnd(String(utf16Units: text[contentEnd..<lineEnd]), to: &html)
            position = lineEnd
            (contentEnd, lineEnd) = Self.line(from: position, in: text)
            if position == count && open.isEmpty && next >= spans.count {
                pieces.add(html, to: output)
                return
            }
            pieces.add(html, to: output)
            html = "<li>"
            open = open.filter { span in
                html += span.tag
                if span.end > position { return true }
                html += "</mark>"
                return false
            }
        }
        pieces.add(html + "</li>", to: output)
    }
}
