// Fuzz target: the bytes of a file, decoded, linted and reported in every format.
//
// Input: one selector byte, then the file's bytes as stored (any encoding, BOM or none).
// The selector's low bits choose the language (detected, or one of mtlint's six), its high
// bit the picky level. Checked on every input: decoding either succeeds or gives a one-line
// reason; linting ends within the time budget; every finding lies inside the text and its
// bytes give back its text (Invariants.checkLocations); every report parses
// (Invariants.checkReports).
//
// MTLINT_FUZZ_WRITE_SEEDS=FOLDER: write every rule example as a seed into FOLDER and exit.
import Foundation
import FuzzSupport
import ICU
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

let languages = fuzzLanguages
let path = "fuzz.txt"

let budget = TimeBudget()

/// The selector byte that gives `language` (nil: detected) at the standard level.
func selector(for language: String?) -> UInt8 {
    UInt8(languages.firstIndex(of: language) ?? 0)
}

/// Every example of every rule, behind the selector of its language: the texts each rule is
/// known to flag, for libFuzzer to start from.
func writeSeeds(to folder: String) {
    var number = 0
    for metadata in RuleRegistry.allMetadata {
        for example in metadata.examples {
            let name = metadata.id.replacingOccurrences(of: "/", with: "-") + "-\(number)"
            number += 1
            writeSeed([selector(for: example.language)] + Array(example.unmarked.text.utf8), named: name, into: folder)
        }
    }
    note("wrote \(number) seeds to \(folder)")
}

writeSeedsIfAsked(writeSeeds(to:))
/// One linter per language and level, made once: each holds its rules and the glossary.
let linters = makeFuzzLinters()
/// ICU's break iterators and the rest of an analyzer's state, reused as a worker reuses it.
nonisolated(unsafe) let analyzer = Analyzer()
// The first text of each language loads its data (the glossary, hunspell's dictionary):
// done here, so that the time budget measures linting alone.
for linter in linters {
    _ = try? linter.lint(Document(path: path, text: "Una prova. Un test. Ein Test."), using: analyzer)
}
runFuzzer { start, count in
    fuzz(bytes(start, count))
}

func fuzz(_ input: UnsafeRawBufferPointer) -> CInt {
    guard !input.isEmpty else { return 0 }
    let count = input.count
    let selector = Int(input[0])
    let bytes = Array(input.dropFirst())
    let linter = linters[(selector & 0x7F) % languages.count + (selector & 0x80 == 0 ? 0 : languages.count)]

    let document: Document
    do {
        document = try Document(path: path, bytes: bytes)
    } catch {
        // The CLI prints `mtlint: error: PATH: REASON` on one line.
        Invariants.checkMessage(path + ": " + error.description, naming: path, what: "decoding error")
        return 0
    }
    let report: FileReport
    do {
        report = try budget.measure(bytes.count, "linting") { try linter.lint(document, using: analyzer) }
    } catch {
        violated("linting failed with an ICU error: \(error)")
    }
    Invariants.checkLocations(report, document: document, bytes: bytes)
    let run = LintRun(outcomes: [.linted(report)], rules: linter.ruleMetadata)
    budget.measure(bytes.count, "reporting") { Invariants.checkReports(run, path: path) }
    return 0
}
