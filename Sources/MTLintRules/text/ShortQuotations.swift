import MTLintCore
import MTLintText

/// The quotations of a document that hold few words (`«We are not for sale», ha detto`): a
/// writer quotes words in their original language on purpose, so text/untranslated leaves
/// them alone. Read from the document's matched quotation marks (Analysis.pairedMarks).
package struct ShortQuotations {
    /// The inside of each short quotation, in text order of their opening marks.
    private let insides: [Range<Int>]

    init(_ analysis: Analysis, longest words: Int) {
        var insides: [Range<Int>] = []
        for mark in analysis.pairedMarks.marks where mark.isOpening && PairedMarks.brackets[mark.character] == nil {
            guard let partner = mark.partner, partner > mark.offset else { continue }
            let inside = (mark.offset + 1)..<partner
            let first = analysis.firstTokenIndex(atOrAfter: inside.lowerBound)
            let end = analysis.firstTokenIndex(atOrAfter: inside.upperBound)
            guard end - first <= words * 3 else { continue }  // marks and numbers count too; most are words
            let wordCount = analysis.tokens[first..<end].reduce(0) { $0 + ($1.kind.isLetters ? 1 : 0) }
            if wordCount <= words { insides.append(inside) }
        }
        self.insides = insides
    }

    /// True when `range` lies inside one short quotation.
    func contains(_ range: Range<Int>) -> Bool {
        // The last quotation opened at or before the range, and the few before it (nested ones).
        var low = 0, high = insides.count
        while low < high {
            let middle = (low + high) / 2
            if insides[middle].lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, index >= low - 3 {
            if insides[index].lowerBound <= range.lowerBound, insides[index].upperBound >= range.upperBound { return true }
            index -= 1
        }
        return false
    }
}
