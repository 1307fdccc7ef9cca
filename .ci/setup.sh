#!/usr/bin/env bash
# Installs the interop test peers into .ci/cache (gitignored). Idempotent: a step is
# skipped when its inputs (the pinned requirement and lock files) have not changed.
#
#   .ci/cache/venv    Python venv with tests/python/requirements.txt (the MCP Python SDK, pytest)
#   .ci/cache/peers   npm ci of tests/peers/package-lock.json
#                     (@modelcontextprotocol/server-everything, @modelcontextprotocol/server-filesystem)
#
# Needs python3 (>= 3.10, with venv) and node + npm on PATH, and the PyPI and npm registries.
# Node 22 and the conformance suite are installed by tests/conformance/run.sh, not here.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.ci/cache"
VENV="$CACHE/venv"
PEERS="$CACHE/peers"
REQUIREMENTS="$ROOT/tests/python/requirements.txt"
PEERS_SRC="$ROOT/tests/peers"

say() { echo "[setup] $*"; }
die() { echo "[setup] ERROR: $*" >&2; exit 1; }
trap 'echo "[setup] ERROR: command failed (exit $?) at line $LINENO: $BASH_COMMAND" >&2' ERR

sha() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }

mkdir -p "$CACHE"

# --- Python venv -------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null || die "$PYTHON not found on PATH (set PYTHON=...)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || die "$("$PYTHON" --version 2>&1) is too old: the MCP Python SDK needs Python >= 3.10"

want="$(sha "$REQUIREMENTS")"
stamp="$VENV/.gatehouse-requirements.sha256"
if [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c '' 2>/dev/null \
   && [[ -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  say "venv $VENV is up to date with $(basename "$REQUIREMENTS")"
else
  if ! { [[ -x "$VENV/bin/python" ]] && "$VENV/bin/python" -c '' 2>/dev/null; }; then
    say "creating venv $VENV with $("$PYTHON" --version 2>&1)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" || die "python -m venv failed (on Debian: apt-get install python3-venv)"
  fi
  say "installing $REQUIREMENTS into $VENV"
  "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q -r "$REQUIREMENTS"
  echo "$want" > "$stamp"
fi
"$VENV/bin/python" - <<'EOF' || die "the venv does not import the test dependencies"
import importlib.metadata as md
import anyio, mcp, prometheus_client, pytest  # noqa: F401
print("[setup] venv has " + ", ".join(f"{p} {md.version(p)}" for p in ("mcp", "anyio", "pytest", "pytest-timeout")))
EOF

# --- Node peers --------------------------------------------------------------
command -v node >/dev/null || die "node not found on PATH"
command -v npm >/dev/null || die "npm not found on PATH"
[[ -f "$PEERS_SRC/package-lock.json" ]] || die "$PEERS_SRC/package-lock.json is missing"

want="$(sha "$PEERS_SRC/package.json" "$PEERS_SRC/package-lock.json")"
stamp="$PEERS/.gatehouse-lock.sha256"
if [[ -d "$PEERS/node_modules" && -f "$stamp" && "$(cat "$stamp")" == "$want" ]]; then
  say "peers in $PEERS are up to date with tests/peers/package-lock.json"
else
  say "npm ci of tests/peers (node $(node --version), npm $(npm --version 2>/dev/null)) into $PEERS"
  mkdir -p "$PEERS"
  rm -f "$stamp"
  cp "$PEERS_SRC/package.json" "$PEERS_SRC/package-lock.json" "$PEERS/"
  (cd "$PEERS" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

for pkg in server-everything server-filesystem; do
  dir="$PEERS/node_modules/@modelcontextprotocol/$pkg"
  [[ -f "$dir/package.json" ]] || die "$pkg is missing from $PEERS after npm ci"
  pinned="$(node -p "require('$PEERS_SRC/package.json').dependencies['@modelcontextprotocol/$pkg']")"
  got="$(node -p "require('$dir/package.json').version")"
  [[ "$got" == "$pinned" ]] || die "$pkg $got installed but tests/peers/package.json pins $pinned"
  say "peer @modelcontextprotocol/$pkg $got: $dir"
done
[[ -f "$PEERS/node_modules/@modelcontextprotocol/server-everything/dist/index.js" ]] \
  || die "server-everything has no dist/index.js"

say "done"
