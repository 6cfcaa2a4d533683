import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// The configuration's `include` and `exclude` globs, applied to the files mtlint finds inside
/// folders (files named on the command line are always linted, as the user asked for them).
/// A file is linted when it matches some `include` glob (or there are none) and no `exclude`
/// glob; a folder that an `exclude` glob matches is not searched at all.
public struct PathFilter: Sendable {
    public var include: [Glob]
    public var exclude: [Glob]
    /// The folder the globs are relative to (the configuration's).
    public var folder: String
    public var resolver: PathResolver

    public init(include: [Glob], exclude: [Glob], folder: String, resolver: PathResolver) {
        self.include = include
        self.exclude = exclude
        self.folder = folder
        self.resolver = resolver
    }

    /// True when the file at `path` (as found under a folder the user named) is to be linted.
    /// Files outside the configuration's folder are not filtered.
    public func includes(file path: String) -> Bool {
        guard let relative = resolver.relative(path, to: folder), relative != "." else { return true }
        if exclude.contains(where: { $0.matches(relative) }) { return false }
        return include.isEmpty || include.contains { $0.matches(relative) }
    }

    /// False when `path` is a folder that an `exclude` glob matches: nothing inside is linted.
    public func searches(folder path: String) -> Bool {
        guard let relative = resolver.relative(path, to: folder), relative != "." else { return true }
        return !exclude.contains { $0.matches(relative, isFolder: true) }
    }
}
