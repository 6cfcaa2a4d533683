// swift-tools-version:6.0
// mtlint: a translation-quality linter on ICU. See README.md and docs/.
import PackageDescription

let package = Package(
    name: "mtlint",
    products: [
        .executable(name: "mtlint", targets: ["MTLintCLI"]),
        .library(name: "MTLint", targets: ["MTLint"]),
    ],
    dependencies: [
        // The command line: subcommands, options, help and usage errors.
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        // YAML for what people write by hand, glossaries and .mtlint.yml; its nodes carry
        // line numbers, so that errors can name the line.
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The only code that includes ICU headers; its public header uses plain C types,
        // so Swift modules can import it next to Foundation (see DESIGN.md, "ICU from Swift").
        .target(
            name: "CICU",
            linkerSettings: [
                .linkedLibrary("icui18n"),
                .linkedLibrary("icuuc"),
                .linkedLibrary("icudata"),
            ]
        ),
        // libhunspell, read as a lexicon of common words (text/capital-mid-sentence). The
        // dictionaries are data found at run time (Debian's hunspell-it, hunspell-fr ...).
        .target(
            name: "CSpell",
            linkerSettings: [.linkedLibrary("hunspell-1.7")]
        ),
        // libxml2 (pkg-config libxml-2.0; Debian package libxml2-dev), for CXML only.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // TBX glossaries are read with libxml2's SAX2 parser through this C shim (plain C
        // types, like CICU): fed in pieces, without Foundation's XMLParser, which crashed on
        // some processing instructions and refused files over 10 MB (TBXGlossary.swift).
        .target(name: "CXML", dependencies: ["CLibXML2"]),
        // A small, safe Swift API over CICU. No Foundation.
        .target(name: "ICU", dependencies: ["CICU"]),
        // The layers below the command line; each may import only the targets listed as its
        // dependencies, so the compiler keeps the layering (README, "Development").
        // Text: tokens, code-unit properties, the source map, decoding. No rules, no languages.
        .target(name: "MTLintText", dependencies: ["ICU"]),
        // Core: the document and its analysis, figures, names, languages, and the diagnostic
        // model (findings, locations, fixes, reports of a run) that rules and reports share.
        .target(
            name: "MTLintCore",
            dependencies: ["MTLintText", "ICU", "CSpell", "CXML", .product(name: "Yams", package: "Yams")],
            // The default glossary is compiled into the binary, so an installed mtlint needs
            // no resource folder beside it; the YAML is its source, the JSON what is read
            // (quicker to decode; `make glossary` rebuilds it).
            exclude: ["Resources/default-glossary.yml"],
            resources: [.embedInCode("Resources/default-glossary.json")]
        ),
        // The rules: pure functions of an analysis, one file each, and their registry.
        .target(name: "MTLintRules", dependencies: ["MTLintCore", "MTLintText", "ICU"]),
        // The report formats: one type per format behind one Reporter protocol.
        .target(name: "MTLintReport", dependencies: ["MTLintCore", "MTLintText"]),
        // The facade the command line uses: inputs, configuration, the linter, baselines.
        .target(
            name: "MTLint",
            dependencies: ["MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "ICU",
                           .product(name: "Yams", package: "Yams")]
        ),
        // The thin command line.
        .executableTarget(
            name: "MTLintCLI",
            dependencies: [
                "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/mtlint"
        ),
        .testTarget(name: "ICUTests", dependencies: ["ICU"]),
        // Fixtures/ holds expected reports that the tests read.
        .testTarget(
            name: "MTLintTests",
            dependencies: ["MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "ICU"],
            exclude: ["Fixtures"]
        ),
        // Golden/ holds the expected report of corpora/ in every format; Yams reads action.yml.
        .testTarget(
            name: "MTLintCLITests",
            dependencies: [
                "MTLintCLI", "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Golden"]
        ),
    ]
)
