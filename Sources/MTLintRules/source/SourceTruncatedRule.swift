import MTLintCore
import MTLintText

/// source/truncated: a translation that stops far short of its source.
struct SourceTruncatedRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/truncated",
        severity: .warning,
        category: .accuracy,
        summary: "A translation is far shorter than its source and lacks its end.",
        explanation: """
            Machine translation and careless editing cut segments short: the translation \
            stops half-way and the rest of the source is lost. A target is expected to have \
            about as many letters and digits as its source times the ratio of the file's \
            units (their median, when the file has eight units or more with both sides), \
            else a default for the scripts (about three Latin letters per Han character, one \
            per letter between alphabets). A target with less than a third of that is flagged \
            when it also lacks the source's end: the source ends a sentence (`.`, `。`, `!`, \
            `?`) and the target does not, or the source's last figure is not in the target. \
            The message gives the expected and the actual length.

            Not flagged: short sources (under 20 letters, or under four words in an \
            alphabet), where a terse translation is normal; a short target that ends its \
            sentence and keeps the source's last figure (a headline that sums up); a target \
            of figures only (a width or a count that a PO file asks translators to set).
            """,
        examples: [
            .flags(
                "zh", "公司今天宣布，将在明年第一季度在欧洲和北美开设新门店，并招聘更多员工。", "it",
                "⟦L'azienda ha annunciato oggi che⟧", suggestion: nil),
            .flags(
                "en", "The committee approved the new budget after a long debate that lasted until late in the evening.", "it",
                "⟦Il comitato ha approvato⟧", suggestion: nil),
            .flags("zh", "今年该公司的营收预计将比去年增长很多，全年达到1200亿元。", "fr", "⟦Le chiffre augmentera.⟧", suggestion: nil),
            .passes("zh", "公司宣布裁员。", "it", "Licenziamenti"),
            .passes("zh", "公司今天宣布，将在明年第一季度在欧洲和北美开设新门店，并招聘更多员工。", "it", "Nuovi negozi in Europa e Nord America."),
            .passes(
                "zh", "公司今天宣布，将在明年第一季度在欧洲和北美开设新门店，并招聘更多员工。", "it",
                "L'azienda ha annunciato oggi che nel primo trimestre del prossimo anno aprirà nuovi negozi in Europa e in Nord America"),
            .passes("en", "Save the changes to the document?", "de", "Speichern?"),
            .passes("en", "Could not open the file because of an error.", "it", "Errore."),
            .passes("en", "22 translator: set this to the width of the column you need", "fr", "25"),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        let lengths = SourceLengths(analysis, bilingual)
        let sources = bilingual.source.text
        var lastFigureMissing = Set<Int>()
        for comparison in bilingual.figureComparisons(target: analysis) {
            let unit = bilingual.units[comparison.unitIndex]
            let last = bilingual.source.figures.slice(inside: unit.source, by: { $0.fullRange }).last
            if let last,
                comparison.missing.contains(where: { $0.fullRange == last.fullRange })
                    || comparison.mismatches.contains(where: { $0.source.fullRange == last.fullRange })
            {
                lastFigureMissing.insert(comparison.unitIndex)
            }
        }
        var found: [Diagnostic] = []
        var tokenIndex = 0
        for (index, unit) in bilingual.units.enumerated() {
            let source = SourceLengths.count(sources, unit.source)
            guard source.letters >= 20 else { continue }
            let target = SourceLengths.count(analysis.text, unit.target)
            // A target of figures only (`15`: a column width a translator sets) is no sentence cut short.
            guard target.letters > 0, analysis.text[unit.target].contains(where: CodeUnit.isLetter) else { continue }
            let (expected, ratio) = lengths.expected(source: source, target: target)
            guard target.letters * 3 < expected else { continue }
            if source.wide * 2 <= source.letters {
                // An alphabet: four words at least.
                let tokens = bilingual.source.tokens
                while tokenIndex < tokens.count, Int(tokens[tokenIndex].start) < unit.source.lowerBound { tokenIndex += 1 }
                var words = 0
                var position = tokenIndex
                while position < tokens.count, Int(tokens[position].end) <= unit.source.upperBound, words < 4 {
                    if tokens[position].kind == .word { words += 1 }
                    position += 1
                }
                guard words >= 4 else { continue }
            }
            let trimmedSource = SourceUnits.trimmed(sources, unit.source)
            let trimmedTarget = SourceUnits.trimmed(analysis.text, unit.target)
            let cut = Self.endsSentence(trimmedSource) && !Self.endsSentence(trimmedTarget)
            guard cut || lastFigureMissing.contains(index) else { continue }
            let range = trimmedTarget.startIndex..<trimmedTarget.endIndex
            let why = cut ? "it stops before the end of the source's sentence" : "the source's last figure is not in it"
            found.append(
                diagnostic(
                    range,
                    "the target has \(target.letters) letters where its source's \(source.letters) lead to expect about \(expected) (\(lengths.origin(ratio))), and \(why)",
                    related: [SourceUnits.related(unit)]))
        }
        return found
    }

    /// True when a text ends with a sentence's final mark, quotes and brackets after it aside.
    static func endsSentence(_ text: ArraySlice<UInt16>) -> Bool {
        let closers: Set<UInt16> = [0x22, 0x27, 0x29, 0x5D, 0xBB, 0x201D, 0x2019, 0x300D, 0x300F, 0xFF09, 0x3011]
        let finals: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E]
        var index = text.endIndex
        while index > text.startIndex, closers.contains(text[index - 1]) { index -= 1 }
        return index > text.startIndex && finals.contains(text[index - 1])
    }
}
