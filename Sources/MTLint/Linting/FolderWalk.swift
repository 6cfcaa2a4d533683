import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Something the walk skipped on purpose and tells the user about on stderr, without making
/// the run fail: a FIFO, socket or device named like a text file inside a folder.
public struct InputNote: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(PrintableText.name(path)): \(message)" }
}

/// The search of one folder the user named for the text files in it. It must end, on any
/// tree, and lose nothing without a word:
/// - a folder reached twice (a link to an ancestor, two links to one folder, a bind mount)
///   is searched once, known by its device and inode; real folders are searched before the
///   targets of links, so that a file is reported under its real path when it has one;
/// - links to files are followed; a FIFO, socket or device named like a text file is not
///   read (it could block forever) but noted;
/// - what cannot be read (a folder that cannot be listed, a name that is not UTF-8, a path
///   longer than PATH_MAX, a broken link named like a text file) is a problem in its place.
/// Paths are handled as bytes throughout, since a name on disk need not be UTF-8.
package struct FolderWalk {
    /// A file found, or a problem, with the path bytes that sort it among the others.
    typealias Item = (key: [UInt8], source: InputSource?, problem: InputProblem?)

    private struct FolderID: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ status: FileStatus) {
            device = status.device
            inode = status.inode
        }
    }

    let fileSystem: any FileSystemAccess
    let extensions: Set<String>
    let filter: PathFilter?

    private(set) var items: [Item] = []
    private(set) var notes: [InputNote] = []
    /// Files and folders that the configuration's globs left out.
    private(set) var excluded = 0
    private var visited: Set<FolderID> = []
    /// Real folders still to list.
    private var pending: [[UInt8]] = []
    /// Links to folders, followed once every real folder is listed, in the order found.
    private var linkedFolders: [(path: [UInt8], id: FolderID)] = []

    init(fileSystem: any FileSystemAccess, extensions: Set<String>, filter: PathFilter?) {
        self.fileSystem = fileSystem
        self.extensions = extensions
        self.filter = filter
    }

    /// True when the walk found at least one file to lint.
    var foundFiles: Bool { items.contains { $0.source != nil } }

    /// Searches the folder at `root`, whose status (links followed) is `status`.
    mutating func run(root: [UInt8], status: FileStatus) {
        visited.insert(FolderID(status))
        pending.append(root)
        var nextLink = 0
        while true {
            while let folder = pending.popLast() { list(folder) }
            guard nextLink < linkedFolders.count else { break }
            let link = linkedFolders[nextLink]
            nextLink += 1
            if visited.insert(link.id).inserted { pending.append(link.path) }
        }
        // Byte order of the whole path, as `find | LC_ALL=C sort` gives: `a.txt` before `a/z.txt`.
        items.sort { $0.key.lexicographicallyPrecedes($1.key) }
    }

    private mutating func list(_ folder: [UInt8]) {
        let entries: [FolderEntry]
        do { entries = try fileSystem.entries(ofFolder: folder) } catch {
            addProblem(folder, "cannot list this folder (\(Self.describe(error, path: folder))); its files are not linted")
            return
        }
        let prefix = folder.last == UInt8(ascii: "/") ? folder : folder + [UInt8(ascii: "/")]
        for entry in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) })
        where entry.name.first != UInt8(ascii: ".") {
            visit(prefix + entry.name, name: entry.name, listedKind: entry.kind)
        }
    }

    private mutating func visit(_ path: [UInt8], name: [UInt8], listedKind: FileStatus.Kind?) {
        let namedAsText = hasTextExtension(name)
        // What the listing already shows to be neither a folder, a link nor a text file is
        // not looked at further: no system call per image or JSON file.
        if let listedKind, listedKind != .folder, listedKind != .symbolicLink, !namedAsText { return }
        let own: FileStatus
        do { own = try fileSystem.status(of: path, followingLinks: false) } catch {
            // Gone since the listing: nothing is lost. Anything else may hide a text file
            // or a folder of them, unless the listing says it is another kind of file.
            let mayHoldText = namedAsText || listedKind == nil || listedKind == .folder || listedKind == .symbolicLink
            if error.code != ENOENT, mayHoldText { addProblem(path, Self.describe(error, path: path)) }
            return
        }
        var target = own
        if own.kind == .symbolicLink {
            do { target = try fileSystem.status(of: path, followingLinks: true) } catch {
                if namedAsText {
                    addProblem(path, error.code == ENOENT ? "broken symbolic link" : Self.describe(error, path: path))
                }
                return
            }
        }
        let text = String(decoding: path, as: UTF8.self)
        switch target.kind {
        case .folder:
            if filter?.searches(folder: text) == false {
                excluded += 1
            } else if own.kind == .symbolicLink {
                linkedFolders.append((path, FolderID(target)))
            } else if visited.insert(FolderID(target)).inserted {
                pending.append(path)
            }
        case .regular:
            guard namedAsText else { return }
            guard filter?.includes(file: text) != false else {
                excluded += 1
                return
            }
            guard let valid = String(validating: path, as: UTF8.self) else {
                addProblem(path, "the path is not valid UTF-8; rename the file to lint it")
                return
            }
            items.append((path, .file(valid), nil))
        case .fifo, .socket, .characterDevice, .blockDevice, .symbolicLink, .other:
            guard namedAsText, filter?.includes(file: text) != false else { return }
            notes.append(
                InputNote(
                    path: PathDisplay.escaped(path),
                    message: "skipped: \(Self.name(of: target.kind)), not a regular file"))
        }
    }

    private func hasTextExtension(_ name: [UInt8]) -> Bool {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return extensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self).lowercased())
    }

    private mutating func addProblem(_ path: [UInt8], _ message: String) {
        items.append((path, nil, InputProblem(path: PathDisplay.escaped(path), message: message)))
    }

    /// Why a system call on `path` failed, in words.
    static func describe(_ error: FileSystemError, path: [UInt8]) -> String {
        if error.code == ENAMETOOLONG {
            return "the path is \(path.count) bytes; the system's limit (PATH_MAX) is \(PATH_MAX)"
        }
        return InputSource.reason(error.code)
    }

    private static func name(of kind: FileStatus.Kind) -> String {
        switch kind {
        case .fifo: "a FIFO (named pipe)"
        case .socket: "a socket"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .regular, .folder, .symbolicLink, .other: "a special file"
        }
    }
}
