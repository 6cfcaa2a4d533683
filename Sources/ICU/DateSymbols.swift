import CICU

/// Names of months and weekdays from a locale's Gregorian calendar (CLDR through ICU), so that
/// `2 agosto 2024` is known for a date in Italian and `2. August 2024` in German.
public struct DateSymbols: Sendable {
    /// Month names, wide and abbreviated, formatting and stand-alone forms (12 of each kind).
    public let months: [String]
    public let shortMonths: [String]
    /// Weekday names, wide and abbreviated.
    public let weekdays: [String]
    public let shortWeekdays: [String]

    public init(locale: ICULocale) throws(ICUError) {
        func names(_ kind: Int32) throws(ICUError) -> [String] {
            var error: Int32 = 0
            let count = cicu_date_symbol_count(locale.identifier, kind, &error)
            try ICUError.check(error, "reading the calendar names of `\(locale)`")
            var result: [String] = []
            for index in 0..<count {
                let name = try icuString("reading the calendar names of `\(locale)`") { buffer, capacity, error in
                    cicu_date_symbol(locale.identifier, kind, index, buffer, capacity, &error)
                }
                if !name.isEmpty { result.append(name) }
            }
            return result
        }
        months = try names(0) + names(2)
        shortMonths = try names(1) + names(3)
        weekdays = try names(4)
        shortWeekdays = try names(5)
    }
}
