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
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            let token = tokens[index]
            if token.kind == .number, Int(token.end) < text.count,
                units[text[Int(token.end)]] != nil
                    || (Int(token.end) + 1 < text.count && approximateAfter.contains(text[Int(token.end)])
                        && units[text[Int(token.end) + 1]] != nil)
            {
                // `10多亿`, `3余万`: more than; the value is the round one.
                // Digits and unit characters: `10亿`, `1.5亿`, `3万`.
                var end = Int(token.end)
                if approximateAfter.contains(text[end]) { end += 1 }
                var multiplier: Decimal = 1
                while end < text.count, let unit = units[text[end]] {
                    multiplier *= unit
                    end += 1
                }
                guard let number = Decimal(string: asciiDigits(text[token.range].lazy.filter { $0 != 0x2C && $0 != 0xFF0C }))
                else { continue }
                figures.append(
                    Figure(
                        kind: .quantity, notation: .cjk, numberRange: Int(token.start)..<end,
                        number: number * multiplier, scale: nil, digits: nil, unit: nil))
            } else if token.kind == .ideographic || token.kind == .kana {
                // A word made only of Han numerals, not touching other Han characters.
                let range = token.range
                guard range.count >= 2, text[range].allSatisfy(isNumeral),
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
