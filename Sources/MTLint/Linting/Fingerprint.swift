/// A finding's identity that survives edits elsewhere in the file: the rule id, the flagged
/// text and a little context on its line (up to `contextLength` UTF-16 units either side, runs
/// of white space made one space), hashed with 64-bit FNV-1a. Line numbers and offsets are
/// left out on purpose, so that a paragraph added above a finding does not change it; baselines
/// and SARIF's partialFingerprints use it.
enum Fingerprint {
    static let contextLength = 16

    static func of(ruleID: String, range: Range<Int>, in document: Document) -> String {
        let text = document.text
        let map = document.sourceMap
        let line = map.lineRange(map.lineIndex(of: range.lowerBound), in: text)
        let before = max(line.lowerBound, range.lowerBound - contextLength)..<max(line.lowerBound, range.lowerBound)
        let afterStart = min(max(range.upperBound, line.lowerBound), line.upperBound)
        let after = afterStart..<min(line.upperBound, afterStart + contextLength)
        var hash = FNV1a()
        hash.add(Array(ruleID.utf16))
        hash.add(collapsed(text[range]))
        hash.add(collapsed(text[before]))
        hash.add(collapsed(text[after]))
        return hash.hex
    }

    /// White space runs as one space, so that re-wrapped or re-indented text keeps its fingerprint.
    private static func collapsed(_ units: ArraySlice<UInt16>) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        for unit in units {
            let space = unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0
            if space {
                if result.last != 0x20 { result.append(0x20) }
            } else {
                result.append(unit)
            }
        }
        return result
    }

    struct FNV1a {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        /// Adds `units` and a separator, so that ("ab", "c") and ("a", "bc") differ.
        mutating func add(_ units: [UInt16]) {
            for unit in units {
                for byte in [UInt8(unit & 0xFF), UInt8(unit >> 8)] {
                    value ^= UInt64(byte)
                    value = value &* 0x0000_0100_0000_01B3
                }
            }
            value ^= 0xFF
            value = value &* 0x0000_0100_0000_01B3
        }

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
