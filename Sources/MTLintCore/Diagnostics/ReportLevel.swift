import MTLintText

/// Which findings a run reports: `standard` leaves out the picky ones (typographic
/// conventions), as LanguageTool's default level does; `picky` reports them too.
public enum ReportLevel: String, Sendable, CaseIterable {
    case standard, picky
}
