import MTLintCore
import MTLintText

/// source/addition: a translation with text its source does not have.
struct SourceAdditionRule: Rule {
    static let metadata = RuleMetadata(
        id: "source/addition",
        severity: .warning,
        category: .accuracy,
        summary: "A translation has text its source does not have.",
        explanation: """
            A target segment with words whose source is empty (a unit with only a target; \
            what an aligner makes of a sentence of the translation that no source sentence \
            matches) is text added in translation: invented, or carried over from elsewhere. \
            So is a target far longer than its source allows: more than three times the \
            expected length (see source/truncated for how it is estimated), with at least two \
            sentences more than the source. Both are conservative: a source empty or without \
            letters needs a target of 20 letters or more (about seven Han characters), in a \
            file where other units have sources; a source needs ten letters or more for its \
            target to be too long.

            Not flagged: a short target beside an empty source; a long translation of one \
            sentence (languages differ in length); a short source (`Done.`) whose \
            translation explains more; a source without spaces, a key rather than a text \
            (`translator-credits`, translated with the translators' names).
            """,
        examples: [
            .flags("en", " ", "it", "⟦Questa frase non ha alcuna origine nel testo di partenza.⟧", suggestion: nil)
                .after([.init("The report was published today.", "Il rapporto è stato pubblicato oggi.")]),
            .flags(
                "zh", "公司今天宣布将在欧洲裁员。", "it",
                """
                ⟦L'azienda annuncia licenziamenti in Europa. Il sindacato protesta con forza contro la decisione. \
                Lo sciopero generale è previsto per lunedì prossimo.⟧
                """,
                suggestion: nil),
            .passes("en", " ", "it", "OK").after([.init("The report was published today.", "Il rapporto è stato pubblicato oggi.")]),
            .passes(
                "zh", "公司今天宣布将在欧洲裁员。", "it",
                "L'azienda ha annunciato oggi un piano di licenziamenti in Europa per ridurre i costi del personale."),
            .passes("en", "Done.", "it", "Fatto. Tutti i file sono stati salvati. Puoi chiudere la finestra."),
            .passes(
                "en", "translator-credits", "it",
                "Maria Rossi <maria@example.org>, 2019. Luca Bianchi <luca@example.org>, 2021. Anna Verdi <anna@example.org>, 2023."),
            .passes(
                "en", "The file could not be saved.", "fr",
                "Le fichier n'a pas pu être enregistré. Vérifiez les droits d'accès."),
        ]
    )

    func check(_ analysis: Analysis) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        let lengths = SourceLengths(analysis, bilingual)
        let sources = bilingual.source.text
        // A file without any source (a TMX read with a source language it does not have) has
        // no sources to compare with: its targets are not additions.
        let hasSources = bilingual.units.contains { SourceUnits.hasContent(sources, $0.source) }
        var found: [Diagnostic] = []
        for unit in bilingual.units {
            let target = SourceLengths.count(analysis.text, unit.target)
            guard target.letters > 0 else { continue }
            let trimmed = SourceUnits.trimmed(analysis.text, unit.target)
            let range = trimmed.startIndex..<trimmed.endIndex
            let source = SourceLengths.count(sources, unit.source)
            if source.letters == 0 {
                guard hasSources else { continue }
                // About three Latin letters per Han, kana or Hangul character.
                guard target.letters + 2 * target.wide >= 20 else { continue }
                found.append(diagnostic(range, "the target has no source: text added in translation", related: [SourceUnits.related(unit)]))
                continue
            }
            // A key rather than a text (`translator-credits`, whose target lists the translators).
            // (Chinese and Japanese texts have no spaces to tell.)
            guard source.letters >= 10,
                source.wide * 2 > source.letters || bilingual.source.text[unit.source].contains(where: CodeUnit.isWhitespace)
            else { continue }
            let (expected, ratio) = lengths.expected(source: source, target: target)
            guard target.letters > 3 * expected else { continue }
            let targetSentences = SourceLengths.sentences(analysis, unit.target)
            let sourceSentences = max(1, SourceLengths.sentences(bilingual.source, unit.source))
            guard targetSentences >= sourceSentences + 2 else { continue }
            found.append(
                diagnostic(
                    range,
                    "the target has \(targetSentences) sentences and \(target.letters) letters for a source of \(sourceSentences) "
                        + "and \(source.letters) letters (about \(expected) expected, \(lengths.origin(ratio))): text the source does not have",
                    related: [SourceUnits.related(unit)]))
        }
        return found
    }
}
