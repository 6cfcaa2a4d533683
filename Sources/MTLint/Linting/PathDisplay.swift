/// Paths as they are shown in one-line messages on stderr. A name on disk is any bytes but
/// `/` and NUL: it may hold a line break (which would split the message in two), an escape
/// sequence (which a terminal would obey), or bytes that are not UTF-8 (which a String
/// cannot hold). Those are written as escapes, so that the line stays one line and names
/// the file unambiguously enough to find it (`ls -b` shows the same `\xNN` bytes).
public enum PathDisplay {
    /// `bytes` as text: valid UTF-8 as it is, but control characters and bidirectional
    /// controls as `\xNN` (ASCII) or `\u{NNNN}`, and each byte of an invalid sequence as `\xNN`.
    public static func escaped(_ bytes: some Collection<UInt8>) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var remaining = bytes[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let scalar = Unicode.UTF8.decode(encoded)
                text += escaped(scalar)
                remaining = remaining.dropFirst(encoded.count)
            case .error(let length):
                for byte in remaining.prefix(length) { text += hex(byte) }
                remaining = remaining.dropFirst(length)
            case .emptyInput:
                return text
            }
        }
    }

    /// A path held as a String (always valid UTF-8), with its control characters escaped.
    public static func escaped(_ path: String) -> String {
        path.unicodeScalars.contains(where: needsEscape) ? path.unicodeScalars.map(escaped).joined() : path
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        guard needsEscape(scalar) else { return String(scalar) }
        return scalar.isASCII ? hex(UInt8(scalar.value)) : "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// C0 and C1 controls and DEL, and the bidirectional overrides and isolates that can
    /// make a name read differently from what it is.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
