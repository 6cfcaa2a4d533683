import ICU
import MTLintCore
import MTLintText

/// `text/missing-space`: words run together where a space was lost: after a sentence's end
/// (`mercati.Secondo`), after a comma (`crescita,ma`), between a page's label and the text
/// (`Ultime notizieEconomia`), or a name glued to itself (`ZNewsZNews`).
public struct MissingSpaceRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/missing-space",
        severity: .warning,
        category: .fluency,
        summary: "Two words run together where a space was lost.",
        explanation: """
            Text extracted from web pages and joined from segments loses the space between \
            two sentences (`resistere.Secondo`), after a comma (`crescita,ma`), between a \
            page's label and the article (`Ultime notizieEconomia`), between a byline and its \
            date (`Rossi07/12/2026`, `Redazione7 dicembre 2026`), after a percent sign or a \
            closing quotation mark (`20%,mentre`, `»,ha detto`), before an opening one \
            (`auto.«Non`), and sometimes repeats a label without a space (`ZNewsZNews`). \
            mtlint flags such a junction only when both sides are words of the language's \
            dictionary (hunspell), or the second is one of its function words; the suggestion \
            puts the space back.

            Not flagged: web and e-mail addresses, file names and domains (`index.html`, \
            `Vietnam.vn`), abbreviations (`U.S.A.`), code (`obj.method()`), decimals and \
            times, brand names with an inner capital (`iPhone`, `WeChat`, `PlayStation`), and \
            words that the dictionary does not know on either side.
            """,
        examples: [
            .flags("it", "I prezzi sono saliti sui ⟦mercati.Secondo⟧ gli analisti, il calo è finito.", suggestion: "mercati. Secondo"),
            .flags("de", "Sie wollen dem Druck ⟦widerstehen.Es⟧ geht um viel.", suggestion: "widerstehen. Es"),
            .flags("it", "La crescita è forte ⟦ovunque,ma⟧ rallenta in Europa.", suggestion: "ovunque, ma"),
            .flags("it", "Ultime ⟦notizieEconomia⟧ e mercati: il listino sale.", suggestion: "notizie Economia"),
            .flags("it", "⟦ZNewsZNews⟧ 10/06/2025: il gruppo cresce.", suggestion: "ZNews"),
            .flags(
                "it", "di Mario ⟦Rossi07⟧/12/2026 ore 10:30\n\n⟦Redazione7⟧ dicembre 2026\n\nIl gruppo cresce.",
                suggestions: ["Rossi 07", "Redazione 7"]),
            .passes("it", "Il modello Mate70 esce il 7/12/2026; il codice AB12 e la versione v2 dal 3 dicembre 2026, e Windows10 pure."),
            .passes("it", "Il sito vietnam.vn e la pagina index.html, scrivere a info@example.it o su https://example.it/Pagina.Uno."),
            .passes("it", "Negli U.S.A. il titolo vale 3,5 dollari alle 14.30; il file config.Local va copiato."),
            .passes("it", "Apple vende l'iPhone, WeChat cresce, la PlayStation pure, e YouTube anche."),
            .passes("en", "Call obj.method() or String.Format, then read the README.md file."),
            .passes("it", "Il gruppo NoBel.Italia e il marchio FooBar crescono."),
            .flags("it", "Le vendite salgono del ⟦20%,mentre⟧ i ricavi calano.", suggestion: "20%, mentre"),
            .flags("de", "Der Umsatz stieg um 20 ⟦Prozent,während⟧ der Gewinn fiel.", suggestion: "Prozent, während"),
            .flags("de", "„Das stimmt nicht⟦“,sagte⟧ der Minister.", suggestion: "“, sagte"),
            .flags("it", "«Non è vero⟦»,ha⟧ detto il ministro.", suggestion: "», ha"),
            .flags("it", "È la fine dell'⟦auto.«Non⟧ ci sono dubbi», dice.", suggestion: "auto. «Non"),
            .passes("it", "Il tasso (3,5%,4%,5%) e il file a.«b», con 20%,3 e «sì»,«no» e (2024),3 restano."),
            .passes("es", "Ordena por extensión (-X),ancho o versión."),
        ]
    )

    public init() {}

    /// Findings kept per document: a text that lost all its spaces is one problem, said enough.
    static let maximumFindings = 200

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        guard analysis.isLatinScript, analysis.language.profile != nil else { return [] }
        let text = analysis.text
        // German dictionaries list nouns with their capital only (`Prozent,während`).
        let capitalizesNouns = analysis.numbers?.capitalizesNouns == true
        func isWord(_ units: ArraySlice<UInt16>) -> Bool {
            let word = CodeUnit.lowercased(units, locale: analysis.language.locale)
            if analysis.language.profile?.stopWords.contains(word) == true { return true }
            guard let found = analysis.lexicon else { return false }
            if found.isCommonWord(word) { return true }
            return capitalizesNouns && CodeUnit.isUppercase(units[units.startIndex])
                && found.isCommonWord(String(decoding: units, as: UTF16.self))
        }
        var diagnostics: [Diagnostic] = []
        // The language's month names, lower case, asked of ICU at the first word glued to a day.
        var months: Set<String>?
        func monthNames() -> Set<String> {
            if let months { return months }
            let symbols = try? DateSymbols(locale: analysis.language.locale)
            let made = Set(((symbols?.months ?? []) + (symbols?.shortMonths ?? [])).map { $0.lowercased() })
            months = made
            return made
        }
        for token in analysis.tokens where token.kind == .word || token.kind == .number {
            guard diagnostics.count < Self.maximumFindings else { break }
            let range = token.range
            if range.count >= 8, CodeUnit.isUppercase(text[range.lowerBound]), let doubled = Self.doubledName(range, text) {
                diagnostics.append(
                    diagnostic(
                        range.lowerBound..<(range.lowerBound + doubled * 2),
                        "`\(analysis.string(range.lowerBound..<(range.lowerBound + doubled * 2)))` is one name written twice without a space",
                        suggestions: [analysis.string(range.lowerBound..<(range.lowerBound + doubled))]))
                continue
            }
            if let day = Self.gluedDate(range, text, monthNames: monthNames), !analysis.isInURL(range) {
                let suggestion = analysis.string(range.lowerBound..<day) + " " + analysis.string(day..<range.upperBound)
                diagnostics.append(
                    diagnostic(
                        range, "`\(analysis.string(range))`: a word and a date run together; write `\(suggestion)`",
                        suggestions: [suggestion]))
                continue
            }
            guard token.kind == .word, let junction = Self.junction(in: range, text) else { continue }
            let chunk = Self.chunk(around: range, text)
            guard !Self.looksLikeCode(chunk, text), !analysis.isInURL(chunk) else { continue }
            let left = range.lowerBound..<junction.left, right = junction.right..<range.upperBound
            guard isWord(text[left]), isWord(text[right]) else { continue }
            let separator = junction.right > junction.left ? analysis.string(junction.left..<junction.right) : ""
            let suggestion = analysis.string(left) + separator + " " + analysis.string(right)
            let what = separator.isEmpty ? "two words run together" : "no space after `\(separator)`"
            diagnostics.append(diagnostic(range, "`\(analysis.string(range))`: \(what); write `\(suggestion)`", suggestions: [suggestion]))
        }
        diagnostics += punctuationJunctions(analysis, isWord: isWord, budget: Self.maximumFindings - diagnostics.count)
        diagnostics += junctionsBesideMarks(analysis, isWord: isWord, budget: Self.maximumFindings - diagnostics.count)
        return diagnostics.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Inside one ICU word, where a space was lost: `mercati.Secondo` (ICU keeps letters
    /// around a full stop together) or `notizieEconomia` (lower case, then a capitalised word).
    /// The left side is all lower case and at least three letters, the right side a capital
    /// and lower case only.
    static func junction(in range: Range<Int>, _ text: [UInt16]) -> (left: Int, right: Int)? {
        var offset = range.lowerBound
        while offset < range.upperBound, CodeUnit.isLowercase(text[offset]) { offset += 1 }
        guard offset - range.lowerBound >= 3, offset < range.upperBound else { return nil }
        let left = offset
        if text[offset] == 0x2E { offset += 1 }
        guard offset < range.upperBound, CodeUnit.isUppercase(text[offset]) else { return nil }
        let right = offset
        let rest = text[(right + 1)..<range.upperBound]
        guard !rest.isEmpty, rest.allSatisfy(CodeUnit.isLowercase) else { return nil }
        // `notizieEconomia` needs a capitalised word of three letters or more; after a full stop
        // two will do (`widerstehen.Es`).
        guard left < right || rest.count >= 3 else { return nil }
        return (left, right)
    }

    /// A byline or a site's name glued to the date under it: `Rossi07/12/2026`,
    /// `Redazione7 dicembre 2026`. The word holds three letters or more, the last in lower
    /// case, then a day of one or two digits; a date follows: `/`, `.` or `-`, a month of one
    /// or two digits, the same mark and a year of four digits, or a space, a month's name, a
    /// space and a year of four digits. Returns where the day starts.
    static func gluedDate(_ range: Range<Int>, _ text: [UInt16], monthNames: () -> Set<String>) -> Int? {
        func isDigit(_ offset: Int) -> Bool { offset < text.count && text[offset] >= 0x30 && text[offset] <= 0x39 }
        var day = range.upperBound
        while day > range.lowerBound, isDigit(day - 1) { day -= 1 }
        guard (1...2).contains(range.upperBound - day), day - range.lowerBound >= 3, CodeUnit.isLowercase(text[day - 1]),
            text[range.lowerBound..<day].allSatisfy(CodeUnit.isLetter)
        else { return nil }
        var offset = range.upperBound
        func digits(_ count: ClosedRange<Int>) -> Bool {
            var found = 0
            while isDigit(offset), found < count.upperBound {
                offset += 1
                found += 1
            }
            return count.contains(found) && !isDigit(offset)
        }
        guard offset < text.count else { return nil }
        let mark = text[offset]
        if mark == 0x2F || mark == 0x2E || mark == 0x2D {
            offset += 1
            guard digits(1...2), offset < text.count, text[offset] == mark else { return nil }
            offset += 1
            return digits(4...4) ? day : nil
        }
        guard mark == 0x20 else { return nil }
        offset += 1
        let nameStart = offset
        while offset < text.count, CodeUnit.isLetter(text[offset]), offset - nameStart < 12 { offset += 1 }
        guard offset > nameStart, offset < text.count, text[offset] == 0x20,
            monthNames().contains(String(decoding: text[nameStart..<offset], as: UTF16.self).lowercased())
        else { return nil }
        offset += 1
        return digits(4...4) ? day : nil
    }

    /// `ZNewsZNews`: the letters at the start of a word are one capitalised string twice.
    /// Returns the length of the string.
    static func doubledName(_ range: Range<Int>, _ text: [UInt16]) -> Int? {
        var end = range.lowerBound
        while end < range.upperBound, CodeUnit.isLetter(text[end]) { end += 1 }
        let count = end - range.lowerBound
        guard count >= 8, count % 2 == 0, CodeUnit.isUppercase(text[range.lowerBound]) else { return nil }
        let half = count / 2
        for index in 0..<half where text[range.lowerBound + index] != text[range.lowerBound + half + index] { return nil }
        return text[range.lowerBound..<(range.lowerBound + half)].contains(where: CodeUnit.isLowercase) ? half : nil
    }

    /// `ovunque,ma`, `crescita;poi`, `davvero?Sì`: words on both sides of a comma, semicolon,
    /// question or exclamation mark with no space after it.
    private func punctuationJunctions(_ analysis: Analysis, isWord: (ArraySlice<UInt16>) -> Bool, budget: Int) -> [Diagnostic] {
        let tokens = analysis.tokens, text = analysis.text
        var diagnostics: [Diagnostic] = []
        guard tokens.count >= 3 else { return [] }
        for index in 1..<(tokens.count - 1) where diagnostics.count < budget {
            let mark = tokens[index]
            guard mark.kind == .punctuation, mark.end - mark.start == 1 else { continue }
            let unit = text[Int(mark.start)]
            guard unit == 0x2C || unit == 0x3B || unit == 0x3F || unit == 0x21 else { continue }
            let before = tokens[index - 1], after = tokens[index + 1]
            guard before.kind == .word, after.kind == .word, before.end == mark.start, mark.end == after.start,
                before.end - before.start >= 3, after.end - after.start >= 2
            else { continue }
            // After `,` and `;` a lower-case word, after `?` and `!` a capitalised one.
            let opensSentence = unit == 0x3F || unit == 0x21
            guard CodeUnit.isLowercase(text[Int(before.end) - 1]),
                opensSentence ? CodeUnit.isUppercase(text[Int(after.start)]) : CodeUnit.isLowercase(text[Int(after.start)])
            else { continue }
            let chunk = Self.chunk(around: before.range.lowerBound..<after.range.upperBound, text)
            guard !Self.looksLikeCode(chunk, text), !analysis.isInURL(chunk),
                isWord(text[before.range]), isWord(text[after.range])
            else { continue }
            let punctuation = analysis.string(mark)
            let range = before.range.lowerBound..<after.range.upperBound
            let suggestion = analysis.string(before) + punctuation + " " + analysis.string(after)
            diagnostics.append(
                diagnostic(
                    range, "`\(analysis.string(range))`: no space after `\(punctuation)`; write `\(suggestion)`",
                    suggestions: [suggestion]))
        }
        return diagnostics
    }

    /// A lost space next to a mark that is no word: after a percent sign (`20%,mentre`), after
    /// a closing quotation mark (`»,ha detto`), or before an opening one (`dell'auto.«Non`).
    /// The mark is `,` `;` `.` `?` or `!`, the word after it one of the language's, in lower
    /// case after `,` and `;`, capitalised after the others. Quotation marks are the
    /// language's pairs (TextWords.quotePairs), and only those that do not also close, or
    /// open, there: German closes with `“` and writes `»…«` and `«…»`.
    private func junctionsBesideMarks(_ analysis: Analysis, isWord: (ArraySlice<UInt16>) -> Bool, budget: Int) -> [Diagnostic] {
        let tokens = analysis.tokens, text = analysis.text
        var diagnostics: [Diagnostic] = []
        guard tokens.count >= 3 else { return [] }
        let pairs = analysis.language.profile?.textWords.quotePairs ?? []
        let opens = Set(pairs.compactMap { $0.open.utf16.count == 1 ? $0.open.utf16.first : nil })
        let closes = Set(pairs.compactMap { $0.close.utf16.count == 1 ? $0.close.utf16.first : nil })
        let openingMarks = opens.subtracting(closes), closingMarks = closes.subtracting(opens)
        func isGlued(_ first: Int, _ second: Int) -> Bool { tokens[first].end == tokens[second].start }
        func unit(_ index: Int) -> UInt16? {
            tokens[index].kind == .punctuation && tokens[index].end - tokens[index].start == 1 ? text[Int(tokens[index].start)] : nil
        }
        for index in 1..<(tokens.count - 1) where diagnostics.count < budget {
            guard let mark = unit(index), mark == 0x2C || mark == 0x3B || mark == 0x2E || mark == 0x3F || mark == 0x21,
                isGlued(index - 1, index)
            else { continue }
            let opensSentence = mark != 0x2C && mark != 0x3B
            // Where the flagged text starts, and the word after the mark.
            var start: Int?
            var wordIndex = index + 1
            if let before = unit(index - 1), closingMarks.contains(before) || before == 0x25, index >= 2,
                isGlued(index - 2, index - 1)
            {
                // `20%,mentre`, `»,ha`: a number before the percent sign, a letter or digit
                // before the closing mark.
                let previous = tokens[index - 2]
                if before == 0x25 ? previous.kind == .number : CodeUnit.isLetterOrDigit(text[Int(previous.end) - 1]) {
                    start = before == 0x25 ? Int(previous.start) : Int(tokens[index - 1].start)
                }
            } else if tokens[index - 1].kind == .word, index + 2 < tokens.count, let opening = unit(index + 1),
                openingMarks.contains(opening), isGlued(index, index + 1), tokens[index - 1].end - tokens[index - 1].start >= 3,
                CodeUnit.isLowercase(text[Int(tokens[index - 1].end) - 1]), isWord(text[tokens[index - 1].range])
            {
                // `auto.«Non`: a word of the language, the mark, then a quotation opens.
                start = Int(tokens[index - 1].start)
                wordIndex = index + 2
            }
            guard let start, isGlued(wordIndex - 1, wordIndex) else { continue }
            let word = tokens[wordIndex]
            guard word.kind == .word, word.end - word.start >= 2,
                opensSentence ? CodeUnit.isUppercase(text[Int(word.start)]) : CodeUnit.isLowercase(text[Int(word.start)]),
                isWord(text[word.range])
            else { continue }
            let chunk = Self.chunk(around: start..<Int(word.end), text)
            // The number before a percent sign is no code; elsewhere the whole chunk is read.
            let isPercent = unit(index - 1) == 0x25
            guard !isPercent || chunk.lowerBound == start,
                !Self.looksLikeCode(isPercent ? Int(tokens[index].start)..<chunk.upperBound : chunk, text), !analysis.isInURL(chunk)
            else { continue }
            let range = start..<Int(word.end)
            let suggestion = analysis.string(start..<Int(tokens[index].end)) + " " + analysis.string(Int(tokens[index].end)..<Int(word.end))
            diagnostics.append(
                diagnostic(
                    range, "`\(analysis.string(range))`: no space after `\(analysis.string(tokens[index]))`; write `\(suggestion)`",
                    suggestions: [suggestion]))
        }
        return diagnostics
    }

    /// The stretch of text between white space around `range`.
    static func chunk(around range: Range<Int>, _ text: [UInt16]) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start > 0, !CodeUnit.isWhitespace(text[start - 1]) { start -= 1 }
        while end < text.count, !CodeUnit.isWhitespace(text[end]) { end += 1 }
        return start..<end
    }

    /// Code, paths and addresses: a chunk with `/ \ @ _ = ( < > #` or a digit, or a second
    /// full stop between letters (`a.b.c`, `README.md`-like names come with a lower-case
    /// extension and are never flagged anyway).
    static func looksLikeCode(_ chunk: Range<Int>, _ text: [UInt16]) -> Bool {
        var innerStops = 0
        for offset in chunk {
            let unit = text[offset]
            switch unit {
            case 0x2F, 0x5C, 0x40, 0x5F, 0x3D, 0x28, 0x3C, 0x3E, 0x23, 0x7B, 0x5B: return true
            case 0x30...0x39: return true
            case 0x2E:
                if offset > chunk.lowerBound, offset + 1 < chunk.upperBound, CodeUnit.isLetter(text[offset - 1]),
                    CodeUnit.isLetter(text[offset + 1])
                {
                    innerStops += 1
                }
            default: break
            }
        }
        return innerStops > 1
    }
}
