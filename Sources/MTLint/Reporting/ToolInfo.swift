/// The tool's name and version, as reports show them.
public enum ToolInfo {
    public static let name = "mtlint"
    public static let version = "0.1.0"
    /// Where the rule documentation lives, for help links in reports.
    public static let rulesDocumentation = "docs/rules.md"
}
