"""The gateway's other downstream transports, driven by the official Python SDK:

- `gatehouse stdio --config FILE`: a desktop client launches the gateway as its stdio server and
  reaches every configured server through the aggregate namespace;
- the 2024-11-05 HTTP+SSE transport (`GET /sse`, then POST to the announced endpoint), for older
  clients, on the aggregate (`/sse`) and single-server (`/sse/{server}`) routes;
- a legacy HTTP+SSE *upstream* (server-everything in `sse` mode, `transport: sse`) reached by a
  modern Streamable HTTP client.
"""

from __future__ import annotations

import uuid

import anyio
import pytest
from mcp import ClientSession
from mcp.client.sse import sse_client
from mcp.shared.exceptions import MCPError

from conftest import (
    HTTP_SERVER,
    LEGACY_SSE_SERVER,
    STDIO_SERVER,
    VIRTUAL_SERVER,
    VIRTUAL_TOOL,
    _gateway_bin,
)
from mcp_targets import Target, open_session, texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_gatehouse_stdio_serves_the_aggregate(gateway, log_dir):
    # The same servers, but an audit log of its own: one writer per audit chain.
    config = log_dir / "gatehouse-stdio.yaml"
    config.write_text(gateway.config.read_text().replace("audit.db", "audit-stdio.db"))
    target = Target(
        id="gw-downstream-stdio",
        stdio_argv=[str(_gateway_bin()), "stdio", "--config", str(config)],
        stdio_log=log_dir / "gatehouse-stdio.log",
        prefix=STDIO_SERVER,
        other_prefixes=(STDIO_SERVER, HTTP_SERVER, LEGACY_SSE_SERVER),
    )
    word = uuid.uuid4().hex
    async with open_session(target) as (session, _):
        tools = {t.name for t in (await session.list_tools()).tools}
        assert f"{STDIO_SERVER}__echo" in tools and f"{HTTP_SERVER}__echo" in tools, sorted(tools)
        for server in (STDIO_SERVER, HTTP_SERVER):
            result = await session.call_tool(f"{server}__echo", {"message": word})
            assert any(word in t for t in texts(result)), texts(result)


async def test_gatehouse_stdio_serves_a_virtual_server(gateway, log_dir):
    config = log_dir / "gatehouse-stdio-virtual.yaml"
    config.write_text(gateway.config.read_text().replace("audit.db", "audit-stdio-virtual.db"))
    argv = [str(_gateway_bin()), "stdio", "--config", str(config), "--virtual", VIRTUAL_SERVER]
    target = Target(
        id="gw-downstream-stdio-virtual",
        stdio_argv=argv,
        stdio_log=log_dir / "gatehouse-stdio-virtual.log",
    )
    word = uuid.uuid4().hex
    async with open_session(target) as (session, _):
        tools = [t.name for t in (await session.list_tools()).tools]
        assert tools == [VIRTUAL_TOOL], tools
        result = await session.call_tool(VIRTUAL_TOOL, {"message": word})
        assert any(word in t for t in texts(result)), texts(result)
        with pytest.raises(MCPError, match="Unknown tool"):
            await session.call_tool(f"{STDIO_SERVER}__echo", {"message": word})


@pytest.mark.parametrize(
    "route, tool",
    [
        ("/sse", f"{HTTP_SERVER}__echo"),
        (f"/sse/{HTTP_SERVER}", "echo"),
        (f"/sse/v/{VIRTUAL_SERVER}", VIRTUAL_TOOL),
    ],
)
async def test_legacy_sse_client(gateway, route, tool):
    word = uuid.uuid4().hex
    with anyio.fail_after(60):
        async with sse_client(gateway.base_url + route) as (read, write):
            async with ClientSession(read, write) as session:
                init = await session.initialize()
                assert init.server_info.name
                tools = {t.name for t in (await session.list_tools()).tools}
                assert tool in tools, sorted(tools)
                result = await session.call_tool(tool, {"message": word})
                assert any(word in t for t in texts(result)), texts(result)


async def test_legacy_sse_upstream_through_streamable_http(gateway):
    word = uuid.uuid4().hex
    target = Target(id="gw-legacy-upstream", url=f"{gateway.base_url}/mcp/{LEGACY_SSE_SERVER}")
    async with open_session(target) as (session, _):
        tools = {t.name for t in (await session.list_tools()).tools}
        assert "echo" in tools, sorted(tools)
        result = await session.call_tool("echo", {"message": word})
        assert any(word in t for t in texts(result)), texts(result)
