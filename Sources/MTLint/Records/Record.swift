import ICU
import MTLintCore

/// One record of `mtlint check --input-format jsonl`: a JSON object on one line with an `id`
/// (a string or a number), a `text`, and optionally its `language` (a BCP 47 tag; null is
/// the same as none), and optionally the `source` it was translated from and that source's
/// `sourceLanguage`: the two texts are then aligned and the `source/*` rules run. Every
/// field but `id`, `text` and `language` (`source` and `sourceLanguage` too, a URL, a corpus'
/// own metadata) is written back into the record's result exactly as it was written, so
/// that results join back to their records. docs/scale.md describes the format.
struct Record {
    /// The id as written in the line (`"a1"`, `17`), written back untouched.
    let writtenID: String
    /// The id as reports name the record: a string id unescaped, a number as written.
    let name: String
    /// The text, UTF-8.
    let text: [UInt8]
    /// The record's own language, when it gives one.
    let language: ICULocale?
    /// The fields mtlint does not read, as written, each after a comma: `,"url":"…"`.
    let passThrough: String
    /// The source the text was translated from, UTF-8, when the record gives one.
    var source: [UInt8]? = nil
    /// The source's language, when the record gives one.
    var sourceLanguage: ICULocale? = nil

    /// The fields a record's result holds that mtlint writes: a record may not have them
    /// among its pass-through fields (its result would hold two of one name).
    static let writtenFields: Set<String> = ["languageSource", "languageReason", "words", "score", "diagnostics", "error"]
    /// The fields mtlint reads and does not write back; all others pass through (`source`
    /// and `sourceLanguage` are read and passed through).
    static let readFields: Set<String> = ["id", "text", "language"]

    /// What a line comes to: a record to lint, or why it cannot be linted, with the id and
    /// pass-through fields when the line was a JSON object that has them.
    enum Parsed {
        case record(Record)
        case failed(message: String, writtenID: String?, name: String?, passThrough: String)
    }

    /// Reads one line. `languages` checks language tags, caching the answers.
    static func parse(_ line: [UInt8], languages: inout LanguageTags) -> Parsed {
        let object: JSONObjectLine
        do { object = try JSONObjectLine(line) } catch {
            return .failed(message: error.description, writtenID: nil, name: nil, passThrough: "")
        }
        var passThrough = ""
        for member in object.members where !readFields.contains(member.key) && !writtenFields.contains(member.key) {
            passThrough += "," + object.written(member.written)
        }
        var writtenID: String?
        var name: String?
        func failed(_ message: String) -> Parsed {
            .failed(message: message, writtenID: writtenID, name: name, passThrough: passThrough)
        }
        guard let id = object.member("id") else {
            return failed("no `id`; a record needs one (a string or a number) to join its result back")
        }
        switch id.kind {
        case .string:
            do { name = try object.string(id) } catch { return failed(error.description) }
        case .number:
            name = object.written(id.value)
        default:
            return failed("`id` must be a string or a number, not \(id.kind.described)")
        }
        writtenID = object.written(id.value)
        if let clash = object.members.first(where: { writtenFields.contains($0.key) }) {
            return failed("the field `\(clash.key)` is one that mtlint writes in the result; rename it")
        }
        guard let textMember = object.member("text") else { return failed("no `text`") }
        guard textMember.kind == .string else { return failed("`text` must be a string, not \(textMember.kind.described)") }
        let text: [UInt8]
        do { text = try object.stringBytes(textMember) } catch { return failed(error.description) }
        if let nul = text.firstIndex(of: 0) {
            return failed("`text` holds a NUL character (at byte \(nul) of the text); mtlint reads text only")
        }
        var language: ICULocale?
        if let member = object.member("language"), member.kind != .null {
            guard member.kind == .string else { return failed("`language` must be a string, not \(member.kind.described)") }
            let tag: String
            do { tag = try object.string(member) } catch { return failed(error.description) }
            switch languages.locale(for: tag) {
            case .success(let locale): language = locale
            case .failure(let error): return failed("`language`: \(error)")
            }
        }
        var source: [UInt8]?
        if let member = object.member("source"), member.kind != .null {
            guard member.kind == .string else { return failed("`source` must be a string, not \(member.kind.described)") }
            do { source = try object.stringBytes(member) } catch { return failed(error.description) }
            if let nul = source?.firstIndex(of: 0) {
                return failed("`source` holds a NUL character (at byte \(nul) of the source); mtlint reads text only")
            }
        }
        var sourceLanguage: ICULocale?
        if let member = object.member("sourceLanguage"), member.kind != .null {
            guard member.kind == .string else { return failed("`sourceLanguage` must be a string, not \(member.kind.described)") }
            let tag: String
            do { tag = try object.string(member) } catch { return failed(error.description) }
            switch languages.locale(for: tag) {
            case .success(let locale): sourceLanguage = locale
            case .failure(let error): return failed("`sourceLanguage`: \(error)")
            }
        }
        // `name` and `writtenID` are set above for every id that gets here.
        return .record(
            Record(
                writtenID: writtenID ?? "", name: name ?? "", text: text, language: language, passThrough: passThrough, source: source,
                sourceLanguage: sourceLanguage))
    }
}

/// Language tags checked once each (LanguageTag asks ICU several questions per tag); one per
/// worker, so it needs no lock. A corpus has few distinct tags; the cache stops growing at
/// `limit` entries, after which tags are checked each time.
struct LanguageTags {
    private var known: [String: Result<ICULocale, LanguageTagError>] = [:]
    static let limit = 1_000

    mutating func locale(for tag: String) -> Result<ICULocale, LanguageTagError> {
        if let answer = known[tag] { return answer }
        let answer = Result { () throws(LanguageTagError) in try LanguageTag.locale(for: tag) }
        if known.count < Self.limit { known[tag] = answer }
        return answer
    }
}
