import Foundation
import MTLintText

/// A span of text that denotes a number: a quantity (`20 milioni di dollari`, `30,6%`,
/// `dieci cento milioni`, `10亿`), or a number that is not one (a date, a year, a time, an
/// ordinal, a version, a phone number, an identifier), recognised so that no rule flags it.
/// Ranges are UTF-16 offsets of the document's text.
public struct Figure: Sendable, Equatable {
    public init(
        kind: Kind, notation: Notation, numberRange: Range<Int>, number: Decimal, scale: ScalePhrase?,
        digits: DigitStyle?, unit: FigureUnit?, rangePartner: Range<Int>? = nil
    ) {
        self.kind = kind
        self.notation = notation
        numberStart = Int32(numberRange.lowerBound)
        numberEnd = Int32(numberRange.upperBound)
        self.number = number
        self.digits = digits
        boxedScale = HeapOptional(scale)
        boxedUnit = HeapOptional(unit)
        boxedRangePartner = HeapOptional(rangePartner)
    }

    public enum Kind: String, Sendable {
        case quantity, year, date, time, ordinal, version, phone, identifier
    }

    /// How the number is written.
    public enum Notation: String, Sendable {
        /// `20.000.000`, `30,6`
        case digits
        /// `venti`, `cento milioni`
        case words
        /// Digits with a scale phrase: `20 milioni`, `1,5 miliardi`.
        case mixed
        /// Chinese or Japanese numerals or units: `10亿`, `十亿`, `3万`.
        case cjk
    }

    public var kind: Kind
    public var notation: Notation
    /// The number as written, digits or words, without its scale phrase.
    public var numberRange: Range<Int> {
        get { Int(numberStart)..<Int(numberEnd) }
        set {
            numberStart = Int32(newValue.lowerBound)
            numberEnd = Int32(newValue.upperBound)
        }
    }
    // Offsets as Int32, as in Token (a text is at most 1 GiB): with the compact DigitStyle,
    // a figure takes 88 bytes instead of 128 (docs/performance.md).
    private var numberStart: Int32 = 0
    private var numberEnd: Int32 = 0
    /// The number's own value (`10` in `10 Cento milioni`).
    public var number: Decimal
    /// The scale phrase after the number, if any.
    public var scale: ScalePhrase? {
        get { boxedScale.value }
        set { boxedScale = HeapOptional(newValue) }
    }
    /// The separators of a digit number, if it has any.
    public var digits: DigitStyle?
    /// Percent, currency or unit of measure.
    public var unit: FigureUnit? {
        get { boxedUnit.value }
        set { boxedUnit = HeapOptional(newValue) }
    }
    /// For the first figure of a range (`20-25 milioni`, `da 20 a 25`), the second figure's
    /// full range; for the second, the first's.
    public var rangePartner: Range<Int>? {
        get { boxedRangePartner.value }
        set { boxedRangePartner = HeapOptional(newValue) }
    }

    // Most figures have no scale, unit or range partner: kept on the heap, an absent one
    // costs a pointer instead of its whole size in every figure (docs/performance.md).
    private var boxedScale: HeapOptional<ScalePhrase>
    private var boxedUnit: HeapOptional<FigureUnit>
    private var boxedRangePartner: HeapOptional<Range<Int>>

    /// The value of number and scale together, exactly: for a garbled scale phrase, the value
    /// its words multiply to (`10 Cento milioni` = 1,000,000,000).
    public var value: Decimal {
        guard let scale else { return number }
        return number * scale.multiplier
    }

    /// Number and scale phrase: what figure rules flag and rewrite.
    public var range: Range<Int> {
        numberRange.lowerBound..<(scale?.range.upperBound ?? numberRange.upperBound)
    }

    /// Everything that belongs to the figure: a currency symbol before it, the unit after it.
    public var fullRange: Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        if let unit {
            lower = min(lower, unit.range.lowerBound)
            upper = max(upper, unit.range.upperBound)
        }
        return lower..<upper
    }
}

/// Words after a number that multiply it: legal ones come from ICU's compact-long patterns
/// of the language (`milioni`, `mila miliardi`, `Milliarden`, `mil millones`); anything else
/// made of number and scale words is a garbled phrase, usually a Chinese unit (亿, 万)
/// rendered word by word (`Cento milioni` for 亿).
public struct ScalePhrase: Sendable, Equatable {
    public var range: Range<Int>
    /// The words in lower case, single-spaced (`cento milioni`).
    public var text: String
    /// The value the words multiply by.
    public var multiplier: Decimal
    /// True when the language writes this phrase after a number.
    public var isLegal: Bool
    /// Ranges of the phrase's number words (`Cento`), which may be miscapitalised.
    public var numberWordRanges: [Range<Int>]
    /// For an English `trillion` rendered as the language's word for 10^18 (Italian
    /// `trilioni`): what the word means in the language. `multiplier` is then 10^12, the
    /// amount meant.
    public var literalMultiplier: Decimal? = nil
}

/// How a digit number uses separators, judged against the document's language.
public struct DigitStyle: Sendable, Equatable {
    public enum Convention: String, Sendable {
        /// The language's own separators, or none.
        case local
        /// Unambiguously another convention's separators (`30.6` before `%` in Italian,
        /// `1,000,000` in Italian, `1.000.000` in English).
        case foreign
        /// Could be read either way (`1.000` or `1,000` alone).
        case ambiguous
    }

    public init(decimalSeparator: Character?, groupingSeparator: Character?, convention: Convention, localForm: String?) {
        self.convention = convention
        self.localForm = localForm
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }

    /// The decimal separator as written, if the number has a fraction.
    public var decimalSeparator: Character? {
        get { Self.character(decimalUnit) }
        set { decimalUnit = Self.unit(newValue) }
    }
    /// The grouping separator as written, if the number has groups.
    public var groupingSeparator: Character? {
        get { Self.character(groupingUnit) }
        set { groupingUnit = Self.unit(newValue) }
    }
    public var convention: Convention
    /// The number rewritten in the language's convention (`30,6`), for foreign numbers.
    public var localForm: String?

    // A separator is one code unit (DigitParser.separators), kept as a number, 0 for none:
    // as two optional Characters the style was 56 bytes of every figure.
    private var decimalUnit: UInt16 = 0
    private var groupingUnit: UInt16 = 0

    private static func unit(_ character: Character?) -> UInt16 { character?.utf16.first ?? 0 }
    private static func character(_ unit: UInt16) -> Character? {
        unit == 0 ? nil : Unicode.Scalar(unit).map(Character.init)
    }
}

/// What a figure counts.
public struct FigureUnit: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case percent
        case perMille
        /// ISO 4217 code.
        case currency(String)
        /// A unit of length or mass by its symbol (`km`, `mi`, `kg`, `lb`, `m`, `ft`).
        case measure(String)
    }

    /// How the unit is written.
    public enum Form: String, Sendable {
        /// `%`, `$`, `€`, `km`
        case symbol
        /// `per cento`, `dollari`, `chilometri`
        case word
        /// `USD`, `CNY`
        case code
    }

    public var kind: Kind
    public var form: Form
    public var range: Range<Int>
    /// True when the unit stands before the number (`$20`, `USD 20`).
    public var isPrefix: Bool
    /// The white space between number and unit as written: "" for `29%`, " " for `29 %`.
    public var spacing: String
}

/// An optional value stored on the heap, for a rarely present part of a struct kept by the
/// hundred thousand: eight bytes when absent. The box is never changed after it is made,
/// so copies of the struct cannot see each other's changes.
package struct HeapOptional<Value: Sendable & Equatable>: Sendable, Equatable {
    private final class Box: Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private let box: Box?

    init(_ value: Value?) { box = value.map(Box.init) }

    var value: Value? { box?.value }

    package static func == (lhs: HeapOptional, rhs: HeapOptional) -> Bool { lhs.value == rhs.value }
}
