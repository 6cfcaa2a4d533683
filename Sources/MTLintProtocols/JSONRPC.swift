import Foundation

/// One JSON-RPC 2.0 message: a request (method and id), a notification (method, no id) or a
/// response (id, and a result or an error), as the language server speaks it.
public struct JSONRPCMessage: Codable, Sendable, Equatable {
    public var id: JSONValue?
    public var method: String?
    public var params: JSONValue?
    public var result: JSONValue?
    public var error: JSONRPCError?

    public static func request(id: JSONValue, method: String, params: JSONValue? = nil) -> JSONRPCMessage {
        JSONRPCMessage(id: id, method: method, params: params)
    }

    public static func notification(_ method: String, params: JSONValue? = nil) -> JSONRPCMessage {
        JSONRPCMessage(id: nil, method: method, params: params)
    }

    public static func response(id: JSONValue, result: JSONValue) -> JSONRPCMessage {
        JSONRPCMessage(id: id, result: result)
    }

    public static func failure(id: JSONValue?, _ error: JSONRPCError) -> JSONRPCMessage {
        JSONRPCMessage(id: id ?? .null, error: error)
    }

    public init(id: JSONValue? = nil, method: String? = nil, params: JSONValue? = nil, result: JSONValue? = nil, error: JSONRPCError? = nil)
    {
        self.id = id
        self.method = method
        self.params = params
        self.result = result
        self.error = error
    }

    public var isRequest: Bool { method != nil && id != nil }
    public var isNotification: Bool { method != nil && id == nil }

    enum CodingKeys: String, CodingKey {
        case jsonrpc, id, method, params, result, error
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let version = try container.decodeIfPresent(String.self, forKey: .jsonrpc)
        guard version == "2.0" else {
            throw DecodingError.dataCorruptedError(forKey: .jsonrpc, in: container, debugDescription: "not a JSON-RPC 2.0 message")
        }
        id = try container.decodeIfPresent(JSONValue.self, forKey: .id)
        method = try container.decodeIfPresent(String.self, forKey: .method)
        params = try container.decodeIfPresent(JSONValue.self, forKey: .params)
        result = try container.decodeIfPresent(JSONValue.self, forKey: .result)
        error = try container.decodeIfPresent(JSONRPCError.self, forKey: .error)
    }

    /// A response always has `id` (null when the request's could not be read) and exactly
    /// one of `result` (null included) and `error`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        if let method {
            try container.encodeIfPresent(id, forKey: .id)
            try container.encode(method, forKey: .method)
            try container.encodeIfPresent(params, forKey: .params)
        } else {
            try container.encode(id ?? .null, forKey: .id)
            if let error {
                try container.encode(error, forKey: .error)
            } else {
                try container.encode(result ?? .null, forKey: .result)
            }
        }
    }

    /// The message as compact JSON bytes (keys sorted, so that tests can compare them).
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every part is a JSONValue or a String: encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data(#"{"jsonrpc":"2.0","id":null,"error":{"code":-32603,"message":"encoding failed"}}"#.utf8)
    }
}

public struct JSONRPCError: Codable, Sendable, Equatable, Error {
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static func parseError(_ message: String) -> JSONRPCError { JSONRPCError(code: -32700, message: message) }
    public static func invalidRequest(_ message: String) -> JSONRPCError { JSONRPCError(code: -32600, message: message) }
    public static func methodNotFound(_ method: String) -> JSONRPCError { JSONRPCError(code: -32601, message: "no method `\(method)`") }
    public static func invalidParams(_ message: String) -> JSONRPCError { JSONRPCError(code: -32602, message: message) }
    public static func internalError(_ message: String) -> JSONRPCError { JSONRPCError(code: -32603, message: message) }
}

/// How messages are cut out of a byte stream.
public enum JSONRPCFraming: Sendable {
    /// LSP's base protocol: `Content-Length: N\r\n\r\n`, then N bytes of JSON.
    case contentLength
    /// MCP's stdio transport: one JSON message a line, with no line break inside it.
    case newlineDelimited

    /// The bytes that carry `message`.
    public func frame(_ message: JSONRPCMessage) -> Data {
        let body = message.encoded()
        switch self {
        case .contentLength: return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
        // The encoder escapes line breaks inside strings, so the message is one line.
        case .newlineDelimited: return body + Data([0x0A])
        }
    }
}

/// Cuts the messages out of bytes as they arrive. A header or a line that cannot be read
/// is reported as an error in the stream (the reader answers it with a parse error) and
/// skipped, so that one bad message does not end the session.
public struct JSONRPCStreamReader: Sendable {
    public enum Item: Sendable, Equatable {
        case message(JSONRPCMessage)
        case invalid(JSONRPCError)
    }

    public let framing: JSONRPCFraming
    private var buffer: [UInt8] = []
    /// Where the search for the next header end or line break resumes: the bytes before it
    /// hold none. A message that arrives in many reads is then searched once, not from its
    /// start at every read (which took half a minute for 8 MB without a header's end).
    private var searched = 0
    /// The largest message read: a declared length past it is an error, not an allocation.
    public var maximumLength = 64 << 20
    /// The longest header read: LSP's are a line or two. Bytes past it without the blank line
    /// that ends a header are an error, not a buffer that grows without end.
    public var maximumHeaderLength = 64 << 10

    public init(framing: JSONRPCFraming) {
        self.framing = framing
    }

    /// Adds bytes and returns the messages now complete, in order.
    public mutating func append(_ bytes: some Sequence<UInt8>) -> [Item] {
        buffer.append(contentsOf: bytes)
        if framing == .newlineDelimited { return cutLines() }
        var items: [Item] = []
        var start = 0
        loop: while true {
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: max(start, searched)) else {
                if buffer.count - start > maximumHeaderLength {
                    items.append(.invalid(.parseError("a message header longer than \(maximumHeaderLength) bytes")))
                    start = buffer.count
                }
                // The last three bytes may begin the header's end.
                searched = max(start, buffer.count - 3)
                break loop
            }
            let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
            var length: Int?
            for line in header.split(separator: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                    length = Int(parts[1].trimmingCharacters(in: .whitespaces))
                }
            }
            guard let length, length >= 0, length <= maximumLength else {
                start = headerEnd + 4
                items.append(.invalid(.parseError("a message header without a valid Content-Length: \(header.prefix(80))")))
                continue
            }
            let bodyStart = headerEnd + 4
            guard buffer.count - bodyStart >= length else { break loop }
            items.append(Self.decode(buffer[bodyStart..<bodyStart + length]))
            start = bodyStart + length
        }
        buffer.removeFirst(start)
        searched = max(0, searched - start)
        return items
    }

    /// The complete lines of the buffer as messages; blank lines (and a `\r` before a line
    /// break) are skipped, and a line longer than `maximumLength` is an error, not a buffer
    /// that grows without end.
    private mutating func cutLines() -> [Item] {
        var items: [Item] = []
        var start = 0
        while let end = buffer[max(start, searched)...].firstIndex(of: 0x0A) {
            var line = buffer[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.count > maximumLength {
                items.append(.invalid(.parseError("a message of \(line.count) bytes, more than \(maximumLength)")))
            } else if line.contains(where: { $0 != 0x20 && $0 != 0x09 }) {
                items.append(Self.decode(line))
            }
            start = end + 1
        }
        buffer.removeFirst(start)
        searched = buffer.count
        if buffer.count > maximumLength {
            buffer.removeAll()
            searched = 0
            items.append(.invalid(.parseError("a message longer than \(maximumLength) bytes")))
        }
        return items
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> Item {
        do {
            return .message(try JSONDecoder().decode(JSONRPCMessage.self, from: Data(bytes)))
        } catch {
            return .invalid(.parseError("not a JSON-RPC 2.0 message"))
        }
    }

    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
            if bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern { return index }
            index += 1
        }
        return nil
    }
}

/// A session over standard input and output: reads messages, hands each batch that arrived
/// together to `handle`, writes what it returns. Ends at the end of input, or when `handle`
/// says so. Blocking reads: a server answers one client, in order.
public enum StdioSession {
    /// Runs the session; returns when the input ends or `handle` returns `stop`.
    public static func run(
        framing: JSONRPCFraming, input: Int32 = 0, output: Int32 = 1,
        handle: ([JSONRPCStreamReader.Item]) -> (replies: [JSONRPCMessage], stop: Bool)
    ) {
        var reader = JSONRPCStreamReader(framing: framing)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return }
            let items = reader.append(chunk[0..<count])
            if items.isEmpty { continue }
            let (replies, stop) = handle(items)
            for reply in replies {
                guard write(framing.frame(reply), to: output) else { return }
            }
            if stop { return }
        }
    }

    /// Writes all of `data`; false when the other side is gone.
    static func write(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard var pointer = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let written = Foundation.write(descriptor, pointer, left)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return false }
                pointer += written
                left -= written
            }
            return true
        }
    }
}
