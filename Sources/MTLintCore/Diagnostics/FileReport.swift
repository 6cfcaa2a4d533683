import MTLintText

/// What mtlint found in one file.
public struct FileReport: Sendable {
    public var path: String
    public var language: LanguageChoice
    public var wordCount: Int
    /// The document itself (its text and source map), for a report that shows the text with
    /// its findings in place (HTML); nil unless the linter was asked to keep it
    /// (Linter.keepsText). A run hands it on with the report and lets it go once the report
    /// is written (Linter.run).
    public var document: Document?
    /// Pieces of a Markdown or HTML file's text that its reader could not place in the file,
    /// left out of the check (DocumentLayout.unplaced); 0 for nearly every file. The run
    /// names the file on standard error when it is not 0.
    public var unplacedText = 0
    /// Sorted by position, then rule id.
    public var diagnostics: [LocatedDiagnostic] {
        get { findings }
        set {
            findings = newValue
            counts = Self.counts(of: newValue)
        }
    }
    private var findings: [LocatedDiagnostic]
    /// Findings per severity (`Severity.allCases` order).
    private var counts: [Int]

    public init(path: String, language: LanguageChoice, wordCount: Int, diagnostics: [LocatedDiagnostic], document: Document? = nil) {
        self.path = path
        self.language = language
        self.wordCount = wordCount
        self.document = document
        findings = diagnostics
        counts = Self.counts(of: diagnostics)
    }

    /// The line of `located`, one of this report's findings: the excerpt the linter made, or,
    /// when the report keeps its document, one made now from the file's text. The text report
    /// has them made as it writes them, so that a file's hundred thousand excerpts are never
    /// all held at once (docs/performance.md); nil when neither is at hand.
    public func excerpt(of located: LocatedDiagnostic) -> Excerpt? {
        if let excerpt = located.excerpt { return excerpt }
        guard let document else { return nil }
        let (text, map) = document.file
        let start = located.location.characterOffset
        return Excerpt(around: start..<(start + located.location.characterLength), in: text, map: map)
    }

    /// The file's quality score from the findings reported (see QualityScore).
    public var score: QualityScore {
        QualityScore(
            penalty: Severity.allCases.indices.reduce(0) { $0 + counts[$1] * QualityScore.weight(of: Severity.allCases[$1]) },
            words: wordCount)
    }

    public func count(_ severity: Severity) -> Int {
        counts[Severity.allCases.firstIndex(of: severity)!]
    }

    private static func counts(of diagnostics: [LocatedDiagnostic]) -> [Int] {
        var counts = [Int](repeating: 0, count: Severity.allCases.count)
        for diagnostic in diagnostics { counts[Severity.allCases.firstIndex(of: diagnostic.severity)!] += 1 }
        return counts
    }
}
