import CLibFuzzer
import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Stops the run with `message` on stderr: libFuzzer reports the abort as a crash and saves
/// the input that caused it (in Fuzz/.findings/ when run by `make fuzz`).
public func violated(_ message: String) -> Never {
    note("mtlint fuzz: invariant violated: \(message)")
    abort()
}

/// Writes `message` and a line break to stderr.
public func note(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

/// Hands the program to libFuzzer, which runs `target` on each input it makes, and exits
/// with libFuzzer's status. libFuzzer's options (`-runs=`, `-max_total_time=`, corpus
/// folders) come from the command line.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

/// The bytes libFuzzer hands a target (it may pass no pointer for an empty input).
public func bytes(_ start: UnsafePointer<UInt8>?, _ count: Int) -> UnsafeRawBufferPointer {
    guard let start, count > 0 else { return UnsafeRawBufferPointer(start: nil, count: 0) }
    return UnsafeRawBufferPointer(start: start, count: count)
}

/// `violated(message)` unless `condition` holds.
@inline(__always)
public func require(_ condition: Bool, _ message: @autoclosure () -> String) {
    if !condition { violated(message()) }
}

/// The invariants of a lint report, checked on every input a target lints.
public enum Invariants {
    /// A file as stored and as decoded: what a finding's or related place's location points
    /// into. For a document read as Markdown, HTML or a bilingual format, the file's own text
    /// (markup and all), not the text the rules read: locations are the file's.
    public struct StoredFile {
        public let path: String
        public let bytes: [UInt8]
        public let text: [UInt16]
        public let encoding: TextEncoding

        public init(path: String, bytes: [UInt8], text: [UInt16], encoding: TextEncoding) {
            self.path = path
            self.bytes = bytes
            self.text = text
            self.encoding = encoding
        }

        /// The file a document was read from, as its findings are located in it.
        public init(_ document: Document, bytes: [UInt8]) {
            self.init(path: document.path, bytes: bytes, text: document.layout?.fileText ?? document.text, encoding: document.encoding)
        }

        /// The source of a two-file check, where related places in it point.
        public init(_ source: PairedSource, bytes: [UInt8]) {
            self.init(path: source.path, bytes: bytes, text: source.text, encoding: source.sourceMap.encoding)
        }
    }

    /// Every finding and related place lies inside the text; its byte offset and length, read
    /// from the stored bytes, give back its `text`; lines and columns start at 1 and the end
    /// is not before the start; findings come in order; no rule reports more than the cap.
    /// Locations are checked against the file as stored (StoredFile(document:)), so that a
    /// document's findings must have been mapped back from its segments to the file; a
    /// related place that names a file of its own must name `source` and lie inside it.
    public static func checkLocations(_ report: FileReport, document: Document, bytes: [UInt8], source: StoredFile? = nil) {
        let file = StoredFile(document, bytes: bytes)
        func check(_ location: Location, text: String, what: String, in file: StoredFile) {
            let textLength = file.text.count
            let lineCount = file.text.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
            let bytes = file.bytes
            let characters = location.characterOffset..<(location.characterOffset + location.characterLength)
            require(
                location.characterOffset >= 0 && location.characterLength >= 0 && characters.upperBound <= textLength,
                "\(what): UTF-16 range \(characters) outside a text of \(textLength) code units")
            require(
                String(utf16Units: file.text[characters]) == text, "\(what): `text` is not the text at its UTF-16 range \(characters)")
            require(
                location.offset >= 0 && location.length >= 0 && location.offset + location.length <= bytes.count,
                "\(what): bytes \(location.offset)+\(location.length) outside a file of \(bytes.count) bytes")
            let stored = decode(bytes[location.offset..<(location.offset + location.length)], as: file.encoding)
            require(
                stored == text,
                "\(what): the bytes at \(location.offset)+\(location.length) read \(stored.debugDescription), not \(text.debugDescription)")
            require(location.line >= 1 && location.column >= 1, "\(what): line \(location.line), column \(location.column)")
            require(location.line <= lineCount && location.endLine <= lineCount, "\(what): line \(location.endLine) of \(lineCount)")
            require(
                (location.endLine, location.endColumn) >= (location.line, location.column),
                "\(what): ends at \(location.endLine):\(location.endColumn), before its start \(location.line):\(location.column)")
        }
        var counts: [String: Int] = [:]
        var previous = 0
        for (index, located) in report.diagnostics.enumerated() {
            let what = "finding \(index) (\(located.ruleID))"
            check(located.location, text: located.text, what: what, in: file)
            for (number, place) in located.related.enumerated() {
                let placeWhat = "\(what), related place \(number)"
                guard let path = place.path else {
                    check(place.location, text: place.text, what: placeWhat, in: file)
                    continue
                }
                guard let source, path == source.path else {
                    violated("\(placeWhat) names \(path.debugDescription), which is not the source of this check")
                }
                check(place.location, text: place.text, what: placeWhat, in: source)
            }
            require(located.location.characterOffset >= previous, "\(what) is out of order")
            previous = located.location.characterOffset
            require(!located.diagnostic.message.isEmpty, "\(what) has no message")
            counts[located.ruleID, default: 0] += 1
        }
        // Linter.findingsCap, and the one note that says how many more there were.
        let cap = max(1_000, report.wordCount / 10)
        for (rule, count) in counts {
            require(count <= cap + 1, "\(rule) reports \(count) findings in a file of \(report.wordCount) words (cap \(cap))")
        }
    }

    /// The bytes of a file as the text they hold in its encoding (invalid ones as U+FFFD).
    static func decode(_ bytes: ArraySlice<UInt8>, as encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .utf16(let bigEndian):
            var units: [UInt16] = []
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
                index += 2
            }
            return String(decoding: units, as: UTF16.self) + (index < bytes.endIndex ? "\u{FFFD}" : "")
        }
    }

    /// Set once the first input's reports listed every rule. libFuzzer calls a target on one thread.
    nonisolated(unsafe) private static var rulesListed = false

    /// Renders `run` in every format and checks that each report is what its readers parse:
    /// JSON and SARIF are JSON, JSON Lines one JSON value a line, JUnit and Checkstyle XML,
    /// the GitHub format one workflow command a line, the text report lines that start with
    /// the file's name or the excerpt gutter. No report holds a carriage return, and none
    /// holds a line that the text of a finding started.
    ///
    /// JUnit and SARIF also list the rules that ran, with their descriptions: the same text
    /// for every input, and most of a small input's SARIF. They are listed whole on the first
    /// input and afterwards only the rules with findings, so that the time goes to what an
    /// input can change (a perf profile of the lint target had SARIF at half its time, most
    /// of it these descriptions).
    public static func checkReports(_ full: LintRun, path: String) {
        var run = full
        if rulesListed {
            let fired = Set(run.reports.flatMap { $0.diagnostics.map(\.ruleID) })
            run.rules = run.rules.filter { fired.contains($0.id) }
        }
        rulesListed = true
        let findings = run.reports.reduce(0) { $0 + $1.diagnostics.count }

        let json = JSONReporter().render(run)
        let object = parseJSON(json, format: "json")
        let files = (object as? [String: Any])?["files"] as? [[String: Any]]
        let listed = files?.reduce(0) { $0 + (($1["diagnostics"] as? [Any])?.count ?? 0) }
        require(listed == findings, "json: \(listed.map(String.init) ?? "no") findings listed of \(findings)")

        var stream = JSONReporter.Stream()
        var streamed = ""
        for report in run.reports { stream.add(report) { streamed += $0 } }
        stream.finish(run) { streamed += $0 }
        _ = parseJSON(streamed, format: "json, streamed")

        var lines = ""
        for report in run.reports { JSONLinesReporter().write(report) { lines += $0 } }
        let jsonLines = lines.split(separator: "\n", omittingEmptySubsequences: false)
        require(jsonLines.last == "", "jsonl: the report does not end with a line break")
        for line in jsonLines.dropLast() { _ = parseJSON(String(line), format: "jsonl") }
        require(jsonLines.count - 1 == findings, "jsonl: \(jsonLines.count - 1) lines for \(findings) findings")

        let sarif = parseJSON(SARIFReporter().render(run), format: "sarif")
        let results = (((sarif as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any])?.count
        require(results == findings, "sarif: \(results.map(String.init) ?? "no") results for \(findings) findings")

        parseXML(JUnitReporter().render(run), format: "junit")
        parseXML(CheckstyleReporter().render(run), format: "checkstyle")

        let github = GitHubReporter().render(run)
        checkNoCarriageReturn(github, format: "github")
        let commands = github.split(separator: "\n", omittingEmptySubsequences: false)
        for line in commands.dropLast() {
            require(
                ["::error ", "::warning ", "::notice "].contains { line.hasPrefix($0) },
                "github: a line that is not a workflow command: \(line.prefix(200).debugDescription)")
        }
        require(commands.count - 1 == findings, "github: \(commands.count - 1) lines for \(findings) findings")

        for color in [false, true] {
            let text = TextReporter(color: color).render(run)
            checkNoCarriageReturn(text, format: "text")
            let printed = PrintableText.name(path)
            let bold = "\u{1B}[1m"
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            require(lines.last == "", "text: the report does not end with a line break")
            lines.removeLast()
            let summary = lines.removeLast()
            require(
                summary.hasPrefix("1 file checked") || summary.hasPrefix(bold + "1 file checked"),
                "text: the last line is not the summary: \(summary.prefix(200).debugDescription)")
            for line in lines {
                let plain = line.hasPrefix(bold) ? line.dropFirst(bold.count) : line
                let dim = "\u{1B}[2m "
                require(
                    plain.hasPrefix(printed + ":") || line.hasPrefix(" ") || line.hasPrefix(dim),
                    "text: a line that is neither a finding nor under one: \(line.prefix(200).debugDescription)")
            }
        }
    }

    static func parseJSON(_ text: String, format: String) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            violated("\(format): not JSON (\(error)): \(text.prefix(300).debugDescription)")
        }
    }

    static func parseXML(_ text: String, format: String) {
        let parser = XMLParser(data: Data(text.utf8))
        guard parser.parse() else {
            violated(
                "\(format): not well-formed XML at line \(parser.lineNumber) (\(parser.parserError.map { "\($0)" } ?? "?")): \(text.prefix(300).debugDescription)"
            )
        }
    }

    static func checkNoCarriageReturn(_ text: String, format: String) {
        require(!text.utf8.contains(0x0D), "\(format): the report holds a carriage return")
    }

    /// An error message for the user: not empty, one line, naming `name` first.
    public static func checkMessage(_ message: String, naming name: String, what: String) {
        require(message.hasPrefix(name), "\(what): the message does not start with \(name.debugDescription): \(message.debugDescription)")
        require(!message.contains("\n") && !message.contains("\r"), "\(what): the message is not one line: \(message.debugDescription)")
    }
}

/// A bound on the time one input may take: `base` plus `perByte` for each of its bytes. It
/// is far above what mtlint needs (under a millisecond per kilobyte, even instrumented), so
/// that a busy machine never trips it; it stops a rule that turns quadratic or worse on some
/// input, which a fixed timeout lets pass on small inputs. libFuzzer's own `-timeout` stops
/// a run that never ends.
public struct TimeBudget: Sendable {
    public let base: Duration
    public let perByte: Duration

    public init(base: Duration = .seconds(2), perByte: Duration = .microseconds(500)) {
        self.base = base
        self.perByte = perByte
    }

    /// The CPU time the process has used. The budget is on CPU time, not wall time: a run
    /// paused (SIGSTOP, to measure something else on the machine) or starved by other
    /// processes broke the budget on wall time with inputs that pass when run again. A
    /// loop still spends CPU time; a process that blocks is caught by libFuzzer's -timeout.
    private static func processCPUTime() -> Duration {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
    }

    /// Runs `body` and checks that it took no more than the budget for `byteCount` bytes.
    public func measure<T>(_ byteCount: Int, _ what: String, _ body: () throws -> T) rethrows -> T {
        let start = Self.processCPUTime()
        let result = try body()
        let elapsed = Self.processCPUTime() - start
        let budget = base + perByte * byteCount
        require(elapsed <= budget, "\(what) took \(elapsed) of CPU time on \(byteCount) bytes, over the budget of \(budget)")
        return result
    }
}
