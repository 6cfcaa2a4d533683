/// How a file's bytes encode its text. Offsets in reports count the file's bytes as stored,
/// so a byte-order mark and UTF-16 code units are part of the arithmetic.
public enum TextEncoding: Equatable, Sendable, CustomStringConvertible {
    /// UTF-8; `hasBOM` when the file starts with EF BB BF (skipped, but counted in offsets).
    case utf8(hasBOM: Bool)
    /// UTF-16 with a byte-order mark (FF FE little-endian, FE FF big-endian).
    case utf16(bigEndian: Bool)

    /// Bytes before the first character of text.
    public var prefixLength: Int {
        switch self {
        case .utf8(let hasBOM): hasBOM ? 3 : 0
        case .utf16: 2
        }
    }

    public var description: String {
        switch self {
        case .utf8(let hasBOM): hasBOM ? "UTF-8 with BOM" : "UTF-8"
        case .utf16(let bigEndian): bigEndian ? "UTF-16BE" : "UTF-16LE"
        }
    }
}

/// Why the bytes of an input are not text mtlint can lint. The description is the part of the
/// one-line error after the file name.
public enum DecodingError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(offset: Int, bytes: [UInt8])
    case nulByte(offset: Int, looksLikeUTF16: Bool)
    case invalidUTF16(offset: Int)
    case oddUTF16Length(byteCount: Int)
    case utf32(bigEndian: Bool)
    case tooLarge(byteCount: Int, limit: Int)
    /// Text, but not a file of the format it is read as (a PO file with a broken string, XML
    /// that is not well-formed): the reader's one-line reason, naming the line.
    case malformed(String)

    public var description: String {
        switch self {
        case .invalidUTF8(let offset, let bytes):
            let hex = bytes.map { "0x" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: " ")
            return "invalid UTF-8 at byte \(offset) (\(hex)); save the file as UTF-8"
        case .nulByte(let offset, let looksLikeUTF16):
            return looksLikeUTF16
                ? "NUL byte at byte \(offset): this looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
                : "binary file (NUL byte at byte \(offset)); mtlint reads text files only"
        case .invalidUTF16(let offset):
            return "invalid UTF-16 at byte \(offset) (unpaired surrogate)"
        case .oddUTF16Length(let count):
            return "UTF-16 file with an odd number of bytes (\(count)); the file is truncated or not UTF-16"
        case .utf32(let bigEndian):
            return "UTF-32\(bigEndian ? "BE" : "LE") is not supported; save the file as UTF-8"
        case .tooLarge(let count, let limit):
            return "file too large (\(count) bytes; the limit is \(limit) bytes)"
        case .malformed(let reason):
            return reason
        }
    }
}

package extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
