import ArgumentParser
import Foundation
import ICU
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// `mtlint`: the root command. `check` is the default, so `mtlint article.txt` lints.
struct MTLintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mtlint",
        abstract: "Lint machine-translated text: garbled figures, inconsistent names, broken sentences.",
        discussion: """
            Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; \
            2 usage or configuration error, or the report or the baseline could not be \
            written; 3 some input could not be read (the rest is still linted and reported).
            """,
        version: versionLine,
        subcommands: [
            CheckCommand.self, AlignCommand.self, SummaryCommand.self, InitCommand.self, RulesCommand.self, ExplainCommand.self,
            ServeCommand.self, LSPCommand.self, MCPCommand.self, VersionCommand.self,
        ],
        defaultSubcommand: CheckCommand.self
    )

    static var versionLine: String { "\(ToolInfo.name) \(ToolInfo.version) (ICU \(icuVersion))" }

    /// Runs the command line and exits with mtlint's exit codes: the argument parser's usage
    /// errors (its code 64) become 2, as DESIGN.md promises.
    static func runAsCommandLine() -> Never {
        do {
            var command = try parseAsRoot()
            try command.run()
            Foundation.exit(0)
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { writeOutput(message + "\n", what: message == versionLine ? "the version" : "the help") }
                Foundation.exit(0)
            }
            writeErrorLines(escapingArguments(in: message))
            Foundation.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}

extension MTLintCommand {
    /// The parser's message with each typed value that holds control characters escaped as
    /// a whole (PrintableText), so that a line feed inside a value cannot start a line of its
    /// own; the message's own line feeds stay.
    static func escapingArguments(in message: String) -> String {
        var message = message
        for argument in CommandLine.arguments.dropFirst() where argument.unicodeScalars.contains(where: PrintableText.isEscaped) {
            // `--format=value` is quoted as its value.
            let value = argument.firstIndex(of: "=").map { String(argument[argument.index(after: $0)...]) }
            for typed in [argument, value].compactMap({ $0 }) where !typed.isEmpty {
                message = message.replacingOccurrences(of: typed, with: PrintableText.line(typed))
            }
        }
        return message
    }
}

/// The exit codes of DESIGN.md, as the library's CheckStatus gives them, for the commands
/// that do not run a check.
enum ExitStatus {
    static let clean = CheckStatus.clean.rawValue
    static let findings = CheckStatus.findings.rawValue
    static let usage = CheckStatus.usage.rawValue
    static let writeFailure = CheckStatus.writeFailure.rawValue
    static let unreadableInput = CheckStatus.unreadableInput.rawValue
}
