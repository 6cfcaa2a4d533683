import Foundation
import MTLintServer
import Testing

/// A real LanguageTool client, language_tool_python from PyPI (`make test` installs it),
/// pointed at the server with `remote_server=`, as its users do. Skipped, with the reason,
/// where python3 or the package is missing (a machine without PyPI).
@Suite struct LanguageToolClientTests {
    static let script = packageRoot.appendingPathComponent("Tests/MTLintServerTests/Clients/languagetool_client.py")

    /// Why the client cannot run here, or nil.
    static let missing: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import language_tool_python"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "python3 cannot be started: \(error)" }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "python3 has no language_tool_python (pip install language_tool_python)"
    }()

    @Test(.enabled(if: missing == nil, "\(missing ?? "")"))
    func languageToolPythonChecksAnItalianText() async throws {
        let output = try await withServer { _, port in
            try await onOwnThread {
                try Self.runClient(url: "http://127.0.0.1:\(port)", language: "it", text: italianSample)
            }
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.map { $0["ruleId"] as? String } == ["figure/garbled-scale", "text/repeated-word"])
        // The client's offsets are Python string indices: the emoji counts once.
        #expect(matches.map { $0["offset"] as? Int } == [28, 60])
        #expect(matches.map { $0["errorLength"] as? Int } == [16, 5])
        #expect(matches.map { $0["matchedText"] as? String } == ["10 Cento milioni", "il il"])
        #expect(matches.map { $0["replacements"] as? [String] } == [["1 miliardo"], ["il"]])
        #expect(matches.map { $0["category"] as? String } == ["ACCURACY", "FLUENCY"])
        #expect(matches.map { $0["ruleIssueType"] as? String } == ["numbers", "duplication"])
        #expect(matches.map { $0["sentence"] as? String } == [italianSample, italianSample])
        #expect(json["corrected"] as? String == "Nel 2023 l’azienda 😀 pagava 1 miliardo di dollari per il progetto.")
    }

    static func runClient(url: String, language: String, text: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, url, language, text]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ServerTestError(
                description: "the client failed (\(process.terminationStatus)): \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
