import Foundation

/// LanguageTool's annotated text, the `data` field of `/v2/check`:
/// `{"annotation": [{"text": "A "}, {"markup": "<b>"}, {"text": "test"}, {"markup": "<p>", "interpretAs": "\n\n"}]}`.
/// Text is checked, markup is skipped (or read as its `interpretAs`), and offsets in the answer
/// count every part, markup included, as the client's document does.
public struct AnnotatedText: Sendable, Equatable {
    /// One part: text to check, or markup with what it reads as (often nothing).
    public enum Part: Sendable, Equatable {
        case text(String)
        case markup(String, interpretAs: String)
    }

    public let parts: [Part]

    public init(parts: [Part]) {
        self.parts = parts
    }

    /// Reads the JSON of the `data` field; the error says what is wrong with it.
    public init(json: String) throws(AnnotatedTextError) {
        struct Document: Decodable {
            struct Item: Decodable {
                var text: String?
                var markup: String?
                var interpretAs: String?
            }
            var annotation: [Item]?
            var text: String?
        }
        let decoded: Document
        do {
            decoded = try JSONDecoder().decode(Document.self, from: Data(json.utf8))
        } catch {
            throw AnnotatedTextError(
                description:
                    "`data` is not annotated text: expected JSON like {\"annotation\": [{\"text\": \"...\"}, {\"markup\": \"<b>\"}]}")
        }
        if let items = decoded.annotation {
            var parts: [Part] = []
            for (index, item) in items.enumerated() {
                switch (item.text, item.markup) {
                case (let text?, nil): parts.append(.text(text))
                case (nil, let markup?): parts.append(.markup(markup, interpretAs: item.interpretAs ?? ""))
                default:
                    throw AnnotatedTextError(
                        description: "`data`: annotation \(index) needs either `text` or `markup`, not both or neither")
                }
            }
            self.parts = parts
        } else if let text = decoded.text {
            self.parts = [.text(text)]
        } else {
            throw AnnotatedTextError(description: "`data` has no `annotation` list")
        }
    }

    /// The text that is checked: the text parts and what markup reads as, in order.
    public var plainText: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .markup(_, let interpretAs): interpretAs
            }
        }.joined()
    }

    /// The whole document as the client has it, markup included.
    public var originalText: String {
        parts.map { part in
            switch part {
            case .text(let text): text
            case .markup(let markup, _): markup
            }
        }.joined()
    }

    /// Maps UTF-16 offsets of `plainText` to UTF-16 offsets of `originalText`.
    public var offsetMap: OffsetMap {
        var segments: [OffsetMap.Segment] = []
        var plain = 0, original = 0
        for part in parts {
            switch part {
            case .text(let text):
                let length = text.utf16.count
                segments.append(.init(plain: plain, original: original, plainLength: length, originalLength: length, isText: true))
                plain += length
                original += length
            case .markup(let markup, let interpretAs):
                let plainLength = interpretAs.utf16.count, originalLength = markup.utf16.count
                segments.append(
                    .init(plain: plain, original: original, plainLength: plainLength, originalLength: originalLength, isText: false))
                plain += plainLength
                original += originalLength
            }
        }
        return OffsetMap(segments: segments, plainLength: plain, originalLength: original)
    }
}

public struct AnnotatedTextError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// From offsets of the checked text to offsets of the client's text (markup included).
public struct OffsetMap: Sendable {
    struct Segment: Sendable {
        var plain: Int
        var original: Int
        var plainLength: Int
        var originalLength: Int
        var isText: Bool
    }

    let segments: [Segment]
    let plainLength: Int
    let originalLength: Int

    /// The identity, for a plain `text`.
    public static func identity(length: Int) -> OffsetMap {
        OffsetMap(
            segments: [Segment(plain: 0, original: 0, plainLength: length, originalLength: length, isText: true)],
            plainLength: length, originalLength: length)
    }

    /// The client's range for a range of the checked text. A start inside text stays exact; a
    /// start inside what markup reads as goes to the start of the markup; an end likewise goes
    /// to the end of the text (or of the markup) it falls in, so markup between the two
    /// ends is part of the range and markup after the end is not.
    public func original(_ range: Range<Int>) -> Range<Int> {
        let start = map(range.lowerBound, preferringEnd: false)
        let end = range.isEmpty ? start : max(start, map(range.upperBound, preferringEnd: true))
        return start..<end
    }

    private func map(_ offset: Int, preferringEnd: Bool) -> Int {
        // An end offset belongs to the segment it closes; a start to the one it opens. Empty
        // segments (markup read as nothing) hold no offset. Binary search: the last segment
        // that starts at (for a start) or before (for an end) the offset.
        var low = 0, high = segments.count
        while low < high {
            let middle = (low + high) / 2
            let starts = segments[middle].plain
            if preferringEnd ? starts < offset : starts <= offset { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0, segments[index].plainLength == 0 { index -= 1 }
        guard index >= 0 else { return 0 }
        let segment = segments[index]
        let inside = preferringEnd ? offset <= segment.plain + segment.plainLength : offset < segment.plain + segment.plainLength
        guard inside else { return originalLength }
        if segment.isText { return segment.original + (offset - segment.plain) }
        return preferringEnd ? segment.original + segment.originalLength : segment.original
    }
}
