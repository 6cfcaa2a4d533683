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

    private static func decodeComponent(_ component: Substring) throws(FormFieldsError) -> String {
        let spaced = component.replacingOccurrences(of: "+", with: " ")
        guard let decoded = spaced.removingPercentEncoding else {
            throw FormFieldsError(description: "a form field is not valid percent-encoded UTF-8: `\(component.prefix(40))`")
        }
        return decoded
    }
}

public struct FormFieldsError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
