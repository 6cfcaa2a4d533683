import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// A path pattern of the configuration (`include`, `exclude`, per-path `language`), matched
/// against paths relative to the configuration file's folder, the way .gitignore patterns are:
///
/// - `*` matches any run of characters but `/`; `?` one character but `/`; `[abc]`, `[a-z]`,
///   `[!abc]` (or `[^abc]`) one character of (or not of) a set; `\` makes the next character literal;
/// - `**` as a whole path component matches any number of folders, none included
///   (`**/draft.txt`, `corpora/**`, `a/**/b`); elsewhere it is the same as `*`;
/// - a pattern without `/` (other than a trailing one) matches a name at any depth
///   (`*.md`, `drafts`); with a `/` it is anchored at the configuration's folder; a leading `/`
///   only anchors;
/// - a pattern that matches a folder matches everything inside it (`corpora/fr` is
///   `corpora/fr/**`); a trailing `/` matches folders only.
///
/// Written by hand rather than with fnmatch(3), whose `**` and bracket rules differ between C
/// libraries; the semantics here are the same on every machine.
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    /// The pattern as written.
    public let pattern: String
    private let components: [Component]
    private let folderOnly: Bool

    /// One path component of the pattern.
    enum Component: Equatable, Sendable {
        /// `**`: any number of components.
        case anyFolders
        case segment([Token])
    }

    enum Token: Equatable, Sendable {
        case literal(Unicode.Scalar)
        /// `*`: any run of scalars within a component.
        case star
        /// `?`: one scalar.
        case one
        /// `[...]`: one scalar in (or, negated, not in) the ranges.
        case set(negated: Bool, ranges: [ClosedRange<Unicode.Scalar>])
    }

    public var description: String { pattern }

    /// Parses `pattern`; throws a GlobError that says what is wrong with it.
    public init(_ pattern: String) throws(GlobError) {
        self.pattern = pattern
        var body = Substring(pattern)
        guard !body.isEmpty else { throw GlobError(pattern: pattern, reason: "an empty pattern matches nothing") }
        var anchored = false
        if body.hasPrefix("/") {
            anchored = true
            body = body.drop { $0 == "/" }
        }
        while body.hasPrefix("./") { body = body.dropFirst(2).drop { $0 == "/" } }
        folderOnly = body.hasSuffix("/") && !body.hasSuffix("\\/")
        while body.hasSuffix("/") && !body.hasSuffix("\\/") { body = body.dropLast() }
        guard !body.isEmpty else { throw GlobError(pattern: pattern, reason: "the pattern names no file or folder") }
        let parts = body.split(separator: "/", omittingEmptySubsequences: true)
        if parts.count > 1 { anchored = true }
        var components: [Component] = anchored ? [] : [.anyFolders]
        for part in parts {
            if part == "." || part == ".." {
                throw GlobError(
                    pattern: pattern,
                    reason: "`\(part)` cannot be matched: paths are relative to the configuration file's folder, without `.` or `..`")
            }
            if part == "**" {
                if components.last != .anyFolders { components.append(.anyFolders) }
            } else {
                components.append(.segment(try Self.tokens(of: part, in: pattern)))
            }
        }
        self.components = components
    }

    private static func tokens(of part: Substring, in pattern: String) throws(GlobError) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(part.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "*":
                if tokens.last != .star { tokens.append(.star) }
            case "?":
                tokens.append(.one)
            case "\\":
                index += 1
                guard index < scalars.count else {
                    throw GlobError(pattern: pattern, reason: "`\\` at the end escapes nothing; write `\\\\` for a backslash")
                }
                tokens.append(.literal(scalars[index]))
            case "[":
                let (token, end) = try set(scalars, from: index, in: pattern)
                tokens.append(token)
                index = end
            default:
                tokens.append(.literal(scalar))
            }
            index += 1
        }
        return tokens
    }

    /// Parses `[...]` starting at `start`; returns the token and the index of the closing `]`.
    private static func set(_ scalars: [Unicode.Scalar], from start: Int, in pattern: String) throws(GlobError) -> (Token, Int) {
        var index = start + 1
        var negated = false
        if index < scalars.count, scalars[index] == "!" || scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while index < scalars.count {
            var scalar = scalars[index]
            if scalar == "]" && !first { return (.set(negated: negated, ranges: ranges), index) }
            first = false
            if scalar == "\\", index + 1 < scalars.count {
                index += 1
                scalar = scalars[index]
            }
            if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
                let upper = scalars[index + 2]
                guard scalar <= upper else {
                    throw GlobError(pattern: pattern, reason: "the range `\(scalar)-\(upper)` is backwards; write `\(upper)-\(scalar)`")
                }
                ranges.append(scalar...upper)
                index += 3
            } else {
                ranges.append(scalar...scalar)
                index += 1
            }
        }
        throw GlobError(pattern: pattern, reason: "`[` is never closed with `]`; write `\\[` for a literal bracket")
    }

    /// True when the pattern matches `path` (relative, `/`-separated) or one of its folders;
    /// `isFolder` says that `path` itself is a folder (for patterns with a trailing `/`).
    public func matches(_ path: String, isFolder: Bool = false) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
            .map { Array($0.unicodeScalars) }
        guard !parts.isEmpty else { return false }
        // The path itself (unless the pattern is for folders only), then each folder above it.
        let longest = folderOnly && !isFolder ? parts.count - 1 : parts.count
        for length in stride(from: longest, through: 1, by: -1) where Self.match(components[...], parts[..<length]) {
            return true
        }
        return false
    }

    /// Whether the components match the path's folders and name, `**` standing for any
    /// number of folders.
    private static func match(_ pattern: ArraySlice<Component>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        wildcardMatch(Array(pattern), Array(path), isStar: { $0 == .anyFolders }) { component, name in
            guard case .segment(let tokens) = component else { return false }
            return wildcardMatch(tokens, name, isStar: { $0 == .star }, matches: matches)
        }
    }

    /// Whether `pattern` matches all of `subject`, a star standing for any number of elements
    /// and every other element of the pattern for one that `matches`. Stars are taken greedily
    /// and, on a mismatch, only the last one goes back to take one element more: the classic
    /// wildcard match, in time proportional to the subject's length times the pattern's.
    /// Trying every split at every star, as before, took exponential time on a glob such as
    /// `*a*a*a*a*a*a*a*b` against a long name, and a cloned repository's configuration could
    /// freeze a run or the language server. Used for names (`*`) and for folders (`**`).
    private static func wildcardMatch<Element, Item>(
        _ pattern: [Element], _ subject: [Item], isStar: (Element) -> Bool, matches: (Element, Item) -> Bool
    ) -> Bool {
        var next = 0, position = 0
        var lastStar: (element: Int, position: Int)?
        while position < subject.count {
            if next < pattern.count, !isStar(pattern[next]), matches(pattern[next], subject[position]) {
                next += 1
                position += 1
            } else if next < pattern.count, isStar(pattern[next]) {
                lastStar = (next, position)
                next += 1
            } else if let star = lastStar {
                lastStar = (star.element, star.position + 1)
                next = star.element + 1
                position = star.position + 1
            } else {
                return false
            }
        }
        while next < pattern.count, isStar(pattern[next]) { next += 1 }
        return next == pattern.count
    }

    /// Whether a token other than a star matches one character.
    private static func matches(_ token: Token, _ scalar: Unicode.Scalar) -> Bool {
        switch token {
        case .star: true
        case .literal(let literal): literal == scalar
        case .one: true
        case .set(let negated, let ranges): ranges.contains(where: { $0.contains(scalar) }) != negated
        }
    }
}

/// A pattern that cannot be used, and why.
public struct GlobError: Error, Equatable, Sendable, CustomStringConvertible {
    public var pattern: String
    public var reason: String

    public var description: String { "bad glob `\(pattern)`: \(reason)" }
}
