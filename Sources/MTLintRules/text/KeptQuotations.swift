import MTLintCore
import MTLintText

/// The quotations of a document that a writer keeps in their original language on purpose,
/// read from its matched quotation marks (Analysis.pairedMarks):
///
/// - a quotation of few words (`«We are not for sale», ha detto`);
/// - a quotation in another language beside its translation, the quotation next to it in
///   the same paragraph and of about its length (`« We have invested heavily in Europe … »
///   (« Nous avons massivement investi en Europe … »)`), however long.
///
/// text/untranslated leaves both alone. term/inconsistent leaves alone every quotation in
/// another language: `«AI is going to change…», ovvero l'IA…` must keep the quoted form.
package struct KeptQuotations {
    /// The inside of each kept quotation, in text order of their opening marks.
    private let insides: [Range<Int>]
    /// The inside of each quotation whose function words are another language's, in text order.
    private let foreignInsides: [Range<Int>]

    /// At most this many code units between a quotation and its translation.
    static let longestGapToTranslation = 160

    /// `longest`: the most words of a quotation kept for its shortness alone.
    init(_ analysis: Analysis, longest words: Int) {
        var insides: [Range<Int>] = []
        var foreignInsides: [Range<Int>] = []
        // Quotations with no mark inside them, which therefore do not overlap: counting their
        // words costs one pass over the text in all.
        var simple: [(inside: Range<Int>, words: Int, language: QuotedLanguage)] = []
        let marks = analysis.pairedMarks.marks
        let ownProfile = analysis.languageProfileIndex
        for (position, mark) in marks.enumerated() where mark.isOpening && PairedMarks.brackets[mark.character] == nil {
            guard let partner = mark.partner, partner > mark.offset else { continue }
            let inside = (mark.offset + 1)..<partner
            let first = analysis.firstTokenIndex(atOrAfter: inside.lowerBound)
            let end = analysis.firstTokenIndex(atOrAfter: inside.upperBound)
            let hasNoMarkInside = position + 1 < marks.count && marks[position + 1].offset == partner
            if hasNoMarkInside {
                let counted = Self.count(analysis, first..<end, ownProfile: ownProfile)
                simple.append((inside, counted.words, counted.language))
                if counted.language == .other { foreignInsides.append(inside) }
                if counted.words <= words { insides.append(inside) }
                continue
            }
            guard end - first <= words * 3 else { continue }  // marks and numbers count too; most are words
            let wordCount = analysis.tokens[first..<end].reduce(0) { $0 + ($1.kind.isLetters ? 1 : 0) }
            if wordCount <= words { insides.append(inside) }
        }
        // A long quotation in another language with its translation beside it.
        for (index, quotation) in simple.enumerated() where quotation.language == .other && quotation.words > words {
            let before = index > 0 ? simple[index - 1] : nil
            let after = index + 1 < simple.count ? simple[index + 1] : nil
            let translated = [before, after].contains { neighbour in
                guard let neighbour, neighbour.language == .own,
                    neighbour.words * 2 >= quotation.words, neighbour.words <= quotation.words * 2
                else { return false }
                let gap =
                    neighbour.inside.lowerBound > quotation.inside.lowerBound
                    ? quotation.inside.upperBound..<neighbour.inside.lowerBound
                    : neighbour.inside.upperBound..<quotation.inside.lowerBound
                return gap.count <= Self.longestGapToTranslation && !Self.hasBlankLine(analysis.text[gap])
            }
            if translated { insides.append(quotation.inside) }
        }
        self.insides = insides.sorted { $0.lowerBound < $1.lowerBound }
        self.foreignInsides = foreignInsides
    }

    /// Whose function words a quotation holds.
    enum QuotedLanguage { case own, other, unknown }

    /// The words of tokens `range` and whose function words they are (`ownProfile`: the
    /// document language's index in LanguageProfile.all): another language's
    /// when two or more are function words of another language only and they outnumber the
    /// document language's; the document's when two or more are its own and they outnumber
    /// the others.
    private static func count(_ analysis: Analysis, _ range: Range<Int>, ownProfile: Int?) -> (words: Int, language: QuotedLanguage) {
        var words = 0, own = 0, other = 0
        guard let ownProfile else {
            // A language mtlint has no profile for: whose function words they are is unknown.
            return (analysis.tokens[range].reduce(0) { $0 + ($1.kind.isLetters ? 1 : 0) }, .unknown)
        }
        for index in range where analysis.tokens[index].kind.isLetters {
            words += 1
            guard analysis.hasStopWord(index) else { continue }
            if analysis.isStopWord(index, in: ownProfile) { own += 1 } else { other += 1 }
        }
        if other >= 2, other > own { return (words, .other) }
        if own >= 2, own > other { return (words, .own) }
        return (words, .unknown)
    }

    /// Two line ends with only white space between them.
    private static func hasBlankLine(_ units: ArraySlice<UInt16>) -> Bool {
        var lineEnds = 0
        for unit in units {
            if unit == 0x0A {
                lineEnds += 1
                if lineEnds == 2 { return true }
            } else if unit != 0x20, unit != 0x09, unit != 0x0D {
                lineEnds = 0
            }
        }
        return false
    }

    /// True when `range` lies inside one kept quotation.
    func contains(_ range: Range<Int>) -> Bool { Self.contains(range, in: insides) }

    /// True when `range` lies inside a quotation in another language.
    func isInForeignQuotation(_ range: Range<Int>) -> Bool { Self.contains(range, in: foreignInsides) }

    private static func contains(_ range: Range<Int>, in insides: [Range<Int>]) -> Bool {
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
