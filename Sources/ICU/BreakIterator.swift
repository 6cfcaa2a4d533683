import CICU

/// One segment found by a break iterator: UTF-16 offsets and ICU's rule status.
public struct BreakSegment: Equatable, Sendable {
    public var start: Int
    public var end: Int
    /// ICU's rule status of the segment (for words: 0..<100 none, 100..<200 number,
    /// 200..<300 letter, 300..<400 kana, 400..<500 ideographic).
    public var status: Int32

    public init(start: Int, end: Int, status: Int32) {
        self.start = start
        self.end = end
        self.status = status
    }
}

/// ICU's word, sentence, line or character break iterator for one locale.
///
/// Opening one costs far more than using it, so a worker opens one per kind and locale and
/// reuses it for every document. Not safe to share between threads.
public final class BreakIterator {
    public enum Kind: Int32, Sendable {
        case character = 0, word = 1, line = 2, sentence = 3
    }

    public let kind: Kind
    public let locale: ICULocale
    private let handle: OpaquePointer

    public init(_ kind: Kind, locale: ICULocale) throws(ICUError) {
        var error: Int32 = 0
        let handle = cicu_breaker_open(kind.rawValue, locale.identifier, &error)
        try ICUError.check(error, "opening a \(kind) break iterator for `\(locale)`")
        guard let handle else { throw ICUError(code: 7, operation: "opening a \(kind) break iterator") }
        self.kind = kind
        self.locale = locale
        self.handle = handle
    }

    deinit { cicu_breaker_close(handle) }

    /// Calls `visit` for every segment of `text`, in order, from offset 0 to the end.
    /// `text` needs to live only for the duration of the call.
    public func forEachSegment(
        in text: UnsafeBufferPointer<UInt16>,
        _ visit: (_ start: Int, _ end: Int, _ status: Int32) -> Void
    ) throws(ICUError) {
        guard let base = text.baseAddress, text.count > 0 else { return }
        var error: Int32 = 0
        cicu_breaker_set_text(handle, base, Int32(text.count), &error)
        try ICUError.check(error, "setting the text of a \(kind) break iterator")
        let capacity = 512
        var boundaries = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        var start = 0
        while true {
            let count = Int(cicu_breaker_next_batch(handle, &boundaries, &statuses, Int32(capacity)))
            for index in 0..<count {
                let end = Int(boundaries[index])
                visit(start, end, statuses[index])
                start = end
            }
            if count < capacity { break }
        }
        // Detach from the caller's memory so nothing can read it after this call.
        cicu_breaker_set_text(handle, nil, 0, &error)
    }

    /// All segments of `text`.
    public func segments(of text: String) throws(ICUError) -> [BreakSegment] {
        var result: [BreakSegment] = []
        try withUTF16(text) { (buffer) throws(ICUError) in
            try forEachSegment(in: buffer) { result.append(BreakSegment(start: $0, end: $1, status: $2)) }
        }
        return result
    }
}

extension BreakIterator.Kind: CustomStringConvertible {
    public var description: String {
        switch self {
        case .character: "character"
        case .word: "word"
        case .line: "line"
        case .sentence: "sentence"
        }
    }
}
