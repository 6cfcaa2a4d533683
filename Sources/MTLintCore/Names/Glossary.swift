import Dispatch
import MTLintText

/// Entities whose names machine translation gets wrong, with their right name per language and
/// the wrong renderings to flag (docs/glossary.md describes the file format). mtlint ships a
/// default glossary (Resources/default-glossary.yml, compiled to JSON: CompiledGlossary.swift);
/// users add theirs with `--glossary`.
public struct Glossary: Sendable {
    public struct Entity: Sendable, Equatable, Codable {
        public var id: String
        public var kind: String
        /// The name in its original script (`豆包`).
        public var original: String?
        /// Right names: `default` and per-language entries (`it`, `fr` ...).
        public var canonical: [String: String]
        /// Other legitimate names of the same entity (former names, international brands).
        public var also: [String]
        /// The id of the entity that owns this one, if it is in the glossary.
        public var owner: String?
        /// Wrong renderings per language code.
        public var wrong: [String: [WrongRendering]]
        public var note: String?
        /// Where the entity's facts come from.
        public var sources: [String] = []
        /// The file the entity was read from, for messages.
        public var origin: String = ""

        /// Every field but the origin, which belongs to the reading, not to the entity.
        enum CodingKeys: String, CodingKey {
            case id, kind, original, canonical, also, owner, wrong, note, sources
        }

        /// The right name in `language` (`pt-BR` falls back to `pt`, then to `default`).
        public func canonicalName(in language: String) -> String? {
            let base = String(language.prefix { $0 != "-" && $0 != "_" })
            return canonical[language] ?? canonical[base] ?? canonical["default"] ?? canonical.values.sorted().first
        }

        /// Every legitimate name: canonical ones, `also`, the original.
        public var rightNames: [String] {
            Array(Set(canonical.values)).sorted() + also + (original.map { [$0] } ?? [])
        }
    }

    /// A rendering that is wrong for an entity in one language.
    public struct WrongRendering: Sendable, Equatable, Codable {
        public var text: String
        /// Flag it only when the document also names the entity or its owner: the rendering
        /// is an ordinary word elsewhere (`pouf`, `bottoni`).
        public var requiresMention: Bool
    }

    public var entities: [Entity] {
        didSet {
            renderings = Self.index(entities)
            entityByNameKey = Self.nameKeyIndex(entities)
        }
    }

    /// The first entity with a canonical name of each name key (NameFinder.key, in lower
    /// case): name/variant asks it for every name spelled two ways.
    private(set) var entityByNameKey: [String: Int] = [:]

    /// The index of the entity whose canonical name, in any language, has name key `key`.
    package func entityIndex(withNameKey key: String) -> Int? {
        entityByNameKey[key]
    }

    /// The entity whose canonical name, in any language, has name key `key`.
    package func entity(withNameKey key: String) -> Entity? {
        entityByNameKey[key].map { entities[$0] }
    }

    private static func nameKeyIndex(_ entities: [Entity]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, entity) in entities.enumerated() {
            for name in entity.canonical.values {
                let key = NameFinder.key(name, { nil }).lowercased()
                if index[key] == nil { index[key] = position }
            }
        }
        return index
    }

    /// A wrong rendering with its entity, ready to compare with a document's code units.
    package struct IndexedRendering: Sendable {
        package let entity: Int
        package let rendering: WrongRendering
        package let units: [UInt16]
    }

    /// Per language, the wrong renderings by their first two code units (see `startKey`),
    /// longest first: built once per glossary, not per document. Two units, not one: a word
    /// is then compared with one or two renderings instead of a dozen.
    package private(set) var renderings: [String: [UInt32: [IndexedRendering]]] = [:] {
        didSet { renderingStarts = Self.sieves(renderings) }
    }

    /// Per language, a KeyFilter of the renderings' starts: of their first four code units
    /// (`prefixKey`), or of their `startKey` when they are shorter. Most words of a text start
    /// no rendering and are passed over without a lookup; two units alone (`co`, `la`, `pr`)
    /// let through nearly half the words of an Italian text.
    package private(set) var renderingStarts: [String: KeyFilter] = [:]

    private static func sieves(_ renderings: [String: [UInt32: [IndexedRendering]]]) -> [String: KeyFilter] {
        renderings.mapValues { lists in
            KeyFilter(
                lists.flatMap { key, list in
                    list.map { $0.units.count >= 4 ? prefixKey($0.units[...]) : UInt64(key) }
                })
        }
    }

    /// The key of the first four code units of a rendering, or of the text at a word: as
    /// `startKey` does for two, the first folded to lower case and the apostrophes as one.
    /// Above 2^48, apart from every `startKey`.
    @inline(__always)
    package static func prefixKey(_ units: ArraySlice<UInt16>) -> UInt64 {
        let start = units.startIndex
        func apostropheAsOne(_ unit: UInt16) -> UInt64 { UInt64(unit == 0x2019 ? 0x27 : unit) }
        return UInt64(CodeUnit.foldedKey(units[start])) << 48 | apostropheAsOne(units[start + 1]) << 32
            | apostropheAsOne(units[start + 2]) << 16 | apostropheAsOne(units[start + 3])
    }

    /// The key of a rendering, or of a word of the text, by its first two code units: the
    /// first folded to lower case (a rendering may be capitalised in the text), the apostrophes
    /// `'` and `’` as one. A one-unit rendering is keyed with its unit alone.
    package static func startKey(_ first: UInt16, _ second: UInt16?) -> UInt32 {
        let second = second.map { $0 == 0x2019 ? 0x27 : $0 } ?? 0xFFFF
        return UInt32(CodeUnit.foldedKey(first)) << 16 | UInt32(second)
    }

    public init(entities: [Entity] = []) {
        self.entities = entities
        self.renderings = Self.index(entities)
        self.renderingStarts = Self.sieves(renderings)
        self.entityByNameKey = Self.nameKeyIndex(entities)
    }

    private static func index(_ entities: [Entity]) -> [String: [UInt32: [IndexedRendering]]] {
        var index: [String: [UInt32: [IndexedRendering]]] = [:]
        for (position, entity) in entities.enumerated() {
            for (language, list) in entity.wrong {
                for rendering in list {
                    let units = Array(rendering.text.utf16)
                    guard let first = units.first else { continue }
                    index[language, default: [:]][startKey(first, units.count > 1 ? units[1] : nil), default: []]
                        .append(IndexedRendering(entity: position, rendering: rendering, units: units))
                }
            }
        }
        // English calques of a name (`Dark Side of the Moon`) reach other languages through
        // pivot translation: the capitalised ones of three words or more are looked for in
        // every language.
        let englishCalques = (index["en"] ?? [:]).values.joined().filter { rendering in
            rendering.rendering.text.split(separator: " ").count >= 3 && rendering.rendering.text.first?.isUppercase == true
        }
        for language in index.keys where language != "en" {
            for rendering in englishCalques {
                let key = startKey(rendering.units[0], rendering.units.count > 1 ? rendering.units[1] : nil)
                if index[language]![key, default: []].contains(where: { $0.units == rendering.units }) { continue }
                index[language]![key, default: []].append(rendering)
            }
        }
        for language in index.keys {
            for key in index[language]!.keys { index[language]![key]!.sort { $0.units.count > $1.units.count } }
        }
        return index
    }

    /// This glossary, then `other`; an entity of `other` with the same id replaces this one's.
    public func merged(with other: Glossary) -> Glossary {
        var byID: [String: Int] = [:]
        var result = entities
        for (index, entity) in result.enumerated() { byID[entity.id] = index }
        for entity in other.entities {
            if let index = byID[entity.id] {
                result[index] = entity
            } else {
                byID[entity.id] = result.count
                result.append(entity)
            }
        }
        return Glossary(entities: result)
    }

    public func entity(withID id: String) -> Entity? {
        entities.first { $0.id == id }
    }

    /// Starts decoding `builtIn` on another thread, so that a check can read its
    /// input and analyze it meanwhile; the first use of `builtIn` waits for the rest.
    public static func decodeInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = builtIn }
    }

    /// The glossary that ships with mtlint, read from its compiled form.
    public static let builtIn: Glossary = {
        do {
            return try CompiledGlossary.decode(PackageResources.default_glossary_json, origin: CompiledGlossary.defaultOrigin)
        } catch {
            // The file is checked by a test; a broken build must not crash users.
            return Glossary()
        }
    }()
}

/// A glossary file that cannot be used, with the file and the reason (and line where known).
public struct GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public init(path: String, line: Int? = nil, message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
