import ICU
import MTLintCore
import MTLintText

/// `term/inconsistent`: one term written in two interchangeable forms in a document
/// (Italian `AI` and `IA`, German `KI` and `AI`, `e-mail` and `email`).
public struct InconsistentTermRule: Rule {
    public static let metadata = RuleMetadata(
        id: "term/inconsistent",
        severity: .warning,
        category: .terminology,
        summary: "A term written in two interchangeable forms in one document.",
        explanation: """
            Some terms have two accepted forms, and an edited text keeps one: Italian writes \
            `AI` or `IA` for artificial intelligence, French and Spanish `IA` or `AI`, German \
            `KI` or `AI`; `e-mail` or `email`; `start-up` or `startup`. Machine translation \
            follows each source sentence and mixes them. Each language has its groups of such \
            forms (in its data file, Sources/MTLintCore/Language/Languages/); the form used \
            most (the first one on a tie) is the document's, and each occurrence of another is \
            flagged, related to the first occurrence of the document's form, with that form as \
            the suggestion. \
            Forms in capitals match only in capitals (`AI`, not the Italian `ai`). Two \
            spellings of one word (`e-mail` and `email`, `start-up` and `startup`) are a house \
            style: they are reported only at the picky level (`--level picky`).

            A form in a definition (`künstliche Intelligenz (KI)`) counts as the document's \
            use of it but is not flagged itself.

            Not flagged: a document that keeps one form; two forms declared as one \
            (`AI (IA)`); a form inside a name (`Zhipu AI`, \
            `Moonshot AI`, `AI Act`), or joined by a dot to a word or number (`01.AI`, \
            `Character.AI`); web addresses; a form inside a quotation in another language \
            (`«AI is going to change every product we make», ovvero l'IA…`), which quotes it.
            """,
        examples: [
            .flags("it", "La tecnologia AI cresce; l'AI generativa e i modelli AI vendono, ma i prodotti ⟦IA⟧ no.", suggestion: "AI"),
            .flags("fr", "L'IA générative et les modèles d'IA progressent, mais l'⟦AI⟧ coûte cher.", suggestion: "IA"),
            .flags("de", "Die KI wächst, KI-Modelle verkaufen sich, doch ⟦AI⟧ kostet.", suggestion: "KI"),
            .flags("es", "La IA crece y la IA generativa vende, pero la ⟦AI⟧ cuesta.", suggestion: "IA"),
            .flags("en", "Send an e-mail, then another e-mail, then an ⟦email⟧.", suggestion: "e-mail"),
            .flags("it", "Mandi una E-mail, poi una e-mail, infine una ⟦EMAIL⟧ e una ⟦Email⟧.", suggestion: "e-mail"),
            .passes("it", "La tecnologia AI cresce e i modelli AI vendono ai clienti."),
            .passes("it", "L'intelligenza artificiale (IA) cresce: l'AI (IA) è ovunque, dice l'AI."),
            .flags("de", "Das System beruht auf künstlicher Intelligenz (KI); die ⟦AI⟧-gestützten Dienste wachsen.", suggestion: "KI"),
            .flags("it", "L'intelligenza artificiale (IA) cresce, l'IA vende, ma l'⟦AI⟧ e i modelli ⟦AI⟧ costano.", suggestion: "IA"),
            .passes("fr", "L'IA générative progresse et l'IA coûte cher."),
            .passes("it", "Ha detto: «AI is going to change every product we make», ovvero l'IA cambierà tutto; l'IA è ovunque."),
            .passes("it", "L'IA cresce: i modelli di Zhipu AI e di Moonshot AI, e l'AI Act europeo, usano l'IA."),
            .passes("it", "L'IA cresce in Cina.\n\nMoonshot AI, la società dietro Kimi, usa l'IA."),
            .passes("fr", "L'IA progresse. Mistral AI montre la voie.\n\nÀ lire aussi : Mistral AI, le champion de l'IA."),
            .flags("fr", "L'IA progresse. Mistral AI montre la voie, et l'IA générative aussi, mais l'⟦AI⟧ coûte.", suggestion: "IA"),
            .passes("es", "Las empresas 01.AI y Character.AI crecen, y el dominio AI.com también; la IA china avanza."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// A finding every few words on `AI e IA. AI e IA. ...`: the places are found first (a
    /// few bytes each), their findings made in text order only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        guard let profile = analysis.language.profile, !profile.nameWords.termGroups.isEmpty else { return findings }
        let text = analysis.text
        let aliases = analysis.aliases
        var places: [(range: Range<Int>, form: String, majority: String, reference: Range<Int>, times: String, spellingsOnly: Bool)] = []
        let (groups, anyFirstUnit) = Self.compiled(profile.nameWords.termGroups, of: profile)
        // One pass over the tokens for all groups; a token whose first unit starts no form
        // of any group is passed over at once.
        // `inAlias`: inside a declaration (`künstliche Intelligenz (KI)`), which shows the
        // document's form and counts, but is not flagged: the definition is not the slip.
        var foundByGroup = [[(form: String, range: Range<Int>, inAlias: Bool)]](repeating: [], count: groups.count)
        for token in analysis.tokens where token.kind == .word || token.kind == .number {
            let first = text[Int(token.start)]
            let word = Int(first >> 6), bit: UInt64 = 1 << UInt64(first & 63)
            guard anyFirstUnit[word] & bit != 0 else { continue }
            let start = Int(token.start)
            for (group, (forms, firstUnits, firstTwoUnits)) in groups.enumerated() where firstUnits[word] & bit != 0 {
                if let firstTwoUnits {
                    guard start + 1 < text.count, firstTwoUnits.mayContain(UInt64(first) << 16 | UInt64(text[start + 1])) else { continue }
                }
                if let last = foundByGroup[group].last, last.range.upperBound > start { continue }
                for form in forms where Self.matches(form.units, exact: form.exact, in: text, at: start) {
                    let range = start..<(start + form.units.count)
                    if !analysis.isInURL(range), !Self.isPartOfName(range, form.exact, analysis) {
                        foundByGroup[group].append((form.form, range, aliases.covers(range)))
                    }
                    break
                }
            }
        }
        // A form inside a quotation in another language is that language's (`«AI is going to
        // change every product we make», ovvero l'IA …`); the quotations are read only when
        // some group has two forms.
        if foundByGroup.contains(where: { found in found.contains { $0.form != found[0].form } }) {
            let quotations = KeptQuotations(analysis, longest: 0)
            foundByGroup = foundByGroup.map { found in found.filter { !quotations.isInForeignQuotation($0.range) } }
        }
        for found in foundByGroup {
            var counts: [String: Int] = [:]
            var used: [String] = []
            for occurrence in found {
                if counts[occurrence.form] == nil { used.append(occurrence.form) }
                counts[occurrence.form, default: 0] += 1
            }
            guard used.count > 1 else { continue }
            let majority = used.max {
                counts[$0]! != counts[$1]! ? counts[$0]! < counts[$1]! : used.firstIndex(of: $0)! > used.firstIndex(of: $1)!
            }!
            if used.contains(where: { $0 != majority && aliases.declares($0, majority) }) { continue }
            let reference = found.first { $0.form == majority }!
            let times = counts[majority]! == 1 ? "once" : "\(counts[majority]!) times"
            // Spellings of one word (`e-mail`, `email`) are a house style, not two terms.
            let spellingsOnly = Set(used.map(Self.spellingKey)).count == 1
            for occurrence in found where occurrence.form != majority && !occurrence.inAlias {
                places.append((occurrence.range, occurrence.form, majority, reference.range, times, spellingsOnly))
            }
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        for place in places {
            findings.append(
                diagnostic(
                    place.range,
                    "`\(place.form)` and `\(place.majority)` are two forms of one term; this document writes `\(place.majority)` (\(place.times))",
                    suggestions: [place.majority],
                    related: [RelatedPlace(range: place.reference, message: "first `\(place.majority)`")],
                    picky: place.spellingsOnly))
        }
        return findings
    }

    /// A group's forms, longest first, with their code units and whether they match only as
    /// written (in capitals); the code units a form can start with (either case, unless
    /// exact), one bit per code unit: every token of the document is looked up; and, when
    /// every form has two units or more, the pairs of units they can start with (first
    /// letters alone, `e`, `d`, `s`, start most words of a text).
    private typealias CompiledGroup = (
        forms: [(form: String, units: [UInt16], exact: Bool)], firstUnits: [UInt64], firstTwoUnits: KeyFilter?
    )

    private static let compiledGroups = LanguageCache<(groups: [CompiledGroup], anyFirstUnit: [UInt64])>()

    /// The profile's groups, compiled once per language rather than for every document, and
    /// the code units that any of them can start with.
    private static func compiled(_ groups: [[String]], of profile: LanguageProfile) -> (groups: [CompiledGroup], anyFirstUnit: [UInt64]) {
        compiledGroups.value(for: profile.code) {
            let compiled = groups.map { group -> CompiledGroup in
                let forms = group.map { (form: $0, units: Array($0.utf16), exact: !$0.contains { $0.isLowercase }) }
                    .sorted { $0.units.count > $1.units.count }
                var firstUnits = [UInt64](repeating: 0, count: 1024)
                var firstTwo: [UInt64] = []
                for form in forms {
                    func cases(_ unit: UInt16) -> [UInt16] {
                        form.exact || !CodeUnit.isASCIILetter(unit) ? [unit] : [unit | 0x20, unit & ~0x20]
                    }
                    for unit in cases(form.units[0]) {
                        firstUnits[Int(unit >> 6)] |= 1 << UInt64(unit & 63)
                        if form.units.count > 1 {
                            for second in cases(form.units[1]) { firstTwo.append(UInt64(unit) << 16 | UInt64(second)) }
                        }
                    }
                }
                let allHaveTwo = forms.allSatisfy { $0.units.count > 1 }
                return (forms, firstUnits, allHaveTwo ? KeyFilter(firstTwo) : nil)
            }
            var anyFirstUnit = [UInt64](repeating: 0, count: 1024)
            for group in compiled {
                for index in anyFirstUnit.indices { anyFirstUnit[index] |= group.firstUnits[index] }
            }
            return (compiled, anyFirstUnit)
        }
    }

    /// A form in capitals that is part of a name (`Zhipu AI`, `AI Act`), not the term.
    static func isPartOfName(_ range: Range<Int>, _ exact: Bool, _ analysis: Analysis) -> Bool {
        guard exact, let index = analysis.tokenIndex(startingAt: range.lowerBound) else { return false }
        if analysis.standsInName(tokenIndex: index) { return true }
        // After a sentence's first word: the capital of the sentence hides whether that word
        // is a name. It is one when the language does not know it (`Moonshot AI, la società
        // dietro Kimi`). In a language whose modifiers follow the noun it is taken as one
        // whenever it is no article or preposition: a sentence opening on a noun and the term
        // (`Modelli AI e chip...`) is rare there, a company named after a common word opening
        // a sentence is not (`Mistral AI montre`, though `mistral` is a wind).
        guard index > 0 else { return false }
        let previous = analysis.tokens[index - 1]
        guard previous.kind == .word, CodeUnit.isUppercase(analysis.text[Int(previous.start)]),
            Int(range.lowerBound) - Int(previous.end) == 1, analysis.text[Int(previous.end)] == 0x20,
            analysis.isSentenceStart(tokenIndex: index - 1)
        else { return false }
        if modifiersFollowNouns.contains(analysis.language.locale.language), !analysis.hasStopWord(index - 1) { return true }
        guard let lexicon = analysis.lexicon else { return false }
        return !lexicon.isCommonWord(TextTransforms.normalize(analysis.lowercased(previous), .nfc))
    }

    /// Languages whose adjectives and other modifiers stand after the noun (`l'IA
    /// generativa`, `i modelli AI`).
    static let modifiersFollowNouns: Set<String> = ["it", "fr", "es", "pt"]

    /// A form without case, hyphens, spaces and dots: `e-mail`, `email` and `E-Mail` share it.
    static func spellingKey(_ form: String) -> String {
        String(form.lowercased().filter { $0 != "-" && $0 != " " && $0 != "." })
    }

    /// The form stands at `start` as whole words; case-insensitively unless it is in capitals.
    static func matches(_ form: [UInt16], exact: Bool, in text: [UInt16], at start: Int) -> Bool {
        guard start + form.count <= text.count else { return false }
        for (offset, expected) in form.enumerated() {
            let actual = text[start + offset]
            if actual == expected { continue }
            if !exact, actual < 0x80, expected < 0x80, actual | 0x20 == expected | 0x20, CodeUnit.isASCIILetter(actual) { continue }
            return false
        }
        let end = start + form.count
        if end < text.count, CodeUnit.isLetterOrDigit(text[end]) { return false }
        if start > 0, CodeUnit.isLetter(text[start - 1]) { return false }
        // Joined by a dot to a word or a number: a name written as an address (`01.AI`,
        // `Character.AI`, `AI.com`), not the term.
        if start > 1, text[start - 1] == 0x2E, CodeUnit.isLetterOrDigit(text[start - 2]) { return false }
        if end + 1 < text.count, text[end] == 0x2E, CodeUnit.isLetterOrDigit(text[end + 1]) { return false }
        return true
    }
}
