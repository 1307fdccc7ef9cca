"""Interop tests: the official MCP Python SDK against server-everything, directly and via Gatehouse.

Every test runs once per target (see conftest.py). The direct targets check the test logic
against the reference server; the gw-* targets must behave the same through the gateway.

server-everything tools used: echo, get-sum, trigger-long-running-operation,
trigger-sampling-request, trigger-elicitation-request. Prompts: simple-prompt, args-prompt.
Resources: demo://resource/static/document/instructions.md and the template
demo://resource/dynamic/text/{resourceId}.
"""

from __future__ import annotations

import time
import uuid

import anyio
import pytest
from mcp import MCPError, types

from mcp_targets import Target, list_all, open_session, texts

pytestmark = pytest.mark.anyio

PROTOCOL_VERSION = "2025-11-25"
EXPECTED_TOOLS = [
    "echo",
    "get-sum",
    "trigger-long-running-operation",
    # Registered only for clients that advertise sampling / elicitation: through the gateway
    # they exist only if the gateway advertises those capabilities upstream.
    "trigger-sampling-request",
    "trigger-elicitation-request",
]
EXPECTED_PROMPTS = ["simple-prompt", "args-prompt"]
STATIC_RESOURCE = "demo://resource/static/document/instructions.md"
TEXT_TEMPLATE = "demo://resource/dynamic/text/{resourceId}"


def token() -> str:
    return uuid.uuid4().hex[:12]


# ---------------------------------------------------------------------------
# Handshake and listings
# ---------------------------------------------------------------------------


async def test_initialize(target: Target):
    async with open_session(target) as (session, rec):
        init = session.initialize_result
        assert init is not None
        assert init.protocol_version == PROTOCOL_VERSION
        caps = init.capabilities
        assert caps.tools is not None, "server must advertise tools"
        assert caps.prompts is not None, "server must advertise prompts"
        assert caps.resources is not None, "server must advertise resources"
        assert init.server_info.name, "serverInfo.name must be non-empty"
        if not target.via_gateway:
            assert init.server_info.name == "mcp-servers/everything"
        await session.send_ping()
        assert rec.transport_errors == []


async def test_list_tools(target: Target):
    async with open_session(target) as (session, _):
        tools = {t.name: t for t in await list_all(session.list_tools, "tools")}
        for original in EXPECTED_TOOLS:
            assert target.name(original) in tools, f"{target.name(original)} missing from {sorted(tools)}"
        echo = tools[target.name("echo")]
        assert echo.input_schema["type"] == "object"
        assert "message" in echo.input_schema["properties"]
        assert echo.description == "Echoes back the input string"
        if target.aggregated:
            # Every tool is namespaced by a configured server, and both upstreams are present.
            for name in tools:
                assert any(name.startswith(f"{p}__") for p in target.other_prefixes), name
            for p in target.other_prefixes:
                assert f"{p}__echo" in tools, f"{p}__echo missing from aggregate listing"
        else:
            assert "echo" in tools and not any("__" in n for n in tools), sorted(tools)


async def test_list_prompts(target: Target):
    async with open_session(target) as (session, _):
        prompts = {p.name: p for p in await list_all(session.list_prompts, "prompts")}
        for original in EXPECTED_PROMPTS:
            assert target.name(original) in prompts, f"{target.name(original)} missing from {sorted(prompts)}"
        args = prompts[target.name("args-prompt")]
        arg_names = {a.name: a.required for a in args.arguments or []}
        assert arg_names.get("city") is True
        assert "state" in arg_names and not arg_names["state"]


async def test_list_resources_and_templates(target: Target):
    async with open_session(target) as (session, _):
        resources = await list_all(session.list_resources, "resources")
        uri = target.resource_uri([r.uri for r in resources], STATIC_RESOURCE)
        listed = next(r for r in resources if r.uri == uri)
        assert listed.mime_type == "text/markdown"
        templates = await list_all(session.list_resource_templates, "resource_templates")
        target.resource_uri([t.uri_template for t in templates], TEXT_TEMPLATE)


# ---------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------


async def test_call_echo(target: Target):
    message = f"hello gatehouse {token()} ünïcødé ✓"
    async with open_session(target) as (session, rec):
        result = await session.call_tool(target.name("echo"), {"message": message})
        assert not result.is_error
        assert texts(result) == [f"Echo: {message}"]
        assert rec.transport_errors == []


async def test_call_get_sum(target: Target):
    async with open_session(target) as (session, _):
        result = await session.call_tool(target.name("get-sum"), {"a": 17, "b": 25})
        assert texts(result) == ["The sum of 17 and 25 is 42."]


async def test_unknown_tool_is_an_error(target: Target):
    async with open_session(target) as (session, _):
        try:
            result = await session.call_tool(target.name("no-such-tool"), {})
        except MCPError:
            pass  # a JSON-RPC error is fine
        else:
            assert result.is_error, f"calling an unknown tool succeeded: {result}"
        # ...and the session still works.
        assert texts(await session.call_tool(target.name("echo"), {"message": "after"})) == ["Echo: after"]


async def test_concurrent_calls_on_one_session(target: Target):
    """Responses must be matched to their requests even when many are in flight."""
    results: dict[int, list[str]] = {}
    async with open_session(target) as (session, _):

        async def one(i: int):
            if i % 2:
                results[i] = texts(await session.call_tool(target.name("echo"), {"message": f"m{i}"}))
            else:
                results[i] = texts(await session.call_tool(target.name("get-sum"), {"a": i, "b": 1000}))

        async with anyio.create_task_group() as tg:
            for i in range(12):
                tg.start_soon(one, i)
    for i in range(12):
        expected = [f"Echo: m{i}"] if i % 2 else [f"The sum of {i} and 1000 is {i + 1000}."]
        assert results[i] == expected, (i, results[i])


# ---------------------------------------------------------------------------
# Progress and cancellation
# ---------------------------------------------------------------------------


async def test_progress_notifications(target: Target):
    """Every progress notification arrives, in order, before the call's result.

    The last notification and the response leave the server back to back; a relay that lets
    the response overtake it loses it. Repeated a few times because that race is timing-bound.
    """
    async with open_session(target) as (session, rec):
        for duration, steps in [(1.5, 3)] + [(0.2, 2)] * 8:
            updates: list[tuple[float, float | None]] = []

            async def on_progress(progress: float, total: float | None, message: str | None) -> None:
                updates.append((progress, total))

            result = await session.call_tool(
                target.name("trigger-long-running-operation"),
                {"duration": duration, "steps": steps},
                progress_callback=on_progress,
            )
            assert texts(result) == [
                f"Long running operation completed. Duration: {duration} seconds, Steps: {steps}."
            ]
            expected = [(i, steps) for i in range(1, steps + 1)]
            assert updates == expected, f"progress for duration={duration}, steps={steps}: {updates}"
        assert rec.transport_errors == []


async def test_cancelled_call_leaves_session_usable(target: Target):
    """Cancel an in-flight long-running call; the SDK sends notifications/cancelled.

    The call must end promptly without a result, and the same session must keep working:
    plain calls, and a new call with progress (whose token must not collide with the
    cancelled one's, which the upstream may keep emitting for a while).
    """
    first_progress = anyio.Event()
    finished: list[object] = []

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        first_progress.set()

    async with open_session(target) as (session, rec):
        scope = anyio.CancelScope()

        async def long_call():
            with scope:
                finished.append(await session.call_tool(
                    target.name("trigger-long-running-operation"),
                    {"duration": 20, "steps": 40},
                    progress_callback=on_progress,
                ))

        started = time.monotonic()
        async with anyio.create_task_group() as tg:
            tg.start_soon(long_call)
            with anyio.fail_after(10):
                await first_progress.wait()  # the upstream is now running the call
            scope.cancel()
        assert finished == [], "the cancelled call returned a result"
        assert time.monotonic() - started < 15, "cancelling did not end the call promptly"

        assert texts(await session.call_tool(target.name("echo"), {"message": "still here"})) == [
            "Echo: still here"
        ]
        updates: list[tuple[float, float | None]] = []

        async def on_progress2(progress: float, total: float | None, message: str | None) -> None:
            updates.append((progress, total))

        result = await session.call_tool(
            target.name("trigger-long-running-operation"),
            {"duration": 1, "steps": 2},
            progress_callback=on_progress2,
        )
        assert texts(result) == ["Long running operation completed. Duration: 1 seconds, Steps: 2."]
        # The cancelled call (total 40) keeps running upstream; none of its progress may be
        # reported against the new call. (Whether the new call's last update arrives before
        # its result is test_progress_notifications' business.)
        assert updates[:1] == [(1, 2)] and set(updates) <= {(1, 2), (2, 2)}, (
            f"progress of the new call: {updates}"
        )
        assert rec.transport_errors == []


# ---------------------------------------------------------------------------
# Server-to-client requests
# ---------------------------------------------------------------------------


async def test_sampling_round_trip(target: Target):
    prompt = f"what is {token()}?"
    reply = f"the answer is {token()}"

    async def sampling(ctx, params: types.CreateMessageRequestParams):
        return types.CreateMessageResult(
            role="assistant",
            content=types.TextContent(type="text", text=reply),
            model="gatehouse-test-model",
            stop_reason="endTurn",
        )

    async with open_session(target, sampling=sampling) as (session, rec):
        result = await session.call_tool(
            target.name("trigger-sampling-request"), {"prompt": prompt, "maxTokens": 42}
        )
        assert not result.is_error, texts(result)
        assert len(rec.sampling) == 1
        params = rec.sampling[0]
        assert params.max_tokens == 42
        assert params.system_prompt == "You are a helpful test server."
        assert len(params.messages) == 1 and params.messages[0].role == "user"
        assert params.messages[0].content.text == f"Resource trigger-sampling-request context: {prompt}"
        # The tool returns the client's CreateMessageResult as JSON.
        text = "\n".join(texts(result))
        assert text.startswith("LLM sampling result:"), text
        assert reply in text and "gatehouse-test-model" in text and "endTurn" in text, text


async def test_sampling_goes_to_the_calling_session(target: Target):
    """Several clients trigger sampling at the same moment; each request must reach the client
    whose call caused it (and no client may see another's prompt or answer another's request).

    Misrouting depends on timing, so the burst is repeated a few times; a correct gateway
    passes every round.

    A stdio server shared by every session does not say which call a sampling request belongs
    to. Through the gateway, such a request is refused (the call fails with a clear error) when
    calls of several sessions are in flight, and never delivered to the wrong client: for those
    targets the test accepts a refusal but still forbids any cross-delivery.
    """
    shared_stdio = target.via_gateway and "stdio" in target.id
    labels = ["a", "b", "c", "d"]
    rounds = 3
    outputs: dict[tuple[int, str], str] = {}
    seen: dict[str, list[str]] = {label: [] for label in labels}
    barriers = [anyio.Event() for _ in range(rounds)]
    arrived = [0] * rounds

    async def client(label: str):
        async def sampling(ctx, params):
            seen[label].append(params.messages[0].content.text)
            await anyio.sleep(0.2)  # keep all requests outstanding at the same time
            return types.CreateMessageResult(
                role="assistant", content=types.TextContent(type="text", text=f"reply-from-{label}"),
                model=f"model-{label}",
            )

        async with open_session(target, sampling=sampling) as (session, _):
            for r in range(rounds):
                arrived[r] += 1
                if arrived[r] == len(labels):
                    barriers[r].set()
                await barriers[r].wait()  # fire all calls of this round together
                try:
                    result = await session.call_tool(
                        target.name("trigger-sampling-request"), {"prompt": f"prompt-{label}-{r}"}
                    )
                    outputs[(r, label)] = "\n".join(texts(result))
                except Exception as error:  # a refused sampling request fails the call
                    if not shared_stdio:
                        raise
                    outputs[(r, label)] = f"refused: {error}"

    async with anyio.create_task_group() as tg:
        for label in labels:
            tg.start_soon(client, label)
    for label in labels:
        expected = [f"Resource trigger-sampling-request context: prompt-{label}-{r}" for r in range(rounds)]
        if shared_stdio:
            # Only this client's own prompts, in order, may reach it (some may have been refused).
            assert all(p in expected for p in seen[label]), f"client {label!r} got {seen[label]}"
            assert seen[label] == sorted(seen[label], key=expected.index), seen[label]
        else:
            assert seen[label] == expected, f"client {label!r} received sampling requests {seen[label]}"
        for r in range(rounds):
            out = outputs[(r, label)]
            assert not any(f"reply-from-{x}" in out for x in labels if x != label), (r, label, out)
            if shared_stdio and (out.startswith("refused:") or "cannot tell which" in out):
                continue
            assert f"reply-from-{label}" in out, (r, label, out)


async def test_elicitation_round_trip(target: Target):
    name = f"Ada {token()}"

    async def elicitation(ctx, params):
        return types.ElicitResult(
            action="accept",
            content={"name": name, "check": True, "email": "ada@example.com", "integer": 7},
        )

    async with open_session(target, elicitation=elicitation) as (session, rec):
        result = await session.call_tool(target.name("trigger-elicitation-request"), {})
        assert not result.is_error, texts(result)
        assert len(rec.elicitation) == 1
        params = rec.elicitation[0]
        assert params.message == "Please provide inputs for the following fields:"
        schema = params.requested_schema
        schema = schema if isinstance(schema, dict) else schema.model_dump(by_alias=True)
        assert schema["required"] == ["name"]
        assert {"name", "check", "email", "integer"} <= set(schema["properties"])
        text = "\n".join(texts(result))
        assert "User provided the requested information" in text, text
        assert f"- Name: {name}" in text and "- Agreed to terms: true" in text, text
        assert "- Email: ada@example.com" in text and "- Favorite Integer: 7" in text, text


async def test_elicitation_decline(target: Target):
    async def elicitation(ctx, params):
        return types.ElicitResult(action="decline")

    async with open_session(target, elicitation=elicitation) as (session, rec):
        result = await session.call_tool(target.name("trigger-elicitation-request"), {})
        assert len(rec.elicitation) == 1
        assert "User declined to provide the requested information" in "\n".join(texts(result))


# ---------------------------------------------------------------------------
# Resources and prompts
# ---------------------------------------------------------------------------


async def test_read_static_resource(target: Target, peers):
    expected = (peers.everything_docs / "instructions.md").read_text()
    async with open_session(target) as (session, _):
        resources = await list_all(session.list_resources, "resources")
        uri = target.resource_uri([r.uri for r in resources], STATIC_RESOURCE)
        result = await session.read_resource(uri)
        assert len(result.contents) == 1
        content = result.contents[0]
        assert content.uri == uri, "the contents must carry the URI the client asked for"
        assert content.mime_type == "text/markdown"
        assert content.text == expected


async def test_read_templated_resource(target: Target):
    async with open_session(target) as (session, _):
        templates = await list_all(session.list_resource_templates, "resource_templates")
        template = target.resource_uri([t.uri_template for t in templates], TEXT_TEMPLATE)
        uri = template.replace("{resourceId}", "7")
        result = await session.read_resource(uri)
        assert len(result.contents) == 1
        content = result.contents[0]
        assert content.uri == uri
        assert content.text.startswith("Resource 7: This is a plaintext resource created at "), content.text


async def test_read_unknown_resource_is_an_error(target: Target):
    async with open_session(target) as (session, _):
        resources = await list_all(session.list_resources, "resources")
        uri = target.resource_uri([r.uri for r in resources], STATIC_RESOURCE)
        with pytest.raises(MCPError):
            await session.read_resource(uri.replace("instructions.md", "no-such-file.md"))
        assert (await session.read_resource(uri)).contents, "session broken after an error"


async def test_get_prompt(target: Target):
    city = f"Springfield-{token()}"
    async with open_session(target) as (session, _):
        simple = await session.get_prompt(target.name("simple-prompt"))
        assert [(m.role, m.content.text) for m in simple.messages] == [
            ("user", "This is a simple prompt without arguments.")
        ]
        with_args = await session.get_prompt(target.name("args-prompt"), {"city": city, "state": "OR"})
        assert [(m.role, m.content.text) for m in with_args.messages] == [
            ("user", f"What's weather in {city}, OR?")
        ]


# ---------------------------------------------------------------------------
# Aggregate route only
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("target", [pytest.param("gw-agg-stdio", marks=pytest.mark.gateway)], indirect=True)
async def test_aggregate_routes_each_name_to_its_server(target: Target):
    """On /mcp both upstreams answer in one session, each under its own prefix."""
    async with open_session(target) as (session, _):
        for prefix in target.other_prefixes:
            result = await session.call_tool(f"{prefix}__echo", {"message": prefix})
            assert texts(result) == [f"Echo: {prefix}"]
        resources = await list_all(session.list_resources, "resources")
        uris = [r.uri for r in resources]
        mine = target.resource_uri(uris, STATIC_RESOURCE)
        others = [u for u in uris if STATIC_RESOURCE in u and u != mine]
        assert len(others) == len(target.other_prefixes) - 1, uris
