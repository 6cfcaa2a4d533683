import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct RuleRegistryTests {
    let rules = RuleRegistry.all.map { $0.metadata }

    @Test func idsAreUniqueSortedAndKebabCase() {
        let ids = rules.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids == ids.sorted())
        let pattern = /^[a-z]+\/[a-z]+(-[a-z]+)*$/
        for id in ids { #expect(id.wholeMatch(of: pattern) != nil, "\(id)") }
    }

    @Test func everyRuleHasBothKindsOfExampleAndAFullDescription() {
        for rule in rules {
            #expect(!rule.triggeringExamples.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.passingExamples.isEmpty, "\(rule.id) has no passing example")
            #expect(!rule.summary.isEmpty && rule.summary.hasSuffix("."), "\(rule.id)")
            #expect(rule.explanation.count > 100, "\(rule.id)")
            for example in rule.triggeringExamples {
                #expect(example.unmarked.spans.count == example.suggestions.count, "\(rule.id): \(example.markedText)")
            }
        }
    }

    /// Rules live in Sources/MTLintRules/<family>/<Name>Rule.swift, one per file.
    @Test func eachRuleLivesInItsFamilyFolder() throws {
        for rule in RuleRegistry.all {
            let family = rule.metadata.family
            let file = packageRoot.appendingPathComponent("Sources/MTLintRules/\(family)/\(String(describing: rule)).swift")
            #expect(FileManager.default.fileExists(atPath: file.path), "\(file.path)")
        }
    }

    /// `mtlint explain` must not send a reader to a file that is gone.
    @Test func sourcePathsNamedInExplanationsExist() throws {
        for rule in rules {
            for match in rule.explanation.matches(of: /Sources\/[A-Za-z0-9_\/.<>-]*[A-Za-z0-9_\/]/) {
                let path = String(match.output)
                #expect(FileManager.default.fileExists(atPath: packageRoot.appendingPathComponent(path).path), "\(rule.id) names \(path)")
            }
        }
    }

    @Test func suggestsNearIDs() {
        #expect(RuleRegistry.suggestions(for: "text/repeated-words") == ["text/repeated-word"])
        #expect(RuleRegistry.suggestions(for: "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").isEmpty)
    }

    @Test func rulesMarkdownIsUpToDate() throws {
        let file = packageRoot.appendingPathComponent("docs/rules.md")
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(stored == RuleDocumentation.markdown(RuleRegistry.allMetadata), "docs/rules.md is stale: run `make docs`")
    }
}
