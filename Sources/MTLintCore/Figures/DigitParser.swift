import Foundation
import MTLintText

/// Reads a number written in digits with separators (`1.234,5`, `30.6`, `1,000,000`,
/// `1 000 000`) against a language's convention, and says whether its separators are the
/// language's own, another convention's, or could be either.
package struct DigitParser {
    let decimalSeparator: Character
    let groupingSeparator: Character
    /// Space-like grouping (French): any of space, no-break space, narrow no-break space.
    let groupsWithSpaces: Bool

    struct Reading: Equatable {
        var value: Decimal
        var style: DigitStyle
    }

    static let separators: Set<Character> = [".", ",", "'", "’", " ", "\u{A0}", "\u{202F}"]

    private func isLocalGrouping(_ character: Character) -> Bool {
        character == groupingSeparator || (groupsWithSpaces && (character == " " || character == "\u{A0}" || character == "\u{202F}"))
    }

    /// The reading of `text`, or nil when it is not a plain number (`31.07.2024`, `1.2.3`).
    func read(_ text: String) -> Reading? {
        // Most numbers are plain digits (`2024`, `20`): read without splitting into parts.
        if text.utf8.count <= 18, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let integer = Int64(text) {
            return Reading(
                value: Decimal(integer),
                style: DigitStyle(decimalSeparator: nil, groupingSeparator: nil, convention: .local, localForm: nil))
        }
        var parts: [String] = [""]
        var marks: [Character] = []
        for character in text {
            if character.isASCII, character.isNumber {
                parts[parts.count - 1].append(character)
            } else if Self.separators.contains(character) {
                marks.append(character)
                parts.append("")
            } else {
                return nil
            }
        }
        guard !parts.contains(where: \.isEmpty) else { return nil }
        let kinds = Set(marks)
        func grouped(_ groups: ArraySlice<String>) -> Bool {
            guard let first = groups.first, (1...3).contains(first.count) else { return false }
            return groups.dropFirst().allSatisfy { $0.count == 3 }
        }
        func reading(
            integer: ArraySlice<String>, fraction: String?, decimal: Character?, grouping: Character?, convention: DigitStyle.Convention
        ) -> Reading? {
            let digits = integer.joined() + (fraction.map { "." + $0 } ?? "")
            guard let value = Decimal(string: digits) else { return nil }
            var local: String?
            if convention == .foreign {
                let groupingText = String(groupingSeparator)
                let integerText = grouping == nil ? integer.joined() : Self.group(integer.joined(), with: groupingText)
                local = integerText + (fraction.map { String(decimalSeparator) + $0 } ?? "")
            }
            return Reading(
                value: value,
                style: DigitStyle(decimalSeparator: decimal, groupingSeparator: grouping, convention: convention, localForm: local))
        }

        switch kinds.count {
        case 0:
            return reading(integer: parts[...], fraction: nil, decimal: nil, grouping: nil, convention: .local)
        case 1:
            let mark = marks[0]
            if marks.count > 1 {
                // Several of one mark: only grouping makes sense.
                guard grouped(parts[...]) else { return nil }
                return reading(
                    integer: parts[...], fraction: nil, decimal: nil, grouping: mark,
                    convention: isLocalGrouping(mark) ? .local : .foreign)
            }
            let integer = parts[0], fraction = parts[1]
            if fraction.count == 3, (1...3).contains(integer.count) {
                // `1.000` or `1,000`: a group of a thousand, or three decimals.
                if isLocalGrouping(mark) {
                    return reading(integer: parts[...], fraction: nil, decimal: nil, grouping: mark, convention: .local)
                }
                if mark == decimalSeparator {
                    return reading(integer: parts[..<1], fraction: fraction, decimal: mark, grouping: nil, convention: .ambiguous)
                }
                return nil
            }
            if mark == decimalSeparator {
                return reading(integer: parts[..<1], fraction: fraction, decimal: mark, grouping: nil, convention: .local)
            }
            if mark == "." || mark == "," {
                // The other convention's decimal point: digits after it are not a group of three.
                return reading(integer: parts[..<1], fraction: fraction, decimal: mark, grouping: nil, convention: .foreign)
            }
            return nil
        case 2:
            // Groups, then one decimal mark of the other kind, last: `1.234,5` or `1,234.5`.
            guard let decimal = marks.last, marks.filter({ $0 == decimal }).count == 1,
                let grouping = marks.first, grouping != decimal,
                grouped(parts.dropLast())
            else { return nil }
            let local = decimal == decimalSeparator && isLocalGrouping(grouping)
            return reading(
                integer: parts.dropLast(), fraction: parts.last, decimal: decimal, grouping: grouping,
                convention: local ? .local : .foreign)
        default:
            return nil
        }
    }

    /// `1234567` -> `1.234.567` with the given separator.
    package static func group(_ digits: String, with separator: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
