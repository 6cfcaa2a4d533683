import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// A configuration that cannot be used: an unknown key, a bad value, a bad glob, a missing
/// file. Names the file and the line so that the user can go straight to it; the CLI prints it
/// as one line and exits 2.
public struct ConfigurationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The configuration file, as messages show it (`.mtlint.yml`, `../.mtlint.yml`).
    public var file: String
    /// 1-based; nil when the problem is the file as a whole (it cannot be read).
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// "did you mean" help: the candidates nearest to `word`, or nothing when none is near.
package enum NearestWords {
    static func nearest(to word: String, in candidates: [String]) -> [String] {
        // An abbreviation (`warn` for `warning`) is near whatever its edit distance.
        let extended = candidates.filter { word.count >= 3 && $0.hasPrefix(word) }
        if extended.count == 1 { return extended }
        let scored = candidates.map { ($0, editDistance($0, word)) }
        guard let best = scored.map(\.1).min(), best <= max(2, word.count / 3) else { return [] }
        return scored.filter { $0.1 == best }.map(\.0)
    }

    /// `did you mean `a`?`, or `expected one of `a`, `b`` when nothing is near.
    static func hint(for word: String, in candidates: [String], noun: String = "one of") -> String {
        let near = nearest(to: word, in: candidates)
        if !near.isEmpty { return "did you mean " + near.map { "`\($0)`" }.joined(separator: " or ") + "?" }
        return "expected \(noun) " + candidates.map { "`\($0)`" }.joined(separator: ", ")
    }
}
