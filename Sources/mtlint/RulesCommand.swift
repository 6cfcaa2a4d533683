import ArgumentParser
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// `mtlint rules`: every rule with its id, default severity, category and summary.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule: id, default severity, category, summary."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown
    }

    @Option(help: "Output format (markdown is docs/rules.md).")
    var format: Format = .text

    func run() throws {
        switch format {
        case .text: writeOutput(RuleDocumentation.table(RuleRegistry.allMetadata), what: "the rule list")
        case .json: writeOutput(RuleDocumentation.json(RuleRegistry.allMetadata), what: "the rule list")
        case .markdown: writeOutput(RuleDocumentation.markdown(RuleRegistry.allMetadata), what: "the rule list")
        }
    }
}

/// `mtlint explain RULE-ID`: why a rule exists, what it flags and what it leaves alone.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule, with examples that it flags and that it does not."
    )

    @Argument(help: ArgumentHelp("A rule id, e.g. text/repeated-word.", valueName: "rule-id"))
    var ruleID: String

    func validate() throws {
        guard RuleRegistry.rule(withID: ruleID) == nil else { return }
        let nearest = RuleRegistry.suggestions(for: ruleID)
        let hint =
            nearest.isEmpty ? "`mtlint rules` lists them" : "did you mean " + nearest.map { "`\($0)`" }.joined(separator: " or ") + "?"
        throw ValidationError("no rule `\(ruleID)`; \(hint)")
    }

    func run() throws {
        if let rule = RuleRegistry.rule(withID: ruleID) {
            writeOutput(RuleDocumentation.explanation(of: rule.metadata), what: "the explanation")
        }
    }
}

/// `mtlint version`: the same line as `mtlint --version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print mtlint's and ICU's versions.")

    func run() throws {
        writeOutput(MTLintCommand.versionLine + "\n", what: "the version")
    }
}
