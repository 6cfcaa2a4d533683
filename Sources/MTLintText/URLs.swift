/// Web addresses and e-mail addresses in a text: nothing inside them is prose, so figure and
/// text rules leave them alone.
package enum URLs {
    /// The ranges of `http://`, `https://` and `www.` addresses and of e-mail addresses.
    package static func ranges(in text: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let starts: [[UInt16]] = [Array("https://".utf16), Array("http://".utf16), Array("www.".utf16)]
        var index = 0
        while index < text.count {
            let unit = text[index]
            if unit == 0x68 || unit == 0x77, index == 0 || isBoundary(text[index - 1]),
                starts.contains(where: { matches($0, text, at: index) })
            {
                let end = addressEnd(text, from: index)
                result.append(index..<end)
                index = end
                continue
            }
            if unit == 0x40, let range = emailRange(text, at: index) {
                result.append(range)
                index = range.upperBound
                continue
            }
            index += 1
        }
        return result
    }

    /// True when `range` overlaps one of `urls` (sorted, as `ranges(in:)` returns them).
    package static func overlap(_ urls: [Range<Int>], _ range: Range<Int>) -> Bool {
        var low = 0, high = urls.count
        while low < high {
            let middle = (low + high) / 2
            if urls[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < urls.count && urls[low].overlaps(range)
    }

    private static func matches(_ prefix: [UInt16], _ text: [UInt16], at index: Int) -> Bool {
        guard index + prefix.count <= text.count else { return false }
        for (offset, unit) in prefix.enumerated() where text[index + offset] | 0x20 != unit { return false }
        return true
    }

    private static func isBoundary(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0x28 || unit == 0x3C
            || unit == 0x22 || unit == 0xAB || unit == 0x201C || unit == 0x5B || unit == 0xA0
    }

    /// Up to white space, minus trailing punctuation that ends the sentence around it.
    private static func addressEnd(_ text: [UInt16], from start: Int) -> Int {
        var end = start
        while end < text.count, !isWhiteSpace(text[end]), text[end] != 0x22, text[end] != 0xBB, text[end] != 0x201D, text[end] != 0x3E {
            end += 1
        }
        while end > start, [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D].contains(text[end - 1]) {
            // A closing bracket belongs to the address when it closes one opened inside it
            // (`https://en.wikipedia.org/wiki/Doubao_(chatbot)`).
            let closing = text[end - 1]
            if closing == 0x29 || closing == 0x5D {
                let opening: UInt16 = closing == 0x29 ? 0x28 : 0x5B
                let inside = text[start..<(end - 1)]
                if inside.filter({ $0 == opening }).count > inside.filter({ $0 == closing }).count { break }
            }
            end -= 1
        }
        return end
    }

    private static func emailRange(_ text: [UInt16], at: Int) -> Range<Int>? {
        func isAddressCharacter(_ unit: UInt16) -> Bool {
            (unit >= 0x30 && unit <= 0x39) || (unit | 0x20 >= 0x61 && unit | 0x20 <= 0x7A) || unit == 0x2E || unit == 0x2D || unit == 0x5F
                || unit == 0x2B
        }
        var start = at
        while start > 0, isAddressCharacter(text[start - 1]) { start -= 1 }
        var end = at + 1
        while end < text.count, isAddressCharacter(text[end]) { end += 1 }
        while end > at + 1, text[end - 1] == 0x2E { end -= 1 }
        guard start < at, end > at + 1, text[(at + 1)..<end].contains(0x2E) else { return nil }
        return start..<end
    }

    private static func isWhiteSpace(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D || unit == 0xA0 || unit == 0x202F
    }
}
