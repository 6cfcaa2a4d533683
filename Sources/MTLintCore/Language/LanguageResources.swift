import Dispatch
import Foundation
import ICU
import MTLintText

/// What rules read of a document's language besides its analysis: the language's hunspell
/// lexicon, English's (for phrases left in English), and ICU's names of languages (language
/// menus). Each is made once per process and kept; rules read them through
/// `Analysis.resources` and stay pure functions of the analysis.
///
/// Making them costs tens of milliseconds (docs/performance.md), so the linter calls `warm(for:in:)` as soon as a document's language is known: what the
/// text's shape says a rule will read is made on another thread while the document is
/// analyzed, and a rule that reads it before it is ready waits for it. A short text that
/// could not need a dictionary (no capital after a lower-case word, no English function
/// word) does not pay for one.
public struct LanguageResources: Sendable {
    public let locale: ICULocale

    public init(locale: ICULocale) {
        self.locale = locale
    }

    /// The language's hunspell dictionary; nil when none is installed.
    public var lexicon: Lexicon? { Lexicon.forLanguage(locale.language) }
    /// English's hunspell dictionary; nil when none is installed.
    public var englishLexicon: Lexicon? { Lexicon.forLanguage("en") }
    /// ICU's language names for a language menu in a text of this language.
    package var menuNames: [UInt32: [LanguageNames.MenuName]] { LanguageNames.names(for: locale) }

    /// Warm-ups in flight, so that a run can wait for them before it ends.
    private static let warming = DispatchGroup()
    /// What was warmed already, by key: each is started once per process.
    private static let started = Lock<Set<String>>([])

    /// Starts making, on other threads, what rules will likely read of `document` in
    /// `language`.
    public static func warm(for document: Document, in language: LanguageChoice) {
        let text = document.text
        let code = language.locale.language
        if language.profile != nil {
            let hasEnglishWords = code != "en" && mayHaveEnglishPhrase(text)
            if hasEnglishWords || hasCapitalAfterLowerCaseWord(text) {
                start("lexicon:" + code) { _ = Lexicon.forLanguage(code) }
            }
            if hasEnglishWords { start("lexicon:en") { _ = Lexicon.forLanguage("en") } }
        }
        if mayHoldLanguageMenu(text) {
            let locale = language.locale
            start("names:" + locale.identifier) { _ = LanguageNames.names(for: locale) }
        }
    }

    /// Waits until every warm-up started has ended: a run calls it before it returns, so
    /// that no dictionary is half read when the process exits.
    public static func waitForWarmUps() {
        warming.wait()
    }

    /// Each warm-up runs on a thread of its own, at a lower priority than the analysis: on
    /// two cores a two-file check analyzes its source and its target at once, and a
    /// dictionary read beside them (tens of milliseconds) slowed both, and with them the
    /// alignment that waits for both. The warm-up takes whatever core the analysis leaves,
    /// and a rule that needs it before it is ready waits for it as before. The thread ends
    /// with its warm-up, so no pooled thread keeps the lower priority.
    private static func start(_ key: String, _ make: @escaping @Sendable () -> Void) {
        guard started.withLock({ $0.insert(key).inserted }) else { return }
        warming.enter()
        let thread = Thread {
            lowerThisThreadsPriority()
            make()
            warming.leave()
        }
        thread.start()
    }

    /// Nice 15 for the calling thread only: Linux keeps a nice value per thread, and `who` 0
    /// names the calling thread.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 15)
        #endif
    }

    /// An English function word between spaces (` the `, ` of `, ` and `, ` to `) or a
    /// possessive `'s`: where a search for English phrases starts (text/untranslated).
    package static func mayHaveEnglishPhrase(_ text: [UInt16]) -> Bool {
        // Asked of every document in another language, most of which have none: the scan
        // looks at a space or an apostrophe and reads on only after `t`, `o` or `a`.
        var index = 0
        while index + 3 < text.count {
            defer { index += 1 }
            switch text[index] {
            case 0x27, 0x2019:
                if text[index + 1] == 0x73, text[index + 2] == 0x20, index > 0, CodeUnit.isLetter(text[index - 1]) { return true }
            case 0x20:
                if followsSpace(text, index, "the ") || followsSpace(text, index, "of ") || followsSpace(text, index, "and ")
                    || followsSpace(text, index, "to ")
                {
                    return true
                }
            default:
                continue
            }
        }
        return false
    }

    /// True when `word` (ASCII) stands right after the space at `index`.
    @inline(__always)
    private static func followsSpace(_ text: [UInt16], _ index: Int, _ word: StaticString) -> Bool {
        word.withUTF8Buffer { bytes in
            guard index + 1 + bytes.count <= text.count else { return false }
            for offset in 0..<bytes.count where text[index + 1 + offset] != UInt16(bytes[offset]) { return false }
            return true
        }
    }

    /// A capital after a lower-case letter and a space: the shape every capital-mid-sentence
    /// candidate has.
    static func hasCapitalAfterLowerCaseWord(_ text: [UInt16]) -> Bool {
        text.indices.dropFirst(2).contains { CodeUnit.isUppercase(text[$0]) && text[$0 - 1] == 0x20 && CodeUnit.isLowercase(text[$0 - 2]) }
    }

    /// Three letters that could start a language's name as a menu writes it: capitalised
    /// (`English`, `Русский`) or in a script without case (`日本語`). A text with fewer
    /// holds no menu.
    package static func mayHoldLanguageMenu(_ text: some Collection<UInt16>) -> Bool {
        var count = 0
        for unit in text where CodeUnit.isUppercase(unit) || (unit >= 0x250 && CodeUnit.isLetter(unit) && !CodeUnit.isLowercase(unit)) {
            count += 1
            if count == 3 { return true }
        }
        return false
    }
}
