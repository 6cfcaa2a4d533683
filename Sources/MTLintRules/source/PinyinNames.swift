import Foundation
import ICU
import MTLintCore
import MTLintText

/// Han names of a bilingual file read through ICU's Han-Latin transliteration (HanReadings),
/// tones and spaces removed (`豆包` → `doubao`), for source/name-mismatch: which names the file renders
/// right somewhere (`Doubao` in a target whose source has `豆包`), and the units whose source
/// has such a name and whose target puts one other capitalised name in its place.
struct PinyinNames {
    /// A Han name is two to four characters; its pinyin at least four letters.
    static let lengths = 2...4
    static let shortestKey = 4

    /// What one unit's source gives through its readings: its Han spans of two to four
    /// characters by pinyin, and the pinyin of each single character.
    private struct SourceNames {
        /// Each Han run: where it starts in the sources, its text, one syllable per character.
        var runs: [(start: Int, text: [UInt16], syllables: [String])] = []
        /// Every syllable of the unit's source; made only for the few units a finding is
        /// weighed for.
        var syllables: Set<String> { Set(runs.lazy.flatMap(\.syllables)) }

        /// The span of two to four characters whose syllables spell `key` (at least four
        /// letters), found by walking the syllables: no table of every span is made. Bytes are
        /// compared: keys and syllables are ASCII letters (a key with any other letter spells
        /// nothing), and String's prefix test, which weighs canonical equivalence, was most of
        /// the rule's time.
        func han(spelling key: [UInt8]) -> String? {
            guard key.count >= PinyinNames.shortestKey else { return nil }
            for run in runs {
                for first in run.syllables.indices {
                    var offset = 0
                    var last = first
                    while last < run.syllables.count, last - first < PinyinNames.lengths.upperBound {
                        let syllable = run.syllables[last].utf8
                        guard !syllable.isEmpty, offset + syllable.count <= key.count,
                            syllable.elementsEqual(key[offset..<(offset + syllable.count)])
                        else { break }
                        offset += syllable.count
                        last += 1
                        if offset == key.count {
                            if last - first >= PinyinNames.lengths.lowerBound {
                                return String(decoding: run.text[first..<last], as: UTF16.self)
                            }
                            break
                        }
                    }
                }
            }
            return nil
        }
    }

    /// A run of capitalised words in a target (`Wang Xiaochuan`, `Cuore Letterario`).
    private struct Run {
        var tokens: [Range<Int>]
        var atSentenceStart: Bool
        var range: Range<Int> { tokens[0].lowerBound..<tokens[tokens.count - 1].upperBound }
    }

    let analysis: Analysis
    let bilingual: BilingualAnalysis

    init(_ analysis: Analysis, _ bilingual: BilingualAnalysis) {
        self.analysis = analysis
        self.bilingual = bilingual
    }

    func mismatches(
        skipping: Set<Int>, make: (Range<Int>, String, String?, [RelatedPlace]) -> Diagnostic
    ) -> [Diagnostic] {
        let target = analysis.language.locale.language
        guard !["zh", "ja", "ko"].contains(target), analysis.numbers?.capitalizesNouns != true,
            bilingual.source.text.contains(where: Self.isHan)
        else { return [] }
        let units = bilingual.units
        let sources = bilingual.source.text
        let text = analysis.text
        // A source's names are read (each once per file) only when its target has a run of
        // capitals that could be pinyin, or when it has a name the file renders right
        // elsewhere and its target does not.
        var names: [SourceNames?] = Array(repeating: nil, count: units.count)
        func sourceNames(_ index: Int) -> SourceNames {
            if let known = names[index] { return known }
            let made = self.sourceNames(sources, units[index].source)
            names[index] = made
            return made
        }
        var hasHan = [Bool](repeating: false, count: units.count)
        var runs: [[Run]] = Array(repeating: [], count: units.count)
        // Per unit, the Han names its target renders right; per name, its first right rendering.
        var rendered: [Set<String>] = Array(repeating: [], count: units.count)
        var renderings: [String: Range<Int>] = [:]
        var renderingTexts = Set<String>()
        for (index, unit) in units.enumerated() where !unit.target.isEmpty {
            guard sources[unit.source].contains(where: Self.isHan) else { continue }
            hasHan[index] = true
            runs[index] = capitalRuns(text, unit.target)
            for run in runs[index] {
                guard mayBePinyin(run) else { continue }
                for (han, range) in pinyinMatches(run, text, sourceNames(index)) {
                    rendered[index].insert(han)
                    if renderings[han] == nil { renderings[han] = range }
                    renderingTexts.insert(folded(range))
                }
            }
        }
        guard !renderings.isEmpty else { return [] }
        // Which units' targets hold a run of capitals, by its folded text: made when a finding
        // is first weighed, as most files have none to weigh.
        var unitsByRunIfMade: [String: Set<Int>]?
        func unitsWith(run folded: String) -> Set<Int> {
            if unitsByRunIfMade == nil {
                var made: [String: Set<Int>] = [:]
                for (index, unitRuns) in runs.enumerated() {
                    for run in unitRuns { made[self.folded(run.range), default: []].insert(index) }
                }
                unitsByRunIfMade = made
            }
            return unitsByRunIfMade?[folded] ?? []
        }
        // The names rendered right somewhere, by their first two characters, to find them in
        // each source in one pass.
        var byStart: [UInt32: [(han: String, units: [UInt16])]] = [:]
        // Which code units start such a name, one bit each: most characters of a source start
        // none, and are passed over without hashing.
        var startsAName = [UInt64](repeating: 0, count: 1024)
        for han in renderings.keys {
            let units = Array(han.utf16)
            byStart[UInt32(units[0]) << 16 | UInt32(units[1]), default: []].append((han, units))
            startsAName[Int(units[0]) >> 6] |= 1 << (UInt64(units[0]) & 63)
        }
        func places(_ index: Int) -> [String: Range<Int>] {
            var found: [String: Range<Int>] = [:]
            let bounds = units[index].source
            var position = bounds.lowerBound
            while position + 1 < bounds.upperBound {
                defer { position += 1 }
                let first = sources[position]
                guard startsAName[Int(first) >> 6] & (1 << (UInt64(first) & 63)) != 0,
                    let list = byStart[UInt32(first) << 16 | UInt32(sources[position + 1])]
                else { continue }
                for (han, written) in list where found[han] == nil && position + written.count <= bounds.upperBound {
                    if sources[position..<(position + written.count)].elementsEqual(written) {
                        found[han] = position..<(position + written.count)
                    }
                }
            }
            return found
        }
        var placesByUnit: [Int: [String: Range<Int>]] = [:]
        let glossaryNames = Set(analysis.glossary.entities.flatMap { $0.rightNames.map(Self.folded) })
        var found: [Diagnostic] = []
        // Per run and name: whether every unit with the run has the name in its source.
        var onlyWithName: [String: Bool] = [:]
        for (index, unit) in units.enumerated() where !skipping.contains(index) {
            guard hasHan[index] else { continue }
            let spans = places(index)
            placesByUnit[index] = spans
            // The longest names only: `小川` is part of `王小川`.
            let candidates = spans.keys.filter { renderings[$0] != nil && !rendered[index].contains($0) }
            let missing = candidates.filter { name in !candidates.contains { $0 != name && $0.contains(name) } }
            guard missing.count == 1, let han = missing.first, let right = renderings[han], let place = spans[han] else { continue }
            let source = sourceNames(index)
            let syllables = source.syllables
            let unexplained = runs[index].filter { run in
                let folded = self.folded(run.range)
                if run.atSentenceStart && run.tokens.count < 2 { return false }
                if run.tokens.count == 1, text[run.range].allSatisfy({ !CodeUnit.isLowercase($0) }) { return false }
                if run.tokens.allSatisfy({ syllables.contains(self.folded($0)) }) { return false }
                if glossaryNames.contains(folded)
                    || run.tokens.contains(where: { glossaryNames.contains(self.folded($0)) })
                {
                    return false
                }
                if renderingTexts.contains(folded) || !pinyinMatches(run, text, source).isEmpty { return false }
                if SourceNameMismatchRule.find(analysis.string(run.range), in: sources, unit.source) != nil { return false }
                // Only where the source has the name: a run found in other units is another name.
                let key = folded + "\u{0}" + han
                if let known = onlyWithName[key] { return known }
                let answer = unitsWith(run: folded).allSatisfy { other in
                    if placesByUnit[other] == nil { placesByUnit[other] = places(other) }
                    return placesByUnit[other]?[han] != nil
                }
                onlyWithName[key] = answer
                return answer
            }
            guard unexplained.count == 1, var run = unexplained.first else { continue }
            // A common word that only starts the sentence (`Secondo Wang Piccolo Fiume`) is not
            // part of what is flagged.
            if run.atSentenceStart, run.tokens.count >= 2,
                analysis.lexicon?.isCommonWord(CodeUnit.lowercased(text[run.tokens[0]], locale: analysis.language.locale)) == true
            {
                run.tokens.removeFirst()
            }
            let name = analysis.string(right)
            found.append(
                make(
                    run.range,
                    "`\(analysis.string(run.range))` stands where the source has `\(han)`, which this file renders `\(name)` elsewhere",
                    name,
                    [
                        SourceUnits.related(place, "`\(han)` in the source"),
                        RelatedPlace(range: right, message: "`\(name)` for `\(han)` elsewhere in the file"),
                    ]))
        }
        return found
    }

    /// The Han names of a source by pinyin.
    private func sourceNames(_ text: [UInt16], _ bounds: Range<Int>) -> SourceNames {
        var result = SourceNames()
        var index = bounds.lowerBound
        while index < bounds.upperBound {
            guard Self.isHan(text[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bounds.upperBound, Self.isHan(text[index]) { index += 1 }
            let units = Array(text[start..<index])
            // One syllable per character, each read alone. ICU reads a few characters by their
            // neighbours (`重庆`, Chongqing); read alone they give the common reading
            // (`zhongqing`), and such a name is then not found: a finding missed, never one made.
            result.runs.append((start, units, units.map(HanReadings.reading(of:))))
        }
        return result
    }

    /// True when a run, or a part of it of up to three words, is spelled as pinyin syllables
    /// can be (`Wenxin`, `Wang Xiaochuan`; not `Secondo`, `Nella`): most runs of a target are
    /// not, and need no reading of their source.
    private func mayBePinyin(_ run: Run) -> Bool {
        var found = false
        forEachSpan(of: run) { key, _, _ in
            found = key.count >= Self.shortestKey && Self.isPinyinSpelling(key)
            return !found
        }
        return found
    }

    /// Calls `body` with the letters of each span of one to three consecutive words of a run,
    /// folded and joined (`wangxiaochuan`), and the indexes of its first and last word, until
    /// `body` returns false.
    private func forEachSpan(of run: Run, _ body: (_ key: [UInt8], _ first: Int, _ last: Int) -> Bool) {
        let words = run.tokens.map { foldedLetters($0) }
        var key: [UInt8] = []
        for first in words.indices {
            key.removeAll(keepingCapacity: true)
            for last in first..<min(first + 3, words.count) {
                key += words[last]
                if !body(key, first, last) { return }
            }
        }
    }

    /// Pinyin syllables as initials and finals allow them (a little more than Mandarin uses:
    /// enough to rule most words of other languages out).
    static let pinyinSyllables: Set<String> = {
        let initials = [
            "", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "ch", "sh", "r", "z", "c", "s", "y", "w",
        ]
        let finals = [
            "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu", "ian",
            "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue", "ueng",
        ]
        return Set(initials.flatMap { initial in finals.map { initial + $0 } })
    }()

    /// The syllables as numbers, five bits a letter (`a` is 1): the test below, asked of
    /// every capitalised word of a file, then makes no String.
    static let pinyinSyllableCodes: Set<UInt32> = Set(pinyinSyllables.map { code(of: Array($0.utf8)[...]) })

    static func code(of letters: ArraySlice<UInt8>) -> UInt32 {
        letters.reduce(0) { $0 << 5 | UInt32($1 - 0x60) }
    }

    /// True when `letters` (lower case ASCII) split into pinyin syllables.
    static func isPinyinSpelling(_ letters: [UInt8]) -> Bool {
        guard !letters.isEmpty, letters.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        var reachable = [Bool](repeating: false, count: letters.count + 1)
        reachable[0] = true
        for start in 0..<letters.count where reachable[start] {
            var code: UInt32 = 0
            for length in 1...min(6, letters.count - start) {
                code = code << 5 | UInt32(letters[start + length - 1] - 0x60)
                if pinyinSyllableCodes.contains(code) { reachable[start + length] = true }
            }
        }
        return reachable[letters.count]
    }

    /// The Han names a run (or a part of it, up to three words) spells in pinyin, with the
    /// range of those words.
    private func pinyinMatches(_ run: Run, _ text: [UInt16], _ names: SourceNames) -> [(String, Range<Int>)] {
        var matches: [(String, Range<Int>)] = []
        forEachSpan(of: run) { key, first, last in
            if let han = names.han(spelling: key) {
                matches.append((han, run.tokens[first].lowerBound..<run.tokens[last].upperBound))
            }
            return true
        }
        return matches
    }

    /// The runs of capitalised Latin words of a target, joined by one space or hyphen, up to
    /// four words.
    private func capitalRuns(_ text: [UInt16], _ bounds: Range<Int>) -> [Run] {
        var runs: [Run] = []
        var current: Run?
        func close() {
            if let run = current { runs.append(run) }
            current = nil
        }
        for token in analysis.tokens.slice(inside: bounds, by: { $0.range }) where token.kind == .word {
            let range = token.range
            guard CodeUnit.isUppercase(text[range.lowerBound]), text[range].allSatisfy(CodeUnit.isLatinLetter) else {
                close()
                continue
            }
            if var run = current, run.tokens.count < 4, range.lowerBound == run.range.upperBound + 1,
                case let joiner = text[run.range.upperBound], joiner == 0x20 || joiner == 0xA0 || joiner == 0x2D
            {
                run.tokens.append(range)
                current = run
            } else {
                close()
                current = Run(tokens: [range], atSentenceStart: Self.startsSentence(range.lowerBound, text, bounds))
            }
        }
        close()
        return runs
    }

    /// True when only spaces, quotes and brackets stand between `index` and the start of the
    /// segment or the end of a sentence.
    static func startsSentence(_ index: Int, _ text: [UInt16], _ bounds: Range<Int>) -> Bool {
        var position = index
        while position > bounds.lowerBound {
            let unit = text[position - 1]
            if CodeUnit.isWhitespace(unit)
                || [0x22, 0x27, 0x28, 0x5B, 0xAB, 0xBB, 0x201C, 0x201E, 0x2018, 0x2014, 0x2013, 0x2D].contains(unit)
            {
                position -= 1
                continue
            }
            return [0x2E, 0x21, 0x3F, 0x2026, 0x3A, 0x3B, 0x3002, 0xFF01, 0xFF1F].contains(unit)
        }
        return true
    }

    /// CJK unified ideographs and their extension A and compatibility blocks.
    static func isHan(_ unit: UInt16) -> Bool {
        (0x4E00...0x9FFF).contains(unit) || (0x3400...0x4DBF).contains(unit) || (0xF900...0xFAFF).contains(unit)
    }

    /// `folded` of a part of the target. Most are ASCII, lowered here: Foundation's folding,
    /// asked of every capitalised word of a file, was a third of the rule's time.
    private func folded(_ range: Range<Int>) -> String {
        let units = analysis.text[range]
        guard units.allSatisfy({ $0 < 0x80 }) else { return Self.folded(analysis.string(range)) }
        return String(unsafeUninitializedCapacity: units.count) { buffer in
            for (offset, unit) in units.enumerated() { buffer[offset] = UInt8(unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit) }
            return units.count
        }
    }

    /// The letters of a word of the target, folded, as UTF-8: pinyin keys are compared as
    /// bytes. A word of ASCII letters is lowered here, without a String.
    private func foldedLetters(_ range: Range<Int>) -> [UInt8] {
        let units = analysis.text[range]
        guard units.allSatisfy(CodeUnit.isASCIILetter) else { return Array(Self.folded(analysis.string(range)).filter(\.isLetter).utf8) }
        return units.map { UInt8($0 | 0x20) }
    }

    /// Lower case, without accents: how names are compared.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
