import MTLintCore
import MTLintText

/// `text/lost-capitals`: a text that lost its capitals on the way (`il 3 marzo xiaomi ha
/// annunciato`): sentence starts, names and acronyms in lower case.
public struct LostCapitalsRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/lost-capitals",
        severity: .warning,
        category: .fluency,
        summary: "A text whose sentence starts, names and acronyms are all in lower case.",
        explanation: """
            Some publishing pipelines lower-case a whole machine-translated text: `il 19 \
            settembre, il sito ufficiale di huawei ha annunciato ...`. mtlint sees it in the \
            document itself: when most of its sentences (three in four, at least four, \
            counting those of five words or more that end with a full stop, a question or an \
            exclamation mark) start in lower case, it reports the first such sentence start once, with the count, and \
            then each name of the glossary written in lower case (`huawei` for `Huawei`, \
            `xu zhijun` for `Xu Zhijun`) and each acronym of the language's term groups \
            standing alone in lower case (`i server ai,` for `AI`), with its capitals as the \
            suggestion: a name once, where it first stands, with how often it recurs; an \
            acronym everywhere, since in lower case it reads as another word.

            Not flagged: a text whose sentences mostly start with a capital, even if a few do \
            not (lists, commands, quoted speech); names in web addresses; `ai` where it is the \
            Italian preposition (followed by a word).
            """,
        examples: [
            .flags(
                "it",
                """
                ⟦il⟧ 3 marzo ⟦xiaomi⟧ ha annunciato un nuovo modello. la società ha detto che le vendite salgono. \
                secondo xiaomi, i server ⟦ai⟧, in particolare, crescono come i chip ⟦ai⟧. gli analisti restano cauti sul mercato. \
                il titolo sale in borsa di due punti.
                """, suggestions: ["Il", "Xiaomi", "AI", "AI"]),
            .passes(
                "it",
                "Il 3 marzo Xiaomi ha annunciato un nuovo modello. La società cresce. ls elenca i file. Gli analisti sono cauti. Il titolo sale."
            ),
            .passes("it", "il gruppo cresce. la società pure. gli analisti ai mercati dicono di no."),
        ]
    )

    public init() {}

    static let maximumFindings = 200

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let tokens = analysis.tokens
        guard let lost = analysis.lowerCaseText else { return [] }
        let lowerStarts = lost.starts, starts = lost.sentences
        let first = tokens[lowerStarts[0]]
        var diagnostics = [
            diagnostic(
                first.range,
                "\(lowerStarts.count) of \(starts) sentences start in lower case, as this one does: the text has lost its capitals (sentence starts, names, acronyms)",
                suggestions: [Self.capitalised(analysis.string(first))])
        ]
        diagnostics += lowerCaseNames(analysis)
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Glossary names (one or two words) and capital-only acronyms of the term groups,
    /// written in lower case.
    private func lowerCaseNames(_ analysis: Analysis) -> [Diagnostic] {
        let tokens = analysis.tokens, text = analysis.text
        let acronyms = analysis.language.profile?.nameWords.acronyms ?? []
        // Each name once, where it first stands, with how often it stands in lower case: the
        // text-wide finding already says that every sentence lost its capitals.
        var found: [(range: Range<Int>, name: String)] = []
        var times: [String: Int] = [:]
        func lostCapitals(_ range: Range<Int>, _ name: String) {
            if times[name] == nil { found.append((range, name)) }
            times[name, default: 0] += 1
        }
        // An acronym in lower case reads as another word (Italian `ai` is `a` + `i`): each
        // one is reported.
        var acronymsFound: [Range<Int>: String] = [:]
        var index = 0
        while index < tokens.count, found.count < Self.maximumFindings {
            defer { index += 1 }
            let token = tokens[index]
            guard token.kind == .word, CodeUnit.isLowercase(text[Int(token.start)]),
                text[token.range].allSatisfy({ !CodeUnit.isUppercase($0) }), !analysis.isInURL(token.range)
            else { continue }
            // Two words first (`xu zhijun`), then one (`huawei`).
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, Int(tokens[index + 1].start) == Int(token.end) + 1,
                let name = canonicalName(token.range.lowerBound..<Int(tokens[index + 1].end), analysis), name.contains(" ")
            {
                let range = token.range.lowerBound..<Int(tokens[index + 1].end)
                lostCapitals(range, name)
                index += 1
                continue
            }
            if let name = canonicalName(token.range, analysis) {
                lostCapitals(token.range, name)
                continue
            }
            // An acronym in lower case, standing alone before punctuation (`server ai,`).
            let upper = analysis.string(token).uppercased()
            if acronyms.contains(upper), index + 1 < tokens.count, tokens[index + 1].kind == .punctuation,
                tokens[index + 1].start == token.end
            {
                acronymsFound[token.range] = upper
            }
        }
        found += acronymsFound.map { ($0.key, $0.value) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        return found.map { range, name in
            if acronymsFound[range] != nil {
                return diagnostic(range, "`\(analysis.string(range))` is `\(name)` without its capitals", suggestions: [name])
            }
            let more = times[name, default: 1] - 1
            let elsewhere = more == 0 ? "" : more == 1 ? " (once more in the text)" : " (\(more) more times in the text)"
            return diagnostic(range, "`\(analysis.string(range))` is `\(name)` without its capitals\(elsewhere)", suggestions: [name])
        }
    }

    /// The glossary's name for the document's language whose letters, in lower case, are
    /// exactly those of `range`, when that name has capitals.
    private func canonicalName(_ range: Range<Int>, _ analysis: Analysis) -> String? {
        let written = analysis.string(range)
        let key = written.lowercased().filter { $0.isLetter || $0.isNumber }
        guard key.count >= 3, let entity = analysis.glossary.entity(withNameKey: key),
            let name = entity.canonicalName(in: analysis.language.tag),
            name.lowercased() == written, name != written
        else { return nil }
        return name
    }

    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}
