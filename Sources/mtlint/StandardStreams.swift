import Foundation
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Standard output and standard error, written with write(2) so that a failure is an error
/// code mtlint handles rather than a crash: Foundation's `FileHandle.write(_:)` stops the
/// process (SIGILL) when stdout is closed, full or a closed pipe. A report that cannot be
/// written ends the run with exit code 2 and one line on stderr; an error that cannot be
/// written to stderr is dropped, and the exit code still tells.
enum StandardStreams {
    /// Run once, first thing: broken pipes and file size limits become write errors
    /// (EPIPE, EFBIG) instead of signals that kill the process, and closed standard
    /// descriptors are taken (see `holdClosedDescriptors`).
    static func prepare() {
        _ = signal(SIGPIPE, SIG_IGN)
        _ = signal(SIGXFSZ, SIG_IGN)
        holdClosedDescriptors()
    }

    /// A closed stdin, stdout or stderr (`mtlint a.txt >&-`) would let the next open(2) take
    /// its number, and the report would land in the file opened (a baseline being written).
    /// /dev/null opened the wrong way round fills the slot: reads from it and writes to it
    /// fail with EBADF, so a closed stdout is still reported as one.
    private static func holdClosedDescriptors() {
        for (descriptor, flags) in [(STDIN_FILENO, O_WRONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_RDONLY)] {
            guard fcntl(descriptor, F_GETFD) == -1, errno == EBADF else { continue }
            let opened = open("/dev/null", flags)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Writes all of `text` to `descriptor`; nil when done, else the errno of the failure.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        DescriptorWriting.write(text, to: descriptor)
    }

    /// The reason of an errno as the system words it: `No space left on device`.
    static func reason(_ code: Int32) -> String {
        DescriptorWriting.reason(code)
    }
}

/// Writes one line to stderr (a newline is added when missing), with any control character
/// in it escaped (PrintableText): a name or a quoted text cannot start a line of its own in a
/// CI log. A failure to write is ignored: the exit code still says what happened.
func writeError(_ line: String) {
    let body = line.hasSuffix("\n") ? String(line.dropLast()) : line
    _ = StandardStreams.write(PrintableText.line(body) + "\n", to: STDERR_FILENO)
}

/// Writes text of several lines to stderr (the argument parser's usage and help), with the
/// control characters other than line feeds escaped.
func writeErrorLines(_ text: String) {
    _ = StandardStreams.write(PrintableText.lines(text.hasSuffix("\n") ? text : text + "\n"), to: STDERR_FILENO)
}

/// Writes `text` to stdout. When that fails the run ends here, with exit code 2 and
/// `mtlint: error: cannot write the report to standard output: No space left on device` on
/// stderr; a reader that went away (EPIPE, as in `mtlint big.txt | head -1`) ends it quietly,
/// with the same code: the report was not delivered in full. `_exit`, not `exit`: worker
/// threads may still be linting, and nothing is buffered that would need flushing.
func writeOutput(_ text: String, what: String = "the report") {
    guard let failure = StandardStreams.write(text, to: STDOUT_FILENO) else { return }
    if failure != EPIPE {
        writeError("mtlint: error: cannot write \(what) to standard output: \(StandardStreams.reason(failure))")
    }
    _exit(ExitStatus.writeFailure)
}
