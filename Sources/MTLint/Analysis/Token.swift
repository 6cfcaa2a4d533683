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
    public var isWordLike: Bool { self != .punctuation }
    /// Segments made of letters (no digits, no punctuation).
    public var isLetters: Bool { self == .word || self == .kana || self == .ideographic }

    /// Maps ICU's word-break rule status (UWordBreak ranges).
    init?(ruleStatus status: Int32) {
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
public struct Token: Equatable, Sendable {
    public let start: Int32
    public let end: Int32
    public let kind: TokenKind

    public init(start: Int, end: Int, kind: TokenKind) {
        self.start = Int32(start)
        self.end = Int32(end)
        self.kind = kind
    }

    public var range: Range<Int> { Int(start)..<Int(end) }
}
