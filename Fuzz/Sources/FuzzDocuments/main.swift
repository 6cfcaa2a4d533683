// Fuzz target: a document in one of the formats `mtlint check` reads besides plain text
// (Markdown, HTML, XLIFF, PO, TMX, CSV, TSV), or a plain translation checked beside its
// source in a file of its own (`mtlint check --source`), decoded, linted and reported.
//
// Input: one selector byte, then the file's bytes as stored. The selector's low three bits
// choose what the bytes are (`formats`: 0 Markdown ... 6 TSV, 7 the two-file check, whose
// bytes are the source, a NUL byte, then the target; without a NUL the source is empty); bits
// 3 to 6 the language (detected or declared, or one of mtlint's six); the high bit the picky
// level. Checked on every input: decoding either succeeds or gives a one-line reason; reading
// and linting end within the time budget; every finding lies inside the file as stored (not
// the text of its segments) and the file's bytes there give back its text, related places
// likewise in the file they name (Invariants.checkLocations); every report parses
// (Invariants.checkReports).
//
// MTLINT_FUZZ_WRITE_SEEDS=FOLDER: write the samples of formats the tests have no file of
// (XLIFF 2) as seeds into FOLDER and exit; fuzz.sh adds the test fixtures.
import Foundation
import FuzzSupport
import ICU
import MTLint
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// What the selector's low three bits choose; nil is the two-file check.
let formats: [InputFormat?] = [.markdown, .html, .xliff, .po, .tmx, .csv, .tsv, nil]
let languages = fuzzLanguages
/// The names reports show; the extension is not read (the format is given, as with
/// `--input-format`).
let path = "fuzz.doc"
let sourcePath = "fuzz.source.txt"
/// Between the source and the target of a two-file check: NUL is no text (TextDecoder
/// refuses it), so that no pair of texts is out of reach.
let separator: UInt8 = 0

let budget = TimeBudget()

/// Documents in formats of which the tests hold no file, for libFuzzer to start from.
let samples: [(name: String, format: InputFormat, text: String)] = [
    (
        "xliff2", .xliff,
        """
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="it">
          <file id="news"><unit id="lead">
            <notes><note category="context">headline</note></notes>
            <segment id="a" state="reviewed"><source>Sales rose <ph id="p1" disp="%d"/> percent.</source>
              <target>Le vendite sono salite del <ph id="p1"/> per cento.</target></segment>
            <ignorable><source>  </source></ignorable>
            <segment id="b"><source>Read <pc id="p2">more</pc> here.</source><target>Leggi <pc id="p2">altro</pc> qui.</target></segment>
          </unit></file>
        </xliff>
        """
    ),
    (
        "xliff2-cdata", .xliff,
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="it">
          <file id="f"><unit id="u"><segment><source><![CDATA[Save 3 files & exit]]></source><target><![CDATA[Salva 3 file &amp; esci]]></target></segment></unit></file>
        </xliff>
        """
    ),
]

/// The selector byte for `format` (nil: the two-file check), language detected or declared.
func selector(for format: InputFormat?) -> UInt8 {
    UInt8(formats.firstIndex(of: format) ?? 0)
}

func writeSeeds(to folder: String) {
    for sample in samples {
        writeSeed([selector(for: sample.format)] + Array(sample.text.utf8), named: sample.name, into: folder)
    }
    note("wrote \(samples.count) seeds to \(folder)")
}

writeSeedsIfAsked(writeSeeds(to:))
/// One linter per language and level, made once: each holds its rules and the glossary.
let linters = makeFuzzLinters()
/// ICU's break iterators and the rest of an analyzer's state, reused as a worker reuses it.
nonisolated(unsafe) let analyzer = Analyzer()
// The first document of each language loads its data (the glossary, hunspell's dictionary,
// the source language's tables): done here, so that the time budget measures the input alone.
do {
    let source = try PairedSource(path: sourcePath, bytes: Array("这是一个测试。Ein Test.".utf8))
    let warmUp = try Document(path: path, bytes: Array("Una prova. Un test. Ein Test.".utf8), source: source)
    for linter in linters { _ = try linter.lint(warmUp, using: analyzer) }
    for sample in samples {
        let document = try Document(path: path, bytes: Array(sample.text.utf8), format: sample.format)
        for linter in linters { _ = try linter.lint(document, using: analyzer) }
    }
} catch {
    violated("the warm-up failed: \(error)")
}
runFuzzer { start, count in
    fuzz(bytes(start, count))
}

func fuzz(_ input: UnsafeRawBufferPointer) -> CInt {
    guard !input.isEmpty else { return 0 }
    let selector = Int(input[0])
    let format = formats[selector & 0x07]
    let language = (selector >> 3 & 0x0F) % languages.count
    let linter = linters[language + (selector & 0x80 == 0 ? 0 : languages.count)]
    var bytes = Array(input.dropFirst())

    // A two-file check: the source before the first NUL, the target after it.
    var source: (paired: PairedSource, stored: Invariants.StoredFile)?
    if format == nil {
        let cut = bytes.firstIndex(of: separator) ?? 0
        let sourceBytes = Array(bytes[..<cut])
        bytes = Array(bytes[(cut == bytes.endIndex ? cut : cut + 1)...])
        do {
            let paired = try budget.measure(sourceBytes.count, "decoding the source") {
                try PairedSource(path: sourcePath, bytes: sourceBytes)
            }
            source = (paired, Invariants.StoredFile(paired, bytes: sourceBytes))
        } catch {
            // The CLI prints `mtlint: error: PATH: REASON (the source given with --source ...)`.
            Invariants.checkMessage("\(sourcePath): \(error)", naming: sourcePath, what: "decoding error of the source")
            return 0
        }
    }

    let document: Document
    do {
        document = try budget.measure(bytes.count, "reading") {
            try Document(path: path, bytes: bytes, format: format ?? .text, source: source?.paired)
        }
    } catch {
        // Undecodable bytes or a malformed bilingual file: the CLI prints
        // `mtlint: error: PATH: REASON` on one line.
        Invariants.checkMessage("\(path): \(error)", naming: path, what: "decoding error")
        return 0
    }
    require(document.format == format ?? .text, "read as \(document.format), not as \(format?.description ?? "text")")
    let report: FileReport
    do {
        report = try budget.measure(input.count, "linting") { try linter.lint(document, using: analyzer) }
    } catch {
        violated("linting failed with an ICU error: \(error)")
    }
    Invariants.checkLocations(report, document: document, bytes: bytes, source: source?.stored)
    let run = LintRun(outcomes: [.linted(report)], rules: linter.ruleMetadata)
    budget.measure(input.count, "reporting") { Invariants.checkReports(run, path: path) }
    return 0
}
