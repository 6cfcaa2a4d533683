"""Checks a text with language_tool_python (LanguageTool's Python client, from PyPI) against
a server given by URL, as its users do with `remote_server=`, and prints what the client made
of the answer as JSON: each match's rule, offset (the client turns LanguageTool's UTF-16
offsets into Python string indices), length, the text at that place, replacements, and the
text `correct()` makes by applying the first replacement of every match.

Usage: python3 languagetool_client.py URL LANGUAGE TEXT
Exit code 2 with a message on stderr when language_tool_python is not installed.
"""
import json
import sys

try:
    import language_tool_python
except ImportError:
    print("language_tool_python is not installed (pip install language_tool_python)", file=sys.stderr)
    sys.exit(2)


def main() -> None:
    url, language, text = sys.argv[1], sys.argv[2], sys.argv[3]
    with language_tool_python.LanguageTool(language, remote_server=url) as tool:
        matches = tool.check(text)
        corrected = tool.correct(text)
    print(json.dumps({
        "matches": [
            {
                "ruleId": match.rule_id,
                "category": match.category,
                "ruleIssueType": match.rule_issue_type,
                "offset": match.offset,
                "errorLength": match.error_length,
                "matchedText": text[match.offset:match.offset + match.error_length],
                "replacements": match.replacements,
                "message": match.message,
                "context": match.context,
                "offsetInContext": match.offset_in_context,
                "sentence": match.sentence,
            }
            for match in matches
        ],
        "corrected": corrected,
    }, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    main()
