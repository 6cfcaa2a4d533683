/// Paths read from the file system as bytes, shown in one-line messages on stderr. A name on
/// disk is any bytes but `/` and NUL: it may hold bytes that are not UTF-8, which a String
/// cannot hold; those are written `\xNN` (as `ls -b` shows them), and the rest is escaped as
/// every printed name is (PrintableText), so that the line stays one line.
public enum PathDisplay {
    /// `bytes` as text: valid UTF-8 through PrintableText's escapes, and each byte of an
    /// invalid sequence as `\xNN`.
    public static func escaped(_ bytes: some Collection<UInt8>) -> String {
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var remaining = bytes[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                remaining = remaining.dropFirst(encoded.count)
            case .error(let length):
                // Escaped first, so that PrintableText leaves the backslash as it is.
                text = PrintableText.line(text)
                for byte in remaining.prefix(length) { text += hex(byte) }
                remaining = remaining.dropFirst(length)
                return text + escaped(remaining)
            case .emptyInput:
                return PrintableText.line(text)
            }
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "\\x" + (digits.count == 1 ? "0" + digits : digits)
    }
}
