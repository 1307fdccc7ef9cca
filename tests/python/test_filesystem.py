"""The reference `@modelcontextprotocol/server-filesystem` (stdio) behind the gateway, driven by
the official Python SDK: its tools under the aggregate namespace, a file read through the
gateway, and the server's own refusal of a path outside its allowed directory passed back.
"""

from __future__ import annotations

import json

import anyio
import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from conftest import Proc, _peers_dir, free_port, require_gateway_bin
from mcp_targets import texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.fixture(scope="module")
def files_gateway(peers, log_dir, tmp_path_factory):
    binary = require_gateway_bin()
    root = tmp_path_factory.mktemp("files")
    (root / "notes.txt").write_text("the gateway read this\n")
    server_js = _peers_dir() / "node_modules" / "@modelcontextprotocol" / "server-filesystem" / "dist" / "index.js"
    port = free_port()
    config = log_dir / "gatehouse-files.yaml"
    q = json.dumps
    config.write_text(
        f"listen: {q(f'127.0.0.1:{port}')}\n"
        "servers:\n"
        "  files:\n"
        f"    command: {q(peers.node)}\n"
        f"    args: {q([str(server_js), str(root)])}\n"
        "audit:\n"
        f"  url: {q('sqlite://' + str(root.parent / 'audit-files.db'))}\n"
    )
    proc = Proc.start("gatehouse (files)", [str(binary), "serve", "--config", str(config)],
                      log_dir / "gatehouse-files.log", env={"NO_COLOR": "1"})
    try:
        proc.wait_listening(port)
        yield f"http://127.0.0.1:{port}/mcp", root
    finally:
        proc.stop()


async def test_filesystem_server_through_the_aggregate(files_gateway):
    url, root = files_gateway
    with anyio.fail_after(60):
        async with Client(url, mode="legacy") as client:
            tools = {t.name for t in (await client.list_tools()).tools}
            assert "files__list_directory" in tools, sorted(tools)
            read = "files__read_text_file" if "files__read_text_file" in tools else "files__read_file"
            listing = await client.call_tool("files__list_directory", {"path": str(root)})
            assert any("notes.txt" in t for t in texts(listing)), texts(listing)
            content = await client.call_tool(read, {"path": str(root / "notes.txt")})
            assert any("the gateway read this" in t for t in texts(content)), texts(content)
            # The gateway's guard refuses the sensitive path before the server's own sandbox
            # would: a JSON-RPC error naming the rule, and nothing of the file.
            with pytest.raises(MCPError) as refused:
                await client.call_tool(read, {"path": "/etc/passwd"})
            assert refused.value.error.code == -32041, refused.value.error
            assert "path_traversal" in refused.value.error.message
            assert "root:" not in str(refused.value.error)
