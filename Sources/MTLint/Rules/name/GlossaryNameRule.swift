import ICU

/// `name/glossary`: a rendering that the glossary lists as wrong for an entity (a literal
/// translation such as `pouf` for Doubao, 豆包), with the entity's right name.
public struct GlossaryNameRule: Rule {
    public static let metadata = RuleMetadata(
        id: "name/glossary",
        severity: .error,
        category: .terminology,
        summary: "A name the glossary lists as wrong for an entity, such as a literal translation.",
        explanation: """
            Machine translation renders Chinese names word by word: ByteDance's assistant 豆包 \
            (Doubao, "bean bun") becomes `pouf`, its bot platform 扣子 (Kouzi, "button") \
            becomes `Buttons`, the outlet 蓝鲸新闻 (Blue Whale News) becomes `Notizie sulla \
            balenottera azzurra`. The glossary lists, per entity and language, such wrong \
            renderings and the right name; mtlint ships one of 285 Chinese companies, \
            products, people, places, events, media and slogans (docs/glossary.md), and `--glossary FILE` adds \
            yours (YAML or TBX). A rendering is matched as whole words, as written (one in \
            lower case also with a capital); one marked `when: mentioned`, an ordinary word \
            elsewhere, only in a document that also names the entity or its owner. The \
            suggestion is the glossary's name for the document's language.

            Not flagged: a rendering inside a declared alias (`Kouzi (in inglese Buttons)`); \
            ordinary words marked `when: mentioned` in documents about something else.
            """,
        examples: [
            .flags("it", "ByteDance ha lanciato il ⟦pouf⟧ assistente AI l'anno scorso.", suggestion: "Doubao"),
            .flags("it", "⟦Notizie sulla balenottera azzurra⟧, 2 agosto. Il mercato cresce.", suggestion: "Blue Whale News"),
            .flags("it", "La versione nazionale \"Kouzi\" e i \"⟦Buttons⟧\" sono prodotti nazionali.", suggestion: "Kouzi"),
            .flags("fr", "⟦Nouvelles de la baleine bleue⟧, 2 août. Le marché grandit.", suggestion: "Blue Whale News"),
            .flags("es", "⟦Noticias de la ballena azul⟧, 2 de agosto. El mercado crece.", suggestion: "Blue Whale News"),
            .passes("it", "Nel salotto c'era un pouf arancione e una lampada."),
            .passes("it", "ByteDance ha lanciato Doubao e la versione nazionale Kouzi, poi Coze all'estero."),
            .passes("it", "La balenottera azzurra è il più grande animale del pianeta."),
            .passes("fr", "Le pouf du salon est orange."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let language = analysis.language.locale.language
        guard let candidates = analysis.glossary.renderings[language], !candidates.isEmpty,
              let shared = analysis.glossary.renderingStarts[language] else { return [] }
        // The glossary is shared by the workers; the filter is read for every word.
        let filter = shared.privateCopy()
        let text = analysis.text
        let entities = analysis.glossary.entities
        let aliases = analysis.aliases
        var mentioned: [Int: Bool] = [:]
        var diagnostics: [Diagnostic] = []
        var coveredUntil = 0
        /// Flags the first of `list` that stands at `start`; true when one did.
        func flagFirstMatch(of list: [Glossary.IndexedRendering]?, at start: Int) -> Bool {
            guard let list else { return false }
            // By index, and the units matched before the candidate is copied out: most fail.
            for index in list.indices {
                guard Self.matches(list[index].units, in: text, at: start) else { continue }
                let candidate = list[index]
                let range = start..<(start + candidate.units.count)
                if aliases.covers(range) { continue }
                let entity = entities[candidate.entity]
                if candidate.rendering.requiresMention {
                    if mentioned[candidate.entity] == nil { mentioned[candidate.entity] = Self.isMentioned(entity, analysis) }
                    guard mentioned[candidate.entity] == true else { continue }
                }
                let name = entity.canonicalName(in: analysis.language.tag) ?? entity.id
                let origin = entity.original.map { original in
                    original.unicodeScalars.contains { $0.value > 0x2E80 } ? "a word-by-word rendering of \(original)" : "not the name of \(original)"
                } ?? "not the name of \(name)"
                diagnostics.append(diagnostic(range,
                    "`\(analysis.string(range))` is \(origin); the name is `\(name)`",
                    suggestions: [name]))
                coveredUntil = range.upperBound
                return true
            }
            return false
        }
        for token in analysis.tokens where token.kind == .word && Int(token.start) >= coveredUntil {
            let start = Int(token.start)
            let twoUnitKey = start + 1 < text.count ? Glossary.startKey(text[start], text[start + 1]) : nil
            let oneUnitKey = Glossary.startKey(text[start], nil)
            // A rendering of four units or more is sieved by its first four, a shorter one by two.
            let mayHaveTwo = twoUnitKey.map { key in
                filter.mayContain(UInt64(key)) || (start + 3 < text.count && filter.mayContain(Glossary.prefixKey(text[start..<(start + 4)])))
            } ?? false
            let mayHaveOne = filter.mayContain(UInt64(oneUnitKey))
            guard mayHaveTwo || mayHaveOne else { continue }
            // Longest first: the renderings keyed by two units, then those keyed by one.
            if mayHaveTwo, let twoUnitKey, flagFirstMatch(of: candidates[twoUnitKey], at: start) { continue }
            if mayHaveOne { _ = flagFirstMatch(of: candidates[oneUnitKey], at: start) }
        }
        return diagnostics
    }

    /// The rendering stands at `start` as whole words: as written, or with a capital first
    /// letter when it is written in lower case; `'` and `’` are the same apostrophe.
    static func matches(_ rendering: [UInt16], in text: [UInt16], at start: Int) -> Bool {
        guard start + rendering.count <= text.count else { return false }
        for (offset, expected) in rendering.enumerated() {
            let actual = text[start + offset]
            if actual == expected { continue }
            if (actual == 0x27 || actual == 0x2019) && (expected == 0x27 || expected == 0x2019) { continue }
            if offset == 0, CodeUnit.isLowercase(expected), CodeUnit.isUppercase(actual),
               CodeUnit.foldedKey(actual) == expected
                || Unicode.Scalar(actual)?.properties.lowercaseMapping == Unicode.Scalar(expected).map(String.init) { continue }
            return false
        }
        let end = start + rendering.count
        guard end < text.count else { return true }
        return !CodeUnit.isLetterOrDigit(text[end])
    }

    /// True when the document names the entity or its owner by a right name.
    private static func isMentioned(_ entity: Glossary.Entity, _ analysis: Analysis) -> Bool {
        var names = entity.rightNames
        if let owner = entity.owner.flatMap(analysis.glossary.entity(withID:)) { names += owner.rightNames }
        let text = analysis.text
        return names.contains { name in
            let units = Array(name.utf16)
            guard let first = units.first else { return false }
            var index = 0
            while index + units.count <= text.count {
                if text[index] == first, matches(units, in: text, at: index),
                   index == 0 || !CodeUnit.isLetter(text[index - 1]) {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
