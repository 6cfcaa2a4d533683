import ICU
import MTLintCore
import MTLintText

/// Chinese and Japanese punctuation left between Latin words (`Huawei，le vendite`, `del
/// 20%。`, `il chip（Ascend）sarà`): a translation that kept the source's marks. Read by
/// text/mixed-script in Latin-script documents.
enum FullWidthPunctuation {
    /// The Latin mark for each full-width or ideographic one; quotation and title marks take
    /// the language's own quotation marks.
    static func latinMark(for unit: UInt16, quotes: (open: Character, close: Character)) -> String? {
        switch unit {
        case 0xFF0C, 0x3001: ","  // ， 、
        case 0x3002: "."  // 。
        case 0xFF1A: ":"  // ：
        case 0xFF1B: ";"  // ；
        case 0xFF01: "!"  // ！
        case 0xFF1F: "?"  // ？
        case 0xFF08: "("  // （
        case 0xFF09: ")"  // ）
        case 0x3010: "["  // 【
        case 0x3011: "]"  // 】
        case 0xFF05: "%"  // ％
        case 0x300C, 0x300E, 0x300A: String(quotes.open)  // 「 『 《
        case 0x300D, 0x300F, 0x300B: String(quotes.close)  // 」 』 》
        default: nil
        }
    }

    /// Marks with a character on one side at least (spaces skipped, on the same line; a
    /// Latin-script text has Latin ones) and no Chinese, Japanese or Korean character on
    /// either: a Chinese gloss in the text (`豆包，字节跳动`) keeps its own punctuation.
    /// The offsets of such marks, in text order.
    static func offsets(in text: [UInt16]) -> [Int] {
        var found: [Int] = []
        // The last `（` and whether it stood by Chinese (`字节跳动（ByteDance）`): its `）` is
        // the gloss's too.
        var lastOpening: (offset: Int, byChinese: Bool)?
        for offset in text.indices where text[offset] >= 0x3001 {
            let unit = text[offset]
            guard (0x3001...0x3011).contains(unit) || (0xFF01...0xFF1F).contains(unit),
                latinMark(for: unit, quotes: ("\"", "\"")) != nil
            else { continue }
            let before = neighbour(of: offset, step: -1, in: text)
            let after = neighbour(of: offset, step: 1, in: text)
            let byChinese = isCJK(before) || isCJK(after)
            if unit == 0xFF08 { lastOpening = (offset, byChinese) }
            if unit == 0xFF09, let opening = lastOpening, opening.byChinese, offset - opening.offset <= 200,
                !text[opening.offset..<offset].contains(where: { $0 == 0x0A || $0 == 0x0D })
            {
                continue
            }
            guard !byChinese, before != nil || after != nil else { continue }
            found.append(offset)
        }
        return found
    }

    /// What to write instead of the mark at `offset`, with the space the Latin mark needs
    /// before a word (`,` `.` `:` `;` `!` `?` `)` `]`) or after one (`(` `[`).
    static func replacement(at offset: Int, in text: [UInt16], quotes: (open: Character, close: Character)) -> String {
        guard var latin = latinMark(for: text[offset], quotes: quotes) else { return "" }
        let glued = { (index: Int) in index >= 0 && index < text.count && CodeUnit.isLetterOrDigit(text[index]) }
        if [",", ".", ":", ";", "!", "?", ")", "]"].contains(latin), glued(offset + 1) { latin += " " }
        if ["(", "["].contains(latin), glued(offset - 1) { latin = " " + latin }
        return latin
    }

    /// The first character that is no space, up to four code units away on the same line.
    private static func neighbour(of offset: Int, step: Int, in text: [UInt16]) -> UInt16? {
        var index = offset + step
        var spaces = 0
        while index >= 0, index < text.count, text[index] == 0x20 || text[index] == 0xA0 || text[index] == 0x3000 {
            spaces += 1
            if spaces > 4 { return nil }
            index += step
        }
        guard index >= 0, index < text.count, text[index] != 0x0A, text[index] != 0x0D else { return nil }
        return text[index]
    }

    /// A Han, kana, Hangul or Bopomofo character, or another CJK mark (`，` after `。`).
    private static func isCJK(_ unit: UInt16?) -> Bool {
        guard let unit, unit >= 0x2E80 else { return false }
        if (0x3000...0x303F).contains(unit) || (0xFF00...0xFFEF).contains(unit) { return true }
        guard let scalar = Unicode.Scalar(unit) else { return true }  // a surrogate: an ideograph beyond the BMP
        let script = Script(of: scalar)
        return MixedScriptRule.group(script) == .han
    }
}
