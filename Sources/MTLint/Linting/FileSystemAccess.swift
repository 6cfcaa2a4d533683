import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// What a path names, as the folder walk needs to know it.
public struct FileStatus: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case regular, folder, symbolicLink, fifo, socket, characterDevice, blockDevice, other
    }

    public var kind: Kind
    /// With the inode, a folder's identity whatever path reaches it: how a link loop is seen.
    public var device: UInt64
    public var inode: UInt64

    public init(kind: Kind, device: UInt64, inode: UInt64) {
        self.kind = kind
        self.device = device
        self.inode = inode
    }
}

/// A failed system call, by its errno.
public struct FileSystemError: Error, Equatable, Sendable {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }
}

/// One entry of a folder listing.
public struct FolderEntry: Equatable, Sendable {
    /// The name's bytes as stored: not necessarily UTF-8.
    public var name: [UInt8]
    /// The kind the listing gives (readdir's d_type), nil when it gives none; a symbolic
    /// link is `.symbolicLink`, not what it points to.
    public var kind: FileStatus.Kind?

    public init(name: [UInt8], kind: FileStatus.Kind?) {
        self.name = name
        self.kind = kind
    }
}

/// The file-system calls the folder walk makes, so that a test can make one fail: a folder
/// that cannot be listed cannot be made with chmod when the tests run as root. Paths are
/// bytes, since names on disk need not be UTF-8.
public protocol FileSystemAccess: Sendable {
    /// What `path` names; with `followingLinks`, what a symbolic link points to (stat), else
    /// the link itself (lstat).
    func status(of path: [UInt8], followingLinks: Bool) throws(FileSystemError) -> FileStatus
    /// The entries of the folder at `path`, without `.` and `..`, in no particular order.
    func entries(ofFolder path: [UInt8]) throws(FileSystemError) -> [FolderEntry]
}

/// The real file system, through lstat, stat, opendir and readdir.
public struct SystemFileSystem: FileSystemAccess {
    public init() {}

    public func status(of path: [UInt8], followingLinks: Bool) throws(FileSystemError) -> FileStatus {
        var info = stat()
        let cPath = Self.cString(path)
        let result = followingLinks ? stat(cPath, &info) : lstat(cPath, &info)
        guard result == 0 else { throw FileSystemError(code: errno) }
        return FileStatus(kind: Self.kind(mode: info.st_mode), device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    public func entries(ofFolder path: [UInt8]) throws(FileSystemError) -> [FolderEntry] {
        guard let folder = opendir(Self.cString(path)) else { throw FileSystemError(code: errno) }
        defer { closedir(folder) }
        var entries: [FolderEntry] = []
        while true {
            // readdir returns nil both at the end and on an error; only errno tells them apart.
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 { throw FileSystemError(code: errno) }
                return entries
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            entries.append(FolderEntry(name: name, kind: Self.kind(directoryType: entry.pointee.d_type)))
        }
    }

    /// The path as a NUL-terminated C string.
    private static func cString(_ path: [UInt8]) -> [CChar] {
        path.map { CChar(bitPattern: $0) } + [0]
    }

    private static func kind(mode: mode_t) -> FileStatus.Kind {
        switch mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .folder
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .fifo
        case S_IFSOCK: .socket
        case S_IFCHR: .characterDevice
        case S_IFBLK: .blockDevice
        default: .other
        }
    }

    private static func kind(directoryType: UInt8) -> FileStatus.Kind? {
        switch Int(directoryType) {
        case Int(DT_REG): .regular
        case Int(DT_DIR): .folder
        case Int(DT_LNK): .symbolicLink
        case Int(DT_FIFO): .fifo
        case Int(DT_SOCK): .socket
        case Int(DT_CHR): .characterDevice
        case Int(DT_BLK): .blockDevice
        default: nil
        }
    }
}
