import ICU
import MTLintText

/// One text to lint: its decoded UTF-16 code units, the map back to the file's lines and bytes,
/// and the name reports show for it. Immutable, so every rule can read it from any thread.
public final class Document: Sendable {
    /// The path as reports show it (relative as the user gave it, or `<stdin>`).
    public let path: String
    /// The text as UTF-16 code units, without byte-order mark: the coordinates of ICU and rules.
    public let text: [UInt16]
    public let sourceMap: SourceMap
    public var encoding: TextEncoding { sourceMap.encoding }

    /// Decodes a file's bytes; throws when they are not text mtlint can read.
    public init(path: String, bytes: [UInt8]) throws(DecodingError) {
        let decoded = try TextDecoder.decode(bytes)
        self.path = path
        self.text = decoded.text
        self.sourceMap = decoded.sourceMap
    }

    /// A document made from a string, as if it were a UTF-8 file without BOM, for tests and
    /// rule examples (files and stdin go through `init(path:bytes:)`, which throws).
    /// Precondition: `text` is under `TextDecoder.maximumByteCount` (1 GiB) of UTF-8. A Swift
    /// String is always valid Unicode and NUL characters are left out, so that limit is the
    /// one reason decoding could fail.
    public convenience init(path: String = "<text>", text: String) {
        do {
            try self.init(path: path, bytes: Array(text.utf8).filter { $0 != 0 })
        } catch {
            preconditionFailure("Document(text:) of \(text.utf8.count) bytes: \(error)")
        }
    }

    /// The text of a UTF-16 range as a String.
    public func string(_ range: Range<Int>) -> String {
        String(utf16Units: text[range])
    }

    /// The whole text as a String.
    public var string: String { String(utf16Units: text) }
}
