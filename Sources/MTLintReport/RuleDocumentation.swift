import Foundation
import MTLintCore
import MTLintText

/// The rule list and explanations for `mtlint rules`, `mtlint explain` and docs/rules.md, all
/// generated from the rules' own metadata so that they cannot disagree.
public enum RuleDocumentation {
    /// One line per rule: id, default severity, category, summary.
    public static func table(_ rules: [RuleMetadata]) -> String {
        let idWidth = rules.map(\.id.count).max() ?? 0
        let categoryWidth = rules.map(\.category.rawValue.count).max() ?? 0
        return rules.map { rule in
            rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0) + "  "
                + rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0) + "  "
                + rule.category.rawValue.padding(toLength: categoryWidth, withPad: " ", startingAt: 0) + "  "
                + rule.summary
        }.joined(separator: "\n") + "\n"
    }

    public static func json(_ rules: [RuleMetadata]) -> String {
        struct Example: Codable {
            var language: String
            /// For a bilingual rule: the source the text translates, and its language.
            var source: String?
            var sourceLanguage: String?
            /// Units of the same file before the example's own (a rule that reads the whole file).
            var otherUnits: [[String]]?
            var text: String
            var flagged: [String]
            var suggestions: [String?]
        }
        struct Entry: Codable {
            var id: String
            var severity: String
            var category: String
            var summary: String
            var explanation: String
            var examples: [Example]
        }
        let entries = rules.map { rule in
            Entry(
                id: rule.id, severity: rule.severity.rawValue, category: rule.category.rawValue,
                summary: rule.summary, explanation: rule.explanation,
                examples: rule.examples.map { example in
                    let (text, spans) = example.unmarked
                    let units = Array(text.utf16)
                    return Example(
                        language: example.language, source: example.source, sourceLanguage: example.sourceLanguage,
                        otherUnits: example.otherUnits.isEmpty ? nil : example.otherUnits.map { [$0.source, $0.target] }, text: text,
                        flagged: spans.map { String(decoding: units[$0], as: UTF16.self) },
                        suggestions: example.suggestions)
                })
        }
        // The JSON report's encoder, which cannot fail on these strings (see JSONReporter).
        return JSONPieces.encode(entries, pretty: true) + "\n"
    }

    /// `mtlint explain ID`: the explanation and the examples, for a terminal.
    public static func explanation(of rule: RuleMetadata) -> String {
        var output = "\(rule.id) (\(rule.severity.rawValue), \(rule.category.rawValue))\n\(rule.summary)\n\n"
        output += rule.explanation + "\n"
        output += "\nFlagged (the flagged text between ⟦ ⟧):\n"
        for example in rule.triggeringExamples {
            output += sourceLine(example)
            output += "  [\(example.language)] \(example.markedText.replacingOccurrences(of: "\n", with: "⏎"))\n"
            let suggestions = example.suggestions.compactMap { $0 }
            if !suggestions.isEmpty { output += "       suggestion: \(suggestions.joined(separator: " | "))\n" }
        }
        output += "\nNot flagged:\n"
        for example in rule.passingExamples {
            output += sourceLine(example)
            output += "  [\(example.language)] \(example.markedText.replacingOccurrences(of: "\n", with: "⏎"))\n"
        }
        return output
    }

    /// A bilingual example's source, on the line before its translation.
    private static func sourceLine(_ example: RuleExample) -> String {
        guard let source = example.source else { return "" }
        let others = example.otherUnits.map { "  earlier unit: \($0.source) → \($0.target)\n" }.joined()
        return others + "  source [\(example.sourceLanguage ?? "und")] \(source.replacingOccurrences(of: "\n", with: "⏎"))\n"
    }

    /// docs/rules.md.
    public static func markdown(_ rules: [RuleMetadata]) -> String {
        var output = """
            # mtlint rules

            Generated from the rules' metadata by `mtlint rules --format markdown`; do not edit \
            by hand (`make docs` rewrites it, and a test fails when it is stale).

            | Rule | Severity | Category | Summary |
            | --- | --- | --- | --- |

            """
        for rule in rules {
            output += "| [`\(rule.id)`](#\(anchor(rule.id))) | \(rule.severity.rawValue) | \(rule.category.rawValue) | \(rule.summary) |\n"
        }
        for rule in rules {
            output += "\n## \(rule.id)\n\n"
            output += "Default severity: **\(rule.severity.rawValue)**. Category: \(rule.category.rawValue).\n\n"
            output += rule.summary + "\n\n" + rule.explanation + "\n\n"
            output += "### Flagged\n\n| Language | Example (flagged text in bold) | Suggestion |\n| --- | --- | --- |\n"
            for example in rule.triggeringExamples {
                let suggestions = example.suggestions.map { $0.map { "`\(tableCell($0))`" } ?? "—" }.joined(separator: ", ")
                output += "| \(example.language) | \(markdownExample(example)) | \(suggestions) |\n"
            }
            output += "\n### Not flagged\n\n| Language | Example |\n| --- | --- |\n"
            for example in rule.passingExamples {
                output += "| \(example.language) | \(markdownExample(example)) |\n"
            }
        }
        return output
    }

    /// GitHub's heading anchor for an id: `text/repeated-word` -> `textrepeated-word`.
    public static func anchor(_ id: String) -> String {
        id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }

    private static func markdownExample(_ example: RuleExample) -> String {
        var output = example.otherUnits.map { "earlier unit: " + tableCell($0.source) + " → " + tableCell($0.target) + "; " }.joined()
        output += example.source.map { "source (\(example.sourceLanguage ?? "und")): " + tableCell($0) + " → " } ?? ""
        for character in example.markedText {
            switch character {
            case RuleExample.openMark: output += "**"
            case RuleExample.closeMark: output += "**"
            default: output += tableCell(String(character))
            }
        }
        return output
    }

    private static func tableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\r\n", with: "⏎")
            .replacingOccurrences(of: "\n", with: "⏎").replacingOccurrences(of: "*", with: "\\*")
            .replacingOccurrences(of: "`", with: "\\`")
    }
}
