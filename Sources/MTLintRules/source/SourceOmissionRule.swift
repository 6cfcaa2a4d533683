import MTLintCore
import MTLintText

/// source/omission: a source segment with content and no translation.
struct SourceOmissionRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/omission",
        severity: .error,
        category: .accuracy,
        summary: "A source segment has no translation.",
        explanation: """
            A source segment with words or figures whose target is empty (a PO `msgstr ""`, an \
            empty XLIFF `<target/>`, an empty CSV cell) or missing (an XLIFF unit without \
            `<target>`, a TMX unit without the target language's variant) is an omission: the \
            worst damage a translation can have, and invisible in the target text alone. The \
            finding points at the empty place in the file where the target stands (or would \
            stand) and names the source as a related place. A source of placeholders, markup \
            or punctuation only is not flagged.
            """,
        examples: [
            .flags("zh", "公司当天宣布裁员。", "it", "⟦⟧", suggestion: nil),
            .flags("en", "Save the file before closing.", "fr", "⟦⟧", suggestion: nil),
            .passes("zh", "公司当天宣布裁员。", "it", "Lo stesso giorno l'azienda ha annunciato licenziamenti."),
            .passes("en", "%s", "it", ""),
            .passes("en", " — ", "it", ""),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var found: [Diagnostic] = []
        let sources = bilingual.source.text
        for unit in bilingual.units where !SourceUnits.hasContent(analysis.text, unit.target) {
            guard SourceUnits.hasContent(sources, unit.source), Self.hasWords(sources, unit.source, flags: unit.flags) else { continue }
            let anchor = unit.target.lowerBound
            let source = SourceUnits.quote(bilingual.sourceString(unit))
            found.append(
                diagnostic(
                    anchor..<anchor,
                    unit.hasTarget
                        ? "the source `\(source)` is not translated: its target is empty"
                        : "the source `\(source)` is not translated: it has no target",
                    related: [SourceUnits.related(unit)]))
        }
        return found
    }

    /// True when something besides placeholders has a letter or a digit.
    static func hasWords(_ text: [UInt16], _ range: Range<Int>, flags: [String]) -> Bool {
        var covered = [Range<Int>]()
        covered = PlaceholderScanner.placeholders(in: text, range, syntax: .init(flags: flags)).map(\.range)
        var index = range.lowerBound
        var hole = 0
        while index < range.upperBound {
            while hole < covered.count, covered[hole].upperBound <= index { hole += 1 }
            if hole < covered.count, covered[hole].contains(index) {
                index = covered[hole].upperBound
                continue
            }
            if CodeUnit.isLetterOrDigit(text[index]) { return true }
            index += 1
        }
        return false
    }
}
