import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// `mtlint mcp`: a Model Context Protocol server with three tools: `check_text` (a text and
/// its language -> the findings, as structured content), `list_rules` and `explain_rule`. An
/// agent that translates can check its own output before handing it on.
///
/// The server side of MCP over stdio is JSON-RPC with four requests (initialize, ping,
/// tools/list, tools/call), spoken here over the JSON-RPC code the language server uses. The
/// Swift SDK (modelcontextprotocol/swift-sdk) served it before; it links FoundationNetworking,
/// and with it libcurl and some thirty shared libraries, into every run of mtlint: loading
/// them was 10-18 ms of each one-sentence check's start-up (docs/performance.md). The tests
/// still drive this server with the SDK's own client, so the two stay compatible.
public final class MCPServer: Sendable {
    private let checker: TextChecker

    public init(checker: TextChecker) {
        self.checker = checker
    }

    static let instructions = """
        mtlint checks machine-translated text for damage that spell checkers miss: garbled figures \
        (`10 Cento milioni` for `1 miliardo`), names translated literally or spelled two ways, broken \
        sentences, stray capitals, untranslated sentences. Call check_text on a translation before \
        handing it on; fix the errors; explain_rule tells why a rule fired.
        """

    /// The protocol versions this server speaks, newest first. A client asking for one of
    /// them gets it; any other gets the newest, and decides whether it can go on.
    public static let protocolVersions = ["2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"]

    /// Serves over standard input and output (one JSON message per line) until the input
    /// ends. Requests are answered one at a time, in order, so a client that writes its
    /// requests and closes its end still reads every answer.
    public func run(input: Int32 = 0, output: Int32 = 1) {
        StdioSession.run(framing: .newlineDelimited, input: input, output: output) { items in
            (items.compactMap(handle), false)
        }
    }

    /// The answer to one message read: a response to a request, an error for what could not
    /// be read, nothing for a notification (`notifications/initialized`, a cancellation) or
    /// for a response from the client.
    public func handle(_ item: JSONRPCStreamReader.Item) -> JSONRPCMessage? {
        switch item {
        case .invalid(let error):
            return .failure(id: nil, error)
        case .message(let message):
            guard let method = message.method, let id = message.id else { return nil }
            do {
                return .response(id: id, result: try answer(method, params: message.params))
            } catch let error as JSONRPCError {
                return .failure(id: id, error)
            } catch {
                return .failure(id: id, .internalError("\(error)"))
            }
        }
    }

    func answer(_ method: String, params: JSONValue?) throws -> JSONValue {
        switch method {
        case "initialize":
            let requested = params?["protocolVersion"]?.string
            let version = requested.flatMap { Self.protocolVersions.contains($0) ? $0 : nil } ?? Self.protocolVersions[0]
            return .object([
                "protocolVersion": .string(version),
                "capabilities": .object(["tools": .object(["listChanged": .bool(false)])]),
                "serverInfo": .object([
                    "name": .string(ToolInfo.name), "version": .string(ToolInfo.version), "title": .string("mtlint"),
                ]),
                "instructions": .string(Self.instructions),
            ])
        case "ping":
            return .object([:])
        case "tools/list":
            return .object(["tools": .array(Self.tools.map(Self.annotated))])
        case "tools/call":
            guard let name = params?["name"]?.string else { throw JSONRPCError.invalidParams("tools/call needs `name`, a tool name") }
            let arguments: [String: JSONValue]
            switch params?["arguments"] {
            case nil, .null?: arguments = [:]
            case .object(let members)?: arguments = members
            default: throw JSONRPCError.invalidParams("tools/call: `arguments` must be an object")
            }
            return try Self.call(name, arguments: arguments, checker: checker).json
        default:
            throw JSONRPCError.methodNotFound(method)
        }
    }

    // MARK: Tools

    static let tools: [JSONValue] = [
        .object([
            "name": .string("check_text"),
            "title": .string("Check a translation"),
            "description": .string(
                """
                Lint a text (typically machine-translated news) and return mtlint's findings: rule id, severity, \
                message, the flagged text and its place (1-based line and column in UTF-16 code units, and the \
                UTF-16 offset and length in the text), suggestions, and fixes marked safe or needs-review.
                """),
            "inputSchema": .object([
                "type": .string("object"),
                "properties": .object([
                    "text": .object(["type": .string("string"), "description": .string("The text to check.")]),
                    "language": .object([
                        "type": .string("string"),
                        "description": .string(
                            "Its language as a BCP 47 tag (it, fr, es, de, pt, en, pt-BR ...); detected when left out or `auto`."),
                    ]),
                    "source": .object([
                        "type": .string("string"),
                        "description": .string(
                            "The source the text was translated from, when it is a translation: the two are aligned sentence by sentence and the source/* rules run too (omissions, figures changed in translation ...)."
                        ),
                    ]),
                    "source_language": .object([
                        "type": .string("string"),
                        "description": .string("The source's language as a BCP 47 tag (zh, en ...); detected when left out or `auto`."),
                    ]),
                ]),
                "required": .array([.string("text")]),
            ]),
            "outputSchema": CheckTextOutput.schema,
        ]),
        .object([
            "name": .string("list_rules"),
            "title": .string("List mtlint's rules"),
            "description": .string("Every rule: id, default severity, category, one-line summary."),
            "inputSchema": .object(["type": .string("object"), "properties": .object([:])]),
        ]),
        .object([
            "name": .string("explain_rule"),
            "title": .string("Explain a rule"),
            "description": .string("Why a rule exists, what it flags and what it leaves alone, with examples."),
            "inputSchema": .object([
                "type": .string("object"),
                "properties": .object([
                    "rule": .object(["type": .string("string"), "description": .string("A rule id, e.g. figure/garbled-scale.")])
                ]),
                "required": .array([.string("rule")]),
            ]),
        ]),
    ]

    /// Runs a tool. A wrong argument the agent can correct (a language that is not one, a
    /// rule that does not exist) is a tool error it reads; a missing argument or an unknown
    /// tool is a protocol error.
    static func call(_ name: String, arguments: [String: JSONValue], checker: TextChecker) throws -> ToolResult {
        switch name {
        case "check_text":
            guard let text = arguments["text"]?.string else { throw JSONRPCError.invalidParams("check_text needs `text`, a string") }
            var language: ICULocale?
            if let code = arguments["language"]?.string, !code.isEmpty, code.lowercased() != "auto" {
                do { language = try LanguageTag.locale(for: code) } catch { return toolError("language: \(error)") }
            }
            var sourceLanguage: ICULocale?
            if let code = arguments["source_language"]?.string, !code.isEmpty, code.lowercased() != "auto" {
                do { sourceLanguage = try LanguageTag.locale(for: code) } catch { return toolError("source_language: \(error)") }
            }
            if let source = arguments["source"], source.string == nil, source != .null {
                throw JSONRPCError.invalidParams("check_text's `source` is a string: the text the translation was made from")
            }
            let options = TextChecker.Options(language: language, source: arguments["source"]?.string, sourceLanguage: sourceLanguage)
            let result: TextChecker.Result
            do { result = try checker.check(text, options: options) } catch {
                return toolError("the text could not be analyzed: \(error)")
            }
            let output = CheckTextOutput(result.report)
            return ToolResult(text: output.json, structured: try JSONValue(encoding: output))
        case "list_rules":
            let rules = RuleRegistry.all.map { $0.metadata }
            let text = rules.map { "\($0.id) (\($0.severity.rawValue), \($0.category.rawValue)): \($0.summary)" }.joined(separator: "\n")
            return ToolResult(text: text)
        case "explain_rule":
            guard let id = arguments["rule"]?.string else { throw JSONRPCError.invalidParams("explain_rule needs `rule`, a rule id") }
            guard let rule = RuleRegistry.all.first(where: { $0.metadata.id == id })?.metadata else {
                return toolError("no rule `\(id)`; list_rules lists them")
            }
            return ToolResult(text: RuleDocumentation.explanation(of: rule))
        default:
            throw JSONRPCError.invalidParams("no tool `\(name)`; the tools are check_text, list_rules, explain_rule")
        }
    }

    /// A tool's failure, which the agent reads (not a protocol error).
    static func toolError(_ message: String) -> ToolResult {
        ToolResult(text: message, isError: true)
    }

    /// A tool's description as tools/list gives it: the JSON above with its annotations
    /// (every tool only reads its arguments).
    static func annotated(_ tool: JSONValue) -> JSONValue {
        guard case .object(var members) = tool else { return tool }
        members["annotations"] = .object([
            "readOnlyHint": .bool(true), "destructiveHint": .bool(false), "idempotentHint": .bool(true), "openWorldHint": .bool(false),
        ])
        return .object(members)
    }
}

/// What a tool answers: its text (for clients that read only `content`), its structured
/// content when it has one, and whether it failed.
struct ToolResult {
    var text: String
    var structured: JSONValue? = nil
    var isError = false

    /// The result of tools/call.
    var json: JSONValue {
        var members: [String: JSONValue] = [
            "content": .array([.object(["type": .string("text"), "text": .string(text)])]), "isError": .bool(isError),
        ]
        if let structured { members["structuredContent"] = structured }
        return .object(members)
    }
}

/// What `check_text` returns: the findings of one text.
struct CheckTextOutput: Codable {
    struct Finding: Codable {
        var rule: String
        var severity: String
        var category: String
        var message: String
        var text: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        /// UTF-16 offset and length in the text given.
        var offset: Int
        var length: Int
        var suggestions: [String]
        var fixes: [Fix]
    }

    struct Fix: Codable {
        /// `safe` or `needs-review`.
        var applicability: String
        var description: String
        var edits: [Edit]
    }

    struct Edit: Codable {
        var offset: Int
        var length: Int
        var replacement: String
    }

    struct Summary: Codable {
        var errors: Int
        var warnings: Int
        var infos: Int
    }

    var language: String
    var languageSource: String
    var words: Int
    var score: Double
    var findings: [Finding]
    var summary: Summary

    init(_ report: FileReport) {
        language = report.language.tag
        languageSource = report.language.source.rawValue
        words = report.wordCount
        score = report.score.value
        findings = report.diagnostics.map { located in
            Finding(
                rule: located.ruleID, severity: located.severity.rawValue, category: located.diagnostic.category.rawValue,
                message: located.diagnostic.message, text: located.text,
                line: located.location.line, column: located.location.column,
                endLine: located.location.endLine, endColumn: located.location.endColumn,
                offset: located.location.characterOffset, length: located.location.characterLength,
                suggestions: located.diagnostic.suggestions,
                fixes: located.fixes.map { fix in
                    Fix(
                        applicability: fix.applicability.rawValue, description: fix.description,
                        edits: fix.edits.map {
                            Edit(offset: $0.location.characterOffset, length: $0.location.characterLength, replacement: $0.replacement)
                        })
                })
        }
        summary = Summary(errors: report.count(.error), warnings: report.count(.warning), infos: report.count(.info))
    }

    /// The same as JSON text, for clients that read only `content`.
    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    static let schema: JSONValue = {
        func type(_ name: String) -> JSONValue { .object(["type": .string(name)]) }
        let edit: JSONValue = .object([
            "type": .string("object"),
            "properties": .object([
                "offset": type("integer"), "length": type("integer"), "replacement": type("string"),
            ]),
        ])
        let fix: JSONValue = .object([
            "type": .string("object"),
            "properties": .object([
                "applicability": .object(["type": .string("string"), "enum": .array([.string("safe"), .string("needs-review")])]),
                "description": type("string"), "edits": .object(["type": .string("array"), "items": edit]),
            ]),
        ])
        let finding: JSONValue = .object([
            "type": .string("object"),
            "properties": .object([
                "rule": type("string"), "severity": type("string"), "category": type("string"), "message": type("string"),
                "text": type("string"), "line": type("integer"), "column": type("integer"), "endLine": type("integer"),
                "endColumn": type("integer"), "offset": type("integer"), "length": type("integer"),
                "suggestions": .object(["type": .string("array"), "items": type("string")]),
                "fixes": .object(["type": .string("array"), "items": fix]),
            ]), "required": .array(["rule", "severity", "message", "text", "offset", "length"].map { .string($0) }),
        ])
        return .object([
            "type": .string("object"),
            "properties": .object([
                "language": type("string"), "languageSource": type("string"), "words": type("integer"), "score": type("number"),
                "findings": .object(["type": .string("array"), "items": finding]),
                "summary": .object([
                    "type": .string("object"),
                    "properties": .object([
                        "errors": type("integer"), "warnings": type("integer"), "infos": type("integer"),
                    ]),
                ]),
            ]), "required": .array(["language", "findings", "summary"].map { .string($0) }),
        ])
    }()
}
