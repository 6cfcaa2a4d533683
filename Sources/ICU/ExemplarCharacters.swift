import CICU

/// The letters a language writes with, from CLDR's exemplar characters (ICU's ulocdata):
/// the standard set (Italian `a à b c … z`) and, when asked for, the auxiliary one (letters of
/// loanwords and foreign names that the language's texts still use: Italian `ç ñ ö …`). Upper
/// and lower case are both in. A letter outside both sets is one the language does not use:
/// German has no `ề`, Italian no `ł`.
public struct ExemplarCharacters: Sendable {
    public enum Kind: Int32, Sendable { case standard = 0, auxiliary = 1 }

    /// Sorted, disjoint code point ranges.
    private let ranges: [ClosedRange<UInt32>]

    /// The union of the sets of `kinds` for `locale`. Fails when ICU has no data for it.
    public init(locale: ICULocale, kinds: [Kind] = [.standard, .auxiliary]) throws(ICUError) {
        var all: [ClosedRange<UInt32>] = []
        for kind in kinds {
            all += try Self.ranges(of: locale, kind)
        }
        ranges = Self.merged(all)
    }

    /// True when `scalar` is one of the letters.
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < value {
                low = middle + 1
            } else if ranges[middle].lowerBound > value {
                high = middle - 1
            } else {
                return true
            }
        }
        return false
    }

    /// True when the set has no letter at all (a locale without exemplar data).
    public var isEmpty: Bool { ranges.isEmpty }

    private static func ranges(of locale: ICULocale, _ kind: Kind) throws(ICUError) -> [ClosedRange<UInt32>] {
        var capacity: Int32 = 64
        while true {
            var buffer = [Int32](repeating: 0, count: Int(capacity) * 2)
            var error: Int32 = 0
            let count = cicu_exemplar_ranges(locale.identifier, kind.rawValue, &buffer, capacity, &error)
            try ICUError.check(error, "reading the letters of `\(locale)`")
            guard count > capacity else {
                return (0..<Int(count)).map { UInt32(bitPattern: buffer[2 * $0])...UInt32(bitPattern: buffer[2 * $0 + 1]) }
            }
            capacity = count
        }
    }

    private static func merged(_ ranges: [ClosedRange<UInt32>]) -> [ClosedRange<UInt32>] {
        var result: [ClosedRange<UInt32>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound + 1 {
                result[result.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
