import Foundation
import MTLintCore
import MTLintDocuments
import MTLintReport
import MTLintRules
import MTLintText

/// Where a text comes from.
public enum InputSource: Equatable, Sendable {
    /// A file, by the path as the user wrote it (or as found under a folder they named).
    case file(String)
    /// Standard input, reported under `name`.
    case standardInput(name: String)

    public var displayPath: String {
        switch self {
        case .file(let path): path
        case .standardInput(let name): name
        }
    }

    /// The bytes of the input; throws an InputProblem with the system's reason.
    public func read() throws(InputProblem) -> [UInt8] {
        switch self {
        case .standardInput(let name):
            return try Self.readAll(descriptor: 0, name: name)
        case .file(let path):
            let descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw InputProblem(path: path, message: Self.reason(errno)) }
            defer { close(descriptor) }
            var info = stat()
            if fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                throw InputProblem(path: path, message: "is a folder")
            }
            return try Self.readAll(descriptor: descriptor, name: path)
        }
    }

    private static func readAll(descriptor: Int32, name: String) throws(InputProblem) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputProblem(path: name, message: reason(errno))
            }
            if bytes.count + count > TextDecoder.maximumByteCount {
                throw InputProblem(
                    path: name,
                    message: DecodingError.tooLarge(byteCount: bytes.count + count, limit: TextDecoder.maximumByteCount).description)
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file or folder"
        case EACCES: "permission denied"
        case EISDIR: "is a folder"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}

/// Turns the paths a user gives into the list of inputs to lint: files as given, folders
/// searched recursively for text files (hidden files and folders skipped; FolderWalk says
/// what the search promises), `-` for stdin. The order is stable: arguments in order, each
/// folder's files sorted by the bytes of their paths.
public struct InputCollector: Sendable {
    /// File name extensions linted inside folders (lower case, without the dot): plain text,
    /// and those of the document formats (InputFormat.extensions: Markdown, HTML).
    public var extensions: Set<String> = Set(["txt"] + InputFormat.extensions.keys)
    /// The name stdin is reported under.
    public var standardInputName = "<stdin>"
    /// The configuration's `include` and `exclude` globs, for files found inside folders.
    public var filter: PathFilter?
    /// Where paths are looked up and folders listed; tests put a failing one in its place.
    public var fileSystem: any FileSystemAccess = SystemFileSystem()

    /// What the paths came to: the inputs, with problems (a missing path, an empty folder, a
    /// folder that cannot be listed ...) in their place, and notes on what was skipped.
    public struct Collected: Sendable {
        public var inputs: [(source: InputSource?, problem: InputProblem?)] = []
        public var notes: [InputNote] = []
    }

    public init() {}

    /// The inputs for `paths`, with problems in their place; `collect` gives the notes too.
    public func inputs(for paths: [String]) -> [(source: InputSource?, problem: InputProblem?)] {
        collect(paths).inputs
    }

    /// The inputs for `paths` in the order promised above, and the notes for stderr.
    public func collect(_ paths: [String]) -> Collected {
        var collected = Collected()
        // Each file and problem once, by its path's bytes, however many arguments reach it.
        var seen = Set<[UInt8]>()
        var noted = Set<String>()
        for path in paths {
            if path == "-" {
                collected.inputs.append((.standardInput(name: standardInputName), nil))
                continue
            }
            let bytes = Array(path.utf8)
            let status: FileStatus
            do { status = try fileSystem.status(of: bytes, followingLinks: true) } catch {
                if seen.insert(bytes).inserted {
                    collected.inputs.append((nil, InputProblem(path: path, message: missingReason(bytes, error))))
                }
                continue
            }
            guard status.kind == .folder else {
                // A path named on the command line is read whatever it is: a pipe such as
                // `<(cat a.txt)` is legitimate there, and its read is bounded like a file's.
                if seen.insert(bytes).inserted { collected.inputs.append((.file(path), nil)) }
                continue
            }
            var walk = FolderWalk(fileSystem: fileSystem, extensions: extensions, filter: filter)
            walk.run(root: bytes, status: status)
            for note in walk.notes where noted.insert(note.path).inserted { collected.notes.append(note) }
            // A folder whose files the configuration leaves out is not a problem: it was asked
            // for. One whose search met problems has them to explain it.
            if !walk.foundFiles && walk.excluded == 0 && !walk.items.contains(where: { $0.problem != nil }) {
                let list = extensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
                collected.inputs.append((nil, InputProblem(path: path, message: "no text files (\(list)) in this folder")))
            }
            for item in walk.items where seen.insert(item.key).inserted {
                collected.inputs.append((item.source, item.problem))
            }
        }
        return collected
    }

    /// Why a path named on the command line cannot be looked at.
    private func missingReason(_ path: [UInt8], _ error: FileSystemError) -> String {
        if error.code == ENOENT {
            let isLink = (try? fileSystem.status(of: path, followingLinks: false))?.kind == .symbolicLink
            return isLink ? "broken symbolic link" : "no such file or folder"
        }
        return FolderWalk.describe(error, path: path)
    }
}
