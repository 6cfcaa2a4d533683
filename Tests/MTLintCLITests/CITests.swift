import Foundation
import Testing

/// An Italian article with two findings on lines 3 and 4, and lines that an edit can shift.
private let article = """
    Titolo

    Ha pagato il il conto.
    La la sera era fredda.

    """

@Suite("Configuration file")
struct ConfigurationFileTests {
    @Test("the nearest .mtlint.yml above the working folder applies; --no-config ignores it")
    func discovery() throws {
        let folder = try TemporaryFolder()
        try folder.write(".mtlint.yml", "rules:\n  disable: [text/repeated-word]\n")
        try folder.write("sub/deep/conto.txt", repeatedWordLine + "\n")
        let inner = folder.url.appendingPathComponent("sub/deep")
        let configured = runMTLint(["--lang", "it", "--format", "json", "conto.txt"], in: inner)
        #expect(configured.status == Status.clean)
        #expect(try onlyFileDiagnostics(configured.stdout).isEmpty)
        let ignored = runMTLint(["--no-config", "--lang", "it", "--format", "json", "conto.txt"], in: inner)
        #expect(try onlyFileDiagnostics(ignored.stdout).count == 1)
    }

    @Test("--config names the file; its globs are relative to its own folder")
    func explicitConfig() throws {
        let folder = try TemporaryFolder()
        try folder.write("settings/ci.yml", "language:\n  paths:\n    \"../texts/fr/**\": fr\n")
        try folder.write("settings/strict.yml", "language:\n  default: it\nfail-on: warning\n")
        try folder.write("texts/fr/a.txt", repeatedWordLine + "\n")
        // `..` is not a glob: the error names the file and the line.
        let bad = folder.run(["--config", "settings/ci.yml", "texts"])
        #expect(bad.status == Status.usage)
        #expect(
            bad.stderr
                == "mtlint: error: settings/ci.yml:3: language.paths: bad glob `../texts/fr/**`: `..` cannot be matched: paths are relative to the configuration file's folder, without `.` or `..`\n"
        )
        #expect(bad.stdout.isEmpty)
        let strict = folder.run(["--config", "settings/strict.yml", "--format", "json", "texts"])
        #expect(strict.status == Status.findings)
        let file = try #require(try reportFiles(jsonObject(strict.stdout)).first)
        #expect(file["language"] as? String == "it")
        #expect(file["languageReason"] as? String == "given in settings/strict.yml")
        #expect(folder.run(["--config", "missing.yml", "texts"]).stderr == "mtlint: error: missing.yml: no such file\n")
        #expect(folder.run(["--config", "x.yml", "--no-config", "texts"]).status == Status.usage)
    }

    @Test(
        "configuration errors exit 2 and name the file, the line and the nearest valid key",
        arguments: [
            (
                "version: 1\n\nrules:\n  disable: [text/*]\n  severty:\n    figure/*: info\n",
                "mtlint: error: .mtlint.yml:5: unknown key `severty` in `rules`; did you mean `severity`?\n"
            ),
            (
                "exclude: [\"[draft\"]\n",
                "mtlint: error: .mtlint.yml:1: exclude: bad glob `[draft`: `[` is never closed with `]`; write `\\[` for a literal bracket\n"
            ),
            (
                "rules:\n  enable:\n    - text/repeat-word\n",
                "mtlint: error: .mtlint.yml:3: rules.enable: no rule `text/repeat-word`; did you mean `text/repeated-word`?\n"
            ),
            ("min-score: 101\n", "mtlint: error: .mtlint.yml:1: min-score must be between 0 and 100, not 101.0\n"),
        ])
    func errors(yaml: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write(".mtlint.yml", yaml)
        try folder.write("conto.txt", repeatedWordLine + "\n")
        let result = folder.run(["conto.txt"])
        #expect(result.status == Status.usage)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
    }

    @Test("languages per path, include and exclude, severities and fail-on from the file")
    func settingsApply() throws {
        let folder = try TemporaryFolder()
        try folder.write(
            ".mtlint.yml",
            """
            version: 1
            language:
              default: it
              paths:
                corpus/fr/**: fr
            include: ["corpus/**"]
            exclude: ["**/bozze"]
            rules:
              severity:
                text/*: error
            """)
        try folder.write("corpus/fr/a.txt", "Il a payé la la note.\n")
        try folder.write("corpus/it/b.txt", repeatedWordLine + "\n")
        try folder.write("corpus/it/bozze/c.txt", repeatedWordLine + "\n")
        try folder.write("altro/d.txt", repeatedWordLine + "\n")
        let result = folder.run(["--format", "json", "."])
        #expect(result.status == Status.findings)
        let files = try reportFiles(jsonObject(result.stdout))
        #expect(files.map { $0["path"] as? String } == ["./corpus/fr/a.txt", "./corpus/it/b.txt"])
        #expect(files.map { $0["language"] as? String } == ["fr", "it"])
        #expect(files.map { $0["languageReason"] as? String } == ["given in .mtlint.yml for corpus/fr/**", "given in .mtlint.yml"])
        let severities = files.flatMap { ($0["diagnostics"] as? [JSONObject] ?? []).map { $0["severity"] as? String } }
        #expect(severities == ["error", "error"])
        // A file named on the command line is linted even if the globs leave it out.
        #expect(folder.run(["altro/d.txt"]).stdout.contains("altro/d.txt:1:11: error: repeated word"))
        // --lang and --fail-on win over the file.
        let flags = folder.run(["--lang", "es", "--fail-on", "never", "--format", "json", "corpus/it"])
        #expect(flags.status == Status.clean)
        #expect(try reportFiles(jsonObject(flags.stdout)).first?["languageReason"] as? String == "given with --lang")
    }

    @Test("--enable and --disable take ids and families and win over the file")
    func ruleFlags() throws {
        let folder = try TemporaryFolder()
        try folder.write(".mtlint.yml", "rules:\n  disable: [text/*]\n")
        try folder.write("conto.txt", repeatedWordLine + "\n")
        #expect(folder.run(["--lang", "it", "conto.txt"]).stdout.contains("0 warnings"))
        #expect(folder.run(["--lang", "it", "--enable", "text/repeated-word", "conto.txt"]).stdout.contains("1 warning,"))
        #expect(folder.run(["--no-config", "--lang", "it", "--disable", "text/*", "conto.txt"]).stdout.contains("0 warnings"))
        let bad = folder.run(["--disable", "text/repeated", "conto.txt"])
        #expect(bad.status == Status.usage)
        #expect(bad.stderr.contains("--disable: no rule `text/repeated`; did you mean `text/repeated-word`?"))
    }

    @Test("mtlint init writes a commented default that check accepts, and never overwrites by accident")
    func initCommand() throws {
        let folder = try TemporaryFolder()
        let first = folder.run(["init"])
        #expect(first.status == Status.clean)
        #expect(first.stdout == "wrote .mtlint.yml; docs/configuration.md describes every key\n")
        let written = try String(contentsOf: folder.url.appendingPathComponent(".mtlint.yml"), encoding: .utf8)
        #expect(written.hasPrefix("# mtlint configuration"))
        #expect(written.contains("\nversion: 1\n"))
        try folder.write("conto.txt", repeatedWordLine + "\n")
        #expect(folder.run(["conto.txt"]).status == Status.clean)
        let again = folder.run(["init"])
        #expect(again.status == Status.usage)
        #expect(again.stderr == "mtlint: error: .mtlint.yml exists; give --force to replace it\n")
        #expect(folder.run(["init", "--force"]).status == Status.clean)
        // docs/configuration.md shows exactly what init writes.
        let docs = try String(contentsOf: packageRoot.appendingPathComponent("docs/configuration.md"), encoding: .utf8)
        #expect(docs.contains("```yaml\n" + written + "```"), "docs/configuration.md is stale: paste the output of `mtlint init` into it")
    }
}

@Suite("Baseline")
struct BaselineCLITests {
    @Test("a baseline survives lines added above its findings; only new findings are reported and fail")
    func survivesEdits() throws {
        let folder = try TemporaryFolder()
        try folder.write("testo.txt", article)
        // mtlint creates no folders (docs/reliability.md): the baseline's folder exists.
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("ci"), withIntermediateDirectories: false)
        let write = folder.run(["--lang", "it", "--write-baseline", "ci/baseline.json", "--fail-on", "warning", "testo.txt"])
        #expect(write.status == Status.clean)
        #expect(write.stderr == "mtlint: wrote 2 findings to the baseline ci/baseline.json\n")
        let stored = try jsonObject(String(contentsOf: folder.url.appendingPathComponent("ci/baseline.json"), encoding: .utf8))
        #expect((stored["findings"] as? [JSONObject])?.map { $0["path"] as? String } == ["../testo.txt", "../testo.txt"])

        // Unchanged: nothing new, exit 0 even at --fail-on warning.
        let same = folder.run(["--lang", "it", "--baseline", "ci/baseline.json", "--fail-on", "warning", "testo.txt"])
        #expect(same.status == Status.clean)
        #expect(same.stdout == "1 file checked (11 words): 0 errors, 0 warnings, 0 infos; score 100.0; 2 findings in the baseline\n")

        // Three lines added at the top, one old finding fixed, one new finding at the end.
        try folder.write(
            "testo.txt",
            "Premessa.\n\nUn'altra riga.\n" + article.replacingOccurrences(of: "La la sera", with: "La sera")
                + "Alla fine di di tutto.\n")
        let edited = folder.run(["--lang", "it", "--baseline", "ci/baseline.json", "--fail-on", "warning", "testo.txt"])
        #expect(edited.status == Status.findings)
        #expect(edited.stdout.contains("testo.txt:8:11: warning: repeated word: `di di`"))
        #expect(!edited.stdout.contains("il il"))
        #expect(edited.stdout.hasSuffix("1 warning, 0 infos; score 0.0; 1 finding in the baseline, 1 stale entry\n"), "\(edited.stdout)")
        let json = try jsonObject(folder.run(["--lang", "it", "--baseline", "ci/baseline.json", "--format", "json", "testo.txt"]).stdout)
        let baseline = try #require((json["summary"] as? JSONObject)?["baseline"] as? JSONObject)
        #expect(baseline["matched"] as? Int == 1)
        #expect(baseline["stale"] as? Int == 1)
        #expect(baseline["file"] as? String == "ci/baseline.json")
    }

    @Test("a corpus article's baseline holds when its line count changes")
    func corpusArticle() throws {
        let folder = try TemporaryFolder()
        let source = packageRoot.appendingPathComponent("corpora/it/chip-ai-mt.txt")
        let original = try String(contentsOf: source, encoding: .utf8)
        try folder.write("corpora/it/chip-ai-mt.txt", original)
        #expect(folder.run(["--no-config", "--write-baseline", "baseline.json", "corpora"]).status == Status.clean)
        let recorded = try jsonObject(String(contentsOf: folder.url.appendingPathComponent("baseline.json"), encoding: .utf8))
        let count = (recorded["findings"] as? [Any])?.count ?? 0
        #expect(count > 3)
        // A new first paragraph and blank lines between the others: every line number moves.
        try folder.write(
            "corpora/it/chip-ai-mt.txt",
            "Nota della redazione: articolo aggiornato.\n\n"
                + original.replacingOccurrences(of: "\n\n", with: "\n\n\n"))
        let after = folder.run(["--no-config", "--baseline", "baseline.json", "--fail-on", "info", "--format", "json", "corpora"])
        #expect(after.status == Status.clean, "\(after.stdout)")
        let summary = try #require(try jsonObject(after.stdout)["summary"] as? JSONObject)
        let baseline = try #require(summary["baseline"] as? JSONObject)
        #expect(baseline["matched"] as? Int == count)
        #expect(baseline["stale"] as? Int == 0)
    }

    @Test("the configuration's baseline key applies; a missing or broken baseline is exit 2")
    func fromConfiguration() throws {
        let folder = try TemporaryFolder()
        try folder.write("testo.txt", article)
        try folder.write(".mtlint.yml", "language: it\nfail-on: warning\nbaseline: mtlint-baseline.json\n")
        let missing = folder.run(["testo.txt"])
        #expect(missing.status == Status.usage)
        #expect(
            missing.stderr
                == "mtlint: error: .mtlint.yml:3: baseline: no file `mtlint-baseline.json`; make it with `mtlint check --write-baseline mtlint-baseline.json`\n"
        )
        #expect(folder.run(["--write-baseline", "mtlint-baseline.json", "testo.txt"]).status == Status.clean)
        #expect(folder.run(["testo.txt"]).status == Status.clean)
        try folder.write("rotto.json", "not json")
        let broken = folder.run(["--baseline", "rotto.json", "testo.txt"])
        #expect(broken.status == Status.usage)
        #expect(broken.stderr == "mtlint: error: rotto.json: not an mtlint baseline (JSON with `version`, `tool` and `findings`)\n")
    }
}

@Suite("Quality score gate")
struct ScoreGateTests {
    @Test("--min-score fails files below it with exit 1 and names them on stderr")
    func minScore() throws {
        let folder = try TemporaryFolder()
        // 5 words and one warning: 100 − 5 × 1000 / 5 < 0, so the score is 0.
        try folder.write("conto.txt", repeatedWordLine + "\n")
        try folder.write("pulito.txt", "Ha pagato il conto del ristorante.\n")
        let failing = folder.run(["--lang", "it", "--min-score", "90", "conto.txt", "pulito.txt"])
        #expect(failing.status == Status.findings)
        #expect(failing.stderr == "mtlint: error: conto.txt: quality score 0.0 is below the minimum 90.0\n")
        // Streamed (text, JSON) or not (SARIF), the files below are named in the inputs' order.
        try folder.write("conto2.txt", repeatedWordLine + "\n")
        for format in ["text", "json", "sarif"] {
            let both = folder.run(["--lang", "it", "--format", format, "--min-score", "90", "conto.txt", "pulito.txt", "conto2.txt"])
            #expect(both.status == Status.findings)
            #expect(
                both.stderr == "mtlint: error: conto.txt: quality score 0.0 is below the minimum 90.0\n"
                    + "mtlint: error: conto2.txt: quality score 0.0 is below the minimum 90.0\n")
        }
        #expect(folder.run(["--lang", "it", "--min-score", "90", "pulito.txt"]).status == Status.clean)
        #expect(folder.run(["--lang", "it", "--min-score", "0", "conto.txt"]).status == Status.clean)
        #expect(folder.run(["--min-score", "120", "conto.txt"]).status == Status.usage)
        let json = try reportFiles(jsonObject(folder.run(["--lang", "it", "--format", "json", "conto.txt", "pulito.txt"]).stdout))
        #expect(json.map { $0["score"] as? Double } == [0, 100])
    }
}

@Suite("Progress line")
struct ProgressTests {
    /// Runs mtlint under script(1), so that its stdout and stderr are a terminal.
    private func onTerminal(_ arguments: [String], in folder: TemporaryFolder) throws -> String {
        let binary = try #require(mtlintExecutable).path
        let command = ([binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
        process.currentDirectoryURL = folder.url
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin", "TERM": "dumb"]
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text
    }

    @Test(
        "on a terminal a progress line shows and is erased; --quiet and pipes have none",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script(1) is not installed"))
    func progress() throws {
        let folder = try TemporaryFolder()
        for number in 1...3 { try folder.write("testi/t\(number).txt", "Ha pagato il conto.\n") }
        let shown = try onTerminal(["--lang", "it", "--jobs", "1", "testi"], in: folder)
        #expect(shown.contains("mtlint: 3/3 files"), "\(shown.debugDescription)")
        #expect(shown.contains("\r\u{1B}[2K3 files checked"), "the line is erased before the summary: \(shown.debugDescription)")
        let quiet = try onTerminal(["--lang", "it", "--quiet", "testi"], in: folder)
        #expect(!quiet.contains("files\r") && !quiet.contains("mtlint: "), "\(quiet.debugDescription)")
        #expect(quiet.contains("3 files checked"))
        #expect(folder.run(["--lang", "it", "testi"]).stderr.isEmpty)
    }
}

@Suite("Streaming")
struct StreamingCLITests {
    @Test("text and JSON Lines reports are the same whatever --jobs is")
    func stableOrder() throws {
        let folder = try TemporaryFolder()
        for number in 1...12 {
            try folder.write("t/\(number).txt", String(repeating: "Il conto è qui. ", count: number * 200) + repeatedWordLine + "\n")
        }
        for format in ["text", "jsonl"] {
            let one = folder.run(["--lang", "it", "--format", format, "--jobs", "1", "t"])
            let three = folder.run(["--lang", "it", "--format", format, "--jobs", "3", "t"])
            #expect(one.stdout == three.stdout)
            #expect(one.stdout.components(separatedBy: "repeated word").count == 13)
        }
    }
}
