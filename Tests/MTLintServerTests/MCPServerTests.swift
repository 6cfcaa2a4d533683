import Foundation
import MCP
import MTLint
import MTLintProtocols
import Testing

/// The MCP server in-process, through the SDK's own client over its in-memory transport: the
/// session an agent has (initialize, tools/list, tools/call).
@Suite struct MCPServerTests {
    /// A connected client, the server, and what initialize answered.
    func session() async throws -> (client: Client, server: Server, initialized: Initialize.Result) {
        let (clientTransport, serverTransport) = await InMemoryTransport.createConnectedPair()
        let server = await MCPServer(checker: sharedChecker).makeServer()
        try await server.start(transport: serverTransport)
        let client = Client(name: "mtlint-tests", version: "1")
        let initialized = try await client.connect(transport: clientTransport)
        return (client, server, initialized)
    }

    func call(_ client: Client, _ name: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
        let context: RequestContext<CallTool.Result> = try await client.callTool(name: name, arguments: arguments)
        return try await context.value
    }

    @Test func initializeDescribesTheServer() async throws {
        let (client, server, initialized) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
        #expect(initialized.serverInfo.name == "mtlint")
        #expect(initialized.capabilities.tools != nil)
        #expect(initialized.instructions?.contains("check_text") == true)
    }

    @Test func toolsAreListed() async throws {
        let (client, server, _) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
        let (tools, _) = try await client.listTools()
        #expect(tools.map(\.name) == ["check_text", "list_rules", "explain_rule"])
        #expect(tools[0].inputSchema.objectValue?["required"] == .array(["text"]))
        #expect(tools[0].outputSchema?.objectValue?["type"] == .string("object"))
        #expect(tools.allSatisfy { $0.annotations.readOnlyHint == true })
    }

    @Test func checkTextReturnsStructuredFindings() async throws {
        let (client, server, _) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
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
        let (client, server, _) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
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
        let (client, server, _) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
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
        let (client, server, _) = try await session()
        defer {
            Task {
                await client.disconnect()
                await server.stop()
            }
        }
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

    @Test func stdioTransportCountsRequestsAndAnswers() {
        #expect(StdioLineTransport.count(Data(#"{"jsonrpc":"2.0","id":1,"method":"ping"}"#.utf8), requests: true) == 1)
        #expect(StdioLineTransport.count(Data(#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#.utf8), requests: true) == 0)
        #expect(
            StdioLineTransport.count(
                Data(#"[{"jsonrpc":"2.0","id":1,"method":"a"},{"jsonrpc":"2.0","id":2,"method":"b"}]"#.utf8), requests: true) == 2)
        #expect(StdioLineTransport.count(Data(#"{"jsonrpc":"2.0","id":1,"result":{}}"#.utf8), requests: false) == 1)
        #expect(StdioLineTransport.count(Data("not json".utf8), requests: true) == 0)
    }
}
