import MTLintCore
import MTLintText

/// `name/given-name-alone`: a Chinese person's given name used on its own as if it were the
/// family name (`Zhengfei` for Ren Zhengfei).
public struct GivenNameAloneRule: Rule {
    public static let metadata = RuleMetadata(
        id: "name/given-name-alone",
        severity: .warning,
        category: .accuracy,
        summary: "A Chinese given name used alone, as if it were the family name.",
        explanation: """
            Chinese names put the family name first: in `Ren Zhengfei`, Ren is the family \
            name and Zhengfei the given name. Machine translation, and writers used to \
            Western order, shorten the name to its last word, `secondo Zhengfei`, which is \
            like calling a Western manager by his first name. mtlint reads a name written \
            `Family Given` where the family name is a common Chinese one and the given name \
            is two pinyin syllables (`Zheng·fei`), and flags that given name where it stands \
            alone later in the document. The suggestion is the full name; on its own the \
            person is `Ren`.

            Not flagged: the full name, in either order (`Zhengfei Ren`); the family name \
            alone (`Ren`); a given name after a colon or a capitalised word, as in a title \
            (`Black Myth: Wukong`); a family name that is a function word of the document's \
            language (German `Du`); a given name of one syllable (`Lei Jun`, then `Jun`), which is too \
            often a word or another person; names written in Western order (`Pony Ma`, \
            `Robin Li`), whose first word is no Chinese family name.
            """,
        examples: [
            .flags("fr", "Ren Zhengfei a fondé le groupe en 1987. Selon ⟦Zhengfei⟧, la Chine doit investir.", suggestion: "Ren Zhengfei"),
            .flags(
                "it", "Il fondatore Wang Chuanfu ha parlato a lungo, e ⟦Chuanfu⟧ ha aggiunto che le vendite salgono.",
                suggestion: "Wang Chuanfu"),
            .passes("fr", "Ren Zhengfei a fondé le groupe. Selon Ren, la Chine doit investir ; Zhengfei Ren l'a répété."),
            .passes("it", "Lei Jun ha presentato l'auto, e Jun ha sorriso. Pony Ma e Robin Li erano in sala."),
            .passes("it", "Xi Jinping ha incontrato Li Qiang; Xi ha poi parlato con la stampa."),
            .passes("it", "Il gioco su Sun Wukong, “Black Myth: Wukong”, vende; Monkey Wukong è un altro titolo."),
            .passes("de", "Du Debian-Nutzer? Du Debian magst, sagt er, und Debian wächst."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard analysis.isLatinScript else { return [] }
        let tokens = analysis.tokens, text = analysis.text
        // Given names, by spelling, with the full name's family name and first place. Only a
        // word right after a family name's shape is read as a String: most words are not.
        var fullNames: [String: (family: String, range: Range<Int>)] = [:]
        for index in tokens.indices.dropFirst()
        where tokens[index].kind == .word && Self.hasPinyinShape(tokens[index], text)
            && Self.hasFamilyNameShape(tokens[index - 1], before: tokens[index], text)
        {
            let word = analysis.string(tokens[index])
            // A word of the language that happens to be pinyin (German `deinen`) is no name.
            guard fullNames[word] == nil, Self.isGivenName(word), analysis.lexicon?.isCommonWord(word.lowercased()) != true,
                let family = familyName(before: index, analysis)
            else { continue }
            // A family name that is also a word (`Du`, `Li`) is trusted only at mid-sentence,
            // before a given name with letters that only pinyin puts together (`Li Xiang`).
            guard
                analysis.lexicon?.isCommonWord(family.lowercased()) != true
                    || (!analysis.isSentenceStart(tokenIndex: index - 1) && Self.looksPinyin(word.lowercased()))
            else { continue }
            fullNames[word] = (family, Int(tokens[index - 1].start)..<Int(tokens[index].end))
        }
        guard !fullNames.isEmpty else { return [] }
        // The given names standing alone: words of a given name's length, compared as Strings
        // only then.
        let lengths = Set(fullNames.keys.map(\.utf16.count))
        var candidates: [(index: Int, given: String)] = []
        for index in tokens.indices
        where tokens[index].kind == .word && lengths.contains(Int(tokens[index].end - tokens[index].start))
            && Self.hasPinyinShape(tokens[index], text)
        {
            let word = analysis.string(tokens[index])
            guard fullNames[word] != nil else { continue }
            if index > 0, Self.hasFamilyNameShape(tokens[index - 1], before: tokens[index], text),
                familyName(before: index, analysis) != nil
            {
                continue
            }
            candidates.append((index, word))
        }
        guard !fullNames.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for candidate in candidates {
            guard let full = fullNames[candidate.given], full.range.upperBound <= Int(tokens[candidate.index].start) else { continue }
            // After a colon or a capitalised word: a title (`Black Myth: Wukong`) or a longer name.
            if candidate.index > 0 {
                let previous = tokens[candidate.index - 1]
                if previous.kind == .punctuation, text[Int(previous.start)] == 0x3A { continue }
                if previous.kind == .word, CodeUnit.isUppercase(text[Int(previous.start)]),
                    Int(tokens[candidate.index].start) == Int(previous.end) + 1,
                    !analysis.isSentenceStart(tokenIndex: candidate.index - 1), !analysis.hasStopWord(candidate.index - 1)
                {
                    continue
                }
            }
            // Western order (`Zhengfei Ren`), or part of a longer name.
            if candidate.index + 1 < tokens.count, tokens[candidate.index + 1].kind == .word,
                Int(tokens[candidate.index + 1].start) == Int(tokens[candidate.index].end) + 1,
                CodeUnit.isUppercase(text[Int(tokens[candidate.index + 1].start)])
            {
                continue
            }
            let fullName = "\(full.family) \(candidate.given)"
            diagnostics.append(
                diagnostic(
                    tokens[candidate.index].range,
                    "`\(candidate.given)` is the given name of \(fullName): Chinese names put the family name first, so alone this is `\(full.family)`",
                    suggestions: [fullName, full.family],
                    related: [RelatedPlace(range: full.range, message: "`\(fullName)`")],
                    confidence: .medium))
            if diagnostics.count >= 100 { break }
        }
        return diagnostics
    }

    /// An ASCII capital and four to twelve ASCII lower-case letters: asked of every word on
    /// its code units, before any String is made.
    static func hasPinyinShape(_ token: Token, _ text: [UInt16]) -> Bool {
        let length = Int(token.end - token.start)
        guard length >= 4, length <= 12 else { return false }
        let first = text[Int(token.start)]
        guard first >= 0x41, first <= 0x5A else { return false }
        return text[(Int(token.start) + 1)..<Int(token.end)].allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
    }

    /// A capitalised ASCII word of one to six letters right before `next`, one space apart.
    static func hasFamilyNameShape(_ token: Token, before next: Token, _ text: [UInt16]) -> Bool {
        let length = Int(token.end - token.start)
        guard length >= 1, length <= 6, Int(next.start) == Int(token.end) + 1, text[Int(token.end)] == 0x20 else { return false }
        let first = text[Int(token.start)]
        return first >= 0x41 && first <= 0x5A
    }

    /// A capitalised word of two pinyin syllables, not itself a family name: given names
    /// are one or two syllables, and longer Latin words split into pinyin by chance.
    static func isGivenName(_ word: String) -> Bool {
        guard word.utf8.count >= 4, !Pinyin.surnames.contains(word),
            word.utf8.dropFirst().allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
            let count = Pinyin.syllableCount(word.lowercased())
        else { return false }
        return count == 2
    }

    /// Letters that pinyin puts together and the languages mtlint reads rarely do.
    static func looksPinyin(_ word: String) -> Bool {
        ["zh", "x", "q", "ng", "ao", "ui", "iu", "uo", "ou", "ua"].contains { word.contains($0) }
    }

    /// The Chinese family name right before token `index`, one space apart.
    private func familyName(before index: Int, _ analysis: Analysis) -> String? {
        let previous = analysis.tokens[index - 1]
        guard previous.kind == .word, Int(analysis.tokens[index].start) == Int(previous.end) + 1,
            analysis.text[Int(previous.end)] == 0x20
        else { return nil }
        let word = analysis.string(previous)
        // `Du`, `He`, `Ma` are also words of some languages (German `Du Deinen`).
        guard Pinyin.surnames.contains(word), let ownIndex = analysis.languageProfileIndex,
            !analysis.isStopWord(index - 1, in: ownIndex)
        else { return nil }
        return word
    }
}
