#!/usr/bin/env bash
# Runs the Python interop suite (the official MCP Python SDK against server-everything,
# directly and through the gatehouse binary) with the venv from .ci/setup.sh.
#
#   tests/python/run.sh                  # everything; gateway tests skip if the binary is missing
#   tests/python/run.sh -m "not gateway" # direct only (checks the tests themselves)
#   tests/python/run.sh -k sampling -x   # any pytest arguments
#
# Environment: GATEHOUSE_BIN (default $CARGO_TARGET_DIR/debug/gatehouse, else
# target/debug/gatehouse), GATEHOUSE_REQUIRE_BIN (set: a missing binary fails the gateway
# tests instead of skipping them; tests/run-all.sh sets it), GATEHOUSE_PEERS_DIR (default
# .ci/cache/peers), GATEHOUSE_TEST_LOG_DIR (keep process logs there), NODE.
# Exits with pytest's status; "no tests ran" (5) counts as a failure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$ROOT/.ci/cache/venv/bin/python"
if [[ ! -x "$PY" ]]; then
  echo "error: $PY not found: run .ci/setup.sh first" >&2
  exit 1
fi

cd "$ROOT/tests/python"
set +e
"$PY" -m pytest -p no:cacheprovider "$@"
status=$?
set -e
if [[ $status -eq 5 ]]; then
  echo "error: pytest collected no tests" >&2
fi
exit $status
