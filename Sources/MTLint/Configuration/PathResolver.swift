import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Turns the paths a user typed (relative to the working folder, or absolute) into the forms
/// configuration and baselines need: absolute, relative to a folder (the configuration's or
/// the baseline's), and back to a short path for messages. Purely lexical: `.` and `..` are
/// resolved, symbolic links are not, so that results do not depend on the file system.
public struct PathResolver: Sendable, Equatable {
    /// The absolute, standardized folder relative paths start from.
    public let workingDirectory: String

    public init(workingDirectory: String = FileManager.default.currentDirectoryPath) {
        self.workingDirectory = Self.standardized(workingDirectory.hasPrefix("/") ? workingDirectory : "/" + workingDirectory)
    }

    /// `path` made absolute and standardized (no `.`, `..`, doubled or trailing `/`).
    public func absolute(_ path: String) -> String {
        Self.standardized(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
    }

    /// `path` relative to `folder` (both resolved from the working folder), `/`-separated;
    /// nil when `path` is not inside `folder`.
    public func relative(_ path: String, to folder: String) -> String? {
        let target = absolute(path), base = absolute(folder)
        if target == base { return "." }
        let prefix = base == "/" ? "/" : base + "/"
        return target.hasPrefix(prefix) ? String(target.dropFirst(prefix.count)) : nil
    }

    /// A short way to write `path` for messages: relative to the working folder, with `..`
    /// steps when it is above it (`.mtlint.yml`, `../.mtlint.yml`), absolute when that is shorter.
    public func display(_ path: String) -> String {
        let relative = steps(from: workingDirectory, to: path), full = absolute(path)
        return relative.count <= full.count ? relative : full
    }

    /// `path` relative to `folder`, with `..` steps where it is not inside it
    /// (`../texts/a.txt`): a form that stays true when both move together, as in another checkout.
    public func steps(from folder: String, to path: String) -> String {
        let target = absolute(path).split(separator: "/")
        let base = absolute(folder).split(separator: "/")
        let common = zip(target, base).prefix { $0 == $1 }.count
        let ups = Array(repeating: "..", count: base.count - common)
        let relative = (ups + target[common...].map(String.init)).joined(separator: "/")
        return relative.isEmpty ? "." : relative
    }

    /// The folder containing `path`.
    public func folder(of path: String) -> String {
        let full = absolute(path)
        guard let slash = full.lastIndex(of: "/"), slash != full.startIndex else { return "/" }
        return String(full[..<slash])
    }

    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
