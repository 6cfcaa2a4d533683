import MTLintCore

/// The results of records mode (`mtlint check --input-format jsonl --format jsonl`): one JSON
/// object per line for each input record, in the input's order:
///
///     {"id":…,"language":"it","languageReason":"…","languageSource":"given","score":97.5,"words":120,
///      "diagnostics":[…],…the record's other fields as written}
///
/// or, for a line that could not be linted, `{"id":…,"error":"…",…}` (the id and the other
/// fields when the line had them). A diagnostic has the fields of the JSON report's, with
/// `offset`, `length`, `line`, `column` in the record's `text`, and `utf16Offset` and
/// `utf16Length`, the same range in UTF-16 code units (JavaScript's and Java's string
/// indices). The record's fields come first, sorted; its other fields follow as written.
package enum RecordLines {
    /// The record's result, with its line feed. `writtenID` and `passThrough` (each field
    /// after a comma) are JSON text as the record had it.
    package static func line(for report: FileReport, writtenID: String, passThrough: String, utf16Shift: Int) -> String {
        let head = JSONPieces.encode(Head(report), pretty: false)
        var line = "{\"id\":" + writtenID + "," + head.dropFirst().dropLast() + ",\"diagnostics\":["
        for (index, located) in report.diagnostics.enumerated() {
            if index > 0 { line += "," }
            line += JSONPieces.encode(JSONReporter.Entry(record: located, utf16Shift: utf16Shift), pretty: false)
        }
        return line + "]" + passThrough + "}\n"
    }

    /// The result of a line that could not be linted, with its line feed.
    package static func errorLine(_ message: String, writtenID: String?, passThrough: String) -> String {
        "{" + (writtenID.map { "\"id\":" + $0 + "," } ?? "") + "\"error\":" + JSONPieces.encode(message, pretty: false) + passThrough
            + "}\n"
    }

    /// The fields of a result before its diagnostics, as the JSON report names them.
    private struct Head: Encodable {
        var language: String
        var languageReason: String
        var languageSource: String
        var score: Double
        var words: Int

        init(_ report: FileReport) {
            language = report.language.tag
            languageReason = report.language.reason
            languageSource = report.language.source.rawValue
            score = report.score.value
            words = report.wordCount
        }
    }
}
