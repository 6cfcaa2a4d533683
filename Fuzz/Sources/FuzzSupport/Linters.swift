import Foundation
import ICU
import MTLint

/// The languages a target's selector chooses from: detected (nil), then mtlint's own.
public let fuzzLanguages: [String?] = [nil, "it", "fr", "es", "de", "pt", "en"]

/// One linter per language of `fuzzLanguages` at the standard level, then the same at the
/// picky level: a selector picks one by index.
public func makeFuzzLinters() -> [Linter] {
    var made: [Linter] = []
    for picky in [false, true] {
        for tag in fuzzLanguages {
            let locale: ICULocale?
            do { locale = try tag.map { try LanguageTag.locale(for: $0) } } catch { violated("language \(tag ?? "-"): \(error)") }
            var linter = Linter(language: locale, glossary: .builtIn)
            linter.level = picky ? .picky : .standard
            made.append(linter)
        }
    }
    return made
}

/// With MTLINT_FUZZ_WRITE_SEEDS=FOLDER (fuzz.sh), a target writes its own seeds into FOLDER,
/// through `write`, and exits; otherwise nothing happens.
public func writeSeedsIfAsked(_ write: (_ folder: String) -> Void) {
    guard let folder = ProcessInfo.processInfo.environment["MTLINT_FUZZ_WRITE_SEEDS"] else { return }
    write(folder)
    exit(0)
}

/// Writes one seed, `bytes`, as `folder/name`; a seed that cannot be written stops the run.
public func writeSeed(_ bytes: [UInt8], named name: String, into folder: String) {
    guard FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(bytes)) else {
        violated("cannot write the seed \(folder)/\(name)")
    }
}
