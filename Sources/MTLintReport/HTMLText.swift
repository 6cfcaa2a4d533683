import MTLintCore
import MTLintText

/// Escaping for the HTML report: text from the documents (and the messages that quote it)
/// never becomes markup, never reorders the page, and always parses without error.
///
/// In element content (`text`):
/// - `&`, `<` and `>` are written as references;
/// - a bidirectional formatting character (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI,
///   LRM, RLM, ALM) is kept, as a reference, inside a `hidden` element, so that it is part of
///   the text (the DOM's `textContent`) but never laid out: it cannot reorder what follows.
///   Beside it, CSS shows its abbreviation (`RLO`) from the `data-c` attribute;
/// - a character HTML cannot carry as it is (the C0 controls other than tab and line feed,
///   DEL, the C1 controls, the noncharacters: each is a parse error, raw or as a reference,
///   and a carriage return becomes a line feed) is shown as a stand-in: the control pictures
///   U+2400-U+2421 for C0 and DEL, U+FFFD for the others, in an element whose title names the
///   code point. A line end (LF, CRLF, CR) is written as it is, between the lines of a text
///   (`appendLineEnd`), where the parser reads each as a line feed. These are the only places
///   where the text of the page differs from the file's.
///
/// In attribute values (`attribute`), always double-quoted: `&`, `<`, `>`, `"`, `'`, tab and line
/// feed as references; the bidirectional and the other control characters written as their
/// escapes (`\u{202E}`, as PrintableText does), since an attribute cannot hold markup that
/// would hide them.
package enum HTMLText {
    /// The abbreviation shown for a bidirectional formatting character, or nil.
    static func bidiName(_ value: UInt32) -> String? {
        switch value {
        case 0x061C: "ALM"
        case 0x200E: "LRM"
        case 0x200F: "RLM"
        case 0x202A: "LRE"
        case 0x202B: "RLE"
        case 0x202C: "PDF"
        case 0x202D: "LRO"
        case 0x202E: "RLO"
        case 0x2066: "LRI"
        case 0x2067: "RLI"
        case 0x2068: "FSI"
        case 0x2069: "PDI"
        default: nil
        }
    }

    /// True for what HTML cannot carry as text: controls other than tab and line feed, and
    /// noncharacters (parse errors, or changed by the parser).
    static func isUnwritable(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0xFDD0...0xFDEF: true
        default: value & 0xFFFE == 0xFFFE
        }
    }

    /// What is shown instead of an unwritable character: its control picture, else U+FFFD.
    static func standIn(_ value: UInt32) -> Character {
        switch value {
        case 0x00...0x1F: Character(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }

    /// `U+202E`.
    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// True when `text` needs no escaping in element content (most runs of a text).
    @inline(__always)
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return value >= 0x20 && value != 0x26 && value != 0x3C && value != 0x3E && value != 0x7F || value == 0x09 || value == 0x0A
        }
        return bidiName(value) == nil && !isUnwritable(value)
    }

    /// `text` for element content, appended to `output`.
    static func appendText(_ text: Substring, to output: inout String) {
        guard !text.unicodeScalars.allSatisfy(isPlain) else {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            default:
                if let name = bidiName(value) {
                    output +=
                        "<span class=\"bidi\" data-c=\"\(name)\"><span hidden>&#x\(String(value, radix: 16, uppercase: true));</span></span>"
                } else if isUnwritable(value) {
                    output += "<span class=\"cc\" title=\"\(codePoint(value))\">"
                    output.append(standIn(value))
                    output += "</span>"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    /// A line end between two lines of a text, as it is: the parser reads LF, CRLF and CR as
    /// one line feed (a reference to CR would be a parse error).
    static func appendLineEnd(_ lineEnd: String, to output: inout String) {
        output += lineEnd
    }

    /// `text` for element content.
    static func text(_ text: String) -> String {
        var output = ""
        appendText(text[...], to: &output)
        return output
    }

    /// `text` for a double-quoted attribute value.
    static func attribute(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            case "\t": output += "&#9;"
            case "\n": output += "&#10;"
            default:
                if bidiName(scalar.value) != nil || isUnwritable(scalar.value) {
                    output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output
    }

    /// A message for element content: text between backticks (the quoted text) in `<code>`,
    /// when the backticks pair up.
    static func message(_ message: String) -> String {
        let parts = message.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count > 1, parts.count % 2 == 1 else { return text(message) }
        var output = ""
        for (index, part) in parts.enumerated() {
            if index % 2 == 1 {
                output += "<code>"
                appendText(part, to: &output)
                output += "</code>"
            } else {
                appendText(part, to: &output)
            }
        }
        return output
    }
}
