import ICU
import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct AnalysisTests {
    private func analyze(_ text: String, _ language: String = "it") throws -> Analysis {
        try Analyzer().analyze(Document(text: text), language: .given(ICULocale(languageTag: language)))
    }

    @Test func tokensLeaveOutWhiteSpaceAndKeepTheirKind() throws {
        let analysis = try analyze("Paga 1,5 euro, 日本語 e ｶﾀｶﾅ!")
        #expect(analysis.tokens.map { analysis.string($0) } == ["Paga", "1,5", "euro", ",", "日本語", "e", "ｶﾀｶﾅ", "!"])
        // ICU's Chinese-Japanese dictionary labels the kana word "ideographic" too.
        #expect(analysis.tokens.map(\.kind) == [.word, .number, .word, .punctuation, .ideographic, .word, .ideographic, .punctuation])
        #expect(TokenKind(ruleStatus: 300) == .kana)
        #expect(TokenKind(ruleStatus: 0) == nil)
        #expect(analysis.wordCount == 6)
    }

    @Test func tokensKeepTheirRangeAndKindInEightBytes() {
        #expect(MemoryLayout<Token>.stride == 8)
        let kinds: [TokenKind] = [.word, .number, .kana, .ideographic, .punctuation]
        for (index, kind) in kinds.enumerated() {
            let token = Token(start: 1_000_000_000 + index, end: 1_000_000_000 + index + Token.maximumLength, kind: kind)
            #expect(token.range == (1_000_000_000 + index)..<(1_000_000_000 + index + Token.maximumLength))
            #expect(token.kind == kind)
        }
        #expect(Token(start: 7, end: 7, kind: .punctuation).range == 7..<7)
    }

    @Test func segmentsLongerThanATokenAreCut() {
        var tokens: [Token] = []
        let length = 2 * Token.maximumLength + 5
        Analyzer.appendCut(3..<(3 + length), .word, to: &tokens)
        Analyzer.appendCut((3 + length)..<(4 + length), .punctuation, to: &tokens)
        #expect(
            tokens.map(\.range) == [
                3..<(3 + Token.maximumLength),
                (3 + Token.maximumLength)..<(3 + 2 * Token.maximumLength),
                (3 + 2 * Token.maximumLength)..<(3 + length),
                (3 + length)..<(4 + length),
            ])
        #expect(tokens.map(\.kind) == [.word, .word, .word, .punctuation])
    }

    @Test func sentencesJoinWrappedLinesButNotParagraphs() throws {
        let text = "Una frase che va\na capo. Seconda frase.\n\nNuovo paragrafo\nTitolo:\nlista"
        let analysis = try analyze(text)
        #expect(
            analysis.sentences.map { analysis.string($0) } == [
                "Una frase che va\na capo. ", "Seconda frase.\n\n", "Nuovo paragrafo\nTitolo:\n", "lista",
            ])
    }

    @Test func paragraphsAreRunsOfNonBlankLines() throws {
        let analysis = try analyze("Titolo\n\n  \nPrimo\nsecondo\r\n\r\nUltimo ")
        #expect(analysis.paragraphs.map { analysis.string($0) } == ["Titolo", "Primo\nsecondo", "Ultimo"])
    }

    @Test func splitsElisionsBeforeVowelsAndHOnly() throws {
        let analysis = try analyze("L'Hôtel dell'Unione e l’auto, ma quell'Ghana e po'.")
        #expect(
            analysis.tokens.filter { $0.kind == .word }.map { analysis.string($0) } == [
                "L'", "Hôtel", "dell'", "Unione", "e", "l’", "auto", "ma", "quell'Ghana", "e", "po",
            ])
        // The table is the vowels, y and h, in both cases, as Character's own lower-casing sees them.
        let vowels = Set("aeiouyhàâäéèêëîïìíòóôöùúûü")
        for unit in UInt16(0)..<0xD800 {
            let expected =
                Unicode.Scalar(unit).map { Set(Character($0).lowercased()).isSubset(of: vowels) && Character($0).lowercased().count == 1 }
                ?? false
            #expect(Analyzer.isElidedBefore(unit) == expected, "U+\(String(unit, radix: 16))")
        }
    }

    @Test func findsTheSentenceOfAnOffset() throws {
        let analysis = try analyze("Uno. Due. Tre.")
        #expect(analysis.sentenceIndex(of: 0) == 0)
        #expect(analysis.sentenceIndex(of: 6) == 1)
        #expect(analysis.sentenceIndex(of: 13) == 2)
        #expect(analysis.sentenceIndex(of: 14) == nil)
    }
}

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        ("it", "Il governo ha approvato la legge che riduce le tasse per le imprese del settore."),
        ("fr", "Le gouvernement a adopté la loi qui réduit les impôts pour les entreprises du secteur."),
        ("es", "El gobierno aprobó la ley que reduce los impuestos para las empresas del sector."),
        ("pt", "O governo aprovou a lei que reduz os impostos para as empresas do setor."),
        ("de", "Die Regierung hat das Gesetz beschlossen, das die Steuern für die Unternehmen senkt."),
        ("en", "The government has approved the law that cuts taxes for the companies of the sector."),
        ("zh", "政府批准了为该行业企业减税的法律。"),
        ("ja", "政府はその業界の企業に対する減税法を承認した。"),
        ("ko", "정부는 해당 업계 기업의 세금을 줄이는 법을 승인했다."),
        ("ru", "Правительство одобрило закон о снижении налогов для компаний отрасли."),
    ])
    func detectsLanguages(_ expected: String, _ text: String) {
        let choice = LanguageDetector().detect(Array(text.utf16))
        #expect(choice.tag == expected)
        #expect(choice.source == .detected)
        #expect(choice.reason.hasPrefix("detected: "))
    }

    @Test(arguments: ["", "12 34 56", "Xiaomi Huawei BYD", "ok"])
    func undecidedTextIsUndetermined(_ text: String) {
        let choice = LanguageDetector().detect(Array(text.utf16))
        #expect(choice.tag == "und")
        #expect(choice.source == .undetermined)
        #expect(choice.reason.contains("--lang"))
    }

    /// Han ideographs and Hangul syllables are counted on a shortcut: the shares must be those
    /// of every letter, Latin ones and other Han blocks included.
    @Test func countsHanAndHangulLettersWithTheRest() {
        // 5 ideographs of the main block, 1 of extension A (U+3400), 3 Latin letters.
        let chinese = LanguageDetector().detect(Array("政府批准了\u{3400} law。".utf16))
        #expect(chinese.tag == "zh")
        #expect(chinese.reason == "detected: 66% of letters are Han script")
        // 5 Hangul syllables, 4 Latin letters.
        let korean = LanguageDetector().detect(Array("정부는 법을 test".utf16))
        #expect(korean.tag == "ko")
        #expect(korean.reason == "detected: 55% of letters are Hangul script")
        // 2 Hangul syllables, 8 Latin letters: a Latin text, read by its function words.
        let latin = LanguageDetector().detect(Array("정부 test code".utf16))
        #expect(latin.reason == "not detected: too few function words in 3 words; give the language with --lang")
    }

    @Test func explainsTheEvidence() {
        let choice = LanguageDetector().detect(Array("Il gatto e il cane della casa sono qui con la nonna.".utf16))
        #expect(choice.reason == "detected: 7 of 12 words are it function words, next fr with 4")
    }
}

@Suite struct CollapsingWhiteSpaceTests {
    /// Every sequence of up to three pieces among letters, accents, CJK, emoji, curly quotes
    /// and every White_Space character: the shortcut for texts with single spaces only must
    /// give what splitting into Characters gives.
    @Test func agreesWithSplittingIntoCharacters() {
        let whiteSpace =
            (0x09...0x0D).map { String(UnicodeScalar($0)!) } + ["\r\n", " ", "\u{85}", "\u{A0}", "\u{1680}"]
            + (0x2000...0x200A).map { String(UnicodeScalar($0)!) } + ["\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}", "\u{3000}"]
        let others = ["a", "è", "日", "😀", "“", "\u{2019}", "\u{200B}", "\u{2030}", "\u{1681}"]
        var texts = [""], longest = [""]
        for _ in 0..<3 {
            longest = longest.flatMap { text in (whiteSpace + others).map { text + $0 } }
            texts += longest
        }
        for text in texts {
            #expect(
                text.collapsingWhiteSpace == text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " "),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect("10 Cento  milioni\n".collapsingWhiteSpace == "10 Cento milioni")
    }
}

@Suite struct FunctionWordLookupTests {
    /// The integer lookup of short Latin-1 words answers as the String lookup does, for every
    /// function word of every profile, in lower case, in capitals and capitalised.
    @Test func packedWordsAgreeWithTheStringTable() throws {
        for profile in LanguageProfile.all {
            let locale = try ICULocale(languageTag: profile.code)
            for word in profile.stopWords {
                for written in [word, word.uppercased(), word.prefix(1).uppercased() + word.dropFirst()] {
                    let units = Array(written.utf16)[...]
                    let expected = LanguageProfile.stopWordLanguages.bits[CodeUnit.lowercased(units, locale: locale)] ?? 0
                    #expect(LanguageProfile.functionWordLanguages(of: units, locale: locale) == expected, "\(written) in \(profile.code)")
                    #expect(expected != 0 || written != word)
                }
            }
        }
        let italian = try ICULocale(languageTag: "it")
        #expect(LanguageProfile.functionWordLanguages(of: Array("PIÙ".utf16)[...], locale: italian) & 1 == 1)
        #expect(LanguageProfile.functionWordLanguages(of: Array("Ambizione".utf16)[...], locale: italian) == 0)
    }
}

@Suite struct DigitRunsTests {
    /// The digits of a text as written, full-width ones as ASCII: what a figure's digits are
    /// compared with on the other side of a unit.
    @Test func runsOfDigitsFullWidthOrNot() {
        let text = Array("约１５亿元，2023年增长7%，１9.5".utf16)
        #expect(FigureComparison.digitRuns(text[...]) == ["15", "2023", "7", "19", "5"])
        #expect(FigureComparison.digitRuns(Array("没有数字".utf16)[...]).isEmpty)
        #expect(FigureComparison.digitRuns(Array("42".utf16)[...]) == ["42"])
    }
}
