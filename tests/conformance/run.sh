#!/usr/bin/env bash
# Runs the official MCP conformance suite's server scenarios against a URL.
#
#   tests/conformance/run.sh http://127.0.0.1:3001/mcp [extra conformance args...]
#
# Installs Node 22 and @modelcontextprotocol/conformance (pinned) into
# .ci/cache/node22 on first use, runs every scenario of the suite (SUITE=active
# by default: the 30 non-pending scenarios; SUITE=all adds the pending ones),
# prints one line per scenario and exits non-zero if any scenario fails.
# Results stay in $RESULTS_DIR if set, else in a temporary directory.
set -euo pipefail

CONFORMANCE_VERSION="0.1.16"
NODE_MAJOR="22"

usage() {
  echo "usage: $0 <server-url> [extra conformance args...]" >&2
  exit 2
}
[[ $# -ge 1 ]] || usage
URL="$1"
shift

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.ci/cache/node22"
NODE="$CACHE/node_modules/node/bin/node"
SUITE_JS="$CACHE/node_modules/@modelcontextprotocol/conformance/dist/index.js"
SUITE_PKG="$CACHE/node_modules/@modelcontextprotocol/conformance/package.json"

# True when the cache already holds the pinned suite and a Node $NODE_MAJOR.
installed() {
  [[ -x "$NODE" && -f "$SUITE_JS" && -f "$SUITE_PKG" ]] || return 1
  [[ "$("$NODE" --version)" == "v$NODE_MAJOR."* ]] || return 1
  [[ "$("$NODE" -p "require('$SUITE_PKG').version")" == "$CONFORMANCE_VERSION" ]]
}

if ! installed; then
  echo "Installing node@$NODE_MAJOR and @modelcontextprotocol/conformance@$CONFORMANCE_VERSION into $CACHE" >&2
  mkdir -p "$CACHE"
  [[ -f "$CACHE/package.json" ]] || echo '{"private": true}' > "$CACHE/package.json"
  (cd "$CACHE" && npm install --save-exact --no-audit --no-fund \
    "node@$NODE_MAJOR" "@modelcontextprotocol/conformance@$CONFORMANCE_VERSION" >&2)
  installed || { echo "error: installation in $CACHE is incomplete" >&2; exit 1; }
fi

RESULTS="${RESULTS_DIR:-$(mktemp -d -t mcp-conformance.XXXXXX)}"
mkdir -p "$RESULTS"
LOG="$RESULTS/suite.log"

echo "Running the ${SUITE:-active} server suite of conformance@$CONFORMANCE_VERSION against $URL"
set +e
# The suite writes results relative to its working directory; run it in $RESULTS.
(cd "$RESULTS" && "$NODE" "$SUITE_JS" server --url "$URL" --suite "${SUITE:-active}" \
  -o "$RESULTS" "$@") > "$LOG" 2>&1
SUITE_STATUS=$?
set -e

# One line per scenario from the checks.json files, then the totals.
"$NODE" - "$RESULTS" "$LOG" "$SUITE_STATUS" <<'EOF'
const fs = require('fs');
const path = require('path');
const [results, log, suiteStatus] = process.argv.slice(2);
const expected = Number((fs.readFileSync(log, 'utf8').match(/Running \S+ suite \((\d+) scenarios\)/) || [])[1]);
const dirs = fs.readdirSync(results).filter((d) => d.startsWith('server-')).sort();
let failedScenarios = 0;
for (const dir of dirs) {
  const scenario = dir.replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
  const checks = JSON.parse(fs.readFileSync(path.join(results, dir, 'checks.json'), 'utf8'));
  const count = (status) => checks.filter((c) => c.status === status).length;
  const failures = checks.filter((c) => c.status === 'FAILURE');
  if (failures.length > 0) failedScenarios++;
  const verdict = failures.length > 0 ? 'FAIL' : 'PASS';
  console.log(`${verdict}  ${scenario}: ${count('SUCCESS')} passed, ${failures.length} failed, ${count('WARNING')} warnings`);
  for (const f of failures) console.log(`        - ${f.id}: ${f.errorMessage || f.description}`);
}
const ran = dirs.length;
console.log(`\n${ran - failedScenarios}/${ran} scenarios passed` + (expected ? ` (suite announced ${expected})` : ''));
let ok = failedScenarios === 0 && ran > 0 && suiteStatus === '0';
if (expected && ran !== expected) {
  console.log(`error: ${expected} scenarios announced but ${ran} produced results`);
  ok = false;
}
if (suiteStatus !== '0') console.log(`conformance exited with status ${suiteStatus}; see ${log}`);
console.log(`results: ${results}`);
process.exit(ok ? 0 : 1);
EOF
