import Foundation
import Testing

/// Long enough for a few small files on a busy machine; a run that used to hang is stopped
/// after it and fails.
private let hangLimit: Duration = .seconds(60)

/// Creates a symbolic link `name` in `folder` pointing to `target` (as written, relative or not).
private func link(_ name: String, to target: String, in folder: TemporaryFolder) throws {
    try FileManager.default.createSymbolicLink(
        atPath: folder.url.appendingPathComponent(name).path,
        withDestinationPath: target)
}

/// Creates a FIFO `name` in `folder`.
private func makeFIFO(_ name: String, in folder: TemporaryFolder) throws {
    let path = folder.url.appendingPathComponent(name).path
    try #require(mkfifo(path, 0o644) == 0, "mkfifo \(path): errno \(errno)")
}

/// The paths of a JSON report's files, in its order.
private func reportedPaths(_ stdout: String) throws -> [String] {
    try reportFiles(jsonObject(stdout)).map { $0["path"] as? String ?? "" }
}

@Suite("Folders: link loops, special files, entries that cannot be read")
struct FolderWalkTests {
    // MARK: Links

    @Test("a folder that links to itself is searched once, even with two such links")
    func linkLoops() throws {
        let folder = try TemporaryFolder()
        try folder.write("d/a.txt", repeatedWordLine + "\n")
        try folder.write("d/sotto/LEGGIMI", "")
        try link("d/s1", to: ".", in: folder)
        try link("d/s2", to: ".", in: folder)
        try link("d/sotto/su", to: "..", in: folder)
        let result = folder.run(["--format", "json", "d"], timeout: hangLimit)
        #expect(result.status == Status.clean, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(try reportedPaths(result.stdout) == ["d/a.txt"])
    }

    @Test("links are followed to files and to folders not yet searched; a file is reported under its real path when it has one")
    func linksFollowed() throws {
        let folder = try TemporaryFolder()
        let line = repeatedWordLine + "\n"
        try folder.write("fuori/esterno.txt", line)
        try folder.write("fuori/cartella/dentro.md", line)
        try folder.write("corpus/z/vero.txt", line)
        // `a` sorts before `z` and leads to the same folder: the real path must win.
        try link("corpus/a", to: "z", in: folder)
        try link("corpus/collegato.txt", to: "../fuori/esterno.txt", in: folder)
        try link("corpus/esterna", to: "../fuori/cartella", in: folder)
        let result = folder.run(["--format", "json", "corpus"], timeout: hangLimit)
        #expect(result.status == Status.clean, "stderr: \(result.stderr)")
        #expect(try reportedPaths(result.stdout) == ["corpus/collegato.txt", "corpus/esterna/dentro.md", "corpus/z/vero.txt"])
    }

    @Test("a broken link named like a text file is an unreadable input; control characters in its name are escaped")
    func brokenLink() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/buono.txt", repeatedWordLine + "\n")
        try link("corpus/rotto\n\u{1B}[31m.txt", to: "manca.txt", in: folder)
        try link("corpus/rotto-senza-estensione", to: "manca", in: folder)
        let result = folder.run(["corpus"], timeout: hangLimit)
        #expect(result.status == Status.unreadable)
        #expect(result.stderr.lines == [#"mtlint: error: corpus/rotto\n\u{1B}[31m.txt: broken symbolic link"#])
        #expect(result.stdout.contains("corpus/buono.txt:1:11: warning: repeated word"))
        #expect(result.stdout.contains("1 input could not be read"))
    }

    // MARK: Special files

    @Test("a FIFO named *.txt in a folder is skipped with a note, not read; the run does not fail for it")
    func fifoInFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/buono.txt", repeatedWordLine + "\n")
        try makeFIFO("corpus/tubo.txt", in: folder)
        let result = folder.run(["--format", "json", "corpus"], timeout: hangLimit)
        #expect(result.status == Status.clean)
        #expect(result.stderr.lines == ["mtlint: note: corpus/tubo.txt: skipped: a FIFO (named pipe), not a regular file"])
        #expect(try reportedPaths(result.stdout) == ["corpus/buono.txt"])

        let quiet = folder.run(["--quiet", "corpus"], timeout: hangLimit)
        #expect(quiet.status == Status.clean)
        #expect(quiet.stderr.isEmpty)
    }

    @Test("a FIFO named on the command line is read, as `<(cat a.txt)` is")
    func fifoOnCommandLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("sorgente.txt", repeatedWordLine + "\n")
        try makeFIFO("tubo.txt", in: folder)
        // The writer blocks until mtlint opens the FIFO for reading.
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "cat sorgente.txt > tubo.txt"]
        writer.currentDirectoryURL = folder.url
        try writer.run()
        // SIGKILL, should mtlint never open the FIFO: children inherit the test thread's
        // blocked signals, SIGTERM among them.
        defer { if writer.isRunning { kill(writer.processIdentifier, SIGKILL) } }
        let result = folder.run(["--format", "json", "tubo.txt"], timeout: hangLimit)
        #expect(result.status == Status.clean, "stderr: \(result.stderr)")
        #expect(try onlyDiagnostic(result.stdout)["text"] as? String == "il il")
    }

    // MARK: Entries that cannot be read

    @Test("a file name that is not UTF-8 is an unreadable input, its bytes shown as \\xNN")
    func nonUTF8Name() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/buono.txt", repeatedWordLine + "\n")
        // `caffè.txt` in Latin-1: è is the single byte 0xE8.
        let name =
            folder.url.appendingPathComponent("corpus").path.utf8.map { CChar(bitPattern: $0) }
            + Array("/caff".utf8CString.dropLast()) + [CChar(bitPattern: 0xE8)] + Array(".txt".utf8CString)
        let descriptor = open(name, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0, "errno \(errno)")
        close(descriptor)

        let result = folder.run(["corpus"], timeout: hangLimit)
        #expect(result.status == Status.unreadable)
        #expect(result.stderr.lines == [#"mtlint: error: corpus/caff\xE8.txt: the path is not valid UTF-8; rename the file to lint it"#])
        #expect(result.stdout.contains("corpus/buono.txt:1:11: warning: repeated word"))
        #expect(result.stdout.contains("1 file checked"))
        #expect(result.stdout.contains("1 input could not be read"))

        let json = folder.run(["--format", "json", "corpus"], timeout: hangLimit)
        #expect(json.status == Status.unreadable)
        #expect((try jsonObject(json.stdout)["summary"] as? JSONObject)?["unreadable"] as? Int == 1)
    }

    @Test("a path longer than PATH_MAX is an unreadable input")
    func pathLongerThanPathMax() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/buono.txt", repeatedWordLine + "\n")
        let deep = try DeepFolders(in: folder.url.appendingPathComponent("corpus"), levels: 20)
        defer { deep.remove() }

        let result = folder.run(["corpus"], timeout: hangLimit)
        #expect(result.status == Status.unreadable)
        let lines = result.stderr.lines
        #expect(lines.count == 1, "stderr: \(result.stderr)")
        let line = try #require(lines.first)
        #expect(line.hasPrefix("mtlint: error: corpus/" + deep.component + "/"))
        #expect(line.hasSuffix("; the system's limit (PATH_MAX) is 4096"), "stderr: \(line)")
        #expect(result.stdout.contains("corpus/buono.txt:1:11: warning: repeated word"))
        #expect(result.stdout.contains("1 input could not be read"))
    }

    /// As root (the tests in CI) every folder can be listed; MTLintTests covers this case
    /// through the walk's file-system seam.
    @Test("a folder that cannot be listed is an unreadable input", .enabled(if: geteuid() != 0, "root can list any folder"))
    func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("corpus/buono.txt", repeatedWordLine + "\n")
        try folder.write("corpus/chiusa/testo.txt", repeatedWordLine + "\n")
        let locked = folder.url.appendingPathComponent("corpus/chiusa").path
        try #require(chmod(locked, 0) == 0)
        defer { chmod(locked, 0o755) }

        let result = folder.run(["corpus"], timeout: hangLimit)
        #expect(result.status == Status.unreadable)
        #expect(
            result.stderr.lines == ["mtlint: error: corpus/chiusa: cannot list this folder (permission denied); its files are not linted"])
        #expect(result.stdout.contains("corpus/buono.txt:1:11: warning: repeated word"))
    }
}

/// A chain of folders with 250-character names, deeper than PATH_MAX allows a path to name,
/// with a text file at the bottom. Made and removed relative to open folders (mkdirat,
/// unlinkat), since no path reaches the bottom.
private final class DeepFolders {
    let component = String(repeating: "a", count: 250)
    private var descriptors: [Int32] = []

    init(in parent: URL, levels: Int) throws {
        let top = open(parent.path, O_RDONLY | O_DIRECTORY)
        try #require(top >= 0, "open \(parent.path): errno \(errno)")
        descriptors.append(top)
        for _ in 0..<levels {
            let current = descriptors[descriptors.count - 1]
            try #require(mkdirat(current, component, 0o755) == 0, "mkdirat: errno \(errno)")
            let next = openat(current, component, O_RDONLY | O_DIRECTORY)
            try #require(next >= 0, "openat: errno \(errno)")
            descriptors.append(next)
        }
        let file = openat(descriptors[descriptors.count - 1], "profondo.txt", O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(file >= 0, "openat: errno \(errno)")
        _ = (repeatedWordLine + "\n").withCString { write(file, $0, strlen($0)) }
        close(file)
    }

    deinit { remove() }

    /// Removes the file and the folders, from the bottom up.
    func remove() {
        guard let bottom = descriptors.last else { return }
        unlinkat(bottom, "profondo.txt", 0)
        for index in stride(from: descriptors.count - 1, to: 0, by: -1) {
            close(descriptors[index])
            unlinkat(descriptors[index - 1], component, AT_REMOVEDIR)
        }
        close(descriptors[0])
        descriptors = []
    }
}
