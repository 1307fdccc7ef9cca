#!/usr/bin/env bash
# Latency of a healthy server while another server behind the same gateway fails (issue 7).
#
#   bench/isolation.sh                 # the failing server hangs every tools/call
#   FAIL=error bench/isolation.sh      # ... or answers them with HTTP 503
#   DURATION=10 bench/isolation.sh     # seconds per measured run (default 5)
#   PAUSE_MS=100 bench/isolation.sh    # failing clients wait this long after each error
#                                      # (default 0: they retry at once, the worst case)
#
# Starts two echo-upstreams (one healthy, one made to fail with `--fail`), a release gatehouse
# with both (the failing one with a 2 s timeout, a concurrency cap and a breaker), measures
# `tools/call` on the healthy server at c=1 and c=16 alone, then again while 16 clients keep
# calling the failing one, and prints each run's line.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DURATION=${DURATION:-5}
FAIL=${FAIL:-hang}
PAUSE_MS=${PAUSE_MS:-0}
cargo build --release -q -p gatehouse -p gatehouse-bench
R=target/release
WORK=$(mktemp -d)
cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
GOOD=$(free_port); BAD=$(free_port); GW=$(free_port)
"$R/echo-upstream" --listen "127.0.0.1:$GOOD" --threads 1 >/dev/null &
"$R/echo-upstream" --listen "127.0.0.1:$BAD" --threads 1 --fail "$FAIL" >/dev/null &
cat > "$WORK/gatehouse.yaml" <<YAML
listen: 127.0.0.1:$GW
servers:
  echo:
    url: http://127.0.0.1:$GOOD/mcp
  bad:
    url: http://127.0.0.1:$BAD/mcp
    timeout: 2s
    max_concurrency: 8
    queue: 8
    breaker: { failures: 5, cooldown: 5s }
audit:
  url: "$WORK/audit.db"
  durability: batched
log:
  level: error
YAML
"$R/gatehouse" serve --config "$WORK/gatehouse.yaml" >"$WORK/gatehouse.log" 2>&1 &
for _ in $(seq 100); do
  curl -fs "http://127.0.0.1:$GW/healthz" | grep -q '"bad":"up"' && break
  sleep 0.1
done
run() {
  "$R/loadgen" --url "http://127.0.0.1:$GW/mcp/echo" --concurrency "$1" \
    --duration "$DURATION" --warmup 1 --label "$2" 2>/dev/null
}
echo "failing server: every tools/call ${FAIL}s; its 16 clients pause ${PAUSE_MS} ms after an error"
run 1 "healthy, alone"
run 16 "healthy, alone"
"$R/loadgen" --url "http://127.0.0.1:$GW/mcp/bad" --concurrency 16 --timeout 10 --error-pause-ms "$PAUSE_MS" \
  --duration $((DURATION * 2 + 6)) --warmup 0 --label "failing server" >"$WORK/bad.txt" 2>&1 &
BAD_LOAD=$!
sleep 2
run 1 "healthy, other failing"
run 16 "healthy, other failing"
wait "$BAD_LOAD" || true
grep -v "first error" "$WORK/bad.txt" || true
