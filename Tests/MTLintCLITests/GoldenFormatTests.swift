import Foundation
import Testing

/// The report of `mtlint check --no-config corpora/` in every format, byte for byte, against
/// Tests/MTLintCLITests/Golden/corpora.FORMAT. `make update-golden` (MTLINT_RECORD=1)
/// re-records them when a change of findings or of a format is deliberate; review the diff.
@Suite("Golden reports of corpora/ in every format")
struct GoldenFormatTests {
    static let formats: [(format: String, file: String)] = [
        ("text", "corpora.txt"), ("json", "corpora.json"), ("sarif", "corpora.sarif"), ("junit", "corpora.junit.xml"),
        ("github", "corpora.github.txt"), ("jsonl", "corpora.jsonl"), ("checkstyle", "corpora.checkstyle.xml"),
        ("html", "corpora.html"),
    ]

    static var recording: Bool { ProcessInfo.processInfo.environment["MTLINT_RECORD"] == "1" }

    @Test(arguments: formats.map(\.format))
    func matchesTheGoldenReport(format: String) throws {
        let file = try #require(Self.formats.first { $0.format == format }?.file)
        let result = runMTLint(["check", "--no-config", "--format", format, "--jobs", "2", "corpora/"], in: packageRoot)
        // The corpora have planted errors: exit 1, nothing on stderr.
        #expect(result.status == Status.findings)
        #expect(result.stderr.isEmpty, "stderr: \(result.stderr)")
        let golden = packageRoot.appendingPathComponent("Tests/MTLintCLITests/Golden/" + file)
        if Self.recording {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(
            result.stdout == expected, "\(format): the report changed; if that is deliberate, run `make update-golden` and review the diff")
    }
}

/// The schema of SARIF 2.1.0 in ../shared/schemas, which CI provides.
let sarifSchema = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/sarif-2.1.0.json")

@Suite(
    "SARIF validates against the official schema",
    .enabled(if: FileManager.default.fileExists(atPath: sarifSchema.path), "../shared/schemas/sarif-2.1.0.json is not present"))
struct SARIFSchemaTests {
    /// Validates `sarif` with python3's jsonschema (Draft 4, the schema's own), printing every
    /// error; `make test` installs jsonschema when it is missing.
    private func validate(_ sarif: String) throws -> (status: Int32, output: String) {
        let folder = try TemporaryFolder()
        try folder.write("report.sarif", sarif)
        let script = """
            import json, sys
            import jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())
            errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
            for error in errors:
                print("/".join(map(str, error.absolute_path)), error.message)
            print(f"{len(errors)} errors")
            sys.exit(1 if errors else 0)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, sarifSchema.path, folder.url.appendingPathComponent("report.sarif").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("the SARIF of the corpora/ run is valid")
    func corporaRunIsValid() throws {
        let result = runMTLint(["check", "--no-config", "--format", "sarif", "corpora/"], in: packageRoot)
        #expect(result.status == Status.findings)
        let validation = try validate(result.stdout)
        #expect(validation.status == 0, "\(validation.output)")
        #expect(validation.output.hasSuffix("0 errors\n"), "\(validation.output)")
    }

    @Test("SARIF with unreadable inputs, a baseline and absolute paths is valid")
    func problemsAreValid() throws {
        let folder = try TemporaryFolder()
        try folder.write("a b/conto.txt", repeatedWordLine + "\n")
        try folder.write("latin1.txt", bytes: [0x63, 0xFF])
        _ = folder.run(["--write-baseline", "base.json", "a b"])
        let result = folder.run([
            "--format", "sarif", "--baseline", "base.json", "a b", "latin1.txt",
            folder.url.appendingPathComponent("a b/conto.txt").path,
        ])
        #expect(result.status == Status.unreadable)
        let validation = try validate(result.stdout)
        #expect(validation.status == 0, "\(validation.output)")
    }

    /// A check that cannot fail is no check: an invalid log must be refused.
    @Test("the validator refuses an invalid log")
    func validatorRefusesInvalidLogs() throws {
        let validation = try validate(#"{"version": "2.1.0", "runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal"}]}]}"#)
        #expect(validation.status == 1, "\(validation.output)")
        #expect(validation.output.contains("'name' is a required property"))
    }
}

/// What GitHub code scanning requires of an upload, beyond the schema
/// (docs.github.com, "SARIF support for code scanning").
@Suite("SARIF meets GitHub code scanning's constraints")
struct SARIFGitHubTests {
    @Test func corporaRun() throws {
        let result = runMTLint(["check", "--no-config", "--format", "sarif", "corpora/"], in: packageRoot)
        let log = try jsonObject(result.stdout)
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [JSONObject])
        try #require(runs.count == 1)
        let driver = try #require((runs[0]["tool"] as? JSONObject)?["driver"] as? JSONObject)
        #expect(driver["name"] as? String == "mtlint")
        let rules = try #require(driver["rules"] as? [JSONObject])
        let ids = rules.compactMap { $0["id"] as? String }
        #expect(ids.count == rules.count && Set(ids).count == ids.count)
        for rule in rules {
            let help = try #require(rule["helpUri"] as? String)
            #expect(URL(string: help)?.scheme == "https")
            #expect(help.hasSuffix("docs/rules.md#" + (rule["id"] as? String ?? "").filter { $0 != "/" }))
            #expect(((rule["shortDescription"] as? JSONObject)?["text"] as? String)?.isEmpty == false)
            #expect(["error", "warning", "note"].contains((rule["defaultConfiguration"] as? JSONObject)?["level"] as? String ?? ""))
        }
        let results = try #require(runs[0]["results"] as? [JSONObject])
        // One result per finding of the JSON report.
        let json = try jsonObject(runMTLint(["check", "--no-config", "--format", "json", "corpora/"], in: packageRoot).stdout)
        let summary = try #require(json["summary"] as? JSONObject)
        #expect(results.count == ["errors", "warnings", "infos"].reduce(0) { $0 + (summary[$1] as? Int ?? -1) })
        #expect(!results.isEmpty)
        var fingerprints = Set<String>()
        for entry in results {
            #expect(ids.contains(entry["ruleId"] as? String ?? ""))
            #expect(["error", "warning", "note"].contains(entry["level"] as? String ?? ""))
            let fingerprint = try #require((entry["partialFingerprints"] as? JSONObject)?["mtlintFingerprint/v1"] as? String)
            fingerprints.insert(fingerprint)
            let location = try #require(((entry["locations"] as? [JSONObject])?.first)?["physicalLocation"] as? JSONObject)
            let artifact = try #require(location["artifactLocation"] as? JSONObject)
            #expect((artifact["uri"] as? String)?.hasPrefix("corpora/") == true)
            #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
            let region = try #require(location["region"] as? JSONObject)
            let (line, column) = (region["startLine"] as? Int ?? 0, region["startColumn"] as? Int ?? 0)
            let (endLine, endColumn) = (region["endLine"] as? Int ?? 0, region["endColumn"] as? Int ?? 0)
            #expect(line >= 1 && column >= 1 && (endLine, endColumn) > (line, column))
        }
        // Each result is told apart from the others.
        #expect(fingerprints.count == results.count)
    }
}
