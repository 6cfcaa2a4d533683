import Foundation
import ICU
import MTLintCore
import MTLintText

/// source/name-mismatch: a name of the source whose right rendering is missing from its
/// translation while a wrong one stands there.
struct SourceNameMismatchRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/name-mismatch",
        severity: .error,
        category: .terminology,
        summary: "A name of the source is rendered wrongly in its translation.",
        explanation: """
            A name in a source segment must come out in its translation as its accepted \
            rendering: Chinese `豆包` as `Doubao`, not as the literal `pouf`. Two kinds of \
            names are read in the source. A glossary entity's `original` (`豆包`, `扣子`): when \
            the target has none of the entity's right names (canonical, `also`, the original) \
            but one of the wrong renderings the glossary lists for the target language (or \
            for English, which pivot translation carries over), that rendering is flagged, with \
            the entity's name as the suggestion; the source itself is the mention that \
            `name/glossary` waits for. And a Han name read through ICU's Han-Latin \
            transliteration without tones and spaces (`豆包` → `doubao`): when the file \
            renders it right elsewhere (a unit whose source has `豆包` and whose target has \
            `Doubao`) and a unit with `豆包` in its source has no such rendering but exactly one \
            other capitalised name mid-sentence that nothing else explains (not in the source, \
            not the pinyin of a part of it, not a glossary name, not a name rendered right \
            elsewhere, and only in units whose source has `豆包`), that name is flagged.

            Not flagged: a target that rephrases or leaves out the name with no wrong \
            rendering in its place; a target with two or more unexplained capitalised names \
            (which one stands for the name is not known); targets in languages that capitalise \
            nouns (German), for the pinyin reading.
            """,
        examples: [
            .flags("zh", "豆包的用户数量翻了一番。", "it", "Gli utenti di ⟦pouf⟧ sono raddoppiati.", suggestion: "Doubao"),
            .flags("zh", "扣子平台今天上线。", "fr", "La plateforme ⟦Buttons⟧ est lancée aujourd'hui.", suggestion: "Kouzi"),
            .flags("zh", "王小川宣布了新计划。", "it", "⟦Wang Piccolo Fiume⟧ ha annunciato un nuovo piano.", suggestion: "Wang Xiaochuan")
                .after([.init("王小川是公司的创始人。", "Wang Xiaochuan è il fondatore della società.")]),
            .flags("zh", "文心昨天发布了新版本。", "it", "Ieri il modello ⟦Cuore Letterario⟧ ha ricevuto una nuova versione.", suggestion: "Wenxin")
                .after([.init("文心是一个模型。", "Wenxin è un modello.")]),
            .passes("zh", "豆包的用户数量翻了一番。", "it", "Gli utenti di Doubao sono raddoppiati."),
            .passes("zh", "豆包的用户数量翻了一番。", "it", "Gli utenti dell'assistente sono raddoppiati."),
            .passes("zh", "豆包的用户数量翻了一番。", "it", "Gli utenti di Doubao (in italiano pouf) sono raddoppiati."),
            .passes("zh", "他买了一个豆包当早餐。", "en", "He bought a Doubao for breakfast."),
            .passes("zh", "文心昨天在北京发布了新版本。", "it", "Ieri a Pechino è uscita una nuova versione del modello.")
                .after([.init("文心是一个模型。", "Wenxin è un modello."), .init("北京很大。", "Pechino è grande.")]),
            .passes("zh", "文心昨天发布了新版本。", "it", "Ieri Robin Li ha presentato il modello a Parigi.")
                .after([.init("文心是一个模型。", "Wenxin è un modello.")]),
            .passes("zh", "文心一言已经开放给所有用户。", "it", "Ernie Bot è ora aperto a tutti gli utenti.")
                .after([.init("文心是一个模型。", "Wenxin è un modello.")]),
            .passes("zh", "文心昨天发布了新版本。", "it", "Ieri il modello di Wen Xin ha ricevuto una nuova versione.")
                .after([.init("文心是一个模型。", "Wenxin è un modello.")]),
            .passes("zh", "文心昨天发布了新版本。", "de", "Gestern erhielt das Modell Herz eine neue Version.")
                .after([.init("文心是一个模型。", "Wenxin ist ein Modell.")]),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var flaggedUnits = Set<Int>()
        var found = glossaryMismatches(analysis, bilingual, flagged: &flaggedUnits)
        found += PinyinNames(analysis, bilingual).mismatches(skipping: flaggedUnits) { range, message, suggestion, related in
            diagnostic(range, message, suggestions: suggestion.map { [$0] } ?? [], related: related)
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Glossary entities whose original stands in a source and whose wrong rendering stands in
    /// its target, with none of their right names.
    private func glossaryMismatches(_ analysis: Analysis, _ bilingual: BilingualAnalysis, flagged: inout Set<Int>) -> [Diagnostic] {
        let entities = analysis.glossary.entities
        let language = analysis.language.locale.language
        // The originals by their first two code units: each source position is compared with few.
        var originals: [UInt32: [(entity: Int, units: [UInt16])]] = [:]
        for (index, entity) in entities.enumerated() {
            guard let original = entity.original, entity.wrong[language] != nil || entity.wrong["en"] != nil else { continue }
            let units = Array(original.utf16)
            guard units.count >= 2 else { continue }
            originals[UInt32(units[0]) << 16 | UInt32(units[1]), default: []].append((index, units))
        }
        guard !originals.isEmpty else { return [] }
        let sources = bilingual.source.text
        let text = analysis.text
        var found: [Diagnostic] = []
        for (unitIndex, unit) in bilingual.units.enumerated() where !unit.target.isEmpty && unit.source.count >= 2 {
            var seen = Set<Int>()
            var position = unit.source.lowerBound
            while position + 1 < unit.source.upperBound {
                defer { position += 1 }
                guard let list = originals[UInt32(sources[position]) << 16 | UInt32(sources[position + 1])] else { continue }
                for (index, units) in list where !seen.contains(index) {
                    let range = position..<(position + units.count)
                    guard range.upperBound <= unit.source.upperBound, sources[range].elementsEqual(units),
                        Self.isWholeWord(range, in: sources, within: unit.source)
                    else { continue }
                    seen.insert(index)
                    let entity = entities[index]
                    let name = entity.canonicalName(in: analysis.language.tag) ?? entity.id
                    let right = entity.rightNames + [name]
                    if right.contains(where: { Self.find($0, in: text, unit.target) != nil }) { continue }
                    let wrong = (entity.wrong[language] ?? []) + (language == "en" ? [] : entity.wrong["en"] ?? [])
                    // The longest first: `panino di fagioli` before `panino`.
                    guard
                        let hit = wrong.map(\.text).sorted(by: { $0.count > $1.count }).lazy.compactMap({
                            Self.find($0, in: text, unit.target)
                        }).first,
                        !analysis.aliases.covers(hit)
                    else { continue }
                    let original = bilingual.source.string(range)
                    flagged.insert(unitIndex)
                    found.append(
                        diagnostic(
                            hit, "`\(analysis.string(hit))` renders the source's `\(original)` word by word; its name is `\(name)`",
                            suggestions: [name], related: [SourceUnits.related(range, "`\(original)` in the source")]))
                }
            }
        }
        return found
    }

    /// True when a Latin name does not continue a longer word on either side (Han has no word
    /// boundaries to check).
    static func isWholeWord(_ range: Range<Int>, in text: [UInt16], within bounds: Range<Int>) -> Bool {
        func latin(_ index: Int) -> Bool { bounds.contains(index) && CodeUnit.isLatinLetter(text[index]) }
        return !(latin(range.lowerBound) && latin(range.lowerBound - 1)) && !(latin(range.upperBound - 1) && latin(range.upperBound))
    }

    /// The first place of `needle` in `bounds` of `text`, as a whole word, its case folded.
    static func find(_ needle: String, in text: [UInt16], _ bounds: Range<Int>) -> Range<Int>? {
        let units = needle.utf16.map(CodeUnit.foldedKey)
        guard let first = units.first, units.count <= bounds.count else { return nil }
        var start = bounds.lowerBound
        while start + units.count <= bounds.upperBound {
            defer { start += 1 }
            guard CodeUnit.foldedKey(text[start]) == first else { continue }
            var matched = true
            for offset in 1..<units.count where CodeUnit.foldedKey(text[start + offset]) != units[offset] {
                matched = false
                break
            }
            let range = start..<(start + units.count)
            if matched {
                // A CJK needle has no word edge; a Latin one must not sit inside a word.
                let before = range.lowerBound > bounds.lowerBound && CodeUnit.isLetter(text[range.lowerBound - 1])
                let after = range.upperBound < bounds.upperBound && CodeUnit.isLetter(text[range.upperBound])
                if !(CodeUnit.isLatinLetter(units[0]) && before) && !(CodeUnit.isLatinLetter(units[units.count - 1]) && after) {
                    return range
                }
            }
        }
        return nil
    }
}
