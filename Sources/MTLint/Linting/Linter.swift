import Foundation
import ICU
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// Lints documents with a set of rules. Safe to share: it holds only rule values and settings;
/// the ICU state lives in one Analyzer per worker.
public struct Linter: Sendable {
    public let rules: [any Rule]
    /// The language of each input: given (by `--lang` or the configuration) or detected.
    public let languages: LanguageAssignment
    /// How each input is read: plain text, Markdown or HTML (by default, by its extension).
    public var formats = FormatAssignment()
    /// Severities the configuration sets instead of the rules' defaults, by rule id.
    public let severities: [String: Severity]
    /// The glossary the name rules use: mtlint's own, then the user's files.
    public var glossary: Glossary { glossarySource.glossary }
    private let glossarySource: LazyGlossary

    /// Whether located findings carry their source excerpt: only the text report shows it,
    /// and on a damaged file with many findings they cost time and memory for nothing.
    public var makesExcerpts = true

    /// Whether each file's report carries its document (FileReport.document), for a report
    /// that shows the text (HTML) or makes excerpts as it writes (text). A run with
    /// `onOutcome` hands the document on with the outcome and keeps the outcome
    /// (`keepingOutcomes`) without it, so that memory holds the texts being written, not all
    /// of them; a run without keeps it in its outcomes.
    public var keepsText = false

    /// What of each file's text the reports of `format` need: the document for a report that
    /// shows the text or excerpts, and no excerpts made while locating, since the text report
    /// makes each one as it writes it (FileReport.excerpt(of:)). Made while locating, the
    /// 21 MB file's 114,000 excerpts were all held at once (docs/performance.md).
    public mutating func configureReportText(for format: any Reporter.Type) {
        makesExcerpts = false
        keepsText = format.showsText || format.showsExcerpts
    }

    /// Whether picky findings (typographic conventions) are reported; not by default.
    public var level: ReportLevel = .standard

    /// The source of the translation being linted, kept in a file of its own (`check
    /// --source`): paired with the input, whose sentences are aligned with it, so that the
    /// `source/*` rules run. A run with a paired source lints one input.
    public var pairedSource: PairedSource?

    /// The language given for every input with `--lang`; nil when each is chosen on its own.
    public var language: ICULocale? { languages.given }

    public init(rules: [any Rule] = RuleRegistry.all.map { $0.init() }, language: ICULocale? = nil, glossary: Glossary = .builtIn) {
        self.init(rules: rules, languages: LanguageAssignment(given: language), glossary: glossary)
    }

    public init(rules: [any Rule], languages: LanguageAssignment, severities: [String: Severity] = [:], glossary: Glossary = .builtIn) {
        self.init(rules: rules, languages: languages, severities: severities, glossarySource: LazyGlossary { glossary })
    }

    private init(rules: [any Rule], languages: LanguageAssignment, severities: [String: Severity], glossarySource: LazyGlossary) {
        self.rules = rules
        self.languages = languages
        self.severities = severities
        self.glossarySource = glossarySource
    }

    /// The rules, languages and severities that `settings` resolved; disabled rules are not run.
    public init(settings: LintSettings, glossary: Glossary = .builtIn) {
        self.init(settings: settings, makingGlossary: { glossary })
    }

    /// The same, with a glossary made when the first document's analysis is done: the
    /// default glossary can decode on another thread meanwhile (Glossary.decodeInBackground).
    public init(settings: LintSettings, makingGlossary: @escaping @Sendable () -> Glossary) {
        let enabled = Set(settings.rules.enabled)
        self.init(
            rules: RuleRegistry.all.filter { enabled.contains($0.metadata.id) }.map { $0.init() },
            languages: settings.languages, severities: settings.rules.severities,
            glossarySource: LazyGlossary(makingGlossary))
        level = settings.level
        formats = settings.formats
    }

    /// The metadata of the rules that run, in order.
    public var ruleMetadata: [RuleMetadata] { rules.map(\.metadata) }

    /// Lints one document.
    public func lint(_ document: Document, using analyzer: Analyzer) throws(ICUError) -> FileReport {
        report(for: try analyze(document, using: analyzer))
    }

    /// Chooses the document's language, starts making the language's data that rules will
    /// read (LanguageResources) while it analyzes the document.
    func analyze(_ document: Document, using analyzer: Analyzer) throws(ICUError) -> Analysis {
        try analyze(document, using: analyzer, language: languages.choice(for: document.path))
    }

    /// The same in `language`, else in the language the file declares (a bilingual file's
    /// target language), else in the detected language.
    func analyze(_ document: Document, using analyzer: Analyzer, language: LanguageChoice?) throws(ICUError) -> Analysis {
        let language = language ?? declaredLanguage(of: document) ?? analyzer.detector.detect(document.text)
        LanguageResources.warm(for: document, in: language)
        return try analyzer.analyze(document, language: language, glossary: glossary)
    }

    /// The target language a bilingual file declares (XLIFF `trgLang`, PO `Language:` ...).
    private func declaredLanguage(of document: Document) -> LanguageChoice? {
        guard let tag = document.layout?.bilingual?.targetLanguage, let locale = try? ICULocale(languageTag: tag),
            locale != .undetermined
        else { return nil }
        return LanguageChoice(locale: locale, source: .given, reason: "declared in the file")
    }

    /// Runs every rule over an analysis, applies the configured severities and locates what
    /// the rules find.
    public func report(for analysis: Analysis) -> FileReport {
        report(for: findings(of: analysis))
    }

    /// What the rules found in one document, not yet located: all a report needs of an
    /// analysis, so that the analysis (of a large file, several times its size in tokens,
    /// names and figures) can be let go before the findings are located.
    struct Findings {
        let document: Document
        let language: LanguageChoice
        let wordCount: Int
        /// Sorted by position, then rule id.
        let diagnostics: [Diagnostic]
        /// For a translation whose source is a file of its own, the units its alignment made:
        /// a finding's `segment` is its bead, numbered as `mtlint align` numbers them.
        var pairing: BilingualText? = nil
    }

    /// Runs every rule over an analysis and applies the configured severities. With
    /// `alongside`, the rules are shared between this thread and another, each taking the next
    /// rule not yet taken (rules read the analysis, never write it), the `source/*` rules last,
    /// since they wait for an alignment that may still be in the making (Analysis.bilingual);
    /// the findings are the same either way, kept in the rules' order.
    func findings(of analysis: Analysis, alongside: Bool = false) -> Findings {
        // Changed and sorted in place: on a damaged large file each copy would be megabytes.
        let limit = FindingsLimit(cap: Self.findingsCap(words: analysis.wordCount), level: level)
        var diagnostics: [Diagnostic]
        if alongside {
            let rules = self.rules
            let order = Self.alongsideOrder(rules)
            let next = Lock(0)
            let found = Lock([[Diagnostic]](repeating: [], count: rules.count))
            DispatchQueue.concurrentPerform(iterations: 2) { _ in
                while true {
                    let position = next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard position < order.count else { return }
                    let index = order[position]
                    let diagnostics = rules[index].check(analysis, limit: limit).reported
                    found.withLock { $0[index] = diagnostics }
                }
            }
            diagnostics = found.withLock { Self.joined(&$0) }
        } else {
            var found = rules.map { rule in rule.check(analysis, limit: limit).reported }
            diagnostics = Self.joined(&found)
        }
        if !severities.isEmpty {
            for index in diagnostics.indices {
                if let severity = severities[diagnostics[index].ruleID] { diagnostics[index].severity = severity }
            }
        }
        diagnostics.sort { ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID) }
        return Findings(
            document: analysis.document, language: analysis.language,
            wordCount: analysis.wordCount, diagnostics: diagnostics,
            pairing: analysis.document.pairedSource != nil ? analysis.bilingual?.text : nil)
    }

    /// The rules' findings in one array, made at its size, each rule's array let go once
    /// copied: joined by `flatMap`, the array grew by doubling beside all of the rules' arrays,
    /// 18 MB at the peak of the 21 MB file for 10 MB of findings (docs/performance.md).
    static func joined(_ found: inout [[Diagnostic]]) -> [Diagnostic] {
        var joined: [Diagnostic] = []
        joined.reserveCapacity(found.reduce(0) { $0 + $1.count })
        for index in found.indices {
            joined.append(contentsOf: found[index])
            found[index] = []
        }
        return joined
    }

    /// The `source/*` rules that take longest, in the order they start when one file is
    /// checked on two threads: the costliest first, so that the two threads end together
    /// (docs/performance.md, "Measured choices"). The first figure rule compares the figures
    /// for all three; the other two come last, when the comparison is made.
    static let costliestSourceRules = [
        "source/name-mismatch", "source/figure-added", "source/inconsistent-translation", "source/addition",
        "source/truncated",
    ]
    static let sourceRulesLast = ["source/figure-mismatch", "source/figure-missing"]

    /// The order in which two threads take one file's rules: the target's rules as the
    /// registry lists them (the sources' rules wait for the alignment, made meanwhile), then
    /// the sources' rules, the costliest first.
    static func alongsideOrder(_ rules: [any Rule]) -> [Int] {
        let ids = rules.map { type(of: $0).metadata.id }
        func rank(_ index: Int) -> Int {
            if !ids[index].hasPrefix("source/") { return 0 }
            if let costly = costliestSourceRules.firstIndex(of: ids[index]) { return 1 + costly }
            return sourceRulesLast.contains(ids[index]) ? 100 : 50
        }
        return rules.indices.sorted { (rank($0), $0) < (rank($1), $1) }
    }

    /// The most findings one rule reports in one document (FindingsLimit.cap(words:)).
    static func findingsCap(words: Int) -> Int { FindingsLimit.cap(words: words) }

    /// Locates the findings and numbers the ones that share a fingerprint.
    func report(for findings: Findings) -> FileReport {
        let locator = Locator(document: findings.document, makesExcerpts: makesExcerpts, pairing: findings.pairing)
        var diagnostics = findings.diagnostics.map(locator.locate)
        if findings.document.layout != nil {
            // A document's text follows the file, except where HTML moves text (a paragraph
            // inside a table is shown before it): reports keep the file's order.
            diagnostics = diagnostics.enumerated().sorted {
                ($0.element.location.offset, $0.element.location.length, $0.offset) < (
                    $1.element.location.offset, $1.element.location.length, $1.offset
                )
            }.map(\.element)
        }
        var seen: [String: Int] = [:]
        for index in diagnostics.indices {
            seen[diagnostics[index].fingerprint, default: 0] += 1
            diagnostics[index].occurrence = seen[diagnostics[index].fingerprint]!
        }
        var report = FileReport(
            path: findings.document.path, language: findings.language,
            wordCount: findings.wordCount, diagnostics: diagnostics,
            document: keepsText ? findings.document : nil)
        report.unplacedText = findings.document.layout?.unplaced ?? 0
        return report
    }

    /// Reads, decodes and lints every input on `jobs` threads; the outcomes keep the inputs'
    /// order whatever the number of threads. Unreadable inputs become problems, never crashes.
    public func run(
        _ inputs: [InputSource], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int) -> Void)? = nil
    ) -> LintRun {
        run(collected: inputs.map { (source: $0, problem: nil) }, jobs: jobs, progress: progress)
    }

    /// Lints what InputCollector found; its problems (a missing path, an empty folder) take
    /// their place among the outcomes; every item has a source or a problem. `onOutcome` gets each outcome in the inputs' order as
    /// soon as it and all before it are done, whatever `jobs` is, so that a report can be
    /// printed while later files are still being linted; it is called from one thread at a time.
    /// With `keepingOutcomes` false, the run keeps none of the outcomes it hands on, only
    /// their tally (LintRun.tally): memory then stays flat over any number of files.
    public func run(
        collected inputs: [(source: InputSource?, problem: InputProblem?)],
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int) -> Void)? = nil,
        keepingOutcomes: Bool = true,
        onOutcome: (@Sendable (LintRun.Outcome) -> Void)? = nil
    ) -> LintRun {
        struct Progress {
            /// Outcomes done but not yet handed on, by input index: few at any time, since
            /// each is handed on as soon as all before it are done.
            var ready: [Int: LintRun.Outcome]
            /// Outcomes handed on, in the inputs' order, when the run keeps them.
            var kept: [LintRun.Outcome] = []
            var tally = LintRun.Tally()
            var next = 0
            var done = 0
            var delivered = 0

            /// The next outcome in the inputs' order, if it is done: counted, and kept if asked
            /// (without its document when the outcome is handed on).
            mutating func takeNext(keeping: Bool, handedOn: Bool) -> LintRun.Outcome? {
                guard let outcome = ready.removeValue(forKey: delivered) else { return nil }
                delivered += 1
                tally.add(outcome)
                if keeping { kept.append(handedOn ? outcome.withoutDocument : outcome) }
                return outcome
            }
        }
        precondition(inputs.allSatisfy { $0.source != nil || $0.problem != nil }, "an input needs a source or a problem")
        // Problems are outcomes already; the sources are linted.
        let pending = inputs.indices.compactMap { index -> (Int, InputSource)? in
            guard inputs[index].problem == nil, let source = inputs[index].source else { return nil }
            return (index, source)
        }
        var problems: [Int: LintRun.Outcome] = [:]
        for (index, input) in inputs.enumerated() {
            if let problem = input.problem { problems[index] = .failed(problem) }
        }
        let state = Lock(Progress(ready: problems))
        // Held while outcomes are handed on, so that they arrive one at a time and in order.
        // A worker that finds it taken goes back to linting: the holder hands on every
        // outcome that is ready, and a last pass after the workers catches any left.
        let delivery = Lock(())
        @Sendable func deliverReady() {
            guard let onOutcome else { return }
            delivery.withLockIfAvailable { _ in
                while let outcome = state.withLock({ $0.takeNext(keeping: keepingOutcomes, handedOn: true) }) {
                    onOutcome(outcome)
                }
            }
        }
        deliverReady()
        let workers = max(1, min(jobs, pending.count))
        if !pending.isEmpty {
            // A core no worker takes (one file on two cores) helps with the file: its rules
            // share the cores, and a two-file check's source is analyzed beside its target.
            let spareCores = workers < jobs
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                let analyzer = Analyzer()
                analyzer.analyzesSourceAlongside = spareCores
                @Sendable func finish(_ index: Int, _ outcome: LintRun.Outcome) {
                    let done = state.withLock { state -> Int in
                        state.ready[index] = outcome
                        state.done += 1
                        return state.done
                    }
                    progress?(done)
                    deliverReady()
                }
                while true {
                    let next = state.withLock { state -> Int in
                        defer { state.next += 1 }
                        return state.next
                    }
                    guard next < pending.count else { break }
                    let (index, source) = pending[next]
                    finish(index, lintOne(source, analyzer, alongside: spareCores))
                }
            }
        }
        deliverReady()
        LanguageResources.waitForWarmUps()
        // Without `onOutcome`, every outcome is taken here, in order.
        let (kept, tally) = state.withLock { state in
            while state.takeNext(keeping: keepingOutcomes, handedOn: false) != nil {}
            precondition(state.delivered == inputs.count, "an outcome is missing")
            return (state.kept, state.tally)
        }
        return LintRun(outcomes: kept, tally: tally, rules: ruleMetadata)
    }

    /// The input's bytes live only in here: decoded, they are let go before the analysis.
    private func decode(_ input: InputSource) throws -> Document {
        try document(path: input.displayPath, bytes: input.read())
    }

    /// A file's bytes read as this run reads them: in the format its path is given (PO,
    /// Markdown ...), with the run's read options, and beside the run's paired source.
    /// Whatever lints or fixes a file reads it so, or a fix would edit what the check never
    /// read as text (a PO file's msgid, a Markdown code block).
    func document(path: String, bytes: [UInt8]) throws(DecodingError) -> Document {
        try Document(path: path, bytes: bytes, format: formats.format(for: path), options: formats.options, source: pairedSource)
    }

    private func lintOne(_ input: InputSource, _ analyzer: Analyzer, alongside: Bool) -> LintRun.Outcome {
        do {
            let document: Document
            do { document = try decode(input) } catch let error as DecodingError {
                return .failed(InputProblem(path: input.displayPath, message: error.description))
            }
            var held: Analysis? = try analyze(document, using: analyzer)
            let found = findings(of: held!, alongside: alongside)
            held = nil  // let the analysis go before its findings are located
            return .linted(report(for: found))
        } catch let problem as InputProblem {
            return .failed(problem)
        } catch {
            return .failed(InputProblem(path: input.displayPath, message: "\(error)"))
        }
    }
}

extension LintRun.Outcome {
    /// The outcome without the document a report may carry (Linter.keepsText).
    var withoutDocument: LintRun.Outcome {
        guard case .linted(var report) = self, report.document != nil else { return self }
        report.document = nil
        return .linted(report)
    }
}

/// A glossary made once, on first use, by whichever thread asks first; the others wait.
package final class LazyGlossary: Sendable {
    private let make: @Sendable () -> Glossary
    private let made = Lock<Glossary?>(nil)

    init(_ make: @escaping @Sendable () -> Glossary) {
        self.make = make
    }

    var glossary: Glossary {
        made.withLock { made in
            if let made { return made }
            let glossary = make()
            made = glossary
            return glossary
        }
    }
}
