"""The gateway as a 2026-07-28 client of its upstream: the official Python SDK's `MCPServer`
(modern_server.py) behind the gateway, detected by `server/discover`, reached by both the SDK's
session-era client (`ClientSession` over Streamable HTTP) and its stateless client
(`Client(mode="2026-07-28")`).

Session-era client: the upstream's `input_required` result becomes an `elicitation/create`
request on the client's session, and the gateway retries with the answer and the echoed
`requestState`. Stateless client: the `input_required` result and the retry pass through.
"""

from __future__ import annotations

import json
import sys
import urllib.request
import uuid
from pathlib import Path

import anyio
import pytest
from mcp import Client, ClientSession, types
from mcp.client.streamable_http import streamable_http_client

from conftest import Proc, free_port
from mcp_targets import texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]

MODERN = "2026-07-28"
SERVER = "pymodern"
HERE = Path(__file__).resolve().parent


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
def modern_upstream(log_dir: Path):
    port = free_port()
    proc = Proc.start("modern_server.py", [sys.executable, str(HERE / "modern_server.py"), str(port)],
                      log_dir / "modern-server.log")
    try:
        proc.wait_listening(port)
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        proc.stop()


@pytest.fixture(scope="module")
def modern_gateway(modern_upstream: str, log_dir: Path):
    from conftest import require_gateway_bin

    binary = require_gateway_bin()
    port, admin_port = free_port(), free_port()
    config = log_dir / "gatehouse-modern-upstream.yaml"
    q = json.dumps
    config.write_text(
        f"listen: {q(f'127.0.0.1:{port}')}\n"
        "servers:\n"
        f"  {SERVER}:\n"
        f"    url: {q(modern_upstream)}\n"
        # The SDK's server speaks both eras; `auto` would keep its session era.
        "    era: modern\n"
        "audit:\n"
        f"  url: {q('sqlite://' + str(log_dir / 'audit-modern-upstream.db'))}\n"
        "admin:\n"
        f"  listen: {q(f'127.0.0.1:{admin_port}')}\n"
        "  token: modern-upstream-token\n"
    )
    proc = Proc.start("gatehouse (modern upstream)", [str(binary), "serve", "--config", str(config)],
                      log_dir / "gatehouse-modern-upstream.log", env={"NO_COLOR": "1"})
    try:
        proc.wait_listening(port)
        yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{admin_port}"
    finally:
        proc.stop()


def _admin_servers(admin_url: str) -> list[dict]:
    request = urllib.request.Request(f"{admin_url}/admin/servers",
                                     headers={"Authorization": "Bearer modern-upstream-token"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = json.load(response)
    return body["servers"] if isinstance(body, dict) else body


async def _elicit(ctx, params):
    assert "name" in params.message
    return types.ElicitResult(action="accept", content={"name": "Ada"})


async def test_the_upstream_is_detected_as_modern(modern_gateway):
    _, admin = modern_gateway
    with anyio.fail_after(30):
        while True:
            servers = [s for s in _admin_servers(admin) if s["name"] == SERVER]
            if servers and servers[0]["connected"]:
                break
            await anyio.sleep(0.2)
    assert servers[0]["era"] == "modern", servers
    assert servers[0]["protocol_version"] == MODERN, servers


@pytest.mark.parametrize("route, prefix", [(f"/mcp/{SERVER}", ""), ("/mcp", f"{SERVER}__")])
async def test_session_era_client_of_a_modern_upstream(modern_gateway, route, prefix):
    base, _ = modern_gateway
    word = uuid.uuid4().hex
    asked: list[str] = []

    async def elicit(ctx, params):
        asked.append(params.message)
        return await _elicit(ctx, params)

    with anyio.fail_after(60):
        async with streamable_http_client(base + route) as (read, write):
            async with ClientSession(read, write, elicitation_callback=elicit) as session:
                init = await session.initialize()
                assert init.protocol_version != MODERN
                tools = {t.name for t in (await session.list_tools()).tools}
                assert {f"{prefix}echo", f"{prefix}ask_name"} <= tools, sorted(tools)
                result = await session.call_tool(f"{prefix}echo", {"message": word})
                assert texts(result) == [f"Echo: {word}"], texts(result)
                result = await session.call_tool(f"{prefix}ask_name", {})
                assert not result.is_error, texts(result)
                assert texts(result) == ["Hello, Ada! (state py-state-1)"], texts(result)
                meta = json.loads(texts(await session.call_tool(f"{prefix}whoami", {}))[0])
    assert asked == ["What is your name?"], asked
    assert meta["version"] == MODERN, meta
    assert meta["headers"] == {"mcp-protocol-version": MODERN, "mcp-method": "tools/call",
                               "mcp-name": "whoami"}, meta
    assert meta["meta"]["io.modelcontextprotocol/clientInfo"]["name"] == "gatehouse", meta
    assert "elicitation" in meta["meta"]["io.modelcontextprotocol/clientCapabilities"], meta
    # A session-era client gets log messages without asking: `info` unless it set a level.
    assert meta["meta"]["io.modelcontextprotocol/logLevel"] == "info", meta


@pytest.mark.parametrize("route, prefix", [(f"/mcp/{SERVER}", ""), ("/mcp", f"{SERVER}__")])
async def test_modern_client_of_a_modern_upstream(modern_gateway, route, prefix):
    base, _ = modern_gateway
    word = uuid.uuid4().hex
    asked: list[str] = []

    async def elicit(ctx, params):
        asked.append(params.message)
        return await _elicit(ctx, params)

    with anyio.fail_after(60):
        async with Client(base + route, mode=MODERN, elicitation_callback=elicit) as client:
            assert client.protocol_version == MODERN
            tools = {t.name for t in (await client.list_tools()).tools}
            assert {f"{prefix}echo", f"{prefix}ask_name"} <= tools, sorted(tools)
            result = await client.call_tool(f"{prefix}echo", {"message": word})
            assert texts(result) == [f"Echo: {word}"], texts(result)
            result = await client.call_tool(f"{prefix}ask_name", {})
            assert not result.is_error, texts(result)
            assert texts(result) == ["Hello, Ada! (state py-state-1)"], texts(result)
    assert asked == ["What is your name?"], asked
