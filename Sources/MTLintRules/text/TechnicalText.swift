import MTLintCore
import MTLintText

/// Evidence that a stretch of text is a command line, a synopsis or an option list, not
/// prose: `xterm -geometry 80x24`, `--socket socket`, `bs=BYTES`, `$HOME/.magic`. Manuals,
/// technical notes and quoted commands have hyphens, doubled words and lower-case starts that
/// are right there; news prose never looks like that. Used by the text rules that read
/// hyphens, full stops and doubled words, so that they stay silent on such text.
package enum TechnicalText {
    /// True when the hyphen at `offset` starts a command-line option (`-v`, `-Tps`,
    /// `--socket`): one or two hyphens glued to an ASCII letter, after a line start, white
    /// space or an opening bracket.
    static func startsOption(at offset: Int, in text: [UInt16]) -> Bool {
        guard offset < text.count, text[offset] == 0x2D else { return false }
        if offset > 0 {
            let before = text[offset - 1]
            guard CodeUnit.isWhitespace(before) || before == 0x5B || before == 0x28 || before == 0x7C else { return false }
        }
        var next = offset + 1
        if next < text.count, text[next] == 0x2D { next += 1 }
        return next < text.count && CodeUnit.isASCIILetter(text[next])
    }

    /// True when the hyphen at `offset` starts a short option (`-v`, `-la`, `-n5`) or a long
    /// one written with two hyphens (`--socket`): shapes that prose never takes, unlike
    /// `-sviluppo`, which is half a compound.
    static func startsShortOrLongOption(at offset: Int, in text: [UInt16]) -> Bool {
        guard startsOption(at: offset, in: text) else { return false }
        if text[offset + 1] == 0x2D { return true }
        var end = offset + 1
        while end < text.count, end - offset <= 3, CodeUnit.isASCIILetter(text[end]) { end += 1 }
        return end - offset <= 3 && (end == text.count || !CodeUnit.isLetter(text[end]))
    }

    /// True when `range` (a line) holds what prose does not use but code does: a short or a
    /// long option (`-v`, `--socket`), a shell variable (`$HOME`, `$$`), braces, a pipe, a
    /// backslash, an `=` or `<` `>` glued to a letter or digit (`bs=BYTES`, `<elf.h>`), a path
    /// after a space (`/usr/bin`), an underscore inside a word (`sat_port`).
    static func isCodeLike(_ range: Range<Int>, in text: [UInt16]) -> Bool {
        for position in range {
            let unit = text[position]
            let before: UInt16 = position > range.lowerBound ? text[position - 1] : 0x20
            let after: UInt16 = position + 1 < range.upperBound ? text[position + 1] : 0x20
            switch unit {
            case 0x7B, 0x7D, 0x7C, 0x5C:  // { } | \
                return true
            case 0x24:  // $HOME, $$, $(...), ${...}
                if CodeUnit.isASCIILetter(after) || after == 0x24 || after == 0x28 || after == 0x7B { return true }
            case 0x3D, 0x3C, 0x3E:  // = < >
                if CodeUnit.isLetterOrDigit(before) || CodeUnit.isLetterOrDigit(after) { return true }
            case 0x2F:  // a path: ` /usr`
                if CodeUnit.isWhitespace(before), CodeUnit.isASCIILetter(after) { return true }
            case 0x5F:  // an identifier: sat_port
                if CodeUnit.isLetterOrDigit(before), CodeUnit.isLetterOrDigit(after) { return true }
            case 0x2D:
                if startsShortOrLongOption(at: position, in: text) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// How far around a finding `isCodeLikeNear` looks, in UTF-16 units: code is local (an
    /// option beside its argument), and a man page or a news article often has a whole
    /// paragraph on one line.
    static let reach = 40

    /// True when the text around `range`, within `reach` units and the same line, is
    /// code-like (see `isCodeLike`).
    static func isCodeLikeNear(_ range: Range<Int>, in text: [UInt16]) -> Bool {
        var start = range.lowerBound
        while start > 0, range.lowerBound - start < reach, text[start - 1] != 0x0A, text[start - 1] != 0x0D { start -= 1 }
        var end = range.upperBound
        while end < text.count, end - range.upperBound < reach, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        return isCodeLike(start..<end, in: text)
    }

    /// The words a document uses as placeholders of a command's arguments: the word after an
    /// option (`-f fichier`, `--file archivo`, `--type=TIPO`) or alone in square brackets
    /// (`[archivo]`), lower case. A manual that says `-f fichier` then writes `le fichier
    /// fichier`: the placeholder after its noun, not a doubled word.
    static func placeholderWords(_ analysis: Analysis) -> Set<String> {
        let text = analysis.text
        var words = Set<String>()
        var index = 0
        while index < analysis.tokens.count {
            defer { index += 1 }
            let token = analysis.tokens[index]
            guard token.kind == .punctuation else { continue }
            let offset = Int(token.start)
            if text[offset] == 0x5B, index + 2 < analysis.tokens.count {
                // `[archivo]`, `[archivo ...]`
                let word = analysis.tokens[index + 1], after = analysis.tokens[index + 2]
                if word.kind == .word, Int(word.start) == offset + 1,
                    text[Int(after.start)] == 0x5D || text[Int(after.start)] == 0x2E
                {
                    words.insert(analysis.lowercased(word))
                }
                continue
            }
            guard startsOption(at: offset, in: text) else { continue }
            // Skip the option's name (`-f`, `--time-format`): tokens glued to each other.
            var next = index + 1
            var end = Int(token.end)
            while next < analysis.tokens.count, Int(analysis.tokens[next].start) == end {
                let part = analysis.tokens[next]
                guard part.kind == .word || part.kind == .number || text[Int(part.start)] == 0x2D else { break }
                end = Int(part.end)
                next += 1
            }
            index = next - 1
            guard next < analysis.tokens.count, end > offset + 1 else { continue }
            // Then the word after one space (`-f fichier`) or an `=` (`--type=TIPO`).
            let argument = analysis.tokens[next]
            if argument.kind == .word, Int(argument.start) == end + 1, text[end] == 0x20 {
                words.insert(analysis.lowercased(argument))
            } else if Int(argument.start) == end, text[end] == 0x3D, next + 1 < analysis.tokens.count,
                analysis.tokens[next + 1].kind == .word, Int(analysis.tokens[next + 1].start) == end + 1
            {
                words.insert(analysis.lowercased(analysis.tokens[next + 1]))
            }
        }
        return words
    }
}
