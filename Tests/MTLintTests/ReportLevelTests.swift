import Testing
@testable import MTLint

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
        let onlyDictionary = try lint("Il gruppo ha scelto la prossima Ambizione del mercato.\n", language: "it", rules: [CapitalMidSentenceRule()])
        #expect(onlyDictionary.diagnostics.map(\.text) == ["Ambizione"])
        #expect(onlyDictionary.diagnostics.first?.severity == .info)
        #expect(onlyDictionary.diagnostics.first?.diagnostic.confidence == .low)
        let alsoInDocument = try lint("Il gruppo ha scelto la prossima Ambizione; ogni ambizione costa.\n", language: "it", rules: [CapitalMidSentenceRule()])
        #expect(alsoInDocument.diagnostics.first?.severity == .warning)
        #expect(alsoInDocument.diagnostics.first?.diagnostic.confidence == .high)
    }
}
