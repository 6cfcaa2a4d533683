import ICU
import MTLintDocuments
import MTLintText

/// Everything rules read about one document, computed once and shared by all of them:
/// the language, ICU's tokens and sentences, and the paragraphs.
/// All ranges are UTF-16 offsets into `document.text`.
public final class Analysis: Sendable {
    public let document: Document
    public let language: LanguageChoice
    /// Words, numbers and punctuation in text order; white space is left out.
    public let tokens: [Token]
    /// Sentence ranges in text order, covering the text. A single line break inside a
    /// paragraph does not end a sentence (wrapped text); a blank line always does.
    public let sentences: [Range<Int>]
    /// Paragraph ranges: runs of non-blank lines, without their line ends.
    public let paragraphs: [Range<Int>]
    /// The number of word-like tokens (letters, kana, ideographs, numbers).
    public let wordCount: Int
    /// Web and e-mail addresses, in text order.
    public let urls: [Range<Int>]
    /// Numbers with their scale and unit, and numbers that are not quantities (dates, years,
    /// versions ...), in text order. Empty when the language is undetermined.
    public let figures: [Figure]
    /// The language's number vocabulary: legal scale words, number words, symbols, and the
    /// language's wording of values. Nil when the language is undetermined.
    package let numbers: NumberFormatting?
    /// Stretches that look like names, in text order, with their keys.
    public let names: Names
    /// The glossary in effect: mtlint's default one and the user's.
    public let glossary: Glossary
    /// Per token, which language profiles list it as a function word (see isStopWord).
    let stopWordMask: [UInt8]
    /// Second names the document declares (`X, noto come Y`).
    public let aliases: AliasDeclarations
    /// For a bilingual file: the sources' analysis and the units pairing them with this
    /// document's segments (the targets). Nil for a monolingual document. For a translation
    /// whose source is a file of its own, the alignment may still be in the making on
    /// another thread when the rules start (Pending): reading this waits for it, and the
    /// rules that never read it (all but `source/*`) do not wait.
    public var bilingual: BilingualAnalysis? { pendingBilingual.value }
    private let pendingBilingual: Pending<BilingualAnalysis?>

    public convenience init(
        document: Document, language: LanguageChoice, tokens: [Token], sentences: [Range<Int>],
        paragraphs: [Range<Int>], urls: [Range<Int>] = [], figures: [Figure] = [], numbers: NumberFormatting? = nil,
        names: Names = Names(), glossary: Glossary = Glossary(), stopWordMask: [UInt8] = [],
        aliases: AliasDeclarations = AliasDeclarations(), bilingual: BilingualAnalysis? = nil
    ) {
        self.init(
            document: document, language: language, tokens: tokens, sentences: sentences, paragraphs: paragraphs, urls: urls,
            figures: figures, numbers: numbers, names: names, glossary: glossary, stopWordMask: stopWordMask, aliases: aliases,
            pendingBilingual: Pending(ready: bilingual))
    }

    package init(
        document: Document, language: LanguageChoice, tokens: [Token], sentences: [Range<Int>],
        paragraphs: [Range<Int>], urls: [Range<Int>], figures: [Figure], numbers: NumberFormatting?,
        names: Names, glossary: Glossary, stopWordMask: [UInt8],
        aliases: AliasDeclarations, pendingBilingual: Pending<BilingualAnalysis?>
    ) {
        self.document = document
        self.language = language
        self.tokens = tokens
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.urls = urls
        self.figures = figures
        self.numbers = numbers
        self.names = names
        self.glossary = glossary
        self.stopWordMask = stopWordMask
        self.aliases = aliases
        self.pendingBilingual = pendingBilingual
        self.wordCount = tokens.reduce(0) { $0 + ($1.kind.isWordLike ? 1 : 0) }
    }

    public var text: [UInt16] { document.text }

    /// The quotation marks and brackets, matched: made on first use, then shared by the
    /// rules that read them (quote-spacing, unbalanced-pair).
    public var pairedMarks: PairedMarks {
        pairedMarksCache.withLock { cached in
            if let cached { return cached }
            let marks = PairedMarks(self)
            cached = marks
            return marks
        }
    }
    private let pairedMarksCache = Lock<PairedMarks?>(nil)

    /// Whether the text lost its capitals (LowerCaseText), found on first use.
    public var lowerCaseText: LowerCaseText? {
        lowerCaseTextCache.withLock { cached in
            if let cached { return cached }
            let found = LowerCaseText.detect(in: self)
            cached = .some(found)
            return found
        }
    }
    private let lowerCaseTextCache = Lock<LowerCaseText??>(nil)

    /// The language's data that rules read besides the analysis (dictionaries, ICU's
    /// names), made once per process (LanguageResources).
    public var resources: LanguageResources { LanguageResources(locale: language.locale) }

    /// The hunspell dictionary of the document's language (Lexicon), made on the first ask
    /// in the process, or warmed while the document was analyzed; nil when none is
    /// installed. Rules ask only once they hold a candidate.
    public var lexicon: Lexicon? {
        lexiconCache.withLock { cached in
            if let cached { return cached }
            let loaded = resources.lexicon
            cached = .some(loaded)
            return loaded
        }
    }
    private let lexiconCache = Lock<Lexicon??>(nil)

    /// The text of a range.
    public func string(_ range: Range<Int>) -> String { document.string(range) }

    /// The text of a token.
    public func string(_ token: Token) -> String { document.string(token.range) }

    /// The text of a token in lower case, with the document's language rules.
    public func lowercased(_ token: Token) -> String {
        CodeUnit.lowercased(text[token.range], locale: language.locale)
    }

    /// Bit `index` is set when the token's lower-case text is a function word of
    /// `LanguageProfile.all[index]` (computed once by the analyzer).
    public func isStopWord(_ tokenIndex: Int, in profile: Int) -> Bool {
        stopWordMask.isEmpty ? false : stopWordMask[tokenIndex] & (1 << profile) != 0
    }

    /// True when the token is a function word of any language profile.
    public func hasStopWord(_ tokenIndex: Int) -> Bool {
        stopWordMask.isEmpty ? false : stopWordMask[tokenIndex] != 0
    }

    /// The index of the sentence that holds UTF-16 offset `offset`.
    public func sentenceIndex(of offset: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= offset {
                low = middle + 1
            } else if sentences[middle].lowerBound > offset {
                high = middle - 1
            } else {
                return middle
            }
        }
        return nil
    }
}
