import Foundation
import MTLint
import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// Writes the report as files finish and, on a terminal, a progress line on stderr
/// (`mtlint: 12/340 files`), redrawn at most ten times a second and erased before anything
/// else is written, so that it never mixes with the report. Safe to call from any thread.
/// Writes go through `StandardStreams`: a report that cannot be written ends the run, a
/// progress line that cannot be written is skipped.
final class TerminalOutput: CheckOutput {
    private struct State {
        var shown = false
        var lastDraw: UInt64 = 0
    }

    private let showsProgress: Bool
    private let state = Lock(State())

    init(showsProgress: Bool) {
        self.showsProgress = showsProgress
    }

    func progress(done: Int, total: Int) {
        guard showsProgress else { return }
        state.withLock { state in
            let now = DispatchTime.now().uptimeNanoseconds
            guard now - state.lastDraw > 100_000_000 || done == total else { return }
            state.lastDraw = now
            state.shown = true
            _ = StandardStreams.write("\r\u{1B}[2Kmtlint: \(done)/\(total) files", to: STDERR_FILENO)
        }
    }

    func report(_ text: String) {
        guard !text.isEmpty else { return }
        state.withLock { state in
            erase(&state)
            writeOutput(text)
        }
    }

    func message(_ line: String) {
        state.withLock { state in
            erase(&state)
            writeError(line)
        }
    }

    /// Erases the progress line for good.
    func progressFinished() {
        state.withLock { erase(&$0) }
    }

    private func erase(_ state: inout State) {
        guard state.shown else { return }
        _ = StandardStreams.write("\r\u{1B}[2K", to: STDERR_FILENO)
        state.shown = false
    }
}
