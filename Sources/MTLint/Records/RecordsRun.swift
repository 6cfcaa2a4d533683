import Foundation
import ICU
import MTLintCore
import MTLintReport
import MTLintText
import Synchronization

/// Records mode, `mtlint check --input-format jsonl FILE|-`: each input is JSON Lines, one
/// record a line (Record), and each record is linted as a text of its own. With `--format
/// jsonl` the output has one result a line for every input line, in the input's order
/// (RecordLines); with another format each record is a file named by its id in that report.
///
/// Streaming: records are read in batches of at most `batchRecords` lines and `batchBytes`
/// bytes, linted on `jobs` threads, and written in order before the next batch is read, so
/// memory is bounded by a batch, whatever the number of records. A line that cannot be
/// linted gets a result with an `error` (and a line on stderr naming the input and the line
/// number); the run goes on, and ends with exit code 3.
struct RecordsRun {
    /// At most this many lines in a batch: enough that the threads seldom wait for each other
    /// at the end of a batch.
    var batchRecords = 2_048
    /// At most about this many bytes of input lines in a batch (a longer line is a batch of
    /// its own).
    var batchBytes = 8 << 20
    /// The low scores named on stderr at the end of the run (`--min-score`); the others are counted.
    static let namedLowScores = 100

    let linter: Linter
    let jobs: Int
    let format: any Reporter.Type
    let reportOptions: ReportOptions
    let standardInputName: String
    let minScore: Double?
    let failOn: Severity?

    /// True when the results are records' JSON Lines rather than a report of files.
    var writesRecords: Bool { format.name == JSONLinesReporter.name }

    /// What one input line came to.
    struct Result {
        let outcome: LintRun.Outcome
        /// The result line, when `writesRecords`.
        let line: String?
    }

    /// Lints the records of `paths`, writing the report (the results) to `report`, which is
    /// `output.report` unless the run writes to a file, and messages to `output`.
    func run(paths: [String], output: some CheckOutput, report: ((String) -> Void)? = nil) -> CheckStatus {
        let report = report ?? { output.report($0) }
        var reporter = format.init(options: reportOptions)
        let keepsOutcomes = !writesRecords && !format.writesFilesAsTheyFinish
        var kept: [LintRun.Outcome] = []
        var tally = LintRun.Tally()
        var lowScores: [(name: String, score: QualityScore)] = []
        var lowScoreCount = 0
        // No batch holds more records than `batchRecords`: more workers would have nothing to
        // do, and `--jobs` near Int.max made a worker's state for each (memory, then a crash).
        let workers = RecordWorkers(count: min(max(1, jobs), batchRecords))

        func deliver(_ results: [Result]) {
            var text = ""
            for result in results {
                switch result.outcome {
                case .failed(let problem):
                    output.message("mtlint: error: \(problem)")
                case .linted(let linted):
                    if let minScore, linted.score.value < minScore {
                        lowScoreCount += 1
                        if lowScores.count < Self.namedLowScores { lowScores.append((linted.path, linted.score)) }
                    }
                    if !writesRecords { reporter.write(linted, to: report) }
                }
                if let line = result.line { text += line }
                tally.add(result.outcome)
                if keepsOutcomes { kept.append(result.outcome) }
            }
            if !text.isEmpty { report(text) }
        }

        for path in paths {
            let name = path == "-" ? standardInputName : path
            let descriptor: Int32
            switch Self.open(path) {
            case .success(let opened): descriptor = opened
            case .failure(let failure):
                deliver([Result(outcome: .failed(InputProblem(path: name, message: failure.reason)), line: nil)])
                continue
            }
            defer { if path != "-" { close(descriptor) } }
            var reader = LineReader(descriptor: descriptor)
            var number = 0
            var finished = false
            while !finished {
                var batch: [(number: Int, line: LineReader.Line)] = []
                var bytes = 0
                var failure: InputProblem?
                while batch.count < batchRecords && bytes < batchBytes {
                    let line: LineReader.Line?
                    do { line = try reader.next() } catch {
                        failure = InputProblem(path: name, message: "cannot read on after line \(number): \(error.message)")
                        break
                    }
                    guard let line else {
                        finished = true
                        break
                    }
                    number += 1
                    if case .line(let content) = line { bytes += content.count }
                    batch.append((number, line))
                }
                deliver(
                    workers.map(batch) { item, analyzer, tags in
                        lint(item.line, at: InputPosition(name: name, line: item.number), analyzer: analyzer, tags: &tags)
                    })
                if let failure {
                    deliver([Result(outcome: .failed(failure), line: nil)])
                    finished = true
                }
            }
        }

        // No language data half read when the process exits (as Linter.run).
        LanguageResources.waitForWarmUps()
        let run = LintRun(outcomes: kept, tally: tally, rules: linter.ruleMetadata)
        if !writesRecords { reporter.finish(run, to: report) }
        for (name, score) in lowScores {
            output.message(
                "mtlint: error: \(PrintableText.name(name)): quality score \(score) is below the minimum \(QualityScore.format(minScore ?? 0))"
            )
        }
        if lowScoreCount > lowScores.count {
            output.message(
                "mtlint: error: and \(lowScoreCount - lowScores.count) more records below the minimum score \(QualityScore.format(minScore ?? 0))"
            )
        }
        if run.tally.unreadable > 0 { return .unreadableInput }
        if let failOn, run.hasFindings(atOrAbove: failOn) { return .findings }
        if lowScoreCount > 0 { return .findings }
        return .clean
    }

    /// Where a line stands, for messages: `records.jsonl:3`.
    struct InputPosition {
        let name: String
        let line: Int
        var description: String { "\(name):\(line)" }
    }

    /// Parses, lints and (for records' JSON Lines) writes one line; never throws: what goes
    /// wrong is the line's error.
    func lint(_ line: LineReader.Line, at position: InputPosition, analyzer: Analyzer, tags: inout LanguageTags) -> Result {
        func failed(_ message: String, writtenID: String? = nil, name: String? = nil, passThrough: String = "") -> Result {
            let problem = InputProblem(
                path: position.description, message: name.map { "record \(PrintableText.name($0)): " + message } ?? message)
            return Result(
                outcome: .failed(problem),
                line: writesRecords ? RecordLines.errorLine(message, writtenID: writtenID, passThrough: passThrough) : nil)
        }
        let bytes: [UInt8]
        switch line {
        case .tooLong(let count):
            return failed(
                "the line is longer than mtlint reads (\(count) bytes; the limit is \(LineReader.defaultMaximumLineLength) bytes)")
        case .line(let content):
            bytes = content
        }
        let record: Record
        switch Record.parse(bytes, languages: &tags) {
        case .failed(let message, let writtenID, let name, let passThrough):
            return failed(message, writtenID: writtenID, name: name, passThrough: passThrough)
        case .record(let parsed):
            record = parsed
        }
        do {
            // A place in the record's `source` is named `source` in `related`: the field it is in.
            let source = try record.source.map { source throws(DecodingError) in
                try PairedSource(path: "source", bytes: source, language: record.sourceLanguage?.languageTag)
            }
            let document = try Document(path: record.name, bytes: record.text, source: source)
            let analysis = try linter.analyze(document, using: analyzer, language: language(of: record))
            let report = linter.report(for: linter.findings(of: analysis))
            let shift = document.encoding == .utf8(hasBOM: true) ? 1 : 0
            return Result(
                outcome: .linted(report),
                line: writesRecords
                    ? RecordLines.line(for: report, writtenID: record.writtenID, passThrough: record.passThrough, utf16Shift: shift) : nil)
        } catch {
            return failed("\(error)", writtenID: record.writtenID, name: record.name, passThrough: record.passThrough)
        }
    }

    /// The record's own language, else `--lang`, else the configuration's default; nil to
    /// detect it. The configuration's languages by path do not apply: a record has no path.
    func language(of record: Record) -> LanguageChoice? {
        if let locale = record.language { return LanguageChoice(locale: locale, source: .given, reason: "given in the record") }
        let languages = linter.languages
        if let given = languages.given { return .given(given) }
        if let locale = languages.configurationDefault {
            return LanguageChoice(locale: locale, source: .given, reason: "given in \(languages.configurationName)")
        }
        return nil
    }

    /// Why an input cannot be opened, in words for its line on stderr.
    struct OpenFailure: Error {
        let reason: String
    }

    /// The descriptor of `path` (`-`: standard input), or why it cannot be read as lines.
    static func open(_ path: String) -> Swift.Result<Int32, OpenFailure> {
        if path == "-" { return .success(STDIN_FILENO) }
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(OpenFailure(reason: InputSource.reason(errno))) }
        var info = stat()
        if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            return .failure(OpenFailure(reason: "is a folder; give files of JSON Lines, or - for standard input"))
        }
        return .success(descriptor)
    }
}

/// The threads that lint a batch, each with its own Analyzer (ICU's break iterators and
/// caches) and its own cache of language tags, kept from one batch to the next.
final class RecordWorkers: @unchecked Sendable {
    // Each worker's state is touched only by the iteration of `concurrentPerform` that has
    // the worker's index, so no two threads share one.
    // The tags are in memory of their own, not an Array, so that threads change their
    // elements at once without an access to the whole (which exclusivity checks forbid).
    private let analyzers: [Analyzer]
    private let tags: UnsafeMutableBufferPointer<LanguageTags>

    init(count: Int) {
        analyzers = (0..<count).map { _ in Analyzer() }
        tags = .allocate(capacity: count)
        tags.initialize(repeating: LanguageTags())
    }

    deinit {
        _ = tags.deinitialize()
        tags.deallocate()
    }

    /// One batch's work, shared by the threads: each takes the next item by `next`, and
    /// writes its result to the item's own slot, so no two threads write one place.
    private final class Batch<Item, Output>: @unchecked Sendable {
        let items: [Item]
        let results: UnsafeMutableBufferPointer<Output?>
        let body: (Item, Analyzer, inout LanguageTags) -> Output
        let next = Atomic<Int>(0)

        init(items: [Item], body: @escaping (Item, Analyzer, inout LanguageTags) -> Output) {
            self.items = items
            self.body = body
            results = .allocate(capacity: items.count)
            results.initialize(repeating: nil)
        }

        deinit {
            _ = results.deinitialize()
            results.deallocate()
        }

        func work(_ analyzer: Analyzer, _ tags: inout LanguageTags) {
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                results[index] = body(items[index], analyzer, &tags)
            }
        }
    }

    /// `body` applied to every item on up to `count` threads; the results in the items' order.
    func map<Item, Output>(_ items: [Item], _ body: @escaping (Item, Analyzer, inout LanguageTags) -> Output) -> [Output] {
        guard !items.isEmpty else { return [] }
        let batch = Batch(items: items, body: body)
        let workers = min(analyzers.count, items.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            batch.work(analyzers[worker], &tags[worker])
        }
        // Every index below items.count was taken by exactly one worker.
        return batch.results.map { result in
            guard let result else { preconditionFailure("a record of the batch was not linted") }
            return result
        }
    }
}
