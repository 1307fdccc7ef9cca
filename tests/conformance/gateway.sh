#!/usr/bin/env bash
# The conformance acceptance run: the official suite (0.1.16, protocol 2025-11-25) against the
# project's fixture server directly, then through the gateway's /mcp/{server} route with the
# fixture as a Streamable HTTP upstream and as a stdio upstream; every run must pass every
# scenario. Then the 2026-07-28 prerelease through the gateway (a stateless client in front of the
# same session-era fixture): every scenario in modern-pass.txt must pass.
#
#   tests/conformance/gateway.sh        (expects target/debug/{gatehouse,conformance-fixture})
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug"
WORK="$(mktemp -d -t gatehouse-conformance.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Wait (bounded) until something accepts connections on a port.
wait_port() {
  for _ in $(seq 1 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  return 1
}

FIXTURE_PORT="$(free_port)"
GATEWAY_PORT="$(free_port)"
"$BIN/conformance-fixture" --http "127.0.0.1:$FIXTURE_PORT" >"$WORK/fixture.log" 2>&1 &
pids+=($!)
cat >"$WORK/gatehouse.yaml" <<YAML
listen: 127.0.0.1:$GATEWAY_PORT
servers:
  fixture-http:
    url: http://127.0.0.1:$FIXTURE_PORT/mcp
  fixture-stdio:
    command: $BIN/conformance-fixture
    args: [--stdio]
audit:
  url: sqlite://$WORK/audit.db
YAML
"$BIN/gatehouse" serve --config "$WORK/gatehouse.yaml" >"$WORK/gatehouse.log" 2>&1 &
pids+=($!)
wait_port "$FIXTURE_PORT"
wait_port "$GATEWAY_PORT"

status=0
for target in "127.0.0.1:$FIXTURE_PORT/mcp" \
              "127.0.0.1:$GATEWAY_PORT/mcp/fixture-http" \
              "127.0.0.1:$GATEWAY_PORT/mcp/fixture-stdio"; do
  echo "== conformance: http://$target"
  if ! "$ROOT/tests/conformance/run.sh" "http://$target"; then
    status=1
  fi
done
for target in "127.0.0.1:$GATEWAY_PORT/mcp/fixture-http" \
              "127.0.0.1:$GATEWAY_PORT/mcp/fixture-stdio"; do
  echo "== conformance 2026-07-28: http://$target"
  if ! "$ROOT/tests/conformance/modern.sh" "http://$target"; then
    status=1
  fi
done
if [[ $status -ne 0 ]]; then
  echo "--- gateway log (last 50 lines)"; tail -n 50 "$WORK/gatehouse.log"
fi
exit $status
