import Foundation
import ICU
import MTLintText

/// The analysis of a two-file check's source, made on another thread while the target is
/// analyzed: the two are independent until their sentences are aligned, and a long source
/// took as long to read as its translation. The source needs an Analyzer of its own (ICU's
/// iterators serve one thread at a time): the target's Analyzer keeps one for its sources.
final class SourceAnalysisTask: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let outcome = Lock<Result<Analysis, ICUError>?>(nil)

    /// Starts analyzing `paired` with `analyzer`, which nothing else uses until `wait` returns.
    init(_ paired: PairedSource, with analyzer: SourceAnalyzer) {
        DispatchQueue.global(qos: .userInitiated).async { [done, outcome] in
            let analysis = Result { () throws(ICUError) in try analyzer.analyzer.analyzeSource(paired) }
            outcome.withLock { $0 = analysis }
            done.signal()
        }
    }

    /// The source's analysis, once it is made. May be asked again: it does not wait twice.
    func wait() throws(ICUError) -> Analysis {
        done.wait()
        done.signal()
        // Set before `done` was signalled.
        guard let analysis = outcome.withLock({ $0 }) else { preconditionFailure("a source analysis signalled without a result") }
        return try analysis.get()
    }
}

/// The Analyzer an Analyzer keeps for the sources of two-file checks: handed to one
/// SourceAnalysisTask at a time, since its owner waits for each before it starts the next.
final class SourceAnalyzer: @unchecked Sendable {
    let analyzer = Analyzer()
}
