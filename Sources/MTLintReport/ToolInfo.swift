import MTLintCore
import MTLintText

/// The tool's name and version, as reports show them.
public enum ToolInfo {
    public static let name = "mtlint"
    public static let version = "0.1.0"
    /// Where the rule documentation lives, for help links in reports.
    public static let rulesDocumentation = "docs/rules.md"
    /// The project's home, for links that must be absolute (SARIF's `informationUri`, `helpUri`).
    public static let homepage = "https://github.com/mtlint/mtlint"
    /// docs/rules.md on the project's home; a rule's section is this plus `#` and its anchor.
    public static let rulesDocumentationURL = homepage + "/blob/main/" + rulesDocumentation
}
