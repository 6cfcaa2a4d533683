import Foundation
import MTLintText

/// A value made on another thread, or already made: reading `value` waits until it is.
///
/// What a lone two-file check does on the second core (Analyzer.analyzesSourceAlongside):
/// the source is analyzed while the target is, and the two are aligned while the rules that
/// read only the target run; the `source/*` rules, which read the alignment, wait for it.
package final class Pending<Value: Sendable>: Sendable {
    private let made = DispatchSemaphore(value: 0)
    /// Set before `made` is signalled; behind a lock, so that ThreadSanitizer sees the hand-over.
    private let result: Lock<Value?>

    package init(ready value: Value) {
        result = Lock(value)
        made.signal()
    }

    /// Starts making the value on another thread.
    package init(making make: @escaping @Sendable () -> Value) {
        result = Lock(nil)
        DispatchQueue.global(qos: .userInitiated).async { [made, result] in
            let value = make()
            result.withLock { $0 = value }
            made.signal()
        }
    }

    /// The value, once it is made; asked again, it does not wait again.
    package var value: Value {
        made.wait()
        made.signal()
        guard let value = result.withLock({ $0 }) else { preconditionFailure("a pending value signalled before it was set") }
        return value
    }
}

/// The Analyzer an Analyzer keeps for the sources of two-file checks, which it hands to one
/// Pending analysis at a time: its owner reads each before it starts the next.
final class SourceAnalyzer: @unchecked Sendable {
    let analyzer = Analyzer()
}
