import MTLintText

/// The MQM-style error category of a rule (Multidimensional Quality Metrics, the translation
/// industry's error typology), so that reports can be weighed the way reviewers weigh them.
public enum RuleCategory: String, Sendable, Codable, CaseIterable {
    case accuracy
    case fluency
    case terminology
    case localeConvention = "locale-convention"
    case style
}
