import Foundation
import MTLintText

/// The interface text of news sites that scraping and machine translation paste into the
/// body of an article: advertisement labels, close buttons, share and read-more links,
/// reading times. ICU has no list of these; they are kept here per language, in lower case,
/// as a whole line reads once its spaces are collapsed. English labels are checked in every
/// language, since sites leave them untranslated.
package enum PageFurniture {
    /// Labels of a language, by ISO 639 code.
    static let labels: [String: Set<String>] = [
        "en": [
            "advertisement", "advertising", "sponsored", "sponsored content", "close ad", "close the ad",
            "skip ad", "read more", "read also", "see also", "share", "share this", "share this article",
            "share on facebook", "share on twitter", "click here to read more", "related articles",
            "related posts", "you may also like", "recommended for you", "subscribe to our newsletter",
            "sign up for our newsletter", "continue reading", "back to top", "print this article",
            "leave a comment", "load more", "show more", "cookie settings", "accept cookies",
        ],
        "it": [
            "pubblicità", "annuncio", "annuncio pubblicitario", "chiudi l'annuncio", "chiudi l’annuncio",
            "chiudi annuncio", "chiudi la pubblicità", "contenuto sponsorizzato", "leggi anche",
            "leggi di più", "leggi tutto", "continua a leggere", "condividi", "condividi l'articolo",
            "condividi l’articolo", "condividi su facebook", "condividi su twitter", "articoli correlati",
            "potrebbe interessarti anche", "ti potrebbe interessare", "iscriviti alla newsletter",
            "torna su", "torna all'inizio", "torna all’inizio", "stampa l'articolo", "stampa l’articolo",
            "lascia un commento", "carica altri", "mostra di più",
        ],
        "fr": [
            "publicité", "annonce", "fermer la publicité", "fermer l'annonce", "fermer l’annonce",
            "contenu sponsorisé", "lire aussi", "à lire aussi", "lire la suite", "partager",
            "partager cet article", "partager sur facebook", "articles similaires", "sur le même sujet",
            "abonnez-vous à notre newsletter", "inscrivez-vous à notre newsletter", "retour en haut",
            "laisser un commentaire", "voir plus", "charger plus",
        ],
        "es": [
            "publicidad", "anuncio", "cerrar anuncio", "cerrar publicidad", "contenido patrocinado",
            "lee también", "leer también", "leer más", "seguir leyendo", "compartir", "compartir artículo",
            "compartir en facebook", "artículos relacionados", "te puede interesar", "también te puede interesar",
            "suscríbete a nuestro boletín", "volver arriba", "deja un comentario", "ver más", "cargar más",
        ],
        "pt": [
            "publicidade", "anúncio", "fechar anúncio", "fechar publicidade", "conteúdo patrocinado",
            "leia também", "leia mais", "continue lendo", "continuar a ler", "compartilhar", "partilhar",
            "compartilhe", "partilhe este artigo", "compartilhar no facebook", "artigos relacionados",
            "você também pode gostar", "assine a nossa newsletter", "voltar ao topo", "deixe um comentário",
            "ver mais", "carregar mais",
        ],
        "de": [
            "anzeige", "werbung", "werbung schließen", "anzeige schließen", "gesponserter inhalt",
            "auch interessant", "das könnte sie auch interessieren", "lesen sie auch", "weiterlesen",
            "mehr lesen", "mehr dazu", "teilen", "artikel teilen", "auf facebook teilen", "ähnliche artikel",
            "newsletter abonnieren", "zum newsletter anmelden", "nach oben", "kommentar schreiben",
            "mehr anzeigen", "mehr laden",
        ],
    ]

    /// Words for minutes and for reading, for `12 mins read`, `3 minuti di lettura`,
    /// `Lesezeit: 4 Min.`: any language's, since sites mix them.
    static let minuteWords: Set<String> = ["min", "mins", "minute", "minutes", "minuti", "minuto", "minutos", "minuten", "minutas"]
    static let readingPhrases: Set<String> = [
        "read", "reading time", "di lettura", "tempo di lettura", "lettura", "de lecture", "temps de lecture",
        "de lectura", "tiempo de lectura", "lectura", "de leitura", "tempo de leitura", "leitura", "lesezeit",
        "lesedauer",
    ]

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
        let words = line.split(whereSeparator: { $0 == " " || $0 == ":" }).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        guard let numberIndex = words.firstIndex(where: { !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              numberIndex + 1 < words.count, minuteWords.contains(words[numberIndex + 1]) else { return false }
        let before = words[..<numberIndex].joined(separator: " ")
        let after = words[(numberIndex + 2)...].joined(separator: " ")
        return (before.isEmpty && readingPhrases.contains(after)) || (after.isEmpty && readingPhrases.contains(before))
    }
}
