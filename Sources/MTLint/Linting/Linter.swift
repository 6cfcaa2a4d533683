import Foundation
import ICU
import Synchronization

/// Lints documents with a set of rules. Safe to share: it holds only rule values and settings;
/// the ICU state lives in one Analyzer per worker.
public struct Linter: Sendable {
    public let rules: [any Rule]
    /// The language the user gave; nil to detect it per document.
    public let language: ICULocale?
    /// The glossary the name rules use: mtlint's own, then the user's files.
    public let glossary: Glossary

    public init(rules: [any Rule] = RuleRegistry.all.map { $0.init() }, language: ICULocale? = nil, glossary: Glossary = .builtIn) {
        self.rules = rules
        self.language = language
        self.glossary = glossary
    }

    /// Lints one document.
    public func lint(_ document: Document, using analyzer: Analyzer) throws(ICUError) -> FileReport {
        let analysis = try analyzer.analyze(document, language: language.map(LanguageChoice.given), glossary: glossary)
        return report(for: analysis)
    }

    /// Runs every rule over an analysis and locates what they find.
    public func report(for analysis: Analysis) -> FileReport {
        let locator = Locator(document: analysis.document)
        let diagnostics = rules.flatMap { $0.check(analysis) }
            .sorted { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
            .map(locator.locate)
        return FileReport(path: analysis.document.path, language: analysis.language,
                          wordCount: analysis.wordCount, diagnostics: diagnostics)
    }

    /// Reads, decodes and lints every input on `jobs` threads; the outcomes keep the inputs'
    /// order whatever the number of threads. Unreadable inputs become problems, never crashes.
    public func run(_ inputs: [InputSource], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                    progress: (@Sendable (Int) -> Void)? = nil) -> LintRun {
        struct Progress {
            var outcomes: [LintRun.Outcome?]
            var next = 0
            var done = 0
        }
        let state = Mutex(Progress(outcomes: Array(repeating: nil, count: inputs.count)))
        let workers = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let analyzer = Analyzer()
            while true {
                let index = state.withLock { state -> Int in
                    defer { state.next += 1 }
                    return state.next
                }
                guard index < inputs.count else { return }
                let outcome = lintOne(inputs[index], analyzer)
                let done = state.withLock { state -> Int in
                    state.outcomes[index] = outcome
                    state.done += 1
                    return state.done
                }
                progress?(done)
            }
        }
        return LintRun(outcomes: state.withLock { $0.outcomes.map { $0! } })
    }

    private func lintOne(_ input: InputSource, _ analyzer: Analyzer) -> LintRun.Outcome {
        do {
            let bytes = try input.read()
            let document: Document
            do { document = try Document(path: input.displayPath, bytes: bytes) } catch {
                return .failed(InputProblem(path: input.displayPath, message: error.description))
            }
            return .linted(try lint(document, using: analyzer))
        } catch let problem as InputProblem {
            return .failed(problem)
        } catch {
            return .failed(InputProblem(path: input.displayPath, message: "\(error)"))
        }
    }
}
