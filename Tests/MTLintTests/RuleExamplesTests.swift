import Foundation
import ICU
import MTLintDocuments
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// One test runs every rule's examples (STYLE.md): a triggering example must be flagged on
/// exactly its marked spans, with the expected suggestions; a passing one must not be flagged.
/// Each example also runs in derived variants, so that offsets hold for real files.
@Suite struct RuleExamplesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let ruleID: String
        let index: Int
        let example: RuleExample
        var testDescription: String { "\(ruleID) #\(index) [\(example.language)] \(example.markedText.prefix(50))" }
    }

    static let cases: [Case] = RuleRegistry.all.flatMap { rule in
        rule.metadata.examples.enumerated().map { Case(ruleID: rule.metadata.id, index: $0.offset, example: $0.element) }
    }

    /// How an example is placed in a text. Each variant rewrites the marked text, so the marks
    /// move with it and the expected spans stay exact.
    enum Variant: String, CaseIterable, Sendable {
        case asWritten
        /// A paragraph of emoji, CJK and a combining accent before it: UTF-8 and UTF-16
        /// offsets part ways.
        case multibytePrefix
        /// Windows line ends.
        case crlf
        /// Decomposed (NFD) accents.
        case nfd
        /// Between two ordinary paragraphs of the same language.
        case embedded

        func apply(_ marked: String, language: String) -> String {
            switch self {
            case .asWritten: marked
            case .multibytePrefix: "😀 日本 e\u{301} 🇮🇹\n\n" + marked
            case .crlf: marked.replacingOccurrences(of: "\n", with: "\r\n")
            case .nfd: TextTransforms.normalize(marked, .nfd)
            case .embedded: filler(language).0 + "\n\n" + marked + "\n\n" + filler(language).1 + "\n"
            }
        }

        /// Plain sentences that trigger nothing, per language.
        private func filler(_ language: String) -> (String, String) {
            switch language.prefix(2) {
            case "it": ("Questo paragrafo apre il testo.", "Questo paragrafo lo chiude.")
            case "fr": ("Ce paragraphe ouvre le texte.", "Ce paragraphe le termine.")
            case "es": ("Este párrafo abre el texto.", "Este párrafo lo cierra.")
            case "pt": ("Este parágrafo abre o texto.", "Este parágrafo o encerra.")
            case "de": ("Dieser Absatz eröffnet den Text.", "Dieser Absatz beendet ihn.")
            case "zh": ("这一段是开头。", "这一段是结尾。")
            case "ja": ("これは最初の段落です。", "これは最後の段落です。")
            case "ko": ("이 문단은 시작입니다.", "이 문단은 끝입니다.")
            default: ("This paragraph opens the text.", "This paragraph closes it.")
            }
        }
    }

    @Test(arguments: cases)
    func example(_ testCase: Case) throws {
        let example = testCase.example
        let rule = try #require(RuleRegistry.rule(withID: testCase.ruleID)).init()
        if example.source != nil {
            try bilingualExample(testCase, rule: rule)
            return
        }
        let variants = example.variantOptOut == nil ? Variant.allCases : [.asWritten]
        for variant in variants {
            let marked = variant.apply(example.markedText, language: example.language)
            let probe = RuleExample(language: example.language, markedText: marked, suggestions: example.suggestions, variantOptOut: nil)
            let (text, spans) = probe.unmarked
            // Examples show picky findings too (French spacing): the level is tested apart.
            let report = try lint(text, language: example.language, rules: [rule], level: .picky)
            let found = report.diagnostics

            // The flagged text and its byte offsets, computed here independently of the
            // source map: the UTF-8 length of the text before each span.
            let units = Array(text.utf16)
            let expected = spans.map { span -> (text: String, offset: Int, length: Int) in
                let flagged = String(decoding: units[span], as: UTF16.self)
                let before = String(decoding: units[0..<span.lowerBound], as: UTF16.self)
                return (flagged, before.utf8.count, flagged.utf8.count)
            }
            let context = Comment(rawValue: "variant \(variant.rawValue): \(marked.debugDescription)")
            #expect(found.map(\.text) == expected.map(\.text), context)
            #expect(found.map(\.location.offset) == expected.map(\.offset), context)
            #expect(found.map(\.location.length) == expected.map(\.length), context)
            #expect(found.allSatisfy { $0.ruleID == testCase.ruleID && !$0.diagnostic.message.isEmpty }, context)
            if found.count == spans.count {
                for (diagnostic, suggestion) in zip(found, example.suggestions) {
                    let first = diagnostic.diagnostic.suggestions.first
                    #expect(
                        first.map { TextTransforms.normalize($0, .nfc) } == suggestion.map { TextTransforms.normalize($0, .nfc) }, context)
                }
            }
        }
    }

    /// A bilingual example is run as one entry of a PO file, in variants of the file: alone,
    /// after an entry of multibyte text, with CRLF line ends, in NFD, between two entries. The
    /// flagged text must be the file's bytes at the expected offset, its place found here from
    /// the PO escaping of the target, independently of the readers' maps.
    func bilingualExample(_ testCase: Case, rule: any Rule) throws {
        let example = testCase.example
        let sourceLanguage = try #require(example.sourceLanguage)
        for variant in Variant.allCases {
            var marked = example.markedText
            var source = try #require(example.source)
            var lineEnd = "\n"
            var before = ""
            var after = ""
            switch variant {
            case .asWritten: break
            case .multibytePrefix:
                before = "msgid \"日本 😀 e\u{301} 🇮🇹\"\nmsgstr \"Giappone 😀 e\u{301} 🇮🇹\"\n\n"
            case .crlf:
                lineEnd = "\r\n"
                marked = marked.replacingOccurrences(of: "\n", with: "\r\n")
                source = source.replacingOccurrences(of: "\n", with: "\r\n")
            case .nfd:
                marked = TextTransforms.normalize(marked, .nfd)
                source = TextTransforms.normalize(source, .nfd)
            case .embedded:
                before = "msgid \"This paragraph opens the text.\"\nmsgstr \"Questo paragrafo apre il testo.\"\n\n"
                after = "\n\nmsgid \"This paragraph closes it.\"\nmsgstr \"Questo paragrafo lo chiude.\"\n"
            }
            let probe = RuleExample(language: example.language, markedText: marked, suggestions: example.suggestions, variantOptOut: nil)
            let (target, spans) = probe.unmarked
            let header = "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
            // Units of the same file the example reads besides its own, in the variant's form.
            let others = example.otherUnits.map { unit -> String in
                var source = unit.source, target = unit.target
                if variant == .nfd {
                    source = TextTransforms.normalize(source, .nfd)
                    target = TextTransforms.normalize(target, .nfd)
                }
                return "msgid \"\(Self.escaped(source))\"\nmsgstr \"\(Self.escaped(target))\"\n\n"
            }.joined()
            let opening = header + before + others + "msgid \"\(Self.escaped(source))\"\nmsgstr \""
            let file = (opening + Self.escaped(target) + "\"" + after + "\n").replacingOccurrences(of: "\n", with: lineEnd)
            let prefix = opening.replacingOccurrences(of: "\n", with: lineEnd)
            let units = Array(target.utf16)
            let expected = spans.map { span -> (text: String, offset: Int) in
                let flagged = Self.escaped(String(decoding: units[span], as: UTF16.self))
                let before = Self.escaped(String(decoding: units[0..<span.lowerBound], as: UTF16.self))
                return (flagged, prefix.utf8.count + before.utf8.count)
            }
            let document = try Document(
                path: "example.po", bytes: Array(file.utf8), format: .po,
                options: ReadOptions(sourceLanguage: sourceLanguage))
            var linter = Linter(rules: [rule], language: try ICULocale(languageTag: example.language))
            linter.level = .picky
            let found = try linter.lint(document, using: Analyzer()).diagnostics
            let context = Comment(rawValue: "variant \(variant.rawValue): \(file.debugDescription)")
            #expect(found.map(\.text) == expected.map(\.text), context)
            #expect(found.map(\.location.offset) == expected.map(\.offset), context)
            #expect(found.allSatisfy { $0.ruleID == testCase.ruleID && !$0.diagnostic.message.isEmpty && $0.segment != nil }, context)
            if found.count == spans.count {
                for (diagnostic, suggestion) in zip(found, example.suggestions) {
                    let first = diagnostic.diagnostic.suggestions.first
                    #expect(
                        first.map { TextTransforms.normalize($0, .nfc) } == suggestion.map { TextTransforms.normalize($0, .nfc) }, context)
                }
            }
        }
    }

    /// A text as a PO string writes it.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(
                of: "\t", with: "\\t")
    }
}
