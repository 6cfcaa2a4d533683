/// What kind of text a token is, from ICU's word-break rule status and, for ICU's "none"
/// segments, from the characters themselves.
public enum TokenKind: UInt8, Sendable {
    /// Letters of an alphabet or syllabary without spaces between words (`Doubao`, `l'accordo`).
    case word
    /// Digits, with ICU's internal separators (`20`, `1,5`, `1.000`).
    case number
    /// Hiragana or katakana words.
    case kana
    /// Han ideographs (a word per ICU's dictionary).
    case ideographic
    /// Punctuation, symbols, emoji: any other segment that is not white space.
    case punctuation

    /// Words in the sense of a word count: letters, kana, ideographs and numbers.
    @inlinable public var isWordLike: Bool { self != .punctuation }
    /// Segments made of letters (no digits, no punctuation).
    @inlinable public var isLetters: Bool { self == .word || self == .kana || self == .ideographic }

    /// Maps ICU's word-break rule status (UWordBreak ranges).
    package init?(ruleStatus status: Int32) {
        switch status {
        case 100..<200: self = .number
        case 200..<300: self = .word
        case 300..<400: self = .kana
        case 400..<500: self = .ideographic
        default: return nil
        }
    }
}

/// A token: a UTF-16 range of the document's text and its kind. White space is not a token.
/// Eight bytes: a large text has millions of tokens, and at twelve bytes (two offsets and a
/// kind) they were the largest part of its analysis (docs/performance.md). Its accessors are
/// inlinable: the rules read them for every token, and as calls into this module they were
/// 2% of a run on the benchmark's big file.
public struct Token: Equatable, Sendable {
    public let start: Int32
    /// The length in code units, shifted left by 8, and the kind's raw value.
    @usableFromInline let lengthAndKind: UInt32

    /// The longest token, in code units: the analyzer cuts longer segments (a 16 million
    /// letter run without a space is no word anyway).
    public static let maximumLength = (1 << 24) - 1

    public init(start: Int, end: Int, kind: TokenKind) {
        precondition(end >= start && end - start <= Self.maximumLength, "a token of \(end - start) code units")
        self.start = Int32(start)
        lengthAndKind = UInt32(end - start) << 8 | UInt32(kind.rawValue)
    }

    @inlinable public var end: Int32 { start + Int32(lengthAndKind >> 8) }

    @inlinable public var kind: TokenKind {
        // Every stored raw value came from a TokenKind.
        TokenKind(rawValue: UInt8(truncatingIfNeeded: lengthAndKind)).unsafelyUnwrapped
    }

    @inlinable public var range: Range<Int> { Int(start)..<Int(end) }
}
