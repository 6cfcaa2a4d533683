import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// A rule or a family of rules, as configuration and `--enable`/`--disable` name them:
/// `text/repeated-word`, or `figure/*` for every rule of the family.
public enum RuleReference: Hashable, Sendable, CustomStringConvertible {
    case rule(String)
    case family(String)

    /// Reads a reference; unknown ids and families are errors with the nearest valid one.
    public init(_ text: String, rules: [RuleMetadata] = RuleRegistry.all.map { $0.metadata }) throws(RuleReferenceError) {
        let families = Array(Set(rules.map(\.family))).sorted()
        if text.hasSuffix("/*") {
            let family = String(text.dropLast(2))
            guard families.contains(family) else {
                throw RuleReferenceError(
                    description: "no rule family `\(family)`; "
                        + NearestWords.hint(for: text, in: families.map { $0 + "/*" }, noun: "one of"))
            }
            self = .family(family)
            return
        }
        if rules.contains(where: { $0.id == text }) {
            self = .rule(text)
            return
        }
        if families.contains(text) {
            throw RuleReferenceError(description: "`\(text)` is a family of rules; write `\(text)/*` for all of them")
        }
        let ids = rules.map(\.id)
        let near = NearestWords.nearest(to: text, in: ids + families.map { $0 + "/*" })
        let hint = near.isEmpty ? "`mtlint rules` lists them" : "did you mean " + near.map { "`\($0)`" }.joined(separator: " or ") + "?"
        throw RuleReferenceError(description: "no rule `\(text)`; \(hint)")
    }

    public var description: String {
        switch self {
        case .rule(let id): id
        case .family(let family): family + "/*"
        }
    }

    public func matches(_ rule: RuleMetadata) -> Bool {
        switch self {
        case .rule(let id): rule.id == id
        case .family(let family): rule.family == family
        }
    }

    /// An exact id is more specific than a family, and wins over it.
    var isExact: Bool { if case .rule = self { true } else { false } }
}

public struct RuleReferenceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var description: String
}

/// Which rules run and at what severity, resolved once from the configuration and the command
/// line; the Linter applies it (rules not enabled are not run, severities are overridden).
public struct RuleSettings: Sendable, Equatable {
    /// Ids of the rules that run, in the registry's order.
    public var enabled: [String]
    /// Severity per rule id where the configuration changes the rule's default.
    public var severities: [String: Severity]

    /// Every rule at its default severity.
    public init(enabled: [String] = RuleRegistry.all.map { $0.metadata.id }, severities: [String: Severity] = [:]) {
        self.enabled = enabled
        self.severities = severities
    }

    /// One layer of choices (the configuration file, or the command line, which wins).
    public struct Layer: Sendable {
        public var enable: [RuleReference] = []
        public var disable: [RuleReference] = []
        public var severity: [(RuleReference, Severity)] = []

        public init(enable: [RuleReference] = [], disable: [RuleReference] = [], severity: [(RuleReference, Severity)] = []) {
            self.enable = enable
            self.disable = disable
            self.severity = severity
        }
    }

    /// Applies `layers` in order (later ones win). Within a layer an exact id wins over its
    /// family: `disable: [figure/*]` with `enable: [figure/garbled-scale]` keeps that one rule.
    public static func resolve(_ layers: [Layer], rules: [RuleMetadata] = RuleRegistry.all.map { $0.metadata }) -> RuleSettings {
        var settings = RuleSettings(enabled: [], severities: [:])
        for rule in rules {
            var on = true
            var severity: Severity?
            for layer in layers {
                if let choice = decide(rule, on: layer.enable.map { ($0, true) } + layer.disable.map { ($0, false) }) { on = choice }
                if let level = decide(rule, on: layer.severity) { severity = level }
            }
            if on { settings.enabled.append(rule.id) }
            if let severity, severity != rule.severity { settings.severities[rule.id] = severity }
        }
        return settings
    }

    /// The value of the most specific entry that matches `rule` (the last one among equals).
    private static func decide<Value>(_ rule: RuleMetadata, on entries: [(RuleReference, Value)]) -> Value? {
        let matching = entries.filter { $0.0.matches(rule) }
        return (matching.last { $0.0.isExact } ?? matching.last)?.1
    }
}
