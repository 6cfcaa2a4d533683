import Foundation

/// The fields of an `application/x-www-form-urlencoded` body or a URL's query:
/// `text=Un+testo&language=it` -> ["text": "Un testo", "language": "it"]. A field given
/// twice keeps its last value. A field that is not valid percent-encoded UTF-8 is an error.
public enum FormFields {
    public static func decode(_ encoded: String) throws(FormFieldsError) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in encoded.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decodeComponent(parts[0])
            let value = parts.count > 1 ? try decodeComponent(parts[1]) : ""
            fields[name] = value
        }
        return fields
    }

    /// `+` is a space and `%XX` a byte; the bytes must be UTF-8. Decoded by hand: Foundation's
    /// `removingPercentEncoding` drops a leading U+FEFF, which is text the client's offsets count.
    private static func decodeComponent(_ component: Substring) throws(FormFieldsError) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+"): bytes.append(0x20)
            case UInt8(ascii: "%"):
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                    throw FormFieldsError(description: "a form field has a `%` not followed by two hex digits: `\(component.prefix(40))`")
                }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw FormFieldsError(description: "a form field is not valid UTF-8 once percent-decoded: `\(component.prefix(40))`")
        }
        return decoded
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

public struct FormFieldsError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
