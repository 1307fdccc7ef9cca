"""A 2026-07-28 upstream for the gateway's upstream side, built on the official Python SDK's
`MCPServer` (dual-era on one Streamable HTTP endpoint: the stateless era for requests whose
`MCP-Protocol-Version` is 2026-07-28, sessions for `initialize`).

Tools:
  echo(message)  -> "Echo: <message>"
  ask_name()     -> asks for a name with an `input_required` result (one `elicitation/create`
                    under the key "name", with a `requestState`), and on the retry answers
                    "Hello, <name>! (state <state>)" from the `inputResponses`.
  whoami()       -> the `_meta`, protocol version and `mcp-*` headers the request arrived with
                    (JSON), to check what the gateway sends.

Usage: python modern_server.py PORT
"""

from __future__ import annotations

import json
import sys

from mcp.server.mcpserver import Context, MCPServer
from mcp_types import ElicitRequest, ElicitRequestFormParams, InputRequiredResult

STATE = "py-state-1"

server = MCPServer("modern-py", instructions="A 2026-07-28 test server.")


@server.tool()
def echo(message: str) -> str:
    """Echo the message back."""
    return f"Echo: {message}"


@server.tool()
async def ask_name(ctx: Context) -> str | InputRequiredResult:
    """Ask the user's name through an input-required round."""
    answers = ctx.input_responses or {}
    answer = answers.get("name")
    if answer is None:
        params = ElicitRequestFormParams(
            message="What is your name?",
            requested_schema={"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
        )
        return InputRequiredResult(input_requests={"name": ElicitRequest(params=params)}, request_state=STATE)
    content = getattr(answer, "content", None) or {}
    return f"Hello, {content.get('name')}! (state {ctx.request_state})"


@server.tool()
async def whoami(ctx: Context) -> str:
    """The request's `_meta`, protocol version and `mcp-*` headers, as JSON."""
    headers = {k.lower(): v for k, v in (ctx.headers or {}).items() if k.lower().startswith("mcp-")}
    return json.dumps({"meta": ctx.request_context.meta, "version": ctx.protocol_version, "headers": headers},
                      default=str)


if __name__ == "__main__":
    import anyio

    port = int(sys.argv[1])
    anyio.run(lambda: server.run_streamable_http_async(host="127.0.0.1", port=port))
