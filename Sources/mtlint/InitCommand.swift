import ArgumentParser
import Foundation
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// `mtlint init`: writes a commented default .mtlint.yml to start from.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented default configuration file (.mtlint.yml)."
    )

    @Argument(help: ArgumentHelp("Where to write it.", valueName: "file"))
    var file = ConfigurationFile.fileName

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func run() throws {
        if !force, FileManager.default.fileExists(atPath: file) {
            writeError("mtlint: error: \(file) exists; give --force to replace it")
            throw ExitCode(ExitStatus.usage)
        }
        // Written as --write-baseline writes: through a link, never into a FIFO or a device,
        // never creating a folder, atomically (see OutputFile).
        do { try OutputFile(path: file, what: "the configuration", reading: []).write(ConfigurationTemplate.text) } catch {
            writeError("mtlint: error: \(error)")
            throw ExitCode(ExitStatus.writeFailure)
        }
        writeOutput("wrote \(file); docs/configuration.md describes every key\n", what: "the confirmation")
    }
}
