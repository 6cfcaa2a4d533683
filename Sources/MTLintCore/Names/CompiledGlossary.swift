import Foundation
import MTLintText

/// The default glossary as the binary carries it: Resources/default-glossary.yml, the source
/// people edit, compiled to Resources/default-glossary.json. Reading the YAML was a large part
/// of the start-up of a one-sentence check; the JSON takes a fraction of that
/// (docs/performance.md). A test keeps the two equal and rewrites the JSON on request
/// (`make glossary`).
public enum CompiledGlossary {
    /// What findings and errors call the default glossary.
    public static let defaultOrigin = "default glossary"

    /// The glossary in `bytes`, a JSON list of entities as `encode` writes them; each entity's
    /// origin is `origin`. Read with JSONSerialization, which takes about half the time of
    /// JSONDecoder here, on every run.
    public static func decode(_ bytes: [UInt8], origin: String) throws -> Glossary {
        guard let list = try JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]] else {
            throw CompiledGlossaryError.notAList
        }
        return Glossary(entities: try list.map { try entity($0, origin: origin) })
    }

    private static func entity(_ fields: [String: Any], origin: String) throws -> Glossary.Entity {
        guard let id = fields["id"] as? String, let kind = fields["kind"] as? String,
            let canonical = fields["canonical"] as? [String: String]
        else {
            throw CompiledGlossaryError.badEntity(fields["id"] as? String ?? "?")
        }
        var wrong: [String: [Glossary.WrongRendering]] = [:]
        for (language, renderings) in fields["wrong"] as? [String: [[String: Any]]] ?? [:] {
            wrong[language] = try renderings.map { rendering in
                guard let text = rendering["text"] as? String, let requiresMention = rendering["requiresMention"] as? Bool else {
                    throw CompiledGlossaryError.badEntity(id)
                }
                return Glossary.WrongRendering(text: text, requiresMention: requiresMention)
            }
        }
        return Glossary.Entity(
            id: id, kind: kind, original: fields["original"] as? String, canonical: canonical,
            also: fields["also"] as? [String] ?? [], owner: fields["owner"] as? String, wrong: wrong,
            note: fields["note"] as? String, sources: fields["sources"] as? [String] ?? [], origin: origin)
    }

    /// The compiled form of `glossary`: pretty-printed with sorted keys, so that a change of
    /// the YAML source shows as a readable diff.
    public static func encode(_ glossary: Glossary) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(glossary.entities)
        data.append(0x0A)
        return data
    }
}

/// A compiled glossary that is not what `CompiledGlossary.encode` writes.
package enum CompiledGlossaryError: Error {
    case notAList
    case badEntity(String)
}
