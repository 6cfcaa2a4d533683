import ICU
import MTLintCore
import MTLintText

/// `text/mixed-script`: letters of several scripts glued together without spaces.
///
/// Text copied from a web page brings its navigation along: a language menu becomes
/// `한국어Русский языкEnglishFrançais日本語Deutsch` inside the article. Scripts come from ICU
/// (uscript_getScript); Han, kana, Hangul and Bopomofo count as one CJK script, since Japanese
/// and Korean mix them in every sentence.
public struct MixedScriptRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/mixed-script",
        severity: .warning,
        category: .fluency,
        summary:
            "Letters of several scripts run together without spaces, as in a pasted language menu, or Chinese punctuation in Latin text.",
        explanation: """
            When a page is copied into a translation tool, its language menu comes along and \
            lands in the article as one glued string of endonyms: Hangul, Cyrillic, Latin, Han \
            and Greek letters with no space between them. mtlint looks at each run of letters \
            and digits with no space or punctuation inside, and flags it when the script changes \
            three times or more, or, in a Latin-script document, when Latin letters are glued to \
            letters of another script. Neighbouring flagged runs separated only by spaces are \
            reported as one finding.

            In a Latin-script document it also flags a Chinese or Japanese punctuation mark \
            left between Latin words or figures by a translation that kept the source's marks \
            (`Huawei，le vendite`, `del 20%。`, `il chip（Ascend 910C）`, `《Il quotidiano》`); \
            the suggestion is the Latin mark, with the space it needs, and the language's \
            quotation marks for `《》` and `「」`.

            Not flagged: Chinese punctuation inside Chinese words (`豆包，字节跳动`); a name followed by its own script with a space or in brackets \
            (`Doubao (豆包)`); a Latin brand name inside Chinese, Japanese or Korean text \
            (`发布了Doubao大模型`, fewer than three changes); Japanese and Korean mixing Han with \
            kana or Hangul; a single Greek letter glued to Latin ones, as in units and formulas \
            (`10 kΩ`, `ΔT`); Greek letters standing alone in formulas (`α = 0,5`).
            """,
        examples: [
            .flags("it", "Lingue: ⟦한국어Русский языкEnglishFrançais日本語Deutsch⟧", suggestion: nil),
            .flags("it", "Il nuovo assistente ⟦Doubao豆包⟧ è molto diffuso.", suggestion: nil),
            .flags("en", "The ⟦Appleтелефон⟧ launch was delayed.", suggestion: nil),
            .flags("fr", "Menu ⟦EnglishEspañolΕλληνικά⟧ en haut de page.", suggestion: nil),
            .flags("zh", "页面顶部有中文⟦EnglishРусскийDeutsch⟧几个链接。", suggestion: nil),
            .passes("it", "Il modello Doubao (豆包) è sviluppato da ByteDance."),
            .passes("it", "Il marchio Xiaomi 小米 è cinese, e Москва è il nome russo di Mosca."),
            .passes("zh", "字节跳动发布了Doubao大模型。"),
            .passes("ja", "日本語のテキストとカタカナのブランド名。"),
            .passes("ko", "한국어 문장에 漢字가 섞여 있다."),
            .passes("it", "Se α = 0,5 allora β vale 2, la resistenza è di 10 kΩ e ΔT vale 3 °C."),
            .passes("en", "Version 2.0 of the app, 5G networks and COVID-19 rules."),
            .flags("it", "Secondo Huawei⟦，⟧le vendite crescono.", suggestion: ", "),
            .flags("it", "Il chip⟦（⟧Ascend 910C⟦）⟧sarà pronto.", suggestions: [" (", ") "]),
            .flags("fr", "Les ventes ont progressé de 20 %⟦。⟧", suggestion: "."),
            .passes("it", "Il nome cinese è 字节跳动（ByteDance）, e il prodotto 豆包，字节跳动 lo vende."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        check(analysis, limit: .unlimited).kept
    }

    /// Glued runs, then, in a Latin-script document, the full-width marks merged in text
    /// order; one finding per mark on `a，a，a，...` is made only up to the cap.
    public func check(_ analysis: Analysis, limit: FindingsLimit) -> LimitedFindings {
        var findings = LimitedFindings(limit: limit)
        let runs = gluedRuns(analysis)
        guard analysis.isLatinScript else {
            for run in runs { findings.append(run) }
            return findings
        }
        let text = analysis.text
        let quotes = analysis.language.profile?.textWords.quotePairs.first ?? ("“", "”")
        // One message per mark: a text of many marks repeats a few.
        var messages: [UInt16: String] = [:]
        func message(for unit: UInt16) -> String {
            if let known = messages[unit] { return known }
            let mark = String(decoding: [unit], as: UTF16.self)
            let latin = FullWidthPunctuation.latinMark(for: unit, quotes: quotes) ?? ""
            let made = "`\(mark)` is a Chinese or Japanese punctuation mark in \(analysis.languageName) text; write `\(latin)`"
            messages[unit] = made
            return made
        }
        var next = 0
        for offset in FullWidthPunctuation.offsets(in: text) {
            while next < runs.count, runs[next].range.lowerBound < offset {
                findings.append(runs[next])
                next += 1
            }
            findings.append(
                diagnostic(
                    offset..<(offset + 1), message(for: text[offset]),
                    suggestions: [FullWidthPunctuation.replacement(at: offset, in: text, quotes: quotes)]))
        }
        for run in runs[next...] { findings.append(run) }
        return findings
    }

    /// The findings on runs of glued letters of several scripts.
    private func gluedRuns(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        var flagged: [(range: Range<Int>, scripts: [Script])] = []
        var documentScript: Script?
        forEachGluedRun(in: text) { fullRange, segments, actualScripts in
            let changes = segments.count - 1
            guard changes >= 1 else { return }
            if documentScript == nil { documentScript = dominantScript(analysis) }
            guard changes >= 3 || documentScript == .latin else { return }
            // In Chinese, Japanese or Korean text the run goes on into the sentence around it,
            // which has no spaces: flag only from the first to the last foreign segment.
            var range = fullRange
            if documentScript != .latin {
                let foreign = segments.filter { $0.script != documentScript }
                guard let first = foreign.first, let last = foreign.last else { return }
                range = first.start..<last.end
            }
            // Join with the previous flagged run when only spaces stand between them.
            if let previous = flagged.last, text[previous.range.upperBound..<range.lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0xA0 }) {
                let scripts = previous.scripts + actualScripts.filter { !previous.scripts.contains($0) }
                flagged[flagged.count - 1] = (previous.range.lowerBound..<range.upperBound, scripts)
            } else {
                flagged.append((range, actualScripts))
            }
        }
        return flagged.map { run in
            let names = run.scripts.map(\.name).joined(separator: ", ")
            let message =
                run.scripts.count > 2 || run.range.count > 40
                ? "letters of \(run.scripts.count) scripts run together without spaces (\(names)): text pasted with its page, such as a language menu"
                : "`\(analysis.string(run.range))` runs \(names) letters together without a space"
            return diagnostic(run.range, message)
        }
    }

    /// A stretch of one script group inside a glued run.
    struct Segment {
        var script: Script
        var letters: Int
        /// UTF-16 range of the segment's letters.
        var start: Int
        var end: Int
    }

    /// Calls `visit` for each run of letters, marks and digits with no white space or
    /// punctuation inside, with the script segments of its letters (digits and marks belong to
    /// no script). A single Greek letter between or beside Latin letters is dropped: units and
    /// formulas (`kΩ`, `ΔT`). The third argument lists the scripts of the run in order of
    /// appearance, for the message (segments hold script groups).
    func forEachGluedRun(in text: [UInt16], _ visit: (Range<Int>, [Segment], [Script]) -> Void) {
        var runStart = -1
        var segments: [Segment] = []
        var scripts: [Script] = []
        func finish(at end: Int) {
            if runStart >= 0, segments.count > 1 {
                let cleaned = Self.droppingSingleGreekLetters(segments)
                if cleaned.count > 1 { visit(runStart..<end, cleaned, scripts) }
            }
            runStart = -1
            segments.removeAll(keepingCapacity: true)
            scripts.removeAll(keepingCapacity: true)
        }
        var index = 0
        while index < text.count {
            let unit = text[index]
            if runStart < 0, CodeUnit.isLatinLetter(unit) {
                // Most runs are one Latin word that ends at a space or an ASCII punctuation
                // mark: one script, nothing to visit, no segment to make.
                var end = index + 1
                while end < text.count, CodeUnit.isLatinLetter(text[end]) || (text[end] >= 0x30 && text[end] <= 0x39) { end += 1 }
                if end == text.count || text[end] < 0x80 {
                    index = end
                    continue
                }
            }
            if CodeUnit.isLatinLetter(unit) {
                // A word's worth of Latin letters at once: most of a Latin text.
                var end = index + 1
                while end < text.count, CodeUnit.isLatinLetter(text[end]) { end += 1 }
                if runStart < 0 { runStart = index }
                Self.append(.latin, at: index, width: 1, to: &segments)
                segments[segments.count - 1].letters += end - index - 1
                segments[segments.count - 1].end = end
                if !scripts.contains(.latin) { scripts.append(.latin) }
                index = end
                continue
            }
            var width = 1
            var scalar = Unicode.Scalar(unit)
            if (0xD800...0xDBFF).contains(unit), index + 1 < text.count {
                let low = text[index + 1]
                scalar = Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(low &- 0xDC00))
                width = 2
            }
            if unit < 0x80 {
                // ASCII fast path: letters are Latin, digits join the run, the rest ends it.
                let isLetter = CodeUnit.isASCIILetter(unit)
                if isLetter {
                    if runStart < 0 { runStart = index }
                    Self.append(.latin, at: index, width: 1, to: &segments)
                    if !scripts.contains(.latin) { scripts.append(.latin) }
                } else if unit >= 0x30 && unit <= 0x39 {
                    if runStart < 0 { runStart = index }
                } else {
                    finish(at: index)
                }
            } else if let scalar, Self.continuesRun(scalar) {
                if runStart < 0 { runStart = index }
                let script = Script(of: scalar)
                if !script.isShared {
                    Self.append(Self.group(script), at: index, width: width, to: &segments)
                    if !scripts.contains(script) { scripts.append(script) }
                }
            } else {
                finish(at: index)
            }
            index += width
        }
        finish(at: text.count)
    }

    private static func continuesRun(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber:
            return true
        default:
            return false
        }
    }

    private static func append(_ script: Script, at index: Int, width: Int, to segments: inout [Segment]) {
        if segments.last?.script == script {
            segments[segments.count - 1].letters += 1
            segments[segments.count - 1].end = index + width
        } else {
            segments.append(Segment(script: script, letters: 1, start: index, end: index + width))
        }
    }

    /// Han, kana, Hangul and Bopomofo are written together in Chinese, Japanese and Korean.
    static func group(_ script: Script) -> Script {
        switch script {
        case .hiragana, .katakana, .hangul, .bopomofo: .han
        default: script
        }
    }

    static func droppingSingleGreekLetters(_ segments: [Segment]) -> [Segment] {
        var result: [Segment] = []
        for segment in segments where !(segment.script == .greek && segment.letters == 1) {
            if result.last?.script == segment.script {
                result[result.count - 1].letters += segment.letters
                result[result.count - 1].end = segment.end
            } else {
                result.append(segment)
            }
        }
        return result
    }

    /// The script group the document is written in: its language's script from ICU, or with no
    /// language known, the most frequent script group of its letters.
    private func dominantScript(_ analysis: Analysis) -> Script {
        if let main = Script.scripts(of: analysis.language.locale).first { return Self.group(main) }
        var counts: [Script: Int] = [:]
        var latin = 0
        for unit in analysis.text.prefix(60_000) {
            if unit < 0x80 {
                if CodeUnit.isASCIILetter(unit) { latin += 1 }
            } else if let scalar = Unicode.Scalar(unit), scalar.properties.isAlphabetic {
                let script = Script(of: scalar)
                if !script.isShared { counts[Self.group(script), default: 0] += 1 }
            }
        }
        counts[.latin, default: 0] += latin
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.code > $1.key.code }?.key ?? .latin
    }
}
