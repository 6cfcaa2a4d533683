import MTLintCore
import MTLintText

/// Escaping for the XML reporters (JUnit, Checkstyle): the five predefined entities, line
/// breaks and tabs kept in attribute values as character references, and the characters XML 1.0
/// cannot hold at all (C0 controls, U+FFFE, U+FFFF) replaced with U+FFFD, so that any flagged
/// text makes a well-formed document.
package enum XMLText {
    static func escape(_ text: String, attribute: Bool = true) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&apos;"
            case "\n" where attribute: output += "&#10;"
            case "\r": output += "&#13;"
            case "\t" where attribute: output += "&#9;"
            case "\n", "\t": output.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}
