import Foundation
import ICU

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

/// The package's root folder, found from this file's path.
let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shared folder beside the checkout (../shared), which CI provides and a plain clone may not.
let sharedFolder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

/// Analyzes a string in a given language (or detected when nil) and lints it with `rules`.
/// At the `standard` level unless told (picky findings left out).
func lint(
    _ text: String, language: String?, rules: [any Rule] = RuleRegistry.all.map { $0.init() }, path: String = "<text>",
    level: ReportLevel = .standard
) throws -> FileReport {
    let locale = try language.map { try ICULocale(languageTag: $0) }
    var linter = Linter(rules: rules, language: locale)
    linter.level = level
    return try linter.lint(Document(path: path, text: text), using: Analyzer())
}

/// Lints raw bytes as a file would be.
func lint(bytes: [UInt8], language: String?, rules: [any Rule] = RuleRegistry.all.map { $0.init() }) throws -> FileReport {
    let locale = try language.map { try ICULocale(languageTag: $0) }
    let linter = Linter(rules: rules, language: locale)
    return try linter.lint(Document(path: "<bytes>", bytes: bytes), using: Analyzer())
}
