// swift-tools-version:6.0
// mtlint's fuzz targets: in-process fuzzing with libFuzzer, kept out of the main package so
// that `swift build` and `make test` never build or run them. `make fuzz` (Fuzz/fuzz.sh)
// builds them with
//   swift build -c release --sanitize=address -Xswiftc -sanitize=fuzzer
// and runs each one; docs/reliability.md ("Fuzzing") says what each target checks.
import Foundation
import PackageDescription

// SwiftPM names a package found by path after its folder, which is `mtlint` in a fresh clone
// but may be anything in a work tree: ask the folder.
let mtlint = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let library: [Target.Dependency] = [.product(name: "MTLint", package: mtlint)]

let package = Package(
    name: "mtlint-fuzz",
    dependencies: [.package(path: "..")],
    targets: [
        // What every target shares: the invariants a finding and a report must keep, and
        // how a broken one stops the run (libFuzzer then saves the input).
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"] + library),
        // The declaration of libFuzzer's driver, which each target's main calls: SwiftPM
        // gives an executable its own `main`, so libFuzzer's cannot be the program's.
        .target(name: "CLibFuzzer"),
        // Bytes of a file, decoded, linted in one of mtlint's languages (or detected), and
        // rendered in every report format.
        .executableTarget(name: "FuzzLint", dependencies: ["FuzzSupport"] + library),
        // .mtlint.yml: parsed, resolved into settings, its globs matched.
        .executableTarget(name: "FuzzConfiguration", dependencies: ["FuzzSupport"] + library),
        // Glossaries, YAML or TBX, and a text linted with what they hold.
        .executableTarget(name: "FuzzGlossary", dependencies: ["FuzzSupport"] + library),
        // A baseline file, applied to a run and written again.
        .executableTarget(name: "FuzzBaseline", dependencies: ["FuzzSupport"] + library),
        // Markdown, HTML, XLIFF, PO, TMX, CSV, TSV, or a translation beside its source file.
        .executableTarget(name: "FuzzDocuments", dependencies: ["FuzzSupport"] + library),
    ]
)
