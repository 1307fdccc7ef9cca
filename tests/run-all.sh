#!/usr/bin/env bash
# Gatehouse's test command (the README's second command; .ci/run calls exactly this).
#
# 1. installs the test peers (Python SDK venv, npm reference servers) into .ci/cache
# 2. formatting and clippy, then every Rust test (unit + integration, rmcp as peer)
# 3. the official Python SDK through the gateway (tests/python)
# 4. the official conformance suite: fixture direct, and through the gateway (HTTP and stdio)
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
step "Rust tests" rust_tests
step "Python SDK interop" tests/python/run.sh
step "conformance suite" tests/conformance/gateway.sh

echo
du -sh target 2>/dev/null || true
echo "suites: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
