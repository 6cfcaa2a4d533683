import ArgumentParser
import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintProtocols
import MTLintServer
import MTLintText

/// The settings a service (`serve`, `lsp`, `mcp`) checks with: the server's own, never a
/// request's. The same names as `mtlint check`'s options.
struct ServiceOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(
            "The language of every text, unless a request names one (BCP 47: it, fr, es ...). Default: the configuration's, else detected.",
            valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("standard, or picky to report typographic conventions too.", valueName: "level"))
    var level: ReportLevel?

    @Option(help: ArgumentHelp("The configuration file to use instead of the nearest .mtlint.yml.", valueName: "file"))
    var config: String?

    @Flag(name: .customLong("no-config"), help: "Ignore .mtlint.yml files.")
    var noConfig = false

    @Option(help: ArgumentHelp("Run this rule or family (figure/*) even if the configuration disables it. Repeatable.", valueName: "rule"))
    var enable: [String] = []

    @Option(help: ArgumentHelp("Do not run this rule or family (figure/*). Repeatable.", valueName: "rule"))
    var disable: [String] = []

    @Option(name: .customLong("glossary"), help: ArgumentHelp("A glossary of entity names (YAML or TBX); repeatable.", valueName: "file"))
    var glossaries: [String] = []

    @Flag(name: .customLong("no-default-glossary"), help: "Do not use the glossary that ships with mtlint.")
    var noDefaultGlossary = false

    func validate() throws {
        if noConfig, let config {
            throw ValidationError("--config \(config) and --no-config contradict each other; give one")
        }
        _ = try commandLine()
    }

    var configuration: Check.ConfigurationChoice { noConfig ? .none : config.map { .file($0) } ?? .nearest }

    func commandLine() throws -> LintSettings.CommandLine {
        func references(_ values: [String], _ option: String) throws -> [RuleReference] {
            try values.map { value in
                do { return try RuleReference(value) } catch { throw ValidationError("\(option): \(error)") }
            }
        }
        var settings = LintSettings.CommandLine(
            level: level, enable: try references(enable, "--enable"), disable: try references(disable, "--disable"))
        if let language {
            do { settings.language = try LanguageTag.locale(for: language) } catch { throw ValidationError("--lang: \(error)") }
        }
        return settings
    }

    /// The checker, or exit code 2 with the configuration's or glossary's error.
    func checker() throws -> TextChecker {
        do {
            return try TextChecker.load(
                configuration: configuration, commandLine: try commandLine(), glossaryFiles: glossaries,
                usesDefaultGlossary: !noDefaultGlossary)
        } catch let error as ServiceSetupError {
            writeError("mtlint: error: \(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}

/// `mtlint serve`: LanguageTool's HTTP API and mtlint's own. See docs/server.md.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve LanguageTool's HTTP API (/v2/check) and mtlint's (/v1/check, /healthz, /metrics).",
        discussion: """
            LanguageTool's clients (its browser add-on, language_tool_python, ...) work unchanged when \
            pointed at http://127.0.0.1:8081. Requests carry text only: the configuration and the \
            glossaries are the server's. Stops on SIGINT or SIGTERM after the requests under way.
            """
    )

    @OptionGroup var service: ServiceOptions

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8081

    @Option(
        name: .customLong("max-text-length"),
        help: ArgumentHelp("The longest text checked, in UTF-8 bytes (HTTP 413 beyond).", valueName: "bytes"))
    var maxTextLength = 1 << 20

    @Option(help: ArgumentHelp("The time limit of a request, queue included, in seconds (HTTP 503 beyond).", valueName: "seconds"))
    var timeout = 10.0

    @Option(name: .customLong("max-checks"), help: ArgumentHelp("Checks run at once. Default: the number of cores.", valueName: "n"))
    var maxChecks: Int?

    @Option(name: .customLong("queue"), help: ArgumentHelp("Requests that may wait for a turn (HTTP 503 when full).", valueName: "n"))
    var queue = 64

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
        if !(1...TextDecoder.maximumByteCount).contains(maxTextLength) {
            throw ValidationError(
                "--max-text-length must be between 1 and \(TextDecoder.maximumByteCount) (1 GiB, the largest file mtlint reads)")
        }
        if !(timeout > 0) || timeout > 86_400 { throw ValidationError("--timeout must be more than 0 and at most 86400 seconds") }
        if let maxChecks, maxChecks < 1 { throw ValidationError("--max-checks must be at least 1") }
        if queue < 0 { throw ValidationError("--queue must be at least 0") }
    }

    func run() throws {
        let checker = try service.checker()
        var configuration = ServerConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxTextLength = maxTextLength
        configuration.timeLimit = .milliseconds(Int64(timeout * 1000))
        if let maxChecks { configuration.maxConcurrentChecks = maxChecks }
        configuration.maxQueuedChecks = queue
        let server = MTLintServer(checker: checker, configuration: configuration)
        let failure = Lock<String?>(nil)
        let finished = DispatchSemaphore(value: 0)
        let host = self.host
        Task {
            do {
                try await server.run(handlingSignals: true) { port in
                    writeError("mtlint: serving on http://\(host):\(port) (LanguageTool's API at /v2, mtlint's at /v1)")
                    Thread.detachNewThread { checker.warmUp() }
                }
            } catch {
                failure.withLock { $0 = "\(error)" }
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.withLock({ $0 }) {
            writeError("mtlint: error: cannot serve on \(host):\(port): \(message)")
            throw ExitCode(ExitStatus.usage)
        }
    }
}

/// `mtlint lsp`: a language server over standard input and output.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run a language server (LSP) over standard input and output, for editors.",
        discussion: "Each document is checked with the .mtlint.yml nearest to its folder, unless --config or --no-config says otherwise."
    )

    @OptionGroup var service: ServiceOptions

    func run() throws {
        let directory = CheckerDirectory(
            configuration: service.configuration, commandLine: try service.commandLine(),
            glossaryFiles: service.glossaries, usesDefaultGlossary: !service.noDefaultGlossary)
        let server = LanguageServer { directory.checker(for: $0) }
        StdioSession.run(framing: .contentLength) { items in
            (server.handle(items), server.exitCode != nil)
        }
        let code = server.exitCode ?? 1
        if code != 0 { throw ExitCode(code) }
    }
}

/// `mtlint mcp`: a Model Context Protocol server over standard input and output.
struct MCPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Run a Model Context Protocol server over standard input and output, with the tool check_text.",
        discussion: "For AI agents: check_text (text, language) returns the findings; list_rules and explain_rule describe the rules."
    )

    @OptionGroup var service: ServiceOptions

    func run() throws {
        MCPServer(checker: try service.checker()).run()
    }
}
