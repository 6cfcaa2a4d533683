import Foundation
import MTLintText

/// The interface text of news sites that scraping and machine translation paste into the
/// body of an article: advertisement labels, close buttons, share and read-more links,
/// reading times. ICU has no list of these; each language's file keeps its labels
/// (TextWords.pageLabels), in lower case, as a whole line reads once its spaces are
/// collapsed. English labels are checked in every language, since sites leave them
/// untranslated.
package enum PageFurniture {
    /// Labels of a language, by ISO 639 code.
    static let labels: [String: Set<String>] = Dictionary(
        LanguageProfile.all.map { ($0.code, $0.textWords.pageLabels) }, uniquingKeysWith: { first, _ in first })

    /// Words for minutes and for reading, for `12 mins read`, `3 minuti di lettura`,
    /// `Lesezeit: 4 Min.`: any language's, since sites mix them.
    static let minuteWords: Set<String> = Set(LanguageProfile.all.flatMap(\.textWords.minuteWords))
    static let readingPhrases: Set<String> = Set(LanguageProfile.all.flatMap(\.textWords.readingPhrases))

    /// True when `line` (lower case, spaces collapsed, trimmed) is a label of `language`'s
    /// or an English one, or a reading time.
    package static func isFurniture(_ line: String, language: String) -> Bool {
        var line = line
        while let last = line.last, ":|»>›→".contains(last) || last == " " { line.removeLast() }
        if labels["en"]?.contains(line) == true || labels[language]?.contains(line) == true { return true }
        return isReadingTime(line)
    }

    /// `12 mins read`, `3 minuti di lettura`, `lesezeit: 4 min.`, `tempo di lettura 5 minuti`.
    static func isReadingTime(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == ":" }).map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        guard let numberIndex = words.firstIndex(where: { !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
            numberIndex + 1 < words.count, minuteWords.contains(words[numberIndex + 1])
        else { return false }
        let before = words[..<numberIndex].joined(separator: " ")
        let after = words[(numberIndex + 2)...].joined(separator: " ")
        return (before.isEmpty && readingPhrases.contains(after)) || (after.isEmpty && readingPhrases.contains(before))
    }
}
