import MTLintText

/// The text conventions of each language mtlint has a profile for. Abbreviations are those
/// of news prose (style guides of the national press agencies list them); dangling words are
/// the articles and prepositions that need a noun after them.
package extension TextWords {
    static let italian: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "ecc", "p.es", "es", "sig", "sigg", "sig.ra", "dott", "dott.ssa", "prof", "prof.ssa", "ing", "avv",
            "s.p.a", "s.r.l", "s.a.s", "art", "artt", "pag", "pagg", "cfr", "vol", "n", "nr", "ca", "min", "max",
            "tel", "fig", "cap", "c.a", "d.lgs", "ecc.ecc", "u.s.a", "mld", "mln", "mio", "mrd", "on", "sen", "gen", "col",
            "sec", "secc", "cit", "ibid", "tab", "ss", "sgg", "rag", "geom", "arch", "mons",
        ]
        words.danglingWords = [
            "di", "da", "in", "con", "per", "tra", "fra", "del", "dello", "della", "dei", "degli", "delle",
            "al", "allo", "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle",
            "nel", "nello", "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli", "sulle",
            "il", "i", "un",
        ]
        // `dei` is also a noun (`gli dei`, the gods), which ends sentences.
        words.danglingWords.remove("dei")
        words.conjunctions = ["e", "ed", "o", "od", "oppure"]
        words.splitsElisions = true
        words.quotePairs = [("«", "»"), ("“", "”")]
        return words
    }()

    static let french: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "etc", "p.ex", "cf", "env", "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "av",
            "apr", "j.-c", "n", "no", "p", "pp", "vol", "chap", "fig", "tél", "éd", "coll", "min", "max", "s.a",
            "ex", "hab", "mgr", "resp", "ibid",
        ]
        // Not `un`, `une`: pronouns that end sentences (`il en reste une`).
        words.danglingWords = ["de", "du", "des", "au", "aux", "les", "dans", "sur", "pour", "par"]
        words.conjunctions = ["et", "ou"]
        words.splitsElisions = true
        words.quotePairs = [("«", "»"), ("“", "”")]
        words.spacesAroundHighPunctuation = true
        return words
    }()

    static let spanish: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "etc", "p.ej", "sr", "sra", "sres", "srta", "dr", "dra", "d", "dña", "ud", "uds", "pág", "págs", "núm",
            "aprox", "cap", "fig", "vol", "s.a", "s.l", "av", "avda", "tel", "min", "máx", "mín", "ee.uu", "n",
            "ej", "vd", "vds", "sig", "sigs", "ibid", "excmo", "excma", "gral", "lic",
        ]
        words.danglingWords = ["de", "del", "el", "los", "las", "un", "unos", "al", "en", "con", "por", "para", "sin"]
        words.conjunctions = ["y", "e", "o", "u"]
        words.quotePairs = [("«", "»"), ("“", "”")]
        return words
    }()

    static let portuguese: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "etc", "p.ex", "sr", "sra", "srs", "dr", "dra", "pág", "págs", "n", "nº", "cap", "fig", "vol",
            "s.a", "ltda", "av", "tel", "min", "máx", "mín", "aprox", "eua", "ex", "exmo", "exma", "profa",
        ]
        // Not `um`: also the numeral, which ends sentences (`todos deveriam ter um`).
        words.danglingWords = ["de", "do", "da", "dos", "das", "uns", "no", "na", "nos", "nas", "em", "com", "para", "pelo", "pela", "ao", "aos"]
        words.conjunctions = ["e", "ou"]
        words.quotePairs = [("«", "»"), ("“", "”")]
        return words
    }()

    static let german: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "z.b", "usw", "bzw", "ca", "nr", "s", "vgl", "d.h", "u.a", "dr", "prof", "hr", "fr", "mio", "mrd",
            "str", "tel", "abs", "art", "bzgl", "evtl", "ggf", "inkl", "max", "min", "o.ä", "sog", "u.ä", "zzgl", "gmbh", "ag",
            "chr", "jh", "jhd", "std", "hrsg", "co", "inc", "geb", "gest", "ehem", "ebd", "bd", "bde", "kap",
        ]
        // Articles and separable prefixes can end German sentences (`Er kommt an.`), so only
        // contracted prepositions are listed.
        words.danglingWords = ["zum", "zur", "vom", "beim", "des"]
        words.conjunctions = ["und", "oder", "bzw", "sowie"]
        words.quotePairs = [("„", "“"), ("»", "«"), ("«", "»")]
        return words
    }()

    static let english: TextWords = {
        var words = TextWords()
        words.abbreviations = [
            "etc", "e.g", "i.e", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "approx", "u.s", "u.k", "u.s.a",
            "inc", "ltd", "co", "corp", "jr", "sr", "no", "fig", "vol", "p", "pp", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
        ]
        // English sentences may end on a preposition (`what is it made of?`): articles only.
        words.danglingWords = ["the", "an"]
        words.conjunctions = ["and", "or"]
        words.quotePairs = [("“", "”")]
        return words
    }()
}
