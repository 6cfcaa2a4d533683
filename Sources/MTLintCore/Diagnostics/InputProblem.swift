import MTLintText

/// An input that could not be linted, and why; printed as one line naming the file.
public struct InputProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as given or found; a name that is not UTF-8 has its bad bytes as `\xNN`.
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// `a.txt: no such file or folder`, the name escaped (PrintableText) for a line of stderr.
    public var description: String { "\(PrintableText.name(path)): \(message)" }
}
