import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct BoundedCacheTests {
    @Test func keepsValuesUntilTheLimitThenStartsOver() {
        var cache = BoundedCache<String, Int>(limit: 3)
        cache["uno"] = 1
        cache["due"] = 2
        cache["tre"] = 3
        #expect(cache.count == 3)
        #expect(cache["due"] == 2)
        // Changing a key it holds does not start over.
        cache["due"] = 22
        #expect(cache.count == 3)
        #expect(cache["due"] == 22)
        // A fourth key does: only the new one is left.
        cache["quattro"] = 4
        #expect(cache.count == 1)
        #expect(cache["uno"] == nil)
        #expect(cache["quattro"] == 4)
    }

    @Test func remembersThatAKeyHasNoValue() {
        // Lookups that found nothing are worth remembering too (`Decimal?` values).
        var cache = BoundedCache<String, Int?>(limit: 2)
        cache["casa"] = .some(nil)
        #expect(cache["casa"] == .some(nil))
        #expect(cache["tavolo"] == nil)
        cache["casa"] = nil
        #expect(cache.count == 0)
    }
}
