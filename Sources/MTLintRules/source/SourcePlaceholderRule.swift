import MTLintCore
import MTLintDocuments
import MTLintText

/// source/placeholder: placeholders and inline tags that differ between source and target.
struct SourcePlaceholderRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/placeholder",
        severity: .error,
        category: .accuracy,
        summary: "A placeholder or inline tag of the source is missing from the translation, or one is added.",
        explanation: """
            What a program fills in must survive translation unchanged: printf conversions \
            (`%d`, `%s`, `%1$s`, `%-10.3f`, `%zu`), Python's `%(name)s` and `{name}`, ICU \
            MessageFormat arguments (`{count, plural, ...}`, whose selector messages are text), \
            Qt's `%1`, markup written in the text (`<b>`, `</a>`), and the inline tags of XLIFF \
            and TMX (`<x/>`, `<g>`, `<ph>`, `<pc>`, `<bpt>` ...), compared by name and id. A \
            missing or changed placeholder crashes the program or shows the wrong value; the \
            order of unnumbered printf conversions matters (`%s ... %d` cannot become \
            `%d ... %s`), a numbered one (`%2$s`) may move.

            PO flags choose the syntax: an entry marked `c-format` (or `python-format`, \
            `qt-format` ...) is read strictly, `% d` included; `no-c-format` turns printf off. \
            Without a flag only unambiguous forms count, so that `30% di` is prose. In a plural \
            entry a form may leave out the count (`%d file` as `un file`, `%s bytes` as \
            `ein Byte`), and may use the placeholders of either source form. A strftime format \
            (`%H:%M`, `%a %e %b`), which a translation adapts to its locale, is not compared as \
            printf, and `{HEXNUMBER}` or `<file>` in a usage line are words, not placeholders, \
            unless a flag says otherwise. A placeholder added to the target is flagged \
            where it stands; one missing flags the whole target.
            """,
        examples: [
            .flags("en", "Deleted %d files", "it", "Eliminati ⟦%s⟧ file", suggestion: "%d"),
            .flags("en", "Hello, {name}!", "fr", "Bonjour, ⟦{nom}⟧ !", suggestion: "{name}"),
            .flags("en", "Saved to %(path)s", "it", "⟦Salvato nella cartella⟧", suggestion: nil),
            .flags(
                "en", "Click <b>Save</b> to keep the changes.", "it", "⟦Fare clic su <b>Salva per conservare le modifiche.⟧",
                suggestion: nil),
            .passes("en", "Deleted %d files in %s", "it", "Eliminati %d file in %s"),
            .passes("en", "%s of %s", "de", "%2$s von %1$s"),
            .passes("en", "{count, plural, one {# file} other {# files}}", "it", "{count, plural, one {# file} other {# file}}"),
            .passes("zh", "增长30%的用户", "it", "Il 30% di utenti in più"),
            .passes("en", "100% free", "fr", "100 % gratuit"),
            .passes("en", "Click <b>Save</b> to keep the changes.", "it", "Fare clic su <b>Salva</b> per conservare le modifiche."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        let units = bilingual.units
        var found: [Diagnostic] = []
        for (index, unit) in units.enumerated() where !unit.target.isEmpty {
            let syntax = PlaceholderScanner.Syntax(flags: unit.flags)
            var source = PlaceholderScanner.placeholders(in: bilingual.source.text, unit.source, syntax: syntax)
            let target = PlaceholderScanner.placeholders(in: analysis.text, unit.target, syntax: syntax)
            var sourceKeys = source.map(\.key) + unit.sourceTags.map { "tag " + $0.key }
            let targetItems = target.map { ($0.key, $0.range, $0.isCount) } + unit.targetTags.map { ("tag " + $0.key, $0.range, false) }
            guard !sourceKeys.isEmpty || !targetItems.isEmpty else { continue }
            let isPlural = unit.flags.contains("plural")
            // A plural form may use the placeholders of either source form (its siblings' sources).
            var allowed = Set(sourceKeys)
            if isPlural {
                let base = Self.entry(of: unit.id)
                var sibling = index - 1
                while sibling >= 0, Self.entry(of: units[sibling].id) == base {
                    allowed.formUnion(
                        PlaceholderScanner.placeholders(in: bilingual.source.text, units[sibling].source, syntax: syntax).map(\.key))
                    sibling -= 1
                }
                sibling = index + 1
                while sibling < units.count, Self.entry(of: units[sibling].id) == base {
                    allowed.formUnion(
                        PlaceholderScanner.placeholders(in: bilingual.source.text, units[sibling].source, syntax: syntax).map(\.key))
                    sibling += 1
                }
            }
            // Match the target's against the source's, as multisets.
            var extra: [(key: String, range: Range<Int>)] = []
            for item in targetItems {
                if let position = sourceKeys.firstIndex(of: item.0) {
                    sourceKeys.remove(at: position)
                    if let sourcePosition = source.firstIndex(where: { $0.key == item.0 }) { source.remove(at: sourcePosition) }
                } else if !(isPlural && allowed.contains(item.0)) {
                    extra.append((item.0, item.1))
                }
            }
            // What is left of the source is missing; a plural form may leave out a count.
            let missing = isPlural ? [] : sourceKeys
            let sourceTexts = bilingual.source.text
            let missingShown: [String] = missing.map { key in
                if let placeholder = source.first(where: { $0.key == key }) {
                    return String(decoding: sourceTexts[placeholder.range], as: UTF16.self)
                }
                return key.hasPrefix("tag ") ? "<\(key.dropFirst(4))>" : key
            }
            for (position, item) in extra.enumerated() {
                let written = analysis.string(item.range)
                let shown = written == "\u{FFFC}" || written.isEmpty ? "<\(item.key.dropFirst(4))>" : written
                let suggestion = extra.count == missingShown.count ? missingShown[position] : nil
                found.append(
                    diagnostic(
                        item.range,
                        "`\(shown)` is not a placeholder of the source"
                            + (missingShown.isEmpty ? "" : " (the source has \(missingShown.map { "`\($0)`" }.joined(separator: ", ")))"),
                        suggestions: suggestion.map { [$0] } ?? [], related: [SourceUnits.related(unit)]))
            }
            if extra.isEmpty, !missingShown.isEmpty {
                let target = SourceUnits.trimmed(analysis.text, unit.target)
                found.append(
                    diagnostic(
                        target.startIndex..<target.endIndex,
                        "the source's \(missingShown.map { "`\($0)`" }.joined(separator: ", ")) \(missingShown.count == 1 ? "is" : "are") missing from the translation",
                        related: [SourceUnits.related(unit)]))
            }
        }
        return found
    }

    /// A plural form's entry: its id without the `[n]` of the form.
    static func entry(of id: String) -> Substring {
        guard id.hasSuffix("]"), let open = id.lastIndex(of: "[") else { return id[...] }
        return id[..<open]
    }
}
