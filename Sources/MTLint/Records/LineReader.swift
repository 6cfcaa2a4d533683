import Foundation
import MTLintCore

/// Reads the lines of a file descriptor in chunks, holding at most one line and one chunk:
/// memory does not grow with the input. A line is what ends at a line feed, or at the end of
/// the input when the last line has none; a UTF-8 byte-order mark at the very start is left
/// out. A line longer than `maximumLineLength` is not kept but skipped to its end, and
/// reported as `.tooLong`, so one bad line costs no more memory than a good one.
struct LineReader {
    enum Line: Equatable {
        case line([UInt8])
        /// A line of at least `byteCount` bytes, past the limit.
        case tooLong(byteCount: Int)
    }

    /// 64 MiB: well beyond any article or book chapter, and far below what ICU's 32-bit
    /// offsets and TextDecoder's limit allow.
    static let defaultMaximumLineLength = 64 << 20

    let descriptor: Int32
    let maximumLineLength: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    private var atEnd = false
    private var atStart = true
    /// Bytes of an overlong line skipped so far; nil when not skipping.
    private var skipped: Int?
    /// Where to look for the next line feed: the held part of a line before it has none.
    private var searched = 0

    init(descriptor: Int32, maximumLineLength: Int = defaultMaximumLineLength, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.maximumLineLength = maximumLineLength
        self.chunkSize = chunkSize
    }

    /// The next line, nil at the end of the input; throws the system's reason when reading fails.
    mutating func next() throws(InputProblem) -> Line? {
        while true {
            if let newline = newlineIndex() {
                let length = newline - start
                defer { start = newline + 1 }
                if let count = skipped {
                    skipped = nil
                    return .tooLong(byteCount: count + length)
                }
                if length > maximumLineLength { return .tooLong(byteCount: length) }
                return .line(Array(buffer[start..<newline]))
            }
            if atEnd {
                guard start < buffer.count || skipped != nil else { return nil }
                let rest = buffer.count - start
                start = buffer.count
                if let count = skipped {
                    skipped = nil
                    return .tooLong(byteCount: count + rest)
                }
                return rest > maximumLineLength ? .tooLong(byteCount: rest) : .line(Array(buffer[(buffer.count - rest)...]))
            }
            // No line feed in what is held: keep the partial line (or count it, once it is
            // too long) and read more.
            buffer.removeSubrange(..<start)
            start = 0
            searched = buffer.count
            if buffer.count > maximumLineLength {
                searched = 0
                skipped = (skipped ?? 0) + buffer.count
                buffer.removeAll(keepingCapacity: true)
            }
            try fill()
        }
    }

    /// The index of the first line feed from `start`, looking only where no earlier search did.
    private mutating func newlineIndex() -> Int? {
        let from = max(start, searched)
        let found = buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard from < bytes.count, let base = bytes.baseAddress,
                let hit = memchr(base + from, 0x0A, bytes.count - from)
            else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        searched = found.map { $0 + 1 } ?? buffer.count
        return found
    }

    /// Reads a chunk; the first time, reads until it can tell whether a byte-order mark
    /// opens the input, and leaves it out.
    private mutating func fill() throws(InputProblem) {
        try readChunk()
        guard atStart else { return }
        while buffer.count < 3 && !atEnd { try readChunk() }
        atStart = false
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) {
            buffer.removeSubrange(..<3)
            searched = 0
        }
    }

    private mutating func readChunk() throws(InputProblem) {
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + old, chunkSize)
            }
        } while count < 0 && errno == EINTR
        if count < 0 {
            let code = errno
            buffer.removeSubrange(old...)
            throw InputProblem(path: "", message: InputSource.reason(code))
        }
        buffer.removeSubrange((old + count)...)
        if count == 0 { atEnd = true }
    }
}
