import Foundation
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// The real file system, except that the folders named in `unlistable` cannot be listed, as
/// a folder without read permission cannot, for anyone but root (who runs the tests in CI).
private struct UnlistableFolders: FileSystemAccess {
    let unlistable: Set<String>
    let system = SystemFileSystem()

    func status(of path: [UInt8], followingLinks: Bool) throws(FileSystemError) -> FileStatus {
        try system.status(of: path, followingLinks: followingLinks)
    }

    func entries(ofFolder path: [UInt8]) throws(FileSystemError) -> [FolderEntry] {
        if unlistable.contains(String(decoding: path, as: UTF8.self)) { throw FileSystemError(code: EACCES) }
        return try system.entries(ofFolder: path)
    }
}

/// A fresh folder under the system's temporary folder, removed when the value goes away.
private final class Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("mtlint-walk-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ names: String...) throws {
        for name in names {
            let file = path + "/" + name
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data("Testo.\n".utf8).write(to: URL(fileURLWithPath: file))
        }
    }
}

/// An input as one line: `file PATH` or `problem PATH: MESSAGE`, so that a whole list compares at once.
private func describe(_ input: (source: InputSource?, problem: InputProblem?)) -> String {
    if let problem = input.problem { return "problem \(problem)" }
    return "file \(input.source?.displayPath ?? "?")"
}

@Suite("InputCollector: the folder walk")
struct InputCollectorTests {
    @Test("a subfolder that cannot be listed is a problem in its sorted place; the rest is still found")
    func unlistableSubfolder() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "chiusa/dentro.txt", "z/ultimo.txt")
        var collector = InputCollector()
        collector.fileSystem = UnlistableFolders(unlistable: [scratch.path + "/chiusa"])
        let collection = collector.collect([scratch.path])
        #expect(
            collection.inputs.map(describe) == [
                "file \(scratch.path)/a.txt",
                "problem \(scratch.path)/chiusa: cannot list this folder (permission denied); its files are not linted",
                "file \(scratch.path)/z/ultimo.txt",
            ])
        #expect(collection.notes.isEmpty)
    }

    @Test("a folder named on the command line that cannot be listed is one problem, not also `no text files`")
    func unlistableRoot() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt")
        var collector = InputCollector()
        collector.fileSystem = UnlistableFolders(unlistable: [scratch.path])
        #expect(
            collector.collect([scratch.path]).inputs.map(describe) == [
                "problem \(scratch.path): cannot list this folder (permission denied); its files are not linted"
            ])
    }

    @Test("a link to a folder found elsewhere in the tree is not followed; the real path is kept")
    func linkedFolderSearchedOnce() throws {
        let scratch = try Scratch()
        try scratch.write("m/n/vero.txt")
        // Found before `m` in sorted order, at a shallower depth than the real folder.
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/a", withDestinationPath: "m/n")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/m/n/giro", withDestinationPath: "../..")
        #expect(InputCollector().collect([scratch.path]).inputs.map(describe) == ["file \(scratch.path)/m/n/vero.txt"])
    }

    @Test("the same folder given twice, or a file inside it given too, is listed once")
    func duplicatesOnce() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt")
        let inputs = InputCollector().collect([scratch.path, scratch.path + "/a.txt", scratch.path + "/"]).inputs
        #expect(inputs.map(describe) == ["file \(scratch.path)/a.txt"])
    }
}
