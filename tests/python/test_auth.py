"""The official Python SDK through a gateway that requires authentication: a client sending an
API key minted with `gatehouse keys create` as a bearer token lists and calls tools; a client
without it is refused with the gateway's 401 before any session exists.

The gateway here is a second gatehouse process of its own (the suite's shared one runs without
`auth`), in front of the bundled demo server (`gatehouse demo-server`, offline).
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import anyio
import pytest
from mcp import ClientSession, MCPError
from mcp.client.streamable_http import streamable_http_client
from mcp.shared._httpx_utils import create_mcp_http_client

from conftest import Proc, free_port, require_gateway_bin
from mcp_targets import REQUEST_TIMEOUT, texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]

# Bound on each test's MCP traffic: a hang fails the test, not the run.
TEST_TIMEOUT = 30.0


@pytest.fixture
def anyio_backend():
    return "asyncio"


@dataclass(frozen=True)
class AuthGateway:
    url: str
    key: str


def mint_key(binary: Path, agent: str) -> tuple[str, str]:
    """`gatehouse keys create`: the key (shown once) and its `auth.api_keys` hash."""
    out = subprocess.run(
        [str(binary), "keys", "create", "--agent", agent],
        capture_output=True, text=True, timeout=30, check=True,
    ).stdout
    key = re.search(r"^key .*: (ghk_\S+)$", out, re.MULTILINE)
    digest = re.search(r'hash: "([^"]+)"', out)
    assert key and digest, f"unexpected `keys create` output:\n{out}"
    return key.group(1), digest.group(1)


@pytest.fixture(scope="module")
def auth_gateway(log_dir: Path):
    binary = require_gateway_bin()
    key, digest = mint_key(binary, "python-sdk")
    port = free_port()
    config = log_dir / "gatehouse-auth.yaml"
    q = json.dumps  # JSON is YAML: every string below is quoted safely.
    config.write_text(
        f"listen: {q(f'127.0.0.1:{port}')}\n"
        "servers:\n"
        "  demo:\n"
        f"    command: {q(str(binary))}\n"
        "    args: [demo-server]\n"
        "auth:\n"
        f"  resource: {q(f'http://127.0.0.1:{port}/mcp')}\n"
        "  api_keys:\n"
        f"    - {{ hash: {q(digest)}, agent: python-sdk }}\n"
        "audit:\n"
        f"  url: {q('sqlite://' + str(log_dir / 'audit-auth.db'))}\n"
    )
    proc = Proc.start("gatehouse (auth)", [str(binary), "serve", "--config", str(config)],
                      log_dir / "gatehouse-auth.log", env={"NO_COLOR": "1"})
    try:
        proc.wait_listening(port)
        yield AuthGateway(url=f"http://127.0.0.1:{port}/mcp", key=key)
    finally:
        proc.stop()


async def _session_result(url: str, headers: dict[str, str], statuses: list[int]):
    """Open an SDK session on `url` with `headers`, list the tools and call one."""

    async def record(response):
        statuses.append(response.status_code)

    client = create_mcp_http_client(headers=headers)
    client.event_hooks["response"].append(record)
    async with client:
        async with streamable_http_client(url, http_client=client) as (read, write):
            async with ClientSession(read, write, read_timeout_seconds=REQUEST_TIMEOUT) as session:
                await session.initialize()
                tools = await session.list_tools()
                result = await session.call_tool("demo__test_simple_text", {})
                return [tool.name for tool in tools.tools], texts(result)


def _leaf(error: BaseException) -> BaseException:
    """The first non-group exception inside the SDK's task-group wrapping."""
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error


async def test_a_bearer_key_lists_and_calls_tools(auth_gateway: AuthGateway):
    statuses: list[int] = []
    headers = {"Authorization": f"Bearer {auth_gateway.key}"}
    with anyio.fail_after(TEST_TIMEOUT):
        names, result = await _session_result(auth_gateway.url, headers, statuses)
    assert "demo__test_simple_text" in names, names
    assert result == ["This is a simple text response for testing."], result
    assert 401 not in statuses, statuses


async def test_without_the_key_the_connection_is_refused(auth_gateway: AuthGateway):
    statuses: list[int] = []
    with pytest.raises(BaseException) as raised:
        with anyio.fail_after(TEST_TIMEOUT):
            await _session_result(auth_gateway.url, {}, statuses)
    error = _leaf(raised.value)
    assert isinstance(error, MCPError), repr(error)
    assert error.error.message.startswith("Unauthorized"), error.error
    assert (error.error.data or {}).get("status") == 401, error.error
    assert statuses and set(statuses) == {401}, statuses
