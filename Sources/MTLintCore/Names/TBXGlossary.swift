import Foundation
#if canImport(FoundationXML)
import FoundationXML
import MTLintText
#endif

/// Reads TBX-Basic termbases, the ISO 30042 exchange format that translation tools (Trados,
/// memoQ, Phrase ...) export: TBX 2 (`martif`, `termEntry`, `langSet`, `tig`) and TBX 3
/// (`tbx`, `conceptEntry`, `langSec`, `termSec`). Each concept becomes an entity: terms marked
/// deprecated, superseded or not recommended (`administrativeStatus`) are its wrong renderings
/// in their language; the first other term of a language is its right name there, the rest
/// are also right; a Chinese term is its original name.
package enum TBXGlossary {
    static func decode(data: Data, path: String) throws(GlossaryError) -> Glossary {
        let reader = Reader(path: path)
        // Fed to libxml2 in pieces, from a stream: handed the whole file at once, as
        // `XMLParser(data:)` does, libxml2 refuses one over 10,000,000 bytes ("Huge input
        // lookup", reported as error 1), and a termbase exported from a translation tool is
        // often larger.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.delegate = reader
        guard parser.parse() else {
            throw GlossaryError(path: path, line: parser.lineNumber, message: "is not valid TBX: \(reason(parser))")
        }
        guard reader.sawRoot, reader.closedRoot else {
            throw GlossaryError(path: path, message: reader.sawRoot ? "is not valid TBX: the file ends before its root element closes"
                                                                   : "is not a TBX file (no `martif` or `tbx` root element)")
        }
        return Glossary(entities: reader.entities)
    }

    /// What the XML parser found wrong, as far as it says: libxml2's error code, which
    /// Foundation passes on, with what the common ones mean (Foundation on Linux has no message
    /// of its own: "The operation could not be completed").
    static func reason(_ parser: XMLParser) -> String {
        guard let error = parser.parserError as NSError?, error.domain == XMLParser.errorDomain else { return "unreadable XML" }
        if error.code == 1 {
            // XML_ERR_INTERNAL_ERROR, which libxml2 also gives for a limit it keeps on a
            // stream: one name or attribute value over 10,000,000 bytes (XML_MAX_TEXT_LENGTH).
            return "libxml2 gave up (error 1, which it gives for a name or attribute value over 10,000,000 bytes)"
        }
        let meaning = libxml2Errors[error.code].map { "\($0) " } ?? ""
        return "\(meaning)(libxml2 error \(error.code)) at column \(parser.columnNumber)"
    }

    /// The meaning of libxml2's commonest error codes (xmlParserErrors in libxml/xmlerror.h).
    private static let libxml2Errors: [Int: String] = [
        4: "the file is empty",
        5: "text after the root element",
        9: "a character that XML does not allow",
        23: "an entity reference without `;`",
        26: "an entity that is not declared",
        38: "`<` inside an attribute value",
        39: "an attribute value without quotes",
        41: "an attribute without a value",
        65: "a space is needed here",
        68: "a name is needed here",
        73: "`>` is needed here",
        76: "a closing tag that does not match the element it closes",
        77: "an element that is never closed",
        89: "an entity that refers to itself",
    ]

    private final class Reader: NSObject, XMLParserDelegate {
        let path: String
        var entities: [Glossary.Entity] = []
        var sawRoot = false
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

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
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

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if readingTerm { termText = (termText ?? "") + string }
            if readingStatus { statusText += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "term":
                readingTerm = false
            case "termNote":
                if readingStatus {
                    let status = statusText.trimmingCharacters(in: .whitespacesAndNewlines)
                    termDeprecated = ["deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "notRecommended"].contains { status.hasPrefix($0) }
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
            return Glossary.Entity(id: id, kind: "organisation", original: original, canonical: canonical, also: also,
                                   owner: nil, wrong: wrong, note: nil, sources: [path], origin: path)
        }
    }
}
