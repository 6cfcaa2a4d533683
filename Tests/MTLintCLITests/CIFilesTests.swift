import Foundation
import Testing
import Yams

/// action.yml and .pre-commit-hooks.yaml are read by GitHub and pre-commit, not by mtlint:
/// these tests keep them valid YAML with the keys those tools need, and pointed at the
/// command line as it is.
@Suite("CI integration files")
struct CIFilesTests {
    private func load(_ name: String) throws -> Any? {
        try Yams.load(yaml: String(contentsOf: packageRoot.appendingPathComponent(name), encoding: .utf8))
    }

    @Test func actionIsACompositeActionThatUploadsSARIF() throws {
        let action = try #require(try load("action.yml") as? [String: Any])
        #expect(action["name"] as? String == "mtlint")
        #expect((action["description"] as? String)?.isEmpty == false)
        let inputs = try #require(action["inputs"] as? [String: Any])
        #expect(Set(inputs.keys) == ["paths", "args", "sarif-file", "upload-sarif", "category", "annotations"])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let scripts = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(scripts.contains("swift build -c release --package-path \"$GITHUB_ACTION_PATH\""))
        #expect(scripts.contains("mtlint check --format sarif"))
        #expect(scripts.contains("--format github"))
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        // Every shell step says its shell, as composite actions require.
        #expect(steps.filter { $0["run"] != nil }.allSatisfy { $0["shell"] as? String == "bash" })
    }

    @Test func preCommitHooksRunMtlintOnTextFiles() throws {
        let hooks = try #require(try load(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.map { $0["id"] as? String } == ["mtlint", "mtlint-system"])
        #expect(hooks.map { $0["language"] as? String } == ["swift", "system"])
        for hook in hooks {
            #expect(hook["entry"] as? String == "mtlint check --quiet")
            #expect(hook["files"] as? String == #"\.(txt|md|markdown|html?|xhtml)$"#)
        }
    }
}
