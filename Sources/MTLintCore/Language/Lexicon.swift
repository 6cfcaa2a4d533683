import CSpell
import Foundation
import MTLintText

/// A language's dictionary from hunspell (Debian's hunspell-it, hunspell-fr ...), used as a
/// lexicon: is a word a common word of the language, and is a capitalised word listed as a
/// proper noun? Found at run time in $DICPATH, /usr/share/hunspell or /usr/share/myspell;
/// without one, rules that use it rely on the document's own evidence only.
///
/// One per language for the whole process, loaded on first use. Every hunspell call, for any
/// language, is serialised by one process-wide lock: hunspell initialises shared tables
/// lazily and is not thread-safe even across handles. Lookups are rare (only for suspicious
/// words) and cached.
public final class Lexicon: Sendable {
    /// The dictionary's name, e.g. `it_IT`.
    public let name: String
    /// The hunspell handle, used only under `hunspellLock`, hence unchecked.
    private struct Handle: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private let handle: Handle
    private let commonWordCache = Lock(BoundedCache<String, Bool>(limit: 100_000))

    /// Serialises every call into hunspell, for all languages.
    private static let hunspellLock = Lock(())

    /// Capitalised entries of the dictionary (`Roma`, `Internet`): proper nouns.
    public let properNouns: Set<String>

    private init(name: String, handle: OpaquePointer, properNouns: Set<String>) {
        self.name = name
        self.properNouns = properNouns
        self.handle = Handle(pointer: handle)
    }

    deinit {
        Self.hunspellLock.withLock { _ in cspell_close(handle.pointer) }
    }

    /// True when hunspell accepts `lowercased` (inflected forms included) as a word.
    public func isCommonWord(_ lowercased: String) -> Bool {
        if let cached = commonWordCache.withLock({ $0[lowercased] }) { return cached }
        let known = Self.hunspellLock.withLock { _ in cspell_check(handle.pointer, lowercased) != 0 }
        commonWordCache.withLock { $0[lowercased] = known }
        return known
    }

    // MARK: Finding dictionaries

    /// One slot per language: a language being loaded makes only its own users wait, not
    /// those of a language already loaded.
    private final class Slot: Sendable {
        let lexicon = Lock<Lexicon??>(nil)
    }

    private static let slots = Lock<[String: Slot]>([:])

    /// The lexicon for a language (`it`, `pt-BR`), or nil when no dictionary is installed.
    public static func forLanguage(_ language: String, region: String? = nil) -> Lexicon? {
        let key = region.map { "\(language)_\($0)" } ?? language
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Slot()
            slots[key] = slot
            return slot
        }
        return slot.lexicon.withLock { lexicon in
            if let loaded = lexicon { return loaded }
            let loaded = load(language: language, region: region)
            lexicon = .some(loaded)
            return loaded
        }
    }

    /// Dictionary names to try for a language, most usual first: the region's, the ones its
    /// language file names (LanguageProfile.dictionaries), or for another language the usual
    /// hunspell name (`nl_NL`), then the bare language.
    static func candidates(language: String, region: String?) -> [String] {
        var names: [String] = []
        if let region { names.append("\(language)_\(region)") }
        names += LanguageProfile.named(language)?.dictionaries ?? ["\(language)_\(language.uppercased())"]
        names.append(language)
        return names
    }

    static var searchFolders: [String] {
        let environment = ProcessInfo.processInfo.environment
        let fromEnvironment = (environment["DICPATH"] ?? "").split(separator: ":").map(String.init)
        return fromEnvironment + ["/usr/share/hunspell", "/usr/share/myspell", "/usr/local/share/hunspell"]
    }

    private static func load(language: String, region: String?) -> Lexicon? {
        for name in candidates(language: language, region: region) {
            for folder in searchFolders {
                let affix = "\(folder)/\(name).aff", words = "\(folder)/\(name).dic"
                guard FileManager.default.fileExists(atPath: words),
                    let handle = hunspellLock.withLock({ _ in cspell_open(affix, words) })
                else { continue }
                return Lexicon(name: name, handle: handle, properNouns: properNouns(in: words))
            }
        }
        return nil
    }

    /// Entries written with a capital in the .dic file (one entry per line, `word/FLAGS`).
    /// Read as bytes: splitting a dictionary of a megabyte or more into Characters was most
    /// of the first check that needed it (docs/performance.md); only capitalised entries
    /// become Strings.
    private static func properNouns(in path: String) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        var result = Set<String>()
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var lineStart = bytes.firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count  // line 1 is the entry count
            while lineStart < bytes.count {
                var end = lineStart
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x2F, bytes[end] != 0x09, bytes[end] != 0x20, bytes[end] != 0x0D
                { end += 1 }
                let first = bytes[lineStart]
                // A capital: ASCII A-Z, or a non-ASCII letter, decoded and checked below.
                if end - lineStart > 1, (0x41...0x5A).contains(first) || first >= 0xC0 {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<end]), as: UTF8.self)
                    if first < 0x80 || word.unicodeScalars.first?.properties.isUppercase == true, word.count > 1 {
                        result.insert(word)
                    }
                }
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineStart = end + 1
            }
        }
        return result
    }
}
