import MTLintCore
import MTLintText

/// The summary of the HTML report (written after the files, shown above them) and the rules'
/// explanations.
extension HTMLReporter {
    /// Totals, charts, worst files, baseline, filters.
    func summary(_ run: LintRun) -> String {
        let tally = run.tally
        let findings = Self.severities.map { run.count($0) }
        var output = "<section id=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Summary</h2>\n"
        output +=
            "<p class=\"totals\">\(Self.plural(tally.files, checksRecords ? "record" : "file")) checked, \(Self.plural(tally.words, "word")): "
        output += Self.severities.enumerated().map { index, severity in
            "<span class=\"n \(Self.severityClass(severity))\">\(Self.plural(findings[index], severity.rawValue))</span>"
        }.joined(separator: ", ")
        output += "; score <b>\(run.score)</b>"
        if tally.files > 1, let lowest = tally.lowest, lowest.score.value < run.score.value {
            output += " (lowest \(lowest.score) in \(HTMLText.text(Self.shownPath(lowest.path))))"
        }
        output += ".</p>\n"
        if let baseline = run.baseline {
            let new = findings.reduce(0, +)
            output += "<p class=\"baseline\">Baseline <code>\(HTMLText.text(Self.shownPath(baseline.file)))</code>: "
            output += "<b>\(Self.plural(new, "new finding"))</b> shown here, "
            output += "\(Self.plural(baseline.matched, "known finding")) in the baseline not shown"
            if baseline.stale > 0 {
                output += ", \(Self.plural(baseline.stale, "stale entry", "stale entries")) (write the baseline again)"
            }
            output += ".</p>\n"
        }
        if tally.unreadable > 0 {
            output += "<p class=\"problems\"><span class=\"n e\">\(Self.plural(tally.unreadable, "input"))</span> could not be read"
            let problems = run.problems
            if problems.isEmpty {
                output += " (named on standard error).</p>\n"
            } else {
                output += ":</p>\n<ul class=\"problems\">\n"
                for problem in problems {
                    output += "<li><code>\(HTMLText.text(Self.shownPath(problem.path)))</code>: \(HTMLText.text(problem.message))</li>\n"
                }
                output += "</ul>\n"
            }
        }
        output += "<div class=\"charts\">\n"
        output += "<div class=\"chart\">\n<h3>Findings by severity</h3>\n" + severityChart(findings) + "</div>\n"
        output += "<div class=\"chart\">\n<h3>Quality scores of the \(unitNoun)s</h3>\n" + scoreHistogram() + "</div>\n"
        output += "</div>\n<div class=\"charts\">\n"
        if !ruleOrder.isEmpty {
            output += "<div class=\"chart\">\n<h3>Findings by rule</h3>\n" + ruleChart() + "</div>\n"
        }
        output += worstFilesTable()
        output += "</div>\n"
        output += filters(findings)
        return output + "</section>\n"
    }

    /// Rules by number of findings, most first, then by id.
    private var rulesByCount: [(id: String, counts: [Int])] {
        ruleOrder.map { ($0, ruleCounts[$0] ?? [0, 0, 0]) }
            .sorted { ($1.counts.reduce(0, +), $0.id) < ($0.counts.reduce(0, +), $1.id) }
    }

    // MARK: - Charts (inline SVG; every bar has a title, every number is also written)

    /// Horizontal bars, one row per label: segments per severity, the total after them.
    private func barChart(label: String, rows: [(label: String, link: String?, counts: [Int])]) -> String {
        let labelWidth = 12 + 15 * (rows.map(\.label.count).max() ?? 0) / 2
        let barWidth = 360.0
        let rowHeight = 22
        let width = labelWidth + Int(barWidth) + 60
        let height = rows.count * rowHeight + 4
        let largest = max(1, rows.map { $0.counts.reduce(0, +) }.max() ?? 1)
        var svg =
            "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"\(HTMLText.attribute(label))\">\n"
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight + 2
            let labelText = "<text class=\"lbl\" x=\"0\" y=\"\(y + 15)\">\(HTMLText.text(row.label))</text>"
            svg += row.link.map { "<a href=\"#\($0)\">\(labelText)</a>" } ?? labelText
            var x = Double(labelWidth)
            for (severityIndex, count) in row.counts.enumerated() where count > 0 {
                let severity = Self.severities[severityIndex]
                let length = max(1, barWidth * Double(count) / Double(largest))
                svg +=
                    "<rect class=\"\(Self.severityClass(severity))\" x=\"\(Self.number(x))\" y=\"\(y + 3)\" width=\"\(Self.number(length))\" height=\"16\">"
                svg += "<title>\(HTMLText.text(row.label)): \(Self.plural(count, severity.rawValue))</title></rect>"
                x += length
            }
            svg += "<text x=\"\(Self.number(x + 6))\" y=\"\(y + 15)\">\(row.counts.reduce(0, +).formattedWithGrouping)</text>\n"
        }
        return svg + "</svg>\n"
    }

    private func severityChart(_ findings: [Int]) -> String {
        barChart(
            label: "Findings by severity: "
                + Self.severities.enumerated().map { Self.plural(findings[$0.offset], $0.element.rawValue) }.joined(separator: ", "),
            rows: Self.severities.enumerated().map { index, severity in
                var counts = [0, 0, 0]
                counts[index] = findings[index]
                return (severity.rawValue + "s", nil, counts)
            })
    }

    private func ruleChart() -> String {
        let rows = rulesByCount
        return barChart(
            label: "Findings by rule: " + rows.map { "\($0.id) \($0.counts.reduce(0, +))" }.joined(separator: ", "),
            rows: rows.map { ($0.id, Self.ruleAnchor($0.id), $0.counts) })
    }

    /// The files' scores in ten bins (0 to 10, ... 90 to 100) and one for 100 itself.
    private func scoreHistogram() -> String {
        var bins = [Int](repeating: 0, count: 11)
        for file in files {
            bins[file.score.value >= 100 ? 10 : min(9, Int(file.score.value / 10))] += 1
        }
        let labels = (0..<10).map { "\($0 * 10)–\($0 * 10 + 10)" } + ["100"]
        let largest = max(1, bins.max() ?? 1)
        let (barWidth, gap, plotHeight) = (36, 6, 120)
        let width = bins.count * (barWidth + gap)
        let height = plotHeight + 40
        var svg =
            "<svg viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" aria-label=\"Quality scores of the \(unitNoun)s: "
        svg +=
            HTMLText.attribute(
                bins.enumerated().filter { $0.element > 0 }.map { "\(labels[$0.offset]): \($0.element)" }.joined(separator: ", ")) + "\">\n"
        for (index, count) in bins.enumerated() {
            let x = index * (barWidth + gap)
            let length = count == 0 ? 0 : max(2, plotHeight * count / largest)
            let y = 16 + plotHeight - length
            svg += "<rect class=\"\(index == 10 ? "ok" : "s")\" x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(length)\">"
            svg += "<title>score \(labels[index]): \(Self.plural(count, unitNoun))</title></rect>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\">\(count.formattedWithGrouping)</text>"
            svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height - 6)\" text-anchor=\"middle\" font-size=\"10\">\(labels[index])</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// 12.5 -> "12.5", 12.0 -> "12".
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    /// What the run checked: files, or records (`--input-format jsonl`).
    private var unitNoun: String { checksRecords ? "record" : "file" }
    private var unitTitle: String { checksRecords ? "Record" : "File" }

    /// The files with findings and the lowest scores.
    private func worstFilesTable() -> String {
        let worst = files.filter { $0.counts.reduce(0, +) > 0 }
            .sorted { ($0.score.value, $0.number) < ($1.score.value, $1.number) }
            .prefix(Self.worstFiles)
        guard !worst.isEmpty else { return "" }
        var table =
            "<div class=\"chart\">\n<h3>Worst \(unitNoun)s</h3>\n<table class=\"worst\">\n<thead><tr><th class=\"num\">Score</th><th>\(unitTitle)</th>"
        table +=
            "<th class=\"num\">Errors</th><th class=\"num\">Warnings</th><th class=\"num\">Infos</th><th class=\"num\">Words</th></tr></thead>\n<tbody>\n"
        for file in worst {
            table +=
                "<tr><td class=\"num\">\(file.score)</td><td><a href=\"#F\(file.number)\">\(HTMLText.text(Self.shownPath(file.path)))</a></td>"
            table += file.counts.map { "<td class=\"num\">\($0.formattedWithGrouping)</td>" }.joined()
            table += "<td class=\"num\">\(file.words.formattedWithGrouping)</td></tr>\n"
        }
        return table + "</tbody>\n</table>\n</div>\n"
    }

    /// The filter form: hidden until the script shows it (it does nothing without it).
    private func filters(_ findings: [Int]) -> String {
        var form = "<form id=\"filters\" hidden>\n<fieldset><legend>Severity</legend>"
        for (index, severity) in Self.severities.enumerated() {
            form += "<label><input type=\"checkbox\" data-c=\"\(Self.severityClass(severity))\" checked> "
            form +=
                "<span class=\"n \(Self.severityClass(severity))\">\(severity.rawValue)s</span> (\(findings[index].formattedWithGrouping))</label>"
        }
        form += "</fieldset>\n"
        if !ruleOrder.isEmpty {
            form += "<fieldset class=\"rules\"><legend>Rules</legend>"
            for (id, counts) in rulesByCount {
                form +=
                    "<label><input type=\"checkbox\" data-c=\"r\(ruleIndex[id] ?? 0)\" checked> <code>\(HTMLText.text(id))</code> (\(counts.reduce(0, +).formattedWithGrouping))</label> "
            }
            form += "</fieldset>\n"
        }
        form +=
            "<fieldset><legend>\(unitTitle)s</legend><label>\(checksRecords ? "name" : "path") contains <input type=\"search\" id=\"file-filter\"></label>"
        form += "<label><input type=\"checkbox\" id=\"only-findings\"> only \(unitNoun)s with findings shown</label>"
        form +=
            "<button type=\"button\" id=\"open-all\">Open all</button> <button type=\"button\" id=\"close-all\">Close all</button></fieldset>\n"
        form += "<p id=\"shown\" role=\"status\"></p>\n</form>\n"
        return form
    }

    // MARK: - Rules

    /// The explanation of each rule that found something, as `mtlint explain` prints it.
    func rules(_ run: LintRun) -> String {
        let found = Set(ruleOrder)
        let explained = run.rules.filter { found.contains($0.id) }
        var output = "<section id=\"rules\" aria-labelledby=\"rules-title\">\n<h2 id=\"rules-title\">Rules</h2>\n"
        guard !explained.isEmpty else { return output + "<p class=\"muted\">No rule found anything.</p>\n</section>\n" }
        output +=
            "<p class=\"muted\">What each rule that found something looks for, with examples (<code>mtlint explain RULE</code>).</p>\n"
        for rule in explained {
            output += "<section id=\"\(Self.ruleAnchor(rule.id))\"><h3><code>\(HTMLText.text(rule.id))</code> "
            output += "<span class=\"meta\">\(rule.severity.rawValue), \(rule.category.rawValue)</span></h3>\n"
            output += "<pre>\(HTMLText.text(RuleDocumentation.explanation(of: rule)))</pre></section>\n"
        }
        return output + "</section>\n"
    }
}
