import MTLintText

/// Lines that read as code, a command synopsis, a table or ASCII art rather than prose: news
/// never looks like that, but pasted and extracted text does, and there brackets and quotation
/// marks follow the syntax of a program, not the rules of punctuation.
package enum CodeLikeText {
    /// True when the line reads as code or a table. Any one of these says so: a curly brace,
    /// a backslash, a pipe or a box-drawing character, a backtick, `=`, `->`, `/*` or `*/`,
    /// `&`, `$` or `%` starting a name (`&mask`, `$HOME`, `%s`; not `H&M`, `5%`), `<` or `>`
    /// glued to a letter (`<file>`), `_` inside a word (`ut_id`), a long option (`--help`).
    /// So do two short options (`[ -f ]`, `-v`), or one on a line that ends no sentence; two
    /// square brackets (`cmd [OPTION] [FILE]`); no letters at all; more symbols and
    /// punctuation than letters (`.(c`); mostly one-character chunks (`2: " 2 B R b r`).
    /// One pass.
    static func isCodeLike(_ line: Range<Int>, in text: [UInt16]) -> Bool {
        var letters = 0, symbols = 0, punctuation = 0, chunks = 0, singleCharacterChunks = 0, shortOptions = 0
        var squareBrackets = 0
        var last: UInt16 = 0x20
        var chunkLength = 0
        for offset in line {
            let unit = text[offset]
            let before: UInt16 = offset > line.lowerBound ? text[offset - 1] : 0x20
            let after: UInt16 = offset + 1 < line.upperBound ? text[offset + 1] : 0x20
            if unit == 0x20 || unit == 0x09 || unit == 0xA0 {
                if chunkLength > 0 {
                    chunks += 1
                    if chunkLength == 1 { singleCharacterChunks += 1 }
                }
                chunkLength = 0
                continue
            }
            chunkLength += 1
            last = unit
            if CodeUnit.isLetter(unit) {
                letters += 1
                continue
            }
            if CodeUnit.isASCIIDigit(unit) { continue }
            switch unit {
            case 0x7B, 0x7D, 0x5C, 0x7C, 0x60:  // { } \ | `
                return true
            case 0x2500...0x257F:  // box drawing
                return true
            case 0x3D:  // =
                return true
            case 0x2D:  // -
                if after == 0x3E { return true }  // ->
                if before == 0x2D, CodeUnit.isASCIILetter(after), offset >= line.lowerBound + 2,
                    isChunkStart(text[offset - 2])
                {
                    return true
                }  // --help
                if before != 0x2D, isChunkStart(before), CodeUnit.isASCIILetter(after), isShortOption(text, offset, line) {
                    shortOptions += 1
                }
            case 0x2A:  // *
                if before == 0x2F || after == 0x2F { return true }  // /* */
                symbols += 1
            case 0x26, 0x24, 0x25:  // & $ %
                let startsName =
                    CodeUnit.isLowercase(after) || (unit != 0x26 && CodeUnit.isASCIILetter(after))
                    || [0x5F, 0x28, 0x7B, 0x26, 0x24].contains(after)
                if startsName, !CodeUnit.isLetterOrDigit(before) { return true }
                symbols += 1
            case 0x3C:  // <
                if CodeUnit.isASCIILetter(after) || after == 0x2F { return true }
                symbols += 1
            case 0x3E:  // >
                if CodeUnit.isASCIILetter(before) { return true }
                symbols += 1
            case 0x5F:  // _
                if CodeUnit.isLetterOrDigit(before) && CodeUnit.isLetterOrDigit(after) { return true }
                symbols += 1
            case 0x5B:  // [
                squareBrackets += 1
                punctuation += 1
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x22, 0x28, 0x29, 0x5D, 0x2019, 0x2018,
                0x201C, 0x201D, 0x201E, 0xAB, 0xBB, 0x2013, 0x2014, 0x2026:
                punctuation += 1  // the punctuation of prose
            default:
                symbols += 1
            }
        }
        if chunkLength > 0 {
            chunks += 1
            if chunkLength == 1 { singleCharacterChunks += 1 }
        }
        if letters == 0 || symbols + punctuation > letters || squareBrackets >= 2 { return true }
        // Options: two of them, or one on a line that is no sentence (`crontab [ -h]`).
        let endsSentence = [0x2E, 0x21, 0x3F, 0x2026, 0x3A].contains(last)
        if shortOptions >= 2 || (shortOptions == 1 && !endsSentence) { return true }
        return chunks >= 4 && singleCharacterChunks * 2 >= chunks
    }

    /// Where a chunk starts: after white space, the line's start, or an opening bracket.
    private static func isChunkStart(_ unit: UInt16) -> Bool {
        unit == 0x20 || unit == 0x09 || unit == 0x5B || unit == 0x28
    }

    /// `-f` or `-cdfkV` ending at a space, `]`, `|` or `,`, or the line's end: a command's
    /// option, not a dash before a word (`-dice-`).
    private static func isShortOption(_ text: [UInt16], _ dash: Int, _ line: Range<Int>) -> Bool {
        var end = dash + 1
        while end < line.upperBound, CodeUnit.isASCIILetter(text[end]) || CodeUnit.isASCIIDigit(text[end]) { end += 1 }
        guard end - dash <= 20 else { return false }
        return end == line.upperBound || [0x20, 0x09, 0x5D, 0x7C, 0x2C].contains(text[end])
    }
}
