import Foundation
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText
import Testing

@Suite("Commands: version, rules, explain")
struct RulesCommandTests {
    /// The registry is the truth the command prints.
    static let rules = RuleRegistry.all.map { $0.metadata }
    static let ruleIDs = rules.map(\.id)

    @Test("--version and version print the tool's and ICU's versions", arguments: [["--version"], ["version"]])
    func version(arguments: [String]) throws {
        let result = runMTLint(arguments)
        #expect(result.status == Status.clean)
        #expect(result.stderr.isEmpty)
        #expect(
            try /mtlint \d+\.\d+\.\d+ \(ICU \d+(\.\d+)*\)\n/.wholeMatch(in: result.stdout) != nil,
            "stdout: \(result.stdout.debugDescription)")
    }

    @Test("rules lists every rule id with its severity")
    func rulesText() {
        let result = runMTLint(["rules"])
        #expect(result.status == Status.clean)
        let lines = result.stdout.lines
        #expect(lines.count == Self.ruleIDs.count)
        for (line, rule) in zip(lines, Self.rules) {
            #expect(line.hasPrefix(rule.id + " "), "line: \(line)")
            #expect(line.contains(" \(rule.severity.rawValue) "))
            #expect(line.contains(" \(rule.category.rawValue) "))
            #expect(line.hasSuffix(rule.summary))
        }
    }

    @Test("rules --format json is an array of rules with their metadata and examples")
    func rulesJSON() throws {
        let result = runMTLint(["rules", "--format", "json"])
        #expect(result.status == Status.clean)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [JSONObject])
        #expect(rules.map { $0["id"] as? String } == Self.ruleIDs)
        for (rule, metadata) in zip(rules, Self.rules) {
            #expect(Set(rule.keys).isSuperset(of: ["id", "severity", "category", "summary", "explanation", "examples"]))
            #expect(rule["severity"] as? String == metadata.severity.rawValue)
            #expect(rule["category"] as? String == metadata.category.rawValue)
            #expect((rule["summary"] as? String)?.isEmpty == false)
            #expect((rule["explanation"] as? String)?.isEmpty == false)
            #expect((rule["examples"] as? [Any])?.isEmpty == false)
        }
    }

    @Test("rules --format markdown is docs/rules.md")
    func rulesMarkdown() throws {
        let documentation = try String(contentsOf: packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let result = runMTLint(["rules", "--format", "markdown"])
        #expect(result.status == Status.clean)
        #expect(Array(result.stdout.utf8) == Array(documentation.utf8))
    }

    @Test("explain prints a rule's explanation and examples")
    func explain() {
        let result = runMTLint(["explain", "text/repeated-word"])
        #expect(result.status == Status.clean)
        #expect(result.stdout.hasPrefix("text/repeated-word (warning, fluency)\nThe same word, or the same two words, twice in a row.\n"))
        #expect(result.stdout.contains("spell checkers accept it"))
        #expect(result.stdout.contains("[it] Ha pagato ⟦il il⟧ conto del ristorante."))
        #expect(result.stdout.contains("suggestion: il"))
        #expect(result.stdout.contains("Not flagged:"))
        #expect(result.stdout.contains("[it] Camminava piano piano verso casa"))
    }

    @Test("explain with a mistyped id is a usage error that suggests the right one")
    func explainUnknown() {
        let result = runMTLint(["explain", "text/repeated-words"])
        #expect(result.status == Status.usage)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.lines.first == "Error: no rule `text/repeated-words`; did you mean `text/repeated-word`?")
    }
}
