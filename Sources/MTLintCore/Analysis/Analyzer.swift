import ICU
import MTLintDocuments
import MTLintText

/// Builds the Analysis of documents. Owns ICU's break iterators, which are expensive to open:
/// one Analyzer serves one thread at a time and keeps its iterators for every document it sees.
public final class Analyzer {
    private var wordIterators: [String: BreakIterator] = [:]
    private var sentenceIterators: [String: BreakIterator] = [:]
    /// Figure extractors per locale; nil where ICU lacks the data (then no figures).
    private var figureExtractors: [String: FigureExtractor?] = [:]
    public let detector = LanguageDetector()
    /// ICU's `Latin-ASCII`, for the keys of names with letters that decomposition leaves
    /// (`ł`, `ß`); opened on first use, since it loads ICU's transliterator registry.
    private lazy var transliterator: Transliterator? = try? Transliterator(id: "Latin-ASCII")
    private var nameKeys = BoundedCache<String, String>(limit: 100_000)
    /// Whether the source of a two-file check is analyzed, then aligned, on another thread
    /// while this one reads the target (Pending); the linter allows it where it has a core to
    /// spare.
    public var analyzesSourceAlongside = false
    private lazy var sourceAnalyzer = SourceAnalyzer()

    public init() {}

    /// Analyzes `document` in `language`, or in the detected language when it is nil. The
    /// glossary is asked for last, so that it may be made while the text is analyzed. The
    /// analysis of a translation's sources (`asSource`) has no names nor alias declarations:
    /// no rule reads them of a source, and a long source's are on the way to its alignment.
    public func analyze(
        _ document: Document, language: LanguageChoice? = nil, glossary: @autoclosure () -> Glossary = Glossary(),
        asSource: Bool = false
    ) throws(ICUError) -> Analysis {
        let language = language ?? detector.detect(document.text)
        let pendingSource = analyzesSourceAlongside ? document.pairedSource.map(analyzeAlongside) : nil
        // Whatever happens here, the source analyzer is done before the next document needs it.
        defer { _ = pendingSource?.value }
        let fileSources = try analyzeSources(of: document, glossary: glossary())
        let text = document.text
        let words = try iterator(.word, language.locale, &wordIterators)
        let sentenceBreaker = try iterator(.sentence, language.locale, &sentenceIterators)
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 5)
        var rawSentences: [Range<Int>] = []
        let splitsElisions = language.profile?.textWords.splitsElisions ?? false
        try text.withUnsafeBufferPointer { (buffer) throws(ICUError) in
            /// A word, as two when it is elided (`l'` and `IA`).
            func appendWord(_ range: Range<Int>) {
                if splitsElisions, let apostrophe = Self.elision(in: buffer, range) {
                    tokens.append(Token(start: range.lowerBound, end: apostrophe + 1, kind: .word))
                    tokens.append(Token(start: apostrophe + 1, end: range.upperBound, kind: .word))
                } else {
                    Self.appendCut(range, .word, to: &tokens)
                }
            }
            try words.forEachSegment(in: buffer) { start, end, status in
                if let kind = TokenKind(ruleStatus: status) {
                    if kind == .word {
                        Self.forEachPart(ofWord: start..<end, in: buffer, appendWord)
                    } else {
                        Self.appendCut(start..<end, kind, to: &tokens)
                    }
                } else if !Self.isWhiteSpace(buffer, start..<end) {
                    Self.appendCut(start..<end, .punctuation, to: &tokens)
                }
            }
            try sentenceBreaker.forEachSegment(in: buffer) { start, end, _ in
                rawSentences.append(start..<end)
            }
        }
        // Compacted now, not when the analysis is made: the grown buffer and its copy would
        // otherwise both be alive until then, beside the names' two (docs/performance.md).
        tokens = tokens.compacted()
        let urls = URLs.ranges(in: text)
        let extractor = figureExtractor(for: language)
        let sentences = Self.joinWrappedLines(rawSentences, in: text)
        let stopWordMask = Self.stopWordMask(text: text, tokens: tokens, locale: language.locale)
        let aliases =
            asSource
            ? AliasDeclarations()
            : AliasDeclarations(
                text: text, tokens: tokens, profile: language.profile,
                oneWordNames: extractor?.vocabulary.capitalizesNouns == true
            ) { token in
                CodeUnit.lowercased(text[token.range], locale: language.locale)
            }
        let figures = extractor?.figures(in: text, tokens: tokens, urls: urls).compacted() ?? []
        let paragraphs = Self.paragraphs(of: text)
        // Number words matter only beside a source.
        let targetWords = fileSources == nil && document.pairedSource == nil ? [] : numberWords(text, tokens, in: language)
        var bilingual = Pending<BilingualAnalysis?>(
            ready: fileSources.map { sources in
                BilingualAnalysis(
                    source: sources.source, text: sources.text, targetNumberWords: targetWords,
                    sourceNumberWords: sources.sourceNumberWords)
            })
        if fileSources == nil, let paired = document.pairedSource {
            let side = AlignmentSide(
                text: text, sentences: sentences, paragraphs: paragraphs, figures: figures, urls: urls, tokens: tokens,
                latinScript: AlignmentSide.isLatinScript(text))
            let source: PreparedSource
            if let pendingSource { source = try pendingSource.value.get() } else { source = try prepareSource(paired) }
            let align = { @Sendable in
                Self.align(source, with: side, targetLanguage: language, targetWords: targetWords)
            }
            bilingual = analyzesSourceAlongside ? Pending(making: align) : Pending(ready: align())
        }
        let names =
            asSource
            ? Names()
            : NameFinder(transliterator: { self.transliterator }, stopWords: language.profile?.stopWords ?? []).occurrences(
                in: text, tokens: tokens, sentences: sentences, keyCache: &nameKeys)
        return Analysis(
            document: document,
            language: language,
            tokens: tokens,
            sentences: sentences,
            paragraphs: paragraphs,
            urls: urls,
            figures: figures,
            numbers: extractor.map {
                NumberFormatting(
                    locale: language.locale, decimalSeparator: $0.vocabulary.symbols.decimalSeparator,
                    groupingSeparator: $0.vocabulary.symbols.groupingSeparator,
                    capitalizesNouns: $0.vocabulary.capitalizesNouns, formatters: $0.vocabulary.formatters)
            },
            names: names,
            glossary: glossary(),
            stopWordMask: stopWordMask,
            aliases: aliases,
            pendingBilingual: bilingual
        )
    }

    /// For a bilingual document, the analysis of its sources, in the language the file or
    /// `--source-lang` gives, else the detected one.
    private func analyzeSources(of document: Document, glossary: @autoclosure () -> Glossary) throws(ICUError) -> BilingualAnalysis? {
        guard let text = document.layout?.bilingual else { return nil }
        let sources = Document(path: document.path, decodedText: text.source.text)
        var language: LanguageChoice?
        if let tag = text.sourceLanguage, let locale = try? ICULocale(languageTag: tag), locale != .undetermined {
            language = LanguageChoice(locale: locale, source: .given, reason: "the source language, declared")
        }
        let analysis = try analyze(sources, language: language ?? detector.detect(sources.text), glossary: glossary(), asSource: true)
        return BilingualAnalysis(
            source: analysis, text: text, sourceNumberWords: numberWords(analysis.text, analysis.tokens, in: analysis.language))
    }

    /// The source of a two-file check, analyzed in its language (given, else detected). Its
    /// analysis holds no glossary: the source checks read the target's.
    func analyzeSource(_ paired: PairedSource) throws(ICUError) -> Analysis {
        let document = Document(path: paired.path, decodedText: paired.text)
        var language: LanguageChoice?
        if let tag = paired.language, let locale = try? ICULocale(languageTag: tag), locale != .undetermined {
            language = LanguageChoice(locale: locale, source: .given, reason: "the source language, given")
        }
        return try analyze(document, language: language ?? detector.detect(document.text), asSource: true)
    }

    /// A two-file check's source, analyzed, with what its alignment and the figure checks read
    /// of it.
    struct PreparedSource: Sendable {
        let analysis: Analysis
        let side: AlignmentSide
        let numberWords: [NumberWord]
    }

    /// The source analyzed, its side of the alignment and its number words made. Beside a
    /// target (`analyzeAlongside`) all of it is done on the second core, which otherwise
    /// waits for the target's analysis before the alignment can start.
    func prepareSource(_ paired: PairedSource) throws(ICUError) -> PreparedSource {
        let analysis = try analyzeSource(paired)
        return PreparedSource(
            analysis: analysis, side: AlignmentSide(analysis),
            numberWords: numberWords(analysis.text, analysis.tokens, in: analysis.language))
    }

    /// The source of a two-file check, prepared on another thread with the source analyzer.
    private func analyzeAlongside(_ paired: PairedSource) -> Pending<Result<PreparedSource, ICUError>> {
        let sourceAnalyzer = sourceAnalyzer
        return Pending { Result { () throws(ICUError) in try sourceAnalyzer.analyzer.prepareSource(paired) } }
    }

    /// For a target whose source is a file of its own: the source's sentences aligned with the
    /// target's, and the pair read as a BilingualText whose units are the alignment's beads.
    /// Reads nothing of the Analyzer, so that it may run on another thread.
    private static func align(
        _ source: PreparedSource, with target: AlignmentSide, targetLanguage: LanguageChoice, targetWords: [NumberWord]
    ) -> BilingualAnalysis {
        let alignment = SentenceAlignment(source: source.side, target: target)
        let text = alignment.bilingualText(sourceLanguage: source.analysis.language.tag, targetLanguage: targetLanguage.tag)
        return BilingualAnalysis(
            source: source.analysis, text: text, targetNumberWords: targetWords, sourceNumberWords: source.numberWords,
            alignment: alignment)
    }

    /// The number words of a text in `language` (none where ICU lacks its number data).
    private func numberWords(_ text: [UInt16], _ tokens: [Token], in language: LanguageChoice) -> [NumberWord] {
        figureExtractor(for: language).map {
            Self.numberWords(text: text, tokens: tokens, vocabulary: $0.vocabulary, locale: language.locale)
        } ?? []
    }

    /// Number words of a bilingual document's targets (`tre`, `un`): a source's `3` may be
    /// written so, and they are no figures (a lone number word is not one).
    static func numberWords(text: [UInt16], tokens: [Token], vocabulary: NumberVocabulary, locale: ICULocale) -> [NumberWord] {
        var words: [NumberWord] = []
        for token in tokens where token.kind == .word && vocabulary.mayStartNumberWord(text[token.range]) {
            let lower = CodeUnit.lowercased(text[token.range], locale: locale)
            if let value = vocabulary.numberWordValue(lower) ?? (vocabulary.words.articleNumberWords.contains(lower) ? 1 : nil) {
                words.append(NumberWord(range: token.range, value: value))
            }
        }
        return words
    }

    /// Appends a segment as one token, or, past Token.maximumLength code units, as several.
    static func appendCut(_ segment: Range<Int>, _ kind: TokenKind, to tokens: inout [Token]) {
        var start = segment.lowerBound
        while segment.upperBound - start > Token.maximumLength {
            tokens.append(Token(start: start, end: start + Token.maximumLength, kind: kind))
            start += Token.maximumLength
        }
        tokens.append(Token(start: start, end: segment.upperBound, kind: kind))
    }

    private func iterator(
        _ kind: BreakIterator.Kind, _ locale: ICULocale, _ cache: inout [String: BreakIterator]
    ) throws(ICUError) -> BreakIterator {
        if let cached = cache[locale.identifier] { return cached }
        let created = try BreakIterator(kind, locale: locale)
        cache[locale.identifier] = created
        return created
    }

    /// Per token, a bit per language profile whose function words include it (an elided
    /// `dell'` counts as `dell`). Computed once, so that rules weighing languages per
    /// sentence do not lower-case every word again.
    static func stopWordMask(text: [UInt16], tokens: [Token], locale: ICULocale) -> [UInt8] {
        var mask = [UInt8](repeating: 0, count: tokens.count)
        let longest = LanguageProfile.stopWordLanguages.longest
        for (index, token) in tokens.enumerated() where token.kind == .word && Int(token.end - token.start) <= longest + 1 {
            var range = token.range
            if text[range.upperBound - 1] == 0x27 || text[range.upperBound - 1] == 0x2019 {
                range = range.lowerBound..<(range.upperBound - 1)
            }
            mask[index] = LanguageProfile.functionWordLanguages(of: text[range], locale: locale)
        }
        return mask
    }

    private func figureExtractor(for language: LanguageChoice) -> FigureExtractor? {
        guard language.locale != .undetermined else { return nil }
        if let cached = figureExtractors[language.locale.identifier] { return cached }
        let profile = language.profile
        let extractor = (try? NumberVocabulary(locale: language.locale, words: profile?.figureWords ?? FigureWords()))
            .map { FigureExtractor(vocabulary: $0, stopWords: profile?.stopWords ?? []) }
        figureExtractors[language.locale.identifier] = extractor
        return extractor
    }

    /// The apostrophe of an elided article or preposition at the start of a word: one to six
    /// letters, an apostrophe, then a vowel or h (`l'accordo`, `dell'OpenAI`, `d'euros`; not
    /// `aujourd'hui`).
    static func elision(in text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Int? {
        let limit = min(range.upperBound - 1, range.lowerBound + 7)
        var index = range.lowerBound + 1
        while index < limit {
            let unit = text[index]
            if unit == 0x27 || unit == 0x2019 {
                return isElidedBefore(text[index + 1]) ? index : nil
            }
            guard CodeUnit.isLetter(unit) else { return nil }
            index += 1
        }
        return nil
    }

    /// Letters an elided article or preposition comes before (`l'auto`, `dell'Unione`,
    /// `l'hôtel`): vowels, `y` and `h`, in either case, by a table of Latin-1 code units.
    private static let elidedBefore: [Bool] = {
        var table = [Bool](repeating: false, count: 0x100)
        for letter in "aeiouyhàâäéèêëîïìíòóôöùúûü".unicodeScalars {
            table[Int(letter.value)] = true
            for capital in String(letter).uppercased().utf16 where capital < 0x100 { table[Int(capital)] = true }
        }
        return table
    }()

    static func isElidedBefore(_ unit: UInt16) -> Bool {
        unit < 0x100 && elidedBefore[Int(unit)]
    }

    /// The parts of an ICU word between narrow no-break spaces (U+202F). Unicode counts that
    /// space as a letter joining words (for Mongolian), so ICU reads French typography's
    /// `BYD\u{202F};` and `«\u{202F}Les` as the words `BYD\u{202F}` and `\u{202F}Les`, and one
    /// name had two spellings. The space stays inside a number (`23\u{202F}477`), where it
    /// groups digits.
    @inline(__always)
    static func forEachPart(ofWord range: Range<Int>, in text: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>) -> Void) {
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if text[index] == 0x202F,
                !(index > range.lowerBound && index + 1 < range.upperBound && CodeUnit.isASCIIDigit(text[index - 1])
                    && CodeUnit.isASCIIDigit(text[index + 1]))
            {
                if start < index { body(start..<index) }
                start = index + 1
            }
            index += 1
        }
        if start < range.upperBound { body(start..<range.upperBound) }
    }

    static func isWhiteSpace(_ text: UnsafeBufferPointer<UInt16>, _ range: Range<Int>) -> Bool {
        range.allSatisfy { CodeUnit.isWhitespace(text[$0]) }
    }

    static func isLineBreak(_ unit: UInt16) -> Bool { unit == 0x0A || unit == 0x0D }

    /// ICU ends a sentence at every line break. Text wrapped at a fixed width has line breaks
    /// inside sentences, so a sentence that ends with one line break, not after sentence-final
    /// punctuation and not before a blank line, is joined to the next. Blank lines join the
    /// sentence before them, so every sentence holds some text.
    static func joinWrappedLines(_ sentences: [Range<Int>], in text: [UInt16]) -> [Range<Int>] {
        var joined: [Range<Int>] = []
        joined.reserveCapacity(sentences.count)
        var pending: Range<Int>?
        for sentence in sentences {
            // Blank lines that ICU returns as sentences of their own belong to the sentence before.
            if pending == nil, let last = joined.last, text[sentence].allSatisfy({ $0 == 0x20 || $0 == 0x09 || isLineBreak($0) }) {
                joined[joined.count - 1] = last.lowerBound..<sentence.upperBound
                continue
            }
            let current = pending.map { $0.lowerBound..<sentence.upperBound } ?? sentence
            pending = nil
            if endsWithWrap(sentence, in: text) { pending = current } else { joined.append(current) }
        }
        if let pending { joined.append(pending) }
        return joined
    }

    private static func endsWithWrap(_ sentence: Range<Int>, in text: [UInt16]) -> Bool {
        var end = sentence.upperBound
        guard end > sentence.lowerBound, end < text.count, isLineBreak(text[end - 1]) else { return false }
        // Exactly one line end (LF, CR or CRLF), and the next line is not blank.
        end -= 1
        if text[end] == 0x0A, end > sentence.lowerBound, text[end - 1] == 0x0D { end -= 1 }
        guard end > sentence.lowerBound, !isLineBreak(text[end - 1]) else { return false }
        var next = sentence.upperBound
        while next < text.count, text[next] == 0x20 || text[next] == 0x09 { next += 1 }
        guard next < text.count, !isLineBreak(text[next]) else { return false }
        var last = end - 1
        while last > sentence.lowerBound, text[last] == 0x20 || text[last] == 0x09 { last -= 1 }
        let finalPunctuation: Set<UInt16> = [0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0x3A, 0x3B]
        return !finalPunctuation.contains(text[last])
    }

    /// Runs of lines that hold more than white space.
    static func paragraphs(of text: [UInt16]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start: Int?
        var lastContent = 0
        var lineStart = 0
        var lineHasContent = false
        func endLine(at index: Int) {
            if lineHasContent {
                if start == nil { start = lineStart }
            } else if let begin = start {
                result.append(begin..<lastContent)
                start = nil
            }
            lineHasContent = false
        }
        var index = 0
        while index < text.count {
            let unit = text[index]
            if unit == 0x0A || unit == 0x0D {
                endLine(at: index)
                if unit == 0x0D, index + 1 < text.count, text[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            } else if unit != 0x20, unit != 0x09 {
                lineHasContent = true
                lastContent = index + 1
            }
            index += 1
        }
        endLine(at: text.count)
        if let begin = start { result.append(begin..<lastContent) }
        return result
    }
}
