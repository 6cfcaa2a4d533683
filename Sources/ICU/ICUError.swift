import CICU

/// A failure reported by ICU: its UErrorCode and the call that failed.
public struct ICUError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The UErrorCode value (> 0 for errors).
    public let code: Int32
    /// What was being done, e.g. "opening a word break iterator for `xx`".
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// ICU's name of the code, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
    public var name: String { String(cString: cicu_error_name(code)) }

    public var description: String { "ICU error \(name) while \(operation)" }

    static let bufferOverflow: Int32 = 15  // U_BUFFER_OVERFLOW_ERROR

    /// Throws when `code` is a failure; warnings (negative codes) pass.
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(code: code, operation: operation()) }
    }
}

/// Calls an ICU function that writes UTF-16 into a caller's buffer and returns the needed
/// length, growing the buffer once when it was too small (ICU's preflighting convention).
func icuString(
    capacity: Int = 64,
    _ operation: @autoclosure () -> String,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
) throws(ICUError) -> String {
    var error: Int32 = 0
    var buffer = [UInt16](repeating: 0, count: capacity)
    var length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32($0.count), &error) }
    if error == ICUError.bufferOverflow || Int(length) > buffer.count {
        error = 0
        buffer = [UInt16](repeating: 0, count: Int(length) + 1)
        length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32($0.count), &error) }
    }
    try ICUError.check(error, operation())
    return String(utf16Units: buffer[0..<Int(length)])
}

/// Calls an ICU function that writes a NUL-terminated ASCII string (locale IDs and the like).
func icuASCII(
    capacity: Int = 157,
    _ operation: @autoclosure () -> String,
    _ body: (UnsafeMutablePointer<CChar>, Int32, inout Int32) -> Int32
) throws(ICUError) -> String {
    var error: Int32 = 0
    var buffer = [CChar](repeating: 0, count: capacity + 1)
    let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &error) }
    try ICUError.check(error, operation())
    let bytes = buffer[0..<min(Int(length), capacity)].map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self)
}

/// Runs `body` with the UTF-16 code units of `text` in contiguous memory.
func withUTF16<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt16>) throws(ICUError) -> R) throws(ICUError) -> R {
    let units = Array(text.utf16)
    return try units.withUnsafeBufferPointer { (buffer) throws(ICUError) in try body(buffer) }
}

/// The version of the ICU library linked in, e.g. "72.1".
public var icuVersion: String {
    var buffer = [CChar](repeating: 0, count: 32)
    cicu_version(&buffer, 32)
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
