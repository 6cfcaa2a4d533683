import MTLintText

/// A related place, located.
public struct LocatedPlace: Equatable, Sendable {
    public var location: Location
    public var text: String
    public var message: String
    /// The file the place is in when it is not the finding's own: the source of a
    /// translation kept in a file of its own (Document.pairedSource). Nil for the same file.
    public var path: String?

    package init(location: Location, text: String, message: String, path: String? = nil) {
        self.location = location
        self.text = text
        self.message = message
        self.path = path
    }
}

/// A diagnostic with its places resolved once from the document's source map.
public struct LocatedDiagnostic: Equatable, Sendable {
    public var diagnostic: Diagnostic
    public var location: Location
    /// The flagged text, exactly as in the file.
    public var text: String
    /// The source line around the finding; nil when the linter was asked not to make
    /// excerpts (Linter.makesExcerpts), for reports that do not show them.
    public var excerpt: Excerpt?
    public var related: [LocatedPlace]
    /// The diagnostic's fixes, located in the file.
    public var fixes: [LocatedFix]
    /// The finding's identity across edits elsewhere in the file (see Fingerprint): 16 hex digits.
    public var fingerprint: String
    /// 1 for the first finding of the file with this fingerprint, 2 for the second...
    public var occurrence: Int
    /// In a bilingual file, the unit whose target holds the finding.
    public var segment: SegmentReference?

    public var ruleID: String { diagnostic.ruleID }
    public var severity: Severity { diagnostic.severity }

    package init(
        diagnostic: Diagnostic, location: Location, text: String, excerpt: Excerpt?, related: [LocatedPlace], fixes: [LocatedFix] = [],
        fingerprint: String, occurrence: Int, segment: SegmentReference? = nil
    ) {
        self.segment = segment
        self.diagnostic = diagnostic
        self.location = location
        self.text = text
        self.excerpt = excerpt
        self.related = related
        self.fixes = fixes
        self.fingerprint = fingerprint
        self.occurrence = occurrence
    }
}

/// The unit of a bilingual file that a finding is in, as reports name it.
public struct SegmentReference: Equatable, Sendable {
    /// The unit's id in the file (XLIFF id, PO msgctxt and msgid, TMX tuid, CSV row).
    public var id: String
    /// Its 1-based number in the file.
    public var index: Int
    /// Its state, when the file gives one (`fuzzy`, `translated`, `approved` ...).
    public var state: String?

    package init(id: String, index: Int, state: String?) {
        self.id = id
        self.index = index
        self.state = state
    }
}
