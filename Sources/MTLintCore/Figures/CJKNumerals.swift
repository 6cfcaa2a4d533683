import Foundation
import ICU
import MTLintText

/// Chinese and Japanese numbers: digits with a unit character (`10亿`, `1.5亿`, `3万`) and
/// numbers in Han numerals (`十亿`, `三万`), valued with ICU's Chinese spell-out rules and
/// character numeric values. A numeral inside a longer Han word (`三星`, Samsung) is a name.
package enum CJKNumerals {
    /// Characters that multiply the number before them, and their values (ICU knows them too,
    /// through u_getNumericValue; this is the subset that works as a unit after digits).
    static let units: [UInt16: Decimal] = [
        0x5341: 10, 0x767E: 100, 0x5343: 1000, 0x4E07: 10_000, 0x842C: 10_000,
        0x4EBF: 100_000_000, 0x5104: 100_000_000, 0x5146: 1_000_000_000_000,
    ]

    /// 多 and 余 between digits and a unit: `10多亿`, more than a billion.
    static let approximateAfter: Set<UInt16> = [0x591A, 0x4F59]

    /// Digits as ASCII: full-width `１０` as `10`.
    package static func asciiDigits(_ units: some Collection<UInt16>) -> String {
        String(
            decoding: units.map {
                (0xFF10...0xFF19).contains($0) ? $0 - 0xFF10 + 0x30 : ($0 == 0xFF0E ? 0x2E : ($0 == 0xFF0C ? 0x2C : $0))
            }, as: UTF16.self)
    }

    /// The value of the digits before a unit character. Chinese text groups with `,` and
    /// marks decimals with `.`, as do languages whose decimal mark is the point
    /// (`chineseMarks`). A translation into a language with the decimal comma may have turned
    /// them into its own separators and left the unit (`3,5万` and `1.200万` in Italian); there
    /// the digits tell which is which: with both marks the last is the decimal one; a mark
    /// that stands more than once, or once before exactly three digits, groups (`1,200万`,
    /// `1.200万`: 12 million); one mark before one, two or four digits or more is a decimal
    /// one (`3,5万`, `1.5万`).
    static func value(ofDigits digits: ArraySlice<UInt16>, chineseMarks: Bool) -> Decimal? {
        let ascii = Array(asciiDigits(digits).utf16)
        let marks = ascii.indices.filter { ascii[$0] == 0x2C || ascii[$0] == 0x2E }
        var decimalMark: Int?
        if chineseMarks {
            decimalMark = marks.first { ascii[$0] == 0x2E }
        } else if let last = marks.last {
            if marks.contains(where: { ascii[$0] != ascii[last] }) {
                decimalMark = last
            } else if marks.count == 1, ascii.count - last - 1 != 3 {
                decimalMark = last
            }
        }
        var plain = ""
        for (offset, unit) in ascii.enumerated() {
            if offset == decimalMark {
                plain.append(".")
            } else if unit != 0x2C && unit != 0x2E {
                plain.unicodeScalars.append(Unicode.Scalar(unit) ?? "0")
            }
        }
        return Decimal(string: plain)
    }

    /// 万 (10^4) and 亿 (10^8), which a translation may leave after a space (`44,5 万 unidades`).
    static let largeUnits: Set<UInt16> = [0x4E07, 0x842C, 0x4EBF, 0x5104]

    /// Where the unit characters after a number start: right after it (`10亿`, `10多亿`), or,
    /// for 万 and 亿 standing alone, after one space (not `2024 万科`, Vanke after a year).
    static func unitStart(after number: Token, in text: [UInt16]) -> Int? {
        let end = Int(number.end)
        guard end < text.count else { return nil }
        if units[text[end]] != nil { return end }
        if end + 1 < text.count, approximateAfter.contains(text[end]), units[text[end + 1]] != nil { return end }
        guard end + 1 < text.count, text[end] == 0x20 || text[end] == 0xA0 || text[end] == 0x202F, largeUnits.contains(text[end + 1])
        else { return nil }
        var after = end + 1
        while after < text.count, units[text[after]] != nil { after += 1 }
        return isHan(after, in: text) ? nil : end + 1
    }

    static func isNumeral(_ unit: UInt16) -> Bool {
        guard let scalar = Unicode.Scalar(unit), Script(of: scalar) == .han else { return false }
        return CharacterProperties.numericValue(scalar) != nil || unit == 0x4E24  // 两 (two)
    }

    static func isHan(_ offset: Int, in text: [UInt16]) -> Bool {
        guard offset >= 0, offset < text.count, let scalar = Unicode.Scalar(text[offset]) else { return false }
        return Script(of: scalar) == .han
    }

    static func figures(in text: [UInt16], tokens: [Token], vocabulary: NumberVocabulary) -> [Figure] {
        var figures: [Figure] = []
        let chineseMarks = vocabulary.symbols.decimalSeparator == "."
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            if token.kind == .number, let unitStart = unitStart(after: token, in: text) {
                // `10多亿`, `3余万`: more than; the value is the round one.
                // Digits and unit characters: `10亿`, `1.5亿`, `3万`.
                var end = unitStart
                if approximateAfter.contains(text[end]) { end += 1 }
                var multiplier: Decimal = 1
                while end < text.count, let unit = units[text[end]] {
                    multiplier *= unit
                    end += 1
                }
                guard let number = value(ofDigits: text[token.range], chineseMarks: chineseMarks) else { continue }
                figures.append(
                    Figure(
                        kind: .quantity, notation: .cjk, numberRange: Int(token.start)..<end,
                        number: number * multiplier, scale: nil, digits: nil, unit: nil))
            } else if token.kind == .ideographic || token.kind == .kana {
                // A word made only of Han numerals, not touching other Han characters, with a
                // unit among them (`三万`, `十亿`): digits alone are a date or a code (`五一`,
                // May Day; `二〇二四`), not a quantity read by place.
                let range = token.range
                guard range.count >= 2, text[range].allSatisfy(isNumeral), text[range].contains(where: { units[$0] != nil }),
                    !isHan(range.lowerBound - 1, in: text), !isHan(range.upperBound, in: text),
                    let value = vocabulary.chineseValue(String(utf16Units: text[range]))
                else { continue }
                figures.append(
                    Figure(
                        kind: .quantity, notation: .cjk, numberRange: range, number: value,
                        scale: nil, digits: nil, unit: nil))
            }
        }
        figures += spelledPercents(in: text, vocabulary: vocabulary)
        return figures
    }

    /// `百分之三十` (30%) and `百分之三点五` (3.5%): 百分之, "hundredths of", before Han
    /// numerals, with 点 before the decimals. A percentage in digits after it (`百分之30`) is
    /// read as a number already.
    static func spelledPercents(in text: [UInt16], vocabulary: NumberVocabulary) -> [Figure] {
        var figures: [Figure] = []
        var index = 0
        while index + 3 < text.count {
            guard text[index] == 0x767E, text[index + 1] == 0x5206, text[index + 2] == 0x4E4B, isNumeral(text[index + 3]) else {
                index += 1
                continue
            }
            let start = index + 3
            var end = start
            while end < text.count, isNumeral(text[end]) { end += 1 }
            guard let whole = vocabulary.chineseValue(String(utf16Units: text[start..<end])) else {
                index = end
                continue
            }
            var value = whole
            // 点 and one digit numeral per decimal place.
            if end + 1 < text.count, text[end] == 0x70B9, let first = Unicode.Scalar(text[end + 1]),
                let digit = CharacterProperties.numericValue(first), digit >= 0, digit < 10
            {
                var decimals = ""
                var position = end + 1
                while position < text.count, let scalar = Unicode.Scalar(text[position]),
                    let digit = CharacterProperties.numericValue(scalar), digit >= 0, digit < 10, digit == digit.rounded()
                {
                    decimals += String(Int(digit))
                    position += 1
                }
                if let fraction = Decimal(string: "0." + decimals) {
                    value += fraction
                    end = position
                }
            }
            figures.append(
                Figure(
                    kind: .quantity, notation: .cjk, numberRange: start..<end, number: value, scale: nil, digits: nil,
                    unit: FigureUnit(kind: .percent, form: .word, range: index..<start, isPrefix: true, spacing: "")))
            index = end
        }
        return figures
    }
}
