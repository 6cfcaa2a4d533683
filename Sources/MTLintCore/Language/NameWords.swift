import MTLintText

/// What the name and term rules know of a language: the words that declare a second name for
/// the same thing (`Skylark, ora ribattezzato Doubao`), and the groups of interchangeable
/// forms of one term that an edited text does not mix (`AI` / `IA`).
public struct NameWords: Sendable {
    /// Words and phrases, lower case, between a name and another name of the same entity:
    /// `X (ora ribattezzato Y)`, `X, noto come Y`, `X, ex Y`.
    public var aliasMarkers: [String] = []
    /// Forms of one term, as written; a form in capitals matches only in capitals.
    public var termGroups: [[String]] = []

    public init() {}

    /// The forms of the term groups written in capitals (`AI`, `IA`, `KI`): acronyms, which
    /// lose their meaning in lower case and name a common noun before brackets.
    public var acronyms: Set<String> {
        Set(termGroups.joined().filter { form in form.count >= 2 && form.allSatisfy { $0.isUppercase || $0.isNumber } })
    }
}

package extension NameWords {
    static let italian: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "ora ribattezzato", "ora ribattezzata", "ribattezzato", "ribattezzata", "noto come", "nota come",
            "conosciuto come", "conosciuta come", "ex", "già", "alias", "detto", "detta", "poi diventato",
            "oggi", "ora", "in inglese", "in cinese", "cioè", "ovvero", "anche chiamato", "anche chiamata",
        ]
        words.termGroups = [["AI", "IA"], ["e-mail", "email"], ["online", "on-line"], ["start-up", "startup"], ["data center", "datacenter"]]
        return words
    }()

    static let french: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "anciennement", "aujourd'hui", "aujourd’hui", "désormais", "dit", "dite", "alias", "connu sous le nom de",
            "connue sous le nom de", "rebaptisé", "rebaptisée", "renommé", "renommée", "ex", "en anglais", "en chinois", "soit",
        ]
        words.termGroups = [["IA", "AI"], ["e-mail", "email", "courriel"], ["start-up", "startup"]]
        return words
    }()

    static let spanish: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "antes", "antiguo", "antigua", "ahora", "conocido como", "conocida como", "alias", "rebautizado como",
            "rebautizada como", "renombrado", "renombrada", "ex", "en inglés", "en chino", "es decir",
        ]
        words.termGroups = [["IA", "AI"], ["e-mail", "email"], ["start-up", "startup"]]
        return words
    }()

    static let portuguese: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "antigo", "antiga", "agora", "conhecido como", "conhecida como", "alias", "renomeado", "renomeada",
            "rebatizado", "rebatizada", "ex", "em inglês", "em chinês", "ou seja",
        ]
        words.termGroups = [["IA", "AI"], ["e-mail", "email"], ["start-up", "startup"]]
        return words
    }()

    static let german: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "ehemals", "früher", "vormals", "jetzt", "heute", "auch bekannt als", "bekannt als", "alias",
            "umbenannt in", "auf Englisch", "auf Chinesisch", "also",
        ]
        words.termGroups = [["KI", "AI"], ["E-Mail", "Email"], ["Start-up", "Startup"]]
        return words
    }()

    static let english: NameWords = {
        var words = NameWords()
        words.aliasMarkers = [
            "formerly", "now", "also known as", "known as", "aka", "a.k.a.", "renamed", "alias", "previously",
            "in chinese", "in english", "i.e.",
        ]
        words.termGroups = [["AI", "A.I."], ["e-mail", "email"], ["start-up", "startup"], ["online", "on-line"]]
        return words
    }()
}
