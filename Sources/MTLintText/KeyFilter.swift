/// A set of integer keys as 65,536 bits, by a multiplicative hash: it answers "certainly
/// not" for most keys at the cost of a multiplication, and "maybe" for the keys of the set
/// (and a few others), which are then looked up for real. Scans that ask about every word
/// of a document put it before a Set or a Dictionary, whose hashing costs more.
package struct KeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    package init(_ keys: some Sequence<UInt64>) {
        for key in keys {
            let slot = Self.slot(key)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
    }

    @inline(__always)
    private static func slot(_ key: UInt64) -> Int { Int((key &* 0x9E37_79B9_7F4A_7C15) >> 48) }

    /// A copy with storage of its own, for one thread's scan. Every read of the bits
    /// retains and releases their storage: threads reading one shared filter fight over its
    /// reference count (a --jobs 2 run spent a third more CPU than --jobs 1).
    package func privateCopy() -> KeyFilter {
        var copy = self
        copy.bits = Array(unsafeUninitializedCapacity: bits.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bits)
        }
        return copy
    }

    /// False when `key` is certainly not in the set.
    @inline(__always)
    package func mayContain(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }
}
