import Foundation

/// The machine-readable report, version 1 of the contract in DESIGN.md. Fields may be added;
/// none is renamed or removed without a new version number.
public struct JSONReporter: Sendable {
    public init() {}

    public func render(_ run: LintRun) -> String {
        let report = Report(
            version: 1,
            tool: .init(name: ToolInfo.name, version: ToolInfo.version),
            files: run.reports.map(File.init),
            summary: .init(files: run.reports.count, errors: run.count(.error), warnings: run.count(.warning),
                           infos: run.count(.info), unreadable: run.problems.count)
        )
        let encoder = JSONEncoder()
        // Sorted keys: Foundation's encoder on Linux does not keep declaration order from one
        // process to the next, and reports must be byte-for-byte stable.
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        let data = try! encoder.encode(report)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Codable {
        var version: Int
        var tool: Tool
        var files: [File]
        var summary: Summary
    }

    struct Tool: Codable {
        var name: String
        var version: String
    }

    struct File: Codable {
        var path: String
        var language: String
        /// `given`, `detected` or `undetermined`.
        var languageSource: String
        var languageReason: String
        var words: Int
        var diagnostics: [Entry]

        init(_ report: FileReport) {
            path = report.path
            language = report.language.tag
            languageSource = report.language.source.rawValue
            languageReason = report.language.reason
            words = report.wordCount
            diagnostics = report.diagnostics.map(Entry.init)
        }
    }

    struct Entry: Codable {
        var rule: String
        var severity: String
        var category: String
        var message: String
        var text: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var offset: Int
        var length: Int
        var suggestions: [String]
        var related: [Related]

        init(_ located: LocatedDiagnostic) {
            let location = located.location
            rule = located.ruleID
            severity = located.severity.rawValue
            category = located.diagnostic.category.rawValue
            message = located.diagnostic.message
            text = located.text
            line = location.line
            column = location.column
            endLine = location.endLine
            endColumn = location.endColumn
            offset = location.offset
            length = location.length
            suggestions = located.diagnostic.suggestions
            related = located.related.map(Related.init)
        }
    }

    struct Related: Codable {
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var offset: Int
        var length: Int
        var text: String
        var message: String

        init(_ place: LocatedPlace) {
            line = place.location.line
            column = place.location.column
            endLine = place.location.endLine
            endColumn = place.location.endColumn
            offset = place.location.offset
            length = place.location.length
            text = place.text
            message = place.message
        }
    }

    struct Summary: Codable {
        var files: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        /// Inputs that could not be read or decoded (named on stderr).
        var unreadable: Int
    }
}
