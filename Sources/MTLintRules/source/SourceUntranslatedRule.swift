import ICU
import MTLintCore
import MTLintText

/// source/untranslated: a target equal to its source, or written in the source language.
struct SourceUntranslatedRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/untranslated",
        severity: .warning,
        category: .accuracy,
        summary: "A target is its source copied, or is written in the source language.",
        explanation: """
            A target segment that is its source, character for character, or that is written \
            in the source language was not translated. Much text is rightly the same in both \
            languages (names, commands, `OK`, `Menu`, `Bluetooth`), so a copied segment is \
            flagged only when it shows the source language: a function word of the source \
            language that the target language does not have (`the`, `of`, `und`), among at \
            least two words, most of them not capitalised (names are often the same in both \
            languages: `Stockton-on-Tees`) and no code among them (`--merged`, `f()`, `a_b`, \
            `x=y`, a text without spaces); or, from a language written in Han, kana or Hangul into one that \
            is not, most of its letters in that script. A target that differs from its source \
            but is mostly in the source language (four words or more, two or more of them \
            function words of the source language and none of the target language) is \
            flagged too.
            """,
        examples: [
            .flags("en", "Save the file", "it", "⟦Save the file⟧", suggestion: nil),
            .flags("zh", "公司当天宣布裁员。", "it", "⟦公司当天宣布裁员。⟧", suggestion: nil),
            .flags("en", "Delete all of the selected files", "fr", "⟦Delete all of the selected files now⟧", suggestion: nil),
            .passes("en", "Bluetooth", "it", "Bluetooth"),
            .passes("en", "Open file", "it", "Open file"),
            .passes("en", "GNU General Public License", "fr", "GNU General Public License"),
            .passes("en", "Save the file", "it", "Salva il file"),
            .passes("zh", "豆包发布新版本。", "it", "Doubao (豆包) rilascia una nuova versione."),
            .passes("en", "%s: %s", "de", "%s: %s"),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        let sourceLanguage = bilingual.source.language.locale.language
        let targetLanguage = analysis.language.locale.language
        guard sourceLanguage != targetLanguage || sourceLanguage == "und" else { return [] }
        let sourceProfile = LanguageProfile.all.firstIndex { $0.code == sourceLanguage }
        let targetProfile = LanguageProfile.all.firstIndex { $0.code == targetLanguage }
        let eastAsianSource = ["zh", "ja", "ko"].contains(sourceLanguage) && !["zh", "ja", "ko"].contains(targetLanguage)
        var found: [Diagnostic] = []
        var tokenIndex = 0
        for unit in bilingual.units where !unit.target.isEmpty {
            let target = SourceUnits.trimmed(analysis.text, unit.target)
            guard !target.isEmpty else { continue }
            let range = target.startIndex..<target.endIndex
            let same = target.elementsEqual(SourceUnits.trimmed(bilingual.source.text, unit.source))
            let name = bilingual.source.languageName
            if eastAsianSource {
                if Self.eastAsianShare(target) > 0.5 {
                    found.append(
                        diagnostic(
                            range,
                            same ? "the target is its source, not translated" : "the target is written in \(name), the source's language",
                            related: [SourceUnits.related(unit)]))
                }
                continue
            }
            guard let sourceProfile, let targetProfile else { continue }
            // The target's words, and the function words of either language among them.
            while tokenIndex < analysis.tokens.count, Int(analysis.tokens[tokenIndex].start) < range.lowerBound { tokenIndex += 1 }
            var words = 0, sourceOnly = 0, targetOnly = 0, capitalized = 0
            var index = tokenIndex
            while index < analysis.tokens.count, Int(analysis.tokens[index].end) <= range.upperBound {
                let token = analysis.tokens[index]
                defer { index += 1 }
                guard token.kind == .word, token.end - token.start >= 2,
                    analysis.text[token.range].allSatisfy(CodeUnit.isLetter)
                else { continue }
                words += 1
                if CodeUnit.isUppercase(analysis.text[Int(token.start)]) { capitalized += 1 }
                // A word in capitals (`FOR EACH ROW`) is a keyword or an acronym, not prose.
                if analysis.text[token.range].allSatisfy(CodeUnit.isUppercase) { continue }
                let inSource = analysis.isStopWord(index, in: sourceProfile), inTarget = analysis.isStopWord(index, in: targetProfile)
                if inSource && !inTarget { sourceOnly += 1 }
                if inTarget && !inSource { targetOnly += 1 }
            }
            // Names (`Stockton-on-Tees`, `Vale of Glamorgan`) and code (`--merged`, `immediate()`) are left alone.
            if capitalized * 2 >= words || Self.looksLikeCode(target) { continue }
            if same {
                guard words >= 2, sourceOnly >= 1, targetOnly == 0 else { continue }
                found.append(
                    diagnostic(range, "the target is its source, not translated from \(name)", related: [SourceUnits.related(unit)]))
            } else if words >= 4, sourceOnly >= 2, targetOnly == 0, sourceOnly * 4 >= words {
                found.append(
                    diagnostic(range, "the target is written in \(name), the source's language", related: [SourceUnits.related(unit)]))
            }
        }
        return found
    }

    /// Command lines, identifiers and calls: `--`, `()`, `_`, `=`, `::`, or no space at all.
    static func looksLikeCode(_ text: ArraySlice<UInt16>) -> Bool {
        guard text.contains(0x20) else { return true }
        var previous: UInt16 = 0
        for unit in text {
            if (previous == 0x2D && unit == 0x2D) || (previous == 0x28 && unit == 0x29) || (previous == 0x3A && unit == 0x3A) {
                return true
            }
            if unit == 0x5F || unit == 0x3D { return true }
            previous = unit
        }
        return false
    }

    /// The share of letters in Han, kana or Hangul.
    private static let eastAsianScripts: Set<Script> = [.han, .hiragana, .katakana, .hangul]

    static func eastAsianShare(_ text: ArraySlice<UInt16>) -> Double {
        var letters = 0, eastAsian = 0
        for unit in text where CodeUnit.isLetter(unit) {
            letters += 1
            // Latin letters and Han or Hangul ones are told apart without asking ICU for the
            // script: this runs over every target of a file.
            if unit < 0x250 { continue }
            if CodeUnit.isCaselessLetter(unit) {
                eastAsian += 1
            } else if let scalar = Unicode.Scalar(unit), Self.eastAsianScripts.contains(Script(of: scalar)) {
                eastAsian += 1
            }
        }
        return letters == 0 ? 0 : Double(eastAsian) / Double(letters)
    }
}
