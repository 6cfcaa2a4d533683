import MTLintCore
import MTLintText

/// `text/page-furniture`: a line of a web page's interface pasted into the article: an
/// advertisement label, a close button, a share or read-more link, a reading time.
public struct PageFurnitureRule: Rule {
    public static let metadata = RuleMetadata(
        id: "text/page-furniture",
        severity: .warning,
        category: .accuracy,
        summary: "A web page's interface text (an ad label, a share link, a reading time) left in the article.",
        explanation: """
            Articles taken from web pages and machine-translated keep the page's interface \
            between their paragraphs: `Pubblicità`, `Chiudi l'annuncio`, `Leggi anche`, \
            `Condividi`, `12 mins read`. A reader sees them as debris, and a translation \
            pipeline often leaves them in English. mtlint flags a line that is nothing but \
            such a label, in the document's language or in English (the lists are in each \
            language's data file, Sources/MTLintCore/Language/Languages/), or a reading time \
            in any of the languages it knows. The suggestion is to remove the line.

            Not flagged: the same words inside a sentence (`la pubblicità cresce`, `read more \
            books`), or with other words on the line (`Condividi i tuoi dati con cautela.`).
            """,
        examples: [
            .flags("it", "Il gruppo cresce in Europa.\n\n⟦Chiudi l'annuncio⟧\n\nLe vendite salgono.", suggestion: ""),
            .flags("fr", "Le groupe grandit.\n⟦Publicité⟧\nLes ventes montent.", suggestion: ""),
            .flags("it", "⟦12 mins read⟧\n\nIl gruppo cresce in Europa.", suggestion: ""),
            .flags("de", "Der Konzern wächst.\n\n⟦Lesezeit: 4 Min.⟧\n\nDie Zahlen steigen.", suggestion: ""),
            .flags("es", "La empresa crece.\n\n⟦Leer más⟧", suggestion: ""),
            .passes("it", "La pubblicità online cresce; leggi anche il rapporto, e condividi i tuoi dati con cautela."),
            .passes("en", "Read more books. Share the load.\n\nAdvertising revenue fell."),
            .passes("it", "Tempo di lettura e comprensione\n\nIl testo comincia qui."),
        ]
    )

    public init() {}

    public func check(_ analysis: Analysis) -> [Diagnostic] {
        let text = analysis.text
        let map = analysis.document.sourceMap
        let language = analysis.language.locale.language
        var diagnostics: [Diagnostic] = []
        for lineIndex in 0..<map.lineCount {
            var line = map.lineRange(lineIndex, in: text)
            while line.lowerBound < line.upperBound, CodeUnit.isWhitespace(text[line.lowerBound]) {
                line = (line.lowerBound + 1)..<line.upperBound
            }
            while line.lowerBound < line.upperBound, CodeUnit.isWhitespace(text[line.upperBound - 1]) {
                line = line.lowerBound..<(line.upperBound - 1)
            }
            // Labels are short: a long line is text, and is not read at all.
            guard !line.isEmpty, line.count <= 48 else { continue }
            // A label or a reading time has no sentence inside: a line with a full stop
            // followed by more text (`Il gruppo cresce. Le vendite salgono`) is not read.
            if let stop = text[line].firstIndex(of: 0x2E), stop + 2 < line.upperBound, text[stop + 1] == 0x20 { continue }
            let words = analysis.string(line).lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" })
            guard PageFurniture.isFurniture(words.joined(separator: " "), language: language) else { continue }
            diagnostics.append(
                diagnostic(
                    line, "`\(analysis.string(line))` is a web page's interface text, not part of the article; remove the line",
                    suggestions: [""]))
            if diagnostics.count >= 100 { break }
        }
        return diagnostics
    }
}
