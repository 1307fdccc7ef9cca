"""The admin listener seen by third-party tools: the official Prometheus client library's
OpenMetrics parser reads `/metrics` after calls made with the official MCP Python SDK, and
the admin API answers only with its token.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from prometheus_client.openmetrics.parser import text_string_to_metric_families

from conftest import HTTP_SERVER
from mcp_targets import Target, open_session, texts

pytestmark = [pytest.mark.gateway, pytest.mark.anyio]


@pytest.fixture
def anyio_backend():
    return "asyncio"


def fetch(url: str, token: str | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def samples(metrics_text: str, name: str) -> list:
    """Every sample named `name` in a strictly parsed OpenMetrics exposition."""
    return [
        sample
        for family in text_string_to_metric_families(metrics_text)
        for sample in family.samples
        if sample.name == name
    ]


async def test_metrics_parse_and_count_sdk_calls(gateway):
    target = Target(id="gw-http", url=f"{gateway.base_url}/mcp/{HTTP_SERVER}")
    async with open_session(target) as (session, _):
        for i in range(3):
            result = await session.call_tool("echo", {"message": f"metrics {i}"})
            assert texts(result) == [f"Echo: metrics {i}"]

    status, text = fetch(f"{gateway.admin_url}/metrics")
    assert status == 200
    calls = [
        s for s in samples(text, "gatehouse_requests_total")
        if s.labels.get("server") == HTTP_SERVER and s.labels.get("method") == "tools/call"
        and s.labels.get("tool") == f"{HTTP_SERVER}__echo"
    ]
    assert sum(s.value for s in calls) >= 3, calls
    latency = [
        s for s in samples(text, "gatehouse_upstream_seconds_count")
        if s.labels.get("server") == HTTP_SERVER
    ]
    assert sum(s.value for s in latency) >= 3, latency
    up = {s.labels["server"]: s.value for s in samples(text, "gatehouse_upstream_up")}
    assert up.get(HTTP_SERVER) == 1.0, up


async def test_admin_api_needs_its_token_and_answers_audit_queries(gateway):
    target = Target(id="gw-http", url=f"{gateway.base_url}/mcp/{HTTP_SERVER}")
    async with open_session(target) as (session, _):
        await session.call_tool("echo", {"message": "audited"})

    assert fetch(f"{gateway.admin_url}/admin/servers")[0] == 401
    status, body = fetch(f"{gateway.admin_url}/admin/servers", gateway.admin_token)
    assert status == 200
    servers = {s["name"]: s for s in json.loads(body)["servers"]}
    assert servers[HTTP_SERVER]["connected"] is True, servers

    query = f"{gateway.admin_url}/admin/audit?server={HTTP_SERVER}&method=tools/call&limit=1000"
    status, body = fetch(query, gateway.admin_token)
    assert status == 200, body
    records = json.loads(body)["records"]
    assert any(r["target"].endswith("echo") and r["verdict"] == "allow" for r in records), records[-3:]
