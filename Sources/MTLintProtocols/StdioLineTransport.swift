import Foundation
import Logging
import MCP
import Synchronization

/// MCP's stdio transport (one JSON-RPC message per line) for `mtlint mcp`, in place of the
/// SDK's StdioTransport, for two reasons:
/// - the SDK's sets standard input non-blocking and polls it every 10 ms; this one reads it
///   with blocking reads on a thread of its own;
/// - the SDK's server answers each request in a task of its own and stops when the input
///   ends, so a client that writes its requests and closes its end (a script, a pipe) could
///   lose the last answers: this one ends the input only once every request read has been
///   answered.
public actor StdioLineTransport: Transport {
    public nonisolated let logger = Logger(label: "mtlint.mcp.stdio", factory: { _ in SwiftLogNoOpLogHandler() })

    private let input: Int32
    private let output: Int32
    private let messages: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation
    /// Requests read and not answered yet, and whether the input has ended.
    private final class Pending: Sendable {
        let state = Mutex((unanswered: 0, inputEnded: false))
    }

    private let pending = Pending()
    private var connected = false

    public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
        (messages, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
    }

    public func connect() async throws {
        guard !connected else { return }
        connected = true
        let (input, continuation, pending) = (self.input, self.continuation, self.pending)
        Thread.detachNewThread {
            var buffer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                buffer.append(contentsOf: chunk[0..<count])
                var start = 0
                while let newline = buffer[start...].firstIndex(of: 0x0A) {
                    let line = Data(buffer[start..<newline])
                    start = newline + 1
                    guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) else { continue }
                    let requests = Self.count(line, requests: true)
                    if requests > 0 { pending.state.withLock { $0.unanswered += requests } }
                    continuation.yield(line)
                }
                buffer.removeFirst(start)
            }
            let finished = pending.state.withLock { state -> Bool in
                state.inputEnded = true
                return state.unanswered <= 0
            }
            if finished { continuation.finish() }
        }
    }

    public func disconnect() async {
        continuation.finish()
    }

    public func send(_ data: Data) async throws {
        var line = data
        line.append(0x0A)
        let written = line.withUnsafeBytes { raw -> Bool in
            guard var pointer = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let count = write(output, pointer, left)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { return false }
                pointer += count
                left -= count
            }
            return true
        }
        let answers = Self.count(data, requests: false)
        let finished = pending.state.withLock { state -> Bool in
            state.unanswered -= answers
            return state.inputEnded && state.unanswered <= 0
        }
        if finished { continuation.finish() }
        guard written else { throw MCPError.connectionClosed }
    }

    public func receive() -> AsyncThrowingStream<Data, any Error> {
        messages
    }

    /// Requests (a method and an id) or responses (an id, no method) in a message or a batch.
    package static func count(_ data: Data, requests: Bool) -> Int {
        guard let value = try? JSONSerialization.jsonObject(with: data) else { return 0 }
        let items = (value as? [Any]) ?? [value]
        return items.filter { item in
            guard let object = item as? [String: Any], object["id"] != nil else { return false }
            return (object["method"] != nil) == requests
        }.count
    }
}
