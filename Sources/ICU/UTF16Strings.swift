extension String {
    /// A String from UTF-16 code units, transcoded by hand into the String's UTF-8 storage.
    /// `String(decoding:as:)` takes a slow generic path for UTF-16 that showed at the top of
    /// profiles, since rules and the figure extractor make a String of many tokens.
    /// Unpaired surrogates become U+FFFD, as with `String(decoding:as:)`.
    @inlinable
    public init<Units: Collection>(utf16Units units: Units) where Units.Element == UInt16 {
        let count = units.count
        if count == 0 {
            self = ""
            return
        }
        // The exact UTF-8 length first: a String of up to 15 bytes is then stored inline,
        // with no allocation, which is most words.
        var byteCount = 0
        var previousWasHigh = false
        for unit in units {
            switch unit {
            case 0..<0x80: byteCount += 1
            case 0x80..<0x800: byteCount += 2
            case 0xD800...0xDBFF: byteCount += 4  // a pair, or a lone one replaced by 3 bytes
            case 0xDC00...0xDFFF: byteCount += previousWasHigh ? 0 : 3
            default: byteCount += 3
            }
            previousWasHigh = (0xD800...0xDBFF).contains(unit)
        }
        if byteCount == count {
            // ASCII, most words and many lines: one byte per unit.
            self = String(unsafeUninitializedCapacity: count) { buffer in
                var written = 0
                for unit in units {
                    buffer[written] = UInt8(truncatingIfNeeded: unit)
                    written += 1
                }
                return written
            }
            return
        }
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            var iterator = units.makeIterator()
            var pending: UInt16? = nil
            while let unit = pending ?? iterator.next() {
                pending = nil
                if unit < 0x80 {
                    buffer[written] = UInt8(truncatingIfNeeded: unit)
                    written += 1
                    continue
                }
                var scalar = UInt32(unit)
                switch unit {
                case 0xD800...0xDBFF:
                    let low = iterator.next()
                    if let low, (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00)
                    } else {
                        scalar = 0xFFFD
                        pending = low
                    }
                case 0xDC00...0xDFFF:
                    scalar = 0xFFFD
                default:
                    break
                }
                written += Self.putUTF8(scalar, into: buffer, at: written)
            }
            return written
        }
    }

    /// Writes the UTF-8 bytes of a scalar above U+007F at `index`; returns their count.
    @inlinable @inline(__always)
    static func putUTF8(_ scalar: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        switch scalar {
        case 0..<0x800:
            buffer[index] = UInt8(truncatingIfNeeded: 0xC0 | (scalar >> 6))
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
            return 2
        case 0x800..<0x10000:
            buffer[index] = UInt8(truncatingIfNeeded: 0xE0 | (scalar >> 12))
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
            return 3
        default:
            buffer[index] = UInt8(truncatingIfNeeded: 0xF0 | (scalar >> 18))
            buffer[index + 1] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 12) & 0x3F))
            buffer[index + 2] = UInt8(truncatingIfNeeded: 0x80 | ((scalar >> 6) & 0x3F))
            buffer[index + 3] = UInt8(truncatingIfNeeded: 0x80 | (scalar & 0x3F))
            return 4
        }
    }
}
