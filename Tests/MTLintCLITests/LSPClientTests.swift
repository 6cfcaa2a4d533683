import Foundation
import Testing

/// A real LSP client library, pygls from PyPI (`make test` installs it), drives the built
/// `mtlint lsp` as an editor would: open a document, receive diagnostics at the right ranges,
/// apply the preferred code action. Skipped, with the reason, where python3 or pygls is missing.
@Suite struct LSPClientTests {
    static let script = packageRoot.appendingPathComponent("Tests/MTLintCLITests/Clients/lsp_client.py")

    /// Why the client cannot run here, or nil.
    static let missing: String? = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c", "import pygls.lsp.client, importlib.metadata as m; assert int(m.version('pygls').split('.')[0]) >= 2",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return "python3 cannot be started: \(error)" }
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : "python3 has no pygls 2 (pip install 'pygls>=2')"
    }()

    @Test(.enabled(if: missing == nil, "\(missing ?? "")"))
    func pyglsOpensADocumentAndAppliesTheQuickFix() throws {
        let executable = try #require(mtlintExecutable)
        let text = "# Titolo\nNel 2023 l’azienda 😀 pagava 10 Cento milioni di dollari per il il progetto.\n"
        let result = runProcess("/usr/bin/env", ["python3", Self.script.path, executable.path, text])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try jsonObject(result.stdout)
        #expect(json["server"] as? String == "mtlint")
        #expect(json["positionEncoding"] as? String == "utf-16")
        let diagnostics = try #require(json["diagnostics"] as? [JSONObject])
        #expect(diagnostics.map { $0["code"] as? String } == ["figure/garbled-scale", "text/repeated-word"])
        #expect(diagnostics.map { $0["range"] as? [Int] } == [[1, 29, 1, 45], [1, 61, 1, 66]])
        #expect(diagnostics.map { $0["severity"] as? Int } == [1, 2])
        #expect(diagnostics.map { $0["source"] as? String } == ["mtlint", "mtlint"])
        let actions = try #require(json["actions"] as? [JSONObject])
        #expect(actions.map { $0["title"] as? String } == ["Replace `il il` with `il`"])
        #expect(actions.map { $0["preferred"] as? Bool } == [true])
        #expect(json["edited"] as? String == "# Titolo\nNel 2023 l’azienda 😀 pagava 10 Cento milioni di dollari per il progetto.\n")
    }

    /// Runs a program to its end with a time limit of two minutes.
    func runProcess(_ path: String, _ arguments: [String]) -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return (-1, "", "\(error)") }
        let timer = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: timer)
        let errorData = ErrorBox()
        let group = DispatchGroup()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue.global().async(group: group) { errorData.data = errorHandle.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        timer.cancel()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData.data, as: UTF8.self))
    }

    /// Written by one reader thread, read after the group it belongs to is waited on.
    private final class ErrorBox: @unchecked Sendable {
        var data = Data()
    }
}
