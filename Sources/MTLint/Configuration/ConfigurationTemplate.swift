import MTLintCore
import MTLintReport
import MTLintRules
import MTLintText

/// The commented configuration `mtlint init` writes: every key, with the defaults active and
/// the rest as examples to uncomment. docs/configuration.md shows the same text (a test keeps
/// them equal), and a test checks that it resolves to the defaults.
public enum ConfigurationTemplate {
    /// Static text (no rule list), so that adding a rule does not make the docs stale.
    public static var text: String {
        """
        # mtlint configuration: docs/configuration.md describes every key.
        # Paths and globs are relative to this file's folder; `mtlint check --no-config` ignores it.
        version: 1

        # The language of the texts, as BCP 47 tags. Without it each file's language is detected.
        # The first `paths` glob that matches a file wins over `default`; --lang wins over both.
        # language:
        #   default: it
        #   paths:
        #     corpora/fr/**: fr
        #     corpora/es/**: es

        # How files are read: *.md and *.markdown as Markdown, *.html, *.htm and *.xhtml as HTML
        # (markup left out), other files as plain text. The first `paths` glob that matches a file
        # wins over its extension; `default` is for files whose extension names no format;
        # --input-format wins over all. Formats: text, markdown, html.
        # input-format:
        #   default: text
        #   paths:
        #     "notes/**/*.txt": markdown

        # Which files inside the folders given on the command line are linted (*.txt, *.md,
        # *.markdown, *.html, *.htm, *.xhtml):
        # those matching an `include` glob (all when there is none) and no `exclude` glob.
        # Globs: * ? [abc] and ** as in .gitignore; a folder's glob covers what is inside.
        # include: ["corpora/**"]
        exclude: []

        # Rules by id (`mtlint rules` lists them) or by family (`figure/*`, `text/*` ...).
        rules:
          # disable: [figure/inconsistent-style]
          # enable: [figure/garbled-scale]     # an id wins over its family: disable figure/*, enable one
          # severity:
          #   figure/*: warning
          #   text/repeated-word: error
          # options: {}                        # per rule id; no rule has options yet

        # Glossary files of names and terms (read by the glossary rules).
        # glossary: [glossary/it.yml]

        # The gate: the exit code is 1 when a finding is at or above `fail-on` (error, warning,
        # info, never) or a file's quality score (0-100) is below `min-score`.
        fail-on: error
        # min-score: 90

        # `picky` also reports typographic conventions that much edited text ignores
        # (French no-break spaces, two spaces after a full stop); `standard` does not.
        # level: standard

        # Findings accepted for now, recorded with `mtlint check --write-baseline FILE`.
        # baseline: .mtlint-baseline.json

        """
    }
}
