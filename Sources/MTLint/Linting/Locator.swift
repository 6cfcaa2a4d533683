import ICU
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// Turns rule diagnostics (UTF-16 ranges) into located ones: lines, UTF-16 columns, byte
/// offsets of the stored file, the exact flagged text and a source excerpt. The one place
/// where coordinates are converted.
///
/// A plain text's ranges are the file's. A document read as Markdown or HTML has its own
/// text: its ranges go first through the document's layout to the file's text, so that a
/// finding points at the file's bytes and shows the file's text there, markup included.
package struct Locator {
    let document: Document
    /// False for reports that show no source lines (JSON, SARIF ...): a finding's excerpt
    /// copies up to 220 characters of its line, for nothing.
    var makesExcerpts = true
    /// The units of a translation aligned with a source kept in a file of its own.
    var pairing: BilingualText? = nil

    func locate(_ diagnostic: Diagnostic) -> LocatedDiagnostic {
        let range = fileRange(of: diagnostic.range)
        let location = location(ofFileRange: range)
        let text = fileString(range)
        return LocatedDiagnostic(
            diagnostic: diagnostic,
            location: location,
            text: text,
            excerpt: makesExcerpts ? excerpt(for: range) : nil,
            related: diagnostic.related.map {
                if $0.inSource, let paired = document.pairedSource { return pairedPlace($0, in: paired) }
                let related = $0.inSource ? sourceFileRange(of: $0.range) : fileRange(of: $0.range)
                return LocatedPlace(location: self.location(ofFileRange: related), text: fileString(related), message: $0.message)
            },
            fixes: diagnostic.fixes.map { fix in
                var faithful = true
                // Most edits replace the flagged text itself, whose place is known.
                let edits = fix.edits.map { edit in
                    let editRange = edit.range == diagnostic.range ? range : fileRange(of: edit.range)
                    faithful = faithful && editsOnlyText(edit.range, at: editRange)
                    return edit.range == diagnostic.range
                        ? LocatedFix.Edit(location: location, text: text, replacement: edit.replacement)
                        : LocatedFix.Edit(
                            location: self.location(ofFileRange: editRange), text: fileString(editRange), replacement: edit.replacement)
                }
                // An edit that would also change markup (`il **il` for `il il`) is not safe.
                return LocatedFix(edits: edits, applicability: faithful ? fix.applicability : .needsReview)
            },
            fingerprint: Fingerprint.of(ruleID: diagnostic.ruleID, range: diagnostic.range, in: document),
            occurrence: 1,
            segment: segment(of: diagnostic.range)
        )
    }

    /// A related place in the source of a translation kept in a file of its own, whose text
    /// is that file's: located with that file's map, and named by its path.
    func pairedPlace(_ place: RelatedPlace, in paired: PairedSource) -> LocatedPlace {
        let range = min(place.range.lowerBound, paired.text.count)..<min(place.range.upperBound, paired.text.count)
        return LocatedPlace(
            location: Self.location(ofFileRange: range, text: paired.text, map: paired.sourceMap), text: paired.string(range),
            message: place.message, path: paired.path)
    }

    /// The range of the file's text that a range of a bilingual file's sources stands for.
    func sourceFileRange(of range: Range<Int>) -> Range<Int> {
        document.layout?.bilingual?.source.map.fileRange(of: range) ?? range
    }

    /// In a bilingual file, or a translation aligned with its source, the unit whose target
    /// holds `range`.
    func segment(of range: Range<Int>) -> SegmentReference? {
        guard let bilingual = document.layout?.bilingual ?? pairing, let index = bilingual.unitIndex(atTarget: range.lowerBound) else {
            return nil
        }
        let unit = bilingual.units[index]
        return SegmentReference(id: unit.id, index: unit.index, state: unit.state)
    }

    /// Whether an edit of `range` of the document's text, applied at `fileRange` of the file,
    /// changes only that text: the file holds exactly the same text there (no markup, no
    /// character reference inside), and an insertion falls where the two sides meet in the
    /// file. Always for plain text.
    private func editsOnlyText(_ range: Range<Int>, at fileRange: Range<Int>) -> Bool {
        guard let layout = document.layout else { return true }
        if range.isEmpty {
            guard range.lowerBound > 0, let before = layout.map.fileRange(ofUnit: range.lowerBound - 1),
                let after = layout.map.fileRange(ofUnit: range.lowerBound)
            else { return false }
            return before.upperBound == after.lowerBound
        }
        return layout.fileText[fileRange].elementsEqual(document.text[range])
    }

    /// The file's decoded text and its source map.
    private var file: (text: [UInt16], map: SourceMap) { document.file }

    /// The range of the file's decoded text that a range of the document's text stands for.
    func fileRange(of range: Range<Int>) -> Range<Int> {
        document.layout?.fileRange(of: range) ?? range
    }

    private func fileString(_ range: Range<Int>) -> String {
        String(utf16Units: file.text[range])
    }

    /// Where a range of the document's text stands in the file.
    func location(of range: Range<Int>) -> Location {
        location(ofFileRange: fileRange(of: range))
    }

    private func location(ofFileRange range: Range<Int>) -> Location {
        let (text, map) = file
        return Self.location(ofFileRange: range, text: text, map: map)
    }

    private static func location(ofFileRange range: Range<Int>, text: [UInt16], map: SourceMap) -> Location {
        let start = map.position(of: range.lowerBound, in: text)
        let end = range.isEmpty ? start : map.position(of: range.upperBound, after: start, at: range.lowerBound, in: text)
        return Location(
            line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
            offset: start.byteOffset, length: end.byteOffset - start.byteOffset,
            characterOffset: range.lowerBound, characterLength: range.count)
    }

    /// The excerpt of the file's line around `range`, a range of the file's decoded text.
    func excerpt(for range: Range<Int>) -> Excerpt {
        let (text, map) = file
        return Excerpt(around: range, in: text, map: map)
    }
}
