import Foundation
import MTLintCore
import MTLintText

/// The machine-readable report, version 1 of the contract in DESIGN.md. Fields may be added;
/// none is renamed or removed without a new version number.
public struct JSONReporter: Reporter {
    public static let name = "json"
    public static let summary = "the JSON report of DESIGN.md"
    public static let writesFilesAsTheyFinish = true

    /// The report being written by a run (Reporter): files first, the summary at the end.
    private var stream = Stream()

    public init() {}
    public init(options: ReportOptions) {
        stream = Stream(threads: options.threads)
    }

    public mutating func write(_ report: FileReport, to output: (String) -> Void) {
        stream.add(report, to: output)
    }

    public mutating func finish(_ run: LintRun, to output: (String) -> Void) {
        stream.finish(run, to: output)
    }

    public func render(_ run: LintRun) -> String {
        var output = ""
        write(run) { output += $0 }
        return output
    }

    /// The same text, handed to `output` in pieces of about 64 KB.
    public func write(_ run: LintRun, to output: (String) -> Void) {
        var stream = Stream(threads: self.stream.threads)
        for report in run.reports { stream.add(report, to: output) }
        stream.finish(run, to: output)
    }

    /// The report written file by file while a run goes on: the files come first in the
    /// report and the summary last, so a file's findings can be printed and let go as soon
    /// as it is linted, and memory stays flat over any number of files. The encoder sees one
    /// finding at a time: given a whole report of a hundred thousand findings it held several
    /// copies of it at once (docs/performance.md). The bytes are those of
    /// encoding the whole report: pieces are encoded with the same settings, re-indented to
    /// their depth, and put where the encoder writes an empty array.
    public struct Stream: Sendable {
        private var pieces = OutputPieces()
        private var files = 0
        /// Threads that encode a file's findings (ReportOptions.threads).
        let threads: Int

        public init(threads: Int = 1) {
            self.threads = threads
        }

        /// Writes one file's part (and, before the first, the report's opening).
        public mutating func add(_ report: FileReport, to output: (String) -> Void) {
            if files == 0 { pieces.add(JSONReporter.splitSkeleton(summary: nil).head, to: output) }
            let (fileHead, fileTail) = JSONPieces.split(
                JSONPieces.encode(File(report, withFindings: false), pretty: true),
                emptyArray: "diagnostics", indentedBy: 2)
            pieces.add((files == 0 ? "\n" : ",\n") + JSONPieces.indented(fileHead, by: 4), to: output)
            JSONPieces.writeItems(
                report.diagnostics.lazy.map(Entry.init), indentedBy: 8, threads: threads, into: &pieces, to: output)
            pieces.add(JSONPieces.indented(fileTail, by: 4, fromLine: 1), to: output)
            files += 1
        }

        /// Writes the end of the report, with the summary of `run` (whose reports may have
        /// dropped their findings by now: the summary needs only their counts).
        public mutating func finish(_ run: LintRun, to output: (String) -> Void) {
            let (head, tail) = JSONReporter.splitSkeleton(summary: Summary(run))
            if files == 0 { pieces.add(head, to: output) }
            pieces.add((files == 0 ? "\n\n" : "\n") + "  ]" + tail + "\n", to: output)
            pieces.finish(to: output)
        }
    }

    /// The report without files, cut where they go.
    private static func splitSkeleton(summary: Summary?) -> (head: String, tail: String) {
        JSONPieces.split(
            JSONPieces.encode(
                Report(
                    version: 1, tool: .init(name: ToolInfo.name, version: ToolInfo.version), files: [],
                    summary: summary ?? Summary(files: 0, errors: 0, warnings: 0, infos: 0, unreadable: 0, score: 0, baseline: nil)),
                pretty: true),
            emptyArray: "files", indentedBy: 2)
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
        /// The quality score, 0–100 (see QualityScore).
        var score: Double
        var diagnostics: [Entry]

        init(_ report: FileReport, withFindings: Bool = true) {
            path = report.path
            language = report.language.tag
            languageSource = report.language.source.rawValue
            languageReason = report.language.reason
            words = report.wordCount
            score = report.score.value
            diagnostics = withFindings ? report.diagnostics.map(Entry.init) : []
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
        /// How sure the rule is: low, medium or high.
        var confidence: String
        /// The finding's identity across edits elsewhere in the file, as baselines record it.
        var fingerprint: String
        /// Offset and length in UTF-16 code units of the text: only in records' results
        /// (RecordLines); nil, and so left out, in the JSON report.
        var utf16Offset: Int?
        var utf16Length: Int?

        /// The entry of a record's result, with UTF-16 offsets too; `utf16Shift` is added to
        /// them (1 when the text opens with U+FEFF, which decoding takes for a byte-order mark).
        init(record located: LocatedDiagnostic, utf16Shift: Int) {
            self.init(located)
            utf16Offset = located.location.characterOffset + utf16Shift
            utf16Length = located.location.characterLength
            related = located.related.map { Related(record: $0, utf16Shift: utf16Shift) }
        }

        /// In a bilingual file, the unit the finding is in; absent for other files.
        var segment: Segment?

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
            confidence = located.diagnostic.confidence.rawValue
            fingerprint = located.fingerprint
            segment = located.segment.map(Segment.init)
        }
    }

    /// A bilingual file's unit: its id in the file, its number, its state when it has one.
    struct Segment: Codable {
        var id: String
        var index: Int
        var state: String?

        init(_ reference: SegmentReference) {
            id = reference.id
            index = reference.index
            state = reference.state
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
        /// The file the place is in, when it is not the finding's: the source of a
        /// translation kept in a file of its own (`check --source`). Absent otherwise.
        var path: String?
        /// As in Entry: only in records' results.
        var utf16Offset: Int?
        var utf16Length: Int?

        init(record place: LocatedPlace, utf16Shift: Int) {
            self.init(place)
            // A place in the record's `source` counts from that text's start.
            utf16Offset = place.location.characterOffset + (place.path == nil ? utf16Shift : 0)
            utf16Length = place.location.characterLength
        }

        init(_ place: LocatedPlace) {
            line = place.location.line
            column = place.location.column
            endLine = place.location.endLine
            endColumn = place.location.endColumn
            offset = place.location.offset
            length = place.location.length
            text = place.text
            message = place.message
            path = place.path
        }
    }

    struct Summary: Codable {
        var files: Int
        var errors: Int
        var warnings: Int
        var infos: Int
        /// Inputs that could not be read or decoded (named on stderr).
        var unreadable: Int
        /// The quality score of all files taken as one text.
        var score: Double
        /// Only when a baseline was used.
        var baseline: Baseline?
    }

    struct Baseline: Codable {
        var file: String
        /// Findings left out because the baseline has them.
        var matched: Int
        /// Baseline entries that matched no finding.
        var stale: Int

        init(_ summary: BaselineSummary) {
            file = summary.file
            matched = summary.matched
            stale = summary.stale
        }
    }
}

extension JSONReporter.Summary {
    /// The summary of `run`: it reads only the tally, so the run may have kept no outcomes.
    init(_ run: LintRun) {
        self.init(
            files: run.tally.files, errors: run.count(.error), warnings: run.count(.warning),
            infos: run.count(.info), unreadable: run.tally.unreadable, score: run.score.value,
            baseline: run.baseline.map(JSONReporter.Baseline.init))
    }
}
