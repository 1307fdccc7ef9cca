//! OAuth client credentials for an HTTP upstream (`servers.NAME.oauth`): the gateway gets its
//! access tokens from a token endpoint with its client id and secret, sends them upstream,
//! replaces one the server refuses or that is about to expire, and says clearly when it cannot
//! get one. The token endpoint and the upstream here are test servers that check everything a
//! real authorization server and resource server would (client authentication, grant type,
//! scope, resource, the bearer token on every request).

use crate::support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use base64::Engine;
use serde_json::{Value, json};
use support::TestGateway;

/// What the authorization server and the resource server saw and hold.
#[derive(Default)]
struct World {
    /// Form bodies of the token requests, in order.
    token_requests: Vec<String>,
    /// Tokens the resource server accepts.
    valid: Vec<String>,
    /// `Authorization` headers the resource server received, in order.
    presented: Vec<Option<String>>,
    /// `expires_in` of the tokens issued.
    lifetime: u64,
    /// How long the token endpoint takes to answer.
    delay: Duration,
}

type Shared = Arc<Mutex<World>>;

const CLIENT: &str = "gatehouse";
const SECRET: &str = "s3cret:with/odd chars";

async fn token(State(world): State<Shared>, headers: HeaderMap, body: String) -> Response {
    let delay = world.lock().unwrap().delay;
    tokio::time::sleep(delay).await;
    let basic = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .and_then(|b| String::from_utf8(b).ok());
    // RFC 6749 §2.3.1: id and secret are form-encoded, then joined with ':'.
    let expected = format!(
        "{}:{}",
        form_urlencoded::byte_serialize(CLIENT.as_bytes()).collect::<String>(),
        form_urlencoded::byte_serialize(SECRET.as_bytes()).collect::<String>()
    );
    let mut world = world.lock().unwrap();
    world.token_requests.push(body.clone());
    if basic.as_deref() != Some(expected.as_str()) {
        let error = json!({"error": "invalid_client", "error_description": "unknown client"});
        return (StatusCode::UNAUTHORIZED, axum::Json(error)).into_response();
    }
    if !body.contains("grant_type=client_credentials") {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": "unsupported_grant_type"})),
        )
            .into_response();
    }
    let issued = format!("tok-{}", world.token_requests.len());
    world.valid.push(issued.clone());
    let lifetime = world.lifetime;
    axum::Json(json!({"access_token": issued, "token_type": "Bearer", "expires_in": lifetime}))
        .into_response()
}

async fn mcp(State(world): State<Shared>, headers: HeaderMap, body: String) -> Response {
    let presented = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    {
        let mut world = world.lock().unwrap();
        world.presented.push(presented.clone());
        let token = presented.as_deref().and_then(|p| p.strip_prefix("Bearer "));
        if !token.is_some_and(|t| world.valid.iter().any(|v| v == t)) {
            return (StatusCode::UNAUTHORIZED, "invalid token").into_response();
        }
    }
    let request: Value = serde_json::from_str(&body).unwrap();
    let Some(id) = request.get("id").cloned() else {
        return StatusCode::ACCEPTED.into_response();
    };
    let result = match request["method"].as_str().unwrap_or("") {
        "initialize" => json!({"protocolVersion": "2025-11-25", "capabilities": {"tools": {}},
            "serverInfo": {"name": "protected", "version": "1"}}),
        "tools/list" => json!({"tools": [{"name": "whoami", "description": "Say hello",
            "inputSchema": {"type": "object"}}]}),
        "tools/call" => json!({"content": [{"type": "text", "text": "hello"}]}),
        _ => json!({}),
    };
    let answer = json!({"jsonrpc": "2.0", "id": id, "result": result});
    (
        [
            ("content-type", "application/json"),
            ("mcp-session-id", "s1"),
        ],
        answer.to_string(),
    )
        .into_response()
}

/// The token endpoint and the protected MCP server; their base URL.
async fn start(world: Shared) -> String {
    let app = Router::new()
        .route("/token", post(token))
        .route("/mcp", post(mcp))
        .with_state(world);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    base
}

fn config(base: &str, secret: &str) -> String {
    format!(
        "servers:\n  tickets:\n    url: {base}/mcp\n    oauth:\n      token_url: {base}/token\n\
         \x20     client_id: {CLIENT}\n      client_secret: \"{secret}\"\n      scopes: [tickets.read, tickets.write]\n"
    )
}

#[tokio::test]
async fn the_gateway_gets_renews_and_replaces_its_upstream_tokens() {
    let world = Shared::default();
    world.lock().unwrap().lifetime = 3600;
    let base = start(world.clone()).await;
    let gw = TestGateway::start(&config(&base, SECRET)).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "tickets__whoami", "arguments": {}});
    let reply = s.request("tools/call", call.clone()).await;
    assert!(reply.get("result").is_some(), "{reply}");
    {
        let world = world.lock().unwrap();
        assert_eq!(
            world.token_requests.len(),
            1,
            "one token for every request so far"
        );
        let form = &world.token_requests[0];
        assert!(form.contains("scope=tickets.read+tickets.write"), "{form}");
        let resource =
            form_urlencoded::byte_serialize(format!("{base}/mcp").as_bytes()).collect::<String>();
        assert!(form.contains(&format!("resource={resource}")), "{form}");
        assert!(
            !form.contains("s3cret"),
            "the secret goes in the Basic header only"
        );
        assert!(
            world
                .presented
                .iter()
                .all(|p| p.as_deref() == Some("Bearer tok-1")),
            "{:?}",
            world.presented
        );
    }

    // The server stops taking the token (revoked, rotated): one 401, a new token, the call
    // goes through.
    world.lock().unwrap().valid.clear();
    let reply = s.request("tools/call", call.clone()).await;
    assert!(reply.get("result").is_some(), "{reply}");
    {
        let world = world.lock().unwrap();
        assert_eq!(world.token_requests.len(), 2);
        assert_eq!(
            world.presented.last().unwrap().as_deref(),
            Some("Bearer tok-2")
        );
    }

    // A token about to expire is replaced before it is sent.
    world.lock().unwrap().lifetime = 1;
    world.lock().unwrap().valid.clear();
    assert!(
        s.request("tools/call", call.clone())
            .await
            .get("result")
            .is_some()
    );
    let issued = world.lock().unwrap().token_requests.len();
    tokio::time::sleep(Duration::from_millis(700)).await;
    let presented_before = world.lock().unwrap().presented.len();
    assert!(s.request("tools/call", call).await.get("result").is_some());
    let world = world.lock().unwrap();
    assert_eq!(
        world.token_requests.len(),
        issued + 1,
        "renewed before expiry"
    );
    let since: Vec<_> = world.presented[presented_before..].to_vec();
    assert_eq!(since.len(), 1, "no 401 round trip: {since:?}");
}

#[tokio::test]
async fn a_refused_client_secret_is_a_clear_error_naming_the_server() {
    let world = Shared::default();
    world.lock().unwrap().lifetime = 3600;
    let base = start(world.clone()).await;
    let gw = TestGateway::start(&config(&base, "wrong-secret")).await;
    let reply = crate::support::initialize_reply(&format!("{}/mcp/tickets", gw.base)).await;
    let message = reply["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("tickets"), "{reply}");
    assert!(message.contains("invalid_client"), "{reply}");
    assert!(!message.contains("wrong-secret"), "{reply}");
    assert!(
        world.lock().unwrap().presented.iter().all(Option::is_none),
        "no request reached the server without a token"
    );
}

/// Calls that find no token wait for one token request between them, not one each.
#[tokio::test]
async fn calls_waiting_for_a_token_share_one_request() {
    let world = Shared::default();
    {
        let mut world = world.lock().unwrap();
        world.lifetime = 3600;
        world.delay = Duration::from_millis(300);
    }
    let base = start(world.clone()).await;
    let gw = TestGateway::start(&config(&base, SECRET)).await;
    let mut s = gw.session("/mcp").await;
    let call = json!({"name": "tickets__whoami", "arguments": {}});
    assert!(
        s.request("tools/call", call.clone())
            .await
            .get("result")
            .is_some()
    );
    world.lock().unwrap().valid.clear();
    let before = world.lock().unwrap().token_requests.len();
    let mut calls = Vec::new();
    for _ in 0..8 {
        let mut session = gw.session("/mcp").await;
        let call = call.clone();
        calls.push(tokio::spawn(async move {
            session.request("tools/call", call).await
        }));
    }
    for call in calls {
        let reply = call.await.unwrap();
        assert!(reply.get("result").is_some(), "{reply}");
    }
    let requests = world.lock().unwrap().token_requests.len() - before;
    assert!(
        requests <= 2,
        "{requests} token requests for 8 waiting calls"
    );
}
