import Foundation
import MTLint
import MTLintCore

/// The checkers of an editor session, one per configuration file: a document is checked
/// with the `.mtlint.yml` nearest to its folder (so each workspace folder has its own), or
/// with the one file the command line named, or with none. Each is read once and kept.
public final class CheckerDirectory {
    public let configuration: Check.ConfigurationChoice
    public let commandLine: LintSettings.CommandLine
    public let glossaryFiles: [String]
    public let usesDefaultGlossary: Bool
    /// The folder for documents that are not files, and for a relative `--config`.
    public let workingDirectory: String
    private var loaded: [String: Result<TextChecker, ServiceSetupError>] = [:]

    public init(
        configuration: Check.ConfigurationChoice, commandLine: LintSettings.CommandLine = .init(), glossaryFiles: [String] = [],
        usesDefaultGlossary: Bool = true, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.configuration = configuration
        self.commandLine = commandLine
        self.glossaryFiles = glossaryFiles
        self.usesDefaultGlossary = usesDefaultGlossary
        self.workingDirectory = workingDirectory
    }

    /// The checker for a document at `path` (nil: not a file).
    public func checker(for path: String?) -> Result<TextChecker, ServiceSetupError> {
        let resolver = PathResolver(workingDirectory: workingDirectory)
        let file: String?
        switch configuration {
        case .none: file = nil
        case .file(let given): file = resolver.absolute(given)
        case .nearest:
            let folder = path.map { resolver.folder(of: $0) } ?? workingDirectory
            file = ConfigurationFile.discover(from: folder, resolver: resolver)
        }
        let key = file ?? ""
        if let known = loaded[key] { return known }
        let result: Result<TextChecker, ServiceSetupError>
        do {
            result = .success(
                try TextChecker.load(
                    configuration: file.map { .file($0) } ?? .none, commandLine: commandLine,
                    glossaryFiles: glossaryFiles, usesDefaultGlossary: usesDefaultGlossary, resolver: resolver))
        } catch {
            result = .failure(error)
        }
        loaded[key] = result
        return result
    }
}
