//! The admin listener through a running gateway: Prometheus metrics count what happened,
//! `/admin/...` needs its token, audit records can be queried and paged, a changed tool
//! definition is approved by an operator, and a call a policy marks `@approval` waits for a
//! human's decision, asked on the admin API or through elicitation.

use crate::support;

use std::sync::atomic::Ordering;
use std::time::Duration;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway, malicious, tool_names};

pub(crate) const TOKEN: &str = "admin-token-for-tests-0123";

pub(crate) fn demo_config(dir: &std::path::Path, extra: &str) -> String {
    format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n\
         audit:\n  url: sqlite://{}/audit.db\n{extra}",
        dir.display()
    )
}

async fn get(url: &str, token: Option<&str>) -> (u16, String) {
    let mut request = reqwest::Client::new().get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("admin listener reachable");
    (response.status().as_u16(), response.text().await.unwrap())
}

async fn post(url: &str, body: Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(url)
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .expect("admin listener reachable");
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The value of the sample whose line starts with `series` (name and labels as rendered).
fn sample(metrics: &str, series: &str) -> Option<f64> {
    metrics
        .lines()
        .find(|l| l.starts_with(series))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[tokio::test]
async fn metrics_count_requests_and_the_admin_api_needs_its_token() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&demo_config(dir.path(), "")).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let mut s = gw.session("/mcp").await;
    for _ in 0..3 {
        let call = json!({"name": "demo__test_simple_text", "arguments": {}});
        assert!(s.request("tools/call", call).await.get("result").is_some());
    }
    let unknown = json!({"name": "nosuch__tool", "arguments": {}});
    assert!(
        s.request("tools/call", unknown)
            .await
            .get("error")
            .is_some()
    );

    let (status, metrics) = get(&format!("{admin}/metrics"), None).await;
    assert_eq!(status, 200, "metrics need no token");
    let calls = r#"gatehouse_requests_total{server="demo",tool="demo__test_simple_text",method="tools/call",verdict="allow",agent="",outcome="ok"}"#;
    assert_eq!(sample(&metrics, calls), Some(3.0), "{metrics}");
    // Opening the session is a request like any other.
    let opened = r#"gatehouse_requests_total{server="",tool="",method="initialize",verdict="allow",agent="",outcome="ok"}"#;
    assert_eq!(sample(&metrics, opened), Some(1.0), "{metrics}");
    // A made-up name gets no series of its own (made-up names would fill the label budget).
    let stray = r#"gatehouse_requests_total{server="unknown",tool="unknown",method="tools/call""#;
    assert_eq!(sample(&metrics, stray), Some(1.0), "{metrics}");
    assert!(!metrics.contains("nosuch"), "{metrics}");
    let upstream =
        r#"gatehouse_upstream_seconds_count{server="demo",tool="demo__test_simple_text"}"#;
    assert_eq!(sample(&metrics, upstream), Some(3.0), "{metrics}");
    let overhead =
        r#"gatehouse_gateway_overhead_seconds_count{server="demo",tool="demo__test_simple_text"}"#;
    assert_eq!(sample(&metrics, overhead), Some(3.0), "{metrics}");
    assert_eq!(
        sample(&metrics, r#"gatehouse_upstream_up{server="demo"}"#),
        Some(1.0)
    );
    assert_eq!(
        sample(&metrics, "gatehouse_sessions "),
        Some(1.0),
        "{metrics}"
    );

    assert_eq!(get(&format!("{admin}/admin/servers"), None).await.0, 401);
    assert_eq!(
        get(&format!("{admin}/admin/servers"), Some("wrong-token"))
            .await
            .0,
        401
    );
    let (status, servers) = get(&format!("{admin}/admin/servers"), Some(TOKEN)).await;
    assert_eq!(status, 200);
    let servers: Value = serde_json::from_str(&servers).unwrap();
    let demo = &servers["servers"][0];
    assert_eq!(
        (demo["name"].as_str(), demo["connected"].as_bool()),
        (Some("demo"), Some(true))
    );
    assert_eq!(demo["breaker"], "closed", "{servers}");
    assert_eq!(demo["transport"], "stdio");

    let page = format!("{admin}/admin/audit?tool=demo__*&method=tools/call&limit=2");
    let (status, first) = get(&page, Some(TOKEN)).await;
    assert_eq!(status, 200, "{first}");
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["records"].as_array().unwrap().len(), 2, "{first}");
    let next = first["next"].as_u64().expect("a full page has a cursor");
    let (_, rest) = get(&format!("{page}&after={next}"), Some(TOKEN)).await;
    let rest: Value = serde_json::from_str(&rest).unwrap();
    assert_eq!(rest["records"].as_array().unwrap().len(), 1, "{rest}");
    assert!(rest["next"].is_null(), "{rest}");
    // Newest first: `before` pages down from the newest record.
    let seqs = |page: &Value| -> Vec<u64> {
        let records = page["records"].as_array().unwrap();
        records.iter().map(|r| r["seq"].as_u64().unwrap()).collect()
    };
    let oldest_first = [seqs(&first), seqs(&rest)].concat();
    let newest = format!("{page}&before={}", i64::MAX);
    let (_, top) = get(&newest, Some(TOKEN)).await;
    let top: Value = serde_json::from_str(&top).unwrap();
    let below = top["next"].as_u64().expect("a full page has a cursor");
    let (_, bottom) = get(&format!("{page}&before={below}"), Some(TOKEN)).await;
    let bottom: Value = serde_json::from_str(&bottom).unwrap();
    let mut newest_first = [seqs(&top), seqs(&bottom)].concat();
    newest_first.reverse();
    assert_eq!(newest_first, oldest_first, "{top} {bottom}");
    for bad in [
        "since=yesterday",
        "verdict=bogus",
        "verdcit=block",
        "limit=-1",
        "limit=0",
    ] {
        let (status, body) = get(&format!("{admin}/admin/audit?{bad}"), Some(TOKEN)).await;
        assert_eq!(
            status, 400,
            "{bad}: a bad filter is the client's error: {body}"
        );
        let error: Value = serde_json::from_str(&body).unwrap_or_else(|_| panic!("{bad}: {body}"));
        assert!(error["error"].is_string(), "{bad}: {body}");
    }
    let (status, _) = get(&format!("{admin}/admin/audit?verdict=block"), Some(TOKEN)).await;
    assert_eq!(status, 200, "a known verdict");

    // A tool that ran and failed (isError) is an outcome of its own, not "ok".
    let failing = json!({"name": "demo__test_error_handling", "arguments": {}});
    let failed = s.request("tools/call", failing).await;
    assert_eq!(failed["result"]["isError"], true, "{failed}");
    let (_, metrics) = get(&format!("{admin}/metrics"), None).await;
    let series = r#"gatehouse_requests_total{server="demo",tool="demo__test_error_handling",method="tools/call",verdict="allow",agent="",outcome="tool_error"}"#;
    assert_eq!(sample(&metrics, series), Some(1.0), "{metrics}");
}

#[tokio::test]
async fn secrets_in_arguments_never_reach_the_audit_log() {
    let dir = tempfile::tempdir().unwrap();
    // The guard only flags secrets here: the call goes through unredacted, the record may not.
    let yaml = demo_config(dir.path(), "guard:\n  actions: { secret: flag }\n");
    let gw = TestGateway::start(&yaml).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let mut s = gw.session("/mcp").await;
    let secret = "ghp_R8x2Lq9ZtV4mK7wP3nB6cY1dF5gH0jS2aE9u";
    let call =
        json!({"name": "demo__test_simple_text", "arguments": {"note": format!("token {secret}")}});
    assert!(s.request("tools/call", call).await.get("result").is_some());
    let (_, records) = get(
        &format!("{admin}/admin/audit?method=tools/call"),
        Some(TOKEN),
    )
    .await;
    assert!(records.contains("REDACTED"), "{records}");
    assert!(!records.contains(secret), "{records}");
}

#[tokio::test]
async fn an_operator_approves_a_changed_tool_definition() {
    let (url, switch) = malicious::start().await;
    let dir = tempfile::tempdir().unwrap();
    let yaml = format!(
        "servers:\n  evil:\n    url: {url}\n    cache:\n      lists: 0s\naudit:\n  url: sqlite://{}/audit.db\n",
        dir.path().display()
    );
    let gw = TestGateway::start(&yaml).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let mut s = gw.session("/mcp/evil").await;
    assert!(tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));
    switch.store(true, Ordering::SeqCst);
    assert!(!tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));

    let (_, pins) = get(&format!("{admin}/admin/pins"), Some(TOKEN)).await;
    let pins: Value = serde_json::from_str(&pins).unwrap();
    let pending = pins["pending"].as_array().unwrap();
    let forecast = pending
        .iter()
        .find(|p| p["tool"] == "forecast")
        .expect("pending change");
    let hash = forecast["definition_hash"].as_str().unwrap();

    let approve = format!("{admin}/admin/pins/evil/forecast/approve");
    let (status, _) = post(&approve, json!({"hash": "not-the-pending-hash"})).await;
    assert_eq!(status, 404, "only the reviewed definition can be approved");
    let (status, body) = post(&approve, json!({"hash": hash, "by": "alice"})).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["pin"]["approved_by"], "alice");

    assert!(tool_names(&s.request("tools/list", json!({})).await).contains(&"forecast".into()));
    let call = json!({"name": "forecast", "arguments": {"city": "Oslo"}});
    assert!(s.request("tools/call", call).await.get("result").is_some());
}

pub(crate) const APPROVAL_POLICY: &str = r#"
@id("everyone")
permit(principal, action, resource);

@id("simple-text-needs-approval")
@approval("required")
@reason("sensitive demo call")
permit(principal, action == Gatehouse::Action::"call_tool", resource == Gatehouse::Tool::"demo/test_simple_text");
"#;

/// The demo server behind `APPROVAL_POLICY`, with `extra` lines for the `policy` section.
pub(crate) fn approval_config(dir: &std::path::Path, extra: &str) -> String {
    let policies = dir.join("approval.cedar");
    std::fs::write(&policies, APPROVAL_POLICY).unwrap();
    let policy = format!("policy:\n  files: [{}]\n{extra}", policies.display());
    demo_config(dir, &policy)
}

/// Poll the admin API until one call is held; its approval id.
async fn held_approval(admin: &str) -> String {
    held_approval_seen_by(admin, TOKEN).await
}

/// [`held_approval`] as the holder of `credential` sees the held calls.
async fn held_approval_seen_by(admin: &str, credential: &str) -> String {
    for _ in 0..100 {
        let (_, body) = get(&format!("{admin}/admin/approvals"), Some(credential)).await;
        let body: Value = serde_json::from_str(&body).unwrap();
        if let Some(id) = body["approvals"][0]["id"].as_str() {
            return id.to_owned();
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no call was held for approval");
}

#[tokio::test]
async fn a_call_marked_for_approval_waits_for_the_operator() {
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("approval.cedar");
    std::fs::write(&policies, APPROVAL_POLICY).unwrap();
    let extra = format!(
        "policy:\n  files: [{}]\n  approval_timeout: 2s\n",
        policies.display()
    );
    let gw = TestGateway::start(&demo_config(dir.path(), &extra)).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});

    for (decision, expect_result) in [("approve", true), ("deny", false)] {
        let mut s = gw.session("/mcp").await;
        let params = call.clone();
        let held = tokio::spawn(async move { s.request("tools/call", params).await });
        let id = held_approval(&admin).await;
        let (_, pending) = get(&format!("{admin}/admin/approvals"), Some(TOKEN)).await;
        let pending: Value = serde_json::from_str(&pending).unwrap();
        assert_eq!(
            pending["approvals"][0]["reason"], "sensitive demo call",
            "the policy's @reason: {pending}"
        );
        let url = format!("{admin}/admin/approvals/{id}/{decision}");
        let (status, body) = post(&url, json!({"by": "bob"})).await;
        assert_eq!(status, 200, "{body}");
        let reply = held.await.unwrap();
        assert_eq!(
            reply.get("result").is_some(),
            expect_result,
            "{decision}: {reply}"
        );
        if !expect_result {
            assert_eq!(reply["error"]["code"], -32043, "{reply}");
            assert_eq!(reply["error"]["data"]["status"], "denied");
            assert_eq!(reply["error"]["data"]["approvalId"], id.as_str());
        }
        let (status, _) = post(&url, json!({})).await;
        assert_eq!(status, 409, "a decided approval cannot be decided again");
    }

    // Who decided is in the audit record either way.
    let (_, records) = get(&format!("{admin}/admin/audit?tool=demo__*"), Some(TOKEN)).await;
    assert!(records.contains("\"approved-by:bob\""), "{records}");
    assert!(records.contains("\"denied-by:bob\""), "{records}");

    let mut s = gw.session("/mcp").await;
    let expired = s.request("tools/call", call).await;
    assert_eq!(expired["error"]["data"]["status"], "expired", "{expired}");
    let other = json!({"name": "demo__test_image_content", "arguments": {}});
    assert!(
        s.request("tools/call", other).await.get("result").is_some(),
        "no approval needed"
    );
}

#[tokio::test]
async fn a_client_that_supports_elicitation_asks_its_user() {
    let dir = tempfile::tempdir().unwrap();
    let extra = "  approval_elicitation: true\n";
    let gw = TestGateway::start(&approval_config(dir.path(), extra)).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    let mut s = gw.session("/mcp").await;

    let approve = |request: &Value| {
        assert_eq!(request["method"], "elicitation/create", "{request}");
        let message = request["params"]["message"].as_str().unwrap();
        assert!(message.contains("demo__test_simple_text"), "{message}");
        json!({"action": "accept", "content": {"approve": true}})
    };
    let (reply, _) = s
        .request_answering("tools/call", call.clone(), approve)
        .await;
    assert!(reply.get("result").is_some(), "the user approved: {reply}");

    let decline = |_: &Value| json!({"action": "decline"});
    let (reply, _) = s.request_answering("tools/call", call, decline).await;
    assert_eq!(reply["error"]["code"], -32043, "{reply}");
    assert_eq!(reply["error"]["data"]["status"], "denied");

    let (_, body) = get(&format!("{admin}/admin/approvals"), Some(TOKEN)).await;
    assert!(
        body.contains("\"approvals\":[]"),
        "both were decided: {body}"
    );
    // The record names who answered as the gateway knows them: the call's own principal.
    let (_, records) = get(
        &format!("{admin}/admin/audit?method=tools/call"),
        Some(TOKEN),
    )
    .await;
    assert!(
        records.contains("approved-by:anonymous client (elicitation)"),
        "{records}"
    );
}

/// A call of `demo__test_simple_text` (held for approval by the test's policy) by the holder of
/// API key `key`: the body of the answer once the call is decided.
pub(crate) async fn held_call(base: String, key: &'static str) -> String {
    let http = reqwest::Client::new();
    let post = |body: Value, session: Option<String>| {
        let mut request = http
            .post(format!("{base}/mcp"))
            .bearer_auth(key)
            .header("accept", "application/json, text/event-stream")
            .json(&body);
        if let Some(id) = session {
            request = request.header("mcp-session-id", id);
        }
        request.send()
    };
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "worker", "version": "1"}}});
    let opened = post(init, None).await.unwrap();
    let session = opened.headers()["mcp-session-id"]
        .to_str()
        .unwrap()
        .to_owned();
    let call = json!({"jsonrpc": "2.0", "id": 2, "method": "tools/call",
        "params": {"name": "demo__test_simple_text", "arguments": {}}});
    post(call, Some(session))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_principal_with_an_admin_role_decides_under_its_own_name() {
    const OPS: &str = "ghk_test-ops-key-0123456789abcdefghijklmnopqr";
    const AGENT: &str = "ghk_test-agent-key-0123456789abcdefghijklmnop";
    let dir = tempfile::tempdir().unwrap();
    let policies = dir.path().join("approval.cedar");
    std::fs::write(&policies, APPROVAL_POLICY).unwrap();
    let extra = format!(
        "policy:\n  files: [{}]\n  approval_elicitation: false\n\
         auth:\n  resource: http://127.0.0.1/mcp\n  api_keys:\n\
         \x20   - {{ hash: \"{}\", agent: oncall, roles: [ops] }}\n\
         \x20   - {{ hash: \"{}\", agent: worker }}\n",
        policies.display(),
        policy::sha256_hash(OPS),
        policy::sha256_hash(AGENT),
    );
    let gw = TestGateway::start(&demo_config(dir.path(), &extra)).await;
    let admin = gw
        .admin_with(gateway::AdminAccess {
            token: None,
            roles: vec!["ops".into()],
            allowed_hosts: Vec::new(),
            allowed_origins: Vec::new(),
        })
        .await;
    assert_eq!(
        get(&format!("{admin}/admin/approvals"), Some(AGENT))
            .await
            .0,
        401
    );
    assert_eq!(get(&format!("{admin}/admin/approvals"), None).await.0, 401);

    let held = tokio::spawn(held_call(gw.base.clone(), AGENT));
    let (status, approvals) = get(&format!("{admin}/admin/approvals"), Some(OPS)).await;
    assert_eq!(status, 200, "{approvals}");
    let id = held_approval_seen_by(&admin, OPS).await;
    let (_, body) = get(&format!("{admin}/admin/approvals"), Some(OPS)).await;
    let body: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["approvals"][0]["principal"]["agent"], "worker");
    let decided = reqwest::Client::new()
        .post(format!("{admin}/admin/approvals/{id}/approve"))
        .bearer_auth(OPS)
        .json(&json!({"by": "someone-else"}))
        .send()
        .await
        .unwrap();
    let decided: Value = decided.json().await.unwrap();
    assert_eq!(decided["approval"]["decided_by"], "oncall", "{decided}");
    let reply = held.await.unwrap();
    assert!(reply.contains("\"result\""), "{reply}");

    // An operator's own call is someone else's to decide (separation of duties).
    let own = tokio::spawn(held_call(gw.base.clone(), OPS));
    let id = held_approval_seen_by(&admin, OPS).await;
    let refused = reqwest::Client::new()
        .post(format!("{admin}/admin/approvals/{id}/approve"))
        .bearer_auth(OPS)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 403);
    own.abort();
}

#[tokio::test]
async fn a_held_call_the_client_cancels_is_closed_for_operators() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&approval_config(dir.path(), "")).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let mut s = gw.session("/mcp").await;
    let (url, session) = (s.url.clone(), s.session_id.clone().unwrap());
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    let held = tokio::spawn(async move { s.request("tools/call", call).await });
    let id = held_approval(&admin).await;
    // The call is the session's second request (initialize was the first).
    let cancel = json!({"jsonrpc": "2.0", "method": "notifications/cancelled",
        "params": {"requestId": 2, "reason": "user gave up"}});
    let sent = reqwest::Client::new()
        .post(&url)
        .header("mcp-session-id", session)
        .header("mcp-protocol-version", "2025-11-25")
        .header("accept", "application/json, text/event-stream")
        .json(&cancel)
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status().as_u16(), 202);
    let _ = tokio::time::timeout(Duration::from_secs(10), held).await;
    let (_, pending) = get(&format!("{admin}/admin/approvals"), Some(TOKEN)).await;
    assert!(
        pending.contains("\"approvals\":[]"),
        "closed, not pending: {pending}"
    );
    let (status, _) = post(&format!("{admin}/admin/approvals/{id}/approve"), json!({})).await;
    assert_eq!(status, 409, "a cancelled call cannot be approved any more");
}

/// A server removed by a reload loses its per-server series (it used to report its last
/// values, `gatehouse_upstream_up` 1 among them, until the gateway restarted).
#[tokio::test]
async fn a_removed_server_leaves_the_metrics() {
    let two = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n  spare:\n    command: {GATEHOUSE}\n    args: [demo-server]\n"
    );
    let gw = TestGateway::start(&two).await;
    let up = |server: &str| format!(r#"gatehouse_upstream_up{{server="{server}"}}"#);
    let metrics = gw.gateway.metrics().render(&gw.gateway);
    assert!(metrics.contains(&up("spare")), "{metrics}");
    let one = format!("servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n");
    let settings = gatehouse::config::parse(&one, &|_| None).unwrap().settings;
    gw.gateway.reload(settings).await;
    let metrics = gw.gateway.metrics().render(&gw.gateway);
    assert!(!metrics.contains(&up("spare")), "{metrics}");
    assert!(metrics.contains(&up("demo")), "{metrics}");
}

/// A held call whose client goes away while it waits is recorded as not approved (the record
/// written for the dropped request said `allow`, as if it had been forwarded).
#[tokio::test]
async fn a_held_call_whose_client_goes_away_is_recorded_as_not_approved() {
    let dir = tempfile::tempdir().unwrap();
    let extra = "  approval_elicitation: false\n";
    let gw = TestGateway::start(&approval_config(dir.path(), extra)).await;
    let admin = gw.admin(Some(TOKEN)).await;
    let s = gw.session("/mcp").await;
    let call = json!({"jsonrpc": "2.0", "id": 3, "method": "tools/call",
        "params": {"name": "demo__test_simple_text", "arguments": {}}});
    let held = tokio::spawn(support::raw_post(&s, &call).send());
    held_approval(&admin).await;
    held.abort();
    let record = support::first_audit_row(dir.path(), "tools/call").await;
    let record = record.expect("the held call has its record").record;
    assert_eq!(record.verdict, "not_approved", "{record:?}");
    assert_eq!(record.upstream_status.as_deref(), Some("not_forwarded"));
}

/// The admin listener refuses a foreign `Origin` and, on loopback, a foreign `Host`, as the MCP
/// listener does: a web page could otherwise read the audit log or approve a held call through
/// an operator's browser (a cross-site POST, DNS rebinding), least of all with no token. The
/// token's scheme is case-insensitive, as on the MCP listener.
#[tokio::test]
async fn the_admin_listener_refuses_foreign_origins_and_hosts() {
    let dir = tempfile::tempdir().unwrap();
    let gw = TestGateway::start(&demo_config(dir.path(), "")).await;
    let admin = gw.admin(None).await;
    let send = |path: &str, header: Option<(&'static str, &'static str)>| {
        let mut request = reqwest::Client::new().get(format!("{admin}{path}"));
        if let Some((name, value)) = header {
            request = request.header(name, value);
        }
        async move { request.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(send("/admin/audit", None).await, 200);
    let answer = reqwest::get(format!("{admin}/admin/audit")).await.unwrap();
    assert_eq!(answer.headers()["x-content-type-options"], "nosniff");
    let evil = Some(("origin", "http://evil.example"));
    assert_eq!(send("/admin/audit", evil).await, 403);
    let rebound = Some(("host", "evil.example"));
    assert_eq!(send("/admin/audit", rebound).await, 403);
    assert_eq!(send("/metrics", rebound).await, 403);
    // A page on another local port is another site: only the listener's own origin (its
    // dashboard) and configured ones may use it from a browser.
    assert_eq!(
        send("/admin/audit", Some(("origin", "http://localhost:3000"))).await,
        403
    );
    let own = admin.replace("http://", "");
    let own_origin: &'static str = format!("http://{own}").leak();
    assert_eq!(
        send("/admin/audit", Some(("origin", own_origin))).await,
        200
    );
    // Behind a reverse proxy the browser's origin is the proxy's: admin.allowed_origins.
    let proxied = gw
        .admin_with(gateway::AdminAccess {
            allowed_origins: vec!["https://gw.example.com".into()],
            ..Default::default()
        })
        .await;
    let from = |origin: &'static str| {
        reqwest::Client::new()
            .get(format!("{proxied}/admin/audit"))
            .header("origin", origin)
            .send()
    };
    assert_eq!(from("https://gw.example.com").await.unwrap().status(), 200);
    assert_eq!(from("https://evil.example").await.unwrap().status(), 403);
    // Two Origin headers: which one a check reads is anyone's guess.
    let mut two = reqwest::header::HeaderMap::new();
    two.append("origin", "http://localhost:3000".parse().unwrap());
    two.append("origin", "http://evil.example".parse().unwrap());
    let status = reqwest::Client::new()
        .get(format!("{admin}/admin/audit"))
        .headers(two)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 400);

    let guarded = gw.admin(Some(TOKEN)).await;
    let status = reqwest::Client::new()
        .get(format!("{guarded}/admin/audit"))
        .header("authorization", format!("bearer {TOKEN}"))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 200);
}

/// The API key of `acme-ops`, an admin principal (role `ops`) of tenant acme.
pub(crate) const OPS: &str = "ghk_test-acme-ops-0123456789abcdefghijklmnop";
/// The API key of `worker`, an agent of tenant globex.
pub(crate) const GLOBEX: &str = "ghk_test-globex-0123456789abcdefghijklmnopqr";

/// The demo server behind `APPROVAL_POLICY`, the API keys `OPS` and `GLOBEX`, and an admin
/// listener taking the token and role `ops`: the gateway and the admin listener's URL.
pub(crate) async fn tenant_operators(dir: &std::path::Path) -> (TestGateway, String) {
    let policies = dir.join("approval.cedar");
    std::fs::write(&policies, APPROVAL_POLICY).unwrap();
    let extra = format!(
        "policy:\n  files: [{}]\n\
         auth:\n  resource: http://127.0.0.1/mcp\n  api_keys:\n\
         \x20   - {{ hash: \"{}\", agent: acme-ops, tenant: acme, roles: [ops] }}\n\
         \x20   - {{ hash: \"{}\", agent: worker, tenant: globex }}\n",
        policies.display(),
        policy::sha256_hash(OPS),
        policy::sha256_hash(GLOBEX),
    );
    let gw = TestGateway::start(&demo_config(dir, &extra)).await;
    let admin = gw
        .admin_with(gateway::AdminAccess {
            token: Some(TOKEN.into()),
            roles: vec!["ops".into()],
            allowed_hosts: Vec::new(),
            allowed_origins: Vec::new(),
        })
        .await;
    (gw, admin)
}

/// An admin principal of one tenant sees and decides that tenant's held calls and reads its
/// audit records only, and cannot approve a tool's pin (every tenant's); an operator of no
/// tenant (or the token) sees all.
#[tokio::test]
async fn a_tenants_operator_sees_that_tenant_only() {
    let dir = tempfile::tempdir().unwrap();
    let (gw, admin) = tenant_operators(dir.path()).await;
    let held = tokio::spawn(held_call(gw.base.clone(), GLOBEX));
    let id = held_approval(&admin).await;
    let (_, mine) = get(&format!("{admin}/admin/approvals"), Some(OPS)).await;
    assert!(
        mine.contains("\"approvals\":[]"),
        "globex's call is not acme's: {mine}"
    );
    let decided = reqwest::Client::new()
        .post(format!("{admin}/admin/approvals/{id}/approve"))
        .bearer_auth(OPS)
        .send()
        .await
        .unwrap();
    assert_eq!(decided.status(), 404);
    let (status, _) = get(&format!("{admin}/admin/audit?tenant=globex"), Some(OPS)).await;
    assert_eq!(status, 403);
    let (status, records) = get(&format!("{admin}/admin/audit"), Some(OPS)).await;
    assert_eq!(status, 200, "{records}");
    assert!(!records.contains("globex"), "{records}");
    let pin = reqwest::Client::new()
        .post(format!("{admin}/admin/pins/demo/test_simple_text/approve"))
        .bearer_auth(OPS)
        .json(&json!({"hash": "x"}))
        .send()
        .await
        .unwrap();
    assert_eq!(pin.status(), 403);
    // The token sees everything and decides.
    let (status, _) = post(&format!("{admin}/admin/approvals/{id}/deny"), json!({})).await;
    assert_eq!(status, 200);
    held.await.unwrap();
}
