import ICU
import MTLintCore
import MTLintText

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
            renderings and the right name; mtlint ships one of 320 Chinese companies, \
            products, people, places, events, media and slogans (docs/glossary.md), and \
            `--glossary FILE` adds yours (YAML or TBX). A rendering is matched as whole words, as written (one in \
            lower case also with a capital); one marked `when: mentioned`, an ordinary word \
            elsewhere, only in a document that also names the entity or its owner, or two \
            other entities of the glossary of its kind (a text about Chinese companies). An \
            English calque of three words or more (`Dark Side of the Moon` for Moonshot AI) is \
            looked for in every language, since pivot translation carries it over. In a text \
            that lost its capitals (see text/lost-capitals), renderings are matched in any \
            case: `conferenza huawei full connection`. The suggestion is the glossary's name \
            for the document's language.

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
            .flags("it", "Le start-up cinesi Zhipu AI, MiniMax e ⟦Dark Side of the Moon⟧ crescono.", suggestion: "Moonshot AI"),
            .passes("it", "L'album Dark Side of the Moon dei Pink Floyd compie cinquant'anni."),
            .flags(
                "it",
                """
                il 19 settembre huawei ha aperto la ⟦conferenza huawei full connection⟧ a shanghai. la società ha detto molto. \
                secondo gli analisti, il mercato cresce ancora. il gruppo vende nuovi server in europa. tutti ne parlano in città oggi.
                """, suggestion: "Huawei Connect"),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let language = analysis.language.locale.language
        guard let candidates = analysis.glossary.renderings[language], !candidates.isEmpty,
            let shared = analysis.glossary.renderingStarts[language]
        else { return [] }
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
                    if mentioned[candidate.entity] == nil {
                        mentioned[candidate.entity] =
                            Self.isMentioned(entity, analysis) || Self.namesOthersOfItsKind(candidate.entity, analysis)
                    }
                    guard mentioned[candidate.entity] == true else { continue }
                }
                let name = entity.canonicalName(in: analysis.language.tag) ?? entity.id
                let origin =
                    entity.original.map { original in
                        original.unicodeScalars.contains { $0.value > 0x2E80 }
                            ? "a word-by-word rendering of \(original)" : "not the name of \(original)"
                    } ?? "not the name of \(name)"
                diagnostics.append(
                    diagnostic(
                        range,
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
            let mayHaveTwo =
                twoUnitKey.map { key in
                    filter.mayContain(UInt64(key))
                        || (start + 3 < text.count && filter.mayContain(Glossary.prefixKey(text[start..<(start + 4)])))
                } ?? false
            let mayHaveOne = filter.mayContain(UInt64(oneUnitKey))
            guard mayHaveTwo || mayHaveOne else { continue }
            // Longest first: the renderings keyed by two units, then those keyed by one.
            if mayHaveTwo, let twoUnitKey, flagFirstMatch(of: candidates[twoUnitKey], at: start) { continue }
            if mayHaveOne { _ = flagFirstMatch(of: candidates[oneUnitKey], at: start) }
        }
        if diagnostics.isEmpty, analysis.lowerCaseText != nil {
            diagnostics = lowerCaseMatches(analysis, candidates.values.joined())
        }
        return diagnostics
    }

    /// In a text that lost its capitals (text/lost-capitals), the renderings compared without
    /// case: `conferenza huawei full connection`. Renderings are grouped by their first two
    /// code units folded to lower case, so each word is compared with few of them.
    private func lowerCaseMatches(_ analysis: Analysis, _ renderings: some Sequence<Glossary.IndexedRendering>) -> [Diagnostic] {
        let text = analysis.text
        var byStart: [UInt32: [(units: [UInt16], rendering: Glossary.IndexedRendering)]] = [:]
        for rendering in renderings where rendering.units.count >= 2 {
            let folded = rendering.units.map(CodeUnit.foldedKey)
            byStart[UInt32(folded[0]) << 16 | UInt32(folded[1]), default: []].append((folded, rendering))
        }
        var mentioned: [Int: Bool] = [:]
        var folded: [UInt16]?
        var diagnostics: [Diagnostic] = []
        var coveredUntil = 0
        for token in analysis.tokens where token.kind == .word && Int(token.start) >= coveredUntil && token.end - token.start >= 2 {
            let start = Int(token.start)
            guard let list = byStart[UInt32(CodeUnit.foldedKey(text[start])) << 16 | UInt32(CodeUnit.foldedKey(text[start + 1]))] else {
                continue
            }
            for (units, candidate) in list where start + units.count <= text.count {
                guard units.indices.allSatisfy({ CodeUnit.foldedKey(text[start + $0]) == units[$0] }),
                    start + units.count == text.count || !CodeUnit.isLetterOrDigit(text[start + units.count])
                else { continue }
                let entity = analysis.glossary.entities[candidate.entity]
                if candidate.rendering.requiresMention {
                    if folded == nil { folded = text.map(CodeUnit.foldedKey) }
                    if mentioned[candidate.entity] == nil {
                        mentioned[candidate.entity] = Self.isMentioned(entity, inFolded: folded ?? [], analysis)
                    }
                    guard mentioned[candidate.entity] == true else { continue }
                }
                let range = start..<(start + units.count)
                let name = entity.canonicalName(in: analysis.language.tag) ?? entity.id
                diagnostics.append(
                    diagnostic(
                        range, "`\(analysis.string(range))` is a word-by-word rendering, written in lower case, of `\(name)`",
                        suggestions: [name]))
                coveredUntil = range.upperBound
                break
            }
            if diagnostics.count >= 100 { break }
        }
        return diagnostics
    }

    /// True when a right name of the entity or its owner stands in the text (`folded`, its
    /// code units in lower case) in any case.
    private static func isMentioned(_ entity: Glossary.Entity, inFolded folded: [UInt16], _ analysis: Analysis) -> Bool {
        var names = entity.rightNames
        if let owner = entity.owner.flatMap(analysis.glossary.entity(withID:)) { names += owner.rightNames }
        return names.contains { name in
            let units = name.utf16.map(CodeUnit.foldedKey)
            guard !units.isEmpty, units.count <= folded.count else { return false }
            return (0...(folded.count - units.count)).contains { index in
                folded[index] == units[0] && (index == 0 || !CodeUnit.isLetter(folded[index - 1]))
                    && folded[index..<(index + units.count)].elementsEqual(units)
            }
        }
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
                    || Unicode.Scalar(actual)?.properties.lowercaseMapping == Unicode.Scalar(expected).map(String.init)
            {
                continue
            }
            return false
        }
        let end = start + rendering.count
        guard end < text.count else { return true }
        return !CodeUnit.isLetterOrDigit(text[end])
    }

    /// True when the document names two other entities of the glossary of the same kind by
    /// their right names (`Zhipu AI`, `MiniMax` beside `Dark Side of the Moon`): a text about
    /// Chinese companies, where a literal rendering of one of them is no ordinary phrase.
    private static func namesOthersOfItsKind(_ entityIndex: Int, _ analysis: Analysis) -> Bool {
        let glossary = analysis.glossary
        let kind = glossary.entities[entityIndex].kind
        var others = Set<Int>()
        for name in analysis.names where !name.isNonLatin {
            guard let other = glossary.entityIndex(withNameKey: analysis.names.key(of: name)), other != entityIndex,
                glossary.entities[other].kind == kind
            else { continue }
            others.insert(other)
            if others.count >= 2 { return true }
        }
        return false
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
                    index == 0 || !CodeUnit.isLetter(text[index - 1])
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }
}
