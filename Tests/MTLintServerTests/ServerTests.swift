import Foundation
import MTLint
import MTLintCore
import MTLintReport
import MTLintServer
import Testing

/// mtlint's own routes and the server's limits, over a real socket.
@Suite struct ServerTests {
    @Test func v1CheckAnswersTheJSONReportUnchanged() async throws {
        try await withServer { _, port in
            let body = try JSONSerialization.data(withJSONObject: ["text": italianSample, "language": "it"])
            let answer = try await http(port, "POST", "/v1/check", body: body, headers: ["Content-Type": "application/json"])
            #expect(answer.status == 200)
            // The same bytes as the JSON reporter writes for the same text.
            let result = try sharedChecker.check(italianSample, options: TextChecker.Options(language: try LanguageTag.locale(for: "it")))
            // No excerpts are made for a request: no answer shows them.
            #expect(!result.report.diagnostics.isEmpty && result.report.diagnostics.allSatisfy { $0.excerpt == nil })
            let expected = JSONReporter().render(
                LintRun(outcomes: [.linted(result.report)], rules: RuleRegistryRules.enabled(sharedChecker)))
            #expect(answer.body == expected)
            let json = try answer.json()
            #expect(json["version"] as? Int == 1)
            let file = try #require((json["files"] as? [[String: Any]])?.first)
            #expect(file["path"] as? String == "<text>")
            #expect(file["language"] as? String == "it")
            #expect(file["languageReason"] as? String == "given in the request")
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.map { $0["rule"] as? String } == ["figure/garbled-scale", "text/repeated-word"])
            // Byte offsets of the UTF-8 text, as in a file.
            #expect(diagnostics.map { $0["offset"] as? Int } == [33, 65])
        }
    }

    /// With `source`, the text is a translation of it: the source/* rules run too, and the
    /// report is otherwise the same as without (the monolingual findings unchanged).
    @Test func v1CheckWithASourceRunsTheSourceRules() async throws {
        let source = "公司周二发布了新模型。公司当天宣布裁员1200人。它计划投资10亿美元建设数据中心。"
        let text = "Martedì l'azienda ha presentato un nuovo modello. Prevede di investire 10 Cento milioni di dollari in centri dati."
        try await withServer { _, port in
            let body = try JSONSerialization.data(withJSONObject: [
                "text": text, "language": "it", "source": source, "sourceLanguage": "zh",
            ])
            let answer = try await http(port, "POST", "/v1/check", body: body, headers: ["Content-Type": "application/json"])
            #expect(answer.status == 200)
            let json = try answer.json()
            #expect(json["version"] as? Int == 1)
            let file = try #require((json["files"] as? [[String: Any]])?.first)
            #expect(file["path"] as? String == "<text>")
            let diagnostics = try #require(file["diagnostics"] as? [[String: Any]])
            #expect(
                diagnostics.map { $0["rule"] as? String } == ["source/omission", "figure/garbled-scale", "source/figure-mismatch"])
            // The omission stands just after `modello.`; its related place is the source's sentence.
            #expect(diagnostics[0]["offset"] as? Int == "Martedì l'azienda ha presentato un nuovo modello.".utf8.count)
            let omitted = try #require((diagnostics[0]["related"] as? [[String: Any]])?.first)
            #expect(omitted["path"] as? String == "<source>")
            #expect(omitted["text"] as? String == "公司当天宣布裁员1200人。")
            #expect(omitted["offset"] as? Int == "公司周二发布了新模型。".utf8.count)
            #expect(diagnostics[2]["suggestions"] as? [String] == ["1 miliardo"])

            // Without the source, the same text gives only the monolingual finding.
            let alone = try await http(
                port, "POST", "/v1/check", body: try JSONSerialization.data(withJSONObject: ["text": text, "language": "it"]))
            let aloneFile = try #require((try alone.json()["files"] as? [[String: Any]])?.first)
            #expect((aloneFile["diagnostics"] as? [[String: Any]])?.map { $0["rule"] as? String } == ["figure/garbled-scale"])

            let badSourceLanguage = try await http(
                port, "POST", "/v1/check", body: Data(#"{"text":"Ciao.","source":"你好。","sourceLanguage":"qq"}"#.utf8))
            #expect(badSourceLanguage.status == 400)
            #expect((try badSourceLanguage.json()["error"] as? String)?.hasPrefix("sourceLanguage: ") == true)
        }
    }

    @Test func v1CheckRefusesBadBodies() async throws {
        try await withServer { _, port in
            let notJSON = try await http(port, "POST", "/v1/check", body: Data("text=a".utf8))
            #expect(notJSON.status == 400)
            #expect(try notJSON.json()["error"] as? String == "the body is not JSON like {\"text\": \"...\", \"language\": \"it\"}")
            let badLanguage = try await http(port, "POST", "/v1/check", body: Data(#"{"text":"Ciao.","language":"qq"}"#.utf8))
            #expect(badLanguage.status == 400)
            let path = try await http(port, "POST", "/v1/check", body: Data(#"{"path":"/etc/passwd"}"#.utf8))
            #expect(path.status == 400)
        }
    }

    @Test func healthz() async throws {
        try await withServer { _, port in
            let answer = try await http(port, "GET", "/healthz")
            #expect(answer.status == 200)
            #expect(answer.body == "ok\n")
        }
    }

    @Test func textOverTheLimitIs413() async throws {
        var configuration = ServerConfiguration()
        configuration.maxTextLength = 10
        try await withServer(configuration) { _, port in
            let long = try await http(port, "POST", "/v2/check", body: form([("text", "Dodici byte!"), ("language", "it")]))
            #expect(long.status == 413)
            #expect(long.body == "Error: the text is 12 bytes long, over the server's limit of 10 bytes (mtlint serve --max-text-length)\n")
            let fits = try await http(port, "POST", "/v2/check", body: form([("text", "Dieci byte"), ("language", "it")]))
            #expect(fits.status == 200)
            let v1 = try await http(port, "POST", "/v1/check", body: Data(#"{"text":"Dodici byte!"}"#.utf8))
            #expect(v1.status == 413)
            // The text and its source count together: both are analyzed.
            let withSource = try await http(port, "POST", "/v1/check", body: Data(#"{"text":"Sei b.","source":"Six b."}"#.utf8))
            #expect(withSource.status == 413)
        }
    }

    @Test func bodyOverTheCapIsRefusedBeforeItIsRead() async throws {
        var configuration = ServerConfiguration()
        configuration.maxTextLength = 10
        try await withServer(configuration) { _, port in
            // A length declared far past the cap, and no body sent: the answer comes at once,
            // without waiting for bytes that never arrive.
            let declared = configuration.maxBodyLength + 1
            let answer = try await http(port, "POST", "/v2/check", body: Data(), declaredLength: declared)
            #expect(answer.status == 413)
            #expect(
                answer.body == "Error: the request body is \(declared) bytes, over the server's limit of \(configuration.maxBodyLength)\n")
            // A body past the cap sent without a length (chunked) is cut off as it arrives.
            let chunk = String(repeating: "a", count: configuration.maxBodyLength + 10)
            let chunked = Data("\(String(chunk.utf8.count, radix: 16))\r\n\(chunk)\r\n0\r\n\r\n".utf8)
            let streamed = try await http(port, "POST", "/v2/check", body: chunked, headers: ["Transfer-Encoding": "chunked"])
            #expect(streamed.status == 413)
        }
    }

    @Test func fullQueueIs503() async throws {
        var configuration = ServerConfiguration()
        configuration.maxConcurrentChecks = 1
        configuration.maxQueuedChecks = 0
        try await withServer(configuration) { server, port in
            #expect(server.scheduler.occupy())
            defer { server.scheduler.release() }
            let answer = try await http(port, "POST", "/v2/check", body: form([("text", "Ciao."), ("language", "it")]))
            #expect(answer.status == 503)
            #expect(answer.body == "Error: the server is busy (1 checks running, 0 waiting); try again later\n")
        }
    }

    @Test func timeLimitIs503() async throws {
        var configuration = ServerConfiguration()
        configuration.maxConcurrentChecks = 1
        configuration.maxQueuedChecks = 1
        configuration.timeLimit = .milliseconds(1)
        try await withServer(configuration) { server, port in
            // The only turn is taken: the request waits in the queue until its time is up.
            #expect(server.scheduler.occupy())
            defer { server.scheduler.release() }
            let answer = try await http(port, "POST", "/v2/check", body: form([("text", "Ciao."), ("language", "it")]))
            #expect(answer.status == 503)
            #expect(answer.body == "Error: the check took longer than the server's limit of 0.001 s; try a shorter text\n")
            #expect(server.scheduler.load.queued == 0)
        }
    }

    @Test func queuedRequestRunsWhenATurnFrees() async throws {
        let scheduler = CheckScheduler(maxRunning: 1, maxQueued: 1, timeLimit: .seconds(60))
        #expect(scheduler.occupy())
        async let waiting = scheduler.run { 42 }
        // Wait until the request is queued, then free the turn.
        while scheduler.load.queued == 0 { try await Task.sleep(for: .milliseconds(5)) }
        scheduler.release()
        #expect(await waiting == .success(42))
        #expect(scheduler.load.running == 0)
    }

    @Test func metricsCountRequestsLatencyAndFindings() async throws {
        try await withServer { _, port in
            _ = try await http(port, "POST", "/v2/check", body: form([("text", italianSample), ("language", "it")]))
            _ = try await http(port, "POST", "/v2/check", body: form([("language", "it")]))
            _ = try await http(port, "GET", "/nowhere")
            let answer = try await http(port, "GET", "/metrics")
            #expect(answer.status == 200)
            #expect(answer.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
            let lines = Set(answer.body.split(separator: "\n").map(String.init))
            #expect(lines.contains(#"mtlint_http_requests_total{route="/v2/check",status="200"} 1"#))
            #expect(lines.contains(#"mtlint_http_requests_total{route="/v2/check",status="400"} 1"#))
            #expect(lines.contains(#"mtlint_http_requests_total{route="other",status="404"} 1"#))
            #expect(lines.contains(#"mtlint_http_request_duration_seconds_count{route="/v2/check"} 2"#))
            #expect(lines.contains(#"mtlint_http_request_duration_seconds_bucket{route="/v2/check",le="+Inf"} 2"#))
            #expect(lines.contains(#"mtlint_findings_total{rule="figure/garbled-scale"} 1"#))
            #expect(lines.contains(#"mtlint_findings_total{rule="text/repeated-word"} 1"#))
            #expect(lines.contains("mtlint_checks_running 0"))
            #expect(lines.contains("# TYPE mtlint_http_request_duration_seconds histogram"))
        }
    }

    @Test func serverSettingsApplyToRequests() async throws {
        // The server's settings (here: text/repeated-word disabled, as --disable does) hold
        // for every request; a request cannot name a configuration file.
        var settings = LintSettings()
        settings.rules = RuleSettings.resolve([RuleSettings.Layer(disable: [try RuleReference("text/repeated-word")])])
        let checker = TextChecker(settings: settings)
        try await withServer(checker: checker) { _, port in
            let answer = try await http(
                port, "POST", "/v2/check", body: form([("text", italianSample), ("language", "it"), ("config", "/etc/passwd")]))
            #expect(answer.status == 200)
            let ids = try (answer.json()["matches"] as? [[String: Any]] ?? []).compactMap {
                ($0["rule"] as? [String: Any])?["id"] as? String
            }
            #expect(ids == ["figure/garbled-scale"])
        }
    }

    /// Found by an audit of the services: a text limit near Int.max made the body limit
    /// overflow (a trap) or wrap below zero (a trap in swift-nio on the first POST). It
    /// saturates now, and `mtlint serve` refuses a text limit over 1 GiB.
    @Test func bodyLimitSaturates() {
        var configuration = ServerConfiguration()
        configuration.maxTextLength = 10
        #expect(configuration.maxBodyLength == 30 + 64 * 1024)
        for limit in [Int.max, 3_074_457_345_618_236_758, 3_074_457_345_618_258_603] {
            configuration.maxTextLength = limit
            #expect(configuration.maxBodyLength == Int.max)
        }
    }
}

/// The metadata of the rules a checker runs, as the server lists them in a report.
enum RuleRegistryRules {
    static func enabled(_ checker: TextChecker) -> [RuleMetadata] {
        let enabled = Set(checker.defaultRules.enabled)
        return MTLintServer.ruleMetadata.filter { enabled.contains($0.id) }
    }

}
