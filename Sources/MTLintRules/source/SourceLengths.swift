import ICU
import MTLintCore
import MTLintText

/// How long a translation is expected to be beside its source, for source/truncated and
/// source/addition: lengths are counted in letters and digits (punctuation and spaces differ
/// between languages more than words do), and the ratio of target to source is the median
/// over the file's units with both sides, else a default for the pair of scripts.
struct SourceLengths {
    /// Units with both sides needed before the file's own median is trusted.
    static let unitsForMedian = 8

    /// Target letters per source letter, the median of the file's units; nil when the file
    /// has too few units with both sides.
    let fileRatio: Double?

    init(_ analysis: Analysis, _ bilingual: BilingualAnalysis) {
        var ratios: [Double] = []
        for unit in bilingual.units {
            let source = Self.count(bilingual.source.text, unit.source)
            let target = Self.count(analysis.text, unit.target)
            if source.letters > 0, target.letters > 0 { ratios.append(Double(target.letters) / Double(source.letters)) }
        }
        if ratios.count >= Self.unitsForMedian {
            ratios.sort()
            fileRatio = ratios[ratios.count / 2]
        } else {
            fileRatio = nil
        }
    }

    /// Target letters expected for a unit's source of `source` letters: the file's ratio, else
    /// a default for the unit's scripts (Han, kana and Hangul say in one character what
    /// alphabets say in about three).
    func expected(source: (letters: Int, wide: Int), target: (letters: Int, wide: Int)) -> (letters: Int, ratio: Double) {
        let ratio: Double
        if let fileRatio {
            ratio = fileRatio
        } else {
            let wideSource = source.wide * 2 > source.letters, wideTarget = target.wide * 2 > target.letters
            ratio = wideSource == wideTarget ? 1.0 : (wideSource ? 3.0 : 1.0 / 3.0)
        }
        return (Int((Double(source.letters) * ratio).rounded()), ratio)
    }

    /// How the ratio was found, for messages.
    func origin(_ ratio: Double) -> String {
        let value = ratio < 1 ? String(format2: ratio) : String(format1: ratio)
        return fileRatio != nil
            ? "at \(value) target letters per source letter, this file's median"
            : "at \(value) per source letter, a default for these scripts"
    }

    /// The letters and digits of a range, and how many of them are Han, kana or Hangul.
    static func count(_ text: [UInt16], _ range: Range<Int>) -> (letters: Int, wide: Int) {
        var letters = 0, wide = 0
        for unit in text[range] where CodeUnit.isLetterOrDigit(unit) {
            letters += 1
            if isWide(unit) { wide += 1 }
        }
        return (letters, wide)
    }

    /// Han (unified and extension A), kana and Hangul syllables.
    static func isWide(_ unit: UInt16) -> Bool {
        (0x3040...0x30FF).contains(unit) || (0x3400...0x4DBF).contains(unit) || (0x4E00...0x9FFF).contains(unit)
            || (0xAC00...0xD7A3).contains(unit)
    }

    /// The sentences of `analysis` inside `range` that have a letter or a digit.
    static func sentences(_ analysis: Analysis, _ range: Range<Int>) -> Int {
        let sentences = analysis.sentences
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var count = 0
        while low < sentences.count, sentences[low].lowerBound < range.upperBound {
            let part = sentences[low].clamped(to: range)
            if SourceUnits.hasContent(analysis.text, part) { count += 1 }
            low += 1
        }
        return count
    }
}

extension String {
    /// A ratio with one decimal (`3.0`).
    init(format1 value: Double) { self = String(Double(Int((value * 10).rounded())) / 10) }
    /// A ratio with two decimals (`0.33`).
    init(format2 value: Double) { self = String(Double(Int((value * 100).rounded())) / 100) }
}
