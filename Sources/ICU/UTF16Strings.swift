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
        self = String(unsafeUninitializedCapacity: byteCount) { buffer in
            var written = 0
            var iterator = units.makeIterator()
            var pending: UInt16? = nil
            func put(_ byte: UInt8) {
                buffer[written] = byte
                written += 1
            }
            func encode(_ scalar: UInt32) {
                switch scalar {
                case 0..<0x80:
                    put(UInt8(scalar))
                case 0x80..<0x800:
                    put(UInt8(0xC0 | (scalar >> 6)))
                    put(UInt8(0x80 | (scalar & 0x3F)))
                case 0x800..<0x10000:
                    put(UInt8(0xE0 | (scalar >> 12)))
                    put(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    put(UInt8(0x80 | (scalar & 0x3F)))
                default:
                    put(UInt8(0xF0 | (scalar >> 18)))
                    put(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
                    put(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
                    put(UInt8(0x80 | (scalar & 0x3F)))
                }
            }
            while let unit = pending ?? iterator.next() {
                pending = nil
                switch unit {
                case 0xD800...0xDBFF:
                    if let low = iterator.next() {
                        if (0xDC00...0xDFFF).contains(low) {
                            encode(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low - 0xDC00))
                        } else {
                            encode(0xFFFD)
                            pending = low
                        }
                    } else {
                        encode(0xFFFD)
                    }
                case 0xDC00...0xDFFF:
                    encode(0xFFFD)
                default:
                    encode(UInt32(unit))
                }
            }
            return written
        }
    }
}
