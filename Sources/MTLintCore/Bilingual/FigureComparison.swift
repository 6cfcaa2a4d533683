import Foundation
import MTLintDocuments
import MTLintText

/// The figures of one unit, source against target, compared by value after reading both
/// sides in their own languages: `10亿` is 1,000,000,000, and so are `1 miliardo` and
/// `un miliardo`. A source figure is matched by a target figure or number word of the same
/// value; of the same digits as written (`1.5` copied into an Italian text); of a value the
/// source allows by rounding (`1,53亿` as `150 milioni`: to the target's significant digits,
/// at least two); or within a tenth when either side says it is
/// approximate (`约`, `近`, `超`, `多`, `about`, `circa`, `oltre` ...). Figures that are not
/// quantities (dates, times, versions, identifiers, ordinals, Chinese dates like `7月31日`)
/// and figures inside placeholders are left out. What is left unmatched on both sides is
/// paired in order, percentages with percentages: a pair is a mismatch, a source figure
/// left alone is missing, a target figure left alone is added (unless it is a conversion in
/// brackets after a matched figure).
public struct FigureComparison: Sendable {
    public let unitIndex: Int
    public var mismatches: [(source: Figure, target: Figure)] = []
    public var missing: [Figure] = []
    public var added: [Figure] = []
    /// The unit's figures on each side, where the first figure of a range finds its partner.
    private var sourcePartners: [Figure] = []
    private var targetPartners: [Figure] = []

    /// Every unit whose target has text and differs from its source.
    static func compareAll(_ bilingual: BilingualAnalysis, target: Analysis) -> [FigureComparison] {
        let sourceFigures = bilingual.source.figures
        let targetFigures = target.figures
        var result: [FigureComparison] = []
        for (index, unit) in bilingual.units.enumerated() where !unit.target.isEmpty && !unit.source.isEmpty {
            let syntax = PlaceholderScanner.Syntax(flags: unit.flags)
            let sourceHoles =
                PlaceholderScanner.placeholders(in: bilingual.source.text, unit.source, syntax: syntax).map(\.range)
                + unit.sourceTags.map(\.range)
            let targetHoles =
                PlaceholderScanner.placeholders(in: target.text, unit.target, syntax: syntax).map(\.range)
                + unit.targetTags.map(\.range)
            let allSources = sourceFigures.slice(inside: unit.source, by: { $0.fullRange })
            let sources = allSources.filter {
                isComparable($0, in: bilingual.source.text) && !overlaps($0.fullRange, sourceHoles)
            }
            guard
                !sources.isEmpty || targetFigures.slice(inside: unit.target, by: { $0.fullRange }).contains(where: { $0.kind == .quantity })
            else { continue }
            let allTargets = targetFigures.slice(inside: unit.target, by: { $0.fullRange })
            let targets = allTargets.filter { !overlaps($0.fullRange, targetHoles) }
            let words = bilingual.targetNumberWords.slice(inside: unit.target, by: { $0.range })
            var comparison = FigureComparison(unitIndex: index)
            comparison.sourcePartners = Array(allSources)
            comparison.targetPartners = Array(allTargets)
            comparison.compare(
                Array(sources), sourceText: bilingual.source.text, Array(targets), words: Array(words), targetText: target.text,
                sourceWords: Array(bilingual.sourceNumberWords.slice(inside: unit.source, by: { $0.range })),
                sourceHasPlaceholders: !sourceHoles.isEmpty, unitSource: unit.source, unitTarget: unit.target)
            if !comparison.mismatches.isEmpty || !comparison.missing.isEmpty || !comparison.added.isEmpty { result.append(comparison) }
        }
        return result
    }

    private static func overlaps(_ range: Range<Int>, _ holes: [Range<Int>]) -> Bool {
        holes.contains { $0.overlaps(range) || (range.isEmpty == false && $0.isEmpty && range.contains($0.lowerBound)) }
    }

    /// Quantities and years; not Chinese dates and times (`7月`, `31日`, `10点`) nor ordinals (`第3`).
    static func isComparable(_ figure: Figure, in text: [UInt16]) -> Bool {
        guard figure.kind == .quantity || figure.kind == .year else { return false }
        let end = figure.fullRange.upperBound
        if end < text.count, dateOrTimeMarks.contains(text[end]) { return false }
        let start = figure.fullRange.lowerBound
        if start > 0, text[start - 1] == 0x7B2C { return false }  // 第
        return !isInPattern(figure, text)
    }

    /// Digits joined to other digits by `/`, `:`, `.` or `-` (`12/31/99`, `23:01`, `1.2.3`):
    /// a date, a time, a ratio or a version that the extractor did not read as one. A range
    /// (`10-20%`) is two values: its dash is no joiner, its other side still is (`2023-10-20`).
    static func isInPattern(_ figure: Figure, _ text: [UInt16]) -> Bool {
        let joiners: Set<UInt16> = [0x2F, 0x3A, 0x2E, 0x2D]
        let start = figure.numberRange.lowerBound, end = figure.numberRange.upperBound
        let partner = figure.rangePartner
        let joinedBefore = start >= 2 && joiners.contains(text[start - 1]) && CodeUnit.isASCIIDigit(text[start - 2])
        let joinedAfter = end + 1 < text.count && joiners.contains(text[end]) && CodeUnit.isASCIIDigit(text[end + 1])
        if let partner {
            // The partner's side is the range's dash; the other side must be free.
            if partner.lowerBound >= end { return joinedBefore || isJoinedAfter(partner, text, joiners) }
            return joinedAfter || isJoinedBefore(partner, text, joiners)
        }
        return joinedBefore || joinedAfter
    }

    private static func isJoinedBefore(_ range: Range<Int>, _ text: [UInt16], _ joiners: Set<UInt16>) -> Bool {
        range.lowerBound >= 2 && joiners.contains(text[range.lowerBound - 1]) && CodeUnit.isASCIIDigit(text[range.lowerBound - 2])
    }

    private static func isJoinedAfter(_ range: Range<Int>, _ text: [UInt16], _ joiners: Set<UInt16>) -> Bool {
        range.upperBound + 1 < text.count && joiners.contains(text[range.upperBound]) && CodeUnit.isASCIIDigit(text[range.upperBound + 1])
    }

    /// A figure worth a finding when it has no counterpart: a scale word, a unit, or a value
    /// of ten or more. Small bare numbers (`1`, `2`) are too often written as words on the
    /// other side, or are list marks and examples a translation adapts.
    static func isSignificant(_ figure: Figure) -> Bool {
        figure.scale != nil || figure.unit != nil || abs(figure.value) >= 10
    }

    /// 月 日 号 时 点 分 秒 周 (after digits: a date or a time of day).
    static let dateOrTimeMarks: Set<UInt16> = [0x6708, 0x65E5, 0x53F7, 0x65F6, 0x70B9, 0x5206, 0x79D2, 0x6642, 0x865F]

    private struct Side {
        var value: Decimal
        var digits: String?
        /// A percentage, or a difference of percentages (`3个百分点`, `3 punti percentuali`):
        /// unmatched figures are paired only within their kind.
        var isPercent: Bool
        var isPoints = false
        var isApproximate: Bool
        var isUsable: Bool
        var figure: Figure?
    }

    private mutating func compare(
        _ sources: [Figure], sourceText: [UInt16], _ targets: [Figure], words: [NumberWord], targetText: [UInt16],
        sourceWords: [NumberWord], sourceHasPlaceholders: Bool, unitSource: Range<Int>, unitTarget: Range<Int>
    ) {
        // Digits as written on either side: a figure whose digits the other side has, read as
        // something else there (`Set 14`, a version; `106-key`, glued), is neither added nor missing.
        let sourceRuns = Self.digitRuns(sourceText[unitSource])
        let targetRuns = Self.digitRuns(targetText[unitTarget])
        let sourceSides = sources.map { side($0, sourceText, partners: sourcePartners) }
        var targetSides = targets.map { side($0, targetText, partners: targetPartners) }
        targetSides += words.map { Side(value: $0.value, digits: nil, isPercent: false, isApproximate: false, isUsable: true, figure: nil) }
        var used = [Bool](repeating: false, count: targetSides.count)
        var unmatched: [Int] = []
        for (index, source) in sourceSides.enumerated() {
            if let match = targetSides.indices.first(where: { !used[$0] && Self.matches(source, targetSides[$0]) }) {
                used[match] = true
            } else {
                unmatched.append(index)
            }
        }
        // Target figures left over: quantities and years, not number words, not a conversion in brackets.
        var leftover: [Int] = []
        for index in targets.indices where !used[index] {
            let figure = targets[index]
            guard figure.kind == .quantity, Self.isSignificant(figure) || targetSides[index].isPoints,
                !Self.isInPattern(figure, targetText),
                !sourceWords.contains(where: { $0.value == figure.value }),
                !isBracketedConversion(index, targets, used, targetText)
            else { continue }
            leftover.append(index)
        }
        var pairedTargets = Set<Int>()
        for sourceIndex in unmatched {
            let source = sourceSides[sourceIndex]
            if let target = leftover.first(where: {
                !pairedTargets.contains($0) && targetSides[$0].isPercent == source.isPercent && targetSides[$0].isPoints == source.isPoints
            }),
                Self.isSignificant(sources[sourceIndex]) || Self.isSignificant(targets[target]) || source.isPoints
            {
                pairedTargets.insert(target)
                mismatches.append((sources[sourceIndex], targets[target]))
            } else if Self.isSignificant(sources[sourceIndex]) || source.isPoints,
                // Digits the target has as written; Han numerals (`三十五`) have none to find.
                case let runs = Self.digitRuns(sourceText[sources[sourceIndex].numberRange]), runs.isEmpty || !runs.isSubset(of: targetRuns)
            {
                missing.append(sources[sourceIndex])
            }
        }
        added = leftover.filter {
            !pairedTargets.contains($0) && !sourceHasPlaceholders
                && !Self.digitRuns(targetText[targets[$0].numberRange]).isSubset(of: sourceRuns)
        }.map { targets[$0] }
    }

    /// The maximal runs of digits of a text (full-width ones as ASCII).
    package static func digitRuns(_ text: ArraySlice<UInt16>) -> Set<String> {
        // Bytes gathered and made a String once per run: appending to a String's scalars
        // digit by digit was a quarter of the comparisons' time.
        var runs = Set<String>()
        var current: [UInt8] = []
        for unit in text {
            if (0x30...0x39).contains(unit) {
                current.append(UInt8(unit))
            } else if (0xFF10...0xFF19).contains(unit) {
                current.append(UInt8(unit - 0xFF10 + 0x30))
            } else if !current.isEmpty {
                runs.insert(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { runs.insert(String(decoding: current, as: UTF8.self)) }
        return runs
    }

    /// `(circa 137 milioni di euro)` right after a matched figure: a conversion the target adds.
    private func isBracketedConversion(_ index: Int, _ targets: [Figure], _ used: [Bool], _ text: [UInt16]) -> Bool {
        guard index > 0, used[index - 1] else { return false }
        // Two figures can share the sign between them (`12$0` reads as `12 $` and `$0`):
        // then nothing stands between them.
        let end = targets[index - 1].fullRange.upperBound, start = targets[index].fullRange.lowerBound
        guard end <= start else { return false }
        let between = text[end..<start]
        return between.count <= 24 && (between.contains(0x28) || between.contains(0xFF08) || between.contains(0x5B))
    }

    private func side(_ figure: Figure, _ text: [UInt16], partners: [Figure]) -> Side {
        var isPercent: Bool
        if case .percent = figure.unit?.kind { isPercent = true } else { isPercent = false }
        var value = figure.value
        var digits: String? = figure.scale == nil && figure.notation == .digits ? Self.digits(text[figure.numberRange]) : nil
        // The first value of a range takes the second's scale and percent: `10到20亿` is 10亿
        // to 20亿, `tra 10 e 20 miliardi` 10 to 20 billion, `10-20%` 10% to 20%.
        if let partner = figure.rangePartner, partner.lowerBound >= figure.fullRange.upperBound, figure.unit == nil,
            let second = partners.first(where: { $0.fullRange == partner })
        {
            if case .percent = second.unit?.kind { isPercent = true }
            let multiplier = Self.multiplier(of: second, text)
            if multiplier > 1, Self.multiplier(of: figure, text) == 1 {
                value *= multiplier
                digits = nil
            }
        }
        var side = Side(
            value: value, digits: digits, isPercent: isPercent, isApproximate: Self.isApproximate(figure, text),
            isUsable: figure.scale?.isLegal ?? true, figure: figure)
        side.isPoints = Self.isPercentagePoints(after: figure.fullRange.upperBound, text)
        if side.isPoints { side.isPercent = false }
        return side
    }

    /// The digits of a number as written, full-width ones as ASCII, without its separators.
    /// Read unit by unit where all are ASCII or full-width (nearly always): a String made and
    /// filtered by Character was a third of the comparisons' time.
    static func digits(_ number: ArraySlice<UInt16>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(number.count)
        for unit in number {
            if CodeUnit.isASCIIDigit(unit) {
                bytes.append(UInt8(unit))
            } else if (0xFF10...0xFF19).contains(unit) {
                bytes.append(UInt8(unit - 0xFF10 + 0x30))
            } else if unit >= 0x80, unit != 0xFF0E, unit != 0xFF0C {
                // Another number character (`½`, a Han numeral): as Character sees it.
                return CJKNumerals.asciiDigits(number).filter(\.isNumber)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What a figure's scale multiplies its number by: a scale phrase's (`miliardi`) or the
    /// Chinese unit characters after the digits (`亿`, `万`); 1 for none.
    static func multiplier(of figure: Figure, _ text: [UInt16]) -> Decimal {
        if let scale = figure.scale { return scale.multiplier }
        guard figure.notation == .cjk else { return 1 }
        var multiplier: Decimal = 1
        for unit in text[figure.numberRange] {
            if CodeUnit.isASCIIDigit(unit) || (0xFF10...0xFF19).contains(unit) { multiplier = 1 }
            if let value = CJKNumerals.units[unit], value >= 10_000 { multiplier *= value }
        }
        return multiplier
    }

    /// Words for a difference of percentages after a figure, in the languages mtlint reads as
    /// sources and targets: `个百分点`, `percentage points`, `punti percentuali` ...
    static let percentagePointWords: [[UInt16]] = [
        "个百分点", "百分点", "個百分點", "百分點", "percentage points", "percentage point", "punti percentuali", "punto percentuale",
        "points de pourcentage", "point de pourcentage", "puntos porcentuales", "punto porcentual", "prozentpunkte", "prozentpunkten",
        "prozentpunkt", "pontos percentuais", "ponto percentual",
    ].map { Array($0.utf16) }

    /// True when a difference of percentages follows `end` (one space at most before it).
    static func isPercentagePoints(after end: Int, _ text: [UInt16]) -> Bool {
        var start = end
        if start < text.count, text[start] == 0x20 || text[start] == 0xA0 { start += 1 }
        for words in percentagePointWords where start + words.count <= text.count {
            var matched = true
            for (offset, unit) in words.enumerated() where CodeUnit.foldedKey(text[start + offset]) != unit {
                matched = false
                break
            }
            guard matched else { continue }
            let after = start + words.count
            if after == text.count || !CodeUnit.isLetter(text[after]) || words[0] > 0x2E80 { return true }
        }
        return false
    }

    private static func matches(_ source: Side, _ target: Side) -> Bool {
        guard target.isUsable else { return false }
        if source.value == target.value { return true }
        if let a = source.digits, let b = target.digits, !a.isEmpty, a == b { return true }
        let s = abs(NSDecimalNumber(decimal: source.value).doubleValue), t = abs(NSDecimalNumber(decimal: target.value).doubleValue)
        guard s > 0, t > 0 else { return false }
        if source.isApproximate || target.isApproximate { return abs(s - t) <= 0.1 * s }
        // Rounded to the target's significant digits (at least two).
        let significant = significantDigits(target.value)
        guard significant >= 2 else { return false }
        let magnitude = pow(10, floor(log10(s)) - Double(significant) + 1)
        return abs((s / magnitude).rounded() * magnitude - t) <= magnitude * 1e-6
    }

    private static func significantDigits(_ value: Decimal) -> Int {
        var digits = Array(value.asciiDescription.filter(\.isNumber))
        while digits.first == "0" { digits.removeFirst() }
        while digits.last == "0" { digits.removeLast() }
        return digits.count
    }

    /// Words before a figure that make it approximate, per language, and Chinese marks after it.
    static let approximationWords: Set<String> = [
        "约", "近", "超", "逾", "大约", "将近", "超过", "接近", "约为", "多达", "近乎",
        "about", "around", "approximately", "nearly", "almost", "over", "roughly", "circa",
        "quasi", "oltre", "presque", "environ", "près", "casi", "unos", "unas",
        "aproximadamente", "quase", "fast", "etwa", "rund", "über", "ungefähr",
    ]
    /// The same words as UTF-16, looked up for every figure of a file without making a String.
    private static let approximationUnits = Set(approximationWords.map { Array($0.utf16) })

    static func isApproximate(_ figure: Figure, _ text: [UInt16]) -> Bool {
        let start = figure.fullRange.lowerBound
        let end = figure.fullRange.upperBound
        // Chinese: 约15亿, 10多亿, 15亿左右, 3万余.
        if start > 0, Self.isApproximationMark(before: text[start - 1]) { return true }
        if figure.numberRange.count > 1, figure.notation == .cjk,
            text[figure.numberRange].contains(where: { CJKNumerals.approximateAfter.contains($0) })
        {
            return true
        }
        if end < text.count, Self.isApproximationMark(after: text[end]) { return true }
        // The word before: `circa`, `about`, `oltre`.
        var wordEnd = start
        while wordEnd > 0, text[wordEnd - 1] == 0x20 || text[wordEnd - 1] == 0xA0 { wordEnd -= 1 }
        var wordStart = wordEnd
        while wordStart > 0, wordEnd - wordStart < 16, CodeUnit.isLetter(text[wordStart - 1]) { wordStart -= 1 }
        guard wordStart < wordEnd else { return false }
        // Lower case as String.lowercased() gives it for the letters of these words (ASCII,
        // Latin-1, Han): a word with any other letter is none of them either way.
        let word = text[wordStart..<wordEnd].map { unit -> UInt16 in
            (0x41...0x5A).contains(unit) || ((0xC0...0xDE).contains(unit) && unit != 0xD7) ? unit + 0x20 : unit
        }
        return approximationUnits.contains(word)
    }

    /// 约 近 超 逾, right before the number.
    private static func isApproximationMark(before unit: UInt16) -> Bool {
        unit == 0x7EA6 || unit == 0x8FD1 || unit == 0x8D85 || unit == 0x903E
    }

    /// 多 余 左(右), right after it.
    private static func isApproximationMark(after unit: UInt16) -> Bool {
        unit == 0x591A || unit == 0x4F59 || unit == 0x5DE6
    }
}
