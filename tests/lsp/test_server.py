"""The language server as real editors' capabilities see it: encodings,
diagnostics with exact ranges, code actions, the outline, the workspace."""

import asyncio
import pathlib
import re

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import CACHE, SEED

# Rule documentation ships with the binary: the server writes it into its
# cache root and diagnostics link to a rule's section of that file.
RULE_NAMES = {
    "RV001": "missing-section",
    "RV002": "empty-section",
    "RV003": "entry-starts-mid-line",
    "RV008": "title-text-mismatch",
}
RULE_DOCS = re.compile(re.escape(pathlib.Path(CACHE, "docs").as_uri()) + r"/rules-[0-9.]+\.md#[a-z-]+")

WIDE = "서승현, Human Pose\r\n\r\n 소개 (Method 적) 😀. 송우혁, SimPLE: Similar Pseudo Label\r\n\r\n• 제안.\r\n"


def utf8(client: LanguageClient) -> bool:
    encoding = client.initialize_result.capabilities.position_encoding
    assert encoding in ("utf-8", "utf-16")
    return encoding == "utf-8"


def column(line: str, chars: int, in_utf8: bool) -> int:
    """The protocol column of the character at index `chars` of `line`."""
    prefix = line[:chars]
    return len(prefix.encode("utf-8")) if in_utf8 else len(prefix.encode("utf-16-le")) // 2


async def open_and_wait(client: LanguageClient, uri: str, text: str, version: int = 1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="markdown", version=version, text=text
            )
        )
    )
    return await diagnostics_of(client, uri, version)


async def diagnostics_of(client: LanguageClient, uri: str, version: int):
    """The first diagnostics published for `uri` at `version`: looked for
    among those already received before waiting for more (see
    `conftest.make_client`)."""
    while True:
        for params in client.published:
            if params.uri == uri and params.version == version:
                for diagnostic in params.diagnostics:
                    assert isinstance(diagnostic, types.Diagnostic)
                return params.diagnostics
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)


async def test_position_encoding_is_negotiated(client: LanguageClient):
    capabilities = client.initialize_result.capabilities
    offered = (client.capabilities.general.position_encodings or []) if client.capabilities.general else []
    assert capabilities.position_encoding == ("utf-8" if "utf-8" in offered else "utf-16")
    sync = capabilities.text_document_sync
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert sync.open_close is True


async def test_seed_diagnostics_at_exact_columns(client: LanguageClient, workspace: pathlib.Path):
    uri = (workspace / "seed.md").as_uri()
    diagnostics = await open_and_wait(client, uri, SEED)
    codes = [d.code for d in diagnostics]
    assert len(diagnostics) == 309
    assert codes.count("RV001") == 302
    assert codes.count("RV003") == 5
    # The two reviews filed under another paper's title, as hints.
    assert [d.range.start.line + 1 for d in diagnostics if d.code == "RV008"] == [115, 249]
    # The mid-line entries listed by hand in tests/data/SEED_NOTES.md, as
    # (1-based line, 1-based character column).
    lines = SEED.split("\n")
    wanted = [
        (line - 1, column(lines[line - 1], col - 1, utf8(client)))
        for line, col in [(55, 159), (133, 333), (151, 223), (225, 351), (327, 447)]
    ]
    got = [
        (d.range.start.line, d.range.start.character)
        for d in diagnostics
        if d.code == "RV003"
    ]
    assert got == wanted
    for diagnostic in diagnostics:
        assert diagnostic.source == "review-ls"
        expected = types.DiagnosticSeverity.Information if diagnostic.code == "RV008" else types.DiagnosticSeverity.Warning
        assert diagnostic.severity == expected
        href = diagnostic.code_description.href
        assert RULE_DOCS.fullmatch(href), href
        assert href.endswith("#" + RULE_NAMES[diagnostic.code]), href
    docs = pathlib.Path(CACHE, "docs")
    [written] = list(docs.iterdir())
    assert written.read_text(encoding="utf-8").startswith("# Rules\n")


async def test_hangul_emoji_and_crlf(client: LanguageClient, workspace: pathlib.Path):
    uri = (workspace / "wide.md").as_uri()
    diagnostics = await open_and_wait(client, uri, WIDE)
    ranges = [
        (d.code, d.range.start.line, d.range.start.character, d.range.end.character)
        for d in diagnostics
    ]
    if utf8(client):
        first, start, end = 21, 27, 66
    else:
        first, start, end = 15, 19, 52
    assert ranges == [("RV001", 0, 0, first)] * 3 + [("RV001", 2, start, end)] * 3 + [
        ("RV003", 2, start, end)
    ]


async def test_code_action_splits_a_mid_line_entry(client: LanguageClient, workspace: pathlib.Path):
    uri = (workspace / "wide-fix.md").as_uri()
    diagnostics = await open_and_wait(client, uri, WIDE)
    mid_line = next(d for d in diagnostics if d.code == "RV003")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=mid_line.range,
            context=types.CodeActionContext(diagnostics=[mid_line]),
        )
    )
    assert all(isinstance(action, types.CodeAction) for action in actions)
    split = [a for a in actions if a.title == "Move this review onto its own line"]
    assert len(split) == 1
    assert split[0].kind == types.CodeActionKind.QuickFix
    assert list(split[0].diagnostics) == [mid_line]
    edits = split[0].edit.changes[uri]
    assert len(edits) == 1
    edit = edits[0]
    # From the end of the sentence (after `😀.`) to the name: one space.
    dot = column(WIDE.split("\r\n")[2], 17, utf8(client))
    assert (edit.range.start.line, edit.range.start.character) == (2, dot)
    assert edit.range.end == mid_line.range.start
    assert edit.new_text == "\r\n\r\n"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(range=edit.range, text=edit.new_text)
            ],
        )
    )
    after = await diagnostics_of(client, uri, 2)
    assert [d.code for d in after] == ["RV001"] * 6
    assert [d.range.start.line for d in after] == [0, 0, 0, 4, 4, 4]
    assert all(d.range.start.character == 0 for d in after)


async def test_outline_and_folding(client: LanguageClient, workspace: pathlib.Path):
    uri = (workspace / "seed-outline.md").as_uri()
    await open_and_wait(client, uri, SEED)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert len(symbols) == 110
    assert all(isinstance(symbol, types.DocumentSymbol) for symbol in symbols)
    first = symbols[0]
    assert first.name.startswith("local plasticity rules can learn deep representations")
    assert first.detail == "강봉균"
    assert [child.name for child in first.children] == ["목적", "Method", "실험"]
    folds = await client.text_document_folding_range_async(
        types.FoldingRangeParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert all(isinstance(fold, types.FoldingRange) for fold in folds)
    assert (folds[0].start_line, folds[0].end_line) == (0, 2)


async def test_unknown_document_is_null(client: LanguageClient):
    result = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri="file:///nowhere.md")
        )
    )
    assert result is None


async def test_workspace_duplicates_with_progress(client: LanguageClient, workspace: pathlib.Path):
    # The scan reports progress (both clients support it) and ends.
    while not any(
        isinstance(report, types.WorkDoneProgressEnd)
        for reports in client.progress_reports.values()
        for report in reports
    ):
        await client.wait_for_notification(types.PROGRESS)
    (reports,) = client.progress_reports.values()
    assert isinstance(reports[0], types.WorkDoneProgressBegin)
    assert reports[0].title == "Reading review notes"
    assert reports[-1].message == "2 review files"
    uri = (workspace / "notes" / "b.md").as_uri()
    diagnostics = await open_and_wait(client, uri, (workspace / "notes" / "b.md").read_text())
    assert [d.code for d in diagnostics] == ["RV006"]
    (related,) = diagnostics[0].related_information
    assert related.location.uri == (workspace / "a.md").as_uri()
    assert related.location.range.start.line == 0


async def test_file_watcher_registered_when_the_client_can(client: LanguageClient):
    dynamic = client.capabilities.workspace.did_change_watched_files.dynamic_registration
    # Registration follows `initialized`: give it time to arrive.
    for _ in range(100):
        if client.registrations or not dynamic:
            break
        await asyncio.sleep(0.05)
    await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(
            text_document=types.TextDocumentIdentifier(uri="file:///nowhere.md")
        )
    )
    methods = [registration.method for registration in client.registrations]
    assert methods == (["workspace/didChangeWatchedFiles"] if dynamic else [])
    if dynamic:
        watchers = client.registrations[0].register_options["watchers"]
        assert [w["globPattern"] for w in watchers] == [
            "**/*.md",
            "**/*.markdown",
            "**/review-ls.toml",
        ]


async def scanned(client: LanguageClient):
    """Waits until the workspace scan has fed the title index."""
    while not any(
        isinstance(report, types.WorkDoneProgressEnd)
        for reports in client.progress_reports.values()
        for report in reports
    ):
        await client.wait_for_notification(types.PROGRESS)


RANK1 = "Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors"


async def test_title_completion_result_shape(client: LanguageClient, workspace: pathlib.Path):
    await scanned(client)
    uri = (workspace / "new-title.md").as_uri()
    line = "홍길동: Efficient and Sc"
    await open_and_wait(client, uri, line)
    end = column(line, len(line), utf8(client))
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=end),
        )
    )
    # pytest-lsp does not check result shapes: check them here.
    assert isinstance(result, types.CompletionList)
    assert isinstance(result.is_incomplete, bool)
    assert len(result.items) >= 1
    # VS Code resolves an item's documentation when it shows the item, and
    # says so: its previews come from `completionItem/resolve`. Neovim 0.11
    # shows the documentation the list holds.
    assert client.initialize_result.capabilities.completion_provider.resolve_provider is True
    later = not utf8(client)
    previews = []
    for item in result.items:
        assert isinstance(item, types.CompletionItem)
        assert isinstance(item.label, str)
        assert isinstance(item.sort_text, str)
        assert isinstance(item.filter_text, str)
        assert isinstance(item.text_edit, types.TextEdit)
        assert item.insert_text_format == types.InsertTextFormat.PlainText
        if later:
            assert item.documentation is None
            resolved = await client.completion_item_resolve_async(item)
            assert resolved.label == item.label
            assert resolved.text_edit == item.text_edit
            item = resolved
        assert isinstance(item.documentation, types.MarkupContent)
        assert item.documentation.kind == types.MarkupKind.Markdown
        previews.append(item.documentation.value)
    assert previews[0].startswith("**Efficient and Scalable Bayesian Neural Nets with Rank")
    assert "\n\n2 reviews:\n\n" in previews[0]
    first = result.items[0]
    assert first.kind == types.CompletionItemKind.Reference
    # Both spellings are one paper; the first one indexed names it.
    assert first.label.startswith("Efficient and Scalable Bayesian Neural Nets with Rank")
    assert first.detail == "reviewed by 2"
    assert first.filter_text == "Efficient and Sc"
    start = column(line, len("홍길동: "), utf8(client))
    assert first.text_edit.range == types.Range(
        start=types.Position(line=0, character=start),
        end=types.Position(line=0, character=end),
    )
    assert first.text_edit.new_text == first.label


async def test_title_hover_result_shape(client: LanguageClient, workspace: pathlib.Path):
    await scanned(client)
    uri = (workspace / "a.md").as_uri()
    await open_and_wait(client, uri, (workspace / "a.md").read_text())
    start = column("김영국, ", len("김영국, "), utf8(client))
    result = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=0, character=start + 3),
        )
    )
    assert isinstance(result, types.Hover)
    assert isinstance(result.contents, types.MarkupContent)
    assert result.contents.kind == types.MarkupKind.Markdown
    assert isinstance(result.range, types.Range)
    assert result.range.start == types.Position(line=0, character=start)
    assert result.range.end == types.Position(line=0, character=start + len(RANK1))
    other = (workspace / "notes" / "b.md").as_uri()
    assert "1 other review:" in result.contents.value
    assert f"**김영국** · [notes/b.md:3]({other}#L3)" in result.contents.value
