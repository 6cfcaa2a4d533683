import Foundation
import ICU
import MTLintText

/// Finds the figures of a document in its tokens: numbers in digits or words, the scale phrase
/// and unit after them, the currency before them, and what kind of number each one is.
/// One extractor per worker and language (it holds the language's NumberVocabulary).
package final class FigureExtractor {
    let vocabulary: NumberVocabulary
    private let digitParser: DigitParser
    private let isStopWord: (String) -> Bool

    /// Currency symbols written before or after an amount.
    static let currencySymbols: [String: String] = [
        "$": "USD", "US$": "USD", "€": "EUR", "¥": "CNY", "￥": "CNY", "元": "CNY", "£": "GBP",
        "HK$": "HKD", "₩": "KRW", "₹": "INR", "₽": "RUB", "R$": "BRL",
    ]
    /// ISO 4217 codes as news prose writes them.
    static let currencyCodes: [String: String] = [
        "USD": "USD", "EUR": "EUR", "CNY": "CNY", "RMB": "CNY", "JPY": "JPY", "GBP": "GBP", "HKD": "HKD",
        "CHF": "CHF", "KRW": "KRW", "INR": "INR", "RUB": "RUB", "BRL": "BRL",
    ]
    static let measureSymbols: Set<String> = ["km", "mi", "kg", "lb", "lbs", "m", "ft"]

    init(vocabulary: NumberVocabulary, stopWords: Set<String>) {
        self.vocabulary = vocabulary
        let symbols = vocabulary.symbols
        digitParser = DigitParser(
            decimalSeparator: symbols.decimalSeparator.first ?? ",",
            groupingSeparator: symbols.groupingSeparator.first ?? ".",
            groupsWithSpaces: vocabulary.groupsWithSpaces
        )
        isStopWord = { stopWords.contains($0) }
    }

    /// The figures of a document, in text order.
    func figures(in text: [UInt16], tokens: [Token], urls: [Range<Int>]) -> [Figure] {
        var scan = Scan(text: text, tokens: tokens, vocabulary: vocabulary)
        var figures: [Figure] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .number, let (figure, next) = digitFigure(at: index, &scan, urls: urls) {
                figures.append(figure)
                index = next
                // The cheap tests stay out here: a Figure is large, and returning "none" from a
                // call for each of a text's words cost more than the tests themselves.
            } else if token.kind == .word || token.kind == .number, CodeUnit.isASCIIDigit(text[Int(token.start)]),
                let figure = ordinal(token, &scan)
            {
                figures.append(figure)
                index += 1
            } else if token.kind == .word, vocabulary.mayStartNumberWord(text[token.range]),
                let (figure, next) = wordFigure(at: index, &scan)
            {
                figures.append(figure)
                index = next
            } else {
                index += 1
            }
        }
        figures.append(contentsOf: CJKNumerals.figures(in: text, tokens: tokens, vocabulary: vocabulary))
        figures.sort { $0.fullRange.lowerBound < $1.fullRange.lowerBound }
        linkRanges(&figures, &scan)
        return figures
    }

    // MARK: Numbers in digits

    private func digitFigure(at start: Int, _ scan: inout Scan, urls: [Range<Int>]) -> (Figure, Int)? {
        let tokens = scan.tokens
        // French and other space-grouping languages: `1 000 000` is one number.
        var last = start
        if vocabulary.groupsWithSpaces, scan.string(tokens[start]).count <= 3 {
            while last + 1 < tokens.count, tokens[last + 1].kind == .number,
                scan.gap(tokens[last], tokens[last + 1]).isSingleSpace,
                scan.string(tokens[last + 1]).prefix(while: \.isNumber).count == 3,
                !scan.string(tokens[last]).contains(where: { $0 == "," || $0 == "." })
            {
                last += 1
            }
        }
        let numberRange = Int(tokens[start].start)..<Int(tokens[last].end)
        // `10亿`, `3万`: digits with a Chinese unit are CJK numerals (see CJKNumerals).
        if numberRange.upperBound < scan.text.count, CJKNumerals.units[scan.text[numberRange.upperBound]] != nil { return nil }
        if numberRange.upperBound + 1 < scan.text.count, CJKNumerals.approximateAfter.contains(scan.text[numberRange.upperBound]),
            CJKNumerals.units[scan.text[numberRange.upperBound + 1]] != nil
        {
            return nil
        }
        let written = scan.text(numberRange)
        var next = last + 1
        // Full-width digits (`１０`) read as the ASCII ones.
        let reading = digitParser.read(
            written.utf16.contains { (0xFF10...0xFF19).contains($0) } ? CJKNumerals.asciiDigits(written.utf16) : written)

        var kind = Figure.Kind.quantity
        if URLs.overlap(urls, numberRange) || scan.isGlued(numberRange) {
            kind = .identifier
        } else if reading == nil {
            kind =
                written.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).count == 3 && isDate(parts: written)
                ? .date : .version
        } else if let (pattern, end) = scan.numericPattern(after: last), pattern != .none {
            // `31/07`, `2024-08-02`, `14:30`: the whole pattern is one non-quantity.
            kind = pattern == .time ? .time : .date
            return (
                Figure(
                    kind: kind, notation: .digits, numberRange: numberRange.lowerBound..<end, number: reading?.value ?? 0,
                    scale: nil, digits: reading?.style, unit: nil), scan.tokenIndex(after: end, from: last)
            )
        }

        var figure = Figure(
            kind: kind, notation: .digits, numberRange: numberRange, number: reading?.value ?? 0,
            scale: nil, digits: reading?.style, unit: nil)
        guard kind == .quantity, let reading else {
            return (figure, next)
        }
        let looksLikeYear = written.count == 4 && written.allSatisfy(\.isNumber) && (1000...2999).contains(Int(written) ?? 0)
        if let (scale, after) = scalePhrase(after: last, number: reading.value, wordLed: false, looksLikeYear: looksLikeYear, &scan) {
            figure.scale = scale
            figure.notation = .mixed
            next = after
            addHalf(to: &figure, next: &next, &scan)
        }
        let unitStart = next - 1
        if let (unit, after) = unitAfter(tokenIndex: unitStart, &scan) {
            figure.unit = unit
            next = after
        } else if let unit = unitBefore(tokenIndex: start, &scan) {
            figure.unit = unit
        }
        if figure.scale == nil, figure.unit == nil {
            figure.kind = classifyBareNumber(written, reading: reading, tokenIndex: start, lastIndex: last, &scan)
        }
        if figure.kind == .quantity, let sign = scan.minusSign(before: numberRange.lowerBound) {
            figure.numberRange = sign..<numberRange.upperBound
            figure.number = -figure.number
        }
        return (figure, next)
    }

    /// What a number without scale or unit is, from its neighbours.
    private func classifyBareNumber(
        _ written: String, reading: DigitParser.Reading, tokenIndex: Int, lastIndex: Int, _ scan: inout Scan
    ) -> Figure.Kind {
        let tokens = scan.tokens
        let before = tokenIndex > 0 ? scan.lowercased(tokens[tokenIndex - 1]) : ""
        let after = lastIndex + 1 < tokens.count ? scan.lowercased(tokens[lastIndex + 1]) : ""
        let attachedAfter = lastIndex + 1 < tokens.count && tokens[lastIndex + 1].start == tokens[lastIndex].end
        let attachedBefore = tokenIndex > 0 && tokens[tokenIndex - 1].end == tokens[tokenIndex].start
        let isInteger = reading.style.decimalSeparator == nil && reading.style.groupingSeparator == nil

        if attachedAfter, ["°", "º", "ª", "ᵉ"].contains(after) {
            return lastIndex + 2 < tokens.count && vocabulary.monthNames.contains(scan.lowercased(tokens[lastIndex + 2])) ? .date : .ordinal
        }
        if vocabulary.monthNames.contains(after) || (vocabulary.monthNames.contains(before) && !attachedBefore) {
            return .date
        }
        if attachedAfter, after == ".", lastIndex + 2 < tokens.count, vocabulary.monthNames.contains(scan.lowercased(tokens[lastIndex + 2]))
        {
            return .date  // German `2. August`
        }
        if attachedBefore, before == "+" || before == "#" {
            return before == "+" ? .phone : .identifier
        }
        if attachedBefore, before == "-" || before == "‑", tokenIndex >= 2, tokens[tokenIndex - 2].kind == .word,
            tokens[tokenIndex - 2].end == tokens[tokenIndex - 1].start
        {
            return .version  // `GPT-4`, `COVID-19`
        }
        if before == "[" && after == "]" { return .identifier }  // footnote mark
        if isInteger, written.count == 4, let year = Int(written), (1000...2999).contains(year) {
            return .year
        }
        if vocabulary.words.timeMarkers.contains(before), let decimal = reading.style.decimalSeparator, decimal == "." || decimal == "," {
            let parts = written.split(separator: decimal)
            if parts.count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), hour <= 24, minute < 60 {
                return .time  // `alle 14.30`
            }
        }
        if vocabulary.words.versionMarkers.contains(before) { return .version }
        if tokenIndex > 0, tokens[tokenIndex - 1].kind == .word, scan.isSingleSpaceBefore(tokenIndex),
            scan.hasInnerUppercase(tokens[tokenIndex - 1])
                || (scan.startsWithUppercase(tokens[tokenIndex - 1]) && !scan.isSentenceInitial(tokenIndex - 1)),
            !isStopWord(before), !vocabulary.monthNames.contains(before)
        {
            // `Windows 10`, `iOS 17.4`, `Llama 3.1`: a name, then a number with no unit.
            return .version
        }
        return .quantity
    }

    private func isDate(parts written: String) -> Bool {
        let parts = written.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "-" }).compactMap { Int($0) }
        guard parts.count == 3 else { return false }
        let (a, b, c) = (parts[0], parts[1], parts[2])
        return ((1...31).contains(a) && (1...12).contains(b) && (c < 100 || (1000...2999).contains(c)))
            || ((1000...2999).contains(a) && (1...12).contains(b) && (1...31).contains(c))
    }

    /// `2ª`, `1º`, `1st`, `2nd`, `1er`, `2e`: digits with an ordinal ending, one token (one
    /// that starts with a digit).
    private func ordinal(_ token: Token, _ scan: inout Scan) -> Figure? {
        let written = scan.string(token)
        let digits = written.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < written.count else { return nil }
        let ending = written.dropFirst(digits.count).lowercased()
        guard ["ª", "º", "°", "st", "nd", "rd", "th", "er", "e", "ème", "re", "ᵉ", "ter"].contains(ending),
            let value = Decimal(string: String(digits))
        else { return nil }
        return Figure(kind: .ordinal, notation: .digits, numberRange: token.range, number: value, scale: nil, digits: nil, unit: nil)
    }

    // MARK: Numbers in words

    /// The number in words that starts at token `start`, a word that may start one.
    private func wordFigure(at start: Int, _ scan: inout Scan) -> (Figure, Int)? {
        let tokens = scan.tokens
        let first = scan.lowercased(tokens[start])
        guard let firstValue = vocabulary.numberWordValue(first) ?? articleValue(first, before: start + 1, &scan) else { return nil }
        // The run of number words. Spelled-out numbers are a few words long (`one hundred
        // twenty-three thousand`); the cap keeps a list of number words (`uno due tre ...`) linear.
        var end = start
        while end + 1 < tokens.count, end - start < 8, tokens[end + 1].kind == .word,
            scan.gap(tokens[end], tokens[end + 1]).isSingleSpace,
            vocabulary.numberWordValue(scan.lowercased(tokens[end + 1])) != nil
        {
            end += 1
        }
        // A figure needs a scale word or a unit after its words; without one, stop here
        // before any spell-out parsing.
        guard end + 1 < tokens.count, end - start < 8 else { return nil }
        let follower = scan.lowercased(tokens[end + 1])
        guard vocabulary.scaleWords.contains(follower) || unitAfter(tokenIndex: end, &scan) != nil else { return nil }
        // The longest prefix of the run that the spell-out rules read as one number.
        var last = start
        var value = firstValue
        if end > start {
            for probe in (start + 1)...end {
                let run = scan.text(Int(tokens[start].start)..<Int(tokens[probe].end))
                if let runValue = vocabulary.spelledValue(TextTransforms.lowercased(run, locale: vocabulary.locale)) {
                    last = probe
                    value = runValue
                }
            }
        }
        var figure = Figure(
            kind: .quantity, notation: .words, numberRange: Int(tokens[start].start)..<Int(tokens[last].end),
            number: value, scale: nil, digits: nil, unit: nil)
        var next = last + 1
        if let (scale, after) = scalePhrase(after: last, number: value, wordLed: true, &scan) {
            figure.scale = scale
            next = after
            addHalf(to: &figure, next: &next, &scan)
        }
        if let (unit, after) = unitAfter(tokenIndex: next - 1, &scan) {
            figure.unit = unit
            next = after
        }
        // A lone number word (`tre aziende`, `Otto` the name) is not worth a figure.
        guard figure.scale != nil || figure.unit != nil else { return nil }
        return (figure, next)
    }

    /// `un`, `one`, `ein` count as 1 only before a scale word (`un miliardo`).
    private func articleValue(_ word: String, before next: Int, _ scan: inout Scan) -> Decimal? {
        // Articles are frequent: the next word's start is tested before it is lower-cased.
        guard vocabulary.words.articleNumberWords.contains(word), next < scan.tokens.count,
            vocabulary.mayBeScaleOrNumberWord(scan.text[scan.tokens[next].range]),
            vocabulary.scaleWords.contains(scan.lowercased(scan.tokens[next]))
        else { return nil }
        return 1
    }

    // MARK: Scale phrases

    /// The scale phrase after token `last`: the words up to the last scale word of a run of
    /// number and scale words. Legal when the language writes it so; garbled when it is
    /// another run of number and scale words that multiplies to a power of ten, the shape of
    /// a Chinese unit rendered word by word (`Cento milioni` for 亿, `dieci mila` for 万).
    private func scalePhrase(
        after last: Int, number: Decimal, wordLed: Bool, looksLikeYear: Bool = false, _ scan: inout Scan
    ) -> (ScalePhrase, Int)? {
        let tokens = scan.tokens
        if !wordLed, let calque = trillionCalque(after: last, &scan) { return calque }
        var words: [PhraseWord] = []
        var probe = last
        while probe + 1 < tokens.count, tokens[probe + 1].kind == .word, scan.gap(tokens[probe], tokens[probe + 1]).isSingleSpace,
            words.count < 6,
            vocabulary.mayBeScaleOrNumberWord(scan.text[tokens[probe + 1].range])
        {
            let lower = scan.lowercased(tokens[probe + 1])
            let isScale = vocabulary.scaleWords.contains(lower)
            let value = vocabulary.numberWordValue(lower)
            guard isScale || value != nil else { break }
            words.append((probe + 1, lower, isScale, value))
            probe += 1
        }
        if let compound = compoundUnitPhrase(words, wordLed: wordLed, looksLikeYear: looksLikeYear, &scan) { return compound }
        if words.isEmpty, !wordLed, !looksLikeYear, let counted = countedScale(after: last, number: number, &scan) { return counted }
        while let tail = words.last, !tail.isScale { words.removeLast() }
        guard !words.isEmpty else { return nil }

        if let garbled = garbledPhrase(words, number: number, wordLed: wordLed, looksLikeYear: looksLikeYear, &scan) {
            return garbled
        }
        // The longest legal phrase at the start wins (`mila miliardi` over `mila`).
        for count in stride(from: min(words.count, vocabulary.longestScale), through: 1, by: -1) {
            let text = words.prefix(count).map(\.lower).joined(separator: " ")
            if let multiplier = vocabulary.legalScales[text] {
                let range = Int(tokens[words[0].index].start)..<Int(tokens[words[count - 1].index].end)
                return (
                    ScalePhrase(range: range, text: text, multiplier: multiplier, isLegal: true, numberWordRanges: []),
                    words[count - 1].index + 1
                )
            }
        }
        return nil
    }

    private typealias PhraseWord = (index: Int, lower: String, isScale: Bool, value: Decimal?)

    /// The whole run as a garbled phrase, when it is not legal and has a garbled shape: a
    /// number word of ten or more before scale words (`Cento milioni`, `dieci mila`), or
    /// scale words that the language does not chain (`mila milioni`), multiplying to a power
    /// of ten.
    private func garbledPhrase(
        _ words: [PhraseWord], number: Decimal, wordLed: Bool, looksLikeYear: Bool, _ scan: inout Scan
    ) -> (ScalePhrase, Int)? {
        let tokens = scan.tokens
        let text = words.map(\.lower).joined(separator: " ")
        guard words.count >= 2, vocabulary.legalScales[text] == nil else { return nil }
        let leadingNumberWord = words[0].value.map { $0 >= 10 } ?? false
        let onlyScaleWords = words.allSatisfy(\.isScale)
        guard leadingNumberWord || onlyScaleWords else { return nil }
        if leadingNumberWord, !wordLed, looksLikeYear { return nil }  // `nel 2023 cento milioni di persone`
        if wordLed, number < 10 || !leadingNumberWord { return nil }
        // The product of the words, as a word-by-word reading makes it; not ICU's spell-out
        // parse of the phrase, which gives the same and costs a collator on first use.
        let multiplier = words.reduce(Decimal(1)) { product, word in
            product * (vocabulary.legalScales[word.lower] ?? word.value ?? 1)
        }
        guard multiplier >= 100, multiplier.isPowerOfTen else { return nil }
        let range = Int(tokens[words[0].index].start)..<Int(tokens[words[words.count - 1].index].end)
        let numberWords = words.filter { $0.value != nil && !$0.isScale }.map { Int(tokens[$0.index].start)..<Int(tokens[$0.index].end) }
        return (
            ScalePhrase(range: range, text: text, multiplier: multiplier, isLegal: false, numberWordRanges: numberWords),
            words[words.count - 1].index + 1
        )
    }

    /// A digit number before one number word that is a power of ten from 10,000 up
    /// (`5 diecimila`, `3 centomila`, `5 zehntausend`): 万 or 十万 rendered as the language's
    /// single word for it, a garbled phrase of one word. Not after a year (`nel 2023
    /// diecimila persone`), nor when the word leads a longer number (`5 diecimila milioni`,
    /// read by `garbledPhrase`).
    private func compoundUnitPhrase(_ words: [PhraseWord], wordLed: Bool, looksLikeYear: Bool, _ scan: inout Scan) -> (ScalePhrase, Int)? {
        guard !wordLed, !looksLikeYear, let word = words.first, !word.isScale, let value = word.value, value >= 10_000,
            value.isPowerOfTen, words.count == 1
        else { return nil }
        let range = Int(scan.tokens[word.index].start)..<Int(scan.tokens[word.index].end)
        return (ScalePhrase(range: range, text: word.lower, multiplier: value, isLegal: false, numberWordRanges: [range]), word.index + 1)
    }

    /// A digit number before the language's word for 10^18 (`134,9 trilioni di yuan`): the
    /// English `trillion` rendered a word for a word, garbled, meaning 10^12. The word is
    /// asked only when it starts with a `t`, as every number's next word is.
    private func trillionCalque(after last: Int, _ scan: inout Scan) -> (ScalePhrase, Int)? {
        let tokens = scan.tokens
        guard !vocabulary.words.trillionCalques.isEmpty, last + 1 < tokens.count, tokens[last + 1].kind == .word,
            scan.text[Int(tokens[last + 1].start)] | 0x20 == 0x74, scan.gap(tokens[last], tokens[last + 1]).isSingleSpace
        else { return nil }
        let word = scan.lowercased(tokens[last + 1])
        guard vocabulary.words.trillionCalques.contains(word) else { return nil }
        var phrase = ScalePhrase(
            range: Int(tokens[last + 1].start)..<Int(tokens[last + 1].end), text: word,
            multiplier: Decimal(sign: .plus, exponent: 12, significand: 1),
            isLegal: false, numberWordRanges: [])
        phrase.literalMultiplier = Decimal(sign: .plus, exponent: 18, significand: 1)
        return (phrase, last + 2)
    }

    /// A digit number before a vague quantity of a scale (`400 decine di migliaia`, `87
    /// centaines de millions`): 万 or 亿 rendered word by word, since prose writes such
    /// quantities without a number. Garbled, with the vague word as its number word. Not
    /// after a year (`nel 2023 decine di migliaia di persone`), nor after a whole number below
    /// ten, which counts them (`2 centinaia di migliaia`, two hundred thousand), nor after a
    /// model's name (`per il Mate 70 centinaia di migliaia di utenti`).
    private func countedScale(after last: Int, number: Decimal, _ scan: inout Scan) -> (ScalePhrase, Int)? {
        let tokens = scan.tokens
        if last >= 1, tokens[last - 1].kind == .word, scan.gap(tokens[last - 1], tokens[last]).isSingleSpace,
            CodeUnit.isUppercase(scan.text[Int(tokens[last - 1].start)])
        {
            return nil
        }
        guard number >= 10 || number.rounded() != number, last + 1 < tokens.count, tokens[last + 1].kind == .word,
            scan.gap(tokens[last], tokens[last + 1]).isSingleSpace,
            vocabulary.mayStartCountedScale(scan.text[tokens[last + 1].range]),
            let (phrase, end) = scan.longestPhrase(
                from: last + 1, maximumWords: vocabulary.longestCountedScale, { vocabulary.words.countedScales[$0] != nil }),
            let power = vocabulary.words.countedScales[phrase]
        else { return nil }
        let first = Int(tokens[last + 1].start)..<Int(tokens[last + 1].end)
        let range = first.lowerBound..<Int(tokens[end].end)
        return (ScalePhrase(range: range, text: phrase, multiplier: Decimal(power), isLegal: false, numberWordRanges: [first]), end + 1)
    }

    /// `due milioni e mezzo`: a half after the scale word adds half a unit of the scale.
    private func addHalf(to figure: inout Figure, next: inout Int, _ scan: inout Scan) {
        guard var scale = figure.scale, next < scan.tokens.count, !vocabulary.words.halfPhrases.isEmpty,
            scan.gap(scan.tokens[next - 1], scan.tokens[next]).isSingleSpace,
            vocabulary.halfFirstWords.contains(scan.lowercased(scan.tokens[next])),
            let (phrase, end) = scan.longestPhrase(from: next, maximumWords: 3, { vocabulary.words.halfPhrases.contains($0) })
        else { return }
        scale.range = scale.range.lowerBound..<Int(scan.tokens[end].end)
        scale.text += " " + phrase
        figure.scale = scale
        figure.number += Decimal(string: "0.5")!
        next = end + 1
    }

    /// Marks ranges: two quantities joined by a hyphen or dash (`20-25%`, `20–25 milioni`),
    /// Chinese 至 or 到 (`10至20%`), or by the language's range words (`da 20 a 25`,
    /// `between 20 and 25`).
    private func linkRanges(_ figures: inout [Figure], _ scan: inout Scan) {
        guard figures.count > 1 else { return }
        var tokenIndex = 0
        for index in 0..<(figures.count - 1) where figures[index].kind == .quantity && figures[index + 1].kind == .quantity {
            let first = figures[index], second = figures[index + 1]
            // A dash or one short range word with its spaces: a longer gap cannot link the two,
            // and is not copied out (figures may be paragraphs apart).
            guard first.fullRange.upperBound <= second.fullRange.lowerBound,
                second.fullRange.lowerBound - first.fullRange.upperBound <= 32
            else { continue }
            let gap = first.fullRange.upperBound..<second.fullRange.lowerBound
            // Most neighbours have other text between them: only a dash or one word (letters,
            // spaces around it) can link them, which the code units tell before any String is made.
            guard Self.mayLinkRange(scan.text[gap]) else { continue }
            let between = scan.text(gap)
            // Chinese `10至20%`, `10到20亿`, `10~20`.
            var linked = ["-", "–", "‑", " – ", " - ", "至", "到", "~", "～", "〜"].contains(between)
            if !linked {
                let words = between.split(separator: " ").map { $0.lowercased() }
                tokenIndex = scan.tokenIndex(after: first.fullRange.lowerBound, from: tokenIndex)
                let before = tokenIndex - 1
                let previous = before >= 0 ? scan.lowercased(scan.tokens[before]) : ""
                linked = words.count == 1 && vocabulary.words.rangeWords.contains { $0.from == previous && $0.to == words[0] }
            }
            guard linked else { continue }
            figures[index].rangePartner = second.fullRange
            figures[index + 1].rangePartner = first.fullRange
        }
    }

    /// True when the text between two figures may link them as a range: one to three code
    /// units (the dashes, `至`, `~` and their spaced forms), or one word of letters with only
    /// spaces around it (`a`, `and`, `bis`). A range word is letters alone, so anything else
    /// links nothing.
    static func mayLinkRange(_ between: ArraySlice<UInt16>) -> Bool {
        if between.count <= 3 { return true }
        var lower = between.startIndex, upper = between.endIndex
        while lower < upper, between[lower] == 0x20 { lower += 1 }
        while upper > lower, between[upper - 1] == 0x20 { upper -= 1 }
        // Combining accents too: a decomposed `à` is the range word `à`.
        return lower < upper && between[lower..<upper].allSatisfy { CodeUnit.isLetter($0) || (0x0300...0x036F).contains($0) }
    }

    // MARK: Units

    /// A percent sign, currency or unit of measure right after token `index` (one space at most,
    /// and `di`/`de` before a word unit: `20 milioni di dollari`).
    private func unitAfter(tokenIndex index: Int, _ scan: inout Scan) -> (FigureUnit, Int)? {
        let tokens = scan.tokens
        guard index + 1 < tokens.count else { return nil }
        let gap = scan.gap(tokens[index], tokens[index + 1])
        guard gap.isEmpty || gap.isSingleSpace else { return nil }
        let next = tokens[index + 1]
        // The white space before the unit, as a String only for a unit found.
        let spacingRange = Int(tokens[index].end)..<Int(next.start)
        func unit(_ kind: FigureUnit.Kind, _ form: FigureUnit.Form, _ range: Range<Int>) -> FigureUnit {
            FigureUnit(kind: kind, form: form, range: range, isPrefix: false, spacing: scan.text(spacingRange))
        }
        let range = Int(next.start)..<Int(next.end)
        // Symbols and codes are at most three units long: longer words skip their tables,
        // and are not made into a String for them.
        let isShort = next.end - next.start <= 3
        let written = isShort ? scan.string(next) : ""
        if isShort, vocabulary.words.percentSigns.contains(written) {
            return (unit(.percent, .symbol, range), index + 2)
        }
        if isShort, vocabulary.words.perMilleSigns.contains(written) {
            return (unit(.perMille, .symbol, range), index + 2)
        }
        if isShort, let code = Self.currencySymbols[written] {
            return (unit(.currency(code), .symbol, range), index + 2)
        }
        guard !gap.isEmpty else { return nil }
        if isShort, next.kind == .word, let code = Self.currencyCodes[written] {
            return (unit(.currency(code), .code, range), index + 2)
        }
        if isShort, next.kind == .word, Self.measureSymbols.contains(written) {
            return (
                unit(.measure(written == "lbs" ? "lb" : written), .symbol, range),
                index + 2
            )
        }
        // Words: `per cento`, `dollari`, `di dollari USA`, `d'euro`. Most words after a number
        // start none of them, and are not lower-cased for the tables.
        guard vocabulary.mayStartUnitWord(scan.text[next.range]) else { return nil }
        var first = index + 1
        var lower = scan.lowercased(next)
        for connector in vocabulary.elidedConnectors {
            if lower.hasPrefix(connector), lower.count > connector.count {
                lower.removeFirst(connector.count)
                if let code = vocabulary.words.currencies[lower] {
                    return (unit(.currency(code), .word, range), index + 2)
                }
            }
        }
        if vocabulary.words.unitConnectors.contains(lower), first + 1 < tokens.count {
            // `di dollari`, and `d'euro` split at the apostrophe by the analyzer.
            let gap = scan.gap(tokens[first], tokens[first + 1])
            if gap.isSingleSpace || (gap.isEmpty && (lower.hasSuffix("'") || lower.hasSuffix("’"))) { first += 1 }
        }
        guard first < tokens.count, tokens[first].kind == .word,
            let longestUnit = vocabulary.unitPhraseLengths[scan.lowercased(tokens[first])]
        else { return nil }
        let longest = scan.longestPhrase(from: first, maximumWords: min(longestUnit, 4)) { phrase in
            vocabulary.words.currencies[phrase] != nil || vocabulary.words.percentPhrases.contains(phrase)
                || vocabulary.words.measureWords[phrase] != nil

        }
        guard let (phrase, end) = longest else { return nil }
        let unitRange = Int(next.start)..<Int(tokens[end].end)
        let kind: FigureUnit.Kind
        if vocabulary.words.percentPhrases.contains(phrase) {
            kind = .percent
        } else if let code = vocabulary.words.currencies[phrase] {
            kind = .currency(code)
        } else {
            kind = .measure(vocabulary.words.measureWords[phrase] ?? phrase)
        }
        // `dollari USA`: a code after the word is part of the unit.
        var endIndex = end
        if end + 1 < tokens.count, Self.currencyCodes[scan.string(tokens[end + 1])] != nil,
            scan.gap(tokens[end], tokens[end + 1]).isSingleSpace
        {
            endIndex = end + 1
        }
        return (
            unit(kind, .word, unitRange.lowerBound..<Int(tokens[endIndex].end)),
            endIndex + 1
        )
    }

    /// A currency symbol or code right before token `index`: `$20`, `€ 4,99`, `USD 20`.
    private func unitBefore(tokenIndex index: Int, _ scan: inout Scan) -> FigureUnit? {
        let tokens = scan.tokens
        guard index > 0 else { return nil }
        let previous = tokens[index - 1]
        let gap = scan.gap(previous, tokens[index])
        // Symbols and codes are at most three units long (`US$` is two tokens).
        guard gap.isEmpty || gap.isSingleSpace, previous.end - previous.start <= 3 else { return nil }
        let spacing = scan.text(Int(previous.end)..<Int(tokens[index].start))
        var written = scan.string(previous)
        var start = Int(previous.start)
        // `US$`, `HK$`, `R$`: letters glued to the dollar sign.
        if written == "$", index >= 2, tokens[index - 2].end == previous.start, tokens[index - 2].kind == .word {
            let prefix = scan.string(tokens[index - 2])
            if Self.currencySymbols[prefix + "$"] != nil {
                written = prefix + "$"
                start = Int(tokens[index - 2].start)
            }
        }
        if let code = Self.currencySymbols[written] {
            return FigureUnit(kind: .currency(code), form: .symbol, range: start..<Int(previous.end), isPrefix: true, spacing: spacing)
        }
        if previous.kind == .word, !gap.isEmpty, let code = Self.currencyCodes[written] {
            return FigureUnit(kind: .currency(code), form: .code, range: start..<Int(previous.end), isPrefix: true, spacing: spacing)
        }
        return nil
    }
}

package extension Decimal {
    /// True for 1, 10, 100, 1000 ...
    /// 1, 10, 100 ...: written, a `1` then only zeros. Read from the digits: dividing a
    /// Decimal by ten again and again showed in profiles (docs/performance.md, "Measured choices").
    var isPowerOfTen: Bool {
        let digits = description
        return digits.first == "1" && digits.dropFirst().allSatisfy { $0 == "0" }
    }

    func rounded() -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, 0, .down)
        return result
    }
}
