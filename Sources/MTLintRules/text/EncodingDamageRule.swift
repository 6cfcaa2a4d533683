import ICU
import MTLintCore
import MTLintText

/// `text/encoding-damage`: text whose UTF-8 was read as Windows-1252 or Latin-1 somewhere on
/// its way (`perchÃ©`, `cittÃ `, `lâ€™azienda`), replacement characters (`perch�`), and
/// Italian words that lost their final accented letter with it (`citt`, `qualit`).
public struct EncodingDamageRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/encoding-damage",
        severity: .error,
        category: .fluency,
        summary: "Letters garbled by a wrong character encoding (`perchÃ©` for `perché`).",
        explanation: """
            A pipeline that reads UTF-8 as Windows-1252 or Latin-1 turns every accented \
            letter into two or three others: `perché` becomes `perchÃ©`, `città` becomes \
            `cittÃ `, an apostrophe `’` becomes `â€™`. mtlint reads such runs back as the \
            bytes they were and decodes them as UTF-8, as ftfy does: the suggestion is the \
            repaired word. It also flags the replacement character `�` that a decoder leaves \
            for bytes it could not read, and, in Italian, a word cut before its final \
            accented letter (`citt`, `qualit`) when the dictionary knows the word with the \
            accent and not without it (and English does not know it: `list`, `tar`), in a text where no word ends in an accented \
            letter at all (an encoding drops them all) and at least two words are cut.

            Not flagged: the same letters in their own right (`SÃO PAULO`, `Â` in a \
            Romanian or French word), which do not spell UTF-8 bytes; words the dictionary \
            knows as they are.
            """,
        examples: [
            .flags(
                "it", "Non si sa ⟦perchÃ©⟧ il gruppo sia cresciuto tanto.", suggestion: "perché",
                variantOptOut: "the garbled letters are single code points of Latin-1; NFD would split them"),
            .flags(
                "it", "La ⟦cittÃ⟧ cresce, dice ⟦lâ€™azienda⟧.", suggestions: ["città", "l’azienda"],
                variantOptOut: "the garbled letters are single code points of Latin-1; NFD would split them"),
            .flags(
                "fr", "Le groupe a ⟦annoncÃ©⟧ une hausse.", suggestion: "annoncé",
                variantOptOut: "the garbled letters are single code points of Latin-1; NFD would split them"),
            .flags(
                "it", "La ⟦qualit⟧ della vita in questa ⟦citt⟧ non cresce.", suggestions: ["qualità", "città"],
                variantOptOut: "the check reads the whole text, and a variant's prefix ends a word in an accent"),
            .flags("it", "Il gruppo ⟦è�⟧ cresciuto.", suggestion: nil),
            .passes("pt", "SÃO PAULO, 3 MAR — A cidade de São Paulo cresce; Ângela e Ãngulo."),
            .passes("fr", "Â l'âge de vingt ans, il était déjà célèbre ; « Âme » est son livre."),
            .passes("it", "Il manager del gruppo ha un business per il weekend: perché no, in città."),
        ],
        fixes: .safe
    )

    public init() {}

    static let maximumFindings = 200

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        var diagnostics: [Diagnostic] = []
        var offset = 0
        while offset < text.count, diagnostics.count < Self.maximumFindings {
            let unit = text[offset]
            if unit == 0xFFFD {
                let word = Self.wordAround(offset..<(offset + 1), text)
                diagnostics.append(
                    diagnostic(
                        word,
                        "`\(analysis.string(word))` holds `�`, a character the text's decoder could not read: the original letter is lost"))
                offset = word.upperBound
                continue
            }
            // Most units are ASCII: one comparison turns them away before any set is asked.
            guard unit >= 0xC2, unit <= 0xE2, Self.mojibakeLeads.contains(unit), let first = Self.decode(at: offset, text) else {
                offset += 1
                continue
            }
            // The garbled run: sequences that decode, with the letters between them.
            var end = first.end
            var probe = end
            while probe < text.count, probe - end <= 12 {
                if let next = Self.decode(at: probe, text) {
                    end = next.end
                    probe = end
                } else if CodeUnit.isLetter(text[probe]) {
                    probe += 1
                } else {
                    break
                }
            }
            var range = Self.wordAround(offset..<end, text)
            // A run that ends in a no-break space (`à` is C3 A0) keeps it.
            range = range.lowerBound..<max(range.upperBound, end)
            diagnostics.append(
                diagnostic(
                    range, "`\(analysis.string(range))` is UTF-8 read in another encoding; write `\(Self.repaired(range, text))`",
                    suggestions: [Self.repaired(range, text)]))
            offset = range.upperBound
        }
        diagnostics += droppedFinalAccents(analysis, budget: Self.maximumFindings - diagnostics.count)
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `Â`, `Ã`, `Ä`, `Å`, `Æ`, `Ð`, `â`: the Latin-1 reading of the first byte of a
    /// two-byte UTF-8 letter (U+0080-U+03FF) or of a three-byte punctuation mark (E2).
    static let mojibakeLeads: Set<UInt16> = [0xC2, 0xC3, 0xC4, 0xC5, 0xC6, 0xCE, 0xCF, 0xD0, 0xD1, 0xE2]

    /// Windows-1252's characters for the bytes 0x80-0x9F (Latin-1 reads them as controls).
    static let windows1252: [UInt16: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]

    /// The byte a character stands for when UTF-8 was read as Windows-1252 or Latin-1.
    static func byte(_ unit: UInt16) -> UInt8? {
        if unit >= 0x80 && unit <= 0xFF { return UInt8(unit) }
        return windows1252[unit]
    }

    /// The UTF-8 sequence that the characters at `offset` spell, decoded: its scalar and where
    /// it ends. Only what a garbled text plausibly holds: letters and symbols of U+00A0-U+03FF,
    /// and general punctuation (U+2000-U+20CF) from an E2 lead.
    static func decode(at offset: Int, _ text: [UInt16]) -> (scalar: Unicode.Scalar, end: Int)? {
        guard offset < text.count, mojibakeLeads.contains(text[offset]), let lead = byte(text[offset]) else { return nil }
        // `à` is C3 A0, and A0 (a no-break space) often became a plain space on the way:
        // `cittÃ cresce`. The space stays.
        if lead == 0xC3, offset + 1 < text.count, text[offset + 1] == 0x20, offset > 0, CodeUnit.isLetter(text[offset - 1]) {
            return ("à", offset + 1)
        }
        let continuations = lead >= 0xE0 ? 2 : 1
        guard offset + continuations < text.count else { return nil }
        var value = UInt32(lead & (lead >= 0xE0 ? 0x0F : 0x1F))
        for index in 1...continuations {
            guard let next = byte(text[offset + index]), next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let plausible = lead >= 0xE0 ? (0x2000...0x20CF).contains(value) : (0xA0...0x3FF).contains(value)
        return plausible ? (scalar, offset + 1 + continuations) : nil
    }

    /// The range with every garbled sequence decoded.
    static func repaired(_ range: Range<Int>, _ text: [UInt16]) -> String {
        var result = ""
        var offset = range.lowerBound
        while offset < range.upperBound {
            if let decoded = decode(at: offset, text), decoded.end <= range.upperBound {
                result.unicodeScalars.append(decoded.scalar)
                offset = decoded.end
            } else {
                result += String(utf16Units: text[offset..<(offset + 1)])
                offset += 1
            }
        }
        return result
    }

    /// The word around `range`: letters (and garbled characters) on both sides.
    static func wordAround(_ range: Range<Int>, _ text: [UInt16]) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        // Letters, and the symbols a garbled letter is made of (`©`, `€`, `™`), but not the
        // quotation marks and dashes around a word.
        func isPart(_ unit: UInt16) -> Bool {
            if CodeUnit.isLetter(unit) || (0x300...0x36F).contains(unit) { return true }
            if unit >= 0x80 && unit <= 0xBF { return unit != 0xA0 && unit != 0xAB && unit != 0xBB }
            return [0x20AC, 0x2122, 0x0192, 0x02C6, 0x02DC, 0x2020, 0x2021, 0x2030].contains(unit)
        }
        while start > 0, isPart(text[start - 1]) { start -= 1 }
        while end < text.count, isPart(text[end]) { end += 1 }
        return start..<end
    }

    /// Italian: a word cut before its final accented vowel (`perch`, `citt`), which the
    /// dictionary knows only with it. An encoding that drops accented letters drops them all,
    /// and any Italian text of some length has words ending in one (`è`, `più`, `perché`):
    /// the check runs only on a text without any. Italian words end in a vowel but for a
    /// few, so only words ending in a consonant are looked up.
    private func droppedFinalAccents(_ analysis: Analysis, budget: Int) -> [Diagnostic] {
        guard let vowels = analysis.language.profile?.textWords.accentedFinalVowels, !vowels.isEmpty, budget > 0 else { return [] }
        let text = analysis.text
        // The vowels in both cases, composed, and their accents as NFD writes them.
        let accentedVowels = Set(
            (vowels + vowels.map { $0.uppercased() }).flatMap { vowel in
                Array(vowel.utf16) + Array(TextTransforms.normalize(vowel, .nfd).utf16.suffix(1))
            })
        for token in analysis.tokens where token.kind == .word {
            let end = Int(token.end)
            if accentedVowels.contains(text[end - 1]) { return [] }
            // The typewriter's accent, a vowel and an apostrophe (`perche'`): accents kept.
            if end < text.count, text[end] == 0x27, "aeiou".utf16.contains(text[end - 1]),
                end + 1 == text.count || !CodeUnit.isLetter(text[end + 1])
            {
                return []
            }
        }
        // Words ending in a consonant, that are no function words and stand before a space or
        // punctuation (not `pag.`, not a digit): the candidates, found before any dictionary
        // is read, since two are needed and most texts have none.
        let candidates = analysis.tokens.indices.filter { index in
            let token = analysis.tokens[index]
            guard token.kind == .word, token.end - token.start >= 3 else { return false }
            let last = text[Int(token.end) - 1]
            guard CodeUnit.isASCIILetter(last), !"aeiouAEIOU".utf16.contains(last),
                CodeUnit.isLowercase(text[Int(token.start)]), !analysis.hasStopWord(index)
            else { return false }
            return Int(token.end) == text.count || !(CodeUnit.isLetterOrDigit(text[Int(token.end)]) || text[Int(token.end)] == 0x2E)
        }
        guard candidates.count >= 2, let lexicon = analysis.lexicon else { return [] }
        let english = analysis.resources.englishLexicon
        var diagnostics: [Diagnostic] = []
        for index in candidates {
            let token = analysis.tokens[index]
            let word = analysis.string(token)
            guard !lexicon.isCommonWord(word), english?.isCommonWord(word) != true else { continue }
            guard let accented = vowels.lazy.map({ word + $0 }).first(where: lexicon.isCommonWord) else { continue }
            diagnostics.append(
                diagnostic(
                    token.range,
                    "`\(word)` has lost its final letter, as happens when an encoding drops `\(accented.suffix(1))`; write `\(accented)`",
                    suggestions: [accented], confidence: .medium))
            if diagnostics.count >= budget { break }
        }
        // One cut word may be an abbreviation or a typo; an encoding's damage repeats.
        return diagnostics.count >= 2 ? diagnostics : []
    }
}
