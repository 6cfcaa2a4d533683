import Testing

@testable import MTLintCore

/// Values kept by the hundred thousand in a long text store their fields as numbers behind
/// the usual properties (docs/performance.md): what is set is what is read, the absent
/// values included, at offset 0 too.
@Suite struct CompactValuesTests {
    @Test func aPairedMarkGivesBackWhatItWasGiven() {
        var mark = PairedMarks.Mark(offset: 0, character: "«", isOpening: true, partner: 0, expected: "»", mismatched: true)
        #expect(mark.offset == 0 && mark.character == "«" && mark.isOpening)
        #expect(mark.partner == 0 && mark.expected == "»" && mark.mismatched && !mark.continues)
        mark.partner = nil
        mark.expected = nil
        mark.isOpening = false
        mark.continues = true
        mark.offset = 1_000_000_000
        #expect(mark.partner == nil && mark.expected == nil && !mark.isOpening && mark.continues && mark.mismatched)
        #expect(mark.offset == 1_000_000_000)
        let plain = PairedMarks.Mark(offset: 7, character: "\"", isOpening: false)
        #expect(plain.partner == nil && plain.expected == nil && !plain.mismatched && !plain.continues)
        #expect(plain == PairedMarks.Mark(offset: 7, character: "\"", isOpening: false, partner: nil, expected: nil))
        #expect(plain != PairedMarks.Mark(offset: 7, character: "“", isOpening: false))
    }

    @Test func aFigureAndItsDigitStyleGiveBackWhatTheyWereGiven() {
        let style = DigitStyle(decimalSeparator: ",", groupingSeparator: "\u{202F}", convention: .foreign, localForm: "1\u{202F}000,5")
        #expect(style.decimalSeparator == "," && style.groupingSeparator == "\u{202F}")
        #expect(style.convention == .foreign && style.localForm == "1\u{202F}000,5")
        var none = DigitStyle(decimalSeparator: nil, groupingSeparator: nil, convention: .local, localForm: nil)
        #expect(none.decimalSeparator == nil && none.groupingSeparator == nil)
        none.groupingSeparator = "."
        #expect(none.groupingSeparator == "." && none.decimalSeparator == nil)
        var figure = Figure(
            kind: .quantity, notation: .digits, numberRange: 0..<5, number: 1000.5, scale: nil, digits: style, unit: nil)
        #expect(figure.numberRange == 0..<5 && figure.digits == style && figure.range == 0..<5)
        figure.numberRange = 3..<1_000_000_000
        #expect(figure.numberRange == 3..<1_000_000_000)
    }
}
