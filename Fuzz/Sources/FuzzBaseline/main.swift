// Fuzz target: a baseline file (`--baseline FILE`), read, applied to a run with findings and
// written again.
//
// MTLINT_FUZZ_WRITE_SEEDS=FOLDER: write the baseline of the run into FOLDER and exit.
//
// Checked on every input: reading either succeeds or throws a one-line error that names the
// file; applying it takes away no more findings than the run has, and each only once; the
// file written from what was read reads back to the same entries.
import Foundation
import FuzzSupport
import MTLint
import MTLintCore
import MTLintText

let folder = "/mtlint-fuzz"
let path = folder + "/baseline.json"
let resolver = PathResolver(workingDirectory: folder)
let budget = TimeBudget()

/// A run of two files with findings (the paths the seeds name), made once.
let run = makeRun()
writeSeedsIfAsked { seeds in
    writeSeed(Array(Baseline(recording: run, folder: folder, resolver: resolver).encoded().utf8), named: "recorded.json", into: seeds)
}
runFuzzer { start, count in
    fuzz(bytes(start, count))
}

func makeRun() -> LintRun {
    let linter = Linter(language: nil, glossary: .builtIn)
    let analyzer = Analyzer()
    let texts = [
        "a.txt": "Il gruppo pagava 10 Cento milioni di dollari. Il il prezzo è salito del 30.6% ( senza motivo.",
        "texts/b.txt": "Le prix a augmenté de de 30.6 % . Selon Tiktok et TikTok, la la croissance continue.",
    ]
    var outcomes: [LintRun.Outcome] = []
    for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
        do {
            outcomes.append(.linted(try linter.lint(Document(path: folder + "/" + name, text: text), using: analyzer)))
        } catch {
            violated("linting \(name): \(error)")
        }
    }
    let run = LintRun(outcomes: outcomes, rules: linter.ruleMetadata)
    require(run.reports.allSatisfy { !$0.diagnostics.isEmpty }, "the run for the baseline has no findings")
    return run
}

func fuzz(_ input: UnsafeRawBufferPointer) -> CInt {
    let count = input.count
    let data = Data(input)
    let baseline: Baseline
    do {
        baseline = try budget.measure(count, "reading") { try Baseline.decode(data, path: path, resolver: resolver) }
    } catch {
        Invariants.checkMessage(PrintableText.line("\(error)"), naming: "baseline.json", what: "baseline error")
        return 0
    }
    let total = run.reports.reduce(0) { $0 + $1.diagnostics.count }
    let applied = budget.measure(count, "applying") { baseline.apply(to: run, name: "baseline.json") }
    let left = applied.reports.reduce(0) { $0 + $1.diagnostics.count }
    guard let summary = applied.baseline else { violated("the applied run has no baseline summary") }
    require(summary.matched + left == total, "\(summary.matched) matched and \(left) left of \(total) findings")
    require(summary.matched <= baseline.entries.count, "\(summary.matched) matched by \(baseline.entries.count) entries")
    require(summary.stale <= baseline.entries.count, "\(summary.stale) stale of \(baseline.entries.count) entries")
    let written = baseline.encoded()
    do {
        let again = try Baseline.decode(Data(written.utf8), path: path, resolver: resolver)
        require(again.entries == baseline.entries, "the baseline written reads back to other entries")
    } catch {
        violated("the baseline written cannot be read: \(error)")
    }
    return 0
}
