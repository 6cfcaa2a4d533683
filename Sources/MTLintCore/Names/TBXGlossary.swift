import CXML
import Foundation
import MTLintText

/// Reads TBX-Basic termbases, the ISO 30042 exchange format that translation tools (Trados,
/// memoQ, Phrase ...) export: TBX 2 (`martif`, `termEntry`, `langSet`, `tig`) and TBX 3
/// (`tbx`, `conceptEntry`, `langSec`, `termSec`). Each concept becomes an entity: terms marked
/// deprecated, superseded or not recommended (`administrativeStatus`) are its wrong renderings
/// in their language; the first other term of a language is its right name there, the rest
/// are also right; a Chinese term is its original name.
///
/// Parsed with libxml2 through CXML, fed in pieces: Foundation's XMLParser handed libxml2 the
/// whole file at once, which libxml2 refuses over 10,000,000 bytes, and crashed on a
/// processing instruction without data (`<?a?>`). Entities the file declares are not expanded
/// (as before), external ones never loaded.
package enum TBXGlossary {
    static func decode(data: Data, path: String) throws(GlossaryError) -> Glossary {
        // libxml2 calls an empty document "Extra content at the end of the document".
        guard !data.isEmpty else { throw GlossaryError(path: path, message: "is empty") }
        let reader = Reader(path: path)
        var error = cxml_error()
        let wellFormed = data.withUnsafeBytes { bytes in
            var handler = cxml_handler(
                context: Unmanaged.passUnretained(reader).toOpaque(),
                start_element: { context, name, count, names, values in
                    guard let context, let name else { return }
                    var attributes: [String: String] = [:]
                    for index in 0..<Int(count) {
                        guard let key = names?[index], let value = values?[index] else { continue }
                        attributes[String(cString: key)] = String(cString: value)
                    }
                    Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue().start(String(cString: name), attributes)
                },
                end_element: { context, name in
                    guard let context, let name else { return }
                    Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue().end(String(cString: name))
                },
                text: { context, bytes, length in
                    guard let context, let bytes, length > 0 else { return }
                    let text = String(decoding: UnsafeRawBufferPointer(start: bytes, count: Int(length)), as: UTF8.self)
                    Unmanaged<Reader>.fromOpaque(context).takeUnretainedValue().text(text)
                })
            return cxml_parse(bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count, &handler, &error) == 1
        }
        guard wellFormed else {
            // What libxml2's push parser says of text without any element.
            if !reader.sawElement, error.code == 5 {
                throw GlossaryError(path: path, line: Int(error.line), message: "is not a TBX file (no `martif` or `tbx` root element)")
            }
            throw GlossaryError(path: path, line: error.line > 0 ? Int(error.line) : nil, message: "is not valid TBX: \(reason(error))")
        }
        guard reader.sawRoot, reader.closedRoot else {
            throw GlossaryError(
                path: path,
                message: reader.sawRoot
                    ? "is not valid TBX: the file ends before its root element closes"
                    : "is not a TBX file (no `martif` or `tbx` root element)")
        }
        return Glossary(entities: reader.entities)
    }

    /// libxml2's message and where it stopped on the line; for a limit it keeps (one name,
    /// attribute value or text node over XML_MAX_TEXT_LENGTH), the limit.
    static func reason(_ error: cxml_error) -> String {
        let message = withUnsafeBytes(of: error.message) { raw in String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self) }
        var reason = (message.isEmpty ? "libxml2 error \(error.code)" : message) + (error.column > 0 ? " (column \(error.column))" : "")
        if error.code == 1 || message.contains("too long") || message.lowercased().contains("huge") {
            reason += "; libxml2 reads at most 10,000,000 bytes in one name, attribute value or text"
        }
        return reason
    }

    /// Builds entities from the elements, as libxml2 reports them.
    private final class Reader {
        let path: String
        var entities: [Glossary.Entity] = []
        var sawRoot = false
        /// Set at the first element, whatever it is.
        var sawElement = false
        /// Set when the root element ends: a truncated file never closes it.
        var closedRoot = false

        // The concept being read.
        private var conceptID: String?
        private var terms: [(language: String, text: String, deprecated: Bool)] = []
        private var language: String?
        private var termText: String?
        private var termDeprecated = false
        private var readingTerm = false
        private var readingStatus = false
        private var statusText = ""

        init(path: String) { self.path = path }

        func start(_ name: String, _ attributes: [String: String]) {
            sawElement = true
            switch name {
            case "martif", "tbx":
                sawRoot = true
            case "termEntry", "conceptEntry":
                conceptID = attributes["id"] ?? "tbx-\(entities.count + 1)"
                terms = []
            case "langSet", "langSec":
                // `it-IT` and `it` are one language for mtlint's rules.
                language = (attributes["xml:lang"] ?? attributes["lang"]).map { String($0.lowercased().prefix { $0 != "-" && $0 != "_" }) }
            case "tig", "ntig", "termSec":
                termText = nil
                termDeprecated = false
            case "term":
                readingTerm = true
                termText = ""
            case "termNote":
                readingStatus = attributes["type"] == "administrativeStatus"
                statusText = ""
            default:
                break
            }
        }

        func text(_ string: String) {
            if readingTerm { termText = (termText ?? "") + string }
            if readingStatus { statusText += string }
        }

        func end(_ name: String) {
            switch name {
            case "term":
                readingTerm = false
            case "termNote":
                if readingStatus {
                    let status = statusText.trimmingCharacters(in: .whitespacesAndNewlines)
                    termDeprecated =
                        ["deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "notRecommended"].contains { status.hasPrefix($0) }
                        || status == "deprecated" || status == "superseded"
                }
                readingStatus = false
            case "tig", "ntig", "termSec":
                if let language, let text = termText?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                    terms.append((language, text, termDeprecated))
                }
            case "termEntry", "conceptEntry":
                if let entity = makeEntity() { entities.append(entity) }
                conceptID = nil
            case "martif", "tbx":
                closedRoot = true
            default:
                break
            }
        }

        private func makeEntity() -> Glossary.Entity? {
            guard let id = conceptID else { return nil }
            var canonical: [String: String] = [:]
            var also: [String] = []
            var wrong: [String: [Glossary.WrongRendering]] = [:]
            var original: String?
            for term in terms {
                if term.language.hasPrefix("zh") || term.language.hasPrefix("ja") {
                    if original == nil, !term.deprecated { original = term.text }
                    continue
                }
                if term.deprecated {
                    wrong[term.language, default: []].append(Glossary.WrongRendering(text: term.text, requiresMention: false))
                } else if canonical[term.language] == nil {
                    canonical[term.language] = term.text
                } else if !also.contains(term.text) {
                    also.append(term.text)
                }
            }
            if canonical.isEmpty, let original { canonical["default"] = original }
            guard !canonical.isEmpty else { return nil }
            canonical["default"] = canonical["default"] ?? canonical["en"] ?? canonical.sorted { $0.key < $1.key }.first!.value
            return Glossary.Entity(
                id: id, kind: "organisation", original: original, canonical: canonical, also: also,
                owner: nil, wrong: wrong, note: nil, sources: [path], origin: path)
        }
    }
}
