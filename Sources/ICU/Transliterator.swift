import CICU

/// An ICU transliterator (`Any-Latin; Latin-ASCII` turns `Huawéi`, `Хуавэй` and `华为` into
/// plain ASCII). Not safe to share between threads.
public final class Transliterator {
    public let id: String
    private let handle: OpaquePointer

    public init(id: String) throws(ICUError) {
        var error: Int32 = 0
        let units = Array(id.utf16)
        let handle = cicu_transliterator_open(units, Int32(units.count), &error)
        try ICUError.check(error, "opening the transliterator `\(id)`")
        guard let handle else { throw ICUError(code: 7, operation: "opening a transliterator") }
        self.id = id
        self.handle = handle
    }

    deinit { cicu_transliterator_close(handle) }

    public func transliterate(_ text: String) -> String {
        (try? withUTF16(text) { (source) throws(ICUError) in
            try icuString(capacity: source.count * 4 + 16, "transliterating") { buffer, capacity, error in
                cicu_transliterate(handle, source.baseAddress, Int32(source.count), buffer, capacity, &error)
            }
        }) ?? text
    }
}
