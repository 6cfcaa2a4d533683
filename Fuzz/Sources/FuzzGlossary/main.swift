// Fuzz target: a glossary file, YAML or TBX, read as `--glossary FILE` reads it, then a text
// made of its names linted with it (in the language of its wrong renderings, or Italian).
//
// Input: one selector byte (even: the file is `fuzz.yml`; odd: `fuzz.tbx`), then the file.
// Checked on every input: reading either succeeds or throws a one-line error that names the
// file; reading and linting end within the time budget; the findings keep the invariants of
// the lint target.
import Foundation
import FuzzSupport
import ICU
import MTLint
import MTLintCore
import MTLintText

let budget = TimeBudget()
nonisolated(unsafe) let analyzer = Analyzer()

/// A text that names the glossary's entities every way it knows them, right and wrong, so
/// that the name rules compare the document with each of them.
func text(naming glossary: Glossary) -> (text: String, language: String) {
    var sentences: [String] = []
    var language = "it"
    for entity in glossary.entities.prefix(40) {
        for name in entity.rightNames.prefix(4) { sentences.append("Secondo \(name), il mercato cresce.") }
        for (code, renderings) in entity.wrong.sorted(by: { $0.key < $1.key }).prefix(2) {
            if ["it", "fr", "es", "de", "pt", "en"].contains(code) { language = code }
            for rendering in renderings.prefix(4) { sentences.append("Ieri \(rendering.text) ha firmato un accordo.") }
        }
    }
    return (sentences.joined(separator: " "), language)
}

runFuzzer { start, count in
    fuzz(bytes(start, count))
}

func fuzz(_ input: UnsafeRawBufferPointer) -> CInt {
    guard !input.isEmpty else { return 0 }
    let count = input.count
    let path = input[0] & 1 == 0 ? "fuzz.yml" : "fuzz.tbx"
    let data = Data(input.dropFirst())
    let glossary: Glossary
    do {
        glossary = try budget.measure(count, "reading") { try GlossaryFile.decode(data: data, path: path) }
    } catch {
        Invariants.checkMessage(PrintableText.line("\(error)"), naming: path, what: "glossary error")
        return 0
    }
    let (body, language) = text(naming: glossary)
    let document = Document(path: "names.txt", text: body)
    let report: FileReport
    do {
        let locale = try LanguageTag.locale(for: language)
        report = try budget.measure(count + body.utf8.count, "linting") {
            try Linter(language: locale, glossary: glossary).lint(document, using: analyzer)
        }
    } catch {
        violated("linting with the glossary failed: \(error)")
    }
    Invariants.checkLocations(report, document: document, bytes: Array(body.utf8))
    return 0
}
