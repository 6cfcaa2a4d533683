import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// Clean, professionally edited text in each language, with abbreviations, initials,
/// headings, quotations, French typography, decimals and web addresses: no rule may fire.
@Suite struct RulesOnCleanTextTests {
    @Test(arguments: [
        (
            "it",
            """
            Strategie per la crescita

            Il Sig. Rossi, ad della S.p.A. milanese, ha citato J. R. R. Tolkien e H. G. Wells, ecc., durante l'incontro. Secondo il rapporto (p. 12), i ricavi sono saliti del 3,5% e il titolo vale 4,5 dollari a New York.

            «Non vogliamo inseguire nessuno», ha detto. Poi ha aggiunto: \"Cresceremo piano piano\". La Silicon Valley, la Banca d'Italia e l'Unione europea osservano; il sito è https://www.example.it/notizie?id=3.

            Nel pre- e post-vendita l'azienda - dice il rapporto - ha investito molto... E adesso? Vedremo.

            Il presidente degli U.S.A. e il ministro dell'Economia hanno discusso di IA generativa e di Internet.
            """
        ),
        // The conventions of the Italian press: decades and institutions with capitals,
        // acronyms in title case, a dateline in capitals, a byline, a caption, old but legal
        // figure wording is at most an info note (not here: a figure rule of its own).
        (
            "it",
            """
            PECHINO, 3 MAR - Negli anni Ottanta il Paese cresceva, lo Stato investiva e la Borsa di Milano saliva. Secondo l'Istat il Pil degli Usa e della Ue cresce, ha detto l'Onu.

            di Mario Rossi

            Nella foto: il presidente della società con il ministro dell'Economia.

            La quota della Shell e della Apple sale. Il Presidente della Repubblica ha parlato ieri, e l'Unione Europea vota.
            """
        ),
        (
            "fr",
            """
            Stratégies pour la croissance

            M. Dupont, directeur de la S.A., a cité J. R. R. Tolkien, etc., lors de la réunion. Selon le rapport (p. 12), les revenus ont augmenté de 3,5\u{A0}% et l’action vaut 4,5 dollars.

            «\u{A0}Nous ne voulons suivre personne\u{A0}», a-t-il dit. Puis il a ajouté\u{A0}: «\u{A0}Nous grandirons\u{202F}!\u{A0}» Le site est https://www.example.fr/a?b=1.

            Le pré- et post-traitement coûte cher\u{202F}; la Silicon Valley observe. Et maintenant\u{202F}? Nous verrons.
            """
        ),
        (
            "en",
            """
            Strategies for Growth

            Mr. Smith, CEO of Acme Inc., cited J. R. R. Tolkien, e.g. in his talk, etc. According to the report (p. 12), revenue rose 3.5% and the stock is worth 4.5 dollars in the U.S. market.

            \"We do not want to chase anyone,\" he said. Then he added: \"We will grow.\" See https://example.com/a?b=1.

            The pre- and post-processing is costly; Silicon Valley is watching. What is it made of? We will see.
            """
        ),
        (
            "de",
            """
            Strategien für das Wachstum

            Herr Dr. Müller von der Muster GmbH zitierte z.B. J. R. R. Tolkien, usw. Laut dem Bericht (S. 12) stieg der Umsatz um 3,5 % und die Aktie kostet 4,5 Euro.

            „Wir wollen niemandem nachlaufen“, sagte er. Dann fügte er hinzu: „Wir wachsen.“ Er kommt morgen an. Die Seite ist https://example.de/a?b=1.

            Der Ein- und Ausgang liegt links; das Silicon Valley schaut zu.
            """
        ),
        (
            "es",
            """
            Estrategias de crecimiento

            El Sr. Pérez, director de la S.A., citó a J. R. R. Tolkien, etc., en la reunión. Según el informe (pág. 12), los ingresos subieron un 3,5 % y la acción vale 4,5 dólares.

            «No queremos perseguir a nadie», dijo. Luego añadió: “Creceremos”. ¿Y ahora? Veremos. El sitio es https://www.example.es/a?b=1.
            """
        ),
        (
            "pt",
            """
            Estratégias de crescimento

            O Sr. Silva, diretor da S.A., citou J. R. R. Tolkien, etc., na reunião. Segundo o relatório (pág. 12), a receita subiu 3,5% e a ação vale 4,5 dólares.

            «Não queremos perseguir ninguém», disse. Depois acrescentou: “Vamos crescer”. E agora? Veremos. O site é https://www.example.pt/a?b=1.
            """
        ),
        // The conventions of edited news that the rules once read as damage: periods and
        // institutions with capitals, a filmography after semicolons, a company whose name
        // holds `AI` opening a paragraph of an article that writes `IA`, a phrase inside
        // another, a product heading above its photo's caption.
        (
            "it",
            """
            Negli anni Settanta alcuni Paesi europei investivano, come nel primo Novecento. Il regista ha firmato molti film. Filmografia: La città di notte (1961); Il ponte (1966); Ritorno a casa (1989).

            L'IA cinese cresce e vale 3 miliardi di miliardi di yuan, secondo gli analisti.

            Moonshot AI, la società dietro Kimi, ha raccolto fondi. Secondo Ren Zhengfei, l'IA cambierà tutto.

            Google Pixel 9

            Il Pixel 9 in tre colori. Foto: Google
            """
        ),
        (
            "fr",
            """
            Selon certains Américains et plusieurs Européennes, l’outil écrit parfois « 10 cent millions » au lieu d’« un milliard ».
            """
        ),
        (
            "es",
            """
            La economía de México creció 3.5% en el trimestre y la inversión alcanzó 2,500 millones de dólares, según otros Gobiernos.
            """
        ),
        (
            "pt",
            """
            A despesa do Estado ascende a 118,7 mil milhões de euros, segundo o Governo.
            """
        ),
        // French typography with narrow no-break spaces, a company named after a common word
        // opening sentences in a text that writes IA.
        (
            "fr",
            """
            L’IA chinoise progresse. Les ventes de BYD\u{202F}; celles de BYD doublent. Et Moonshot AI\u{202F}? Moonshot AI recrute.

            Mistral AI répond. «\u{202F}Les prix baissent\u{202F}», dit-il, et les prix de l’IA aussi.

            À lire aussi\u{A0}: Mistral AI et l’IA européenne
            """
        ),
        // A table laid out with spaces, whose cells are long, and its prose with the percent
        // spelled out; rivals named like common words.
        (
            "it",
            """
            Nel 2025 il gruppo ha superato in Europa Tesla e le forniture Usa, con ricavi saliti del 12 per cento.

            Livello   Paesi                                            Accesso
            1         Germania, Giappone, Paesi Bassi e Corea del Sud   senza limiti, +12,5%
            2         Circa 120 Paesi, tra cui Italia e Spagna          con quote, +3,1%
            """
        ),
    ])
    func noFindings(_ language: String, _ text: String) throws {
        let report = try lint(text, language: language)
        #expect(report.diagnostics.map { "\($0.ruleID): \($0.text)" } == [])
    }
}
