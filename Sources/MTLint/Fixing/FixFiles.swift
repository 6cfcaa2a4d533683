import Foundation
import MTLintCore
import MTLintText

extension Check {
    /// Fixes each file in place (`--fix`), on `jobs` threads, and says what was fixed, in the
    /// inputs' order. A file is rewritten only when a safe fix applies, atomically, through a
    /// symbolic link to its target, keeping its permissions (OutputFile). A file that cannot
    /// be read or decoded is left to the lint pass, which reports it; one that changed while
    /// it was fixed, or that cannot be written, is left as it was, with a one-line error.
    /// Returns false when some file could not be written.
    static func fixFiles(_ sources: [InputSource], linter: Linter, unsafe: Bool, jobs: Int, quiet: Bool, output: some CheckOutput) -> Bool {
        let paths = sources.compactMap { source -> String? in
            if case .file(let path) = source { path } else { nil }
        }
        guard !paths.isEmpty else { return true }
        // Per input, in order: the line to print and whether it is an error.
        let lines = Lock([(text: String, isError: Bool)?](repeating: nil, count: paths.count))
        let next = Lock(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, paths.count))) { _ in
            let analyzer = Analyzer()
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < paths.count else { break }
                let line = fixFile(paths[index], linter: linter, unsafe: unsafe, analyzer: analyzer)
                lines.withLock { $0[index] = line }
            }
        }
        var written = true
        for case let line? in lines.withLock({ $0 }) {
            if line.isError { written = false }
            if line.isError || !quiet { output.message(line.text) }
        }
        return written
    }

    /// `--diff`: what fixing each input (standard input too) would change, as unified diffs
    /// in the inputs' order, writing nothing. `.findings` when some input would change,
    /// `.unreadableInput` when one could not be read or decoded (said on one line).
    static func diffFiles(
        _ sources: [(source: InputSource?, problem: InputProblem?)], linter: Linter, unsafe: Bool, jobs: Int, output: some CheckOutput
    ) -> CheckStatus {
        let results = Lock([(diff: [UInt8], error: String?)?](repeating: nil, count: sources.count))
        let next = Lock(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, sources.count))) { _ in
            let analyzer = Analyzer()
            while true {
                let index = next.withLock { value -> Int in
                    defer { value += 1 }
                    return value
                }
                guard index < sources.count else { break }
                let result = diffSource(sources[index], linter: linter, unsafe: unsafe, analyzer: analyzer)
                results.withLock { $0[index] = result }
            }
        }
        var status = CheckStatus.clean
        for case let result? in results.withLock({ $0 }) {
            if let error = result.error {
                output.message("mtlint: error: \(error)")
                status = .unreadableInput
            } else if !result.diff.isEmpty {
                output.report(String(decoding: result.diff, as: UTF8.self))
                if status == .clean { status = .findings }
            }
        }
        return status
    }

    private static func diffSource(
        _ input: (source: InputSource?, problem: InputProblem?), linter: Linter, unsafe: Bool,
        analyzer: Analyzer
    ) -> (diff: [UInt8], error: String?) {
        guard let source = input.source else { return ([], input.problem.map { "\($0)" } ?? "an input could not be read") }
        let name = source.displayPath
        do {
            let bytes = try source.read()
            let outcome = try SafeFixes.fix(bytes, path: name, linter: linter, analyzer: analyzer, unsafe: unsafe)
            guard outcome.bytes != bytes else { return ([], nil) }
            // A diff is of lines of bytes: patch cannot apply one to UTF-16 text.
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                return ([], "\(PrintableText.name(name)): --diff shows changes to UTF-8 files only; run --fix to fix it")
            }
            return (UnifiedDiff.diff(name: name, old: bytes, new: outcome.bytes, regions: outcome.regions), nil)
        } catch {
            return ([], "\(error)")
        }
    }

    /// Fixes one file; the line to print, if any.
    private static func fixFile(_ path: String, linter: Linter, unsafe: Bool, analyzer: Analyzer) -> (text: String, isError: Bool)? {
        let name = PrintableText.name(path)
        guard let bytes = try? InputSource.file(path).read(),
            let outcome = try? SafeFixes.fix(bytes, path: path, linter: linter, analyzer: analyzer, unsafe: unsafe),
            outcome.count > 0
        else { return nil }
        do {
            let file = try OutputFile(path: path, what: "the fixed file", reading: [])
            // Another program may have written the file meanwhile: its change wins.
            guard (try? InputSource.file(path).read()) == bytes else {
                return ("mtlint: error: \(name): changed while it was being fixed; left as it is", true)
            }
            try file.write(bytes: outcome.bytes)
        } catch {
            return ("mtlint: error: \(error); left as it was", true)
        }
        return ("mtlint: fixed \(name): \(outcome.summary)", false)
    }

    /// `mtlint check --fix -`: standard input fixed and written to standard output (through
    /// `output.report`), since there is no file to rewrite; what was fixed goes to the
    /// messages. The status is that of the findings left in the fixed text.
    public func fixStandardInput(output: some CheckOutput) -> CheckStatus {
        let resolver = PathResolver()
        let settings: LintSettings
        do {
            settings = try Self.resolveSettings(configuration, commandLine: commandLine, resolver: resolver).settings
        } catch {
            output.message("mtlint: error: \(error)")
            return .usage
        }
        let glossary: Glossary
        switch Self.loadGlossaries(settings.glossaryFiles + glossaryFiles) {
        case .success(let user):
            glossary = Self.glossary(user: user, usesDefault: usesDefaultGlossary)
        case .failure(let error):
            output.message("mtlint: error: glossary \(error)")
            return .usage
        }
        let linter = Linter(settings: settings, glossary: glossary)
        let analyzer = Analyzer()
        let input = InputSource.standardInput(name: standardInputName)
        do {
            let bytes = try input.read()
            if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                output.message(
                    "mtlint: error: \(PrintableText.name(standardInputName)): --fix rewrites standard input only in UTF-8; save it as UTF-8 or fix a file"
                )
                return .usage
            }
            let outcome = try SafeFixes.fix(bytes, path: standardInputName, linter: linter, analyzer: analyzer, unsafe: unsafeFixes)
            let remaining = try linter.lint(linter.document(path: standardInputName, bytes: outcome.bytes), using: analyzer)
            output.report(String(decoding: outcome.bytes, as: UTF8.self))
            if !quiet {
                let left = remaining.diagnostics.count
                output.message(
                    "mtlint: fixed \(PrintableText.name(standardInputName)): \(outcome.summary); \(left) \(left == 1 ? "finding" : "findings") left"
                )
            }
            if let threshold = settings.failOn.threshold, remaining.diagnostics.contains(where: { $0.severity >= threshold }) {
                return .findings
            }
            return .clean
        } catch {
            output.message("mtlint: error: \(error)")
            return .unreadableInput
        }
    }
}
