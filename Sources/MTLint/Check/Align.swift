import ICU
import MTLintCore
import MTLintReport
import MTLintText

/// What `mtlint align` does: reads a source and its translation as plain texts, splits both
/// into sentences, aligns them as `check --source` does (SentenceAligner), and writes the
/// beads (AlignmentListing) so that a user can check the pairing.
public struct Align: Sendable {
    public var sourcePath: String
    /// The translation; `-` for standard input.
    public var targetPath: String
    /// The translation's language; nil to detect it.
    public var language: ICULocale?
    /// The source's language; nil to detect it.
    public var sourceLanguage: ICULocale?
    public var format = AlignmentListing.Format.tsv
    /// The name reports give standard input.
    public var standardInputName = "<stdin>"

    public init(sourcePath: String, targetPath: String) {
        self.sourcePath = sourcePath
        self.targetPath = targetPath
    }

    /// Writes the listing to `output.report`; a file that cannot be read or decoded is a
    /// one-line message naming it and exit status 3.
    public func run(output: some CheckOutput) -> CheckStatus {
        if sourcePath == "-" && targetPath == "-" {
            output.message("mtlint: error: the source and the translation cannot both be standard input")
            return .usage
        }
        func input(_ path: String) -> InputSource { path == "-" ? .standardInput(name: standardInputName) : .file(path) }
        let source: PairedSource
        let target: Document
        do {
            let sourceInput = input(sourcePath), targetInput = input(targetPath)
            let sourceBytes = try sourceInput.read()
            do {
                source = try PairedSource(path: sourceInput.displayPath, bytes: sourceBytes, language: sourceLanguage?.languageTag)
            } catch { throw InputProblem(path: sourceInput.displayPath, message: error.description) }
            let targetBytes = try targetInput.read()
            do { target = try Document(path: targetInput.displayPath, bytes: targetBytes, source: source) } catch {
                throw InputProblem(path: targetInput.displayPath, message: error.description)
            }
        } catch {
            output.message("mtlint: error: \(error)")
            return .unreadableInput
        }
        let analyzer = Analyzer()
        let analysis: Analysis
        do {
            let choice = language.map { LanguageChoice(locale: $0, source: .given, reason: "given with --lang") }
            analysis = try analyzer.analyze(target, language: choice ?? analyzer.detector.detect(target.text))
        } catch {
            output.message("mtlint: error: \(PrintableText.name(target.path)): \(error)")
            return .unreadableInput
        }
        guard let bilingual = analysis.bilingual, let alignment = bilingual.alignment else {
            output.message("mtlint: error: \(PrintableText.name(target.path)): could not be aligned")
            return .unreadableInput
        }
        let listing = AlignmentListing(
            alignment, sourcePath: source.path, sourceLanguage: bilingual.source.language.tag, sourceMap: source.sourceMap,
            targetPath: target.path, targetLanguage: analysis.language.tag, targetMap: target.sourceMap)
        output.report(listing.text(format))
        return .clean
    }
}
