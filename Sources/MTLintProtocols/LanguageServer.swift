import Foundation
import MTLint
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintText

/// `mtlint lsp`: a language server (LSP 3.17) for editors. It keeps the open documents,
/// lints each one when it is opened, changed or saved, publishes the findings as
/// diagnostics (positions in UTF-16 code units, as the protocol's default says), and answers
/// code actions with the findings' fixes (the safe one marked preferred). Full document
/// sync. Plain text and Markdown (read as plain text, as `mtlint check` does).
///
/// Pure message handling: `handle(_:)` takes the messages that arrived together and returns
/// those to send, so tests drive it in-process; `mtlint lsp` runs it over stdio.
public final class LanguageServer {
    /// Where a document's settings come from: the checker for a file path (nil for a
    /// document that is not a file). The command line makes one that finds the nearest
    /// `.mtlint.yml` per folder, or uses the one it was given.
    public typealias CheckerSource = (_ path: String?) -> Result<TextChecker, ServiceSetupError>

    struct OpenDocument {
        var text: String
        var version: Int?
        /// The findings last published, for code actions.
        var findings: [LocatedDiagnostic] = []
        var linted = false
    }

    private let checkerFor: CheckerSource
    private var documents: [String: OpenDocument] = [:]
    private var initialized = false
    private var shutdownRequested = false
    /// Settings errors already shown, so that each is shown once.
    private var reportedProblems: Set<String> = []
    /// Set by `exit`: 0 after `shutdown`, else 1, as the protocol says.
    public private(set) var exitCode: Int32?

    public init(checkerFor: @escaping CheckerSource) {
        self.checkerFor = checkerFor
    }

    /// Handles messages that arrived together. Documents changed several times in the batch
    /// are linted once, after it, in their last version.
    public func handle(_ items: [JSONRPCStreamReader.Item]) -> [JSONRPCMessage] {
        var replies: [JSONRPCMessage] = []
        var changed: [String] = []
        for item in items {
            switch item {
            case .invalid(let error):
                replies.append(.failure(id: nil, error))
            case .message(let message):
                replies += handle(message, changed: &changed)
            }
        }
        for uri in changed where documents[uri] != nil && documents[uri]?.linted == false {
            replies += publish(uri)
        }
        return replies
    }

    private func handle(_ message: JSONRPCMessage, changed: inout [String]) -> [JSONRPCMessage] {
        guard let method = message.method else { return [] }  // a response to nothing we asked
        let id = message.id
        func reply(_ result: Result<JSONValue, JSONRPCError>) -> [JSONRPCMessage] {
            guard let id else { return [] }
            switch result {
            case .success(let value): return [.response(id: id, result: value)]
            case .failure(let error): return [.failure(id: id, error)]
            }
        }
        if method == "exit" {
            exitCode = shutdownRequested ? 0 : 1
            return []
        }
        if !initialized && method != "initialize" {
            return reply(.failure(JSONRPCError(code: -32002, message: "the server is not initialized")))
        }
        if shutdownRequested && message.isRequest {
            return reply(.failure(.invalidRequest("the server is shutting down")))
        }
        let params = message.params ?? .null
        switch method {
        case "initialize":
            initialized = true
            return reply(.success(Self.initializeResult))
        case "initialized", "$/setTrace", "$/cancelRequest", "workspace/didChangeConfiguration", "workspace/didChangeWatchedFiles",
            "workspace/didChangeWorkspaceFolders":
            return []
        case "shutdown":
            shutdownRequested = true
            return reply(.success(.null))
        case "textDocument/didOpen":
            guard let document = params["textDocument"], let uri = document["uri"]?.string, let text = document["text"]?.string else {
                return []
            }
            documents[uri] = OpenDocument(text: text, version: document["version"]?.int)
            changed.append(uri)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return [] }
            for change in params["contentChanges"]?.array ?? [] {
                guard let text = change["text"]?.string else { continue }
                if let range = change["range"] {
                    document.text = Self.applying(text, at: range, to: document.text)
                } else {
                    document.text = text
                }
            }
            document.version = params["textDocument"]?["version"]?.int ?? document.version
            document.linted = false
            documents[uri] = document
            changed.append(uri)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return [] }
            if let text = params["text"]?.string { document.text = text }
            document.linted = false
            documents[uri] = document
            changed.append(uri)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string else { return [] }
            documents[uri] = nil
            return [.notification("textDocument/publishDiagnostics", params: .object(["uri": .string(uri), "diagnostics": .array([])]))]
        case "textDocument/codeAction":
            guard let uri = params["textDocument"]?["uri"]?.string else { return reply(.failure(.invalidParams("no textDocument.uri"))) }
            var published: [JSONRPCMessage] = []
            if documents[uri]?.linted == false { published = publish(uri) }
            return published + reply(.success(codeActions(uri: uri, params: params)))
        default:
            if message.isRequest { return reply(.failure(.methodNotFound(method))) }
        }
        return []
    }

    static let initializeResult: JSONValue = .object([
        "capabilities": .object([
            "positionEncoding": .string("utf-16"),
            "textDocumentSync": .object([
                "openClose": .bool(true),
                "change": .number(1),
                "save": .object(["includeText": .bool(true)]),
            ]),
            "codeActionProvider": .object(["codeActionKinds": .array([.string("quickfix")])]),
        ]),
        "serverInfo": .object(["name": .string(ToolInfo.name), "version": .string(ToolInfo.version)]),
    ])

    // MARK: Diagnostics

    /// Lints the document and returns its publishDiagnostics notification (and, the first
    /// time a settings file is wrong, a message saying so).
    private func publish(_ uri: String) -> [JSONRPCMessage] {
        guard var document = documents[uri] else { return [] }
        var messages: [JSONRPCMessage] = []
        let path = Self.filePath(of: uri)
        let checker: TextChecker
        switch checkerFor(path) {
        case .success(let found): checker = found
        case .failure(let problem):
            if reportedProblems.insert(problem.description).inserted {
                messages.append(
                    .notification(
                        "window/showMessage",
                        params: .object([
                            "type": .number(1), "message": .string("mtlint: \(problem.description); using the default settings"),
                        ])))
            }
            checker = TextChecker()
        }
        do {
            // Read as `mtlint check` reads the file: by its extension.
            let name = path ?? uri
            let result = try checker.check(
                document.text, options: TextChecker.Options(path: name, format: FormatAssignment().format(for: name)))
            document.findings = result.report.diagnostics
        } catch {
            document.findings = []
            messages.append(
                .notification(
                    "window/logMessage",
                    params: .object([
                        "type": .number(1), "message": .string("mtlint: \(uri) could not be analyzed: \(error)"),
                    ])))
        }
        document.linted = true
        documents[uri] = document
        var params: [String: JSONValue] = [
            "uri": .string(uri), "diagnostics": .array(document.findings.map { Self.diagnostic($0, uri: uri) }),
        ]
        if let version = document.version { params["version"] = .number(Double(version)) }
        messages.append(.notification("textDocument/publishDiagnostics", params: .object(params)))
        return messages
    }

    /// A finding as an LSP Diagnostic.
    static func diagnostic(_ located: LocatedDiagnostic, uri: String) -> JSONValue {
        var diagnostic: [String: JSONValue] = [
            "range": range(located.location),
            "severity": .number(severity(located.severity)),
            "code": .string(located.ruleID),
            "codeDescription": .object(["href": .string(ToolInfo.rulesDocumentationURL + "#" + RuleDocumentation.anchor(located.ruleID))]),
            "source": .string(ToolInfo.name),
            "message": .string(located.diagnostic.message),
        ]
        if !located.related.isEmpty {
            diagnostic["relatedInformation"] = .array(
                located.related.map { place in
                    .object([
                        "location": .object(["uri": .string(uri), "range": range(place.location)]), "message": .string(place.message),
                    ])
                })
        }
        return .object(diagnostic)
    }

    static func severity(_ severity: Severity) -> Double {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// LSP's range: 0-based lines, characters in UTF-16 code units, end exclusive.
    static func range(_ location: Location) -> JSONValue {
        .object([
            "start": .object(["line": .number(Double(location.line - 1)), "character": .number(Double(location.column - 1))]),
            "end": .object(["line": .number(Double(location.endLine - 1)), "character": .number(Double(location.endColumn - 1))]),
        ])
    }

    // MARK: Code actions

    /// The fixes of the findings whose range meets the requested one, as quick fixes: each
    /// fix one action, the safe fix of a finding marked preferred.
    private func codeActions(uri: String, params: JSONValue) -> JSONValue {
        guard let document = documents[uri] else { return .array([]) }
        if let only = params["context"]?["only"]?.array,
            !only.contains(where: { ($0.string ?? "").hasPrefix("quickfix") || $0.string == "" })
        {
            return .array([])
        }
        // A client may send the range's ends in either order; a closed range of them in the
        // wrong order would stop the server.
        let first = Self.position(params["range"]?["start"]), second = Self.position(params["range"]?["end"])
        let requested = min(first, second)...max(first, second)
        var actions: [JSONValue] = []
        for finding in document.findings where !finding.fixes.isEmpty {
            let start = Position(line: finding.location.line - 1, character: finding.location.column - 1)
            let end = Position(line: finding.location.endLine - 1, character: finding.location.endColumn - 1)
            guard start <= requested.upperBound, requested.lowerBound <= end else { continue }
            let diagnostic = Self.diagnostic(finding, uri: uri)
            let preferred = finding.fixes.firstIndex { $0.applicability == .safe }
            for (index, fix) in finding.fixes.enumerated() {
                let edits: [JSONValue] = fix.edits.map { edit in
                    .object(["range": Self.range(edit.location), "newText": .string(edit.replacement)])
                }
                actions.append(
                    .object([
                        "title": .string(fix.description + (fix.applicability == .safe ? "" : " (review)")),
                        "kind": .string("quickfix"),
                        "diagnostics": .array([diagnostic]),
                        "isPreferred": .bool(index == preferred),
                        "edit": .object(["changes": .object([uri: .array(edits)])]),
                    ]))
            }
        }
        return .array(actions)
    }

    struct Position: Comparable {
        var line: Int
        var character: Int
        static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
    }

    static func position(_ value: JSONValue?) -> Position {
        Position(line: value?["line"]?.int ?? 0, character: value?["character"]?.int ?? 0)
    }

    // MARK: Text

    /// The path of a `file:` URI, percent-decoded; nil for other schemes (`untitled:`).
    static func filePath(of uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    /// `text` put in place of `range` (LSP positions, UTF-16) of `document`: an incremental
    /// change, for clients that send them although the server asks for full documents.
    static func applying(_ text: String, at range: JSONValue, to document: String) -> String {
        let units = Array(document.utf16)
        func offset(_ position: Position) -> Int {
            var line = 0, index = 0
            while line < position.line, index < units.count {
                if units[index] == 0x0A || (units[index] == 0x0D && (index + 1 >= units.count || units[index + 1] != 0x0A)) { line += 1 }
                index += 1
            }
            // A negative character counts as the line's start, not a place before it.
            return min(units.count, index + max(0, position.character))
        }
        let start = offset(position(range["start"])), end = max(start, offset(position(range["end"])))
        return String(decoding: units[..<start], as: UTF16.self) + text + String(decoding: units[end...], as: UTF16.self)
    }
}
