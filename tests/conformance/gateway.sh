#!/usr/bin/env bash
# The conformance acceptance run, against the project's fixture server (which serves both eras)
# directly and through the gateway's /mcp/{server} route, with the fixture behind it four ways:
# fixture-http (Streamable HTTP, spoken to in its session era), fixture-stdio (a child process,
# session era), fixture-modern (HTTP, `era: modern`: spoken to statelessly) and
# fixture-stdio-modern (a child process, `era: modern`).
#
# - the official suite 0.1.16 (2025-11-25): every scenario, on all five targets — through the
#   *-modern routes that is a session-era client reaching a 2026-07-28 server (translation);
# - the prerelease 0.2.0-alpha.12 with --requirements 2026-07-28: modern-native-pass.txt
#   directly and through the *-modern routes (pass-through), modern-pass.txt through fixture-http
#   and fixture-stdio (a 2026-07-28 client reaching a session-era server: translation);
# - the prerelease with --requirements 2025-11-25: every scenario, through fixture-http and
#   fixture-modern.
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
  fixture-modern:
    url: http://127.0.0.1:$FIXTURE_PORT/mcp
    era: modern
  fixture-stdio-modern:
    command: $BIN/conformance-fixture
    args: [--stdio]
    era: modern
audit:
  url: sqlite://$WORK/audit.db
YAML
"$BIN/gatehouse" serve --config "$WORK/gatehouse.yaml" >"$WORK/gatehouse.log" 2>&1 &
pids+=($!)
wait_port "$FIXTURE_PORT"
wait_port "$GATEWAY_PORT"

status=0
DIRECT="127.0.0.1:$FIXTURE_PORT/mcp"
GATEWAY="127.0.0.1:$GATEWAY_PORT/mcp"
HERE="$ROOT/tests/conformance"
for target in "$DIRECT" "$GATEWAY/fixture-http" "$GATEWAY/fixture-stdio" "$GATEWAY/fixture-modern" \
              "$GATEWAY/fixture-stdio-modern"; do
  echo "== conformance 0.1.16 (2025-11-25): http://$target"
  "$HERE/run.sh" "http://$target" || status=1
done
for run in "$DIRECT modern-native-pass.txt" "$GATEWAY/fixture-modern modern-native-pass.txt" \
           "$GATEWAY/fixture-stdio-modern modern-native-pass.txt" \
           "$GATEWAY/fixture-http modern-pass.txt" "$GATEWAY/fixture-stdio modern-pass.txt"; do
  read -r target expected <<<"$run"
  echo "== conformance prerelease 2026-07-28: http://$target"
  "$HERE/modern.sh" "http://$target" "$HERE/$expected" 2026-07-28 || status=1
done
for target in "$GATEWAY/fixture-http" "$GATEWAY/fixture-modern"; do
  echo "== conformance prerelease 2025-11-25: http://$target"
  "$HERE/modern.sh" "http://$target" all 2025-11-25 || status=1
done
if [[ $status -ne 0 ]]; then
  echo "--- gateway log (last 50 lines)"; tail -n 50 "$WORK/gatehouse.log"
fi
exit $status
