import Foundation
import ICU

/// The Mandarin reading of each Han character read alone, without tones, as ICU's
/// `Han-Latin; Latin-ASCII` transliteration gives it (`豆` → `dou`): how source/name-mismatch
/// spells a Chinese source's names in pinyin.
///
/// Read from a table made from ICU (Resources/han-readings.txt), not from the transliterator:
/// opening ICU's Han-Latin rules costs about 70 ms of CPU, more than all the other source
/// checks of an article together, while the table answers a character in a few nanoseconds.
/// The readings are the same, since the rule asks for characters one at a time: a test
/// compares every entry with ICU, and `make han-readings` remakes the table when ICU changes.
public enum HanReadings {
    /// The blocks read: CJK Unified Ideographs, Extension A, and the compatibility block.
    public static let blocks: [ClosedRange<UInt16>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF]

    /// Characters per line of the table.
    static let lineLength = 64

    /// The reading of a Han code unit in lower-case letters; "" for a character outside the
    /// blocks, or one ICU gives no letters for.
    public static func reading(of unit: UInt16) -> String {
        guard let position = table.position(of: unit) else { return "" }
        return table.readings[position]
    }

    /// What ICU's transliterator gives for one character, folded as names are compared (lower
    /// case, accents removed, letters only): what the table holds.
    public static func reading(of unit: UInt16, through transliterator: Transliterator) -> String {
        transliterator.transliterate(String(utf16CodeUnits: [unit], count: 1))
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter(\.isLetter)
    }

    /// The table's text for the readings `reading` gives, block by block: a comment line,
    /// then lines of a code point in hex and the readings of it and the 63 characters after
    /// it, `-` for none.
    public static func tableText(_ reading: (UInt16) -> String, icuVersion: String) -> String {
        var lines = [
            "# The Mandarin reading of each Han character read alone, as ICU \(icuVersion)'s `Han-Latin; Latin-ASCII` gives it,",
            "# folded to lower-case letters. Made by `make han-readings` from ICU; not to be edited by hand.",
        ]
        for block in blocks {
            var start = Int(block.lowerBound)
            while start <= Int(block.upperBound) {
                let end = min(start + lineLength, Int(block.upperBound) + 1)
                let readings = (start..<end).map { code -> String in
                    let text = reading(UInt16(code))
                    return text.isEmpty ? "-" : text
                }
                lines.append(String(start, radix: 16, uppercase: true) + " " + readings.joined(separator: " "))
                start = end
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The readings of every character of the blocks, in block order, read once per process.
    struct Table {
        var readings: [String]
        /// Where each block's first character stands in `readings`.
        var offsets: [Int]

        func position(of unit: UInt16) -> Int? {
            for (index, block) in HanReadings.blocks.enumerated() where block.contains(unit) {
                return offsets[index] + Int(unit - block.lowerBound)
            }
            return nil
        }

        /// Reads the table's text, byte by byte (a split into lines and fields took ten
        /// times longer, on every run that reads a Chinese source); a reading it lacks (a
        /// damaged table) stays "": names are then missed, never made up.
        init(_ bytes: [UInt8]) {
            let blocks = HanReadings.blocks
            offsets = blocks.reduce(into: [0]) { $0.append($0.last! + $1.count) }
            readings = Array(repeating: "", count: offsets.removeLast())
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                defer { lineStart = lineEnd + 1 }
                guard bytes[lineStart] != 0x23 else { continue }
                var fields = Fields(bytes: bytes, position: lineStart, end: lineEnd)
                guard let first = fields.next(), let start = UInt16(String(decoding: first, as: UTF8.self), radix: 16),
                    let block = blocks.firstIndex(where: { $0.contains(start) })
                else { continue }
                var code = Int(start)
                while let field = fields.next(), code <= Int(blocks[block].upperBound) {
                    if field.count != 1 || field.first != 0x2D {
                        readings[offsets[block] + code - Int(blocks[block].lowerBound)] = String(decoding: field, as: UTF8.self)
                    }
                    code += 1
                }
            }
        }

        /// The fields of a line, split at spaces.
        private struct Fields {
            let bytes: [UInt8]
            var position: Int
            let end: Int

            mutating func next() -> ArraySlice<UInt8>? {
                while position < end, bytes[position] == 0x20 { position += 1 }
                guard position < end else { return nil }
                let start = position
                while position < end, bytes[position] != 0x20 { position += 1 }
                return bytes[start..<position]
            }
        }
    }

    static let table = Table(PackageResources.han_readings_txt)
}
