/// How a file's text is read: as plain text, as a document whose markup is not text
/// (Markdown, HTML), or as a bilingual file whose target segments are linted beside their
/// sources (XLIFF, PO, TMX, CSV, TSV; docs/bilingual.md). Chosen by `--input-format`, by the
/// configuration's `input-format`, or by the file's extension (`InputFormat(path:)`).
public enum InputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The file's text as it is: every character is linted, offsets are the file's.
    case text
    /// CommonMark: code, link targets, HTML and front matter left out.
    case markdown
    /// HTML5: text nodes only, without scripts, styles, code, preformatted text or attributes.
    case html
    /// XLIFF 1.2 or 2.x: units and segments, the target beside the source.
    case xliff
    /// gettext PO: msgstr beside msgid.
    case po
    /// TMX 1.4: translation units, one variant per language.
    case tmx
    /// Comma-separated values with a header naming the source and target columns.
    case csv
    /// Tab-separated values, likewise.
    case tsv

    /// File name extensions, in lower case without the dot, that choose a format.
    public static let extensions: [String: InputFormat] = [
        "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
        "xlf": .xliff, "xliff": .xliff, "po": .po, "tmx": .tmx, "csv": .csv, "tsv": .tsv,
    ]

    /// The format that `path`'s extension names (case-insensitive), or nil when it names
    /// none (`.txt`, no extension, `<stdin>`).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        guard let format = Self.extensions[path[path.index(after: dot)...].lowercased()] else { return nil }
        self = format
    }

    /// True for the formats that pair each target segment with its source.
    public var isBilingual: Bool {
        switch self {
        case .text, .markdown, .html: false
        case .xliff, .po, .tmx, .csv, .tsv: true
        }
    }

    public var description: String { rawValue }
}
