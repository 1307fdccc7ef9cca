//! A raw Streamable HTTP upstream that answers with canned JSON text, so tests can see whether
//! the gateway changed a single byte. It echoes every `tools/call`'s params back in the result.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::Value;

/// A tool definition with vendor extensions at several depths.
pub const TOOL: &str = r#"{"name":"lookup","description":"Look up a record","inputSchema":{"type":"object","properties":{"id":{"type":"string","x-vendor-hint":{"k":[1,2.50,"z"]}}},"$defs":{"Id":{"type":"string"}}},"x-acme-tier":"gold","_meta":{"acme.io/owner":"team-a"}}"#;

/// Every method the upstream received, in order.
pub type Received = Arc<Mutex<Vec<String>>>;

/// Start the upstream on an ephemeral port; returns its MCP URL.
pub async fn start() -> String {
    start_recording().await.0
}

/// Start the upstream; returns its MCP URL and the log of methods it receives.
pub async fn start_recording() -> (String, Received) {
    let received = Received::default();
    let app = Router::new()
        .route("/mcp", post(handle))
        .with_state(Arc::clone(&received));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/mcp"), received)
}

async fn handle(State(received): State<Received>, headers: HeaderMap, body: Bytes) -> Response {
    let message: Value = serde_json::from_slice(&body).unwrap();
    if let Some(method) = message["method"].as_str() {
        received.lock().unwrap().push(method.to_owned());
    }
    let Some(id) = message.get("id") else {
        return StatusCode::ACCEPTED.into_response();
    };
    let id = id.to_string();
    let params_text = raw_params(&body);
    let result = match message["method"].as_str().unwrap_or("") {
        "initialize" => r#"{"protocolVersion":"2025-11-25","capabilities":{"tools":{"listChanged":true},"resources":{"subscribe":true}},"serverInfo":{"name":"raw","version":"1"}}"#.to_owned(),
        "resources/subscribe" | "resources/unsubscribe" => "{}".to_owned(),
        "tools/list" => format!(r#"{{"tools":[{TOOL}]}}"#),
        "tools/call" => format!(
            r#"{{"content":[{{"type":"text","text":"ok","x-block-extra":true}}],"echo":{params_text},"x-result-extra":{{"a":1}}}}"#
        ),
        _ => {
            let body = format!(r#"{{"jsonrpc":"2.0","id":{id},"error":{{"code":-32601,"message":"nope"}}}}"#);
            return json(body, &headers);
        }
    };
    json(
        format!(r#"{{"jsonrpc":"2.0","id":{id},"result":{result}}}"#),
        &headers,
    )
}

fn json(body: String, _headers: &HeaderMap) -> Response {
    let mut response = ([("content-type", "application/json")], body).into_response();
    response
        .headers_mut()
        .insert("mcp-session-id", "raw-session".parse().unwrap());
    response
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
