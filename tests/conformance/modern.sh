#!/usr/bin/env bash
# The conformance prerelease (0.2.0-alpha.12) against a URL, at one requirements revision.
# Every scenario named in EXPECTED must pass; the others are known gaps (listed in
# docs/eras.md) and are reported, not failed. EXPECTED "all" means every scenario that runs.
#
#   tests/conformance/modern.sh URL [EXPECTED-FILE|all] [REQUIREMENTS]
#   (defaults: tests/conformance/modern-pass.txt, 2026-07-28)
set -euo pipefail

VERSION="0.2.0-alpha.12"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
URL="${1:?usage: $0 <server-url> [expected-file|all] [requirements]}"
NODE_CACHE="$ROOT/.ci/cache/node22"
NODE="$NODE_CACHE/node_modules/node/bin/node"
CACHE="$ROOT/.ci/cache/conformance-next"
SUITE_JS="$CACHE/node_modules/@modelcontextprotocol/conformance/dist/index.js"
EXPECTED="${2:-$ROOT/tests/conformance/modern-pass.txt}"
REQUIREMENTS="${3:-2026-07-28}"

[[ -x "$NODE" ]] || { echo "error: $NODE missing: run tests/conformance/run.sh first (it installs Node 22)" >&2; exit 1; }
if [[ ! -f "$SUITE_JS" ]] || ! grep -q "\"version\": \"$VERSION\"" "$CACHE/node_modules/@modelcontextprotocol/conformance/package.json" 2>/dev/null; then
  echo "Installing @modelcontextprotocol/conformance@$VERSION into $CACHE" >&2
  mkdir -p "$CACHE"
  [[ -f "$CACHE/package.json" ]] || echo '{"private": true}' > "$CACHE/package.json"
  (cd "$CACHE" && npm install --save-exact --no-audit --no-fund "@modelcontextprotocol/conformance@$VERSION" >&2)
fi

RESULTS="$(mktemp -d -t mcp-conformance-next.XXXXXX)"
echo "Running conformance@$VERSION --requirements $REQUIREMENTS against $URL"
set +e
(cd "$RESULTS" && "$NODE" "$SUITE_JS" server --url "$URL" --requirements "$REQUIREMENTS" -o "$RESULTS") > "$RESULTS/suite.log" 2>&1
set -e

"$NODE" - "$RESULTS" "$EXPECTED" <<'JS'
const fs = require('fs');
const path = require('path');
const [results, expectedFile] = process.argv.slice(2);
const outcome = {};
for (const dir of fs.readdirSync(results).filter((d) => d.startsWith('server-'))) {
  const scenario = dir.replace(/^server-/, '').replace(/-\d{4}-\d\d-\d\dT.*$/, '');
  const file = path.join(results, dir, 'checks.json');
  if (!fs.existsSync(file)) { outcome[scenario] = [{ id: scenario, errorMessage: 'no checks recorded' }]; continue; }
  const checks = JSON.parse(fs.readFileSync(file, 'utf8'));
  outcome[scenario] = checks.filter((c) => c.status === 'FAILURE');
}
const expected = expectedFile === 'all'
  ? Object.keys(outcome).sort()
  : fs.readFileSync(expectedFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
if (!expected.length) { console.log('FAIL  no scenario ran'); process.exit(1); }
let missing = 0;
for (const name of expected) {
  const failures = outcome[name];
  if (failures === undefined) { console.log(`FAIL  ${name}: did not run`); missing++; continue; }
  if (failures.length) { console.log(`FAIL  ${name}`); for (const f of failures) console.log(`        - ${f.id}: ${f.errorMessage || f.description}`); missing++; }
  else console.log(`PASS  ${name}`);
}
const gaps = Object.keys(outcome).filter((n) => !expected.includes(n) && outcome[n].length).sort();
console.log(`known gaps (not failed): ${gaps.join(', ') || 'none'}`);
console.log(`${expected.length - missing}/${expected.length} required scenarios passed; results: ${results}`);
process.exit(missing ? 1 : 0);
JS
