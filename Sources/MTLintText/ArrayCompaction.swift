package extension Array {
    /// The same elements in a buffer sized to their count. An array grown by appending keeps
    /// up to twice the room it needs; for the analysis' large arrays (on a 21 MB file, 33 MB
    /// of figures holding 20 MB) the copy costs less than the room it gives back.
    func compacted() -> [Element] {
        guard capacity - count > Swift.max(count / 8, 64) else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            _ = buffer.initialize(from: self)
            initialized = count
        }
    }
}
