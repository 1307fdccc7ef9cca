//! The gateway as a 2026-07-28 client of its upstream: detection by `server/discover`, the era's
//! `_meta` and headers on every request, no session, input-required rounds driven through a
//! session-era client and passed through to a modern one. The upstream is a tiny in-test axum
//! server that records what it receives.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::{Value, json};

use crate::support::TestGateway;

const MODERN: &str = "2026-07-28";

/// Every POST the upstream received: its `mcp-*` headers and body.
pub(crate) type Seen = Arc<Mutex<Vec<(Vec<(String, String)>, Value)>>>;

pub(crate) async fn upstream() -> (String, Seen) {
    let seen = Seen::default();
    let app = Router::new()
        .route("/mcp", post(handle))
        .with_state(Arc::clone(&seen));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    (format!("http://{addr}/mcp"), seen)
}

async fn handle(State(seen): State<Seen>, headers: HeaderMap, body: String) -> Response {
    let message: Value = serde_json::from_str(&body).unwrap();
    let mcp_headers = headers
        .iter()
        .filter(|(k, _)| k.as_str().starts_with("mcp-"))
        .map(|(k, v)| (k.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    seen.lock().unwrap().push((mcp_headers, message.clone()));
    let Some(id) = message.get("id") else {
        return StatusCode::ACCEPTED.into_response();
    };
    let params = &message["params"];
    let result = match message["method"].as_str().unwrap_or("") {
        "server/discover" => json!({
            "resultType": "complete", "supportedVersions": [MODERN],
            "capabilities": {"tools": {}, "logging": {}}, "instructions": "modern",
            "_meta": {"io.modelcontextprotocol/serverInfo": {"name": "tiny", "version": "9"}},
            "ttlMs": 0, "cacheScope": "private"
        }),
        "tools/list" if params["cursor"] == "routes" => json!({
            "resultType": "complete", "tools": [{"name": "route", "inputSchema": {
                "type": "object", "properties": {
                    "region": {"type": "string", "x-mcp-header": "Region"},
                    "note": {"type": "string"}}}},
                {"name": "broken", "inputSchema": {"type": "object", "properties": {
                    "size": {"type": "number", "x-mcp-header": "Size"}}}}]
        }),
        "tools/list" => json!({
            "resultType": "complete", "tools": [{"name": "ask", "inputSchema": {"type": "object"}}],
            "ttlMs": 1000, "cacheScope": "public"
        }),
        "tools/call" if params["name"] == "route" => json!({
            "resultType": "complete", "content": [{"type": "text", "text": "routed"}]
        }),
        "tools/call" => match params["inputResponses"]["who"]["content"]["name"].as_str() {
            Some(name) => json!({
                "resultType": "complete",
                "content": [{"type": "text", "text": format!("hi {name} {}", params["requestState"])}]
            }),
            None => json!({
                "resultType": "input_required",
                "inputRequests": {"who": {"method": "elicitation/create",
                    "params": {"message": "name?", "requestedSchema": {"type": "object"}}}},
                "requestState": "up-1"
            }),
        },
        _ => {
            let error =
                json!({"jsonrpc": "2.0", "id": id, "error": {"code": -32601, "message": "no"}});
            return (StatusCode::NOT_FOUND, axum::Json(error)).into_response();
        }
    };
    axum::Json(json!({"jsonrpc": "2.0", "id": id, "result": result})).into_response()
}

async fn gateway(url: &str) -> TestGateway {
    TestGateway::start(&format!("servers:\n  tiny:\n    url: {url}\n")).await
}

/// `/admin/servers` shows the (one) server in the 2026-07-28 era.
async fn assert_spoken_to_in_the_modern_era(gw: &TestGateway) {
    let admin = gw.admin(None).await;
    let servers: Value = reqwest::get(format!("{admin}/admin/servers"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        servers.to_string().contains(r#""era":"modern""#),
        "{servers}"
    );
}

fn methods(seen: &Seen) -> Vec<String> {
    let seen = seen.lock().unwrap();
    seen.iter()
        .map(|(_, m)| m["method"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[tokio::test]
async fn a_modern_upstream_is_spoken_to_statelessly() {
    let (url, seen) = upstream().await;
    let gw = gateway(&url).await;
    assert_spoken_to_in_the_modern_era(&gw).await;
    let mut s = gw.session("/mcp/tiny").await;
    let init_seen = methods(&seen);
    assert_eq!(init_seen, ["server/discover"], "no initialize upstream");
    s.request("logging/setLevel", json!({"level": "debug"}))
        .await;
    let list = s.request("tools/list", json!({})).await;
    assert_eq!(
        list["result"],
        json!({"tools": [{"name": "ask", "inputSchema": {"type": "object"}}]})
    );
    assert_eq!(
        methods(&seen),
        ["server/discover", "tools/list"],
        "setLevel is answered by the gateway"
    );
    let (headers, body) = seen.lock().unwrap().last().cloned().unwrap();
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("mcp-protocol-version").as_deref(), Some(MODERN));
    assert_eq!(header("mcp-method").as_deref(), Some("tools/list"));
    assert_eq!(header("mcp-session-id"), None);
    let meta = &body["params"]["_meta"];
    assert_eq!(meta["io.modelcontextprotocol/protocolVersion"], MODERN);
    assert_eq!(
        meta["io.modelcontextprotocol/clientInfo"]["name"],
        "gatehouse"
    );
    assert!(meta["io.modelcontextprotocol/clientCapabilities"]["elicitation"].is_object());
    assert_eq!(
        meta["io.modelcontextprotocol/logLevel"], "debug",
        "the session's setLevel"
    );
}

#[tokio::test]
async fn a_session_era_client_answers_input_required_rounds() {
    let (url, seen) = upstream().await;
    let gw = gateway(&url).await;
    let mut s = gw.session("/mcp/tiny").await;
    let (response, asked) = s
        .request_answering("tools/call", json!({"name": "ask", "arguments": {}}), |r| {
            assert_eq!(r["method"], "elicitation/create");
            json!({"action": "accept", "content": {"name": "Ada"}})
        })
        .await;
    assert_eq!(asked.len(), 1, "{asked:?}");
    assert_eq!(response["result"]["content"][0]["text"], r#"hi Ada "up-1""#);
    assert!(response["result"].get("resultType").is_none(), "{response}");
    let seen = seen.lock().unwrap();
    let (headers, retry) = seen.last().unwrap();
    assert_eq!(retry["params"]["requestState"], "up-1");
    assert!(headers.contains(&("mcp-name".to_owned(), "ask".to_owned())));
}

#[tokio::test]
async fn a_modern_client_gets_input_required_passed_through() {
    let (url, _seen) = upstream().await;
    let gw = gateway(&url).await;
    let meta = json!({
        "io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {"elicitation": {}}
    });
    let call = |params: Value| {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/call", "params": params});
        reqwest::Client::new()
            .post(format!("{}/mcp/tiny", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", MODERN)
            .header("mcp-method", "tools/call")
            .header("mcp-name", "ask")
            .body(body.to_string())
            .send()
    };
    let first: Value = call(json!({"name": "ask", "arguments": {}, "_meta": meta}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(first["result"]["resultType"], "input_required", "{first}");
    assert_eq!(
        first["result"]["requestState"], "up-1",
        "the upstream's state, verbatim"
    );
    let retry = json!({"name": "ask", "arguments": {}, "_meta": meta, "requestState": "up-1",
        "inputResponses": {"who": {"action": "accept", "content": {"name": "Bo"}}}});
    let done: Value = call(retry).await.unwrap().json().await.unwrap();
    assert_eq!(done["result"]["resultType"], "complete", "{done}");
    assert_eq!(done["result"]["content"][0]["text"], r#"hi Bo "up-1""#);
}

/// A server's `cacheScope: "public"` reaches a modern client as is while every caller gets
/// the same list, and becomes `"private"` once a policy filters lists per caller (a shared
/// cache in front of the gateway would give one agent's list to another).
#[tokio::test]
async fn a_list_policy_filters_is_never_cached_as_public() {
    let (url, _seen) = upstream().await;
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("p.cedar");
    std::fs::write(&policy, "permit (principal, action, resource);\n").unwrap();
    let open = gateway(&url).await;
    let filtered = TestGateway::start(&format!(
        "servers:\n  tiny:\n    url: {url}\npolicy:\n  files: [{}]\n",
        policy.display()
    ))
    .await;
    let meta = json!({
        "io.modelcontextprotocol/protocolVersion": MODERN,
        "io.modelcontextprotocol/clientInfo": {"name": "t", "version": "1"},
        "io.modelcontextprotocol/clientCapabilities": {}
    });
    let list = |gw: &TestGateway| {
        let body = json!({"jsonrpc": "2.0", "id": 1, "method": "tools/list",
            "params": {"_meta": meta}});
        reqwest::Client::new()
            .post(format!("{}/mcp/tiny", gw.base))
            .header("content-type", "application/json")
            .header("accept", "application/json, text/event-stream")
            .header("mcp-protocol-version", MODERN)
            .header("mcp-method", "tools/list")
            .body(body.to_string())
            .send()
    };
    let shared: Value = list(&open).await.unwrap().json().await.unwrap();
    assert_eq!(shared["result"]["cacheScope"], "public", "{shared}");
    let own: Value = list(&filtered).await.unwrap().json().await.unwrap();
    assert_eq!(own["result"]["cacheScope"], "private", "{own}");
    assert_eq!(own["result"]["ttlMs"], 1000, "{own}");
}

#[tokio::test]
async fn a_session_era_upstream_falls_back_to_initialize() {
    let (url, received) = crate::support::raw_upstream::start_recording().await;
    let gw = TestGateway::start(&format!("servers:\n  raw:\n    url: {url}\n")).await;
    let admin = gw.admin(None).await;
    let servers: Value = reqwest::get(format!("{admin}/admin/servers"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(
        servers.to_string().contains(r#""era":"legacy""#),
        "{servers}"
    );
    let methods = received.lock().unwrap().clone();
    assert_eq!(
        methods[..3],
        ["server/discover", "initialize", "notifications/initialized"],
        "{methods:?}"
    );
}

#[tokio::test]
async fn annotated_arguments_are_mirrored_into_mcp_param_headers() {
    let (url, seen) = upstream().await;
    let gw = gateway(&url).await;
    let mut s = gw.session("/mcp/tiny").await;
    // The tool's definition (and its x-mcp-header annotation) is learned from its list.
    let list = s.request("tools/list", json!({"cursor": "routes"})).await;
    assert_eq!(list["result"]["tools"][0]["name"], "route", "{list}");
    // A tool whose annotation breaks the rules (a header on a number) is left out.
    assert_eq!(
        list["result"]["tools"].as_array().unwrap().len(),
        1,
        "{list}"
    );
    let param_header = |seen: &Seen| {
        let seen = seen.lock().unwrap();
        let (headers, _) = seen.last().cloned().unwrap();
        headers
            .into_iter()
            .find(|(k, _)| k == "mcp-param-region")
            .map(|(_, v)| v)
    };
    for (region, sent) in [
        ("eu-west1", "eu-west1"),
        ("Zürich", "=?base64?WsO8cmljaA==?="),
    ] {
        let args = json!({"name": "route", "arguments": {"region": region, "note": "n"}});
        let call = s.request("tools/call", args).await;
        assert_eq!(call["result"]["content"][0]["text"], "routed", "{call}");
        assert_eq!(param_header(&seen).as_deref(), Some(sent));
    }
    let without = json!({"name": "route", "arguments": {"note": "n"}});
    s.request("tools/call", without).await;
    assert_eq!(param_header(&seen), None, "no argument, no header");
}

#[tokio::test]
async fn a_json_rpc_error_sent_with_an_http_error_status_is_the_servers_answer() {
    // 2026-07-28 servers answer -32601 with HTTP 404 (and -32020/-32021/-32022 with 400): that
    // is the server's answer to pass on, not an unreachable server (-32001).
    let (url, _seen) = upstream().await;
    let gw = gateway(&url).await;
    let mut s = gw.session("/mcp/tiny").await;
    let response = s
        .request(
            "completion/complete",
            json!({
                "ref": {"type": "ref/prompt", "name": "p"}, "argument": {"name": "a", "value": "v"}
            }),
        )
        .await;
    assert_eq!(response["error"]["code"], -32601, "{response}");
    assert_eq!(response["error"]["message"], "no", "{response}");
}

/// A 2026-07-28-only stdio server, in shell: it refuses `initialize`, answers `server/discover`,
/// and lists its tool only to requests that carry the era's `_meta`.
const MODERN_STDIO_SERVER: &str = r#"
while IFS= read -r line; do
  id=$(printf '%s' "$line" | sed -n 's/^{"jsonrpc":"2.0","id":\([0-9]*\),.*/\1/p')
  [ -z "$id" ] && continue
  case "$line" in
    *'"method":"initialize"'*)
      echo "{\"jsonrpc\":\"2.0\",\"id\":$id,\"error\":{\"code\":-32601,\"message\":\"initialize does not exist in 2026-07-28\"}}" ;;
    *'"method":"server/discover"'*)
      echo "{\"jsonrpc\":\"2.0\",\"id\":$id,\"result\":{\"resultType\":\"complete\",\"supportedVersions\":[\"2026-07-28\"],\"capabilities\":{\"tools\":{}},\"_meta\":{\"io.modelcontextprotocol/serverInfo\":{\"name\":\"sh\",\"version\":\"1\"}}}}" ;;
    *'"method":"tools/list"'*'"io.modelcontextprotocol/protocolVersion":"2026-07-28"'*)
      echo "{\"jsonrpc\":\"2.0\",\"id\":$id,\"result\":{\"resultType\":\"complete\",\"tools\":[{\"name\":\"stateless\",\"inputSchema\":{\"type\":\"object\"}}]}}" ;;
    *)
      echo "{\"jsonrpc\":\"2.0\",\"id\":$id,\"error\":{\"code\":-32602,\"message\":\"not a 2026-07-28 request\"}}" ;;
  esac
done
"#;

#[tokio::test]
async fn a_stdio_server_that_refuses_initialize_is_probed_and_spoken_to_statelessly() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("modern.sh");
    std::fs::write(&script, MODERN_STDIO_SERVER).unwrap();
    let gw = TestGateway::start(&format!(
        "servers:\n  sh:\n    command: bash\n    args: [{}]\n",
        script.display()
    ))
    .await;
    assert_spoken_to_in_the_modern_era(&gw).await;
    let mut s = gw.session("/mcp/sh").await;
    let list = s.request("tools/list", json!({})).await;
    assert_eq!(
        crate::support::tool_names(&list),
        ["stateless"],
        "listed through a stamped request: {list}"
    );
}
