import Foundation
import Hummingbird
import ICU
import Logging
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// What `mtlint serve` is started with; the defaults are those of the command line.
public struct ServerConfiguration: Sendable {
    /// The address to listen on. The default serves this machine only.
    public var host = "127.0.0.1"
    /// LanguageTool's own port, where its clients look for a local server; 0 for any free one.
    public var port = 8081
    /// The longest text checked, in UTF-8 bytes (HTTP 413 beyond it). For annotated text
    /// (`data`) the whole document counts, markup included.
    public var maxTextLength = 1 << 20
    /// The longest a request may wait for a turn and be checked (HTTP 503 beyond it).
    public var timeLimit: Duration = .seconds(10)
    /// Checks run at once; the others wait in the queue.
    public var maxConcurrentChecks = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Requests that may wait for a turn (HTTP 503 when it is full).
    public var maxQueuedChecks = 64
    /// Whether Hummingbird's warnings and errors go to stderr (tests, which stop servers by
    /// cancelling them, turn them off).
    public var logsProblems = true

    public init() {}

    /// The largest request body read: a form-encoded text takes up to three bytes for one
    /// (`%C3`), plus the other fields. A larger body is refused before it is read (413).
    /// Saturated, not wrapped: a limit near Int.max once overflowed here and stopped the server.
    public var maxBodyLength: Int {
        let (tripled, overflow) = max(0, maxTextLength).multipliedReportingOverflow(by: 3)
        return overflow || tripled > Int.max - 64 * 1024 ? Int.max : tripled + 64 * 1024
    }
}

/// `mtlint serve`: LanguageTool's HTTP API where its clients need it (`/v2/check`,
/// `/v2/languages`, `/v2/info`) and mtlint's own (`/v1/check` answering the JSON report,
/// `/healthz`, `/metrics`). Requests carry text, never a path: the configuration and the
/// glossaries are the server's, read once at start (TextChecker).
public final class MTLintServer: Sendable {
    public let checker: TextChecker
    public let configuration: ServerConfiguration
    public let scheduler: CheckScheduler
    public let metrics = ServerMetrics()

    /// The routes metrics name; any other path is counted as `other`.
    static let routes: Set<String> = ["/v2/check", "/v2/languages", "/v2/info", "/v1/check", "/healthz", "/metrics"]

    public init(checker: TextChecker, configuration: ServerConfiguration = ServerConfiguration()) {
        self.checker = checker
        self.configuration = configuration
        scheduler = CheckScheduler(
            maxRunning: configuration.maxConcurrentChecks, maxQueued: configuration.maxQueuedChecks,
            timeLimit: configuration.timeLimit)
    }

    /// Serves until the task is cancelled (or, with `handlingSignals`, until SIGINT or
    /// SIGTERM, finishing the requests under way). `onListening` gets the port, once bound.
    public func run(handlingSignals: Bool = false, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        // Hummingbird's own notes (a line per start) are left out; the command line says
        // where it listens. Its warnings and errors still go to stderr.
        var logger = Logger(label: "mtlint.serve")
        logger.logLevel = configuration.logsProblems ? .warning : .critical
        let application = Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "mtlint"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        if handlingSignals {
            try await application.runService()
        } else {
            try await application.run()
        }
    }

    func makeRouter() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: MetricsMiddleware(metrics: metrics))
        router.get("/healthz") { _, _ in Self.text("ok\n") }
        router.get("/metrics") { _, _ in
            let load = self.scheduler.load
            return Self.text(
                self.metrics.render(running: load.running, queued: load.queued), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        router.get("/v2/languages") { _, _ in Self.json(LanguageToolLanguages.all) }
        router.get("/v2/info") { _, _ in Self.json(["software": LanguageToolResponse.Software.mtlint]) }
        router.get("/v2/check") { request, _ in
            await self.languageToolCheck(query: request.uri.query, body: nil)
        }
        router.post("/v2/check") { request, _ in
            var request = request
            switch await self.body(of: &request) {
            case .failure(let error): return error.response
            case .success(let body): return await self.languageToolCheck(query: request.uri.query, body: body)
            }
        }
        router.post("/v1/check") { request, _ in
            var request = request
            switch await self.body(of: &request) {
            case .failure(let error): return error.response
            case .success(let body): return await self.mtlintCheck(body: body)
            }
        }
        return router
    }

    // MARK: LanguageTool's /v2/check

    func languageToolCheck(query: String?, body: String?) async -> Response {
        var fields: [String: String]
        do {
            fields = try FormFields.decode(query ?? "")
            // Body fields win over the query's, as in LanguageTool.
            for (name, value) in try FormFields.decode(body ?? "") { fields[name] = value }
        } catch {
            return Self.languageToolError(.badRequest, error.description)
        }
        let request: LanguageToolRequest
        do { request = try LanguageToolRequest(fields: fields) } catch {
            return Self.languageToolError(.badRequest, error.description)
        }
        let length = request.text.originalText.utf8.count
        if length > configuration.maxTextLength {
            return Self.languageToolError(.contentTooLarge, Self.tooLong(length, configuration.maxTextLength))
        }
        let options = TextChecker.Options(
            language: request.language, rules: request.rules(from: checker.defaultRules), level: request.level)
        switch await check(request.text.plainText, options) {
        case .failure(let error): return error.response
        case .success(let result): return Self.json(LanguageToolResponse(request: request, result: result))
        }
    }

    // MARK: mtlint's /v1/check

    /// `{"text": "...", "language": "it"}`; `language` may be left out or `auto`. With
    /// `source` (and optionally `sourceLanguage`), the text is a translation of it: the two
    /// are aligned sentence by sentence and the `source/*` rules run too.
    struct CheckBody: Decodable {
        var text: String
        var language: String?
        var source: String?
        var sourceLanguage: String?
    }

    func mtlintCheck(body: String) async -> Response {
        let decoded: CheckBody
        do {
            decoded = try JSONDecoder().decode(CheckBody.self, from: Data(body.utf8))
        } catch {
            return Self.mtlintError(.badRequest, "the body is not JSON like {\"text\": \"...\", \"language\": \"it\"}")
        }
        var language: ICULocale?
        if let code = decoded.language, code.lowercased() != "auto" {
            do { language = try LanguageTag.locale(for: code) } catch { return Self.mtlintError(.badRequest, "language: \(error)") }
        }
        var sourceLanguage: ICULocale?
        if let code = decoded.sourceLanguage, code.lowercased() != "auto" {
            do { sourceLanguage = try LanguageTag.locale(for: code) } catch {
                return Self.mtlintError(.badRequest, "sourceLanguage: \(error)")
            }
        }
        // The limit is on the text checked and its source together: both are analyzed.
        let length = decoded.text.utf8.count + (decoded.source?.utf8.count ?? 0)
        if length > configuration.maxTextLength {
            return Self.mtlintError(.contentTooLarge, Self.tooLong(length, configuration.maxTextLength))
        }
        let options = TextChecker.Options(language: language, source: decoded.source, sourceLanguage: sourceLanguage)
        switch await check(decoded.text, options) {
        case .failure(let error): return error.response
        case .success(let result):
            let enabled = Set(checker.defaultRules.enabled)
            let rules = Self.ruleMetadata.filter { enabled.contains($0.id) }
            let report = JSONReporter().render(LintRun(outcomes: [.linted(result.report)], rules: rules))
            return Self.text(report, contentType: "application/json; charset=utf-8")
        }
    }

    // MARK: Shared

    /// Every rule's metadata, in the registry's order.
    public static var ruleMetadata: [RuleMetadata] { RuleRegistry.all.map { $0.metadata } }

    /// Checks a text on the scheduler; the failure is the answer to send (503 or 500).
    func check(_ text: String, _ options: TextChecker.Options) async -> Result<TextChecker.Result, ErrorResponse> {
        let checker = self.checker
        let outcome = await scheduler.run { () -> Result<TextChecker.Result, TextCheckError> in
            do throws(TextCheckError) { return .success(try checker.check(text, options: options)) } catch { return .failure(error) }
        }
        switch outcome {
        case .failure(.queueFull):
            let load = scheduler.load
            return .failure(
                ErrorResponse(
                    Self.languageToolError(
                        .serviceUnavailable,
                        "the server is busy (\(load.running) checks running, \(load.queued) waiting); try again later")))
        case .failure(.timedOut):
            return .failure(
                ErrorResponse(
                    Self.languageToolError(
                        .serviceUnavailable,
                        "the check took longer than the server's limit of \(Self.seconds(configuration.timeLimit)) s; try a shorter text")))
        case .success(.failure(let error)):
            return .failure(ErrorResponse(Self.languageToolError(.internalServerError, "the text could not be checked: \(error)")))
        case .success(.success(let result)):
            metrics.recordCheck(ruleIDs: result.report.diagnostics.map { $0.ruleID }, characters: result.document.text.count)
            return .success(result)
        }
    }

    /// A response standing for an error, as a Result's failure.
    struct ErrorResponse: Error {
        let response: Response
        init(_ response: Response) { self.response = response }
    }

    /// The body as text, read up to the limit: a larger one (by its Content-Length, or as it
    /// arrives) is refused with 413 before the rest is read.
    func body(of request: inout Request) async -> Result<String, ErrorResponse> {
        let limit = configuration.maxBodyLength
        if let declared = request.headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            return .failure(
                ErrorResponse(
                    Self.languageToolError(.contentTooLarge, "the request body is \(declared) bytes, over the server's limit of \(limit)")))
        }
        do {
            let buffer = try await request.collectBody(upTo: limit)
            return .success(String(decoding: buffer.readableBytesView, as: UTF8.self))
        } catch {
            return .failure(
                ErrorResponse(Self.languageToolError(.contentTooLarge, "the request body is over the server's limit of \(limit) bytes")))
        }
    }

    static func tooLong(_ length: Int, _ limit: Int) -> String {
        "the text is \(length) bytes long, over the server's limit of \(limit) bytes (mtlint serve --max-text-length)"
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return value == value.rounded() ? String(Int(value)) : String(format: "%.3g", value)
    }

    static func text(_ body: String, status: HTTPResponse.Status = .ok, contentType: String = "text/plain; charset=utf-8") -> Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    static func json(_ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return text(String(decoding: try encoder.encode(value), as: UTF8.self), contentType: "application/json; charset=utf-8")
        } catch {
            return text("Error: the answer could not be encoded: \(error)\n", status: .internalServerError)
        }
    }

    /// LanguageTool answers errors as plain text, `Error: ...`; its clients show it as is.
    static func languageToolError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        text("Error: \(message)\n", status: status)
    }

    /// mtlint's own API answers errors as JSON: `{"error": "..."}`.
    static func mtlintError(_ status: HTTPResponse.Status, _ message: String) -> Response {
        var response = json(["error": message])
        response.status = status
        return response
    }
}

/// Counts every answer (errors too) by route and status, with its latency.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let path = request.uri.path
        let route = MTLintServer.routes.contains(path) ? path : "other"
        func record(_ status: Int) {
            let elapsed = ContinuousClock.now - start
            metrics.recordRequest(
                route: route, status: status,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        do {
            let response = try await next(request, context)
            record(response.status.code)
            return response
        } catch let error as any HTTPResponseError {
            record(error.status.code)
            throw error
        } catch {
            record(500)
            throw error
        }
    }
}
