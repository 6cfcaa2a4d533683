import MTLintCore
import MTLintDocuments
import MTLintText

/// How each input is read (plain text, Markdown, HTML): `--input-format` for every input;
/// else the first `input-format.paths` glob of the configuration that matches the file's
/// path (relative to the configuration's folder); else the format the file's extension names
/// (`.md`, `.markdown`; `.html`, `.htm`, `.xhtml`); else the configuration's
/// `input-format.default`; else plain text. Standard input goes by `--stdin-filename`.
public struct FormatAssignment: Sendable {
    /// `--input-format`: wins over everything.
    public var given: InputFormat?
    /// From the configuration, in its order.
    public var paths: [(glob: Glob, format: InputFormat)]
    /// For files whose extension names no format.
    public var configurationDefault: InputFormat?
    /// The folder configuration globs are relative to.
    public var folder: String
    public var resolver: PathResolver
    /// What the bilingual readers need: `--source-lang`, `--lang`, `--columns`.
    public var options = ReadOptions()

    /// By extension, unless `given`.
    public init(given: InputFormat? = nil) {
        self.init(given: given, paths: [], configurationDefault: nil, folder: "/", resolver: PathResolver(workingDirectory: "/"))
    }

    public init(
        given: InputFormat?, paths: [(glob: Glob, format: InputFormat)], configurationDefault: InputFormat?,
        folder: String, resolver: PathResolver
    ) {
        self.given = given
        self.paths = paths
        self.configurationDefault = configurationDefault
        self.folder = folder
        self.resolver = resolver
    }

    /// The format of the input reported as `path`.
    public func format(for path: String) -> InputFormat {
        if let given { return given }
        if !paths.isEmpty, let relative = resolver.relative(path, to: folder),
            let match = paths.first(where: { $0.glob.matches(relative) })
        {
            return match.format
        }
        return InputFormat(path: path) ?? configurationDefault ?? .text
    }
}
