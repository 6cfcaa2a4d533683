import MTLintCore
import MTLintText

/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning and
/// other tools that read it. One run: the driver lists the rules that ran (id, name,
/// descriptions, help, default level, a link to the rule's section of docs/rules.md); each
/// finding is a result with its level, message, location (a `%SRCROOT%`-relative URI and a
/// region in UTF-16 columns, SARIF's default `columnKind`, with `charOffset`/`charLength`),
/// related locations, the fixes that are safe to apply unread (Fix), and a partial fingerprint that stays the same
/// when lines are added elsewhere, so that code scanning keeps tracking the finding. The run's
/// properties hold the quality scores. Built from Codable structs; nil fields are left out.
public struct SARIFReporter: Reporter {
    public static let name = "sarif"
    public static let summary = "SARIF 2.1.0, for code scanning"

    /// docs/rules.md; a rule's help link is this, `#` and its anchor.
    public var rulesDocumentationURL: String
    /// Threads that encode the results (ReportOptions.threads).
    public var threads = 1

    public init(rulesDocumentationURL: String = ToolInfo.rulesDocumentationURL) {
        self.rulesDocumentationURL = rulesDocumentationURL
    }

    public init(options: ReportOptions) {
        self.init()
        threads = options.threads
    }

    public func finish(_ run: LintRun, to output: (String) -> Void) {
        write(run, to: output)
    }

    public static let schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The partialFingerprints key; the version changes if the fingerprint's recipe does.
    public static let fingerprintKey = "mtlintFingerprint/v1"

    public func render(_ run: LintRun) -> String {
        var output = ""
        write(run) { output += $0 }
        return output
    }

    /// The same text, handed to `output` in pieces of about 64 KB. Results are encoded one
    /// at a time and put where the encoder writes the run's empty `results` (see
    /// JSONPieces.split): encoding a whole log of a hundred thousand results held gigabytes
    /// (docs/performance.md). The bytes are those of encoding the whole log.
    public func write(_ run: LintRun, to output: (String) -> Void) {
        let (head, tail) = JSONPieces.split(JSONPieces.encode(log(run, results: []), pretty: true), emptyArray: "results", indentedBy: 6)
        var pieces = OutputPieces()
        pieces.add(head, to: output)
        JSONPieces.writeItems(results(of: run), indentedBy: 8, threads: threads, into: &pieces, to: output)
        pieces.add(tail + "\n", to: output)
        pieces.finish(to: output)
    }

    /// The run's results, made one at a time as they are read.
    func results(of run: LintRun) -> some Sequence<Result> {
        let ruleIndex = Dictionary(uniqueKeysWithValues: run.rules.enumerated().map { ($0.element.id, $0.offset) })
        return run.reports.lazy.flatMap { report in
            report.diagnostics.lazy.map { result($0, path: report.path, ruleIndex: ruleIndex[$0.ruleID]) }
        }
    }

    /// The log of a run with `results`.
    func log(_ run: LintRun, results: [Result]) -> Log {
        let notifications = run.problems.map { problem in
            Notification(
                level: "error", message: Message(text: "\(problem.path): \(problem.message)"),
                locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: Self.artifact(problem.path), region: nil))])
        }
        return Log(
            schema: Self.schema,
            version: "2.1.0",
            runs: [
                Run(
                    tool: Tool(
                        driver: Driver(
                            name: ToolInfo.name, version: ToolInfo.version, semanticVersion: ToolInfo.version,
                            informationUri: ToolInfo.homepage, rules: run.rules.map(descriptor))),
                    invocations: [
                        Invocation(
                            executionSuccessful: run.problems.isEmpty,
                            toolExecutionNotifications: notifications.isEmpty ? nil : notifications)
                    ],
                    results: results,
                    columnKind: "utf16CodeUnits",
                    properties: RunProperties(
                        score: run.score.value,
                        scores: run.reports.map {
                            FileScore(
                                uri: Self.artifact($0.path).uri, score: $0.score.value, words: $0.wordCount, penalty: $0.score.penalty)
                        },
                        baseline: run.baseline.map { BaselineProperties(file: $0.file, matched: $0.matched, stale: $0.stale) }
                    )
                )
            ]
        )
    }

    private func descriptor(_ rule: RuleMetadata) -> ReportingDescriptor {
        let url = rulesDocumentationURL + "#" + RuleDocumentation.anchor(rule.id)
        return ReportingDescriptor(
            id: rule.id,
            name: rule.id.split(whereSeparator: { $0 == "/" || $0 == "-" }).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(),
            shortDescription: Message(text: rule.summary),
            fullDescription: Message(text: rule.explanation),
            help: MultiformatMessage(
                text: rule.summary + "\n\n" + rule.explanation + "\n\nExamples: " + url,
                markdown: "**\(rule.summary)**\n\n\(rule.explanation)\n\n[Examples and details](\(url))"),
            helpUri: url,
            defaultConfiguration: Configuration(level: Self.level(rule.severity)),
            properties: RuleProperties(category: rule.category.rawValue, tags: ["translation", rule.category.rawValue, rule.family])
        )
    }

    private func result(_ located: LocatedDiagnostic, path: String, ruleIndex: Int?) -> Result {
        let artifact = Self.artifact(path)
        let region = Self.region(located.location)
        return Result(
            ruleId: located.ruleID,
            ruleIndex: ruleIndex,
            level: Self.level(located.severity),
            rank: Double(located.diagnostic.confidence.rank),
            message: Message(text: located.diagnostic.message),
            locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: artifact, region: region))],
            relatedLocations: located.related.isEmpty
                ? nil
                : located.related.enumerated().map { index, place in
                    Location(
                        id: index + 1,
                        physicalLocation: PhysicalLocation(
                            artifactLocation: place.path.map(Self.artifact) ?? artifact, region: Self.region(place.location)),
                        message: Message(text: place.message.isEmpty ? "`\(place.text)`" : place.message))
                },
            fixes: Self.fixes(of: located, in: artifact),
            partialFingerprints: [Self.fingerprintKey: "\(located.fingerprint):\(located.occurrence)"]
        )
    }

    /// The finding's safe fixes (Fix.Applicability): a SARIF consumer may apply a fix without
    /// asking, so those that need review are left to the message and the other formats.
    static func fixes(of located: LocatedDiagnostic, in artifact: ArtifactLocation) -> [Fix]? {
        let safe = located.fixes.filter { $0.applicability == .safe }
        guard !safe.isEmpty else { return nil }
        return safe.map { fix in
            Fix(
                description: Message(text: fix.description),
                artifactChanges: [
                    ArtifactChange(
                        artifactLocation: artifact,
                        replacements: fix.edits.map { edit in
                            Replacement(deletedRegion: region(edit.location), insertedContent: ArtifactContent(text: edit.replacement))
                        })
                ])
        }
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    static func region(_ location: MTLintCore.Location) -> Region {
        Region(
            startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn,
            charOffset: location.characterOffset, charLength: location.characterLength)
    }

    /// A relative path becomes a URI relative to `%SRCROOT%` (the checkout, for code
    /// scanning); an absolute one a `file://` URI. Characters outside RFC 3986's unreserved set
    /// are percent-encoded, byte by byte in UTF-8.
    static func artifact(_ path: String) -> ArtifactLocation {
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        let encoded = percentEncoded(String(relative))
        return path.hasPrefix("/")
            ? ArtifactLocation(uri: "file://" + encoded, uriBaseId: nil)
            : ArtifactLocation(uri: encoded, uriBaseId: "%SRCROOT%")
    }

    static func percentEncoded(_ path: String) -> String {
        var output = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                output.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                output += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return output
    }

    // MARK: - The SARIF objects mtlint writes (a subset of the schema)

    struct Log: Encodable {
        var schema: String
        var version: String
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var invocations: [Invocation]
        var results: [Result]
        var columnKind: String
        var properties: RunProperties
    }

    struct Tool: Encodable { var driver: Driver }

    struct Driver: Encodable {
        var name: String
        var version: String
        var semanticVersion: String
        var informationUri: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var name: String
        var shortDescription: Message
        var fullDescription: Message
        var help: MultiformatMessage
        var helpUri: String
        var defaultConfiguration: Configuration
        var properties: RuleProperties
    }

    struct Configuration: Encodable { var level: String }

    struct RuleProperties: Encodable {
        var category: String
        /// GitHub code scanning shows tags and filters by them.
        var tags: [String]
    }

    struct Message: Encodable { var text: String }

    struct MultiformatMessage: Encodable {
        var text: String
        var markdown: String
    }

    struct Invocation: Encodable {
        var executionSuccessful: Bool
        var toolExecutionNotifications: [Notification]?
    }

    struct Notification: Encodable {
        var level: String
        var message: Message
        var locations: [Location]
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        /// The rule's confidence as SARIF's 0-100 rank (Confidence.rank).
        var rank: Double
        var message: Message
        var locations: [Location]
        var relatedLocations: [Location]?
        var fixes: [Fix]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Message?

        init(id: Int? = nil, physicalLocation: PhysicalLocation, message: Message? = nil) {
            self.id = id
            self.physicalLocation = physicalLocation
            self.message = message
        }
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region?
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
        var charOffset: Int
        var charLength: Int
    }

    struct Fix: Encodable {
        var description: Message
        var artifactChanges: [ArtifactChange]
    }

    struct ArtifactChange: Encodable {
        var artifactLocation: ArtifactLocation
        var replacements: [Replacement]
    }

    struct Replacement: Encodable {
        var deletedRegion: Region
        var insertedContent: ArtifactContent
    }

    struct ArtifactContent: Encodable { var text: String }

    struct RunProperties: Encodable {
        /// The quality score of all files taken as one text.
        var score: Double
        var scores: [FileScore]
        var baseline: BaselineProperties?
    }

    struct FileScore: Encodable {
        var uri: String
        var score: Double
        var words: Int
        var penalty: Int
    }

    struct BaselineProperties: Encodable {
        var file: String
        var matched: Int
        var stale: Int
    }
}
