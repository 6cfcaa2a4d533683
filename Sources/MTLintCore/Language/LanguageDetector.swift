import ICU
import MTLintText

/// Picks a document's language from its text, for when the user does not name one.
///
/// How: texts in Latin script are scored against the function-word profiles of the languages
/// mtlint knows (LanguageProfile.stopWords); the language with the most function words wins
/// if it has at least `minimumHits` of them and clearly more than the runner-up. Texts mostly in
/// another script take the language of that script (Han with kana: Japanese; Han: Chinese;
/// Hangul: Korean; Cyrillic: Russian; ...). Only the first `sampleLength` code units are read.
/// When nothing is clear the result is `und`, and only language-neutral checks run.
public struct LanguageDetector: Sendable {
    public var sampleLength = 60_000
    public var minimumHits = 3
    /// The winner must have this many times the runner-up's hits.
    public var minimumMargin = 1.3

    public init() {}

    public func detect(_ text: [UInt16]) -> LanguageChoice {
        let sample = text.prefix(sampleLength)
        var scriptCounts: [Script: Int] = [:]
        var hits = [Int](repeating: 0, count: LanguageProfile.all.count)
        let longest = LanguageProfile.stopWordLanguages.longest
        var words = 0
        var wordStart: Int?
        // Words are runs of letters (and marks), in lower case.
        func finishWord(at end: Int) {
            guard let start = wordStart else { return }
            wordStart = nil
            words += 1
            guard end - start <= longest else { return }
            let bits = LanguageProfile.functionWordLanguages(of: sample[start..<end], locale: .undetermined)
            guard bits != 0 else { return }
            for index in hits.indices where bits & (1 << index) != 0 { hits[index] += 1 }
        }
        var latinLetters = 0
        // Han ideographs and Hangul syllables (CodeUnit.isCaselessLetter), the letters of most
        // texts that are not Latin, counted without asking for their properties (a fifth of a
        // Chinese text's analysis otherwise).
        var hanLetters = 0
        var hangulLetters = 0
        var index = sample.startIndex
        while index < sample.endIndex {
            let unit = sample[index]
            if CodeUnit.isASCIILetter(unit) {
                // A run of ASCII letters, most of a Latin text, at once.
                var end = index + 1
                while end < sample.endIndex, CodeUnit.isASCIILetter(sample[end]) { end += 1 }
                latinLetters += end - index
                if wordStart == nil { wordStart = index }
                index = end
                continue
            }
            if CodeUnit.isCaselessLetter(unit) {
                if unit >= 0xAC00 { hangulLetters += 1 } else { hanLetters += 1 }
                if wordStart == nil { wordStart = index }
                index += 1
                continue
            }
            var width = 1
            var isLetter = false, isMark = false
            if unit < 0x80 {
                // Not a letter: ASCII letters were read above.
            } else if CodeUnit.isLatinLetter(unit) {
                isLetter = true
                latinLetters += 1
            } else {
                var scalar = Unicode.Scalar(unit)
                if (0xD800...0xDBFF).contains(unit), index + 1 < sample.endIndex {
                    scalar = Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(sample[index + 1] &- 0xDC00))
                    width = 2
                }
                if let scalar {
                    if scalar.properties.isAlphabetic {
                        isLetter = true
                        let script = Script(of: scalar)
                        if script == .latin { latinLetters += 1 } else if !script.isShared { scriptCounts[script, default: 0] += 1 }
                    } else {
                        isMark = scalar.properties.generalCategory == .nonspacingMark
                    }
                }
            }
            if isLetter {
                if wordStart == nil { wordStart = index }
            } else if !(isMark && wordStart != nil) {
                // A combining mark inside a word belongs to it; anything else ends it.
                finishWord(at: index)
            }
            index += width
        }
        finishWord(at: sample.endIndex)
        if latinLetters > 0 { scriptCounts[.latin, default: 0] += latinLetters }
        if hanLetters > 0 { scriptCounts[.han, default: 0] += hanLetters }
        if hangulLetters > 0 { scriptCounts[.hangul, default: 0] += hangulLetters }

        let letters = scriptCounts.values.reduce(0, +)
        let latin = scriptCounts[.latin, default: 0]
        if letters > 0, latin * 2 < letters {
            return detectByScript(scriptCounts, letters: letters)
        }
        let ranked = hits.indices.sorted { hits[$0] != hits[$1] ? hits[$0] > hits[$1] : $0 < $1 }
        let best = ranked[0], second = ranked[1]
        let profile = LanguageProfile.all[best]
        guard hits[best] >= minimumHits, Double(hits[best]) >= Double(hits[second]) * minimumMargin else {
            let tied = ranked.filter { hits[$0] == hits[best] }.map { LanguageProfile.all[$0].code }
            let reason =
                words == 0
                ? "not detected: no words; give the language with --lang"
                : hits[best] >= minimumHits
                    ? "not detected: \(tied.count > 1 ? tied.joined(separator: ", ") + " tie" : "no clear winner") on function words (\(hits[best]) of \(words) words); give the language with --lang"
                    : "not detected: too few function words in \(words) words; give the language with --lang"
            return LanguageChoice(locale: .undetermined, source: .undetermined, reason: reason)
        }
        let runnerUp = hits[second] > 0 ? ", next \(LanguageProfile.all[second].code) with \(hits[second])" : ""
        return LanguageChoice(
            locale: (try? ICULocale(languageTag: profile.code)) ?? .undetermined,
            source: .detected,
            reason: "detected: \(hits[best]) of \(words) words are \(profile.code) function words\(runnerUp)"
        )
    }

    private func detectByScript(_ counts: [Script: Int], letters: Int) -> LanguageChoice {
        let kana = counts[.hiragana, default: 0] + counts[.katakana, default: 0]
        let han = counts[.han, default: 0]
        let dominant = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key.code > $1.key.code }!.key
        let code: String?
        if kana > 0, kana * 10 >= (kana + han) {
            code = "ja"
        } else if han + kana > 0, dominant == .han || dominant == .hiragana || dominant == .katakana {
            code = "zh"
        } else {
            switch dominant {
            case .hangul: code = "ko"
            case .cyrillic: code = "ru"
            case .greek: code = "el"
            case .arabic: code = "ar"
            case .hebrew: code = "he"
            case .thai: code = "th"
            case .devanagari: code = "hi"
            case .armenian: code = "hy"
            case .georgian: code = "ka"
            default: code = nil
            }
        }
        let share = (counts[dominant, default: 0] * 100) / max(letters, 1)
        guard let code, let locale = try? ICULocale(languageTag: code) else {
            return LanguageChoice(
                locale: .undetermined, source: .undetermined,
                reason: "not detected: mostly \(dominant.name) script; give the language with --lang")
        }
        return LanguageChoice(locale: locale, source: .detected, reason: "detected: \(share)% of letters are \(dominant.name) script")
    }
}
