#!/usr/bin/env bash
# Gatehouse's test command (the README's second command; .ci/run calls exactly this).
#
# 1. installs the test peers (Python SDK venv, npm reference servers) into .ci/cache
# 2. formatting and clippy, then every Rust test (unit + integration, rmcp as peer; the store's
#    suite on SQLite and on a PostgreSQL started here; the shared limits on a Redis started here)
# 3. the official Python SDK through the gateway (tests/python)
# 4. the official conformance suite: fixture direct, and through the gateway (HTTP and stdio)
# 5. the web dashboard in a real browser (Debian's Chromium, playwright-core: tests/browser)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# A one-shot run gains nothing from incremental caches, and they cost a gigabyte of disk.
export CARGO_INCREMENTAL=0

passed=0
failed=0
step() {
  local name="$1"
  shift
  echo
  echo "==== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "==== FAILED: $name"
  fi
}

# The store's suite also runs on PostgreSQL (GATEHOUSE_TEST_POSTGRES): Debian's server, installed
# and started on loopback by tests/postgres.sh. Without root and without PostgreSQL installed,
# that half is skipped with a warning; as root (CI) it must start.
start_postgres() {
  local url
  if url="$(tests/postgres.sh)"; then
    export GATEHOUSE_TEST_POSTGRES="$url"
    echo "PostgreSQL for the store tests: $url"
  elif [[ "$(id -u)" != 0 ]]; then
    echo "WARNING: PostgreSQL is not installed and cannot be (not root): store tests run on SQLite only"
  else
    return 1
  fi
}

# The limits shared through Redis are tested on Debian's redis-server (GATEHOUSE_TEST_REDIS),
# installed and started on loopback by tests/redis.sh. Without root and without redis-server
# installed, those tests are skipped with a warning; as root (CI) it must start.
start_redis() {
  local url
  if url="$(tests/redis.sh)"; then
    export GATEHOUSE_TEST_REDIS="$url"
    echo "Redis for the shared limit tests: $url"
  elif [[ "$(id -u)" != 0 ]]; then
    echo "WARNING: redis-server is not installed and cannot be (not root): the Redis limit tests are skipped"
  else
    return 1
  fi
}

rust_tests() {
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast
  else
    cargo test --workspace --no-fail-fast
  fi
}

.ci/setup.sh
cargo build --workspace --all-targets
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "PostgreSQL for the store tests" start_postgres
step "Redis for the shared limit tests" start_redis
trap 'tests/postgres.sh stop >/dev/null 2>&1 || true; tests/redis.sh stop >/dev/null 2>&1 || true' EXIT
step "Rust tests" rust_tests
step "Python SDK interop" env GATEHOUSE_REQUIRE_BIN=1 tests/python/run.sh
step "conformance suite" tests/conformance/gateway.sh
step "dashboard in a browser" tests/browser/run.sh

echo
du -sh target 2>/dev/null || true
echo "suites: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
