"""pytest-lsp suite for the review-ls language server.

Every test runs twice: with the recorded client capabilities of Neovim 0.11
(which offers UTF-8 positions) and of VS Code (UTF-16 only). Run it with the
specification warnings turned into failures:

    tests/.venv/bin/python -m pytest tests/lsp -W error::pytest_lsp.LspSpecificationWarning

The server command is `$REVIEW_LS_SERVER` (split like a shell command) or,
by default, the `stdio` example of the review-lsp crate, built by
`cargo test -p review-lsp` or `cargo build -p review-lsp --examples`, under
`$CARGO_TARGET_DIR` (default: `target/`).
"""

import asyncio
import atexit
import os
import pathlib
import shlex
import shutil
import sys
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPO = pathlib.Path(__file__).resolve().parents[2]
SEED = (REPO / "seeds" / "000_1d7a1aefbff0b690.md").read_text(encoding="utf-8")

CLIENTS = ["neovim@v0.11", "visual_studio_code"]

# Seconds the server has to exit after `shutdown` and `exit`.
EXIT_WAIT = float(os.environ.get("REVIEW_LS_EXIT_WAIT", "60"))

# A reviewer who reviewed the same paper twice, in two files of the workspace.
FIRST = "김영국, Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors\n\n• 내용.\n"
SECOND = (
    "# 주간 노트\n\n"
    "김영국: Efficient and Scalable Bayesian Neural Nets with Rank 1 Factors (ICML 2020)\n\n"
    "- 목적: a\n- Method: b\n- 실험: c\n"
)


def server_command() -> list[str]:
    command = os.environ.get("REVIEW_LS_SERVER")
    if command:
        return shlex.split(command)
    target = pathlib.Path(os.environ.get("CARGO_TARGET_DIR", REPO / "target"))
    binary = target / "debug" / "examples" / "stdio"
    if not binary.is_file():
        sys.exit(
            f"{binary} is missing: run `cargo build -p review-lsp --examples` "
            "or set REVIEW_LS_SERVER"
        )
    return [str(binary)]


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> pathlib.Path:
    root = tmp_path_factory.mktemp("workspace")
    (root / "a.md").write_text(FIRST, encoding="utf-8")
    (root / "notes").mkdir()
    (root / "notes" / "b.md").write_text(SECOND, encoding="utf-8")
    return root


# The server keeps its title index under `$REVIEW_LS_CACHE_DIR`: a folder of
# this run's, never the user's cache.
CACHE = tempfile.mkdtemp(prefix="review-ls-cache-")
atexit.register(shutil.rmtree, CACHE, ignore_errors=True)


def record_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(params)


def make_client() -> LanguageClient:
    """pytest-lsp's test client, keeping every `publishDiagnostics` it is
    sent, in order. `wait_for_notification` hands a notification to the one
    waiter registered for its method: one that arrives in the same read as
    the one before it, or before the waiter is back, is handled but never
    handed on, and a test waiting for it would wait forever. Tests look in
    `published` first and wait only for what has not come yet."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = []
    register_lsp_features(
        client,
        {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: record_diagnostics},
    )
    return client


@pytest_lsp.fixture(
    params=CLIENTS,
    config=ClientServerConfig(
        client_factory=make_client,
        server_command=server_command(),
        server_env={**os.environ, "REVIEW_LS_CACHE_DIR": CACHE},
    ),
)
async def client(request, lsp_client: LanguageClient, workspace: pathlib.Path):
    # pytest-lsp's client does not answer `client/registerCapability`; a real
    # editor does, so this one does too, and keeps what was registered.
    lsp_client.registrations = []

    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(client: LanguageClient, params: types.RegistrationParams):
        client.registrations.extend(params.registrations)

    params = types.InitializeParams(
        capabilities=client_capabilities(request.param),
        workspace_folders=[
            types.WorkspaceFolder(uri=workspace.as_uri(), name="workspace")
        ],
        root_uri=workspace.as_uri(),
    )
    lsp_client.initialize_result = await lsp_client.initialize_session(params)
    yield
    # LSP: the server exits on `exit`. One that does not would hold the
    # suite until `.ci/run`'s limit, saying nothing; this fails the test
    # that started it, in a minute, and the next test goes on.
    try:
        await asyncio.wait_for(lsp_client.shutdown_session(), timeout=EXIT_WAIT)
    except asyncio.TimeoutError:
        pytest.fail(f"the server did not exit within {EXIT_WAIT} s of `shutdown` and `exit`")
