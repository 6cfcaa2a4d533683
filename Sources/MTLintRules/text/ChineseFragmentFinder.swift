import ICU
import MTLintCore
import MTLintText

/// Chinese words left inside a sentence of a Latin-script text (`è entrato in una fase di
/// 价格战 che…`, `Im Bereich 动力电池 will…`), and an editor's credit left in Chinese
/// (`(编辑：陈静)`): a run of two Han or kana letters or more, with the Chinese marks between
/// them, that no gloss explains.
///
/// Edited news writes Chinese on purpose as a gloss, and such a run passes: in brackets or
/// quotation marks (`Doubao (豆包)`, `«我们会继续努力。»`), before a bracket that gives its
/// reading or meaning (`内卷 (nèijuǎn)`), after a word that introduces a term (`la parola
/// 内卷`, `il concetto di 共同富裕`, `Das Schlagwort 内卷`), or before a comma and the
/// translation in quotation marks (`共同富裕, la «prosperità comune»`). A language's own name
/// (`中文` in a menu) is text/language-menu's; a run glued to Latin letters is
/// text/mixed-script's. Linear: each code unit is read once, each line measured once, the words
/// before a run at most four times.
package enum ChineseFragmentFinder {
    /// The fewest Han or kana letters of a fragment.
    static let minimumLetters = 2

    /// Words that introduce a term, a title or a quotation in another script, lower case, in
    /// the languages mtlint knows.
    static let glossCues: Set<String> = [
        "parola", "parole", "termine", "termini", "concetto", "espressione", "slogan", "motto", "formula", "chiamano",
        "chiamato", "chiamata", "chiamati", "detto", "detta", "titolo", "originale", "ideogramma", "ideogrammi", "caratteri",
        "carattere", "cinese", "mandarino", "mot", "mots", "terme", "concept", "expression", "formule", "appellent", "appelé",
        "appelée", "titre", "original", "caractères", "chinois", "palabra", "término", "concepto", "expresión", "lema",
        "llaman", "llamado", "llamada", "título", "caracteres", "chino", "mandarín", "wort", "begriff", "schlagwort",
        "ausdruck", "titel", "originaltitel", "zeichen", "chinesisch", "chinesischen", "nennen", "genannt", "palavra",
        "termo", "conceito", "expressão", "chamam", "chamado", "chamada", "chinês", "word", "term", "phrase", "called",
        "title", "characters", "chinese",
        // `noto in Cina come`, `known in China as`.
        "noto", "nota", "noti", "conosciuto", "conosciuta", "connu", "connue", "nom", "conocido", "conocida", "bekannt",
        "conhecido", "conhecida", "known", "named",
    ]

    /// Languages named in their own script, as language menus list them.
    static let languageNames: Set<String> = ["中文", "简体中文", "繁體中文", "繁体中文", "日本語", "日本语", "汉语", "漢語", "普通话", "國語"]

    /// Brackets and quotation marks that open a gloss or a quotation.
    static let openers: Set<UInt16> = [0x28, 0xFF08, 0x5B, 0xAB, 0xBB, 0x201C, 0x201E, 0x2018, 0x22, 0x27, 0x300C, 0x300E, 0x300A]
    static let brackets: Set<UInt16> = [0x28, 0xFF08, 0x5B]

    /// Chinese and full-width marks that join the letters of one fragment (`编辑：陈静`).
    static func isChineseMark(_ unit: UInt16) -> Bool {
        (0x3001...0x3003).contains(unit) || [0xFF0C, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0x30FB].contains(unit)
    }

    static func isHanOrKana(_ unit: UInt16) -> Bool {
        guard unit >= 0x3040, let scalar = Unicode.Scalar(unit) else { return false }
        let script = Script(of: scalar)
        return script == .han || script == .hiragana || script == .katakana
    }

    /// The fragments of a Latin-script document, in text order.
    static func fragments(in analysis: Analysis) -> [Range<Int>] {
        guard analysis.isLatinScript else { return [] }
        let text = analysis.text
        var fragments: [Range<Int>] = []
        // The line last measured and its Latin words: a line is measured once, however many
        // runs it holds.
        var measuredLine: (range: Range<Int>, latinWords: Int)?
        var offset = 0
        while offset < text.count {
            guard isHanOrKana(text[offset]) else {
                offset += 1
                continue
            }
            // The run: letters, and Chinese marks between letters.
            var end = offset, letters = 0
            while end < text.count, isHanOrKana(text[end]) || isChineseMark(text[end]) {
                if isHanOrKana(text[end]) { letters += 1 }
                end += 1
            }
            while end > offset, isChineseMark(text[end - 1]) { end -= 1 }  // a trailing `。` is the sentence's
            let run = offset..<end
            let hasMark = text[run].contains(where: isChineseMark)
            offset = max(end, offset + 1)
            guard letters >= minimumLetters, !isGlued(run, text),
                !languageNames.contains(String(utf16Units: text[run]))
            else { continue }
            if isGloss(run, hasMark: hasMark, analysis) { continue }
            // Inside prose: three Latin words on its line at least, unless Chinese marks make
            // it a phrase of its own (`编辑：陈静`, a credit).
            if !hasMark {
                if measuredLine.map({ !$0.range.contains(run.lowerBound) }) ?? true {
                    let line = lineRange(of: run, text)
                    measuredLine = (line, latinWords(in: line, analysis))
                }
                guard let measuredLine, measuredLine.latinWords >= minimumLatinWordsOnLine else { continue }
            }
            fragments.append(run)
        }
        return fragments
    }

    static let minimumLatinWordsOnLine = 3

    /// The line that holds `run`, without its line end.
    private static func lineRange(of run: Range<Int>, _ text: [UInt16]) -> Range<Int> {
        var start = run.lowerBound
        while start > 0, text[start - 1] != 0x0A, text[start - 1] != 0x0D { start -= 1 }
        var end = run.upperBound
        while end < text.count, text[end] != 0x0A, text[end] != 0x0D { end += 1 }
        return start..<end
    }

    /// The words in Latin letters in `line`, counted up to three.
    private static func latinWords(in line: Range<Int>, _ analysis: Analysis) -> Int {
        let text = analysis.text
        var count = 0
        var index = analysis.firstTokenIndex(atOrAfter: line.lowerBound)
        while index < analysis.tokens.count, Int(analysis.tokens[index].start) < line.upperBound, count < minimumLatinWordsOnLine {
            let token = analysis.tokens[index]
            if token.kind == .word, token.end - token.start >= 2,
                CodeUnit.isASCIILetter(text[Int(token.start)]) || CodeUnit.isLatinLetter(text[Int(token.start)])
            {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// Latin letters right before or after the run: one glued word (`简体中文English`).
    private static func isGlued(_ run: Range<Int>, _ text: [UInt16]) -> Bool {
        let before = run.lowerBound > 0 ? text[run.lowerBound - 1] : 0x20
        let after = run.upperBound < text.count ? text[run.upperBound] : 0x20
        return CodeUnit.isLatinLetter(before) || CodeUnit.isASCIILetter(before) || CodeUnit.isLatinLetter(after)
            || CodeUnit.isASCIILetter(after)
    }

    private static func isGloss(_ run: Range<Int>, hasMark: Bool, _ analysis: Analysis) -> Bool {
        let text = analysis.text
        var before = run.lowerBound - 1
        while before >= 0, text[before] == 0x20 || text[before] == 0xA0 || text[before] == 0x202F { before -= 1 }
        var after = run.upperBound
        while after < text.count, text[after] == 0x20 || text[after] == 0xA0 || text[after] == 0x202F { after += 1 }
        // In brackets: a gloss (`(繁花, Fánhuā)`), unless Chinese marks inside make it a
        // phrase, a credit (`(编辑：陈静)`). After a quotation mark: a quotation.
        if before >= 0, brackets.contains(text[before]) { return !hasMark }
        if before >= 0, openers.contains(text[before]) { return true }
        // Beside its Latin name after a slash, as credits write it: `Xinhua/新华社`.
        if (before >= 0 && text[before] == 0x2F) || (after < text.count && text[after] == 0x2F) { return true }
        // Its reading or meaning in brackets after it: `内卷 (nèijuǎn)`.
        if after < text.count, text[after] == 0x28 || text[after] == 0xFF08 { return true }
        // The translation after a comma, in quotation marks: `共同富裕, la «prosperità comune»`.
        if after < text.count, text[after] == 0x2C {
            let window = text[(after + 1)..<min(text.count, after + 24)]
            if window.contains(where: { [0xAB, 0x201C, 0x201E, 0x22].contains($0) }) { return true }
        }
        // A word that introduces it, among the four before it on its line.
        var index = analysis.firstTokenIndex(atOrAfter: run.lowerBound) - 1
        var words = 0
        while index >= 0, words < 4 {
            let token = analysis.tokens[index]
            if text[Int(token.end)..<max(Int(token.end), min(run.lowerBound, text.count))].contains(where: { $0 == 0x0A || $0 == 0x0D }) {
                break
            }
            if token.kind == .word {
                if glossCues.contains(analysis.lowercased(token)) { return true }
                words += 1
            }
            index -= 1
        }
        return false
    }
}
