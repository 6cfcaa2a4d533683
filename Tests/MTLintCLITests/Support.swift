import Foundation
import Testing

/// The package's root folder: this file is Tests/MTLintCLITests/Support.swift.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `mtlint` binary that SwiftPM built beside the test bundle (the test target depends on
/// the executable target), found by walking up from the test process.
let mtlintExecutable: URL? = {
    let starts = [Bundle.main.bundleURL, Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])]
    for start in starts.compactMap({ $0 }) {
        var folder = start.standardizedFileURL
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("mtlint")
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
            folder = folder.deletingLastPathComponent()
        }
    }
    return nil
}()

/// A child that exits without reading all of its stdin must make the write fail, not kill the
/// test process with SIGPIPE; set once, before the first child starts.
private let brokenPipesIgnored: Void = {
    _ = signal(SIGPIPE, SIG_IGN)
}()

/// Collects what a background reader or writer produced; each value is written by one task
/// and read only after the DispatchGroup it belongs to has been waited on.
private final class Box: @unchecked Sendable {
    var data = Data()
}

/// The child a timer may stop: it is stopped only while it still runs and has not been
/// waited for, so that the timer never signals a process id that was reused.
private final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private let process: Process
    private var finished = false
    private(set) var fired = false

    init(_ process: Process) {
        self.process = process
    }

    func stop() {
        lock.withLock {
            guard !finished, process.isRunning else { return }
            fired = true
            // SIGKILL: the child inherits the test thread's blocked signals, SIGTERM among them.
            kill(process.processIdentifier, SIGKILL)
        }
    }

    func finish() {
        lock.withLock { finished = true }
    }
}

/// Runs the built `mtlint` with `arguments`, feeding `stdin` (or /dev/null), in `folder` (or the
/// current one). Colour is off (NO_COLOR=1) unless `environment` sets FORCE_COLOR; the caller's
/// NO_COLOR and FORCE_COLOR are never inherited. stdout and stderr are pipes, as in a CI job.
/// With a `timeout`, a run that takes longer is stopped and recorded as a failure, so that a
/// test of something that used to hang fails instead of hanging the suite. With `shell`,
/// /bin/sh runs instead, with `arguments` (for redirections mtlint must face).
func runMTLint(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
    shell: Bool = false, in folder: URL? = nil, timeout: Duration? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) -> (status: Int32, stdout: String, stderr: String) {
    guard let executable = shell ? URL(fileURLWithPath: "/bin/sh") : mtlintExecutable else {
        Issue.record("no `mtlint` binary beside the test bundle \(Bundle.main.bundleURL.path)")
        return (-1, "", "")
    }
    _ = brokenPipesIgnored
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }

    var variables = ProcessInfo.processInfo.environment
    variables["NO_COLOR"] = nil
    variables["FORCE_COLOR"] = nil
    if environment["FORCE_COLOR"] == nil { variables["NO_COLOR"] = "1" }
    variables.merge(environment) { _, given in given }
    process.environment = variables

    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let input = stdin.map { _ in Pipe() }
    process.standardInput = input ?? FileHandle.nullDevice
    do { try process.run() } catch {
        Issue.record("could not start \(executable.path): \(error)")
        return (-1, "", "")
    }

    let watchdog = Watchdog(process)
    if let timeout {
        let (seconds, attoseconds) = timeout.components
        let deadline = DispatchTime.now() + .nanoseconds(Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000))
        DispatchQueue.global().asyncAfter(deadline: deadline) { watchdog.stop() }
    }

    // Read stderr and write stdin on other threads, so that no pipe can fill up and block.
    let group = DispatchGroup()
    let errorBytes = Box()
    let errorHandle = errors.fileHandleForReading
    DispatchQueue.global().async(group: group) { errorBytes.data = errorHandle.readDataToEndOfFile() }
    if let stdin, let writer = input?.fileHandleForWriting {
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: stdin)
            try? writer.close()
        }
    }
    let outputBytes = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    watchdog.finish()
    if watchdog.fired {
        Issue.record(
            "mtlint \(arguments.joined(separator: " ")) did not finish within \(timeout ?? .zero)",
            sourceLocation: sourceLocation)
    }
    return (
        process.terminationStatus,
        String(decoding: outputBytes, as: UTF8.self),
        String(decoding: errorBytes.data, as: UTF8.self)
    )
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-cli-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `bytes` to `name` (a relative path; missing folders are created) and returns `name`.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return name
    }

    /// Writes `text` as UTF-8 to `name` and returns `name`.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    /// Runs mtlint inside this folder, so reports show the short relative paths.
    func run(
        _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:], timeout: Duration? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> (status: Int32, stdout: String, stderr: String) {
        runMTLint(arguments, stdin: stdin, environment: environment, in: url, timeout: timeout, sourceLocation: sourceLocation)
    }
}

/// One Italian sentence with one repeated word (`il il` at column 11), a warning.
let repeatedWordLine = "Ha pagato il il conto."

/// The exit statuses of DESIGN.md.
enum Status {
    static let clean: Int32 = 0
    static let findings: Int32 = 1
    static let usage: Int32 = 2
    static let unreadable: Int32 = 3
}

// MARK: - JSON reports

typealias JSONObject = [String: Any]

/// Parses a JSON object, failing the test when `text` is not one.
func jsonObject(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONObject {
    let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(value as? JSONObject, "not a JSON object: \(text)", sourceLocation: sourceLocation)
}

/// The `files` array of a version-1 JSON report.
func reportFiles(_ report: JSONObject, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONObject] {
    try #require(report["files"] as? [JSONObject], "no files array", sourceLocation: sourceLocation)
}

/// The diagnostics of the only file of a JSON report.
func onlyFileDiagnostics(_ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [JSONObject] {
    let files = try reportFiles(jsonObject(stdout, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
    try #require(files.count == 1, "expected one file in \(stdout)", sourceLocation: sourceLocation)
    return try #require(files[0]["diagnostics"] as? [JSONObject], sourceLocation: sourceLocation)
}

/// The one diagnostic of the only file of a JSON report.
func onlyDiagnostic(_ stdout: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONObject {
    let diagnostics = try onlyFileDiagnostics(stdout, sourceLocation: sourceLocation)
    try #require(diagnostics.count == 1, "expected one diagnostic in \(stdout)", sourceLocation: sourceLocation)
    return diagnostics[0]
}

/// Where a diagnostic stands: the fields that locate it, as plain integers.
struct Place: Equatable, CustomStringConvertible {
    var line: Int, column: Int, offset: Int, length: Int

    init(line: Int, column: Int, offset: Int, length: Int) {
        (self.line, self.column, self.offset, self.length) = (line, column, offset, length)
    }

    init(_ diagnostic: JSONObject) {
        self.init(
            line: diagnostic["line"] as? Int ?? -1, column: diagnostic["column"] as? Int ?? -1,
            offset: diagnostic["offset"] as? Int ?? -1, length: diagnostic["length"] as? Int ?? -1)
    }

    var description: String { "line \(line), column \(column), offset \(offset), length \(length)" }
}

// MARK: - Text reports

extension String {
    /// The lines of a report, without the final empty one.
    var lines: [String] {
        split(separator: "\n", omittingEmptySubsequences: false).dropLast(hasSuffix("\n") ? 1 : 0).map(String.init)
    }
}

/// Text as UTF-16 code units in the given byte order, optionally behind a byte-order mark.
func utf16Bytes(_ text: String, bigEndian: Bool, byteOrderMark: Bool) -> [UInt8] {
    let bom: [UInt8] = !byteOrderMark ? [] : bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    return bom
        + text.utf16.flatMap { unit -> [UInt8] in
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            return bigEndian ? [high, low] : [low, high]
        }
}
