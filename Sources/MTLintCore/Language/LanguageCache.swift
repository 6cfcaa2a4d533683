import MTLintText

/// Values made once per language (or profile) and shared by every thread of the process:
/// what ICU or a profile gives is the same for every document of a language, and asking
/// for each document showed in profiles. Two threads may make the same value at once; both
/// make the same, and either is kept.
package final class LanguageCache<Value: Sendable>: Sendable {
    private let made = Lock<[String: Value]>([:])

    package init() {}

    package func value(for language: String, _ make: () -> Value) -> Value {
        if let value = made.withLock({ $0[language] }) { return value }
        let value = make()
        made.withLock { $0[language] = value }
        return value
    }
}
