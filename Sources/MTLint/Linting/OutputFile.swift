import Foundation
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// A file mtlint writes when asked to (`--write-baseline FILE`), checked before the run and
/// replaced atomically after it, so that a mistake in the path costs nothing:
/// - a symbolic link is written through: its target is replaced, the link stays;
/// - a folder, FIFO, device or socket is refused (a FIFO would block, /dev/full would
///   swallow the baseline), and so is a broken link;
/// - a file that is also read by the run (an input, standard input, the configuration, a
///   glossary) is refused, compared by device and inode, so also through links;
/// - no folder is created: a missing folder is an error naming it;
/// - the text goes to a temporary file in the same folder, which is flushed to disk and
///   renamed over the target: a failure (disk full) leaves the old file as it was, and a
///   replaced file keeps its permissions (and its owner, where allowed).
public struct OutputFile: Sendable {
    /// A file the run reads, which the output must not replace.
    public struct ReadFile: Sendable {
        /// What it is, for the message: `the input a.txt`, `standard input`.
        public var role: String
        var device: UInt64
        var inode: UInt64

        /// The file at `path` (links followed); nil when there is none.
        public init?(role: String, path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            self.init(role: role, info)
        }

        /// The file open as `descriptor` (standard input); nil unless it is a regular file.
        public init?(role: String, descriptor: Int32) {
            var info = stat()
            guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            self.init(role: role, info)
        }

        private init(role: String, _ info: stat) {
            self.role = role
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    /// The path as the user gave it, for messages.
    public let path: String
    /// What is written, for messages: `the baseline`.
    public let what: String
    /// The file replaced: `path` made absolute, or the target of the link it is.
    let target: String

    /// Checks that `path` may receive `what`; throws an error that names the path and the reason.
    public init(
        path: String, what: String, reading readFiles: [ReadFile], resolver: PathResolver = PathResolver()
    )
        throws(OutputFileError)
    {
        self.path = path
        self.what = what
        let absolute = resolver.absolute(path)
        var info = stat()
        if lstat(absolute, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            guard let resolved = realpath(absolute, nil) else {
                let reason = errno == ENOENT ? "it is a symbolic link to a missing file" : Self.reason(errno)
                throw OutputFileError(path: path, what: what, reason: reason)
            }
            target = String(cString: resolved)
            free(resolved)
        } else {
            target = absolute
        }
        if let reason = Self.problem(with: target, readFiles: readFiles, resolver: resolver) {
            throw OutputFileError(path: path, what: what, reason: reason)
        }
    }

    /// Writes `text` to a temporary file beside the target and renames it over the target,
    /// after checking the target again (it may have changed during the run).
    public func write(_ text: String) throws(OutputFileError) {
        let writer = try open()
        try writer.write(text)
        try writer.commit()
    }

    /// The same with bytes (a fixed file, in its own encoding).
    public func write(bytes: [UInt8]) throws(OutputFileError) {
        let writer = try open()
        try writer.write(bytes: bytes)
        try writer.commit()
    }

    /// Starts writing: checks the target again (it may have changed since the check) and
    /// opens a temporary file beside it, which `Writer.commit()` renames over the target. A
    /// report written piece by piece as a run goes on is never whole in memory.
    public func open() throws(OutputFileError) -> Writer {
        func fail(_ reason: String) -> OutputFileError { OutputFileError(path: path, what: what, reason: reason) }
        if let reason = Self.problem(with: target, readFiles: [], resolver: PathResolver()) { throw fail(reason) }
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        // A new name each try; O_EXCL never opens a file someone else made.
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 where descriptor < 0 {
            temporary = folder + "/." + name + ".mtlint-" + String(UInt32.random(in: 0...UInt32.max), radix: 36)
            descriptor = Foundation.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor < 0 && errno != EEXIST { throw fail(Self.reason(errno)) }
        }
        guard descriptor >= 0 else { throw fail(Self.reason(EEXIST)) }
        return Writer(file: self, descriptor: descriptor, temporary: temporary, folder: folder)
    }

    /// The temporary file of an output being written. Written piece by piece, then either
    /// committed (renamed over the target) or abandoned (removed); the first failure removes
    /// it, and every call after that throws the same error. A writer left without either
    /// removes its temporary file when it goes away. One call at a time, from any thread.
    public final class Writer: Sendable {
        private struct State {
            var descriptor: Int32
            /// The error that ended the writing, if any.
            var failure: OutputFileError?
            var finished = false
        }

        private let file: OutputFile
        private let temporary: String
        private let folder: String
        private let state: Lock<State>

        fileprivate init(file: OutputFile, descriptor: Int32, temporary: String, folder: String) {
            self.file = file
            self.temporary = temporary
            self.folder = folder
            state = Lock(State(descriptor: descriptor))
        }

        deinit {
            state.withLock { state in
                if !state.finished { discard(&state) }
            }
        }

        private func error(_ code: Int32) -> OutputFileError {
            OutputFileError(path: file.path, what: file.what, reason: OutputFile.reason(code))
        }

        /// Closes and removes the temporary file.
        private func discard(_ state: inout State) {
            if state.descriptor >= 0 { close(state.descriptor) }
            state.descriptor = -1
            unlink(temporary)
            state.finished = true
        }

        /// Appends `text`.
        public func write(_ text: String) throws(OutputFileError) {
            try state.withLock { state throws(OutputFileError) in
                if let failure = state.failure { throw failure }
                precondition(!state.finished, "written after commit or abandon")
                if let code = DescriptorWriting.write(text, to: state.descriptor) {
                    state.failure = error(code)
                    discard(&state)
                    throw error(code)
                }
            }
        }

        /// Appends `bytes`.
        public func write(bytes: [UInt8]) throws(OutputFileError) {
            try state.withLock { state throws(OutputFileError) in
                if let failure = state.failure { throw failure }
                precondition(!state.finished, "written after commit or abandon")
                if let code = DescriptorWriting.write(bytes: bytes, to: state.descriptor) {
                    state.failure = error(code)
                    discard(&state)
                    throw error(code)
                }
            }
        }

        /// Gives the file the permissions (and, where allowed, the owner) of the file it
        /// replaces, flushes it to disk and renames it over the target.
        public func commit() throws(OutputFileError) {
            try state.withLock { state throws(OutputFileError) in
                if let failure = state.failure { throw failure }
                precondition(!state.finished, "committed twice")
                var failure: Int32?
                var existing = stat()
                if stat(file.target, &existing) == 0 {
                    // Best effort for the owner: only root may give a file away.
                    _ = fchown(state.descriptor, existing.st_uid, existing.st_gid)
                    if fchmod(state.descriptor, existing.st_mode & 0o7777) != 0 { failure = errno }
                }
                if failure == nil, fsync(state.descriptor) != 0 { failure = errno }
                if close(state.descriptor) != 0, failure == nil { failure = errno }
                state.descriptor = -1
                if failure == nil, rename(temporary, file.target) != 0 { failure = errno }
                if let failure {
                    state.failure = error(failure)
                    discard(&state)
                    throw error(failure)
                }
                state.finished = true
                // The rename itself reaches the disk with the folder.
                let folderDescriptor = Foundation.open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if folderDescriptor >= 0 {
                    _ = fsync(folderDescriptor)
                    close(folderDescriptor)
                }
            }
        }

        /// Removes the temporary file: the target stays as it was.
        public func abandon() {
            state.withLock { state in
                if !state.finished { discard(&state) }
            }
        }
    }

    /// Why `target` (absolute, not a link) cannot be written, or nil.
    private static func problem(with target: String, readFiles: [ReadFile], resolver: PathResolver) -> String? {
        var info = stat()
        if lstat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: return "it is a folder"
            case S_IFIFO: return "it is not a regular file but a FIFO"
            case S_IFCHR, S_IFBLK: return "it is not a regular file but a device"
            case S_IFSOCK: return "it is not a regular file but a socket"
            default: return "it is not a regular file"
            }
            if let read = readFiles.first(where: { $0.device == UInt64(info.st_dev) && $0.inode == UInt64(info.st_ino) }) {
                return "it is \(read.role), which this run reads"
            }
            return nil
        }
        guard errno == ENOENT else { return reason(errno) }
        let folder = (target as NSString).deletingLastPathComponent
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0 else {
            return errno == ENOENT || errno == ENOTDIR
                ? "the folder \(resolver.display(folder)) does not exist (mtlint creates no folders)" : reason(errno)
        }
        guard (folderInfo.st_mode & S_IFMT) == S_IFDIR else { return "\(resolver.display(folder)) is not a folder" }
        return nil
    }

    static func reason(_ code: Int32) -> String {
        DescriptorWriting.reason(code)
    }
}

/// Writing to a file descriptor with `write(2)`, not FileHandle, whose `write` traps on an
/// error (a full disk, a closed pipe): the baseline file and the CLI's standard streams share it.
public enum DescriptorWriting {
    /// Writes all of `text` to `descriptor`; nil when done, else the errno of the failure.
    public static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, start + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
    }

    /// Writes all of `bytes` to `descriptor`; nil when done, else the errno of the failure.
    public static func write(bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBufferPointer { buffer -> Int32? in
            guard let start = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, start + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
    }

    /// The reason of an errno as the system words it: `No space left on device`.
    public static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// `base.json: cannot write the baseline: it is a folder`.
public struct OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var what: String
    public var reason: String

    public var description: String { "\(PrintableText.name(path)): cannot write \(what): \(reason)" }
}
