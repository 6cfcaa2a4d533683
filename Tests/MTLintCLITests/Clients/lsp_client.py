"""Drives `mtlint lsp` with pygls's LanguageClient (the client side of pygls, from PyPI), as an
editor would: initialize, open a document, wait for its diagnostics, ask for the code actions
at the first finding with a fix, apply the preferred action's edit to the text, shut down.
Prints what the client received and the edited text as JSON.

Usage: python3 lsp_client.py MTLINT TEXT
Exit code 2 with a message on stderr when pygls is not installed.
"""
import asyncio
import json
import sys

try:
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient
except ImportError:
    print("pygls is not installed (pip install pygls)", file=sys.stderr)
    sys.exit(2)

URI = "file:///nowhere/article.md"


def offset(text: str, position: types.Position) -> int:
    """A Python index for an LSP position (UTF-16 code units, the protocol's default)."""
    line_start = 0
    for _ in range(position.line):
        line_start = text.index("\n", line_start) + 1
    units = 0
    index = line_start
    while units < position.character:
        units += 2 if ord(text[index]) > 0xFFFF else 1
        index += 1
    return index


async def main() -> None:
    mtlint, text = sys.argv[1], sys.argv[2]
    client = LanguageClient("mtlint-tests", "1")
    published: asyncio.Future = asyncio.get_running_loop().create_future()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.uri == URI and not published.done():
            published.set_result(params)

    await client.start_io(mtlint, "lsp", "--no-config", "--lang", "it")
    result = await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=URI, language_id="markdown", version=1, text=text)))
    params = await asyncio.wait_for(published, timeout=60)
    found = params.diagnostics
    fixable = [d for d in found if d.code == "text/repeated-word"]
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=URI), range=fixable[0].range,
        context=types.CodeActionContext(diagnostics=fixable)))
    preferred = [action for action in actions if getattr(action, "is_preferred", False)]
    edited = text
    for edit in sorted(preferred[0].edit.changes[URI], key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        edited = edited[:offset(edited, edit.range.start)] + edit.new_text + edited[offset(edited, edit.range.end):]
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    print(json.dumps({
        "server": result.server_info.name if result.server_info else None,
        "positionEncoding": result.capabilities.position_encoding,
        "diagnostics": [
            {"code": d.code, "severity": int(d.severity), "source": d.source,
             "range": [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
             "href": d.code_description.href if d.code_description else None}
            for d in found
        ],
        "actions": [{"title": a.title, "preferred": bool(getattr(a, "is_preferred", False))} for a in actions],
        "edited": edited,
    }, ensure_ascii=False, sort_keys=True))


if __name__ == "__main__":
    asyncio.run(main())
