#!/usr/bin/env bash
# Gatehouse benchmark: direct (loadgen -> echo-upstream) vs through the gateway
# (loadgen -> gatehouse -> echo-upstream), at low (default 1) and high (default 16)
# concurrency. Prints a table with the gateway's added p50/p99 latency and its
# throughput ratio.
#
# Usage:  bench/run.sh [bench-proxy options]
#   --duration SECS       measured seconds per run (default 10)
#   --warmup SECS         warm-up per run (default 2)
#   --low N / --high N    concurrency levels (default 1 / 16)
#   --upstream stdio      gateway reaches echo-upstream as a stdio child instead of HTTP
#   --gateway-url URL     benchmark an already running gateway instead of starting one
#   --config-template F   gateway config template ({listen} {upstream_url} {echo_command} {server})
#   --json                machine-readable result on stdout
#   --keep-logs           keep the temp dir with the generated config and logs
#   (see `bench-proxy --help` for all options)
#
# Environment:
#   CARGO_TARGET_DIR  where binaries are built (default: <repo>/target)
#   GATEHOUSE_BIN     gatehouse binary (default: $CARGO_TARGET_DIR/release/gatehouse,
#                     then <repo>/target/release/gatehouse); gateway runs are skipped
#                     with a message if none exists
#   BUILD_GATEWAY=1   also build the gatehouse binary before running
#
# bench-proxy owns the child processes (echo-upstream, gatehouse) and kills them on
# exit, on error and on SIGINT/SIGTERM/SIGHUP; the trap below makes sure a signal to
# this script reaches it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
export CARGO_TARGET_DIR=$target

packages=(-p gatehouse-bench)
if [[ ${BUILD_GATEWAY:-0} == 1 ]]; then
  packages+=(-p gatehouse)
fi
echo "building ${packages[*]} (release) into $target" >&2
cargo build --release --quiet --manifest-path "$root/Cargo.toml" "${packages[@]}"

if [[ -z ${GATEHOUSE_BIN:-} ]]; then
  for candidate in "$target/release/gatehouse" "$root/target/release/gatehouse"; do
    if [[ -x $candidate ]]; then
      GATEHOUSE_BIN=$candidate
      break
    fi
  done
fi
args=(--bin-dir "$target/release")
if [[ -n ${GATEHOUSE_BIN:-} ]]; then
  args+=(--gatehouse "$GATEHOUSE_BIN")
else
  echo "note: no gatehouse binary in $target/release or $root/target/release" >&2
fi

driver_pid=
cleanup() {
  if [[ -n $driver_pid ]] && kill -0 "$driver_pid" 2>/dev/null; then
    kill -TERM "$driver_pid" 2>/dev/null || true
    wait "$driver_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM HUP

"$target/release/bench-proxy" "${args[@]}" "$@" &
driver_pid=$!
wait "$driver_pid"
