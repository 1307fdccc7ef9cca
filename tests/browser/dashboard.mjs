// The web dashboard (/ui) in a real browser: headless Chromium (Debian's, driven by
// playwright-core) against the gatehouse binary, which this script starts itself on free
// loopback ports with the bundled demo server and a Cedar policy that holds
// `demo/test_simple_text` for approval. MCP traffic is plain fetch() speaking Streamable HTTP;
// a held call is a fetch left pending until the dashboard decides it.
//
// Checks (the first miss ends the run with `FAIL: ...` and exit code 1):
//   a. /ui redirects to sign-in; a wrong token shows the error; the right token, typed and
//      submitted with a real click, signs in and shows the overview with the server `demo`
//   b. JavaScript disabled: sign in, Approve a held call with the plain form; the call returns
//   c. JavaScript on: a second held call appears on /ui/approvals by itself (polling), Deny
//      swaps the list in place (no navigation), and the call gets -32043
//   d. no console error, page error, CSP violation, failed request or 4xx/5xx answer (but the
//      wrong token's 401) on any page visited
//   e. Sign out (a real click) works, and /ui then redirects to sign-in
//
// Run by tests/browser/run.sh, which installs Chromium and playwright-core. Environment:
// GATEHOUSE_BIN (the gateway binary, required), GATEHOUSE_BROWSER_MODULES (the node_modules
// holding playwright-core), CHROMIUM (default /usr/bin/chromium).

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = process.env.GATEHOUSE_BIN;
const MODULES = process.env.GATEHOUSE_BROWSER_MODULES;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const TOKEN = `browser-test-${crypto.randomBytes(12).toString('hex')}`;
const NAME = 'Carol Browser';
const HELD_TOOL = 'demo__test_simple_text';
const OVERALL_MS = 180_000; // the whole run; every wait below has its own, shorter bound
const STEP_MS = 10_000; // one browser action or navigation

const APPROVAL_POLICY = `
@id("everyone")
permit(principal, action, resource);

@id("simple-text-needs-approval")
@approval("required")
@reason("sensitive demo call")
permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_simple_text");
`;

class Failure extends Error {}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
let passed = 0;
function ok(what) {
  passed += 1;
  console.log(`ok   ${what}`);
}
function check(condition, what, detail = '') {
  if (!condition) throw new Failure(detail ? `${what}: ${detail}` : what);
  ok(what);
}
/** `promise`, or a Failure naming `what` after `ms`. */
async function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Failure(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// --- the gateway ----------------------------------------------------------------------------

let gateway = null; // the `timeout ... gatehouse serve` child, leader of its own process group
let gatewayExited = null;
let tmp = null;
let logFile = null;

function killGateway(signal) {
  if (!gateway || gateway.exitCode !== null || gateway.signalCode !== null) return;
  try {
    process.kill(-gateway.pid, signal); // the group: timeout, the gateway, its demo servers
  } catch {
    // already gone
  }
}
process.on('exit', () => {
  killGateway('SIGKILL');
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.error(`FAIL: interrupted by ${signal}`);
    process.exit(1);
  });
}

/** A loopback port nobody listens on (the OS picks it; closed again before the gateway binds). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function logTail(lines = 40) {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no gateway log)';
  }
}

async function startGateway() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gatehouse-browser-'));
  const mcpPort = await freePort();
  let adminPort = await freePort();
  while (adminPort === mcpPort) adminPort = await freePort();
  const policy = path.join(tmp, 'approval.cedar');
  fs.writeFileSync(policy, APPROVAL_POLICY);
  const q = JSON.stringify; // a YAML double-quoted scalar
  const config = [
    `listen: ${q(`127.0.0.1:${mcpPort}`)}`,
    'servers:',
    '  demo:',
    `    command: ${q(BIN)}`,
    '    args: [demo-server]',
    'audit:',
    `  url: ${q(`sqlite://${tmp}/audit.db`)}`,
    'policy:',
    `  files: [${q(policy)}]`,
    '  approval_timeout: 60s',
    'admin:',
    `  listen: ${q(`127.0.0.1:${adminPort}`)}`,
    `  token: ${q(TOKEN)}`,
    'log:',
    '  level: info',
    '',
  ].join('\n');
  const configFile = path.join(tmp, 'gatehouse.yaml');
  fs.writeFileSync(configFile, config);
  logFile = path.join(tmp, 'gateway.log');
  const log = fs.openSync(logFile, 'w');
  gateway = spawn('timeout', ['-k', '5', String(OVERALL_MS / 1000 + 30), BIN, 'serve', '--config', configFile], {
    cwd: tmp,
    detached: true, // its own process group, killed as one
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  gatewayExited = new Promise((resolve) => gateway.on('exit', (code, signal) => resolve({ code, signal })));
  gateway.on('error', (e) => console.error(`cannot start ${BIN}: ${e.message}`));

  const mcp = `http://127.0.0.1:${mcpPort}`;
  const deadline = Date.now() + 30_000;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (gateway.exitCode !== null || gateway.signalCode !== null) {
      throw new Failure(`the gateway exited at start (${gateway.exitCode ?? gateway.signalCode}); its log:\n${logTail()}`);
    }
    try {
      const response = await fetch(`${mcp}/healthz`, { signal: AbortSignal.timeout(1000) });
      const body = await response.json();
      last = JSON.stringify(body);
      if (body.servers && body.servers.demo === 'up') {
        return { mcp, admin: `http://127.0.0.1:${adminPort}` };
      }
    } catch (e) {
      last = String(e.cause?.code || e.message);
    }
    await sleep(100);
  }
  throw new Failure(`the gateway did not report the demo server up within 30 s (last /healthz: ${last}); its log:\n${logTail()}`);
}

async function stopGateway() {
  if (!gateway) return;
  killGateway('SIGTERM');
  const exited = await Promise.race([gatewayExited, sleep(5000).then(() => null)]);
  if (!exited) {
    killGateway('SIGKILL');
    await Promise.race([gatewayExited, sleep(2000)]);
  }
}

// --- an MCP client: plain fetch, Streamable HTTP ---------------------------------------------

const pendingCalls = new AbortController(); // aborts every MCP request still open at the end

/** One JSON-RPC message POSTed to `url`; the answer to it (JSON or on an SSE stream), or null. */
async function post(url, message, sessionId, timeoutMs) {
  const headers = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  };
  if (sessionId) {
    headers['mcp-session-id'] = sessionId;
    headers['mcp-protocol-version'] = '2025-11-25';
  }
  const signal = AbortSignal.any([pendingCalls.signal, AbortSignal.timeout(timeoutMs)]);
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(message), signal });
  const text = await response.text();
  const type = response.headers.get('content-type') || '';
  let answer = null;
  if (type.startsWith('text/event-stream')) {
    for (const event of text.split(/\r?\n\r?\n/)) {
      const data = event
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (!data) continue;
      const parsed = JSON.parse(data);
      if (parsed.id === message.id && ('result' in parsed || 'error' in parsed)) answer = parsed;
    }
  } else if (type.startsWith('application/json')) {
    answer = JSON.parse(text);
  }
  return { status: response.status, headers: response.headers, answer, text };
}

async function mcpSession(mcp) {
  const url = `${mcp}/mcp`;
  const init = await post(
    url,
    {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'browser-test', version: '1' } },
    },
    null,
    10_000,
  );
  const sessionId = init.headers.get('mcp-session-id');
  if (init.status !== 200 || !init.answer?.result || !sessionId) {
    throw new Failure(`MCP initialize failed: HTTP ${init.status} ${init.text.slice(0, 300)}`);
  }
  const note = await post(url, { jsonrpc: '2.0', method: 'notifications/initialized' }, sessionId, 10_000);
  if (note.status !== 202) throw new Failure(`notifications/initialized answered HTTP ${note.status}: ${note.text.slice(0, 300)}`);
  let next = 2;
  return {
    /** A tools/call left pending: `done` is its answer; `settled` says whether it came. */
    call(name, args) {
      const id = next++;
      const held = { settled: false };
      held.done = post(url, { jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } }, sessionId, 90_000)
        .then((r) => {
          if (!r.answer) throw new Failure(`tools/call ${name} got no JSON-RPC answer: HTTP ${r.status} ${r.text.slice(0, 300)}`);
          return r.answer;
        })
        .finally(() => {
          held.settled = true;
        });
      held.done.catch(() => {}); // awaited later; never an unhandled rejection meanwhile
      return held;
    },
  };
}

// --- the browser ------------------------------------------------------------------------------

const issues = []; // what a page must never do (check d)
const allowances = []; // expected misses, each consumed once: the wrong token's 401

function allow(predicate, count) {
  allowances.push({ predicate, left: count });
}
function allowed(kind, url, text) {
  for (const a of allowances) {
    if (a.left > 0 && a.predicate(kind, url, text)) {
      a.left -= 1;
      return true;
    }
  }
  return false;
}
function issue(label, kind, url, text) {
  if (allowed(kind, url, text)) return;
  issues.push(`[${label}] ${kind}: ${text}${url ? ` (${url})` : ''}`);
}

async function instrument(context, label) {
  context.on('page', (page) => watch(page, label));
  // A CSP violation is also a console error; this catches one the console might word otherwise.
  await context.exposeBinding('__gatehouseCspViolation', ({ page }, text) => issue(label, 'csp', page.url(), text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__gatehouseCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

function watch(page, label) {
  page.setDefaultTimeout(STEP_MS);
  page.setDefaultNavigationTimeout(STEP_MS);
  page.on('console', (m) => {
    if (m.type() === 'error') issue(label, 'console.error', m.location()?.url, m.text());
  });
  page.on('pageerror', (e) => issue(label, 'pageerror', page.url(), String(e)));
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText || '';
    // The browser cancels what a page it leaves was still loading (a poll in flight, the
    // favicon): not a failure. A blocked or broken load has another error (or a 4xx/5xx).
    if (error === 'net::ERR_ABORTED' && r.resourceType() !== 'document') return;
    issue(label, 'requestfailed', r.url(), `${r.method()} ${error}`);
  });
  page.on('response', async (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) {
      documentPolicy.set(page, (await r.headerValue('referrer-policy').catch(() => null)) ?? '(none)');
    }
    if (r.status() >= 400) issue(label, `http ${r.status()}`, r.url(), `${r.request().method()} ${r.url()}`);
  });
}

const documentPolicy = new WeakMap(); // page -> Referrer-Policy of the document it shows

/**
 * Click `button` (a real click) and wait for the form POST it sends to a URL ending in `suffix`;
 * the answer, the Origin the browser sent, and the Referrer-Policy of the page the form was on.
 */
async function clickPost(page, button, suffix) {
  const policy = documentPolicy.get(page) ?? '(none)';
  const answer = page.waitForResponse((r) => r.url().endsWith(suffix) && r.request().method() === 'POST');
  await button.click();
  const response = await answer;
  const headers = await response.request().allHeaders();
  return { response, headers, policy };
}

/** What a refused form POST was: enough to tell an `Origin: null` refusal at once. */
async function refusal({ response, headers, policy }) {
  const body = (await response.text().catch(() => '')).trim().slice(0, 300);
  const path = new URL(response.url()).pathname;
  return (
    `POST ${path} was sent by Chromium with Origin: ${headers.origin ?? '(none)'} and answered ` +
    `${response.status()} (the page's Referrer-Policy: ${policy}): ${body}`
  );
}

/** Type the credential and name into the sign-in form and press the button. */
async function submitSignIn(page, credential, name) {
  await page.fill('input[name=credential]', credential);
  await page.fill('input[name=name]', name);
  return clickPost(page, page.locator('form[action="/ui/login"] button[type=submit]'), '/ui/login');
}

/** Sign in with the admin token; fail naming what the browser sent and got when it does not. */
async function signIn(page, admin, what) {
  const post = await submitSignIn(page, TOKEN, NAME);
  if (post.response.status() !== 303) {
    throw new Failure(`${what} sign-in with the right token failed in the browser: ${await refusal(post)}`);
  }
  await page.waitForURL(`${admin}/ui`);
  const who = (await page.locator('header .who').innerText()).trim();
  check(who.includes(NAME), `${what} signed in with the token (a real click), the header names the operator`, `header shows ${JSON.stringify(who)}`);
}

async function heldArticles(page) {
  return page.locator('#approvals article.held').count();
}

async function run() {
  if (!BIN) throw new Failure('GATEHOUSE_BIN is not set (run tests/browser/run.sh)');
  if (!MODULES) throw new Failure('GATEHOUSE_BROWSER_MODULES is not set (run tests/browser/run.sh)');
  const { chromium } = createRequire(path.join(MODULES, 'noop.js'))('playwright-core');

  const { mcp, admin } = await startGateway();
  ok(`gateway up (MCP ${mcp}, admin ${admin}), demo server connected`);
  const agent = await mcpSession(mcp);
  ok('MCP session initialized (Streamable HTTP, 2025-11-25)');

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], timeout: 30_000 });
  try {
    // --- a. sign-in, JavaScript on ------------------------------------------------------------
    const js = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await instrument(js, 'js');
    const page = await js.newPage();

    await page.goto(`${admin}/ui`);
    check(page.url() === `${admin}/ui/login`, 'a. /ui redirects to the sign-in page', `ended at ${page.url()}`);
    await page.locator('input[name=credential]').waitFor();

    // The one expected miss: the wrong token's 401 (the answer, and Chromium's console line).
    allow((kind, url) => kind === 'http 401' && url === `${admin}/ui/login`, 1);
    allow((kind, url, text) => kind === 'console.error' && url === `${admin}/ui/login` && text.includes('401'), 1);
    const refused = await submitSignIn(page, `not-the-token-${crypto.randomBytes(8).toString('hex')}`, 'Mallory');
    if (refused.response.status() !== 401) {
      throw new Failure(`a. sign-in fails in the browser: the sign-in form was refused before its token was checked (a wrong token must get 401): ${await refusal(refused)}`);
    }
    await page.waitForLoadState('load');
    const error = await page.locator('p.error').textContent().catch(() => null);
    check(
      page.url() === `${admin}/ui/login` && !!error,
      'a. a wrong token is refused (401) and the error shown',
      `page ${page.url()}, error ${JSON.stringify(error)}`,
    );

    await signIn(page, admin, 'a.');
    await page.locator('#servers td.target').first().waitFor();
    const servers = await page.locator('#servers td.target').allInnerTexts();
    check(servers.map((s) => s.trim()).includes('demo'), 'a. the overview lists the server demo', `servers: ${JSON.stringify(servers)}`);
    const htmx = await page.evaluate(() => typeof window.htmx === 'object' && window.htmx.version);
    check(!!htmx, 'a. htmx is loaded from the listener', `window.htmx: ${htmx}`);

    // --- b. JavaScript disabled: the plain forms --------------------------------------------
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    plain.on('page', (p) => watch(p, 'no-js'));
    const bare = await plain.newPage();
    await bare.goto(`${admin}/ui/login`);
    await signIn(bare, admin, 'b. (no JavaScript)');

    const first = agent.call(HELD_TOOL, { note: 'first' });
    const heldDeadline = Date.now() + 15_000;
    for (;;) {
      await bare.goto(`${admin}/ui/approvals`);
      if ((await heldArticles(bare)) > 0) break;
      if (first.settled) throw new Failure(`b. the call was not held: ${JSON.stringify(await first.done)}`);
      if (Date.now() > heldDeadline) throw new Failure('b. no held call was listed on /ui/approvals within 15 s');
      await sleep(300);
    }
    const card = await bare.locator('#approvals article.held').first().innerText();
    check(
      card.includes('demo/test_simple_text') && card.includes('sensitive demo call'),
      'b. the held call is listed with its tool and the policy reason',
      card,
    );
    check(!first.settled, 'b. the MCP call is still pending while held');
    const approved = await clickPost(bare, bare.locator('#approvals article.held button.approve').first(), '/approve');
    if (approved.response.status() !== 303) {
      throw new Failure(`b. Approve with the plain form (no JavaScript) failed: ${await refusal(approved)}`);
    }
    check(!approved.headers['hx-request'], 'b. Approve is a plain form POST (303) without JavaScript');
    await bare.waitForURL(`${admin}/ui/approvals`);
    const firstAnswer = await within(first.done, 15_000, 'b. the approved MCP call to return');
    check(
      !!firstAnswer.result && !firstAnswer.error && firstAnswer.result.isError !== true,
      'b. the approved MCP call returns its result',
      JSON.stringify(firstAnswer).slice(0, 300),
    );
    await bare.reload();
    check((await heldArticles(bare)) === 0, 'b. the approved call is gone from /ui/approvals');

    // --- c. JavaScript on: polling, Deny in place ------------------------------------------
    await page.goto(`${admin}/ui/approvals`);
    await page.locator('#approvals p.empty').waitFor();
    let navigations = 0;
    page.on('request', (r) => {
      if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations += 1;
    });
    await page.evaluate(() => {
      window.__gatehouseSameDocument = true;
    });
    const second = agent.call(HELD_TOOL, { note: 'second' });
    await page
      .locator('#approvals article.held')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(() => {
        throw new Failure('c. the held call did not appear on /ui/approvals by itself within 15 s (polling every 3 s)');
      });
    check(navigations === 0, 'c. a new held call appears on /ui/approvals by itself (polling, no reload)', `${navigations} navigations`);
    check(!second.settled, 'c. the second MCP call is pending while held');
    const denied = await clickPost(page, page.locator('#approvals article.held button.deny').first(), '/deny');
    if (denied.response.status() !== 200) throw new Failure(`c. Deny failed: ${await refusal(denied)}`);
    check(
      denied.headers['hx-request'] === 'true',
      'c. Deny is sent by htmx and answered 200 with the list',
      `HX-Request: ${denied.headers['hx-request']}`,
    );
    await page.locator('#flash .flash').waitFor();
    const flash = (await page.locator('#flash .flash').innerText()).trim();
    await page.locator('#approvals article.held').first().waitFor({ state: 'detached', timeout: 8000 });
    const same = await page.evaluate(() => window.__gatehouseSameDocument === true);
    check(
      same && navigations === 0 && page.url() === `${admin}/ui/approvals` && flash.includes('denied'),
      'c. Deny swaps the list in place (no navigation) and says so',
      `same document ${same}, ${navigations} navigations, url ${page.url()}, flash ${JSON.stringify(flash)}`,
    );
    const secondAnswer = await within(second.done, 15_000, 'c. the denied MCP call to return');
    check(
      secondAnswer.error?.code === -32043 && secondAnswer.error?.data?.status === 'denied',
      'c. the denied MCP call gets -32043 (status denied)',
      JSON.stringify(secondAnswer).slice(0, 300),
    );

    // --- e. sign out, both ways --------------------------------------------------------------
    for (const [p, what] of [
      [page, 'JavaScript on'],
      [bare, 'no JavaScript'],
    ]) {
      await p.goto(`${admin}/ui`);
      const out = await clickPost(p, p.locator('header .who button', { hasText: 'Sign out' }), '/ui/logout');
      if (out.response.status() !== 303) throw new Failure(`e. Sign out (${what}) failed: ${await refusal(out)}`);
      await p.waitForURL(`${admin}/ui/login`);
      await p.goto(`${admin}/ui`);
      check(p.url() === `${admin}/ui/login`, `e. Sign out (${what}) works and /ui then redirects to sign-in`, `ended at ${p.url()}`);
    }

    // --- d. nothing went wrong on any page -----------------------------------------------------
    await sleep(300); // console lines and events of the last page
    check(
      issues.length === 0,
      'd. no console error, page error, CSP violation or failed request on any page',
      `\n  ${issues.join('\n  ')}`,
    );
  } finally {
    await browser.close().catch(() => {});
  }
}

const watchdog = setTimeout(() => {
  console.error(`FAIL: the browser test did not finish within ${OVERALL_MS / 1000} s`);
  process.exit(1);
}, OVERALL_MS);
watchdog.unref();

let status = 0;
const started = Date.now();
try {
  await run();
  console.log(`browser dashboard test: all ${passed} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (e) {
  status = 1;
  console.error(`FAIL: ${e instanceof Failure ? e.message : e.stack || e}`);
  if (issues.length) console.error(`browser issues so far:\n  ${issues.join('\n  ')}`);
  if (logFile && !String(e?.message).includes('its log:')) console.error(`gateway log (last lines):\n${logTail(25)}`);
} finally {
  pendingCalls.abort();
  await stopGateway();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(status);
