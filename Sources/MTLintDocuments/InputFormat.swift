/// How a file's text is read: as plain text, or as a document whose markup is not text
/// (Markdown, HTML). Chosen by `--input-format`, by the configuration's `input-format`, or by
/// the file's extension (`InputFormat(path:)`). Later formats (XLIFF, PO, TMX, CSV) are read
/// into the same segments (docs/documents.md).
public enum InputFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// The file's text as it is: every character is linted, offsets are the file's.
    case text
    /// CommonMark: code, link targets, HTML and front matter left out.
    case markdown
    /// HTML5: text nodes only, without scripts, styles, code, preformatted text or attributes.
    case html

    /// File name extensions, in lower case without the dot, that choose a format.
    public static let extensions: [String: InputFormat] = [
        "md": .markdown, "markdown": .markdown,
        "html": .html, "htm": .html, "xhtml": .html,
    ]

    /// The format that `path`'s extension names (case-insensitive), or nil when it names
    /// none (`.txt`, no extension, `<stdin>`).
    public init?(path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        guard let format = Self.extensions[path[path.index(after: dot)...].lowercased()] else { return nil }
        self = format
    }

    public var description: String { rawValue }
}
