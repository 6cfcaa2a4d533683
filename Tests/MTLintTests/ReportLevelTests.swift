import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// The picky level and confidence: what a run reports by default, and how sure it says it is.
@Suite struct ReportLevelTests {
    /// French spacing is a typographic convention: only the picky level reports it.
    @Test func frenchSpacingIsPicky() throws {
        let text = "Il a dit: non, et il est parti.\n"
        let standard = try lint(text, language: "fr", rules: [SpacingRule()])
        #expect(standard.diagnostics.isEmpty)
        let picky = try lint(text, language: "fr", rules: [SpacingRule()], level: .picky)
        #expect(picky.diagnostics.map(\.text) == [":"])
        #expect(picky.diagnostics.first?.diagnostic.suggestions == ["\u{A0}:"])
    }

    /// Two spaces inside a sentence are reported at both levels; after a full stop only when picky.
    @Test func twoSpacesAfterAFullStopArePicky() throws {
        let text = "La crescita è forte.  Il mercato  sale.\n"
        let standard = try lint(text, language: "it", rules: [SpacingRule()])
        #expect(standard.diagnostics.map(\.location.column) == [33])
        let picky = try lint(text, language: "it", rules: [SpacingRule()], level: .picky)
        #expect(picky.diagnostics.map(\.location.column) == [21, 33])
    }

    /// A capital that only the dictionary calls common is a low-confidence note at info;
    /// one the document also writes in lower case is a warning.
    @Test func lowConfidenceFindingsAreInfo() throws {
        let onlyDictionary = try lint(
            "Il gruppo ha scelto la prossima Ambizione del mercato.\n", language: "it", rules: [CapitalMidSentenceRule()])
        #expect(onlyDictionary.diagnostics.map(\.text) == ["Ambizione"])
        #expect(onlyDictionary.diagnostics.first?.severity == .info)
        #expect(onlyDictionary.diagnostics.first?.diagnostic.confidence == .low)
        let alsoInDocument = try lint(
            "Il gruppo ha scelto la prossima Ambizione; ogni ambizione costa.\n", language: "it", rules: [CapitalMidSentenceRule()])
        #expect(alsoInDocument.diagnostics.first?.severity == .warning)
        #expect(alsoInDocument.diagnostics.first?.diagnostic.confidence == .high)
    }
}

/// A degenerate text cannot make a report of hundreds of megabytes: each rule reports at most
/// one finding per ten words (at least 1,000) in a file, and says how many it left out.
@Suite struct FindingsCapTests {
    @Test func aRuleReportsAtMostItsCapAndSaysHowManyMore() throws {
        // 3,000 spaces before a full stop and no word: text/spacing finds 2,999.
        let text = String(repeating: ". ", count: 3_000) + "\n"
        let report = try lint(text, language: "it", rules: [SpacingRule()])
        #expect(Linter.findingsCap(words: 0) == 1_000)
        #expect(report.diagnostics.count == 1_001)
        let note = try #require(report.diagnostics.last)
        #expect(note.severity == .info)
        #expect(
            note.diagnostic.message
                == "and 1999 more findings of text/spacing in this file, not listed: a rule reports at most 1000 per file")
    }

    @Test func aRuleKeepsItsCapAndCountsTheRest() throws {
        // 2,999 findings, a space before each `.`: the rule keeps 10 and counts the rest.
        let text = String(repeating: ". ", count: 3_000) + "\n"
        let analysis = try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: "it")))
        let findings = SpacingRule().check(analysis, limit: FindingsLimit(cap: 10, level: .standard))
        #expect(findings.kept.count == 10)
        #expect(findings.kept.last?.range == 19..<21)
        #expect(findings.omitted == 2_989)
        #expect(findings.firstOmitted == 21..<23)
        #expect(
            findings.reported.last?.message
                == "and 2989 more findings of text/spacing in this file, not listed: a rule reports at most 10 per file")
        #expect(SpacingRule().check(analysis).count == 2_999)
    }

    @Test func pickyFindingsCountOnlyAtThePickyLevel() throws {
        // Each repetition: `:` without French's no-break space (picky), then a space before `,`.
        let text = String(repeating: "Il dit: oui , non. ", count: 100) + "\n"
        let analysis = try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: "fr")))
        let standard = SpacingRule().check(analysis, limit: FindingsLimit(cap: 5, level: .standard))
        #expect(standard.kept.count == 5 && standard.kept.allSatisfy { !$0.picky })
        #expect(standard.omitted == 95)
        let picky = SpacingRule().check(analysis, limit: FindingsLimit(cap: 5, level: .picky))
        #expect(picky.kept.map(\.picky) == [true, false, true, false, true])
        #expect(picky.omitted == 195)
    }

    @Test func theCapGrowsWithTheText() {
        #expect(Linter.findingsCap(words: 5_000) == 1_000)
        #expect(Linter.findingsCap(words: 3_500_000) == 350_000)
    }
}
