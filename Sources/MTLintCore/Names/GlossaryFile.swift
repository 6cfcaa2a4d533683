import Foundation
import MTLintText
import Yams

/// Reads glossaries: mtlint's YAML format (docs/glossary.md) and TBX-Basic, the termbase
/// exchange format (ISO 30042) that translation tools export.
public enum GlossaryFile {
    /// Reads the file at `path`, by its extension: `.tbx` or `.xml` as TBX, else YAML.
    public static func load(path: String) throws(GlossaryError) -> Glossary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GlossaryError(path: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        return try decode(data: data, path: path)
    }

    /// Reads the bytes of a glossary file named `path`: TBX when the name ends in `.tbx` or
    /// `.xml` or the text starts with an XML declaration, else YAML.
    public static func decode(data: Data, path: String) throws(GlossaryError) -> Glossary {
        guard let text = String(data: data, encoding: .utf8) else {
            throw GlossaryError(path: path, message: "is not UTF-8 text")
        }
        let lower = path.lowercased()
        if lower.hasSuffix(".tbx") || lower.hasSuffix(".xml") || text.hasPrefix("<?xml") {
            return try TBXGlossary.decode(data: data, path: path)
        }
        return try decode(yaml: text, path: path)
    }

    static let languages: Set<String> = Set(LanguageProfile.all.map(\.code))
    static let kinds: Set<String> = ["company", "product", "model", "service", "media", "organisation", "slogan", "person", "place"]
    static let entityKeys = ["id", "kind", "original", "pinyin", "canonical", "also", "owner", "wrong", "note", "sources"]

    /// Decodes mtlint's YAML glossary; errors name the line and, for an unknown key, the
    /// nearest valid one.
    public static func decode(yaml: String, path: String) throws(GlossaryError) -> Glossary {
        let root: Node
        do {
            // Every value of a glossary is a string (the version is read as one), so Yams'
            // basic resolver will do: its default one runs regular expressions on each scalar.
            guard let node = try Yams.compose(yaml: yaml, .basic) else { return Glossary() }
            root = node
        } catch let error as YamlError {
            throw GlossaryError(path: path, line: Self.line(of: error), message: "is not valid YAML: \(Self.problem(of: error))")
        } catch {
            throw GlossaryError(path: path, message: "is not valid YAML: \(error)")
        }
        guard let top = root.mapping else {
            throw GlossaryError(path: path, line: line(root), message: "must be a mapping with `version` and `entities`")
        }
        try checkKeys(top, allowed: ["version", "entities"], path: path)
        guard let version = top["version"] else { throw GlossaryError(path: path, message: "has no `version` (write `version: 1`)") }
        guard version.string == "1" else { throw GlossaryError(path: path, line: line(version), message: "`version` must be 1") }
        guard let list = top["entities"]?.sequence else {
            throw GlossaryError(path: path, line: line(root), message: "`entities` must be a list")
        }
        var entities: [Glossary.Entity] = []
        var seen = Set<String>()
        for node in list {
            let entity = try decodeEntity(node, path: path)
            guard seen.insert(entity.id).inserted else {
                throw GlossaryError(path: path, line: line(node), message: "entity `\(entity.id)` is defined twice")
            }
            entities.append(entity)
        }
        for entity in entities {
            if let owner = entity.owner, !seen.contains(owner) {
                throw GlossaryError(path: path, message: "entity `\(entity.id)` names owner `\(owner)`, which is not in this glossary")
            }
        }
        return Glossary(entities: entities)
    }

    private static func decodeEntity(_ node: Node, path: String) throws(GlossaryError) -> Glossary.Entity {
        guard let mapping = node.mapping else {
            throw GlossaryError(path: path, line: line(node), message: "each entity must be a mapping")
        }
        try checkKeys(mapping, allowed: entityKeys, path: path)
        func string(_ key: String, required: Bool = false) throws(GlossaryError) -> String? {
            guard let value = mapping[key] else {
                if required { throw GlossaryError(path: path, line: line(node), message: "an entity has no `\(key)`") }
                return nil
            }
            guard let text = value.string, !text.isEmpty else {
                throw GlossaryError(path: path, line: line(value), message: "`\(key)` must be a non-empty string")
            }
            return text
        }
        let id = try string("id", required: true)!
        let kind = try string("kind") ?? "organisation"
        guard kinds.contains(kind) else {
            throw GlossaryError(
                path: path, line: line(mapping["kind"]!),
                message: "entity `\(id)`: kind `\(kind)` is not one of \(kinds.sorted().joined(separator: ", "))")
        }
        var canonical: [String: String] = [:]
        if let node = mapping["canonical"] {
            if let name = node.string {
                canonical["default"] = name
            } else if let names = node.mapping {
                for (key, value) in names {
                    guard let language = key.string, let name = value.string, !name.isEmpty else {
                        throw GlossaryError(path: path, line: line(value), message: "entity `\(id)`: `canonical` maps languages to names")
                    }
                    canonical[language] = name
                }
            } else {
                throw GlossaryError(
                    path: path, line: line(node), message: "entity `\(id)`: `canonical` must be a name or a mapping of languages to names")
            }
        }
        guard !canonical.isEmpty else {
            throw GlossaryError(path: path, line: line(node), message: "entity `\(id)` has no `canonical` name")
        }
        var also: [String] = []
        if let node = mapping["also"] {
            guard let list = node.sequence?.compactMap(\.string), list.count == node.sequence?.count else {
                throw GlossaryError(path: path, line: line(node), message: "entity `\(id)`: `also` must be a list of names")
            }
            also = list
        }
        var wrong: [String: [Glossary.WrongRendering]] = [:]
        if let node = mapping["wrong"] {
            guard let byLanguage = node.mapping else {
                throw GlossaryError(path: path, line: line(node), message: "entity `\(id)`: `wrong` maps languages to lists of renderings")
            }
            for (key, value) in byLanguage {
                guard let language = key.string, let items = value.sequence else {
                    throw GlossaryError(
                        path: path, line: line(value), message: "entity `\(id)`: `wrong` maps languages to lists of renderings")
                }
                wrong[language] = try items.map { (item) throws(GlossaryError) -> Glossary.WrongRendering in
                    if let text = item.string, !text.isEmpty { return Glossary.WrongRendering(text: text, requiresMention: false) }
                    if let fields = item.mapping, let text = fields["text"]?.string, !text.isEmpty,
                        fields.count == 1 || (fields.count == 2 && fields["when"]?.string == "mentioned")
                    {
                        return Glossary.WrongRendering(text: text, requiresMention: fields["when"] != nil)
                    }
                    throw GlossaryError(
                        path: path, line: line(item),
                        message: "entity `\(id)`: a wrong rendering is a string or `{text: ..., when: mentioned}`")
                }
            }
        }
        let sources = mapping["sources"]?.sequence?.compactMap(\.string) ?? []
        return Glossary.Entity(
            id: id, kind: kind, original: try string("original"), canonical: canonical, also: also,
            owner: try string("owner"), wrong: wrong, note: try string("note"), sources: sources, origin: path)
    }

    private static func checkKeys(_ mapping: Node.Mapping, allowed: [String], path: String) throws(GlossaryError) {
        for (key, _) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let nearest = allowed.min { editDistance($0, name) < editDistance($1, name) } ?? ""
            throw GlossaryError(path: path, line: line(key), message: "unknown key `\(name)` (did you mean `\(nearest)`?)")
        }
    }

    static func line(_ node: Node) -> Int? { node.mark.map { $0.line } }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
        default: "\(error)"
        }
    }
}
