import Foundation

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
                throw InputProblem(path: name, message: DecodingError.tooLarge(byteCount: bytes.count + count, limit: TextDecoder.maximumByteCount).description)
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
/// searched recursively for text files (hidden files and folders skipped), `-` for stdin.
/// The order is stable: arguments in order, each folder's files sorted by the bytes of their paths.
public struct InputCollector: Sendable {
    /// File name extensions linted inside folders (lower case, without the dot).
    public var extensions: Set<String> = ["txt", "md"]
    /// The name stdin is reported under.
    public var standardInputName = "<stdin>"
    /// The configuration's `include` and `exclude` globs, for files found inside folders.
    public var filter: PathFilter?

    public init() {}

    /// The inputs for `paths`, with problems (missing paths, empty folders) in their place.
    public func inputs(for paths: [String]) -> [(source: InputSource?, problem: InputProblem?)] {
        var result: [(InputSource?, InputProblem?)] = []
        var seen = Set<String>()
        for path in paths {
            if path == "-" {
                result.append((.standardInput(name: standardInputName), nil))
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                let reason = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
                    ? "broken symbolic link" : "no such file or folder"
                result.append((nil, InputProblem(path: path, message: reason)))
                continue
            }
            guard isFolder.boolValue else {
                if seen.insert(path).inserted { result.append((.file(path), nil)) }
                continue
            }
            var found: [String] = []
            var visited = Set<String>()
            var excluded = 0
            walk(path, into: &found, visited: &visited, excluded: &excluded)
            // Byte order of the whole path, as `find | LC_ALL=C sort` gives: `a.txt` before `a/z.txt`.
            found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            // A folder whose files the configuration leaves out is not a problem: it was asked for.
            if found.isEmpty && excluded == 0 {
                let list = extensions.sorted().map { "*.\($0)" }.joined(separator: ", ")
                result.append((nil, InputProblem(path: path, message: "no text files (\(list)) in this folder")))
            }
            for file in found where seen.insert(file).inserted { result.append((.file(file), nil)) }
        }
        return result
    }

    private func walk(_ folder: String, into found: inout [String], visited: inout Set<String>, excluded: inout Int) {
        // Resolve links once per folder so that a link cycle cannot loop.
        let real = (folder as NSString).resolvingSymlinksInPath
        guard visited.insert(real).inserted,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if filter?.searches(folder: path) == false {
                    excluded += 1
                    continue
                }
                walk(path, into: &found, visited: &visited, excluded: &excluded)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(name[name.index(after: dot)...].lowercased()) {
                if filter?.includes(file: path) == false {
                    excluded += 1
                    continue
                }
                found.append(path)
            }
        }
    }
}
