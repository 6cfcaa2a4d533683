import MTLintText

/// The source of a translation that stands in a file of its own (`mtlint check --source
/// article.zh.txt article.it.txt`, a request's `source`, a record's `source`): its text, read
/// as plain text, and the way back to its file's lines and bytes. The Analyzer splits it into
/// sentences and aligns them with the target's (SentenceAligner), so that the `source/*` rules
/// read the pair as they read a bilingual file; findings point at the target, and name places
/// of the source in `related` with this file's path, line and column.
public struct PairedSource: Sendable {
    /// The path as reports show it.
    public let path: String
    /// The decoded text, without byte-order mark.
    public let text: [UInt16]
    /// Lines, UTF-16 columns and bytes of the source file as stored.
    public let sourceMap: SourceMap
    /// The source language as a BCP 47 tag (`--source-lang`, a request's `sourceLanguage`);
    /// nil to detect it.
    public let language: String?

    /// Decodes the source file's bytes; throws when they are not text mtlint can read.
    public init(path: String, bytes: [UInt8], language: String? = nil) throws(DecodingError) {
        let decoded = try TextDecoder.decode(bytes)
        self.path = path
        self.text = decoded.text
        self.sourceMap = decoded.sourceMap
        self.language = language
    }

    /// The text of a UTF-16 range as a String.
    public func string(_ range: Range<Int>) -> String {
        String(utf16Units: text[range])
    }
}
