// Fuzz target: a configuration file (.mtlint.yml), parsed and resolved into settings as
// `mtlint check` does, then its globs matched against a few paths.
//
// Checked on every input: parsing and resolving either succeed or throw an error that names
// the file and is one line (after the CLI's escaping, which Invariants.checkMessage assumes
// away: it wants the line itself); matching ends within the time budget.
import Foundation
import FuzzSupport
import MTLint
import MTLintCore
import MTLintText

let folder = "/mtlint-fuzz"
let name = ".mtlint.yml"
let resolver = PathResolver(workingDirectory: folder)
let budget = TimeBudget()
/// Paths a folder walk would ask about, at several depths, with and without extensions.
let paths = ["a.txt", "corpora/it/a.txt", "corpora/fr/notes.md", "drafts/x/y/z/w.txt", ".hidden/a.txt", "a b/ü.txt", "**/x"]

runFuzzer { start, count in
    fuzz(bytes(start, count))
}

func fuzz(_ bytes: UnsafeRawBufferPointer) -> CInt {
    let count = bytes.count
    // ConfigurationFile.load refuses a file that is not UTF-8 before parsing it.
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    let settings: LintSettings
    do {
        settings = try budget.measure(count, "parsing") {
            let file = try ConfigurationFile.parse(text, displayPath: name, folder: folder)
            return try LintSettings.resolve(file: file, resolver: resolver)
        }
    } catch {
        Invariants.checkMessage(PrintableText.line("\(error)"), naming: name, what: "configuration error")
        return 0
    }
    budget.measure(count, "matching") {
        for path in paths {
            let absolute = folder + "/" + path
            if let filter = settings.pathFilter {
                _ = filter.includes(file: absolute)
                _ = filter.searches(folder: resolver.folder(of: absolute))
            }
            _ = settings.languages.choice(for: absolute)
        }
    }
    return 0
}
