import ArgumentParser
import Foundation
import MTLint

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
        do { try ConfigurationTemplate.text.write(toFile: file, atomically: true, encoding: .utf8) } catch {
            writeError("mtlint: error: \(file): cannot write it (\(error.localizedDescription))")
            throw ExitCode(ExitStatus.usage)
        }
        writeOutput("wrote \(file); docs/configuration.md describes every key\n", what: "the confirmation")
    }
}
