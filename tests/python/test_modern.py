"""A 2026-07-28 (stateless) client — the official Python SDK's `Client(mode="2026-07-28")` —
through the gateway in front of session-era servers (server-everything over stdio and over
Streamable HTTP): discovery, per-request `_meta` and headers, tools, prompts and resources.
"""

from __future__ import annotations

import uuid

import anyio
import pytest
from mcp import Client

from conftest import HTTP_SERVER, STDIO_SERVER
from mcp_targets import texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]

MODERN = "2026-07-28"


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("route, prefix", [(f"/mcp/{STDIO_SERVER}", ""), (f"/mcp/{HTTP_SERVER}", ""),
                                           ("/mcp", f"{STDIO_SERVER}__")])
async def test_modern_client_lists_and_calls(gateway, route, prefix):
    word = uuid.uuid4().hex
    with anyio.fail_after(60):
        async with Client(gateway.base_url + route, mode=MODERN) as client:
            assert client.protocol_version == MODERN
            tools = {t.name for t in (await client.list_tools()).tools}
            assert f"{prefix}echo" in tools, sorted(tools)
            result = await client.call_tool(f"{prefix}echo", {"message": word})
            assert any(word in t for t in texts(result)), texts(result)
            prompts = {p.name for p in (await client.list_prompts()).prompts}
            assert f"{prefix}simple-prompt" in prompts, sorted(prompts)


async def test_auto_mode_discovers_the_modern_era(gateway):
    """`mode="auto"` probes `server/discover`; the gateway answers it, so the client goes modern."""
    with anyio.fail_after(60):
        async with Client(f"{gateway.base_url}/mcp/{HTTP_SERVER}") as client:
            assert client.protocol_version == MODERN
            result = await client.call_tool("echo", {"message": "hi"})
            assert texts(result) == ["Echo: hi"], texts(result)
