import Foundation
import MTLint
import MTLintServer
import Synchronization
import Testing

/// The package's root folder: this file is Tests/MTLintServerTests/Support.swift.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// One checker for every test: the default settings, no configuration file.
let sharedChecker = TextChecker()

/// An HTTP answer as read off the socket.
struct HTTPAnswer {
    var status: Int
    var headers: [String: String]
    var body: String

    func json() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(body.utf8))
        return try #require(value as? [String: Any], "not a JSON object: \(body.prefix(200))")
    }
}

struct ServerTestError: Error, CustomStringConvertible {
    var description: String
}

/// Runs `body` with a server listening on a free port of 127.0.0.1, then stops it.
func withServer<T>(
    _ configuration: ServerConfiguration = ServerConfiguration(), checker: TextChecker = sharedChecker,
    _ body: (MTLintServer, Int) async throws -> T
) async throws -> T {
    var configuration = configuration
    configuration.port = 0
    configuration.logsProblems = false
    let server = MTLintServer(checker: checker, configuration: configuration)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let task = Task {
        try await server.run { port in continuation.yield(port) }
    }
    defer { task.cancel() }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next(), port > 0 else { throw ServerTestError(description: "the server did not start") }
    return try await body(server, port)
}

/// Sends one HTTP/1.1 request over a new connection and reads the answer (by its
/// Content-Length). A raw socket, so that a test can send what a client library would not:
/// a declared length with no body behind it. The blocking calls run on a thread of their own,
/// never on the concurrency pool that the server's handlers need.
func http(
    _ port: Int, _ method: String, _ target: String, body: Data? = nil, headers: [String: String] = [:],
    declaredLength: Int? = nil
) async throws -> HTTPAnswer {
    try await onOwnThread {
        try blockingHTTP(port, method, target, body: body, headers: headers, declaredLength: declaredLength)
    }
}

/// Runs blocking work (a socket, a child process) on a new thread and waits for it.
func onOwnThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread {
            continuation.resume(with: Result { try work() })
        }
    }
}

private func blockingHTTP(
    _ port: Int, _ method: String, _ target: String, body: Data?, headers: [String: String],
    declaredLength: Int?
) throws -> HTTPAnswer {
    let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard socket >= 0 else { throw ServerTestError(description: "socket: \(errno)") }
    defer { close(socket) }
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw ServerTestError(description: "connect: \(errno)") }
    var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
    if headers["Transfer-Encoding"] == nil, let length = declaredLength ?? body?.count { head += "Content-Length: \(length)\r\n" }
    head += "\r\n"
    var request = Data(head.utf8)
    if let body { request.append(body) }
    try request.withUnsafeBytes { raw in
        var sent = 0
        while sent < raw.count {
            let count = send(socket, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
            if count <= 0 { throw ServerTestError(description: "send: \(errno)") }
            sent += count
        }
    }
    var received = Data()
    var chunk = [UInt8](repeating: 0, count: 65536)
    func answer() -> HTTPAnswer? {
        guard let split = received.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: received[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let bodyStart = split.upperBound
        guard let length = headers["content-length"].flatMap({ Int($0) }) else { return nil }
        guard received.count - bodyStart >= length else { return nil }
        return HTTPAnswer(status: status, headers: headers, body: String(decoding: received[bodyStart..<bodyStart + length], as: UTF8.self))
    }
    while true {
        if let done = answer() { return done }
        let count = recv(socket, &chunk, chunk.count, 0)
        if count <= 0 { break }
        received.append(contentsOf: chunk[0..<count])
    }
    if let done = answer() { return done }
    throw ServerTestError(description: "no complete HTTP answer: \(String(decoding: received.prefix(300), as: UTF8.self))")
}

/// `application/x-www-form-urlencoded` of `fields`.
func form(_ fields: [(String, String)]) -> Data {
    let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
    return Data(
        fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&").utf8)
}

/// A UTF-16 offset's text in `text`.
func utf16Slice(_ text: String, offset: Int, length: Int) -> String {
    let units = Array(text.utf16)
    return String(decoding: units[offset..<offset + length], as: UTF16.self)
}
