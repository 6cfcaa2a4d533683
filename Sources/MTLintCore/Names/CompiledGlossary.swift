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
    /// origin is `origin`. Read with JSONDecoder, which on Swift 6's Foundation takes about
    /// half the time of JSONSerialization and its casts (docs/performance.md).
    public static func decode(_ bytes: [UInt8], origin: String) throws -> Glossary {
        var entities = try JSONDecoder().decode([Glossary.Entity].self, from: Data(bytes))
        for index in entities.indices { entities[index].origin = origin }
        return Glossary(entities: entities)
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
