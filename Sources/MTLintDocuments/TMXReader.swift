/// Reads TMX 1.4: each translation unit (`tu`) gives one unit, its source the variant (`tuv`)
/// in the source language and its target the variant in the target language, found by
/// `xml:lang` (or `lang`). The source language is `--source-lang`, else the unit's or the
/// header's `srclang`; the target language is `--lang`, else the first other language of the
/// file. A tag matches a language when the two are equal or share their language subtag
/// (`it` and `it-IT`). Inline codes (`bpt`, `ept`, `it`, `ph`, `ut`) read as U+FFFC;
/// `hi` and `sub` are containers.
enum TMXReader {
    static func read(_ text: [UInt16], options: ReadOptions) throws(ReadError) -> BilingualText {
        let scanner = XMLScanner(text: text, format: .tmx)
        let events = try XMLScanner.events(of: text, as: .tmx)
        var builder = BilingualBuilder()
        var headerSource: String?
        var targetLanguage = options.targetLanguage
        // The target language, when not given: the first variant's language that is not the source.
        if targetLanguage == nil {
            var unitSource: String?
            for event in events {
                guard case .start(let name, let attributes, _, _) = event else { continue }
                if name == "header" { headerSource = attributes["srclang"] }
                if name == "tu" { unitSource = attributes["srclang"] }
                if name == "tuv", let language = attributes["xml:lang"] ?? attributes["lang"],
                    let source = options.sourceLanguage ?? unitSource ?? headerSource, source != "*all*", !matches(language, source)
                {
                    targetLanguage = language
                    break
                }
            }
        }
        var tuid: String?
        var unitSource: String?
        var capturing: Side?
        var variant: Side?
        var sourceSeen = false, targetSeen = false
        var unitEnd = 0
        var notes: [String] = []
        var noteText: SideBuilder?
        var depthInSeg = 0
        var index = 0
        while index < events.count {
            let event = events[index]
            index += 1
            switch event {
            case .start(let name, let attributes, let range, let isEmpty):
                if let side = capturing {
                    if XLIFFReader.codes.contains(name) {
                        let end = isEmpty ? range.upperBound : XLIFFReader.endOfElement(events, from: &index)
                        builder.append(tag: name, id: attributes["i"] ?? attributes["x"], standingFor: range.lowerBound..<end, to: side)
                    } else {
                        builder.note(tag: name, id: attributes["x"], to: side)
                        if !isEmpty { depthInSeg += 1 }
                    }
                    continue
                }
                switch name {
                case "header":
                    headerSource = attributes["srclang"]
                case "tu" where !isEmpty:
                    tuid = attributes["tuid"]
                    unitSource = attributes["srclang"]
                    builder.source.begin()
                    builder.target.begin()
                    sourceSeen = false
                    targetSeen = false
                    notes = []
                    unitEnd = range.upperBound
                case "tuv":
                    let language = attributes["xml:lang"] ?? attributes["lang"] ?? ""
                    var source = options.sourceLanguage ?? unitSource ?? headerSource
                    if source == "*all*" { source = nil }
                    if let source, matches(language, source), !sourceSeen {
                        variant = .source
                        sourceSeen = true
                    } else if let target = targetLanguage, matches(language, target), !targetSeen {
                        variant = .target
                        targetSeen = true
                    } else {
                        variant = nil
                    }
                case "seg" where !isEmpty:
                    capturing = variant
                    depthInSeg = 0
                case "note" where !isEmpty:
                    noteText = SideBuilder()
                default:
                    break
                }
            case .end(let name, let range):
                if capturing != nil {
                    if depthInSeg > 0 {
                        depthInSeg -= 1
                        continue
                    }
                    if name == "seg" {
                        capturing = nil
                        unitEnd = range.upperBound
                    }
                    continue
                }
                switch name {
                case "tuv":
                    unitEnd = range.upperBound
                    variant = nil
                case "tu":
                    builder.endUnit(
                        id: tuid ?? "\(builder.units.count + 1)", note: notes.isEmpty ? nil : notes.joined(separator: "\n"),
                        sourceAnchor: unitEnd, targetAnchor: unitEnd, hasTarget: targetSeen)
                case "note":
                    notes.appendNote(noteText)
                    noteText = nil
                default: break
                }
            case .text(let range):
                if let side = capturing {
                    try builder.decode(range, scanner, to: side)
                } else if noteText != nil {
                    try scanner.decodeText(range, into: &noteText!)
                }
            case .cdata(let range):
                if let side = capturing { builder.appendVerbatim(range, of: text, to: side) }
            }
        }
        builder.sourceLanguage = options.sourceLanguage ?? (headerSource == "*all*" ? nil : headerSource)
        builder.targetLanguage = targetLanguage
        return builder.finish()
    }

    /// True when two language tags are equal or share their language subtag.
    static func matches(_ a: String, _ b: String) -> Bool {
        let a = a.lowercased().replacingUnderscores(), b = b.lowercased().replacingUnderscores()
        if a == b { return true }
        return a.split(separator: "-").first == b.split(separator: "-").first
    }
}
