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


def _answer_sampling(asked: list[str]):
    """A sampling callback that records each prompt in `asked` and answers "forty-two"."""
    from mcp import types

    async def sampling(ctx, params):
        asked.append(params.messages[0].content.text)
        return types.CreateMessageResult(
            role="assistant", content=types.TextContent(type="text", text="forty-two"), model="m"
        )

    return sampling


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


@pytest.mark.parametrize("server", [STDIO_SERVER, HTTP_SERVER])
async def test_sampling_from_a_session_era_server_becomes_input_required(gateway, server):
    """server-everything (session era) asks for sampling in the middle of a call; a stateless
    client cannot receive that request, so the gateway answers `input_required`, the SDK runs
    its sampling callback and retries with `inputResponses`, and the gateway hands the answer to
    the waiting server."""
    asked: list[str] = []
    sampling = _answer_sampling(asked)

    word = uuid.uuid4().hex
    with anyio.fail_after(60):
        async with Client(f"{gateway.base_url}/mcp/{server}", mode=MODERN, sampling_callback=sampling) as client:
            result = await client.call_tool("trigger-sampling-request", {"prompt": word})
    assert len(asked) == 1 and word in asked[0], asked
    assert any("forty-two" in t for t in texts(result)), texts(result)


async def test_elicitation_round_trip_for_a_modern_client(gateway):
    from mcp import types

    async def elicitation(ctx, params):
        return types.ElicitResult(
            action="accept", content={"name": "Ada", "check": True, "email": "ada@example.com", "integer": 7}
        )

    with anyio.fail_after(60):
        async with Client(f"{gateway.base_url}/mcp/{HTTP_SERVER}", mode=MODERN,
                          elicitation_callback=elicitation) as client:
            result = await client.call_tool("trigger-elicitation-request", {})
    assert not result.is_error, texts(result)
    assert any("Ada" in t for t in texts(result)), texts(result)


@pytest.mark.parametrize("mode", [MODERN, "auto"])
async def test_gatehouse_stdio_serves_a_modern_client(gateway, log_dir, mode):
    """`gatehouse stdio` launched by the SDK's stdio `Client` in 2026-07-28 mode (and in the
    default `auto` mode, whose `server/discover` probe the gateway answers): no `initialize`,
    `_meta` on every request, a sampling request of a session-era server (server-everything
    over stdio) turned into an input-required round over stdin/stdout."""
    from mcp import StdioServerParameters

    from conftest import _gateway_bin

    config = log_dir / f"gatehouse-stdio-modern-{mode}.yaml"
    config.write_text(gateway.config.read_text().replace("audit.db", f"audit-stdio-modern-{mode}.db"))
    params = StdioServerParameters(command=str(_gateway_bin()), args=["stdio", "--config", str(config)])
    asked: list[str] = []
    sampling = _answer_sampling(asked)

    word = uuid.uuid4().hex
    with anyio.fail_after(60):
        async with Client(params, mode=mode, sampling_callback=sampling) as client:
            assert client.protocol_version == MODERN
            tools = {t.name for t in (await client.list_tools()).tools}
            assert f"{STDIO_SERVER}__echo" in tools and f"{HTTP_SERVER}__echo" in tools, sorted(tools)
            echoed = await client.call_tool(f"{STDIO_SERVER}__echo", {"message": word})
            assert any(word in t for t in texts(echoed)), texts(echoed)
            sampled = await client.call_tool(f"{STDIO_SERVER}__trigger-sampling-request", {"prompt": word})
    assert len(asked) == 1 and word in asked[0], asked
    assert any("forty-two" in t for t in texts(sampled)), texts(sampled)
