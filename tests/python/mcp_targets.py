"""Where the tests connect, and how names look there.

A `Target` is one way to reach server-everything: directly (stdio or Streamable HTTP) or
through the gateway, on a single-server route (original names) or on the aggregate route
(`server__name` tools and prompts, rewritten resource URIs).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, AsyncIterator, Awaitable, Callable

import anyio
from mcp import ClientSession, StdioServerParameters, stdio_client, types
from mcp.client.context import ClientRequestContext
from mcp.client.streamable_http import streamable_http_client

# Bound on one test's MCP traffic; a hang fails the test instead of the run.
SESSION_TIMEOUT = 60.0
# Bound on a single request; a lost response fails fast with MCPError.
REQUEST_TIMEOUT = 30.0


@dataclass
class Target:
    id: str
    url: str | None = None  # Streamable HTTP endpoint
    stdio_argv: list[str] | None = None  # direct stdio: the server command line
    stdio_log: Path | None = None
    prefix: str | None = None  # aggregate route: this upstream's server name
    other_prefixes: tuple[str, ...] = ()  # aggregate route: every configured server name

    @property
    def aggregated(self) -> bool:
        return self.prefix is not None

    @property
    def via_gateway(self) -> bool:
        return self.id.startswith("gw-")

    def name(self, original: str) -> str:
        """The tool or prompt name a client sees for server-everything's `original`."""
        return f"{self.prefix}__{original}" if self.prefix else original

    def resource_uri(self, listed: list[str], original: str) -> str:
        """Pick the URI under which `original` is listed on this target.

        Direct and single-server routes list the original URI. The aggregate route must list a
        rewritten URI that still identifies the original and this upstream, and must not list
        the bare original (it would be ambiguous between servers).
        """
        if not self.aggregated:
            assert original in listed, f"{original!r} not listed; got {sorted(listed)}"
            return original
        assert original not in listed, f"aggregate route lists the un-namespaced URI {original!r}"
        candidates = [u for u in listed if original in u and self.prefix in u.replace(original, "")]
        assert len(candidates) == 1, (
            f"expected exactly one rewritten URI for {original!r} from {self.prefix!r}; "
            f"candidates {candidates}; listed {sorted(listed)}"
        )
        return candidates[0]

    @contextlib.asynccontextmanager
    async def connect(self) -> AsyncIterator[tuple[Any, Any]]:
        if self.stdio_argv is not None:
            params = StdioServerParameters(command=self.stdio_argv[0], args=self.stdio_argv[1:])
            assert self.stdio_log is not None
            with open(self.stdio_log, "a") as errlog:
                async with stdio_client(params, errlog=errlog) as streams:
                    yield streams
        else:
            assert self.url is not None
            async with streamable_http_client(self.url) as streams:
                yield streams


SamplingFn = Callable[[ClientRequestContext, types.CreateMessageRequestParams], Awaitable[Any]]
ElicitationFn = Callable[[ClientRequestContext, Any], Awaitable[Any]]


@dataclass
class Recorder:
    """What the server sent the client during a session."""

    sampling: list[types.CreateMessageRequestParams] = field(default_factory=list)
    elicitation: list[Any] = field(default_factory=list)
    transport_errors: list[Exception] = field(default_factory=list)
    notifications: list[Any] = field(default_factory=list)


async def _unexpected_sampling(ctx: ClientRequestContext, params: types.CreateMessageRequestParams):
    return types.ErrorData(code=types.INVALID_REQUEST, message="this test did not expect sampling")


async def _unexpected_elicitation(ctx: ClientRequestContext, params: Any):
    return types.ErrorData(code=types.INVALID_REQUEST, message="this test did not expect elicitation")


@contextlib.asynccontextmanager
async def open_session(
    target: Target,
    *,
    sampling: SamplingFn | None = None,
    elicitation: ElicitationFn | None = None,
    timeout: float = SESSION_TIMEOUT,
) -> AsyncIterator[tuple[ClientSession, Recorder]]:
    """An initialized ClientSession on `target`, with a recorder of server-to-client traffic.

    The client always advertises sampling and elicitation (server-everything registers the
    tools that use them only for clients that do); without an explicit callback those requests
    are answered with an error and still recorded.
    """
    rec = Recorder()
    sampling = sampling or _unexpected_sampling
    elicitation = elicitation or _unexpected_elicitation

    async def on_sampling(ctx, params):
        rec.sampling.append(params)
        return await sampling(ctx, params)

    async def on_elicitation(ctx, params):
        rec.elicitation.append(params)
        return await elicitation(ctx, params)

    async def on_message(message):
        if isinstance(message, Exception):
            rec.transport_errors.append(message)
        else:
            rec.notifications.append(message)

    try:
        with anyio.fail_after(timeout):
            async with target.connect() as (read, write):
                async with ClientSession(
                    read,
                    write,
                    read_timeout_seconds=REQUEST_TIMEOUT,
                    sampling_callback=on_sampling,
                    elicitation_callback=on_elicitation,
                    message_handler=on_message,
                    client_info=types.Implementation(name="gatehouse-interop-tests", version="0"),
                ) as session:
                    await session.initialize()
                    yield session, rec
    except BaseExceptionGroup as group:
        # The SDK's task groups wrap whatever the test raised; report the test's own error.
        leaf = _first_leaf(group)
        if leaf is not None:
            raise leaf from group
        raise


def _first_leaf(group: BaseExceptionGroup) -> BaseException | None:
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            found = _first_leaf(exc)
            if found is not None:
                return found
        elif not isinstance(exc, anyio.get_cancelled_exc_class()):
            return exc
    return None


async def list_all(fetch, attr: str) -> list[Any]:
    """Every item of a paginated list call (`fetch` is e.g. session.list_tools)."""
    items: list[Any] = []
    cursor = None
    for _ in range(100):
        page = await fetch(params=types.PaginatedRequestParams(cursor=cursor) if cursor else None)
        items.extend(getattr(page, attr))
        cursor = page.next_cursor
        if not cursor:
            return items
    raise AssertionError(f"{attr}: more than 100 pages")


def texts(result: Any) -> list[str]:
    """The text blocks of a tool result or prompt message list."""
    return [block.text for block in result.content if isinstance(block, types.TextContent)]
