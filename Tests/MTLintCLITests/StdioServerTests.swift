import Foundation
import Testing

/// `mtlint lsp` and `mtlint mcp` as an editor and an agent start them: the built binary,
/// framed JSON-RPC messages on its standard input, its answers read off standard output.
@Suite struct StdioServerTests {
    static let sample = "Nel 2023 l’azienda 😀 pagava 10 Cento milioni di dollari per il il progetto."

    /// `Content-Length` framing of each message.
    func framed(_ messages: [String]) -> Data {
        Data(messages.map { "Content-Length: \($0.utf8.count)\r\n\r\n\($0)" }.joined().utf8)
    }

    /// The JSON bodies of a Content-Length framed stream, each parsed.
    func unframe(_ output: String) throws -> [JSONObject] {
        var bytes = Array(output.utf8)[...]
        var messages: [JSONObject] = []
        while !bytes.isEmpty {
            let text = String(decoding: bytes, as: UTF8.self)
            let header = try #require(text.range(of: "\r\n\r\n"), "no header in \(text.prefix(100))")
            let headerText = String(text[..<header.lowerBound])
            let length = try #require(Int(headerText.replacingOccurrences(of: "Content-Length: ", with: "")), "bad header \(headerText)")
            let start = bytes.startIndex + headerText.utf8.count + 4
            messages.append(try jsonObject(String(decoding: bytes[start..<start + length], as: UTF8.self)))
            bytes = bytes[(start + length)...]
        }
        return messages
    }

    func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func languageServerSession() throws {
        let uri = "file:///nowhere/article.txt"
        let input = framed([
            try json([
                "jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]],
            ]),
            try json(["jsonrpc": "2.0", "method": "initialized", "params": [:]]),
            try json([
                "jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": [
                    "textDocument": [
                        "uri": uri, "languageId": "plaintext", "version": 1, "text": "Titolo\n" + Self.sample + "\n",
                    ]
                ],
            ]),
            try json([
                "jsonrpc": "2.0", "id": 2, "method": "textDocument/codeAction",
                "params": [
                    "textDocument": ["uri": uri],
                    "range": ["start": ["line": 1, "character": 62], "end": ["line": 1, "character": 62]],
                    "context": ["diagnostics": []],
                ],
            ]),
            try json(["jsonrpc": "2.0", "id": 3, "method": "shutdown"]),
            try json(["jsonrpc": "2.0", "method": "exit"]),
        ])
        let result = runMTLint(["lsp", "--no-config", "--lang", "it"], stdin: input, timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stderr)")
        let messages = try unframe(result.stdout)
        #expect(messages.count == 4)
        #expect(messages[0]["id"] as? Int == 1)
        #expect(((messages[0]["result"] as? JSONObject)?["capabilities"] as? JSONObject)?["positionEncoding"] as? String == "utf-16")

        #expect(messages[1]["method"] as? String == "textDocument/publishDiagnostics")
        let params = try #require(messages[1]["params"] as? JSONObject)
        #expect(params["uri"] as? String == uri)
        let diagnostics = try #require(params["diagnostics"] as? [JSONObject])
        #expect(diagnostics.map { $0["code"] as? String } == ["figure/garbled-scale", "text/repeated-word"])
        #expect(diagnostics.map { $0["source"] as? String } == ["mtlint", "mtlint"])
        #expect(diagnostics.map { $0["severity"] as? Int } == [1, 2])
        let ranges = diagnostics.map { diagnostic -> [Int] in
            let range = diagnostic["range"] as? JSONObject
            let start = range?["start"] as? JSONObject, end = range?["end"] as? JSONObject
            return [start?["line"], start?["character"], end?["line"], end?["character"]].map { $0 as? Int ?? -1 }
        }
        #expect(ranges == [[1, 29, 1, 45], [1, 61, 1, 66]])

        #expect(messages[2]["id"] as? Int == 2)
        let actions = try #require(messages[2]["result"] as? [JSONObject])
        #expect(actions.map { $0["title"] as? String } == ["Replace `il il` with `il`"])
        #expect(actions.first?["isPreferred"] as? Bool == true)
        let changes = (actions.first?["edit"] as? JSONObject)?["changes"] as? JSONObject
        let edit = try #require((changes?[uri] as? [JSONObject])?.first)
        #expect(edit["newText"] as? String == "il")

        #expect(messages[3]["id"] as? Int == 3)
        #expect(messages[3].keys.contains("result"))
    }

    @Test func languageServerExitWithoutShutdownIsCode1() throws {
        let input = framed([
            try json(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]),
            try json(["jsonrpc": "2.0", "method": "exit"]),
        ])
        let result = runMTLint(["lsp", "--no-config"], stdin: input, timeout: .seconds(120))
        #expect(result.status == 1)
    }

    @Test func mcpSession() throws {
        let lines = [
            try json([
                "jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": [
                    "protocolVersion": "2025-06-18", "capabilities": [:], "clientInfo": ["name": "test", "version": "1"],
                ],
            ]),
            try json(["jsonrpc": "2.0", "method": "notifications/initialized"]),
            try json(["jsonrpc": "2.0", "id": 2, "method": "tools/list"]),
            try json([
                "jsonrpc": "2.0", "id": 3, "method": "tools/call",
                "params": [
                    "name": "check_text", "arguments": ["text": Self.sample, "language": "it"],
                ],
            ]),
        ]
        let result = runMTLint(["mcp", "--no-config"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8), timeout: .seconds(120))
        #expect(result.status == 0, "\(result.stderr)")
        // The SDK answers each request in a task of its own: answers may come in any order.
        let replies = try result.stdout.split(separator: "\n").map { try jsonObject(String($0)) }
            .sorted { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }
        #expect(replies.map { $0["id"] as? Int } == [1, 2, 3])
        #expect((replies[0]["result"] as? JSONObject)?["protocolVersion"] as? String == "2025-06-18")
        let tools = ((replies[1]["result"] as? JSONObject)?["tools"] as? [JSONObject])?.map { $0["name"] as? String }
        #expect(tools == ["check_text", "list_rules", "explain_rule"])
        let call = try #require(replies[2]["result"] as? JSONObject)
        #expect(call["isError"] as? Bool == false)
        let findings = try #require((call["structuredContent"] as? JSONObject)?["findings"] as? [JSONObject])
        #expect(findings.map { $0["rule"] as? String } == ["figure/garbled-scale", "text/repeated-word"])
        #expect(findings.map { $0["offset"] as? Int } == [29, 61])
        #expect(findings.map { $0["suggestions"] as? [String] } == [["1 miliardo"], ["il"]])
    }
}
