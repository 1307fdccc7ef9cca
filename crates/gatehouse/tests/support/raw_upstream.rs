//! A raw Streamable HTTP upstream that answers with canned JSON text, so tests can see whether
//! the gateway changed a single byte. It echoes every `tools/call`'s params back in the result.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::Value;

/// A tool definition with vendor extensions at several depths.
pub const TOOL: &str = r#"{"name":"lookup","description":"Look up a record","inputSchema":{"type":"object","properties":{"id":{"type":"string","x-vendor-hint":{"k":[1,2.50,"z"]}}},"$defs":{"Id":{"type":"string"}}},"x-acme-tier":"gold","_meta":{"acme.io/owner":"team-a"}}"#;

/// The other tools it lists: a server lists what it serves (the gateway refuses a call to a
/// tool the server does not list).
const MORE_TOOLS: &str = r#"{"name":"hang","description":"Take five seconds","inputSchema":{"type":"object"}},{"name":"slow_echo","description":"Echo after a second","inputSchema":{"type":"object"}},{"name":"other","description":"Echo at once","inputSchema":{"type":"object"}},{"name":"sp ace","description":"A name clients cannot take as it is","inputSchema":{"type":"object"}},{"name":"big_sse","description":"Answer with one large SSE event","inputSchema":{"type":"object"}},{"name":"bad_auth","description":"Fail, quoting the credentials","inputSchema":{"type":"object"}}"#;

/// Every method the upstream received, in order.
pub type Received = Arc<Mutex<Vec<String>>>;

/// Every request body the upstream received and its answer, in order.
pub type Transcript = Arc<Mutex<Vec<(String, String)>>>;

/// Every method the upstream received with the `Authorization` header it came with.
pub type Credentials = Arc<Mutex<Vec<(String, Option<String>)>>>;

/// Every request's method and `traceparent` header, in order.
pub type TraceHeaders = Arc<Mutex<Vec<(String, Option<String>)>>>;

#[derive(Clone, Default)]
struct Recorders {
    methods: Received,
    transcript: Transcript,
    credentials: Credentials,
    trace_headers: TraceHeaders,
}

/// Start the upstream on an ephemeral port; returns its MCP URL.
pub async fn start() -> String {
    start_recording().await.0
}

/// Start the upstream; returns its MCP URL and the log of methods it receives.
pub async fn start_recording() -> (String, Received) {
    let (url, recorders) = start_with(Recorders::default()).await;
    (url, recorders.methods)
}

/// Start the upstream; returns its MCP URL and the transcript of what it received and answered.
pub async fn start_transcribing() -> (String, Transcript) {
    let (url, recorders) = start_with(Recorders::default()).await;
    (url, recorders.transcript)
}

/// Start the upstream; returns its MCP URL and the credentials each request came with.
pub async fn start_with_credentials() -> (String, Credentials) {
    let (url, recorders) = start_with(Recorders::default()).await;
    (url, recorders.credentials)
}

/// Start the upstream; returns its MCP URL, the transcript, and the `traceparent` header of
/// every request.
pub async fn start_tracing() -> (String, Transcript, TraceHeaders) {
    let (url, recorders) = start_with(Recorders::default()).await;
    (url, recorders.transcript, recorders.trace_headers)
}

async fn start_with(recorders: Recorders) -> (String, Recorders) {
    let app = Router::new()
        .route("/mcp", post(handle))
        .with_state(recorders.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/mcp"), recorders)
}

async fn handle(
    State(recorders): State<Recorders>,
    headers: axum::http::HeaderMap,
    body: Bytes,
) -> Response {
    let message: Value = serde_json::from_slice(&body).unwrap();
    if let Some(method) = message["method"].as_str() {
        recorders.methods.lock().unwrap().push(method.to_owned());
        let authorization = headers.get("authorization");
        let authorization = authorization
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        (recorders.credentials.lock().unwrap()).push((method.to_owned(), authorization));
        let traceparent = headers
            .get("traceparent")
            .map(|v| v.to_str().unwrap().to_owned());
        let trace = (method.to_owned(), traceparent);
        recorders.trace_headers.lock().unwrap().push(trace);
    }
    if message["method"] == "notifications/cancelled" {
        // A server too busy to take the cancellation either: the caller must not wait for it.
        tokio::time::sleep(std::time::Duration::from_secs(60)).await;
    }
    if message["params"]["name"] == "hang" {
        // A tool that takes its time: long enough for a client to give up.
        tokio::time::sleep(std::time::Duration::from_secs(5)).await;
    }
    if message["params"]["name"] == "slow_echo" {
        // Slow but fine: answers after a second, every time.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    }
    if message["params"]["name"] == "bad_auth" {
        // A careless server that quotes the request's credentials in its error.
        let sent = headers.get("authorization").and_then(|v| v.to_str().ok());
        let error = serde_json::json!({"jsonrpc": "2.0", "id": message["id"],
            "error": {"code": -32000, "message": format!("bad auth {}", sent.unwrap_or("none"))}});
        return axum::Json(error).into_response();
    }
    if message["params"]["name"] == "big_sse" {
        // One SSE event of 100 KB: over a small `max_message_bytes`.
        let id = message["id"].to_string();
        let text = "x".repeat(100_000);
        let event = format!(
            "data: {{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":{{\"content\":[{{\"type\":\"text\",\"text\":\"{text}\"}}]}}}}\n\n"
        );
        return ([("content-type", "text/event-stream")], event).into_response();
    }
    let answer = answer(&message, &body);
    let request = String::from_utf8_lossy(&body).into_owned();
    recorders
        .transcript
        .lock()
        .unwrap()
        .push((request, answer.clone().unwrap_or_default()));
    match answer {
        None => StatusCode::ACCEPTED.into_response(),
        Some(text) => {
            let mut response = ([("content-type", "application/json")], text).into_response();
            let session = "raw-session".parse().unwrap();
            response.headers_mut().insert("mcp-session-id", session);
            response
        }
    }
}

/// The JSON-RPC answer to a message (`None` for notifications and responses).
fn answer(message: &Value, body: &[u8]) -> Option<String> {
    let id = message.get("id")?.to_string();
    let params_text = raw_params(body);
    let result = match message["method"].as_str().unwrap_or("") {
        "initialize" => r#"{"protocolVersion":"2025-11-25","capabilities":{"tools":{"listChanged":true},"resources":{"subscribe":true},"tasks":{"list":{}}},"serverInfo":{"name":"raw","version":"1"}}"#.to_owned(),
        "resources/subscribe" | "resources/unsubscribe" => "{}".to_owned(),
        "tools/list" => format!(r#"{{"tools":[{TOOL},{MORE_TOOLS}]}}"#),
        "tools/call" => format!(
            r#"{{"content":[{{"type":"text","text":"ok","x-block-extra":true}}],"echo":{params_text},"x-result-extra":{{"a":1}}}}"#
        ),
        _ => {
            return Some(format!(
                r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":-32601,"message":"nope"}}}}"#
            ));
        }
    };
    Some(format!(
        r#"{{"jsonrpc":"2.0","id":{id},"result":{result}}}"#
    ))
}

/// The exact text of the request's `params` member.
fn raw_params(body: &[u8]) -> String {
    #[derive(serde::Deserialize)]
    struct Envelope<'a> {
        #[serde(borrow)]
        params: Option<&'a serde_json::value::RawValue>,
    }
    let env: Envelope = serde_json::from_slice(body).unwrap();
    env.params
        .map(|p| p.get().to_owned())
        .unwrap_or_else(|| "null".into())
}
