import MTLintText

/// A finding's identity that survives edits elsewhere in the file: the rule id, the flagged
/// text and a little context on its line (up to `contextLength` UTF-16 units either side, runs
/// of white space made one space), hashed with 64-bit FNV-1a. Line numbers and offsets are
/// left out on purpose, so that a paragraph added above a finding does not change it; baselines
/// and SARIF's partialFingerprints use it.
package enum Fingerprint {
    static let contextLength = 16

    package static func of(ruleID: String, range: Range<Int>, in document: Document) -> String {
        let text = document.text
        let map = document.sourceMap
        let line = map.lineRange(map.lineIndex(of: range.lowerBound), in: text)
        let before = max(line.lowerBound, range.lowerBound - contextLength)..<max(line.lowerBound, range.lowerBound)
        let afterStart = min(max(range.upperBound, line.lowerBound), line.upperBound)
        let after = afterStart..<min(line.upperBound, afterStart + contextLength)
        var hash = FNV1a()
        hash.add(ruleID.utf16)
        hash.addCollapsed(text[range])
        hash.addCollapsed(text[before])
        hash.addCollapsed(text[after])
        return hash.hex
    }

    /// 64-bit FNV-1a over the little-endian bytes of UTF-16 code units, fed unit by unit
    /// (a finding's fingerprint is made for every finding, so no arrays are built for it).
    package struct FNV1a {
        package init() {}

        package private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

        private mutating func add(byte: UInt8) {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }

        private mutating func add(unit: UInt16) {
            add(byte: UInt8(unit & 0xFF))
            add(byte: UInt8(unit >> 8))
        }

        /// Ends a part, so that ("ab", "c") and ("a", "bc") differ.
        private mutating func endPart() { add(byte: 0xFF) }

        /// Adds `units` as one part.
        package mutating func add(_ units: some Sequence<UInt16>) {
            for unit in units { add(unit: unit) }
            endPart()
        }

        // The same for the two kinds of units the rules hash for every word, as concrete
        // functions: the generic one, called from another module, runs through witness
        // tables unspecialized, and was 10% of a run on the benchmark's big file
        // (docs/performance.md, "Measured choices").

        /// Adds `units` as one part.
        package mutating func add(_ units: ArraySlice<UInt16>) {
            for unit in units { add(unit: unit) }
            endPart()
        }

        /// Adds `units` as one part.
        package mutating func add(_ units: String.UTF16View) {
            for unit in units { add(unit: unit) }
            endPart()
        }

        /// Adds `units` as one part, ASCII letters in lower case.
        package mutating func addASCIILowercased(_ units: ArraySlice<UInt16>) {
            for unit in units { add(unit: unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit) }
            endPart()
        }

        /// Adds `units` as one part, each run of white space as one space, so that re-wrapped
        /// or re-indented text keeps its fingerprint.
        mutating func addCollapsed(_ units: ArraySlice<UInt16>) {
            var afterSpace = false
            for unit in units {
                if unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 {
                    if !afterSpace { add(unit: 0x20) }
                    afterSpace = true
                } else {
                    add(unit: unit)
                    afterSpace = false
                }
            }
            endPart()
        }

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}
