/// A memo of values per key that starts over when it reaches `limit` entries: the caches
/// kept across documents (word lookups, name keys) would otherwise grow with every new word
/// of a corpus of any size, and memory must not grow with the number of files. Starting over
/// is cheap next to a policy such as least-recently-used: a word seen again is computed again.
package struct BoundedCache<Key: Hashable, Value> {
    let limit: Int
    private var entries: [Key: Value] = [:]

    package init(limit: Int) {
        precondition(limit > 0)
        self.limit = limit
    }

    var count: Int { entries.count }

    package subscript(key: Key) -> Value? {
        get { entries[key] }
        set {
            if newValue != nil, entries.count >= limit, entries[key] == nil { entries.removeAll(keepingCapacity: true) }
            entries[key] = newValue
        }
    }
}
