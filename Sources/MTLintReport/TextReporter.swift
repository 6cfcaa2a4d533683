import MTLintCore
import MTLintText

/// The report for people: compiler-style lines (`path:line:column: severity: message [rule]`),
/// the source line with the flagged text underlined, the suggestion, and a summary line.
public struct TextReporter: Reporter {
    public static let name = "text"
    public static let summary = "for people: compiler-style lines, the source line, a summary"
    public static let writesFilesAsTheyFinish = true
    public static let showsExcerpts = true

    /// ANSI colours; only on a terminal, never when NO_COLOR is set (decided by the CLI).
    public var color: Bool
    /// The summary counts records (`--input-format jsonl`), not files.
    public var checksRecords: Bool

    public init(color: Bool, checksRecords: Bool = false) {
        self.color = color
        self.checksRecords = checksRecords
    }
    public init(options: ReportOptions) { self.init(color: options.color, checksRecords: options.checksRecords) }

    public func finish(_ run: LintRun, to output: (String) -> Void) {
        output(summary(run) + "\n")
    }

    public func render(_ run: LintRun) -> String {
        var output = ""
        for report in run.reports {
            output += render(report)
        }
        output += summary(run) + "\n"
        return output
    }

    /// The findings of one file, or nothing for a clean file whose language is known.
    public func render(_ report: FileReport) -> String {
        var output = ""
        write(report) { output += $0 }
        return output
    }

    /// The same text handed to `output` in pieces of about 64 KB: a file with a hundred
    /// thousand findings is never one string in memory. The file's name is printed with its
    /// control characters escaped (PrintableText), so that it cannot start a line of its own.
    public func write(_ report: FileReport, to output: (String) -> Void) {
        var pieces = OutputPieces()
        let path = PrintableText.name(report.path)
        if !report.diagnostics.isEmpty || report.language.source == .undetermined {
            pieces.add(
                style("\(path):", .bold) + " " + style("note:", .bold)
                    + " language \(report.language.tag) (\(report.language.reason))\n", to: output)
        }
        for located in report.diagnostics { pieces.add(render(located, path: path, excerpt: report.excerpt(of: located)), to: output) }
        pieces.finish(to: output)
    }

    /// One finding; `path` is the file's name as printed (escaped).
    func render(_ located: LocatedDiagnostic, path: String, excerpt: Excerpt?) -> String {
        let location = located.location
        let severity = located.severity
        // One String grown in place: this runs once per finding, and a damaged corpus has
        // a finding every couple of hundred bytes.
        var output = ""
        output.reserveCapacity(located.diagnostic.message.utf8.count + 2 * (excerpt?.text.utf8.count ?? 0) + path.utf8.count + 160)
        output += style("\(path):\(location.line):\(location.column):", .bold)
        output += " "
        output += style("\(severity.rawValue):", severity.color, bold: true)
        output += " "
        // Messages quote the linted text: a line break or ESC in it must not reach the log raw.
        output += PrintableText.line(located.diagnostic.message)
        output += " "
        output += style("[\(located.ruleID)]", .dim)
        output += "\n"
        let number = String(location.line)
        var gutter = ""
        Self.append(" ", times: number.utf8.count, to: &gutter)
        // The source line with the finding underlined, when the linter made excerpts.
        if let excerpt {
            output += style(" \(number) | ", .dim)
            output += excerpt.text
            output += "\n"
            output += style(" \(gutter) | ", .dim)
            Self.append(" ", times: excerpt.columnsBefore, to: &output)
            var underline = "^"
            Self.append("~", times: excerpt.columnsHighlighted - 1, to: &underline)
            output += style(underline, severity.color, bold: true)
            output += "\n"
        }
        if let suggestions = located.suggestionText {
            let label = located.diagnostic.suggestions.count == 1 ? "suggestion:" : "suggestions:"
            output += " \(gutter) " + style("= \(label)", .green) + " " + PrintableText.line(suggestions) + "\n"
        }
        // The places the finding names (the source a translation renders, a name's first
        // spelling), each where an editor can open it.
        for place in located.related {
            let file = place.path.map(PrintableText.name) ?? path
            var note = PrintableText.line(place.message)
            if !place.text.isEmpty, !place.message.contains(place.text), !located.diagnostic.message.contains(place.text) {
                note += ": `" + PrintableText.line(Self.cut(place.text)) + "`"
            }
            output += " \(gutter) " + style("= see:", .dim) + " \(file):\(place.location.line):\(place.location.column): " + note + "\n"
        }
        return output
    }

    /// A related place's text, on one line, cut to 60 characters.
    static func cut(_ text: String) -> String {
        var line = Substring(text.split(whereSeparator: \.isNewline).joined(separator: " "))
        while line.first?.isWhitespace == true { line.removeFirst() }
        while line.last?.isWhitespace == true { line.removeLast() }
        return line.count > 60 ? String(line.prefix(59)) + "…" : String(line)
    }

    /// Runs of spaces and of `~` made once: appending a Character at a time went through
    /// grapheme handling for each column of every excerpt.
    private static let runs: [Character: [String]] = [
        " ": (0..<160).map { String(repeating: " ", count: $0) },
        "~": (0..<160).map { String(repeating: "~", count: $0) },
    ]

    private static func append(_ character: Character, times count: Int, to output: inout String) {
        guard count > 0 else { return }
        if let run = runs[character], count < run.count {
            output += run[count]
        } else {
            output += String(repeating: character, count: count)
        }
    }

    public func summary(_ run: LintRun) -> String {
        let tally = run.tally
        let files = plural(tally.files, checksRecords ? "record" : "file")
        var line =
            "\(files) checked (\(tally.words.formattedWithGrouping) words): "
            + plural(run.count(.error), "error") + ", " + plural(run.count(.warning), "warning") + ", "
            + plural(run.count(.info), "info")
        line += "; score " + run.score.description
        if tally.files > 1, let lowest = tally.lowest, lowest.score.value < run.score.value {
            line += " (lowest \(lowest.score) in \(PrintableText.name(lowest.path)))"
        }
        if let baseline = run.baseline {
            line += "; " + plural(baseline.matched, "finding") + " in the baseline"
            if baseline.stale > 0 { line += ", " + plural(baseline.stale, "stale entry", "stale entries") }
        }
        let problems = tally.unreadable
        if problems > 0 { line += "; " + (problems == 1 ? "1 input" : "\(problems) inputs") + " could not be read" }
        return style(line, .bold)
    }

    private func plural(_ count: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    enum Color: String {
        case red = "31", yellow = "33", cyan = "36", green = "32", dim = "2", bold = "1"
    }

    private func style(_ text: String, _ color: Color, bold: Bool = false) -> String {
        guard self.color else { return text }
        return "\u{1B}[" + (bold && color != .bold ? "1;" : "") + color.rawValue + "m" + text + "\u{1B}[0m"
    }
}

extension Severity {
    var color: TextReporter.Color {
        switch self {
        case .error: .red
        case .warning: .yellow
        case .info: .cyan
        }
    }
}

package extension Int {
    /// 12345 -> "12,345", independent of the machine's locale.
    var formattedWithGrouping: String {
        let digits = String(magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (self < 0 ? "-" : "") + result
    }
}
