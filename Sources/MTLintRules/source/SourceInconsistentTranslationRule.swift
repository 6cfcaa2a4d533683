import Foundation
import MTLintCore
import MTLintDocuments
import MTLintText

/// source/inconsistent-translation: one source translated two ways in a file, or two sources
/// that differ in a figure, a name or a negation translated alike.
struct SourceInconsistentTranslationRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/inconsistent-translation",
        severity: .warning,
        category: .terminology,
        summary: "One source is translated two ways, or two different sources alike.",
        explanation: """
            Across the units of one file, the same source segment (white space and the case \
            of its first letter aside) should have the same translation: when it has two, the less frequent one \
            (the later one on a tie) is flagged, naming the other. And two sources that differ \
            in a figure (`3 files`, `5 files`), a name (`Firefox`, `Chrome`) or a negation \
            (`Show`, `Don't show`) should not share one translation: the unit whose target \
            lacks its source's own figure (else the later one) is flagged. These are the \
            consistency checks of translation QA tools such as Xbench.

            Not flagged: sources under three characters, and a source of one word translated \
            two ways (`None` as `Nessuna` and `Nessuno`: a word alone takes the gender of what \
            it stands for); sources that differ in case beyond \
            their first letter (`None`, `NONE`); rows of a table (a tab, or three spaces in a \
            row); targets that differ only in white space or case; two sources that differ in \
            anything besides a figure, a name or a negation (`Couldn't find`, `Unable to \
            locate`); PO entries whose context (`msgctxt`) differs, which are different entries, \
            and the plural forms of a PO entry; unfinished (fuzzy) translations.
            """,
        examples: [
            .flags("en", "Save the file", "it", "⟦Memorizza il file⟧", suggestion: "Salva il file")
                .after([.init("Save the file", "Salva il file"), .init("Save the file ", "Salva il file")]),
            .flags("en", "Show hidden files", "it", "⟦Mostra i file nascosti⟧", suggestion: nil)
                .after([.init("Don't show hidden files", "Mostra i file nascosti")]),
            .flags("en", "Delete 5 files", "fr", "⟦Supprimer 3 fichiers⟧", suggestion: nil)
                .after([.init("Delete 3 files", "Supprimer 3 fichiers")]),
            .flags("en", "Open in Chrome", "it", "⟦Apri in Firefox⟧", suggestion: nil)
                .after([.init("Open in Firefox", "Apri in Firefox")]),
            .passes("en", "Save the file", "it", "Salva il file").after([.init("save  the file", "Salva il file")]),
            .passes("en", "Save the file", "it", "salva il file").after([.init("Save the file", "Salva il file")]),
            .passes("en", "Save the file.", "it", "Salva il file").after([.init("Save the file", "Salva il file")]),
            .passes("en", "Close the window", "it", "Chiudi").after([.init("Close the tab", "Chiudi")]),
            .passes("en", "OK", "it", "Va bene").after([.init("OK", "OK")]),
            .passes("en", "NONE", "it", "NESSUNO").after([.init("None", "Nessuna")]),
            .passes("en", "invalid character %02X skipped", "it", "carattere %02x non valido ignorato")
                .after([.init("invalid character %02x skipped", "carattere %02x non valido ignorato")]),
            .passes("en", "None", "it", "Nessuno").after([.init("None", "Nessuna")]),
            .passes("en", "Unable to locate package %s", "it", "Impossibile trovare il pacchetto %s")
                .after([.init("Couldn't find package %s", "Impossibile trovare il pacchetto %s")]),
            .passes("en", "Name:       %s", "it", "Nome del file: %s").after([.init("Name: %s", "Nome: %s")]),
        ]
    )

    /// Negation words of the source languages mtlint reads: a source with one and a source
    /// without are not the same message.
    static let negations: Set<String> = [
        "not", "no", "never", "don't", "doesn't", "didn't", "can't", "cannot", "won't", "isn't", "aren't", "wasn't",
        "shouldn't", "couldn't", "none", "nothing", "without", "non", "ne", "pas", "jamais", "sans", "nicht", "kein", "keine",
        "nie", "ohne", "nunca", "sin", "não", "nem", "sem", "mai", "senza", "nessun", "nessuno",
        "不", "没", "没有", "未", "无", "非", "别", "勿", "否", "不能", "无法", "不要",
    ]

    /// A source or target as compared: its code units, normalized (see `normalized`). Not a
    /// String: making one per unit and lower-casing it was most of the rule's time. Hashed as
    /// bytes, in one call, rather than code unit by code unit as an array is.
    struct Key: Hashable {
        var units: [UInt16]

        func hash(into hasher: inout Hasher) {
            units.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    private struct Entry {
        var unit: Int
        var source: Key
        var target: Key
        /// The unit's source in the sources' text, whose words are counted only for the
        /// sources that stand more than once (most stand once).
        var sourceRange: Range<Int>
    }

    /// The words of a unit's source alone, without its context. Chinese and Japanese write no
    /// spaces: four characters count as words.
    private static func words(_ entry: Entry, _ bilingual: BilingualAnalysis) -> Int {
        let sourceUnits = bilingual.source.text[entry.sourceRange]
        return max(wordCount(sourceUnits), sourceUnits.lazy.filter(SourceLengths.isWide).count / 2)
    }

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        let isPO = analysis.document.format == .po
        var entries: [Entry] = []
        for (index, unit) in bilingual.units.enumerated() where !unit.isDraft {
            guard SourceUnits.hasContent(analysis.text, unit.target) else { continue }
            let sourceUnits = bilingual.source.text[unit.source]
            let normalized = Self.normalized(sourceUnits, foldingFirstOnly: true)
            // A table's row (`Name      Value`): its translation follows the columns, not the words.
            guard Self.hasThreeCharacters(normalized), !Self.isTabular(sourceUnits) else { continue }
            var context: [UInt16] = []
            if isPO {
                // A plural form is left out; a context makes another entry (the id is `[msgctxt] msgid`).
                let source = bilingual.sourceString(unit)
                guard !Self.isPluralForm(unit.id, source: source) else { continue }
                if unit.id != source {
                    context = Array((unit.id.hasSuffix(source) ? String(unit.id.dropLast(source.count)) : unit.id).utf16)
                }
            }
            entries.append(
                Entry(
                    unit: index, source: Key(units: context + [0] + normalized.units), target: Self.normalized(analysis.text[unit.target]),
                    sourceRange: unit.source))
        }
        var found = twoTranslations(entries, analysis, bilingual)
        found += oneTranslation(entries, analysis, bilingual)
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// One source, two translations: the minority flagged. A source of one word (`None`,
    /// `revert`) is left out: a word alone rightly takes another gender or part of speech in
    /// another place (`Nessuna`, `Nessuno`).
    private func twoTranslations(_ entries: [Entry], _ analysis: Analysis, _ bilingual: BilingualAnalysis) -> [Diagnostic] {
        var sameSource: [Key: [Int]] = [:]
        for (position, entry) in entries.enumerated() { sameSource[entry.source, default: []].append(position) }
        var found: [Diagnostic] = []
        for group in sameSource.values where group.count >= 2 {
            let positions = group.filter { Self.words(entries[$0], bilingual) >= 2 }
            guard positions.count >= 2 else { continue }
            var counts: [Key: Int] = [:]
            var first: [Key: Int] = [:]
            for position in positions {
                counts[entries[position].target, default: 0] += 1
                if first[entries[position].target] == nil { first[entries[position].target] = position }
            }
            guard counts.count >= 2 else { continue }
            // The majority; on a tie, the earliest.
            var majority = entries[positions[0]].target
            for (target, count) in counts {
                let best = counts[majority] ?? 0, start = first[target] ?? 0, bestStart = first[majority] ?? 0
                if count > best || (count == best && start < bestStart) { majority = target }
            }
            guard let modelPosition = first[majority] else { continue }
            let model = bilingual.units[entries[modelPosition].unit]
            let modelText = analysis.string(SourceUnits.trimmed(analysis.text, model.target).indices)
            for position in positions where entries[position].target != majority {
                let unit = bilingual.units[entries[position].unit]
                let trimmed = SourceUnits.trimmed(analysis.text, unit.target)
                let range = trimmed.startIndex..<trimmed.endIndex
                found.append(
                    diagnostic(
                        range,
                        "the source `\(SourceUnits.quote(bilingual.sourceString(unit)))` is translated `\(SourceUnits.quote(modelText))` elsewhere in this file",
                        suggestions: [modelText],
                        related: [
                            SourceUnits.related(unit),
                            RelatedPlace(range: SourceUnits.trimmed(analysis.text, model.target).indices, message: "the other translation"),
                        ]))
            }
        }
        return found
    }

    /// Two sources that differ in a figure, a name or a negation, one translation.
    private func oneTranslation(_ entries: [Entry], _ analysis: Analysis, _ bilingual: BilingualAnalysis) -> [Diagnostic] {
        var byTarget: [Key: [Int]] = [:]
        for (position, entry) in entries.enumerated() { byTarget[entry.target, default: []].append(position) }
        var found: [Diagnostic] = []
        var flagged = Set<Int>()
        for positions in byTarget.values where positions.count >= 2 {
            // The first unit of each distinct source, in file order; at most a few compared.
            var seen = Set<Key>()
            let distinct = positions.filter { seen.insert(entries[$0].source).inserted }.prefix(8)
            guard distinct.count >= 2 else { continue }
            for (offset, later) in distinct.enumerated().dropFirst() {
                for earlier in distinct.prefix(offset) {
                    let a = bilingual.units[entries[earlier].unit], b = bilingual.units[entries[later].unit]
                    guard let difference = Self.difference(bilingual.sourceString(a), bilingual.sourceString(b)) else { continue }
                    // The unit whose target lacks its own source's figures, else the later one.
                    let targetDigits = FigureComparison.digitRuns(analysis.text[b.target])
                    let aFits = FigureComparison.digitRuns(bilingual.source.text[a.source]).isSubset(of: targetDigits)
                    let bFits = FigureComparison.digitRuns(bilingual.source.text[b.source]).isSubset(of: targetDigits)
                    let laterIsWrong = !(bFits && !aFits)
                    let (wrong, other) = laterIsWrong ? (b, a) : (a, b)
                    guard flagged.insert(entries[laterIsWrong ? later : earlier].unit).inserted else { continue }
                    let trimmed = SourceUnits.trimmed(analysis.text, wrong.target)
                    found.append(
                        diagnostic(
                            trimmed.startIndex..<trimmed.endIndex,
                            "`\(SourceUnits.quote(analysis.string(trimmed.indices)))` also translates `\(SourceUnits.quote(bilingual.sourceString(other)))`, "
                                + "though the sources differ in \(difference)",
                            related: [
                                SourceUnits.related(wrong),
                                SourceUnits.related(other, "the other source"),
                                RelatedPlace(
                                    range: SourceUnits.trimmed(analysis.text, other.target).indices, message: "the same translation"),
                            ]))
                }
            }
        }
        return found
    }

    /// What tells two sources apart that a translation must show: their figures, their names
    /// (capitalised words that do not start a sentence) or a negation; nil when none does.
    static func difference(_ a: String, _ b: String) -> String? {
        let wordsA = words(a), wordsB = words(b)
        // Nothing else may differ: `Couldn't find package` and `Unable to locate package` differ
        // in more than a negation, and are rightly translated alike.
        guard core(a, wordsA) == core(b, wordsB) else { return nil }
        // In lower case: `%02x` and `%02X` are one format, not two figures.
        let digitsA = Set(wordsA.filter { $0.contains(where: \.isNumber) }.map { $0.lowercased() })
        let digitsB = Set(wordsB.filter { $0.contains(where: \.isNumber) }.map { $0.lowercased() })
        if digitsA != digitsB { return "a figure (`\(digitsA.symmetricDifference(digitsB).sorted().joined(separator: "`, `"))`)" }
        let lowerA = Set(wordsA.map { $0.lowercased() }), lowerB = Set(wordsB.map { $0.lowercased() })
        // A name of one that the other does not have in any case (`Trash` and `trash` are one word).
        let namesA = names(wordsA).filter { !lowerB.contains($0.lowercased()) }
        let namesB = names(wordsB).filter { !lowerA.contains($0.lowercased()) }
        if !namesA.isEmpty || !namesB.isEmpty { return "a name (`\(namesA.union(namesB).sorted().joined(separator: "`, `"))`)" }
        let negA = lowerA.intersection(negations), negB = lowerB.intersection(negations)
        let hanA = hanNegations.filter { a.contains($0) }, hanB = hanNegations.filter { b.contains($0) }
        if negA != negB || hanA != hanB { return "a negation" }
        return nil
    }

    /// How many words `words` finds, counted without making them: it is asked of every unit,
    /// so it reads code units. A combining mark neither starts nor ends a word, as it belongs
    /// to the character before it.
    static func wordCount(_ units: ArraySlice<UInt16>) -> Int {
        var count = 0, inWord = false
        var iterator = units.makeIterator(), decoder = UTF16()
        decoding: while true {
            let scalar: Unicode.Scalar
            switch decoder.decode(&iterator) {
            case .scalarValue(let value): scalar = value
            case .emptyInput: break decoding
            case .error: scalar = "\u{FFFD}"
            }
            let isWordCharacter: Bool
            if scalar.value < 0x80 {
                let unit = UInt16(scalar.value)
                isWordCharacter = CodeUnit.isASCIILetter(unit) || CodeUnit.isASCIIDigit(unit) || unit == 0x27
            } else if scalar.value <= 0xFFFF, CodeUnit.isCaselessLetter(UInt16(scalar.value)) {
                isWordCharacter = true
            } else {
                let properties = scalar.properties
                switch properties.generalCategory {
                case .nonspacingMark, .spacingMark, .enclosingMark: continue
                default: isWordCharacter = properties.isAlphabetic || properties.numericType != nil || scalar == "’"
                }
            }
            if isWordCharacter, !inWord { count += 1 }
            inWord = isWordCharacter
        }
        return count
    }

    /// The words of a text: letters, digits and apostrophes.
    static func words(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }.map { $0.replacingOccurrences(of: "’", with: "'") }
    }

    /// A source without its figures, names and negations (and the auxiliaries negations
    /// bring: `do`, `does`, `did`), in lower case.
    static func core(_ text: String, _ words: [String]) -> String {
        let names = names(words)
        var kept = words.filter { word in
            !word.contains(where: \.isNumber) && !names.contains(word) && !negations.contains(word.lowercased())
                && !["do", "does", "did"].contains(word.lowercased())
        }.map { $0.lowercased() }.joined(separator: " ")
        for negation in hanNegations.sorted(by: { $0.count > $1.count }) { kept = kept.replacingOccurrences(of: negation, with: "") }
        return kept
    }

    /// Chinese negations, found inside words (Chinese has no spaces).
    static let hanNegations = negations.filter { $0.unicodeScalars.first.map { $0.value > 0x2E80 } ?? false }

    /// Capitalised words but the first, which starts a sentence anyway; none in a title
    /// (`Show Hidden Files`), where capitals are no names.
    static func names(_ words: [String]) -> Set<String> {
        let rest = words.dropFirst()
        let capitalised = rest.filter { $0.first?.isUppercase == true && $0.contains(where: \.isLowercase) }
        let lower = rest.filter { $0.first?.isLowercase == true }
        return capitalised.count <= lower.count ? Set(capitalised) : []
    }

    /// White space collapsed and trimmed, case folded; for a source, only its first letter
    /// (a sentence's capital): `None` and `NONE` are separate strings of a program, often
    /// translated apart (`Nessuna`, `NESSUNO`), while `Remove packages` and `remove packages`
    /// say the same. Read from code units: this runs over every unit's source and target, and
    /// splitting Strings into Characters was most of the rule's time.
    static func normalized(_ units: ArraySlice<UInt16>, foldingFirstOnly: Bool = false) -> Key {
        var collapsed: [UInt16] = []
        collapsed.reserveCapacity(units.count)
        var spacePending = false
        for unit in units {
            if CodeUnit.isWhitespace(unit) {
                spacePending = !collapsed.isEmpty
                continue
            }
            if spacePending { collapsed.append(0x20) }
            spacePending = false
            collapsed.append(foldingFirstOnly ? unit : lowercased(unit))
        }
        if foldingFirstOnly, let first = collapsed.first { collapsed[0] = lowercased(first) }
        return Key(units: collapsed)
    }

    /// A code unit in lower case: ASCII and Latin-1 here, other capitals by their Unicode
    /// mapping where it is one code unit (a capital whose lower case is longer stays).
    static func lowercased(_ unit: UInt16) -> UInt16 {
        if unit < 0x100 { return (unit >= 0x41 && unit <= 0x5A) || (unit >= 0xC0 && unit <= 0xDE && unit != 0xD7) ? unit | 0x20 : unit }
        guard CodeUnit.isUppercase(unit), let scalar = Unicode.Scalar(unit) else { return unit }
        let lower = scalar.properties.lowercaseMapping.utf16
        return lower.count == 1 ? lower[lower.startIndex] : unit
    }

    /// True when normalized text holds three characters or more (a short one is counted as
    /// Characters, where an accent or an emoji's parts are not characters of their own).
    static func hasThreeCharacters(_ key: Key) -> Bool {
        key.units.count >= 16 || (key.units.count >= 3 && String(decoding: key.units, as: UTF16.self).count >= 3)
    }

    /// A tab, or three spaces in a row inside the text (white space at either end aside): columns.
    static func isTabular(_ units: ArraySlice<UInt16>) -> Bool {
        var lower = units.startIndex, upper = units.endIndex
        while lower < upper, CodeUnit.isWhitespace(units[lower]) { lower += 1 }
        while upper > lower, CodeUnit.isWhitespace(units[upper - 1]) { upper -= 1 }
        var spaces = 0
        for unit in units[lower..<upper] {
            if unit == 0x09 { return true }
            spaces = unit == 0x20 ? spaces + 1 : 0
            if spaces == 3 { return true }
        }
        return false
    }

    /// A PO plural form: `msgid[n]` as its id.
    static func isPluralForm(_ id: String, source: String) -> Bool {
        guard id != source, id.hasSuffix("]"), let open = id.lastIndex(of: "[") else { return false }
        let inside = id[id.index(after: open)..<id.index(before: id.endIndex)]
        return !inside.isEmpty && inside.allSatisfy(\.isASCII) && inside.allSatisfy(\.isNumber)
    }
}
