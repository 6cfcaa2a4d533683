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
            `Condividi`, `12 mins read`, and Chinese sites' own labels translated with the text \
            (`Fonte dell'immagine: rete`, `Visualizza il testo originale`). A reader sees them as debris, and a translation \
            pipeline often leaves them in English. mtlint flags a line that is nothing but \
            such a label, in the document's language or in English (the lists are in each \
            language's data file, Sources/MTLintCore/Language/Languages/), or a reading time \
            in any of the languages it knows. The suggestion is to remove the line.

            It also flags what a copied page leaves of its images: a line that is an image's \
            file name (`huawei-stand-2024.jpg`), and a short label ending in a digit from 1 to \
            9 (`Huawei UK 1`, an alt text) on the line above a photo caption (`Foto: Reuters`, \
            `Photo :`, `Bild:`, `Ảnh:`) that does not repeat it.

            Not flagged: the same words inside a sentence (`la pubblicità cresce`, `read more \
            books`), or with other words on the line (`Condividi i tuoi dati con cautela.`); a label \
            with a number above a line that is no photo caption (`Tabella 1` above `Fonte: \
            Istat`), or above a caption that names it (`Google Pixel 9`, then `Il Pixel 9 in \
            tre colori. Foto: Google`), or ending in a larger number (`Huawei Mate 70`).
            """,
        examples: [
            .flags("it", "Il gruppo cresce in Europa.\n\n⟦Chiudi l'annuncio⟧\n\nLe vendite salgono.", suggestion: ""),
            .flags("pt", "O grupo cresce na Europa.\n\n⟦Continua após a publicidade⟧\n\nAs vendas sobem.", suggestion: ""),
            .flags("fr", "Le groupe grandit.\n⟦Publicité⟧\nLes ventes montent.", suggestion: ""),
            .flags("it", "⟦12 mins read⟧\n\nIl gruppo cresce in Europa.", suggestion: ""),
            .flags("de", "Der Konzern wächst.\n\n⟦Lesezeit: 4 Min.⟧\n\nDie Zahlen steigen.", suggestion: ""),
            .flags("es", "La empresa crece.\n\n⟦Leer más⟧", suggestion: ""),
            .flags("it", "Il gruppo cresce.\n\n⟦Clicca per visualizzare più immagini >>⟧\n\nLe vendite salgono.", suggestion: ""),
            .flags("fr", "Le groupe grandit.\n\n⟦Source de l'image : réseau⟧", suggestion: ""),
            .passes("it", "La pubblicità online cresce; leggi anche il rapporto, e condividi i tuoi dati con cautela."),
            .passes("en", "Read more books. Share the load.\n\nAdvertising revenue fell."),
            .passes("it", "Tempo di lettura e comprensione\n\nIl testo comincia qui."),
            .flags(
                "de", "Die Firma wächst.\n\n⟦Huawei UK 1⟧\n\nDer Stand auf der Messe. Foto: Reuters\n\nDer Text geht weiter.",
                suggestion: ""),
            .flags("it", "Il gruppo cresce.\n⟦huawei-stand-2024.jpg⟧\nLe vendite salgono.", suggestion: ""),
            .passes("it", "Tabella 1\n\nFonte: Istat. Il grafico 2 mostra i dati.\n\nCapitolo 3\n\nLa foto del 2024: un record."),
            .passes("fr", "Airbus A320 2\n\nLe groupe vend deux avions.\n\nVoir le site www.example.fr/photo.jpg pour la photo."),
            .passes("it", "Google Pixel 9\n\nIl Pixel 9 in tre colori. Foto: Google\n\nHuawei Mate 70\n\nIl telefono. Foto: Huawei"),
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
            if PageFurniture.isFurniture(words.joined(separator: " "), language: language) {
                diagnostics.append(
                    diagnostic(
                        line, "`\(analysis.string(line))` is a web page's interface text, not part of the article; remove the line",
                        suggestions: [""]))
            } else if Self.isImageFileName(words), !analysis.isInURL(line) {
                diagnostics.append(
                    diagnostic(
                        line, "`\(analysis.string(line))` is an image's file name left from the page; remove the line", suggestions: [""]))
            } else if Self.isImageLabel(words, line, text),
                Self.nextLineIsCaption(after: lineIndex, map, text, without: words.suffix(2).joined(separator: " "))
            {
                diagnostics.append(
                    diagnostic(
                        line,
                        "`\(analysis.string(line))` is an image's label left above its caption, not part of the article; remove the line",
                        suggestions: [""]))
            } else {
                continue
            }
            if diagnostics.count >= 100 { break }
        }
        return diagnostics
    }

    static let imageExtensions = ["jpg", "jpeg", "png", "webp", "gif", "avif"]

    /// One word that is a file name of an image (`huawei-uk-1.jpg`, `IMG_2034.JPEG`).
    static func isImageFileName(_ words: [Substring]) -> Bool {
        guard words.count == 1, let word = words.first, let dot = word.lastIndex(of: "."), dot > word.startIndex else { return false }
        return imageExtensions.contains(String(word[word.index(after: dot)...])) && word[..<dot].contains(where: \.isLetter)
    }

    /// Two to five words, the first capitalised and the last one digit, 1 to 9, with no
    /// punctuation: the label an image's alt text or file name leaves on a copied page
    /// (`Huawei UK 1`). A product's name ends in larger numbers most often (`Pixel 10`).
    static func isImageLabel(_ words: [Substring], _ line: Range<Int>, _ text: [UInt16]) -> Bool {
        guard (2...5).contains(words.count), let last = words.last, last.count == 1, ("1"..."9").contains(last),
            CodeUnit.isUppercase(text[line.lowerBound])
        else { return false }
        return text[line].allSatisfy { CodeUnit.isLetterOrDigit($0) || $0 == 0x20 || $0 == 0xA0 || $0 == 0x2D }
    }

    /// Credit labels of photo captions, lower case, in the languages mtlint knows and in
    /// Vietnamese (`Ảnh:`), whose sites are often machine-translated.
    static let creditLabels = ["foto", "photo", "bild", "ảnh", "image", "imagen", "imagem", "immagine", "fotografia"]

    /// The next line that is not blank, among the next three, is a photo caption: it has a credit
    /// label and a colon (`Der Huawei-Stand auf dem MWC 2024. Foto: Reuters .`), and does not
    /// name what the line above names (`label`, its last word and number in lower case): a
    /// heading above the picture of what it heads (`Google Pixel 9`, then `Il Pixel 9 in tre
    /// colori. Foto: Google`).
    static func nextLineIsCaption(after lineIndex: Int, _ map: SourceMap, _ text: [UInt16], without label: String) -> Bool {
        var next = lineIndex + 1
        while next < map.lineCount, next <= lineIndex + 3 {
            let line = map.lineRange(next, in: text)
            next += 1
            guard text[line].contains(where: { !CodeUnit.isWhitespace($0) }) else { continue }
            // The label stands near the caption's end; a long line is read only there.
            let tail = max(line.lowerBound, line.upperBound - 80)..<line.upperBound
            let lower = String(decoding: text[tail], as: UTF16.self).lowercased()
            let hasCredit = creditLabels.contains { credit in
                lower.contains(credit + ":") || lower.contains(credit + " :") || lower.contains(credit + "\u{A0}:")
                    || lower.contains(credit + "\u{202F}:")
            }
            guard hasCredit, line.count <= 400 else { return false }
            return !String(decoding: text[line], as: UTF16.self).lowercased().contains(label)
        }
        return false
    }
}
