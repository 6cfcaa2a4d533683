import Testing

@testable import MTLint
@testable import MTLintCore
@testable import MTLintReport
@testable import MTLintRules
@testable import MTLintText

@Suite struct GlobTests {
    @Test(arguments: [
        // `*` and `?` stay inside a component.
        ("*.txt", "a.txt", true), ("*.txt", "corpora/it/a.txt", true), ("*.txt", "a.md", false),
        ("corpora/*.txt", "corpora/a.txt", true), ("corpora/*.txt", "corpora/it/a.txt", false),
        ("a?.txt", "ab.txt", true), ("a?.txt", "a.txt", false), ("a?c", "a/c", false),
        // `**` as a component: any number of folders, none included.
        ("corpora/**", "corpora/fr/a.txt", true), ("corpora/**", "other/a.txt", false),
        ("corpora/**/a.txt", "corpora/a.txt", true), ("corpora/**/a.txt", "corpora/x/y/a.txt", true),
        ("**/drafts", "x/y/drafts/a.txt", true), ("**/*.md", "README.md", true),
        // `**` inside a component is `*`.
        ("a**b", "axyb", true), ("a**b", "ax/yb", false),
        // Sets, ranges, negation, escapes.
        ("[abc].txt", "b.txt", true), ("[abc].txt", "d.txt", false), ("[a-c]x", "bx", true),
        ("[!a-c]x", "bx", false), ("[^a-c]x", "dx", true), ("[]]", "]", true), ("\\*", "*", true), ("\\*", "a", false),
        // A name without `/` matches at any depth; with `/` it is anchored; a leading `/` anchors.
        ("drafts", "drafts", true), ("drafts", "corpora/drafts/a.txt", true),
        ("corpora/fr", "x/corpora/fr/a.txt", false), ("corpora/fr", "corpora/fr/a.txt", true),
        ("/a.txt", "a.txt", true), ("/a.txt", "x/a.txt", false), ("./a.txt", "a.txt", true),
        // A trailing `/` is for folders only.
        ("drafts/", "drafts/a.txt", true), ("drafts/", "drafts", false),
        // Non-ASCII names match scalar by scalar.
        ("città/?.txt", "città/é.txt", true),
        // A star that must give back what it took, in names and over folders.
        ("*a*b", "xaxaxb", true), ("*a*b", "xaxax", false), ("a*a", "aa", true), ("*?*?", "ab", true),
        ("**/x/**/y", "a/x/b/x/c/y", true), ("**/x/**/y", "a/x/b/z/c", false),
        // Found by an audit: many stars against a long name took exponential time (minutes
        // for eight), a configuration that froze a run or the language server.
        ("*a*a*a*a*a*a*a*a*b", String(repeating: "a", count: 60) + ".txt", false),
        ("*a*a*a*a*a*a*a*a*t", String(repeating: "a", count: 60) + ".txt", true),
        ("**/a/**/a/**/a/**/a/**/a/**/b", Array(repeating: "a", count: 40).joined(separator: "/"), false),
    ])
    func matches(pattern: String, path: String, expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected, "\(pattern) ~ \(path)")
    }

    @Test func trailingSlashMatchesAFolderItself() throws {
        #expect(try Glob("drafts/").matches("drafts", isFolder: true))
    }

    @Test(arguments: [
        ("corpora/[fr", "`[` is never closed"),
        ("a\\", "escapes nothing"),
        ("", "empty pattern"),
        ("/", "names no file"),
        ("../x", "`..` cannot be matched"),
        ("[z-a]", "backwards"),
    ])
    func badPatterns(pattern: String, reason: String) {
        #expect {
            _ = try Glob(pattern)
        } throws: { error in
            "\(error)".contains(reason) && "\(error)".contains("bad glob `\(pattern)`")
        }
    }
}

@Suite struct PathResolverTests {
    let resolver = PathResolver(workingDirectory: "/home/ana/project/docs")

    @Test func resolvesRelativeAndAbsolutePaths() {
        #expect(resolver.absolute("a.txt") == "/home/ana/project/docs/a.txt")
        #expect(resolver.absolute("../corpora/./it//a.txt") == "/home/ana/project/corpora/it/a.txt")
        #expect(resolver.absolute("/etc/x") == "/etc/x")
        #expect(resolver.relative("../corpora/a.txt", to: "/home/ana/project") == "corpora/a.txt")
        #expect(resolver.relative("/elsewhere/a.txt", to: "/home/ana/project") == nil)
        #expect(resolver.relative("/home/ana/projectx/a.txt", to: "/home/ana/project") == nil)
        #expect(resolver.display("/home/ana/project/.mtlint.yml") == "../.mtlint.yml")
        #expect(resolver.display("/home/ana/project/docs/.mtlint.yml") == ".mtlint.yml")
        #expect(resolver.folder(of: "sub/a.txt") == "/home/ana/project/docs/sub")
    }
}
