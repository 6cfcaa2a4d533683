#!/usr/bin/env python3
"""Checks mtlint's HTML report without a browser: usage `check_html.py FILE...`.

- It parses without a single parse error under html5lib's strict mode (the WHATWG parsing
  algorithm, which browsers follow: an unescaped `<` or `&`, a control character, a stray end
  tag or a bad nesting all stop it).
- It is self-contained: no element loads anything (no src, no external href, no link, img,
  iframe, object or embed), one script, no event-handler attributes, and a
  Content-Security-Policy whose script hash is that of the script.
- Ids are unique and every `#fragment` link leads to one.

Prints one line per file and `N passed, N failed`; exits 1 when a file fails. The test
`HTMLReportTests` runs it on the report of corpora/ and of texts full of markup.
"""
import base64
import hashlib
import re
import sys

import html5lib

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
LOADING = {"link", "img", "iframe", "object", "embed", "audio", "video", "source", "base", "frame"}


def local_name(tag):
    return tag.split("}", 1)[1] if tag.startswith("{") else tag


def problems(path):
    with open(path, "rb") as file:
        data = file.read()
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        root = parser.parse(data)
    except html5lib.html5parser.ParseError as error:
        line, column = parser.errors[-1][0] if parser.errors else ("?", "?")
        return [f"parse error at line {line}, column {column}: {error}"]
    found = []
    ids = {}
    fragments = []
    scripts = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue  # comments
        name = local_name(element.tag)
        if name in LOADING:
            found.append(f"a <{name}> element, which loads something")
        if name == "script":
            scripts.append(element.text or "")
            if element.get("src") is not None:
                found.append("a script with src")
        for attribute, value in element.attrib.items():
            attribute_name = local_name(attribute)
            if attribute_name.lower().startswith("on"):
                found.append(f"an event handler attribute {attribute_name} on <{name}>")
            if attribute_name in ("src", "srcset", "poster", "data") and name != "object":
                found.append(f"<{name} {attribute_name}=...>: something loaded")
            if attribute_name == "href" or attribute == XLINK:
                if value.startswith("#"):
                    fragments.append(value[1:])
                else:
                    found.append(f"<{name} href={value!r}>: a link out of the page")
            if attribute_name == "id":
                if value in ids:
                    found.append(f"the id {value!r} is used twice")
                ids[value] = name
    for fragment in fragments:
        if fragment and fragment not in ids:
            found.append(f"the link #{fragment} leads to no id")
    if len(scripts) != 1:
        found.append(f"{len(scripts)} scripts, not 1")
    policies = [m.get("content", "") for m in root.iter("meta") if (m.get("http-equiv") or "").lower() == "content-security-policy"]
    if len(policies) != 1:
        found.append("no Content-Security-Policy")
    elif scripts:
        digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
        hashes = re.findall(r"'sha256-([^']+)'", policies[0])
        if hashes != [digest]:
            found.append(f"the policy allows {hashes}, the script's hash is {digest}")
        if "default-src 'none'" not in policies[0]:
            found.append("the policy does not start from default-src 'none'")
    return found


def main(paths):
    failed = 0
    for path in paths:
        found = problems(path)
        if found:
            failed += 1
            print(f"FAIL {path}")
            for problem in found[:20]:
                print(f"  {problem}")
            if len(found) > 20:
                print(f"  ... and {len(found) - 20} more")
        else:
            print(f"ok {path}")
    print(f"{len(paths) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
