import ICU
import MTLintDocuments
import MTLintText

/// One text to lint: its decoded UTF-16 code units, the map back to the file's lines and bytes,
/// and the name reports show for it. Immutable, so every rule can read it from any thread.
///
/// A file read as plain text is linted as it is. A file read as a document (Markdown, HTML)
/// is linted as the text of its segments, without markup (see DocumentLayout): `text` is then
/// that text and `layout` says where each of its characters stands in the file.
public final class Document: Sendable {
    /// The path as reports show it (relative as the user gave it, or `<stdin>`).
    public let path: String
    /// The text rules read, as UTF-16 code units, without byte-order mark: the coordinates of
    /// ICU and rules. The file's text for plain text; the segments' text for a document.
    public let text: [UInt16]
    /// The lines of `text`; for plain text also the file's columns and bytes.
    public let sourceMap: SourceMap
    /// For a document read as Markdown or HTML: the file's own text and map, the segments, and
    /// where each unit of `text` stands in the file. Nil for plain text.
    public let layout: DocumentLayout?
    /// The source of the translation when it stands in a file of its own (PairedSource): the
    /// Analyzer aligns it with this text's sentences and the `source/*` rules run. Nil for a
    /// monolingual document and for a bilingual file, whose sources are in `layout`.
    public let pairedSource: PairedSource?

    public var encoding: TextEncoding { layout?.fileMap.encoding ?? sourceMap.encoding }
    /// How the file was read.
    public var format: InputFormat { layout?.format ?? .text }
    /// The file's decoded text and its map: `text` itself for plain text, the file's own
    /// (markup included) for a document read through a layout. Locations and excerpts are
    /// taken there.
    package var file: (text: [UInt16], map: SourceMap) {
        layout.map { ($0.fileText, $0.fileMap) } ?? (text, sourceMap)
    }

    /// Decodes a file's bytes and reads them as `format`; throws when they are not text mtlint
    /// can read (a document's markup never makes it fail: HTML and Markdown read anything).
    /// `source`, when given, is the translation's source in a file of its own; a bilingual
    /// format has its sources inside and ignores it.
    public init(
        path: String, bytes: [UInt8], format: InputFormat = .text, options: ReadOptions = ReadOptions(), source: PairedSource? = nil
    ) throws(DecodingError) {
        let decoded = try TextDecoder.decode(bytes)
        self.path = path
        self.pairedSource = format.isBilingual ? nil : source
        if format.isBilingual {
            var read: BilingualText
            do { read = try BilingualText.read(decoded.text, as: format, options: options) } catch {
                // A reason may quote the file (a CSV header's names), line breaks and all: kept
                // on one line, as `.malformed` promises, for reports that hold it as it is.
                throw .malformed(PrintableText.line(error.description))
            }
            read.override(sourceLanguage: options.sourceLanguage, targetLanguage: options.targetLanguage)
            self.text = read.target.text
            self.sourceMap = SourceMap(text: read.target.text)
            self.layout = DocumentLayout(
                format: format, fileText: decoded.text, fileMap: decoded.sourceMap,
                segments: read.target.segments, map: read.target.map, bilingual: read)
        } else if let read = SegmentedText.read(decoded.text, as: format) {
            self.text = read.text
            self.sourceMap = SourceMap(text: read.text)
            self.layout = DocumentLayout(
                format: format, fileText: decoded.text, fileMap: decoded.sourceMap,
                segments: read.segments, map: read.map, unplaced: read.unplaced)
        } else {
            self.text = decoded.text
            self.sourceMap = decoded.sourceMap
            self.layout = nil
        }
    }

    /// A document made from a string, as if it were a UTF-8 file without BOM, for tests and
    /// rule examples (files and stdin go through `init(path:bytes:)`, which throws).
    /// Precondition: `text` is under `TextDecoder.maximumByteCount` (1 GiB) of UTF-8. A Swift
    /// String is always valid Unicode and NUL characters are left out, so that limit is the
    /// one reason decoding could fail.
    public convenience init(path: String = "<text>", text: String, format: InputFormat = .text) {
        do {
            try self.init(path: path, bytes: Array(text.utf8).filter { $0 != 0 }, format: format)
        } catch {
            preconditionFailure("Document(text:) of \(text.utf8.count) bytes: \(error)")
        }
    }

    /// A document of text already decoded: the sources of a bilingual file, analyzed beside
    /// its targets (its ranges are those of `BilingualText.source.text`).
    package init(path: String, decodedText: [UInt16]) {
        self.path = path
        self.text = decodedText
        self.sourceMap = SourceMap(text: decodedText)
        self.layout = nil
        self.pairedSource = nil
    }

    /// The text of a UTF-16 range as a String.
    public func string(_ range: Range<Int>) -> String {
        String(utf16Units: text[range])
    }

    /// The whole text as a String.
    public var string: String { String(utf16Units: text) }
}

/// How a document read as Markdown or HTML stands in its file: the file's decoded text and
/// source map (lines, UTF-16 columns, bytes as stored), its segments, and the map from the
/// document's text to the file's text. Reports go through it to the file's coordinates.
public struct DocumentLayout: Sendable {
    public let format: InputFormat
    /// The file's text, decoded (TextDecoder), markup and all.
    public let fileText: [UInt16]
    /// Lines, columns and bytes of `fileText`.
    public let fileMap: SourceMap
    /// The segments, with their ranges in the document's text.
    public let segments: [Segment]
    /// From the document's text to `fileText`.
    public let map: TextMap
    /// For a bilingual file (XLIFF, PO, TMX, CSV, TSV): the sources, the units that pair them
    /// with the targets (the document's text), and the languages the file declares.
    public let bilingual: BilingualText?
    /// Pieces of text the reader could not place in the file and left out
    /// (SegmentedText.unplaced): they were not checked, and the run says so.
    public let unplaced: Int

    public init(
        format: InputFormat, fileText: [UInt16], fileMap: SourceMap, segments: [Segment], map: TextMap, bilingual: BilingualText? = nil,
        unplaced: Int = 0
    ) {
        self.format = format
        self.fileText = fileText
        self.fileMap = fileMap
        self.segments = segments
        self.map = map
        self.bilingual = bilingual
        self.unplaced = unplaced
    }

    /// The range of `fileText` that a range of the document's text stands for.
    public func fileRange(of range: Range<Int>) -> Range<Int> {
        map.fileRange(of: range)
    }
}
