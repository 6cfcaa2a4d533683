import Foundation
import ICU
import MTLintText

/// Second names that a document declares for the same thing: `Skylark (ora ribattezzato
/// "Doubao")`, `X, noto come Y`, `X, ex Y`, `X (Y)`. The name and term rules leave declared
/// pairs alone: the text says on purpose that both names mean one thing.
public struct AliasDeclarations: Sendable {
    public struct Pair: Sendable, Equatable {
        public var first: Range<Int>
        public var second: Range<Int>
        /// The whole declaration, from the first name to the end of the second.
        public var span: Range<Int>
    }

    public var pairs: [Pair] = []
    /// The pairs' texts, in lower case, both ways.
    private var texts: Set<[String]> = []

    public init() {}

    /// Finds the declarations in a document's tokens. `lowercased` gives a token's text in
    /// lower case; `oneWordNames` is for languages that capitalise nouns, where a run of
    /// capitalised words is no name.
    init(text: [UInt16], tokens: [Token], profile: LanguageProfile?, oneWordNames: Bool, lowercased: (Token) -> String) {
        let markers = Self.markers(of: profile)
        let stopWords = profile?.stopWords ?? []
        for (index, token) in tokens.enumerated() where token.kind == .punctuation && token.end - token.start == 1 {
            let mark = text[Int(token.start)]
            guard mark == 0x28 || mark == 0x2C, index > 0, tokens[index - 1].kind.isWordLike else { continue }
            var next = index + 1
            var sawMarker = false
            // Skip an alias marker (`ora ribattezzato`, `noto come`), then an opening quote.
            if next < tokens.count, tokens[next].kind == .word, let candidates = markers[lowercased(tokens[next])] {
                for marker in candidates
                where next + marker.count <= tokens.count
                    && tokens[next..<(next + marker.count)].map(lowercased) == marker
                {
                    next += marker.count
                    sawMarker = true
                    break
                }
            }
            // `X, Y` is a list, not an alias: a comma needs a marker.
            if mark == 0x2C, !sawMarker { continue }
            while next < tokens.count, tokens[next].kind == .punctuation, Self.isQuote(text[Int(tokens[next].start)]) { next += 1 }
            guard next < tokens.count, tokens[next].kind.isWordLike else { continue }
            // The second name: name-like words after a name-like word (`Blue Whale News`), or a
            // few words up to the punctuation (`intelligenza artificiale`).
            let nameLike = NameFinder.isNameLike(tokens[next], text)
            var end = next
            while end + 1 < tokens.count, tokens[end + 1].kind.isWordLike,
                Int(tokens[end + 1].start) - Int(tokens[end].end) <= 1, end - next < 4,
                !nameLike || NameFinder.isNameLike(tokens[end + 1], text)
            {
                end += 1
            }
            let second = Int(tokens[next].start)..<Int(tokens[end].end)
            // In brackets, the second name must fill them (`X (Y)`, not `X (con Y e Z)`).
            if mark == 0x28 {
                var close = end + 1
                while close < tokens.count, tokens[close].kind == .punctuation, Self.isQuote(text[Int(tokens[close].start)]) { close += 1 }
                guard close < tokens.count, text[Int(tokens[close].start)] == 0x29 else { continue }
            }
            let first = Self.nameBefore(
                index, tokens: tokens, text: text, oneWord: oneWordNames,
                isStopWord: { stopWords.contains(lowercased($0).trimmingCharacters(in: ["'", "’"])) })
            let pair = Pair(first: first, second: second, span: first.lowerBound..<second.upperBound)
            pairs.append(pair)
            let a = String(utf16Units: text[first]).lowercased(), b = String(utf16Units: text[second]).lowercased()
            texts.insert([a, b])
            texts.insert([b, a])
        }
    }

    private static let markersByProfile = LanguageCache<[String: [[String]]]>()

    /// The profile's alias markers by their first word, longest first: made once per
    /// language, not per document.
    private static func markers(of profile: LanguageProfile?) -> [String: [[String]]] {
        guard let profile else { return [:] }
        return markersByProfile.value(for: profile.code) {
            var markers: [String: [[String]]] = [:]
            for marker in profile.nameWords.aliasMarkers {
                let words = marker.split(separator: " ").map(String.init)
                markers[words[0], default: []].append(words)
            }
            for key in markers.keys { markers[key]!.sort { $0.count > $1.count } }
            return markers
        }
    }

    /// True when the document declares `a` and `b` names of one thing.
    public func declares(_ a: String, _ b: String) -> Bool {
        texts.contains([a.lowercased(), b.lowercased()])
    }

    /// True when `range` lies inside a declaration (pairs are in text order: binary search).
    public func covers(_ range: Range<Int>) -> Bool {
        var low = 0, high = pairs.count
        while low < high {
            let middle = (low + high) / 2
            if pairs[middle].span.lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, index >= low - 4 {
            if pairs[index].span.contains(range.lowerBound), range.upperBound <= pairs[index].span.upperBound { return true }
            index -= 1
        }
        return false
    }

    /// The words before token `index` that make one name: name-like words (one only in a
    /// language that capitalises nouns), or else up to three words that are not function
    /// words (`intelligenza artificiale`).
    private static func nameBefore(_ index: Int, tokens: [Token], text: [UInt16], oneWord: Bool, isStopWord: (Token) -> Bool) -> Range<Int>
    {
        var start = index - 1
        let end = Int(tokens[start].end)
        if Int(tokens[index].start) - end > 1 || oneWord { return Int(tokens[start].start)..<end }
        let nameLike = NameFinder.isNameLike(tokens[start], text)
        while start - 1 >= 0, tokens[start - 1].kind.isWordLike, Int(tokens[start].start) - Int(tokens[start - 1].end) <= 1,
            nameLike ? NameFinder.isNameLike(tokens[start - 1], text) : (!isStopWord(tokens[start - 1]) && index - start < 3)
        {
            start -= 1
        }
        return Int(tokens[start].start)..<end
    }

    private static func isQuote(_ unit: UInt16) -> Bool {
        [0x22, 0x27, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x2018, 0x2019].contains(unit)
    }
}
