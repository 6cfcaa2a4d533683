import Foundation
import MTLint
import MTLintProtocols
import Testing

/// The language server's messages, in-process: what an editor sends, what it gets back.
@Suite struct LanguageServerTests {
    let uri = "file:///nowhere/article.md"

    func makeServer() -> LanguageServer {
        LanguageServer { _ in .success(sharedChecker) }
    }

    func send(_ server: LanguageServer, _ messages: JSONRPCMessage...) -> [JSONRPCMessage] {
        server.handle(messages.map { .message($0) })
    }

    func initialize(_ server: LanguageServer) {
        _ = send(
            server, .request(id: .number(1), method: "initialize", params: .object(["capabilities": .object([:])])),
            .notification("initialized", params: .object([:])))
    }

    func open(_ text: String, version: Int = 1) -> JSONRPCMessage {
        .notification(
            "textDocument/didOpen",
            params: .object([
                "textDocument": .object([
                    "uri": .string(uri), "languageId": .string("markdown"), "version": .number(Double(version)), "text": .string(text),
                ])
            ]))
    }

    /// An LSP range from (line, character) pairs.
    func range(_ start: (Int, Int), _ end: (Int, Int)) -> JSONValue {
        .object([
            "start": .object(["line": .number(Double(start.0)), "character": .number(Double(start.1))]),
            "end": .object(["line": .number(Double(end.0)), "character": .number(Double(end.1))]),
        ])
    }

    /// A code action request for the quick fixes of `range` of the open document.
    func codeAction(id: Double, _ start: (Int, Int), _ end: (Int, Int)) -> JSONRPCMessage {
        .request(
            id: .number(id), method: "textDocument/codeAction",
            params: .object([
                "textDocument": .object(["uri": .string(uri)]), "range": range(start, end),
                "context": .object(["diagnostics": .array([])]),
            ]))
    }

    /// An incremental change: `text` in place of a range of the open document.
    func change(_ start: (Int, Int), _ end: (Int, Int), to text: String, version: Int) -> JSONRPCMessage {
        .notification(
            "textDocument/didChange",
            params: .object([
                "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
                "contentChanges": .array([.object(["range": range(start, end), "text": .string(text)])]),
            ]))
    }

    @Test func initializeAnnouncesCapabilities() {
        let server = makeServer()
        let replies = send(server, .request(id: .number(1), method: "initialize", params: .object([:])))
        #expect(replies.count == 1)
        let capabilities = replies[0].result?["capabilities"]
        #expect(capabilities?["positionEncoding"] == .string("utf-16"))
        #expect(capabilities?["textDocumentSync"]?["change"] == .number(1))
        #expect(capabilities?["textDocumentSync"]?["save"]?["includeText"] == .bool(true))
        #expect(capabilities?["codeActionProvider"]?["codeActionKinds"] == .array([.string("quickfix")]))
        #expect(replies[0].result?["serverInfo"]?["name"] == .string("mtlint"))
    }

    @Test func requestsBeforeInitializeAreRefused() {
        let server = makeServer()
        let replies = send(server, .request(id: .number(7), method: "textDocument/codeAction", params: .object([:])))
        #expect(replies == [.failure(id: .number(7), JSONRPCError(code: -32002, message: "the server is not initialized"))])
    }

    @Test func openPublishesDiagnosticsAtUTF16Ranges() throws {
        let server = makeServer()
        initialize(server)
        // Line 2 holds the findings, after an emoji (two UTF-16 code units).
        let replies = send(server, open("# Titolo\n" + italianSample + "\n"))
        #expect(replies.count == 1)
        let notification = try #require(replies.first)
        #expect(notification.method == "textDocument/publishDiagnostics")
        #expect(notification.params?["uri"] == .string(uri))
        #expect(notification.params?["version"] == .number(1))
        let diagnostics = try #require(notification.params?["diagnostics"]?.array)
        #expect(diagnostics.count == 2)
        #expect(
            diagnostics[0]
                == .object([
                    "range": .object([
                        "start": .object(["line": .number(1), "character": .number(29)]),
                        "end": .object(["line": .number(1), "character": .number(45)]),
                    ]),
                    "severity": .number(1),
                    "code": .string("figure/garbled-scale"),
                    "codeDescription": .object([
                        "href": .string("https://github.com/mtlint/mtlint/blob/main/docs/rules.md#figuregarbled-scale")
                    ]),
                    "source": .string("mtlint"),
                    "message": diagnostics[0]["message"] ?? .null,
                ]))
        #expect(
            diagnostics[1]["range"]
                == .object([
                    "start": .object(["line": .number(1), "character": .number(61)]),
                    "end": .object(["line": .number(1), "character": .number(66)]),
                ]))
        #expect(diagnostics[1]["severity"] == .number(2))
        #expect(diagnostics[1]["code"] == .string("text/repeated-word"))
    }

    /// A file is read as `mtlint check` reads it, by its extension: a doubled word in a
    /// Markdown code block is code, not prose, and no diagnostic (nor a quick fix) touches it.
    @Test func markdownCodeBlocksAreNotLinted() throws {
        let server = makeServer()
        initialize(server)
        let replies = send(server, open("# Titolo\n\n```\nfor x in x x\n```\n\nHa pagato il il conto.\n"))
        let diagnostics = try #require(replies.first?.params?["diagnostics"]?.array)
        #expect(diagnostics.map { $0["code"] } == [.string("text/repeated-word")])
        #expect(
            diagnostics.first?["range"]
                == .object([
                    "start": .object(["line": .number(6), "character": .number(10)]),
                    "end": .object(["line": .number(6), "character": .number(15)]),
                ]))
    }

    @Test func changeRelintsOnceAndCloseClears() throws {
        let server = makeServer()
        initialize(server)
        _ = send(server, open(italianSample))
        let change = { (text: String, version: Int) -> JSONRPCMessage in
            .notification(
                "textDocument/didChange",
                params: .object([
                    "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
                    "contentChanges": .array([.object(["text": .string(text)])]),
                ]))
        }
        // Two changes in one batch: one publication, of the last version.
        let replies = send(server, change("Il il cane.", 2), change("Il cane il il gatto.", 3))
        #expect(replies.count == 1)
        #expect(replies[0].params?["version"] == .number(3))
        let diagnostics = try #require(replies[0].params?["diagnostics"]?.array)
        #expect(diagnostics.map { $0["range"]?["start"]?["character"] } == [.number(8)])
        let closed = send(server, .notification("textDocument/didClose", params: .object(["textDocument": .object(["uri": .string(uri)])])))
        #expect(
            closed == [.notification("textDocument/publishDiagnostics", params: .object(["uri": .string(uri), "diagnostics": .array([])]))])
    }

    @Test func incrementalChangesAreApplied() throws {
        let server = makeServer()
        initialize(server)
        _ = send(server, open("Il cane.\nUn gatto."))
        let replies = send(server, change((1, 3), (1, 3), to: "gatto ", version: 2))
        // "Un gatto gatto." now: the doubled word on line 2, characters 3 to 14.
        let diagnostics = try #require(replies.first?.params?["diagnostics"]?.array)
        #expect(diagnostics.map { $0["code"] } == [.string("text/repeated-word")])
        #expect(
            diagnostics.first?["range"]
                == .object([
                    "start": .object(["line": .number(1), "character": .number(3)]),
                    "end": .object(["line": .number(1), "character": .number(14)]),
                ]))
    }

    @Test func codeActionsOfferFixesSafeOnePreferred() throws {
        let server = makeServer()
        initialize(server)
        _ = send(server, open(italianSample))
        let request = codeAction(id: 5, (0, 0), (0, 80))
        let replies = send(server, request)
        #expect(replies.count == 1)
        let actions = try #require(replies[0].result?.array)
        #expect(
            actions.map { $0["title"] } == [
                .string("Replace `10 Cento milioni` with `1 miliardo` (review)"),
                .string("Replace `il il` with `il`"),
            ])
        #expect(actions.map { $0["isPreferred"] } == [.bool(false), .bool(true)])
        #expect(actions.map { $0["kind"] } == [.string("quickfix"), .string("quickfix")])
        #expect(
            actions[1]["edit"]
                == .object([
                    "changes": .object([
                        uri: .array([
                            .object([
                                "range": .object([
                                    "start": .object(["line": .number(0), "character": .number(61)]),
                                    "end": .object(["line": .number(0), "character": .number(66)]),
                                ]),
                                "newText": .string("il"),
                            ])
                        ])
                    ])
                ]))
        #expect(actions[1]["diagnostics"]?.array?.first?["code"] == .string("text/repeated-word"))

        // A range that meets only the doubled word gets only its fix.
        let narrow = codeAction(id: 6, (0, 62), (0, 62))
        #expect(send(server, narrow).first?.result?.array?.count == 1)
    }

    /// Found by an audit of the services: a code action whose range ends before it starts,
    /// and an incremental change at a negative character, each stopped the server (SIGILL).
    /// The range's ends are taken in either order; a negative character is the line's start.
    @Test func rangesOutOfOrderOrBeforeTheLineDoNotStopTheServer() throws {
        let server = makeServer()
        initialize(server)
        _ = send(server, open(italianSample))
        let backwards = codeAction(id: 8, (0, 62), (0, 0))
        let actions = try #require(send(server, backwards).first?.result?.array)
        #expect(
            actions.map { $0["title"] } == [
                .string("Replace `10 Cento milioni` with `1 miliardo` (review)"), .string("Replace `il il` with `il`"),
            ])

        _ = send(server, open("il cane."))
        let replies = send(server, change((0, -1), (0, 0), to: "Il ", version: 2))
        // "Il il cane." now: the doubled word at the start of the line.
        let diagnostics = try #require(replies.first?.params?["diagnostics"]?.array)
        #expect(diagnostics.map { $0["code"] } == [.string("text/repeated-word")])
        #expect(diagnostics.first?["range"]?["start"]?["character"] == .number(0))
    }

    @Test func shutdownThenExit() {
        let server = makeServer()
        initialize(server)
        #expect(send(server, .request(id: .string("s"), method: "shutdown")) == [.response(id: .string("s"), result: .null)])
        #expect(server.exitCode == nil)
        _ = send(server, .notification("exit"))
        #expect(server.exitCode == 0)
        let abrupt = makeServer()
        _ = send(abrupt, .notification("exit"))
        #expect(abrupt.exitCode == 1)
    }

    @Test func unknownRequestAndBadFraming() {
        let server = makeServer()
        initialize(server)
        #expect(
            send(server, .request(id: .number(9), method: "textDocument/hover")) == [
                .failure(id: .number(9), .methodNotFound("textDocument/hover"))
            ])
        var reader = JSONRPCStreamReader(framing: .contentLength)
        let body = #"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#
        let items = reader.append(Array("Content-Length: \(body.utf8.count)\r\n\r\n\(body)Content-Length: 3\r\n\r\n{x}Content-Le".utf8))
        #expect(items == [.message(.request(id: .number(1), method: "shutdown")), .invalid(.parseError("not a JSON-RPC 2.0 message"))])
        // The rest of a message split across reads.
        #expect(reader.append(Array("ngth: 2\r\n\r\n".utf8)).isEmpty)
        #expect(reader.append(Array("{}".utf8)) == [.invalid(.parseError("not a JSON-RPC 2.0 message"))])
    }

    /// Found by an audit of the services: bytes without a header's end were kept without
    /// limit and searched again from their start at every read (8 MB of `\r` took half a
    /// minute). Past 64 KB they are one error, and the messages after them are read.
    @Test func aHeaderWithoutItsEndIsCutShort() {
        var reader = JSONRPCStreamReader(framing: .contentLength)
        var items: [JSONRPCStreamReader.Item] = []
        for _ in 0..<4 { items += reader.append([UInt8](repeating: 0x0D, count: 20_000)) }
        #expect(items == [.invalid(.parseError("a message header longer than 65536 bytes"))])
        let body = #"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#
        // The header's end split between reads, after a part of it already searched.
        #expect(reader.append(Array("Content-Length: \(body.utf8.count)\r\n\r".utf8)).isEmpty)
        #expect(reader.append(Array("\n\(body)".utf8)) == [.message(.request(id: .number(2), method: "shutdown"))])
    }
}
