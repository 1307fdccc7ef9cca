#!/usr/bin/env bash
# The dashboard (/ui) in a real browser: headless Chromium driven by playwright-core
# (tests/browser/dashboard.mjs) against the gatehouse binary, which the test starts itself on
# free loopback ports with the bundled demo server and a policy that holds one tool for approval.
# An HTTP client cannot catch what only a browser does (e.g. form posts sent with `Origin: null`
# under `Referrer-Policy: no-referrer`, CSP violations, htmx swaps): this does.
#
#   tests/browser/run.sh
#
# Installs, idempotently: Debian's `chromium` (as root, when /usr/bin/chromium is missing; not
# root and missing: a warning, exit 0) and playwright-core (pinned) into .ci/cache/browser.
# Environment: GATEHOUSE_BIN (default $CARGO_TARGET_DIR/debug/gatehouse, else
# target/debug/gatehouse), NODE (default: node on PATH, >= 20; else .ci/cache/node22), CHROMIUM
# (default /usr/bin/chromium).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.ci/cache/browser"
PLAYWRIGHT_VERSION=1.65.2
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

say() { echo "[browser] $*"; }

# --- Chromium (Debian's; playwright's own browser download cannot be used here) ----------------
if [[ ! -x "$CHROMIUM" ]]; then
  if [[ "$(id -u)" != 0 ]]; then
    echo "WARNING: $CHROMIUM is not installed and cannot be (not root): the browser test is skipped"
    exit 0
  fi
  say "installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  [[ -x "$CHROMIUM" ]] || { echo "error: apt-get installed no $CHROMIUM" >&2; exit 1; }
fi

# --- Node -------------------------------------------------------------------------------------
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
NODE="${NODE:-node}"
if ! command -v "$NODE" >/dev/null || (( $(node_major "$NODE") < 20 )); then
  if [[ -x "$ROOT/.ci/cache/node22/bin/node" ]]; then
    NODE="$ROOT/.ci/cache/node22/bin/node"
  else
    echo "error: playwright-core $PLAYWRIGHT_VERSION needs Node >= 20 (set NODE=...)" >&2
    exit 1
  fi
fi
NPM="$(dirname "$(command -v "$NODE")")/npm"
[[ -x "$NPM" ]] || NPM=npm

# --- playwright-core --------------------------------------------------------------------------
installed="$("$NODE" -p "require('$CACHE/node_modules/playwright-core/package.json').version" 2>/dev/null || true)"
if [[ "$installed" != "$PLAYWRIGHT_VERSION" ]]; then
  say "installing playwright-core@$PLAYWRIGHT_VERSION into $CACHE"
  mkdir -p "$CACHE"
  # No browser download (playwright-core has none, and this machine reaches only registries).
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$NPM" install --prefix "$CACHE" --no-audit --no-fund \
    --loglevel=error --save-exact "playwright-core@$PLAYWRIGHT_VERSION"
fi

# --- the gateway binary -----------------------------------------------------------------------
if [[ -z "${GATEHOUSE_BIN:-}" ]]; then
  GATEHOUSE_BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/gatehouse"
fi
[[ "$GATEHOUSE_BIN" == /* ]] || GATEHOUSE_BIN="$ROOT/$GATEHOUSE_BIN"
if [[ ! -x "$GATEHOUSE_BIN" ]]; then
  echo "error: gateway binary $GATEHOUSE_BIN not found: run cargo build first (or set GATEHOUSE_BIN)" >&2
  exit 1
fi

say "$("$CHROMIUM" --version 2>/dev/null | head -1), playwright-core $PLAYWRIGHT_VERSION, node $("$NODE" --version), $GATEHOUSE_BIN"
export GATEHOUSE_BIN CHROMIUM
export GATEHOUSE_BROWSER_MODULES="$CACHE/node_modules"
exec timeout --foreground -k 10 240 "$NODE" "$ROOT/tests/browser/dashboard.mjs"
