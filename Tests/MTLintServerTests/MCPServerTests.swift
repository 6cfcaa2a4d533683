import Foundation
import Logging
import MCP
import MTLint
import MTLintProtocols
import Testing

/// The MCP server in-process, driven by the SDK's own client (the session an agent has:
/// initialize, tools/list, tools/call), so that mtlint's server and the SDK stay compatible.
@Suite struct MCPServerTests {
    /// A client connected to a new server, and what initialize answered; `close()` ends it.
    final class Session {
        let client = Client(name: "mtlint-tests", version: "1")
        let transport = ServerTransport(server: MCPServer(checker: sharedChecker))
        private(set) var initialized: Initialize.Result?

        func open() async throws -> Self {
            initialized = try await client.connect(transport: transport)
            return self
        }

        func close() {
            let (client, transport) = (client, transport)
            Task {
                await client.disconnect()
                await transport.disconnect()
            }
        }
    }

    func call(_ client: Client, _ name: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
        let context: RequestContext<CallTool.Result> = try await client.callTool(name: name, arguments: arguments)
        return try await context.value
    }

    @Test func initializeDescribesTheServer() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let initialized = try #require(session.initialized)
        #expect(initialized.serverInfo.name == "mtlint")
        #expect(initialized.capabilities.tools != nil)
        #expect(initialized.instructions?.contains("check_text") == true)
    }

    @Test func toolsAreListed() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let (tools, _) = try await client.listTools()
        #expect(tools.map(\.name) == ["check_text", "list_rules", "explain_rule"])
        #expect(tools[0].inputSchema.objectValue?["required"] == .array(["text"]))
        #expect(tools[0].outputSchema?.objectValue?["type"] == .string("object"))
        #expect(tools.allSatisfy { $0.annotations.readOnlyHint == true })
    }

    @Test func checkTextReturnsStructuredFindings() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let result = try await call(client, "check_text", ["text": .string(italianSample), "language": "it"])
        #expect(result.isError == false)
        let structured = try #require(result.structuredContent?.objectValue)
        #expect(structured["language"] == .string("it"))
        #expect(structured["summary"] == .object(["errors": 1, "warnings": 1, "infos": 0]))
        let findingValues = try #require(structured["findings"]?.arrayValue)
        let findings = findingValues.compactMap { $0.objectValue }
        #expect(findings.map { $0["rule"] } == [.string("figure/garbled-scale"), .string("text/repeated-word")])
        #expect(findings.map { $0["offset"] } == [.int(29), .int(61)])
        #expect(findings.map { $0["text"] } == [.string("10 Cento milioni"), .string("il il")])
        #expect(findings.map { $0["suggestions"] } == [.array(["1 miliardo"]), .array(["il"])])
        #expect(
            findings[1]["fixes"]
                == .array([
                    .object([
                        "applicability": "safe", "description": "Replace `il il` with `il`",
                        "edits": .array([.object(["offset": 61, "length": 5, "replacement": "il"])]),
                    ])
                ]))
        #expect(findings[0]["fixes"]?.arrayValue?.first?.objectValue?["applicability"] == .string("needs-review"))
        // The same findings as text, for clients that read only `content`.
        guard case .text(let text, _, _)? = result.content.first else {
            Issue.record("no text content: \(result.content)")
            return
        }
        #expect(try JSONDecoder().decode(Value.self, from: Data(text.utf8)) == result.structuredContent)
    }

    @Test func checkTextWithASourceRunsTheSourceRules() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let (tools, _) = try await client.listTools()
        let properties = tools[0].inputSchema.objectValue?["properties"]?.objectValue
        #expect(properties?["source"]?.objectValue?["type"] == .string("string"))
        #expect(properties?["source_language"]?.objectValue?["type"] == .string("string"))
        let result = try await call(
            client, "check_text",
            [
                "text":
                    "Martedì l'azienda ha presentato un nuovo modello. Prevede di investire 10 Cento milioni di dollari in centri dati.",
                "language": "it", "source": "公司周二发布了新模型。公司当天宣布裁员1200人。它计划投资10亿美元建设数据中心。", "source_language": "zh",
            ])
        #expect(result.isError == false)
        let findings = try #require(result.structuredContent?.objectValue?["findings"]?.arrayValue).compactMap { $0.objectValue }
        #expect(
            findings.map { $0["rule"] } == [.string("source/omission"), .string("figure/garbled-scale"), .string("source/figure-mismatch")])
        #expect(findings[0]["offset"] == .int(49))
        #expect(findings[0]["message"] == .string("the source `公司当天宣布裁员1200人。` is not translated: its target is empty"))

        let badSourceLanguage = try await call(client, "check_text", ["text": "Ciao.", "source": "你好。", "source_language": "klingon"])
        #expect(badSourceLanguage.isError == true)
        await #expect(throws: MCPError.self) { _ = try await call(client, "check_text", ["text": "Ciao.", "source": 3]) }
    }

    @Test func toolErrorsAndProtocolErrors() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let badLanguage = try await call(client, "check_text", ["text": "Ciao.", "language": "klingon"])
        #expect(badLanguage.isError == true)
        await #expect(throws: MCPError.self) { _ = try await call(client, "check_text", [:]) }
        do {
            _ = try await call(client, "read_file", ["path": "/etc/passwd"])
            Issue.record("an unknown tool was called")
        } catch let error as MCPError {
            #expect(error.code == -32602)
            #expect(error.errorDescription?.contains("no tool `read_file`") == true)
        }
    }

    @Test func explainAndListRules() async throws {
        let session = try await Session().open()
        defer { session.close() }
        let client = session.client
        let explained = try await call(client, "explain_rule", ["rule": "text/repeated-word"])
        guard case .text(let text, _, _)? = explained.content.first else {
            Issue.record("no text content")
            return
        }
        #expect(text.contains("text/repeated-word"))
        let unknown = try await call(client, "explain_rule", ["rule": "text/nothing"])
        #expect(unknown.isError == true)
        let listed = try await call(client, "list_rules", [:])
        guard case .text(let list, _, _)? = listed.content.first else {
            Issue.record("no text content")
            return
        }
        #expect(list.split(separator: "\n").contains { $0.hasPrefix("figure/garbled-scale (error, accuracy): ") })
    }

    @Test func protocolVersionIsNegotiated() {
        let server = MCPServer(checker: sharedChecker)
        func initialize(_ version: String) -> JSONValue? {
            let request = JSONRPCMessage.request(
                id: .number(1), method: "initialize", params: .object(["protocolVersion": .string(version)]))
            return server.handle(.message(request))?.result?["protocolVersion"]
        }
        #expect(initialize("2024-11-05") == .string("2024-11-05"))
        #expect(initialize("2025-06-18") == .string("2025-06-18"))
        #expect(initialize("1999-01-01") == .string(MCPServer.protocolVersions[0]))
    }

    @Test func notificationsAndResponsesGetNoAnswer() {
        let server = MCPServer(checker: sharedChecker)
        #expect(server.handle(.message(.notification("notifications/initialized"))) == nil)
        #expect(server.handle(.message(.response(id: .number(3), result: .object([:])))) == nil)
        #expect(
            server.handle(.message(.request(id: .number(4), method: "resources/list")))
                == .failure(id: .number(4), .methodNotFound("resources/list")))
        #expect(
            server.handle(.message(.request(id: .string("a"), method: "tools/call", params: .object(["name": .number(1)]))))?.error?
                .code == -32602)
    }

    @Test func linesAreCutIntoMessages() {
        var reader = JSONRPCStreamReader(framing: .newlineDelimited)
        // A message cut in two by the pipe, a blank line, a CRLF, and a line that is no JSON.
        #expect(reader.append(Data(#"{"jsonrpc":"2.0","id":1,"#.utf8)).isEmpty)
        let items = reader.append(Data("\"method\":\"ping\"}\n\n{\"jsonrpc\":\"2.0\",\"method\":\"a\"}\r\nnot json\n".utf8))
        #expect(
            items == [
                .message(.request(id: .number(1), method: "ping")), .message(.notification("a")),
                .invalid(.parseError("not a JSON-RPC 2.0 message")),
            ])
        // A line longer than the limit is an error, and the reader goes on after it.
        reader.maximumLength = 16
        #expect(reader.append(Data(String(repeating: "x", count: 40).utf8)).count == 1)
        #expect(reader.append(Data("\n".utf8)) == [])
        let framed = JSONRPCFraming.newlineDelimited.frame(.response(id: .number(2), result: .string("a\nb")))
        #expect(String(decoding: framed, as: UTF8.self) == #"{"id":2,"jsonrpc":"2.0","result":"a\nb"}"# + "\n")
    }
}

/// The SDK's transport for its client, ending in mtlint's server: what the client sends is
/// cut into messages as `mtlint mcp` cuts its input, and the answers come back one by one.
actor ServerTransport: Transport {
    nonisolated let logger = Logger(label: "mtlint.tests.mcp", factory: { _ in SwiftLogNoOpLogHandler() })
    let server: MCPServer
    private var reader = JSONRPCStreamReader(framing: .newlineDelimited)
    private let answers: AsyncThrowingStream<Data, any Error>
    private let continuation: AsyncThrowingStream<Data, any Error>.Continuation

    init(server: MCPServer) {
        self.server = server
        (answers, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
    }

    func connect() async throws {}

    func disconnect() async { continuation.finish() }

    func send(_ data: Data) async throws {
        for item in reader.append(data + Data([0x0A])) {
            if let answer = server.handle(item) { continuation.yield(answer.encoded()) }
        }
    }

    func receive() -> AsyncThrowingStream<Data, any Error> { answers }
}
