import Foundation
import MTLintCore
import MTLintText

/// The JSON that the JSON, JSON Lines and SARIF reports and the rule list share: one
/// encoder's settings, and the cutting and re-indenting that lets a report be written one
/// finding at a time with the bytes of encoding it whole.
package enum JSONPieces {
    /// `json`, pretty-printed, cut inside the empty array of `key` whose `]` stands `indent`
    /// spaces in (the encoder writes `"key" : [`, a blank line, then `]`): the text up to and
    /// including `[`, and the text after `]`, for the array's items to go between.
    static func split(_ json: String, emptyArray key: String, indentedBy indent: Int) -> (head: String, tail: String) {
        let marker = "\"\(key)\" : [\n\n" + String(repeating: " ", count: indent) + "]"
        guard let range = json.range(of: marker) else { preconditionFailure("no empty `\(key)` array in the encoded report") }
        let bracket = json.utf8.index(range.upperBound, offsetBy: -(indent + 4))
        return (String(json[...bracket]), String(json[range.upperBound...]))
    }

    /// The items of an array that `split` opened, each encoded and moved `indent` spaces in,
    /// then the array's `]` at `indent - 2` spaces.
    /// With `threads` above 1, the items are encoded a batch at a time, the batch shared
    /// between the threads and written in order: a file with a thousand findings spent a
    /// tenth of its run encoding them on one core while the other waited. A batch is at
    /// most `batchSize` items, so memory does not grow with the report.
    static func writeItems<Item: Encodable & Sendable>(
        _ items: some Sequence<Item>, indentedBy indent: Int, threads: Int = 1, into pieces: inout OutputPieces,
        to output: (String) -> Void
    ) {
        var first = true
        var batch: [Item] = []
        func flush() {
            for text in encodedBatch(batch, indentedBy: indent, threads: threads) {
                pieces.add(first ? "\n" : ",\n", to: output)
                pieces.add(text, to: output)
                first = false
            }
            batch.removeAll(keepingCapacity: true)
        }
        for item in items {
            batch.append(item)
            if batch.count == batchSize { flush() }
        }
        flush()
        pieces.add((first ? "\n\n" : "\n") + String(repeating: " ", count: indent - 2) + "]", to: output)
    }

    static let batchSize = 512

    /// Each item encoded and indented, in order; in `threads` contiguous parts at once when
    /// the batch is large enough to be worth it, each part with its own encoder.
    private static func encodedBatch<Item: Encodable & Sendable>(_ batch: [Item], indentedBy indent: Int, threads: Int) -> [String] {
        let parts = min(threads, batch.count / 64)
        guard parts > 1 else {
            let encoder = encoder(pretty: true)
            return batch.map { indented(encoded($0, by: encoder), by: indent) }
        }
        let texts = Lock([String](repeating: "", count: batch.count))
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let encoder = encoder(pretty: true)
            let range = (batch.count * part / parts)..<(batch.count * (part + 1) / parts)
            let made = range.map { indented(encoded(batch[$0], by: encoder), by: indent) }
            texts.withLock { $0.replaceSubrange(range, with: made) }
        }
        return texts.withLock { $0 }
    }

    /// The lines from line `first` (0-based) on moved right by `spaces`; blank lines stay
    /// blank, as the encoder writes them.
    static func indented(_ json: String, by spaces: Int, fromLine first: Int = 0) -> String {
        var json = json
        return json.withUTF8 { indented($0, by: spaces, fromLine: first) }
    }

    private static func indented(_ json: Data, by spaces: Int, fromLine first: Int = 0) -> String {
        json.withUnsafeBytes { indented($0.bindMemory(to: UInt8.self), by: spaces, fromLine: first) }
    }

    /// Works on the bytes in place and writes the String's storage directly: this runs for
    /// every finding of a JSON or SARIF report, and iterating a String or Data byte by byte
    /// into an array was a tenth of a SARIF run.
    private static func indented(_ json: UnsafeBufferPointer<UInt8>, by spaces: Int, fromLine first: Int) -> String {
        var lineStarts = 0
        var atLineStart = true
        var line = 0
        for byte in json {
            if byte == 0x0A {
                line += 1
                atLineStart = true
            } else if atLineStart {
                if line >= first { lineStarts += 1 }
                atLineStart = false
            }
        }
        return String(unsafeUninitializedCapacity: json.count + lineStarts * spaces) { buffer in
            var written = 0
            var line = 0
            var atLineStart = true
            for byte in json {
                if byte == 0x0A {
                    line += 1
                    atLineStart = true
                } else if atLineStart {
                    if line >= first {
                        for _ in 0..<spaces {
                            buffer[written] = 0x20
                            written += 1
                        }
                    }
                    atLineStart = false
                }
                buffer[written] = byte
                written += 1
            }
            return written
        }
    }

    /// JSON text of `value` with sorted keys: Foundation's encoder on Linux does not keep
    /// declaration order from one process to the next, and reports must be byte-for-byte stable.
    package static func encode(_ value: some Encodable, pretty: Bool) -> String {
        String(decoding: encoded(value, by: encoder(pretty: pretty)), as: UTF8.self)
    }

    private static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        // Scores are finite by construction (QualityScore); should one ever not be, the
        // report says so in a string rather than the encoder throwing.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return encoder
    }

    private static func encoded(_ value: some Encodable, by encoder: JSONEncoder) -> Data {
        // Everything encoded here (reports, JSON Lines, SARIF, baselines, rule documentation)
        // is a plain struct of strings, integers, doubles, arrays and optionals whose
        // encode(to:) never throws; for such values JSONEncoder throws only on a non-finite
        // double, which the strategy above writes as a string. No input can make this fail,
        // so a failure is a bug in mtlint, stopped here with the type's name.
        do {
            return try encoder.encode(value)
        } catch {
            preconditionFailure("encoding \(type(of: value)) as JSON failed: \(error)")
        }
    }
}
