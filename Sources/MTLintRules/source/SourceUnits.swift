import Foundation
import MTLintCore
import MTLintDocuments
import MTLintText

/// What the `source/*` rules share: the source segment as a related place, short quotes of
/// a source, values written for messages.
enum SourceUnits {
    /// The source segment of `unit`, as a related place in the same file.
    static func related(_ unit: BilingualUnit, _ message: String = "the source") -> RelatedPlace {
        RelatedPlace(range: unit.source, message: message, inSource: true)
    }

    /// A related place for a range of the sources.
    static func related(_ range: Range<Int>, _ message: String) -> RelatedPlace {
        RelatedPlace(range: range, message: message, inSource: true)
    }

    /// A text cut to `limit` characters for a message, on one line. Line ends are replaced
    /// scalar by scalar: Foundation's `replacingOccurrences` skips a line feed that a
    /// combining mark follows (`\n\u{059E}`).
    static func quote(_ text: String, limit: Int = 60) -> String {
        var joined = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { joined.append(scalar == "\n" || scalar == "\r" ? " " : scalar) }
        let line = String(joined).trimmingCharacters(in: .whitespaces)
        return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
    }

    /// A value in digits with commas between thousands, as messages write them (`1,000,000,000`).
    static func plain(_ value: Decimal) -> String {
        let description = value.asciiDescription
        let negative = description.hasPrefix("-")
        let unsigned = negative ? String(description.dropFirst()) : description
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "0")
        var grouped = ""
        while integer.count > 3 {
            grouped = "," + integer.suffix(3) + grouped
            integer = String(integer.dropLast(3))
        }
        return (negative ? "-" : "") + integer + grouped + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// True when the text of `range` has a letter or a digit (not only placeholders and punctuation).
    static func hasContent(_ text: [UInt16], _ range: Range<Int>) -> Bool {
        text[range].contains { CodeUnit.isLetterOrDigit($0) }
    }

    /// The text with white space trimmed at both ends.
    static func trimmed(_ text: [UInt16], _ range: Range<Int>) -> ArraySlice<UInt16> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, CodeUnit.isWhitespace(text[lower]) { lower += 1 }
        while upper > lower, CodeUnit.isWhitespace(text[upper - 1]) { upper -= 1 }
        return text[lower..<upper]
    }
}
