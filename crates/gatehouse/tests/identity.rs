//! Authentication through the running gateway with API keys: a spec-exact 401 with RFC 9728
//! metadata, each call attributed to its agent (in limits and in the audit log), a runaway
//! agent held to its limit while another agent's calls pass, and sessions bound to their agent;
//! an upstream refusing the gateway's credentials is named in a clear error.

use crate::support;

use serde_json::{Value, json};
use support::{GATEHOUSE, TestGateway};

const ALPHA: &str = "ghk_test-alpha-key-0123456789abcdefghijklmnop";
const BETA: &str = "ghk_test-beta-key-0123456789abcdefghijklmnopq";

async fn gateway(dir: &std::path::Path) -> TestGateway {
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n\
         auth:\n  resource: http://127.0.0.1/mcp\n  authorization_servers: [https://idp.example.com]\n  api_keys:\n\
         \x20   - {{ hash: \"{}\", agent: alpha }}\n\
         \x20   - {{ hash: \"{}\", agent: beta, tenant: acme }}\n\
         limits:\n  - key: [agent]\n    rate: 3/min\n\
         audit:\n  url: sqlite://{}/audit.db\n",
        policy::sha256_hash(ALPHA),
        policy::sha256_hash(BETA),
        dir.display()
    );
    TestGateway::start(&yaml).await
}

struct Agent {
    http: reqwest::Client,
    url: String,
    key: Option<&'static str>,
    session: Option<String>,
}

impl Agent {
    async fn post(&mut self, body: Value) -> reqwest::Response {
        let mut req = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream");
        if let Some(key) = self.key {
            req = req.header("authorization", format!("Bearer {key}"));
        }
        if let Some(id) = &self.session {
            req = req.header("mcp-session-id", id);
        }
        req.body(body.to_string()).send().await.unwrap()
    }

    async fn initialize(&mut self) {
        let init = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}});
        let response = self.post(init).await;
        assert_eq!(response.status(), 200);
        self.session = Some(
            response.headers()["mcp-session-id"]
                .to_str()
                .unwrap()
                .to_owned(),
        );
    }

    async fn call(&mut self, id: u64) -> Value {
        let body = json!({"jsonrpc": "2.0", "id": id, "method": "tools/call",
            "params": {"name": "demo__test_simple_text", "arguments": {}}});
        self.post(body).await.json().await.unwrap()
    }
}

#[tokio::test]
async fn calls_are_authenticated_attributed_and_limited_per_agent() {
    let dir = tempfile::tempdir().unwrap();
    let gw = gateway(dir.path()).await;
    let url = format!("{}/mcp", gw.base);
    let agent = |key| Agent {
        http: reqwest::Client::new(),
        url: url.clone(),
        key,
        session: None,
    };

    let mut nobody = agent(None);
    let denied = nobody
        .post(json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}))
        .await;
    assert_eq!(denied.status(), 401);
    let challenge = denied.headers()["www-authenticate"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(challenge.starts_with("Bearer "), "{challenge}");
    assert!(
        challenge.contains(
            "resource_metadata=\"http://127.0.0.1/.well-known/oauth-protected-resource/mcp\""
        ),
        "{challenge}"
    );
    let mut forged = agent(Some("ghk_not-a-key-of-ours-000000000000000000000"));
    assert_eq!(
        forged
            .post(json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list"}))
            .await
            .status(),
        401
    );
    // Refused before any request is served: in no audit record, but counted.
    let metrics = gw.gateway.metrics().render(&gw.gateway);
    assert!(
        metrics.contains("gatehouse_http_refusals_total{status=\"401\"} 2"),
        "{metrics}"
    );

    let metadata: Value = reqwest::get(format!(
        "{}/.well-known/oauth-protected-resource/mcp",
        gw.base
    ))
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(
        metadata["authorization_servers"],
        json!(["https://idp.example.com"])
    );

    let mut alpha = agent(Some(ALPHA));
    let mut beta = agent(Some(BETA));
    alpha.initialize().await;
    beta.initialize().await;
    // 3 a minute: `initialize` was the first.
    for id in 1..=2 {
        assert!(alpha.call(id).await.get("result").is_some());
    }
    let held = alpha.call(4).await;
    assert_eq!(
        held["error"]["code"], -32029,
        "the runaway agent is held: {held}"
    );
    let passed = beta.call(1).await;
    assert!(
        passed.get("result").is_some(),
        "the other agent passes: {passed}"
    );

    // A session belongs to the agent that opened it.
    let mut thief = agent(Some(BETA));
    thief.session = alpha.session.clone();
    let stolen = thief
        .post(json!({"jsonrpc": "2.0", "id": 9, "method": "tools/list"}))
        .await;
    assert_eq!(stolen.status(), 404);
    let listen = thief
        .http
        .get(&thief.url)
        .header("accept", "text/event-stream")
        .header("authorization", format!("Bearer {BETA}"))
        .header("mcp-session-id", alpha.session.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(listen.status(), 404, "nor can it read the session's stream");
    let end = thief
        .http
        .delete(&thief.url)
        .header("authorization", format!("Bearer {BETA}"))
        .header("mcp-session-id", alpha.session.clone().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(end.status(), 404, "nor end it");
    assert!(
        alpha.call(5).await.get("error").is_some(),
        "alpha's session lives on (still limited)"
    );

    gw.gateway.close_audit().await;
    let rows = support::audit_rows(dir.path()).await;
    assert!(
        rows.iter()
            .any(|r| r.record.method == "initialize" && r.record.agent.as_deref() == Some("alpha")),
        "a session's opening is attributed too"
    );
    let who: Vec<(Option<&str>, Option<&str>, &str)> = rows
        .iter()
        .filter(|r| r.record.method != "initialize")
        .map(|r| {
            (
                r.record.agent.as_deref(),
                r.record.tenant.as_deref(),
                r.record.verdict.as_str(),
            )
        })
        .collect();
    assert_eq!(
        who.iter().filter(|w| w.0 == Some("alpha")).count(),
        4,
        "{who:?}"
    );
    assert!(who.contains(&(Some("alpha"), None, "throttled")), "{who:?}");
    assert!(
        who.contains(&(Some("beta"), Some("acme"), "allow")),
        "{who:?}"
    );
}

const UPSTREAM_SECRET: &str = "upstream-secret-0123456789";

/// An upstream that answers 401 to everything, echoing the credentials it was sent.
async fn rejecting_upstream() -> String {
    async fn reject(headers: axum::http::HeaderMap) -> axum::response::Response {
        use axum::response::IntoResponse;
        let sent = headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let challenge = [("www-authenticate", "Bearer")];
        let body = format!("invalid credentials: {sent}");
        (axum::http::StatusCode::UNAUTHORIZED, challenge, body).into_response()
    }
    let app = axum::Router::new().fallback(reject);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/mcp")
}

#[tokio::test]
async fn an_upstream_refusing_the_gateways_credentials_is_named() {
    let url = rejecting_upstream().await;
    let yaml = format!(
        "servers:\n  demo:\n    command: {GATEHOUSE}\n    args: [demo-server]\n\
         \x20 tickets:\n    url: {url}\n    headers: {{ Authorization: \"Bearer {UPSTREAM_SECRET}\" }}\n"
    );
    let gw = TestGateway::start(&yaml).await;
    let mut s = gw.session("/mcp").await;
    let refused = s
        .request("tools/call", json!({"name": "tickets__create_ticket"}))
        .await;
    let message = refused["error"]["message"].as_str().unwrap_or_default();
    assert_eq!(
        message,
        "upstream server 'tickets' rejected the gateway's credentials (HTTP 401); \
         check servers.tickets.headers (or its oauth)",
        "{refused}"
    );
    assert_eq!(refused["error"]["code"], -32001);
    assert_eq!(refused["error"]["data"]["httpStatus"], 401);
    assert!(!refused.to_string().contains(UPSTREAM_SECRET), "{refused}");

    let tools = support::tool_names(&s.request("tools/list", json!({})).await);
    assert!(
        tools.contains(&"demo__test_simple_text".to_owned()),
        "{tools:?}"
    );
    let call = json!({"name": "demo__test_simple_text", "arguments": {}});
    let served = s.request("tools/call", call).await;
    assert!(
        served.get("result").is_some(),
        "the other server is served: {served}"
    );
}

/// A legacy HTTP+SSE session belongs to the principal that opened its stream: another agent
/// who learns the endpoint URL can neither initialize it first nor post calls into it (both
/// used to be accepted, the calls run and audited as the owner).
#[tokio::test]
async fn legacy_sse_sessions_are_bound_to_the_agent_that_opened_them() {
    use futures::StreamExt;
    let dir = tempfile::tempdir().unwrap();
    let gw = gateway(dir.path()).await;
    let http = reqwest::Client::new();
    let stream = http
        .get(format!("{}/sse", gw.base))
        .header("accept", "text/event-stream")
        .header("authorization", format!("Bearer {ALPHA}"))
        .send()
        .await
        .unwrap();
    assert_eq!(stream.status(), 200);
    let mut events = stream.bytes_stream();
    let mut text = String::new();
    while !text.contains("\n\n") {
        text.push_str(std::str::from_utf8(&events.next().await.unwrap().unwrap()).unwrap());
    }
    let path = text
        .lines()
        .find_map(|l| l.strip_prefix("data: "))
        .unwrap()
        .to_owned();
    let post = |key: &'static str, body: Value| {
        http.post(format!("{}{path}", gw.base))
            .header("content-type", "application/json")
            .header("authorization", format!("Bearer {key}"))
            .body(body.to_string())
            .send()
    };
    let init = json!({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2024-11-05", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}});
    assert_eq!(post(BETA, init.clone()).await.unwrap().status(), 404);
    assert_eq!(post(ALPHA, init).await.unwrap().status(), 202);
    let call = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call",
        "params": {"name": "demo__test_simple_text", "arguments": {}}});
    assert_eq!(post(BETA, call.clone()).await.unwrap().status(), 404);
    assert_eq!(post(ALPHA, call).await.unwrap().status(), 202);
    let form = http
        .post(format!("{}{path}", gw.base))
        .header("content-type", "text/plain")
        .header("authorization", format!("Bearer {ALPHA}"))
        .body(r#"{"jsonrpc":"2.0","method":"notifications/initialized"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(
        form.status(),
        415,
        "as on /mcp, a body that is not JSON is refused"
    );
    // RFC 9728 metadata describes the routes that exist, and only those.
    let metadata = |route: &str| {
        http.get(format!(
            "{}/.well-known/oauth-protected-resource{route}",
            gw.base
        ))
        .send()
    };
    assert_eq!(metadata("/mcp/demo").await.unwrap().status(), 200);
    for missing in ["/mcp/nonexistent", "/mcp/v/nope", "/mcp/demo/extra", "/foo"] {
        assert_eq!(metadata(missing).await.unwrap().status(), 404, "{missing}");
    }
}
