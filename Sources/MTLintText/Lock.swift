#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value that threads share, behind a lock: the API of Synchronization's `Mutex`
/// (`withLock`, `withLockIfAvailable`) on a pthread mutex.
///
/// Not `Mutex` itself: on Linux, a contended `Mutex` passes the lock to the thread waiting for
/// it inside the kernel (a priority-inheriting futex), a hand-over ThreadSanitizer cannot see;
/// `make tsan` then reported the code on either side of every contended lock as a data race
/// (a dictionary loading while a rule waited for it, the linter's run state). TSan knows
/// pthread mutexes. No lock here is on a hot path (a cache lookup per suspicious word at most),
/// and there a pthread mutex costs what a `Mutex` does.
package final class Lock<Value>: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    /// Reached only with the lock held; `sending` in and out, as with `Mutex`, keeps the
    /// compiler checking that no one else holds on to a non-Sendable value.
    private let value = UnsafeMutablePointer<Value>.allocate(capacity: 1)

    package init(_ initial: sending Value) {
        value.initialize(to: initial)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
        value.deinitialize(count: 1)
        value.deallocate()
    }

    /// Runs `body` on the value, holding the lock.
    package func withLock<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }

    /// Runs `body` on the value if the lock is free now; nil, without waiting, when another
    /// thread holds it.
    package func withLockIfAvailable<Result, Failure: Error>(
        _ body: (inout sending Value) throws(Failure) -> sending Result
    ) throws(Failure) -> sending Result? {
        guard pthread_mutex_trylock(mutex) == 0 else { return nil }
        defer { pthread_mutex_unlock(mutex) }
        return try body(&value.pointee)
    }
}
