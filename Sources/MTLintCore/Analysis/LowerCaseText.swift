import MTLintText

/// A text that lost its capitals on the way (`il 3 marzo xiaomi ha annunciato`): most of its
/// sentences start in lower case. Found once per document (Analysis.lowerCaseText), since
/// text/lost-capitals reports it and name/glossary then compares its renderings without case.
public struct LowerCaseText: Sendable, Equatable {
    /// Token indexes of the sentence starts in lower case.
    public var starts: [Int]
    /// The sentences counted (prose: five words or more, ended by `.`, `!` or `?`).
    public var sentences: Int

    /// The text's lower-case sentence starts, when it lost its capitals; nil for a text that
    /// kept them.
    static func detect(in analysis: Analysis) -> LowerCaseText? {
        guard analysis.isLatinScript else { return nil }
        let tokens = analysis.tokens, text = analysis.text
        // The first word of each sentence that starts with a letter. ICU does not end a
        // sentence before a lower-case word (`modello. la società`), which is the case here:
        // a sentence ends at `.`, `!` or `?` before white space, and at a line's end.
        var lowerStarts: [Int] = [], upperStarts = 0
        var sentenceStart: Int? = nil, words = 0
        // Lower-case starts right after another sentence on the same line (`modello. la`):
        // a list of lower-case descriptions, one a line, is no lost capitals.
        var midLineLowerStarts = 0, afterSentenceOnLine = false, startsMidLine = false
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind.isWordLike {
                if sentenceStart == nil {
                    sentenceStart = index
                    words = 0
                    startsMidLine = afterSentenceOnLine
                }
                words += 1
            }
            let end = Int(token.end)
            let endsSentence =
                token.kind == .punctuation && [0x2E, 0x21, 0x3F].contains(text[Int(token.start)])
                && (end == text.count || CodeUnit.isWhitespace(text[end]))
            let endsLine = end == text.count || text[end] == 0x0A || text[end] == 0x0D
            guard endsSentence || endsLine, let start = sentenceStart else { continue }
            // Prose only: five words or more, ended by a full stop, a question or an
            // exclamation mark; list items, commands and file names start in lower case anywhere.
            if endsSentence, words >= 5, tokens[start].kind == .word {
                let unit = text[Int(tokens[start].start)]
                if CodeUnit.isLowercase(unit) {
                    lowerStarts.append(start)
                    if startsMidLine { midLineLowerStarts += 1 }
                } else if CodeUnit.isUppercase(unit) {
                    upperStarts += 1
                }
            }
            sentenceStart = nil
            afterSentenceOnLine = endsSentence && !endsLine
        }
        let starts = lowerStarts.count + upperStarts
        guard lowerStarts.count >= 4, midLineLowerStarts >= 2, lowerStarts.count * 4 >= starts * 3 else { return nil }
        return LowerCaseText(starts: lowerStarts, sentences: starts)
    }

}
