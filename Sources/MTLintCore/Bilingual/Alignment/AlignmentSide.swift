import Foundation
import MTLintText

/// One side of an alignment: the sentences of a text (ICU's, white space trimmed, those
/// without a letter or digit left out), their lengths, whether each opens a paragraph, and
/// the anchors each holds (AlignmentAnchor).
public struct AlignmentSide: Sendable {
    public let text: [UInt16]
    /// UTF-16 ranges of the sentences in `text`, in order, trimmed of white space.
    public let sentences: [Range<Int>]
    /// Per sentence: its length in characters other than white space.
    let lengths: [Int]
    /// Per sentence: true when it is the first of its paragraph.
    let opensParagraph: [Bool]
    /// Per sentence: what it holds that survives translation.
    let anchors: [Set<AlignmentAnchor>]
    /// Whether the text is written in Latin script.
    let isLatinScript: Bool

    /// The side of an analysed text.
    public init(_ analysis: Analysis) {
        self.init(
            text: analysis.text, sentences: analysis.sentences, paragraphs: analysis.paragraphs,
            figures: analysis.figures, urls: analysis.urls, tokens: analysis.tokens, latinScript: Self.isLatinScript(analysis.text))
    }

    /// Whether most letters of the text's start are Latin.
    static func isLatinScript(_ text: [UInt16]) -> Bool {
        var latin = 0, letters = 0
        for unit in text.prefix(4096) where CodeUnit.isLetter(unit) {
            letters += 1
            if CodeUnit.isLatinLetter(unit) { latin += 1 }
        }
        return latin * 2 > letters
    }

    /// The side of a text from its analysis' parts (the Analyzer aligns before it builds
    /// the target's Analysis). `latinScript`: whether the text is written in Latin script,
    /// where a capital at a sentence's start says nothing of a name.
    init(
        text: [UInt16], sentences rawSentences: [Range<Int>], paragraphs: [Range<Int>], figures: [Figure], urls: [Range<Int>],
        tokens: [Token], latinScript: Bool
    ) {
        self.text = text
        self.isLatinScript = latinScript
        var sentences: [Range<Int>] = []
        for sentence in rawSentences {
            var lower = sentence.lowerBound, upper = sentence.upperBound
            while lower < upper, CodeUnit.isWhitespace(text[lower]) { lower += 1 }
            while upper > lower, CodeUnit.isWhitespace(text[upper - 1]) { upper -= 1 }
            guard text[lower..<upper].contains(where: CodeUnit.isLetterOrDigit) else { continue }
            sentences.append(lower..<upper)
        }
        self.sentences = sentences
        lengths = sentences.map { range in text[range].reduce(0) { $0 + (CodeUnit.isWhitespace($1) ? 0 : 1) } }

        // Paragraphs and sentences are both in text order: one walk pairs them.
        var opens: [Bool] = []
        opens.reserveCapacity(sentences.count)
        var paragraph = 0, lastParagraph = -1
        for sentence in sentences {
            while paragraph < paragraphs.count, paragraphs[paragraph].upperBound <= sentence.lowerBound { paragraph += 1 }
            opens.append(paragraph != lastParagraph)
            lastParagraph = paragraph
        }
        opensParagraph = opens

        var anchors = [Set<AlignmentAnchor>](repeating: [], count: sentences.count)
        // Each list is in text order: the sentence of each item is found by walking along.
        func walk<Item>(_ items: [Item], start: (Item) -> Int, _ add: (Item, Int) -> Void) {
            var index = 0
            for item in items {
                let at = start(item)
                while index < sentences.count, sentences[index].upperBound <= at { index += 1 }
                guard index < sentences.count, sentences[index].contains(at) else { continue }
                add(item, index)
            }
        }
        walk(figures, start: { $0.range.lowerBound }) { figure, index in
            // Small whole numbers (`3 anni`, `两个`) are too common to say which sentence is which.
            let value = NSDecimalNumber(decimal: figure.value).doubleValue
            if value >= 10 || value != value.rounded() { anchors[index].insert(.figure(figure.value)) }
        }
        walk(urls, start: { $0.lowerBound }) { url, index in
            anchors[index].insert(.url(String(utf16Units: text[url]).lowercased()))
        }
        walk(tokens, start: { Int($0.start) }) { token, index in
            guard token.kind == .word, token.range.count >= 2 else { return }
            let units = text[token.range]
            guard units.allSatisfy({ CodeUnit.isLatinLetter($0) || CodeUnit.isASCIIDigit($0) || $0 == 0x2D }) else { return }
            if latinScript {
                // In a Latin-script text only what looks like a name: a capital or a digit
                // inside, or a capital not at the sentence's start.
                let atStart = Int(token.start) == sentences[index].lowerBound
                let capitalInside = units.dropFirst().contains(where: CodeUnit.isUppercase)
                let hasDigit = units.contains(where: CodeUnit.isASCIIDigit)
                guard capitalInside || hasDigit || (!atStart && CodeUnit.isUppercase(units.first!)) else { return }
            }
            anchors[index].insert(.token(String(utf16Units: units).lowercased()))
        }
        for (index, sentence) in sentences.enumerated() where text[sentence].contains(where: Self.isQuotationMark) {
            anchors[index].insert(.quotation)
        }
        self.anchors = anchors
    }

    /// Quotation marks that open or close a quotation in the languages mtlint reads (not the
    /// apostrophe, which Italian and French write in every other word).
    static func isQuotationMark(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x300C, 0x300D, 0x300E, 0x300F: true
        default: false
        }
    }

    /// The text's range from the first to the last of sentences `indices`.
    public func range(of indices: Range<Int>) -> Range<Int>? {
        guard let first = indices.first, let last = indices.last else { return nil }
        return sentences[first].lowerBound..<sentences[last].upperBound
    }

    /// The text of sentences `indices`, line ends shown as spaces.
    public func string(of indices: Range<Int>) -> String {
        guard let range = range(of: indices) else { return "" }
        return String(utf16Units: text[range].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 })
    }

    /// The total length of sentences `indices`.
    func length(of indices: Range<Int>) -> Int {
        indices.reduce(0) { $0 + lengths[$1] }
    }
}
