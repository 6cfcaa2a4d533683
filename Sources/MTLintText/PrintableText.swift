/// Text from outside (file names above all) made safe to print in a line of a report or of
/// stderr: a control character could end the line and start another that a CI system obeys
/// (a file named `x⏎::error file=y::pwn` gives GitHub Actions a workflow command), rewrite
/// what a terminal shows (ESC sequences), or reorder it (bidi controls). Escaped are the C0
/// controls, DEL, the C1 controls (NEL among them), the line and paragraph separators
/// U+2028 and U+2029, and the bidirectional formatting characters; they are written
/// `\t`, `\n`, `\r` or `\u{1B}`, as in a Swift string literal.
public enum PrintableText {
    /// Whether `scalar` is escaped.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// A file name for a report line: unchanged when it has nothing to escape (nearly always),
    /// else between double quotes with its escapes, `\` and `"` written `\\` and `\"`, as git
    /// quotes such names, so that it cannot be mistaken for a name that holds a backslash.
    public static func name(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscaped) || path.hasPrefix("\"") else { return path }
        var quoted = "\""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            default: append(scalar, to: &quoted)
            }
        }
        return quoted + "\""
    }

    /// `text` with every escaped character written as its escape, except those in `kept`
    /// (nothing else changes): for whole lines, such as the one-line errors on stderr.
    public static func line(_ text: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard text.unicodeScalars.contains(where: { isEscaped($0) && !kept.contains($0) }) else { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if kept.contains(scalar) {
                output.unicodeScalars.append(scalar)
            } else {
                append(scalar, to: &output)
            }
        }
        return output
    }

    /// Text of several lines (help, usage) with its line feeds kept and the rest escaped.
    public static func lines(_ text: String) -> String {
        line(text, keeping: ["\n"])
    }

    private static func append(_ scalar: Unicode.Scalar, to output: inout String) {
        guard isEscaped(scalar) else {
            output.unicodeScalars.append(scalar)
            return
        }
        switch scalar {
        case "\t": output += "\\t"
        case "\n": output += "\\n"
        case "\r": output += "\\r"
        default: output += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
