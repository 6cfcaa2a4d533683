import ICU
import MTLintCore
import MTLintText

/// `name/variant`: one name spelled two ways in a document (`TikTok` / `Tiktok`, `ByteDance`
/// / `Byte Dance`, `Liang Rubo` / `Liang Ru-bo`, `Huawei` / `Huawéi`).
public struct NameVariantRule: Rule {
    public static let metadata = RuleMetadata(
        id: "name/variant",
        severity: .warning,
        category: .terminology,
        summary: "One name spelled in two ways in the same document.",
        explanation: """
            Machine translation handles each sentence on its own, and a name comes out \
            differently from paragraph to paragraph: `TikTok` and `Tiktok`, `ByteDance` and \
            `Byte Dance`, `Liang Rubo` and `Liang Ru-bo`, `Huawei` and `Huawéi`. mtlint gives \
            each name a key: in lower case, accents dropped (ICU's NFD decomposition, then \
            `Latin-ASCII` for letters such as `ł` or `ß`), without spaces, hyphens and \
            apostrophes; spellings that share a key are one name. The \
            spelling used most (the first one on a tie) is the document's; each occurrence of \
            another is flagged, related to the first occurrence of the document's spelling, \
            and the suggestion is that spelling, or the glossary's name when the glossary \
            knows the entity.

            Not flagged: different people who share a surname (`Giulia Ferri`, `Paolo Ferri`); \
            a name in capitals in a heading, and a word in capitals longer than an acronym \
            (emphasis, a kicker such as `XIAOMI |`); two spellings that are both common words \
            of the language's dictionary (`Solo`, `Sólo`; `Mängel`, `Mangel`; `NOME`, `Nome`; \
            `Vanille-Zucker`, `Vanillezucker`); a handle (`@name`); a name in its \
            original script (`豆包`); a capital at the start of a sentence (`eBay` / \
            `EBay`); names declared as aliases (`Skylark (ora ribattezzato "Doubao")`).

            A word inside a longer name is compared too when only its case differs from a \
            spelling with an inner capital: `Wechat Search` beside `WeChat`. A Chinese name \
            whose given name drifts one letter out of pinyin is one person (`Lei Jung` beside \
            `Lei Jun`); two pinyin spellings (`Li Wei`, `Li Wen`) may be two people and are \
            not flagged. A Chinese name written in both orders (`Ren Zhengfei`, then `Zhengfei \
            Ren`, the order of an English source) is one name in two orders: the order used less \
            often is flagged, unless both words are family names (`Li Wei`, `Wei Li`: two \
            people, perhaps).
            """,
        examples: [
            .flags("it", "TikTok cresce. Gli utenti di TikTok sono molti e ⟦Tiktok⟧ assume.", suggestion: "TikTok"),
            .passes("fr", "Le film « Voyage à Tokyo » (東京物語, « Tōkyō monogatari ») se passe à Tokyo."),
            .flags("it", "ByteDance ha investito, e la stessa ⟦Byte Dance⟧ ha confermato.", suggestion: "ByteDance"),
            .flags("fr", "Liang Rubo a parlé ; selon ⟦Liang Ru-bo⟧, le groupe grandit.", suggestion: "Liang Rubo"),
            .flags("en", "Huawei grew while ⟦Huawéi⟧ hired.", suggestion: "Huawei"),
            .flags("es", "La empresa OpenAI vende y ⟦Open AI⟧ compra.", suggestion: "OpenAI"),
            .flags("it", "Gli utenti di WeChat crescono, e la funzione ⟦Wechat⟧ Search pure.", suggestion: "WeChat"),
            .flags("it", "Lei Jun ha presentato l'auto; secondo ⟦Lei Jung⟧ le vendite salgono.", suggestion: "Lei Jun"),
            .passes("it", "Giulia Ferri e Paolo Ferri non sono parenti; Ferri è un cognome diffuso."),
            .passes("it", "Li Wei e Li Wen sono due dirigenti diversi, come Wang Tao e Wang Hao."),
            .flags("it", "Il fondatore Ren Zhengfei ha parlato. Secondo ⟦Zhengfei Ren⟧, il gruppo crescerà.", suggestion: "Ren Zhengfei"),
            .passes("it", "Li Wei e Wei Li sono due dirigenti diversi; Jensen Huang e Lisa Su guidano Nvidia e Amd."),
            .passes("it", "XIAOMI | Il modello SU7 di Xiaomi piace; Xiaomi vende."),
            .passes("es", "Solo vino. Sólo agua, dijo. Solo eso."),
            .flags(
                "it", "Il fondatore Yang Zhilin ha parlato. 我们会继续。 Secondo ⟦Yang Zhi Lin⟧, la società crescerà.",
                suggestion: "Yang Zhilin"),
            .passes(
                "fr",
                "Les ventes de BYD\u{202F}; celles de BYD progressent. Et Moonshot AI\u{202F}? Moonshot AI recrute. « Les prix » et «\u{202F}Les voitures\u{202F}»."
            ),
            .passes("de", "Der Vanillezucker kommt zuerst, dann der Vanille-Zucker. NAME und Name."),
            .passes("it", "TIKTOK E IL CLOUD\n\nTikTok paga Microsoft; Doubao (豆包) cresce."),
            .passes("it", "Il modello Skylark (ora ribattezzato \"Doubao\") e poi Doubao crescono."),
            .passes("en", "eBay grew. EBay is the same company at a sentence start? No: eBay."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let aliases = analysis.aliases
        let names = analysis.names
        // Occurrences grouped by key, groups in the order keys first appear. Each group is a
        // chain through `nextInGroup` rather than an array of its own: most names stand once,
        // and a group per name was most of this rule's time. A key's group is found by the
        // key's number (Names.keys), not by hashing its String.
        var groupOfKey = [Int](repeating: -1, count: names.keys.count)
        let keyHasThreeCharacters = names.keys.map(Self.hasThreeCharacters)
        var groups: [(first: Int, last: Int, count: Int)] = []
        var nextInGroup = [Int](repeating: -1, count: names.count)
        for (index, name) in names.enumerated() where !name.isNonLatin && keyHasThreeCharacters[Int(name.keyIndex)] {
            if name.isAllCaps, analysis.isHeading(at: name.range.lowerBound) || isCapitalsLine(name, analysis) { continue }
            // A word in capitals longer than an acronym is emphasis or a kicker (`XIAOMI |`).
            if name.isAllCaps, name.range.count > 4 { continue }
            // A handle (`@name`) is an account, not a spelling of the name.
            if name.range.lowerBound > 0, analysis.text[name.range.lowerBound - 1] == 0x40 { continue }
            // A romanisation with macrons or tone marks (`Tōkyō monogatari`, `Dòubāo`) glosses
            // an original title or name on purpose, beside the usual spelling.
            if analysis.text[name.range].contains(where: Self.romanisationMarks.contains) { continue }
            let group = groupOfKey[Int(name.keyIndex)]
            if group >= 0 {
                nextInGroup[groups[group].last] = index
                groups[group].last = index
                groups[group].count += 1
            } else {
                groupOfKey[Int(name.keyIndex)] = groups.count
                groups.append((index, index, 1))
            }
        }
        var diagnostics: [Diagnostic] = []
        let text = analysis.text
        // A name written once has one spelling.
        for group in groups where group.count > 1 {
            let occurrences = sequence(first: group.first) { nextInGroup[$0] >= 0 ? nextInGroup[$0] : nil }.map { names[$0] }
            // Most names are spelled one way throughout: told on the code units, before any String is made.
            let first = text[occurrences[0].range]
            guard occurrences.contains(where: { !text[$0.range].elementsEqual(first) }) else { continue }
            let key = names.key(of: occurrences[0])
            let written = occurrences.map { analysis.string($0.range) }
            var counts: [String: Int] = [:]
            var spellings: [String] = []
            for spelling in written {
                if counts[spelling] == nil { spellings.append(spelling) }
                counts[spelling, default: 0] += 1
            }
            guard spellings.count > 1 else { continue }
            let majority = spellings.max {
                counts[$0]! != counts[$1]! ? counts[$0]! < counts[$1]! : spellings.firstIndex(of: $0)! > spellings.firstIndex(of: $1)!
            }!
            let reference = occurrences[written.firstIndex(of: majority)!]
            let canonical = analysis.glossary.entity(withNameKey: key)?.canonicalName(in: analysis.language.tag)
            let suggestion = canonical.flatMap { NameFinder.key($0, { nil }) == key ? $0 : nil } ?? majority
            for (occurrence, spelling) in zip(occurrences, written) where spelling != majority {
                // A capital that only a sentence start explains (`EBay` for `eBay`).
                if occurrence.isSentenceInitial, spelling.dropFirst() == majority.dropFirst() { continue }
                if aliases.declares(spelling, majority) || aliases.covers(occurrence.range) { continue }
                // Two spellings of a common word, not of a name: `Solo` and `Sólo`, `NOME` and
                // `Nome`, German nouns with and without a hyphen (`Vanille-Zucker`).
                if Self.areWords([spelling, majority], analysis) { continue }
                let times = counts[majority]! == 1 ? "once" : "\(counts[majority]!) times"
                diagnostics.append(
                    diagnostic(
                        occurrence.range,
                        "`\(spelling)` is written `\(majority)` elsewhere in this document (\(times)): one name, one spelling",
                        suggestions: [suggestion],
                        related: [RelatedPlace(range: reference.range, message: "first `\(majority)`")]))
            }
        }
        diagnostics += camelCaseVariants(analysis, names, flagged: Set(diagnostics.map(\.range.lowerBound)))
        let twoWordNames = Self.twoWordNames(analysis, names)
        diagnostics += pinyinDrift(twoWordNames)
        diagnostics += swappedOrder(twoWordNames)
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A word of a longer name written with another inner capital than where it stands
    /// alone or elsewhere (`Wechat Search` beside `WeChat`): only the case differs and one
    /// spelling has a capital inside, so it is one brand written two ways. Words are read as
    /// code units: a document has many names, and few camel-case words.
    private func camelCaseVariants(_ analysis: Analysis, _ names: Names, flagged: Set<Int>) -> [Diagnostic] {
        let text = analysis.text
        // The camel-case words of the names by a case-blind key; then, in a second pass over the
        // same words (not kept from the first: on a long text they were megabytes), the others
        // written with the same letters.
        var camelCase: [UInt64: Range<Int>] = [:]
        Self.forEachWord(of: names, in: text) { word in
            if Self.isCamelCase(text[word]) {
                let key = Self.caseBlindKey(text[word])
                if camelCase[key] == nil { camelCase[key] = word }
            }
            return true
        }
        guard !camelCase.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        Self.forEachWord(of: names, in: text) { word in
            guard !flagged.contains(word.lowerBound), !text[(word.lowerBound + 1)..<word.upperBound].contains(where: CodeUnit.isUppercase),
                let brand = camelCase[Self.caseBlindKey(text[word])]
            else { return true }
            let spelling = analysis.string(brand), written = analysis.string(word)
            guard spelling != written, spelling.lowercased() == written.lowercased() else { return true }
            diagnostics.append(
                diagnostic(
                    word,
                    "`\(written)` is written `\(spelling)` elsewhere in this document: one name, one spelling",
                    suggestions: [spelling],
                    related: [RelatedPlace(range: brand, message: "`\(spelling)`")]))
            return diagnostics.count < 100
        }
        return diagnostics
    }

    /// Calls `body` with each word of three letters or more of the names in Latin letters not
    /// all in capitals, in text order, until it returns false.
    private static func forEachWord(of names: Names, in text: [UInt16], _ body: (Range<Int>) -> Bool) {
        for name in names where !name.isNonLatin && !name.isAllCaps {
            var start = name.range.lowerBound
            for end in name.range.lowerBound...name.range.upperBound where end == name.range.upperBound || !CodeUnit.isLetter(text[end]) {
                if end - start >= 3, !body(start..<end) { return }
                start = end + 1
            }
        }
    }

    /// A Chinese name whose given name drifts out of pinyin by one letter (`Lei Jun` and
    /// `Lei Jung`): with the same family name, a spelling that is pinyin and one a letter
    /// away that is not are one person. Two pinyin spellings (`Li Wei`, `Li Wen`) may be two
    /// people, and are left alone.
    private func pinyinDrift(_ twoWordNames: [TwoWordName]) -> [Diagnostic] {
        // Two-word names whose first word is a Chinese family name, by that family name.
        var byFamily: [String: [(given: String, range: Range<Int>)]] = [:]
        for name in twoWordNames where Pinyin.surnames.contains(name.first) && name.second.utf8.count >= 2 {
            if byFamily[name.first, default: []].count < 20 { byFamily[name.first, default: []].append((name.second, name.range)) }
        }
        var diagnostics: [Diagnostic] = []
        for (family, spellings) in byFamily {
            let pinyin = spellings.filter { Pinyin.syllableCount($0.given.lowercased()) != nil }
            guard !pinyin.isEmpty else { continue }
            for drifted in spellings where Pinyin.syllableCount(drifted.given.lowercased()) == nil {
                guard let right = pinyin.first(where: { editDistance($0.given, drifted.given) == 1 }) else { continue }
                let name = "\(family) \(right.given)"
                diagnostics.append(
                    diagnostic(
                        drifted.range,
                        "`\(family) \(drifted.given)` is written `\(name)` elsewhere in this document; `\(drifted.given)` is no pinyin: one name, one spelling",
                        suggestions: [name], related: [RelatedPlace(range: right.range, message: "`\(name)`")]))
            }
        }
        return diagnostics
    }

    /// Letters with a macron or a caron, which Hepburn and pinyin with tones write (ā ē ī ō ū,
    /// ǎ ě ǐ ǒ ǔ, ǖ ǘ ǚ ǜ, in both cases). Of European names only Latvian and Lithuanian ones
    /// have them (`Jānis`): their spellings without the marks go unchecked.
    static let romanisationMarks: Set<UInt16> = [
        0x0100, 0x0101, 0x0112, 0x0113, 0x012A, 0x012B, 0x014C, 0x014D, 0x016A, 0x016B, 0x01CD, 0x01CE, 0x011A, 0x011B,
        0x01CF, 0x01D0, 0x01D1, 0x01D2, 0x01D3, 0x01D4, 0x01D5, 0x01D6, 0x01D7, 0x01D8, 0x01D9, 0x01DA, 0x01DB, 0x01DC,
        0x0304, 0x030C,  // the combining macron and caron, in decomposed text
    ]

    /// One Chinese name in both orders (`Ren Zhengfei`, then `Zhengfei Ren`), as a translation
    /// from an English source that writes the given name first leaves it. Two pinyin words of
    /// which exactly one is a common family name (`Pinyin.surnames`): `Li Wei` and `Wei Li`,
    /// both family names, may be two people. The order used less often (the later one on a
    /// tie) is flagged, with the other as the suggestion.
    private func swappedOrder(_ twoWordNames: [TwoWordName]) -> [Diagnostic] {
        // Per name, family name first: the occurrences in each order.
        var orders: [String: (familyFirst: [Range<Int>], givenFirst: [Range<Int>])] = [:]
        for name in twoWordNames where name.second.first?.isUppercase == true {
            guard Pinyin.syllableCount(name.first.lowercased()) != nil, Pinyin.syllableCount(name.second.lowercased()) != nil
            else { continue }
            let firstIsFamily = Pinyin.surnames.contains(name.first), secondIsFamily = Pinyin.surnames.contains(name.second)
            guard firstIsFamily != secondIsFamily else { continue }
            if firstIsFamily {
                orders["\(name.first) \(name.second)", default: ([], [])].familyFirst.append(name.range)
            } else {
                orders["\(name.second) \(name.first)", default: ([], [])].givenFirst.append(name.range)
            }
        }
        var diagnostics: [Diagnostic] = []
        for (familyFirst, found) in orders where !found.familyFirst.isEmpty && !found.givenFirst.isEmpty {
            let parts = familyFirst.split(separator: " ")
            let givenFirst = "\(parts[1]) \(parts[0])"
            // The order used less often; on a tie, the one that appears later.
            let flagGivenFirst =
                found.givenFirst.count != found.familyFirst.count
                ? found.givenFirst.count < found.familyFirst.count
                : found.givenFirst[0].lowerBound > found.familyFirst[0].lowerBound
            let (flagged, kept, written, right) =
                flagGivenFirst
                ? (found.givenFirst, found.familyFirst, givenFirst, familyFirst)
                : (found.familyFirst, found.givenFirst, familyFirst, givenFirst)
            for range in flagged {
                diagnostics.append(
                    diagnostic(
                        range,
                        "`\(written)` is written `\(right)` elsewhere in this document, in the other order: one name, one order",
                        suggestions: [right], related: [RelatedPlace(range: kept[0], message: "`\(right)`")]))
            }
        }
        return diagnostics
    }

    /// A name of two words of ASCII letters, a capital first (`Lei Jun`), as pinyinDrift and
    /// swappedOrder read it.
    struct TwoWordName {
        var first: String
        var second: String
        var range: Range<Int>
    }

    /// The document's names of two words of ASCII letters joined by one space. The shape is
    /// read on the code units before any String is made, since most names are not of it;
    /// 24 code units of ASCII are 24 bytes. Letters only: `Ru-bo` against `Rubo` is the
    /// key's business, not this.
    static func twoWordNames(_ analysis: Analysis, _ names: Names) -> [TwoWordName] {
        let text = analysis.text
        var found: [TwoWordName] = []
        for name in names where !name.isNonLatin && !name.isAllCaps && name.range.count <= 24 {
            let units = text[name.range]
            guard let initial = units.first, initial >= 0x41, initial <= 0x5A, let space = units.firstIndex(of: 0x20),
                space + 1 < units.endIndex,
                units[..<space].allSatisfy(CodeUnit.isASCIILetter), units[(space + 1)...].allSatisfy(CodeUnit.isASCIILetter)
            else { continue }
            found.append(
                TwoWordName(
                    first: analysis.string(name.range.lowerBound..<space), second: analysis.string((space + 1)..<name.range.upperBound),
                    range: name.range))
        }
        return found
    }

    /// A key shared by spellings that differ only in the case of ASCII letters.
    static func caseBlindKey(_ units: ArraySlice<UInt16>) -> UInt64 {
        var hash = Fingerprint.FNV1a()
        hash.addASCIILowercased(units)
        return hash.value
    }

    /// A brand's inner capital: each capital after the first letter starts a lower-case
    /// part (`WeChat`, `TikTok`, `iPhone`), unlike letters in capitals (`vocÊ`, `DATEIen`).
    static func isCamelCase(_ units: ArraySlice<UInt16>) -> Bool {
        var inner = false
        var index = units.startIndex + 1
        while index < units.endIndex {
            if CodeUnit.isUppercase(units[index]) {
                guard index + 1 < units.endIndex, CodeUnit.isLowercase(units[index + 1]), CodeUnit.isLowercase(units[index - 1]) else {
                    return false
                }
                inner = true
            }
            index += 1
        }
        return inner
    }

    /// Every spelling is a common word of the language's dictionary: each of its parts in
    /// lower case, and the parts written together (`vanillezucker`), so that a name made of
    /// words (`Byte Dance`) does not pass.
    static func areWords(_ spellings: [String], _ analysis: Analysis) -> Bool {
        guard let lexicon = analysis.lexicon else { return false }
        let nounsTakeCapitals = analysis.numbers?.capitalizesNouns == true
        func isWord(_ word: String) -> Bool {
            let lower = TextTransforms.normalize(word.lowercased(), .nfc)
            return lexicon.isCommonWord(lower) || lexicon.isCommonWord(TextTransforms.normalize(word, .nfc))
        }
        if nounsTakeCapitals {
            // One compound joined and hyphenated (`Vanillezucker`, `Vanille-Zucker`).
            let bare = Set(spellings.map { String($0.lowercased().filter { $0 != " " && $0 != "-" }) })
            let split = spellings.first { $0.contains("-") || $0.contains(" ") }
            if bare.count == 1, let split, split.split(whereSeparator: { $0 == " " || $0 == "-" }).allSatisfy({ isWord(String($0)) }) {
                return true
            }
        }
        return spellings.allSatisfy { spelling in
            let parts = spelling.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            let joined = (parts.first ?? "") + parts.dropFirst().map { $0.lowercased() }.joined()
            // German capitalises every noun and joins or hyphenates compounds at will, and
            // hunspell's German dictionary knows few compounds: there the parts suffice.
            return parts.allSatisfy(isWord) && (parts.count == 1 || nounsTakeCapitals || isWord(joined))
        }
    }

    /// At least three Characters, counted without grapheme breaking when the key is ASCII.
    private static func hasThreeCharacters(_ key: String) -> Bool {
        let bytes = key.utf8
        guard bytes.count >= 3 else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || key.count >= 3
    }

    /// A line written in capitals (two words or more): a heading, whatever its punctuation.
    private func isCapitalsLine(_ name: NameOccurrence, _ analysis: Analysis) -> Bool {
        let map = analysis.document.sourceMap
        let line = map.lineRange(map.lineIndex(of: name.range.lowerBound), in: analysis.text)
        var letters = 0
        for unit in analysis.text[line] where CodeUnit.isLetter(unit) {
            if CodeUnit.isLowercase(unit) { return false }
            letters += 1
        }
        return letters > analysis.string(name.range).count
    }
}
