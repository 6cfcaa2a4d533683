import MTLintCore
import MTLintDocuments
import MTLintText

/// Web and e-mail addresses of a unit's source and target, compared as written (e-mail
/// addresses and host names without regard to case, a final `/` left out): the checks of
/// `source/url` and `source/email`.
enum SourceAddresses {
    enum Kind { case web, email }

    static func isEmail(_ text: String) -> Bool {
        text.contains("@") && !text.contains("://") || text.lowercased().hasPrefix("mailto:")
    }

    static func key(_ text: String, _ kind: Kind) -> String {
        var text = text
        while let last = text.last, ".,;:)!?/".contains(last) { text.removeLast() }
        if kind == .email { return text.lowercased().replacingOccurrences(of: "mailto:", with: "") }
        // Scheme and host without regard to case.
        guard let scheme = text.range(of: "://") else { return text }
        let hostEnd = text[scheme.upperBound...].firstIndex(of: "/") ?? text.endIndex
        return text[..<hostEnd].lowercased() + text[hostEnd...]
    }

    static func check(_ analysis: Analysis, kind: Kind, rule: some Rule) -> [Diagnostic] {
        guard let bilingual = analysis.bilingual else { return [] }
        var found: [Diagnostic] = []
        let sourceURLs = bilingual.source.urls
        for unit in bilingual.units where !unit.target.isEmpty {
            let sources = sourceURLs.slice(inside: unit.source, by: { $0 }).filter {
                isEmail(bilingual.source.string($0)) == (kind == .email)
            }
            let targets = analysis.urls.slice(inside: unit.target, by: { $0 }).filter { isEmail(analysis.string($0)) == (kind == .email) }
            guard !sources.isEmpty || !targets.isEmpty else { continue }
            var remaining = sources.map { (key: key(bilingual.source.string($0), kind), range: $0) }
            var extra: [Range<Int>] = []
            for target in targets {
                let targetKey = key(analysis.string(target), kind)
                if let index = remaining.firstIndex(where: { $0.key == targetKey }) {
                    remaining.remove(at: index)
                } else {
                    extra.append(target)
                }
            }
            let noun = kind == .email ? "e-mail address" : "address"
            for (position, range) in extra.enumerated() {
                let suggestion = extra.count == remaining.count ? bilingual.source.string(remaining[position].range) : nil
                found.append(
                    rule.diagnostic(
                        range,
                        "`\(analysis.string(range))` is not an \(noun) of the source"
                            + (suggestion.map { "; the source has `\($0)`" } ?? ""),
                        suggestions: suggestion.map { [$0] } ?? [], related: [SourceUnits.related(unit)]))
            }
            if extra.isEmpty, !remaining.isEmpty {
                let target = SourceUnits.trimmed(analysis.text, unit.target)
                let shown = remaining.map { "`\(bilingual.source.string($0.range))`" }.joined(separator: ", ")
                found.append(
                    rule.diagnostic(
                        target.startIndex..<target.endIndex,
                        "the source's \(shown) \(remaining.count == 1 ? "is" : "are") missing from the translation",
                        related: remaining.map { SourceUnits.related($0.range, "in the source") }))
            }
        }
        return found
    }
}
