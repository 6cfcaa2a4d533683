/// A change that resolves a finding: edits of the document's text, and whether applying them
/// without reading is safe. As in ruff, a fix is `safe` when the rule knows the result is
/// what an editor would write (a doubled word removed, two spaces made one), and
/// `needsReview` when it is the likely correction but meaning is involved (a figure, a name,
/// a term): offered to a person, applied only when asked (`--fix` applies safe fixes,
/// `--fix --unsafe-fixes` these too;
/// SARIF carries only safe fixes, which code-scanning tools may apply).
public struct Fix: Equatable, Sendable {
    public enum Applicability: String, Sendable, Codable, CaseIterable {
        case safe
        case needsReview = "needs-review"
    }

    /// One replacement: `range` (UTF-16, in the document's text) becomes `replacement`.
    public struct Edit: Equatable, Sendable {
        public var range: Range<Int>
        public var replacement: String

        public init(range: Range<Int>, replacement: String) {
            self.range = range
            self.replacement = replacement
        }
    }

    /// Non-overlapping edits, in text order.
    public var edits: [Edit]
    public var applicability: Applicability

    public init(edits: [Edit], applicability: Applicability) {
        self.edits = edits
        self.applicability = applicability
    }

    /// The fix that replaces `range` with `replacement`.
    public init(replacing range: Range<Int>, with replacement: String, applicability: Applicability) {
        self.init(edits: [Edit(range: range, replacement: replacement)], applicability: applicability)
    }
}

/// A fix with its edits located in the file as stored (byte offsets, lines and columns).
public struct LocatedFix: Equatable, Sendable {
    public struct Edit: Equatable, Sendable {
        public var location: Location
        /// The text the edit replaces, exactly as in the file.
        public var text: String
        public var replacement: String

        public init(location: Location, text: String, replacement: String) {
            self.location = location
            self.text = text
            self.replacement = replacement
        }
    }

    public var edits: [Edit]
    public var applicability: Fix.Applicability

    public init(edits: [Edit], applicability: Fix.Applicability) {
        self.edits = edits
        self.applicability = applicability
    }

    /// `Replace `il il` with `il``, `Remove ` ``: the fix in words, for reports and editors.
    public var description: String {
        guard edits.count == 1, let edit = edits.first else { return "Apply \(edits.count) edits" }
        return edit.replacement.isEmpty ? "Remove `\(edit.text)`" : "Replace `\(edit.text)` with `\(edit.replacement)`"
    }
}
