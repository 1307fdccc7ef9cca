//! Shared test harness: a gateway running in-process on an ephemeral loopback port, a raw
//! Streamable HTTP client, and a scriptable raw upstream.
#![allow(dead_code)]

pub mod malicious;
pub mod otlp;
pub mod raw_upstream;

use std::time::Duration;

use futures::StreamExt;
use gateway::Gateway;
use serde_json::{Value, json};
use tokio_util::sync::CancellationToken;

/// The gatehouse binary built for these tests (its `demo-server` is the stdio demo upstream).
pub const GATEHOUSE: &str = env!("CARGO_BIN_EXE_gatehouse");

/// Every audit record a gateway wrote to `dir/audit.db` (read after it closed its log with
/// `Gateway::close_audit`).
pub async fn audit_rows(dir: &std::path::Path) -> Vec<store::AuditRow> {
    let mut store_config = store::StoreConfig::new(format!("sqlite://{}/audit.db", dir.display()));
    store_config.signing_key_path = Some(dir.join("audit.key"));
    let store = store::Store::open_reader(store_config).await.unwrap();
    store.audit().query(&Default::default()).await.unwrap()
}

/// Poll the audit log in `dir` (every 100 ms, at most 5 s) for its first record of `method`:
/// a record written after the request's answer (its client went away) lands a moment later.
pub async fn first_audit_row(dir: &std::path::Path, method: &str) -> Option<store::AuditRow> {
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let rows = audit_rows(dir).await;
        if let Some(row) = rows.into_iter().find(|r| r.record.method == method) {
            return Some(row);
        }
    }
    None
}

/// A `POST` of the JSON-RPC message `body` on `session`'s route, with its headers, not sent
/// yet (so a test can cut it short).
pub fn raw_post(session: &RawSession, body: &serde_json::Value) -> reqwest::RequestBuilder {
    session
        .http
        .post(&session.url)
        .header("content-type", "application/json")
        .header("accept", "application/json, text/event-stream")
        .header("mcp-session-id", session.session_id.clone().unwrap())
        .body(body.to_string())
}

/// Parse a test config (`${GATEHOUSE_EXE}` is the gatehouse binary built for the tests).
pub fn config(yaml: &str) -> gatehouse::config::Config {
    let lookup = |name: &str| match name {
        "GATEHOUSE_EXE" => Some(GATEHOUSE.to_owned()),
        other => std::env::var(other).ok(),
    };
    gatehouse::config::parse(yaml, &lookup).expect("test config is valid")
}

/// A gateway serving on `127.0.0.1:{port}`; stopped on drop.
pub struct TestGateway {
    pub gateway: Gateway,
    pub base: String,
    stop: CancellationToken,
}

impl Drop for TestGateway {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

impl TestGateway {
    /// Start a gateway on a YAML config (`listen` is ignored; an ephemeral port is used).
    pub async fn start(yaml: &str) -> Self {
        transport::ensure_crypto_provider();
        let config = config(yaml);
        let gateway = Gateway::start(config.settings.clone());
        if let Some(auth) = &config.auth {
            let auth = gateway::auth::Authenticator::new(auth.clone())
                .await
                .expect("test auth settings are valid");
            gateway.set_auth(Some(std::sync::Arc::new(auth)));
        }
        // The audit log is on by default; tests audit only when their config says where.
        if yaml.contains("audit:")
            && let Some(audit) = &config.audit
        {
            let store = store::Store::open(audit.store.clone())
                .await
                .expect("test audit store opens");
            gateway.set_audit(Some(store), audit.fail_closed);
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let stop = CancellationToken::new();
        tokio::spawn(transport::listener::serve(
            listener,
            gateway.router(),
            stop.clone(),
        ));
        gateway.wait_ready(Duration::from_secs(20)).await;
        Self {
            gateway,
            base,
            stop,
        }
    }

    /// Serve the admin routes (`/metrics`, `/admin/...`) on an ephemeral port; returns its base
    /// URL. Stopped with the gateway.
    pub async fn admin(&self, token: Option<&str>) -> String {
        self.admin_with(gateway::AdminAccess {
            token: token.map(str::to_owned),
            roles: Vec::new(),
            allowed_hosts: gateway::default_allowed_hosts(([127, 0, 0, 1], 0).into()),
            allowed_origins: Vec::new(),
        })
        .await
    }

    /// Serve the admin routes with `access`; returns its base URL.
    pub async fn admin_with(&self, access: gateway::AdminAccess) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let router = self.gateway.admin_router(access);
        tokio::spawn(transport::listener::serve(
            listener,
            router,
            self.stop.clone(),
        ));
        base
    }

    /// A raw MCP client session on `path` (e.g. `/mcp` or `/mcp/demo`), initialized.
    pub async fn session(&self, path: &str) -> RawSession {
        RawSession::open(format!("{}{path}", self.base)).await
    }
}

/// The JSON reply to a 2025-11-25 `initialize` POSTed to `url` (no capabilities), whatever it
/// is: for tests of what an opening is told (its capabilities, a refusal).
pub async fn initialize_reply(url: &str) -> serde_json::Value {
    let init = json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "t", "version": "1"}}});
    reqwest::Client::new()
        .post(url)
        .header("accept", "application/json, text/event-stream")
        .json(&init)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

impl RawSession {
    /// A raw MCP client session on the endpoint at `url`, initialized.
    pub async fn open(url: String) -> RawSession {
        let mut s = RawSession {
            http: reqwest::Client::new(),
            url,
            session_id: None,
            next_id: 0,
        };
        let init = s
            .request(
                "initialize",
                json!({
                    "protocolVersion": "2025-11-25",
                    "capabilities": {"sampling": {}, "elicitation": {}},
                    "clientInfo": {"name": "test", "version": "1"}
                }),
            )
            .await;
        assert!(init.get("result").is_some(), "initialize failed: {init}");
        s.notify("notifications/initialized", json!({})).await;
        s
    }
}

/// A minimal Streamable HTTP client that shows the raw wire.
pub struct RawSession {
    pub http: reqwest::Client,
    pub url: String,
    pub session_id: Option<String>,
    next_id: u64,
}

impl RawSession {
    /// POST raw bytes; returns the HTTP response.
    pub async fn post_raw(&self, body: impl Into<reqwest::Body>) -> reqwest::Response {
        let mut req = self
            .http
            .post(&self.url)
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", "2025-11-25");
        if let Some(id) = &self.session_id {
            req = req.header("mcp-session-id", id);
        }
        req.body(body).send().await.expect("gateway reachable")
    }

    /// Send a request and return the JSON-RPC response (reading SSE if needed), plus every
    /// message that came before it on the stream.
    pub async fn request_with_events(
        &mut self,
        method: &str,
        params: Value,
    ) -> (Value, Vec<Value>) {
        self.next_id += 1;
        let body =
            json!({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params});
        let response = self.post_raw(body.to_string()).await;
        if let Some(id) = response.headers().get("mcp-session-id") {
            self.session_id = Some(id.to_str().unwrap().to_owned());
        }
        let is_sse = response
            .headers()
            .get("content-type")
            .is_some_and(|v| v.to_str().unwrap().starts_with("text/event-stream"));
        let text = response.text().await.unwrap();
        if !is_sse {
            return (serde_json::from_str(&text).expect("JSON body"), Vec::new());
        }
        let mut messages: Vec<Value> = text
            .lines()
            .filter_map(|l| l.strip_prefix("data: "))
            .filter(|d| !d.trim().is_empty())
            .map(|d| serde_json::from_str(d).unwrap())
            .collect();
        let last = messages
            .pop()
            .expect("an SSE response carries the response last");
        (last, messages)
    }

    /// Send a request and return the JSON-RPC response.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        self.request_with_events(method, params).await.0
    }

    /// Send a notification; asserts 202.
    pub async fn notify(&self, method: &str, params: Value) {
        let body = json!({"jsonrpc": "2.0", "method": method, "params": params});
        let response = self.post_raw(body.to_string()).await;
        assert_eq!(response.status(), 202);
    }
}

/// Names of the tools in a `tools/list` response.
pub fn tool_names(response: &Value) -> Vec<String> {
    response["result"]["tools"]
        .as_array()
        .unwrap_or_else(|| panic!("not a tools/list result: {response}"))
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_owned())
        .collect()
}

impl RawSession {
    /// Send a request whose SSE stream may carry server-to-client requests; each is answered
    /// with `answer(request)` on a separate POST. Returns the response and the other messages.
    pub async fn request_answering(
        &mut self,
        method: &str,
        params: Value,
        answer: impl Fn(&Value) -> Value,
    ) -> (Value, Vec<Value>) {
        use futures::StreamExt;
        self.next_id += 1;
        let id = self.next_id;
        let body = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        let response = self.post_raw(body.to_string()).await;
        let mut stream = response.bytes_stream();
        let mut buffer = String::new();
        let mut seen = Vec::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
        loop {
            let chunk = tokio::time::timeout_at(deadline, stream.next())
                .await
                .expect("response within 30 s")
                .expect("stream ends only after the response")
                .unwrap();
            buffer.push_str(std::str::from_utf8(&chunk).unwrap());
            while let Some(end) = buffer.find("\n\n") {
                let event: String = buffer.drain(..end + 2).collect();
                let data: String = event
                    .lines()
                    .filter_map(|l| l.strip_prefix("data: ").or_else(|| l.strip_prefix("data:")))
                    .collect();
                if data.trim().is_empty() {
                    continue;
                }
                let message: Value = serde_json::from_str(&data).unwrap();
                if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                    return (message, seen);
                }
                if message.get("method").is_some() && message.get("id").is_some() {
                    let reply =
                        json!({"jsonrpc": "2.0", "id": message["id"], "result": answer(&message)});
                    assert_eq!(self.post_raw(reply.to_string()).await.status(), 202);
                }
                seen.push(message);
            }
        }
    }
}

/// A session-era client's GET stream on `path`: the messages it carries, as they come.
pub async fn standalone(
    gw: &TestGateway,
    path: &str,
    session_id: &str,
) -> impl futures::Stream<Item = Value> + use<> {
    let response = reqwest::Client::new()
        .get(format!("{}{path}", gw.base))
        .header("accept", "text/event-stream")
        .header("mcp-session-id", session_id)
        .header("mcp-protocol-version", "2025-11-25")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    // Reverse proxies must not buffer an event stream.
    assert_eq!(response.headers()["x-accel-buffering"], "no");
    let bytes = response.bytes_stream();
    futures::stream::unfold(
        (bytes, String::new()),
        |(mut bytes, mut buffer)| async move {
            loop {
                if let Some(end) = buffer.find("\n\n") {
                    let event: String = buffer.drain(..end + 2).collect();
                    let data: String = event
                        .lines()
                        .filter_map(|l| l.strip_prefix("data: "))
                        .collect();
                    if let Ok(message) = serde_json::from_str(&data) {
                        return Some((message, (bytes, buffer)));
                    }
                    continue;
                }
                let chunk = bytes.next().await?.ok()?;
                buffer.push_str(std::str::from_utf8(&chunk).unwrap());
            }
        },
    )
}

/// The next message on `stream` with `method`, within 10 s.
pub async fn next_with(
    stream: &mut (impl futures::Stream<Item = Value> + Unpin),
    method: &str,
) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    loop {
        let message = tokio::time::timeout_at(deadline, stream.next())
            .await
            .unwrap_or_else(|_| panic!("no {method} within 10 s"))
            .expect("the stream stays open");
        if message["method"] == method {
            return message;
        }
    }
}
