"""Process management for the interop suite: test peers, the gateway, and the targets.

Nothing is installed here. `.ci/setup.sh` installs the Node peers into
`.ci/cache/peers` (override with GATEHOUSE_PEERS_DIR) and the venv this runs in.

Targets (the `target` fixture; every test in test_interop.py runs against each):

  direct-stdio  server-everything over stdio, spawned by the SDK's stdio_client
  direct-http   server-everything in streamableHttp mode, started here
  gw-stdio      gateway /mcp/everything  (stdio upstream, original names)
  gw-http       gateway /mcp/remote      (Streamable HTTP upstream, original names)
  gw-agg-stdio  gateway /mcp, the `everything__*` names
  gw-agg-http   gateway /mcp, the `remote__*` names

The gw-* targets skip only when the gateway binary (GATEHOUSE_BIN, default
$CARGO_TARGET_DIR/debug/gatehouse, else target/debug/gatehouse) does not exist, and fail
instead when GATEHOUSE_REQUIRE_BIN is set (CI). If it exists but does not start, they fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from mcp_targets import Target

REPO_ROOT = Path(__file__).resolve().parents[2]
PEERS_MANIFEST = REPO_ROOT / "tests" / "peers" / "package.json"
STARTUP_TIMEOUT = 30.0  # seconds to wait for a started process to accept connections

# Server names in the gateway config; part of the names the tests expect.
STDIO_SERVER = "everything"
HTTP_SERVER = "remote"
LEGACY_SSE_SERVER = "legacy"
# A virtual server curating one tool of HTTP_SERVER under a new name.
VIRTUAL_SERVER = "support"
VIRTUAL_TOOL = "say"


def _peers_dir() -> Path:
    return Path(os.environ.get("GATEHOUSE_PEERS_DIR", REPO_ROOT / ".ci" / "cache" / "peers"))


def _gateway_bin() -> Path:
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    raw = os.environ.get("GATEHOUSE_BIN", f"{target}/debug/gatehouse")
    path = Path(raw)
    return path if path.is_absolute() else REPO_ROOT / path


def require_gateway_bin() -> Path:
    """The gateway binary; skips the test when it is missing, or fails it when
    GATEHOUSE_REQUIRE_BIN is set (CI sets it: a suite that skips its gateway half passes
    without testing anything)."""
    binary = _gateway_bin()
    if not binary.exists():
        message = (f"gateway binary {binary} does not exist (build it with `cargo build -p gatehouse` "
                   "or set GATEHOUSE_BIN)")
        if os.environ.get("GATEHOUSE_REQUIRE_BIN"):
            pytest.fail(message)
        pytest.skip(message)
    return binary


# ---------------------------------------------------------------------------
# Processes
# ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _descendants(pid: int) -> list[int]:
    """All live descendants of `pid` (via /proc), deepest last."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ... ; comm may contain spaces and parentheses.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            out.append(child)
            stack.append(child)
    return out


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _tail(path: Path, lines: int = 60) -> str:
    try:
        text = _ANSI.sub("", path.read_text(errors="replace"))
    except OSError as exc:
        return f"<could not read {path}: {exc}>"
    return "\n".join(text.splitlines()[-lines:])


@dataclass
class Proc:
    """A process started by the suite in its own process group, with its output in a log file."""

    name: str
    popen: subprocess.Popen
    log: Path

    @classmethod
    def start(cls, name: str, argv: list[str], log: Path, env: dict[str, str] | None = None,
              cwd: Path | None = None) -> "Proc":
        print(f"[interop] starting {name}: {' '.join(argv)} (log: {log})", file=sys.stderr)
        log_file = open(log, "wb")
        try:
            popen = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env={**os.environ, **(env or {})},
                cwd=cwd,
                start_new_session=True,
            )
        finally:
            log_file.close()
        return cls(name, popen, log)

    def wait_listening(self, port: int, timeout: float = STARTUP_TIMEOUT) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self.popen.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with status {self.popen.returncode} before listening "
                    f"on 127.0.0.1:{port}; its output:\n{_tail(self.log)}"
                )
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    return
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    f"{self.name} did not accept connections on 127.0.0.1:{port} within "
                    f"{timeout:.0f}s; its output:\n{_tail(self.log)}"
                )
            time.sleep(0.2)

    def stop(self) -> None:
        """SIGTERM the process group and every descendant, then SIGKILL what is left."""
        pid = self.popen.pid
        victims = _descendants(pid)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(pid, sig)
            except (ProcessLookupError, PermissionError):
                pass
            for child in victims:  # children that moved to process groups of their own
                try:
                    os.kill(child, sig)
                except (ProcessLookupError, PermissionError):
                    pass
            try:
                self.popen.wait(timeout=5)
                if sig == signal.SIGTERM:
                    time.sleep(0.2)  # let children act on SIGTERM before SIGKILL
                    if not any(Path(f"/proc/{c}").exists() for c in victims):
                        return
            except subprocess.TimeoutExpired:
                continue


# ---------------------------------------------------------------------------
# Session fixtures
# ---------------------------------------------------------------------------


@pytest.fixture(scope="session")
def log_dir(tmp_path_factory) -> Path:
    raw = os.environ.get("GATEHOUSE_TEST_LOG_DIR")
    path = Path(raw) if raw else tmp_path_factory.mktemp("interop-logs")
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class Peers:
    node: str
    everything_js: Path
    everything_version: str

    @property
    def everything_docs(self) -> Path:
        return self.everything_js.parent / "docs"


@pytest.fixture(scope="session")
def peers() -> Peers:
    node = os.environ.get("NODE") or shutil.which("node")
    if not node:
        pytest.fail("node is not on PATH (set NODE=/path/to/node); run .ci/setup.sh", pytrace=False)
    pkg_dir = _peers_dir() / "node_modules" / "@modelcontextprotocol" / "server-everything"
    js = pkg_dir / "dist" / "index.js"
    if not js.is_file():
        pytest.fail(f"{js} is missing: run .ci/setup.sh to install the test peers", pytrace=False)
    installed = json.loads((pkg_dir / "package.json").read_text())["version"]
    wanted = json.loads(PEERS_MANIFEST.read_text())["dependencies"]["@modelcontextprotocol/server-everything"]
    if installed != wanted:
        pytest.fail(
            f"server-everything {installed} is installed but tests/peers/package.json pins {wanted}: "
            "run .ci/setup.sh",
            pytrace=False,
        )
    return Peers(node=node, everything_js=js, everything_version=installed)


def _serve_everything(peers: Peers, log_dir: Path, mode: str, path: str):
    """Run server-everything in an HTTP `mode` (it reads its port from PORT); yield its URL."""
    port = free_port()
    proc = Proc.start(
        f"server-everything ({mode})",
        [peers.node, str(peers.everything_js), mode],
        log_dir / f"server-everything-{mode}.log",
        env={"PORT": str(port)},
    )
    try:
        proc.wait_listening(port)
        yield f"http://127.0.0.1:{port}{path}"
    finally:
        proc.stop()


@pytest.fixture(scope="session")
def everything_http(peers: Peers, log_dir: Path):
    """server-everything in Streamable HTTP mode; yields its MCP URL."""
    yield from _serve_everything(peers, log_dir, "streamableHttp", "/mcp")


@pytest.fixture(scope="session")
def everything_sse(peers: Peers, log_dir: Path):
    """server-everything in its legacy HTTP+SSE mode; yields the URL of its SSE stream."""
    yield from _serve_everything(peers, log_dir, "sse", "/sse")


@dataclass
class Gateway:
    base_url: str
    proc: Proc
    config: Path
    admin_url: str
    admin_token: str

    def stderr_tail(self, lines: int = 40) -> str:
        return _tail(self.proc.log, lines)


# The running gateway, for the failure report hook below.
_GATEWAY: Gateway | None = None


@pytest.fixture(scope="session")
def gateway(peers: Peers, everything_http: str, everything_sse: str, log_dir: Path):
    global _GATEWAY
    binary = require_gateway_bin()
    port = free_port()
    admin_port = free_port()
    admin_token = "python-suite-admin-token"
    config = log_dir / "gatehouse.yaml"
    # JSON is YAML: every string below is quoted safely.
    q = json.dumps
    config.write_text(
        f"listen: {q(f'127.0.0.1:{port}')}\n"
        "servers:\n"
        f"  {STDIO_SERVER}:\n"
        f"    command: {q(peers.node)}\n"
        f"    args: {q([str(peers.everything_js), 'stdio'])}\n"
        f"  {HTTP_SERVER}:\n"
        f"    url: {q(everything_http)}\n"
        f"  {LEGACY_SSE_SERVER}:\n"
        f"    url: {q(everything_sse)}\n"
        "    transport: sse\n"
        "virtual_servers:\n"
        f"  {VIRTUAL_SERVER}:\n"
        "    tools:\n"
        f"      - {{ tool: {HTTP_SERVER}__echo, name: {VIRTUAL_TOOL} }}\n"
        "audit:\n"
        f"  url: {q('sqlite://' + str(log_dir / 'audit.db'))}\n"
        "admin:\n"
        f"  listen: {q(f'127.0.0.1:{admin_port}')}\n"
        f"  token: {q(admin_token)}\n"
    )
    proc = Proc.start(
        "gatehouse",
        [str(binary), "serve", "--config", str(config)],
        log_dir / "gatehouse.log",
        env={"RUST_BACKTRACE": "1", "NO_COLOR": "1"},
    )
    try:
        try:
            proc.wait_listening(port)
        except RuntimeError as exc:
            pytest.fail(f"{exc}\nconfig ({config}):\n{config.read_text()}", pytrace=False)
        _GATEWAY = Gateway(f"http://127.0.0.1:{port}", proc, config,
                           f"http://127.0.0.1:{admin_port}", admin_token)
        yield _GATEWAY
    finally:
        _GATEWAY = None
        proc.stop()


# ---------------------------------------------------------------------------
# Targets
# ---------------------------------------------------------------------------

TARGET_PARAMS = [
    pytest.param("direct-stdio", id="direct-stdio"),
    pytest.param("direct-http", id="direct-http"),
    pytest.param("gw-stdio", id="gw-stdio", marks=pytest.mark.gateway),
    pytest.param("gw-http", id="gw-http", marks=pytest.mark.gateway),
    pytest.param("gw-agg-stdio", id="gw-agg-stdio", marks=pytest.mark.gateway),
    pytest.param("gw-agg-http", id="gw-agg-http", marks=pytest.mark.gateway),
]


@pytest.fixture(params=TARGET_PARAMS)
def target(request, peers: Peers, log_dir: Path) -> Target:
    kind = request.param
    if kind == "direct-stdio":
        return Target(
            id=kind, stdio_argv=[peers.node, str(peers.everything_js), "stdio"],
            stdio_log=log_dir / "server-everything-stdio.log",
        )
    if kind == "direct-http":
        return Target(id=kind, url=request.getfixturevalue("everything_http"))
    gw: Gateway = request.getfixturevalue("gateway")
    upstream = STDIO_SERVER if kind.endswith("stdio") else HTTP_SERVER
    if kind.startswith("gw-agg-"):
        return Target(id=kind, url=f"{gw.base_url}/mcp", prefix=upstream,
                      other_prefixes=(STDIO_SERVER, HTTP_SERVER, LEGACY_SSE_SERVER))
    return Target(id=kind, url=f"{gw.base_url}/mcp/{upstream}")


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and _GATEWAY is not None and "target" in getattr(item, "funcargs", {}):
        if item.funcargs["target"].id.startswith("gw-"):
            report.sections.append(("gatehouse output (tail)", _GATEWAY.stderr_tail()))


def pytest_terminal_summary(terminalreporter):
    if _LOG_DIRS:
        terminalreporter.write_line(f"interop logs: {', '.join(_LOG_DIRS)}")


_LOG_DIRS: list[str] = []


@pytest.fixture(scope="session", autouse=True)
def _remember_log_dir(log_dir: Path):
    _LOG_DIRS.append(str(log_dir))
    yield
