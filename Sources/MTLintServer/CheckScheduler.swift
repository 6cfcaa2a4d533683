import Dispatch
import Foundation
import MTLintText

/// Runs checks on their own threads, a bounded number at once, with a bounded queue of
/// checks waiting for a turn, and a time limit for each request (its wait in the queue
/// included). The server answers 503 when the queue is full or the time is up.
///
/// A check cannot be stopped half way (ICU and the rules run to the end), so a check whose
/// request timed out goes on in the background and keeps its turn until it ends: the
/// number of checks using the cores never goes past `maxRunning`.
public final class CheckScheduler: Sendable {
    /// Why a check was not run or not waited for.
    public enum Refusal: Error, Sendable, Equatable {
        /// `maxRunning` checks run and `maxQueued` wait already.
        case queueFull
        /// The time limit passed while the request waited or its check ran.
        case timedOut
    }

    public let maxRunning: Int
    public let maxQueued: Int
    public let timeLimit: Duration

    private struct Waiter {
        let id: Int
        let start: @Sendable () -> Void
    }

    private struct State {
        var running = 0
        var queue: [Waiter] = []
        var nextID = 0
    }

    private let state = Lock(State())
    private let workers = DispatchQueue(label: "mtlint.checks", attributes: .concurrent)

    public init(maxRunning: Int, maxQueued: Int, timeLimit: Duration) {
        self.maxRunning = max(1, maxRunning)
        self.maxQueued = max(0, maxQueued)
        self.timeLimit = timeLimit
    }

    /// Checks running now, and waiting for a turn (for the metrics).
    public var load: (running: Int, queued: Int) {
        state.withLock { ($0.running, $0.queue.count) }
    }

    /// Runs `work` when a turn is free, and returns its value, or the refusal.
    public func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Result<Value, Refusal> {
        await withCheckedContinuation { (continuation: CheckedContinuation<Result<Value, Refusal>, Never>) in
            // Whichever comes first answers the request: the check's end, or the time limit.
            let answered = Lock(false)
            @Sendable func answer(_ result: Result<Value, Refusal>) {
                let first = answered.withLock { answered in
                    defer { answered = true }
                    return !answered
                }
                if first { continuation.resume(returning: result) }
            }
            let start: @Sendable () -> Void = { [workers] in
                workers.async {
                    // A request that timed out in the queue does not run its check.
                    if !answered.withLock({ $0 }) { answer(.success(work())) }
                    self.finish()
                }
            }
            // Runs now (no id), waits in the queue (its id), or is refused (nil).
            let admission = state.withLock { state -> Int?? in
                if state.running < maxRunning {
                    state.running += 1
                    return .some(nil)
                }
                guard state.queue.count < maxQueued else { return nil }
                let id = state.nextID
                state.nextID += 1
                state.queue.append(Waiter(id: id, start: start))
                return .some(id)
            }
            guard let waiterID = admission else {
                answer(.failure(.queueFull))
                return
            }
            if waiterID == nil { start() }
            let deadline = DispatchTime.now() + .nanoseconds(Int(clamping: Self.nanoseconds(timeLimit)))
            DispatchQueue.global().asyncAfter(deadline: deadline) { [weak self] in
                if let waiterID { self?.state.withLock { $0.queue.removeAll { $0.id == waiterID } } }
                answer(.failure(.timedOut))
            }
        }
    }

    /// A check ended: its turn goes to the first request waiting, if any.
    private func finish() {
        let next = state.withLock { state -> Waiter? in
            if state.queue.isEmpty {
                state.running -= 1
                return nil
            }
            return state.queue.removeFirst()
        }
        next?.start()
    }

    /// Takes a turn without running anything, as a check would, until `release` (tests use it
    /// to fill the server). Returns false when none is free.
    package func occupy() -> Bool {
        state.withLock { state in
            guard state.running < maxRunning else { return false }
            state.running += 1
            return true
        }
    }

    package func release() { finish() }

    static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds.multipliedReportingOverflow(by: 1_000_000_000).partialValue + attoseconds / 1_000_000_000
    }
}
