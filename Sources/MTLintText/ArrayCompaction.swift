package extension Array {
    /// The same elements in a buffer sized to their count. An array grown by appending keeps
    /// up to twice the room it needs; for the analysis' large arrays the copy costs less than
    /// the room it gives back (docs/performance.md).
    func compacted() -> [Element] {
        guard capacity - count > Swift.max(count / 8, 64) else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
