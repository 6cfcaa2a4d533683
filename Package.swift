// swift-tools-version:6.1
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
        // `mtlint serve`: the HTTP server (SwiftNIO underneath). No traits: its default ones
        // bring swift-configuration, which mtlint does not use; no HummingbirdTesting, whose
        // HTTP client would compile BoringSSL (tests use a real socket on a free port).
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: []),
        // `mtlint mcp`: the Model Context Protocol's own Swift SDK (server and, for tests, client).
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
        // The logging API both of them use: mtlint passes them quiet loggers.
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
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
        // libcmark, the reference implementation of CommonMark (Debian's libcmark-dev): Markdown
        // read as a document, with source positions for its blocks.
        .target(
            name: "CMarkdown",
            linkerSettings: [.linkedLibrary("cmark")]
        ),
        // gumbo, an HTML5 parser that recovers from errors as browsers do (Debian's
        // libgumbo-dev), and the table of HTML5's named character references.
        .target(
            name: "CHTML",
            linkerSettings: [.linkedLibrary("gumbo")]
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
        // Documents as stored: Markdown and HTML read into segments of text, each character
        // mapped back to the file's text (docs/documents.md); bilingual files (XLIFF, PO,
        // TMX, CSV, TSV) read into sources and targets (docs/bilingual.md), XML through
        // Foundation's XMLParser. No ICU, no rules.
        .target(name: "MTLintDocuments", dependencies: ["CMarkdown", "CHTML"]),
        // Core: the document and its analysis, figures, names, languages, and the diagnostic
        // model (findings, locations, fixes, reports of a run) that rules and reports share.
        .target(
            name: "MTLintCore",
            dependencies: ["MTLintText", "MTLintDocuments", "ICU", "CSpell", "CXML", .product(name: "Yams", package: "Yams")],
            // The default glossary is compiled into the binary, so an installed mtlint needs
            // no resource folder beside it; the YAML is its source, the JSON what is read
            // (quicker to decode; `make glossary` rebuilds it). The Han readings are a table made
            // from ICU's Han-Latin transliteration (`make han-readings`), quicker than opening it.
            exclude: ["Resources/default-glossary.yml"],
            resources: [.embedInCode("Resources/default-glossary.json"), .embedInCode("Resources/han-readings.txt")]
        ),
        // The rules: pure functions of an analysis, one file each, and their registry.
        .target(name: "MTLintRules", dependencies: ["MTLintCore", "MTLintText", "MTLintDocuments", "ICU"]),
        // The report formats: one type per format behind one Reporter protocol.
        .target(name: "MTLintReport", dependencies: ["MTLintCore", "MTLintDocuments", "MTLintText"]),
        // The facade the command line uses: inputs, configuration, the linter, baselines.
        .target(
            name: "MTLint",
            dependencies: [
                "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "MTLintDocuments", "ICU",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Editors and agents: JSON-RPC over standard streams, the language server (LSP) and
        // the Model Context Protocol server, and checking one text with the server's settings.
        .target(
            name: "MTLintProtocols",
            dependencies: [
                "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "ICU",
            ]
        ),
        // `mtlint serve`: LanguageTool's HTTP API and mtlint's own, with limits and metrics.
        .target(
            name: "MTLintServer",
            dependencies: [
                "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "ICU",
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The thin command line.
        .executableTarget(
            name: "MTLintCLI",
            dependencies: [
                "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "MTLintDocuments", "MTLintProtocols",
                "MTLintServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/mtlint"
        ),
        .testTarget(name: "ICUTests", dependencies: ["ICU"]),
        .testTarget(name: "MTLintDocumentsTests", dependencies: ["MTLintDocuments"]),
        // Fixtures/ holds expected reports that the tests read.
        .testTarget(
            name: "MTLintTests",
            dependencies: ["MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText", "MTLintDocuments", "ICU"],
            exclude: ["Fixtures"]
        ),
        // Golden/ holds the expected report of corpora/ in every format, Documents/ the Markdown
        // and HTML fixtures, Bilingual/ the PO, XLIFF, TMX and CSV ones; Yams reads action.yml.
        // Clients/ holds the script with which a real LSP client library drives `mtlint lsp`.
        .testTarget(
            name: "MTLintCLITests",
            dependencies: [
                "MTLintCLI", "MTLint", "MTLintRules", "MTLintReport", "MTLintCore", "MTLintText",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Golden", "Documents", "Bilingual", "Clients"]
        ),
        // The servers in-process: HTTP on a free port of 127.0.0.1, LSP and MCP messages.
        // Clients/ holds the script that checks through a real LanguageTool client library.
        .testTarget(
            name: "MTLintServerTests",
            dependencies: [
                "MTLintServer", "MTLintProtocols", "MTLint", "MTLintReport", "MTLintCore", "MTLintText",
                .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Clients"]
        ),
    ]
)
