import Foundation
import MTLintCore
import MTLintReport
import MTLintText

/// `mtlint summary FILE...|-`: reads results and merges them into one RunSummary, written as
/// text or as JSON (SummaryFormat). An input is either JSON Lines, each line a record's
/// result (`mtlint check --input-format jsonl --format jsonl`) or a JSON summary (`mtlint
/// summary --format json`), or one JSON document: a JSON report (`mtlint check --format json`,
/// each file a text) or a summary written over several lines. What is not one of these is
/// named on stderr, left out, and makes the exit code 3; the rest is still summarized.
public struct Summarize: Sendable {
    /// Files, or `-` for standard input.
    public var paths: [String]
    public var standardInputName = "<stdin>"
    public var format = SummaryFormat.text
    /// How many of the worst texts the summary lists (fewer when a summary merged in keeps fewer).
    public var worstLimit = RunSummary.defaultWorstLimit

    /// A JSON document read whole (a report, a pretty summary) may be at most this large.
    static let maximumDocumentBytes = 1 << 30

    public init(paths: [String]) {
        self.paths = paths
    }

    public func run(output: some CheckOutput) -> CheckStatus {
        var summary = RunSummary(worstLimit: worstLimit)
        var failed = false
        for path in paths {
            let name = path == "-" ? standardInputName : path
            let problems = read(path, into: &summary)
            for problem in problems.prefix(Self.namedProblems) {
                output.message(
                    "mtlint: error: \(InputProblem(path: problem.line.map { "\(name):\($0)" } ?? name, message: problem.message))")
            }
            if problems.count > Self.namedProblems {
                output.message(
                    "mtlint: error: \(InputProblem(path: name, message: "and \(problems.count - Self.namedProblems) more lines that are not results of mtlint"))"
                )
            }
            failed = failed || !problems.isEmpty
        }
        output.report(format.render(summary))
        return failed ? .unreadableInput : .clean
    }

    /// The problems of one input named on stderr; the others are counted.
    static let namedProblems = 20

    /// What could not be read: about one line, or about the whole input.
    struct Problem: Equatable {
        var line: Int?
        var message: String
    }

    /// Adds what `path` holds to `summary`; returns what could not be read.
    func read(_ path: String, into summary: inout RunSummary) -> [Problem] {
        let descriptor: Int32
        switch RecordsRun.open(path) {
        case .success(let opened): descriptor = opened
        case .failure(let failure): return [Problem(message: failure.reason)]
        }
        defer { if path != "-" { close(descriptor) } }
        var reader = LineReader(descriptor: descriptor)
        var problems: [Problem] = []
        var number = 0
        // JSON Lines, unless the first line that is not blank is not a whole JSON object:
        // then the input is one JSON document, read whole.
        var readsDocument = false
        var document: [UInt8] = []
        var documentStart = 0
        var sawContent = false
        do {
            while let line = try reader.next() {
                number += 1
                let bytes: [UInt8]
                switch line {
                case .tooLong(let count):
                    if readsDocument { return problems + [Problem(message: "a JSON document with a line longer than mtlint reads")] }
                    problems.append(Problem(line: number, message: "a line of \(count) bytes, longer than mtlint reads"))
                    sawContent = true
                    continue
                case .line(let content): bytes = content
                }
                if readsDocument {
                    guard document.count + bytes.count < Self.maximumDocumentBytes else {
                        return problems + [Problem(message: "a JSON document larger than \(Self.maximumDocumentBytes) bytes")]
                    }
                    document.append(0x0A)
                    document.append(contentsOf: bytes)
                    continue
                }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                defer { sawContent = true }
                let object: JSONObjectLine
                do { object = try JSONObjectLine(bytes) } catch {
                    if !sawContent {
                        readsDocument = true
                        documentStart = number
                        document = bytes
                    } else {
                        problems.append(Problem(line: number, message: error.description))
                    }
                    continue
                }
                if let problem = add(object, to: &summary) { problems.append(Problem(line: number, message: problem)) }
            }
        } catch {
            return problems + [Problem(message: "cannot read on after line \(number): \(error.message)")]
        }
        guard readsDocument else { return problems }
        switch addDocument(document, to: &summary) {
        case .added: break
        case .problem(let problem): problems.append(Problem(message: problem))
        case .notADocument:
            // JSON Lines after all, whose first line is broken: each line on its own.
            var line = documentStart
            for bytes in document.split(separator: 0x0A, omittingEmptySubsequences: false) {
                defer { line += 1 }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    if let problem = add(try JSONObjectLine(Array(bytes)), to: &summary) {
                        problems.append(Problem(line: line, message: problem))
                    }
                } catch {
                    problems.append(Problem(line: line, message: error.description))
                }
            }
        }
        return problems
    }

    /// Adds one line of JSON Lines: a record's result or a summary.
    func add(_ object: JSONObjectLine, to summary: inout RunSummary) -> String? {
        if let kind = object.member("kind"), kind.kind == .string, (try? object.string(kind)) == SummaryJSON.kind {
            return addSummary(object.bytes, to: &summary)
        }
        if object.member("error") != nil {
            summary.addUnreadable()
            return nil
        }
        guard let result = RecordResult(object) else {
            if object.member("rule") != nil, object.member("path") != nil {
                return
                    "a finding of `--format jsonl` without --input-format jsonl: it has no words or score; summarize the JSON report (--format json) instead"
            }
            return "not a record's result (`id`, `language`, `words`, `score`, `diagnostics`) nor a summary of mtlint"
        }
        summary.add(result.text, findings: result.findings)
        return nil
    }

    private func addSummary(_ bytes: [UInt8], to summary: inout RunSummary) -> String? {
        guard let decoded = try? JSONDecoder().decode(SummaryJSON.self, from: Data(bytes)), let parts = decoded.summary() else {
            return "a summary that mtlint did not write: its parts do not agree, or its version is not 1"
        }
        summary.merge(parts)
        return nil
    }

    private enum DocumentOutcome {
        case added
        case problem(String)
        /// Not one JSON document.
        case notADocument
    }

    /// Adds a JSON document: a JSON report, or a summary over several lines.
    private func addDocument(_ bytes: [UInt8], to summary: inout RunSummary) -> DocumentOutcome {
        let data = Data(bytes)
        guard let probe = try? JSONDecoder().decode(KindProbe.self, from: data) else { return .notADocument }
        if probe.kind == SummaryJSON.kind {
            return addSummary(bytes, to: &summary).map(DocumentOutcome.problem) ?? .added
        }
        let report: ReportDocument
        do { report = try JSONDecoder().decode(ReportDocument.self, from: data) } catch {
            return .problem("a JSON object that is neither a JSON report of mtlint nor a summary")
        }
        guard report.version == 1 else { return .problem("a JSON report of version \(report.version); mtlint reads version 1") }
        // All of the report or none of it.
        var part = RunSummary(worstLimit: summary.worstLimit)
        for file in report.files {
            guard let tenths = SummaryJSON.tenths(file.score) else {
                return .problem("the file \(file.path) has the score \(file.score), which mtlint does not write")
            }
            var counts = RunSummary.SeverityCounts()
            var findings: [(rule: String, severity: Severity)] = []
            for diagnostic in file.diagnostics {
                guard let severity = Severity(rawValue: diagnostic.severity) else {
                    return .problem("the file \(file.path) has a finding of severity `\(diagnostic.severity)`")
                }
                counts.add(severity)
                findings.append((diagnostic.rule, severity))
            }
            guard file.words >= 0 else { return .problem("the file \(file.path) has \(file.words) words") }
            part.add(
                TextSummary(id: .string(file.path), language: file.language, words: file.words, scoreTenths: tenths, counts: counts),
                findings: findings)
        }
        part.addUnreadable(max(0, report.summary.unreadable))
        summary.merge(part)
        return .added
    }

    private struct KindProbe: Decodable {
        var kind: String?
    }

    /// What the summary reads of a JSON report.
    private struct ReportDocument: Decodable {
        var version: Int
        var files: [File]
        var summary: Totals

        struct File: Decodable {
            var path: String
            var language: String
            var words: Int
            var score: Double
            var diagnostics: [Finding]
        }

        struct Totals: Decodable {
            var unreadable: Int
        }
    }

    struct Finding: Decodable {
        var rule: String
        var severity: String
    }
}

/// What the summary reads of a record's result line.
struct RecordResult {
    let text: TextSummary
    let findings: [(rule: String, severity: Severity)]

    init?(_ object: JSONObjectLine) {
        guard let id = object.member("id"), let language = object.member("language"), language.kind == .string,
            let words = object.member("words"), words.kind == .number, let score = object.member("score"), score.kind == .number,
            let diagnostics = object.member("diagnostics"), diagnostics.kind == .array,
            let wordCount = Int(object.written(words.value)), wordCount >= 0,
            let scoreValue = Double(object.written(score.value)), let tenths = SummaryJSON.tenths(scoreValue),
            let tag = try? object.string(language)
        else { return nil }
        let recordID: RecordID
        switch id.kind {
        case .string:
            guard let text = try? object.string(id) else { return nil }
            recordID = .string(text)
        case .number:
            guard let number = RecordID(number: object.written(id.value)) else { return nil }
            recordID = number
        default:
            return nil
        }
        guard let entries = try? JSONDecoder().decode([Summarize.Finding].self, from: Data(object.bytes[diagnostics.value])) else {
            return nil
        }
        var counts = RunSummary.SeverityCounts()
        var findings: [(rule: String, severity: Severity)] = []
        for entry in entries {
            guard let severity = Severity(rawValue: entry.severity) else { return nil }
            counts.add(severity)
            findings.append((entry.rule, severity))
        }
        text = TextSummary(id: recordID, language: tag, words: wordCount, scoreTenths: tenths, counts: counts)
        self.findings = findings
    }
}
