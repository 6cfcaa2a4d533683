/// Turns the bytes of a file into UTF-16 text and its source map in one pass, validating as it
/// goes so that an error can name the exact byte.
///
/// Accepted: UTF-8 (with or without BOM) and UTF-16 with a BOM. Rejected with a precise reason:
/// invalid UTF-8, NUL bytes (binary files, UTF-16 without BOM), unpaired surrogates, UTF-32.
public enum TextDecoder {
    /// Files above this size are refused rather than risk exhausting memory: ICU offsets are
    /// 32-bit, so the UTF-16 text must stay below 2^31 code units.
    public static let maximumByteCount = 1 << 30

    public struct Decoded: Sendable {
        public var text: [UInt16]
        public var encoding: TextEncoding
        public var sourceMap: SourceMap
    }

    public static func decode(_ bytes: [UInt8]) throws(DecodingError) -> Decoded {
        guard bytes.count <= maximumByteCount else {
            throw .tooLarge(byteCount: bytes.count, limit: maximumByteCount)
        }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { throw .utf32(bigEndian: false) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { throw .utf32(bigEndian: true) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try decodeUTF16(bytes, bigEndian: false) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try decodeUTF16(bytes, bigEndian: true) }
        return try decodeUTF8(bytes)
    }

    static func decodeUTF8(_ bytes: [UInt8]) throws(DecodingError) -> Decoded {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        let encoding = TextEncoding.utf8(hasBOM: hasBOM)
        var builder = SourceMap.Builder(encoding: encoding)
        var failure: DecodingError?
        // UTF-16 never has more code units than UTF-8 has bytes; the units are written in
        // place, without the checks of an append for each of them.
        let text = [UInt16](unsafeUninitializedCapacity: bytes.count) { output, written in
            failure = bytes.withUnsafeBufferPointer { buffer in
                transcodeUTF8(buffer, from: encoding.prefixLength, into: output, written: &written, map: &builder)
            }
        }
        if let failure { throw failure }
        return Decoded(text: text, encoding: encoding, sourceMap: builder.finish(textLength: text.count))
    }

    /// Decodes `buffer` from `start` into `output`, noting each unit in the map; the first
    /// error, if any, stops it. Its state comes in as inout parameters, which, unlike
    /// variables captured by a closure, need no run-time exclusivity check per unit.
    private static func transcodeUTF8(
        _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, into output: UnsafeMutableBufferPointer<UInt16>,
        written: inout Int, map builder: inout SourceMap.Builder
    ) -> DecodingError? {
        @inline(__always) func emit(_ unit: UInt16, byteLength: Int) {
            builder.record(unit, at: written, byteLength: byteLength)
            output[written] = unit
            written += 1
        }
        let count = buffer.count
        var index = start
        while index < count {
            let lead = buffer[index]
            if lead < 0x80 {
                if lead == 0 { return .nulByte(offset: index, looksLikeUTF16: looksLikeUTF16(buffer)) }
                emit(UInt16(lead), byteLength: 1)
                index += 1
                continue
            }
            // Multi-byte sequence: the lead byte fixes the length and the valid range of
            // the second byte (excluding overlong forms, surrogates and values > U+10FFFF).
            let length: Int
            var scalar: UInt32
            var secondLow: UInt8 = 0x80, secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF:
                length = 2
                scalar = UInt32(lead & 0x1F)
            case 0xE0:
                length = 3
                scalar = 0
                secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
                scalar = UInt32(lead & 0x0F)
            case 0xED:
                length = 3
                scalar = 0x0D
                secondHigh = 0x9F
            case 0xF0:
                length = 4
                scalar = 0
                secondLow = 0x90
            case 0xF1...0xF3:
                length = 4
                scalar = UInt32(lead & 0x07)
            case 0xF4:
                length = 4
                scalar = 4
                secondHigh = 0x8F
            default: return .invalidUTF8(offset: index, bytes: [lead])
            }
            for position in 1..<length {
                let offset = index + position
                let low = position == 1 ? secondLow : 0x80
                let high = position == 1 ? secondHigh : 0xBF
                guard offset < count, (low...high).contains(buffer[offset]) else {
                    return .invalidUTF8(offset: index, bytes: Array(buffer[index..<min(offset + 1, count)]))
                }
                scalar = scalar << 6 | UInt32(buffer[offset] & 0x3F)
            }
            if scalar < 0x10000 {
                emit(UInt16(scalar), byteLength: length)
            } else {
                let value = scalar - 0x10000
                let high = UInt16(0xD800 + (value >> 10)), low = UInt16(0xDC00 + (value & 0x3FF))
                builder.recordPair(high: high, low: low, at: written)
                output[written] = high
                output[written + 1] = low
                written += 2
            }
            index += length
        }
        return nil
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool) throws(DecodingError) -> Decoded {
        guard bytes.count % 2 == 0 else { throw .oddUTF16Length(byteCount: bytes.count) }
        let encoding = TextEncoding.utf16(bigEndian: bigEndian)
        var builder = SourceMap.Builder(encoding: encoding)
        var text: [UInt16] = []
        text.reserveCapacity(bytes.count / 2)
        var index = 2
        func unit(at offset: Int) -> UInt16 {
            bigEndian
                ? UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
                : UInt16(bytes[offset + 1]) << 8 | UInt16(bytes[offset])
        }
        while index < bytes.count {
            let first = unit(at: index)
            switch first {
            case 0:
                throw .nulByte(offset: index, looksLikeUTF16: false)
            case 0xD800...0xDBFF:
                guard index + 3 < bytes.count else { throw .invalidUTF16(offset: index) }
                let second = unit(at: index + 2)
                guard (0xDC00...0xDFFF).contains(second) else { throw .invalidUTF16(offset: index) }
                builder.appendPair(high: first, low: second, text: &text)
                index += 4
            case 0xDC00...0xDFFF:
                throw .invalidUTF16(offset: index)
            default:
                builder.append(first, byteLength: 2, text: &text)
                index += 2
            }
        }
        return Decoded(text: text, encoding: encoding, sourceMap: builder.finish(textLength: text.count))
    }

    /// True when NUL bytes fall mostly on one parity, as in ASCII text saved as UTF-16.
    private static func looksLikeUTF16(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = buffer.prefix(4096)
        var even = 0, odd = 0
        for (position, byte) in sample.enumerated() where byte == 0 {
            if position % 2 == 0 { even += 1 } else { odd += 1 }
        }
        let pairs = sample.count / 2
        return pairs >= 2 && max(even, odd) * 10 >= pairs * 4 && min(even, odd) * 10 <= max(even, odd)
    }
}
