import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules

/// Fixes: one per suggestion, located in the file's bytes, safe only where the rule says so.
@Suite("Fixes and their applicability")
struct FixTests {
    @Test func aMechanicalSuggestionIsASafeFixLocatedInBytes() throws {
        // `È` and `ì` take two bytes each before the damage: byte and UTF-16 offsets differ.
        let report = try lint("È così: ha pagato il il conto.", language: "it", rules: [RepeatedWordRule()])
        let located = try #require(report.diagnostics.first)
        let fix = try #require(located.fixes.first)
        #expect(located.fixes.count == 1)
        #expect(fix.applicability == .safe)
        #expect(fix.edits.count == 1)
        #expect(fix.edits[0].text == "il il")
        #expect(fix.edits[0].replacement == "il")
        #expect(fix.edits[0].location.offset == 20)
        #expect(fix.edits[0].location.characterOffset == 18)
        #expect(fix.description == "Replace `il il` with `il`")
    }

    /// A finding keeps its suggestions and makes the fixes when asked: one per suggestion,
    /// replacing its range, with its applicability; fixes of another shape are kept as given,
    /// and two findings that fix the same are equal however their fixes were given.
    @Test func fixesOfTheDefaultShapeAreMadeFromTheSuggestions() {
        let made = Diagnostic(
            ruleID: "text/spacing", severity: .info, category: .fluency, range: 4..<6, message: "m", suggestions: [" ", ""],
            fixApplicability: .safe)
        #expect(
            made.fixes == [Fix(replacing: 4..<6, with: " ", applicability: .safe), Fix(replacing: 4..<6, with: "", applicability: .safe)])
        let given = Diagnostic(
            ruleID: "text/spacing", severity: .info, category: .fluency, range: 4..<6, message: "m", suggestions: [" ", ""],
            fixes: made.fixes)
        #expect(given == made)
        let other = Fix(
            edits: [Fix.Edit(range: 0..<2, replacement: "x"), Fix.Edit(range: 4..<6, replacement: " ")], applicability: .needsReview)
        let shaped = Diagnostic(
            ruleID: "text/spacing", severity: .info, category: .fluency, range: 4..<6, message: "m", suggestions: [" "], fixes: [other])
        #expect(shaped.fixes == [other])
        #expect(shaped != made)
        let unsure = Diagnostic(ruleID: "text/spacing", severity: .info, category: .fluency, range: 4..<6, message: "m", suggestions: [" "])
        #expect(unsure.fixes.map(\.applicability) == [.needsReview])
    }

    @Test func aSuggestionThatInvolvesMeaningNeedsReview() throws {
        let report = try lint("Il fatturato è di 10 Cento milioni di dollari.", language: "it", rules: [GarbledScaleRule()])
        let located = try #require(report.diagnostics.first)
        #expect(!located.fixes.isEmpty)
        #expect(located.fixes.allSatisfy { $0.applicability == .needsReview })
        #expect(located.fixes.map { $0.edits[0].replacement } == located.diagnostic.suggestions)
    }

    @Test func sarifCarriesOnlySafeFixes() throws {
        let report = try lint(
            "Il fatturato è di 10 Cento milioni di dollari. Ha pagato il il conto.", language: "it",
            rules: [GarbledScaleRule(), RepeatedWordRule()])
        let sarif = SARIFReporter().render(LintRun(outcomes: [.linted(report)]))
        let results = try #require(
            ((try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"]
                as? [[String: Any]])
        let withFixes = results.filter { $0["fixes"] != nil }.compactMap { $0["ruleId"] as? String }
        #expect(results.count == 2)
        #expect(withFixes == ["text/repeated-word"])
    }

    @Test func onlyRulesWithMechanicalSuggestionsDeclareSafeFixes() {
        let safe = RuleRegistry.all.filter { $0.metadata.fixes == .safe }.map { $0.metadata.id }
        #expect(safe == ["text/encoding-damage", "text/quote-spacing", "text/repeated-word", "text/spacing"])
    }
}
